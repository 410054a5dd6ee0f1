"""Ingest + clean + store throughput on ANT articles wrapped in realistic HTML pages, next to
trafilatura alone on the same pages (the baseline), in one run.

    python benchmarks/ingest_throughput.py --limit 10000

Prints articles/s for: trafilatura.extract alone; Marsad read+clean+store of the HTML pages;
Marsad read+clean+store of the same articles as plain-text scrapes; and the ratios.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marsad.clean import clean_batch  # noqa: E402
from marsad.ingest import read_inputs  # noqa: E402
from marsad.store import SQLiteStore  # noqa: E402
from marsad.types import Article  # noqa: E402
from tests.clean.pages import html_page, text_scrape  # noqa: E402


def load_records(corpus: Path, limit: int) -> list[dict]:
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        rows = (json.loads(line) for line in handle)
        return list(itertools.islice((r for r in rows if r.get("text") and r.get("title")), limit))


def marsad_pass(folder: Path, db: Path, batch: int = 500) -> tuple[float, int]:
    files = sorted(folder.iterdir())
    started = time.perf_counter()
    stored = 0
    with SQLiteStore(db) as store:
        for start in range(0, len(files), batch):
            cleaned = clean_batch(list(read_inputs(files[start : start + batch])))
            articles = [a for a in cleaned if isinstance(a, Article)]
            stored += store.put_articles(articles).inserted
    return time.perf_counter() - started, stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared/data/corpora/ant_multisource_v2.1.jsonl.gz"
    )
    parser.add_argument("--limit", type=int, default=10000)
    args = parser.parse_args()
    records = load_records(args.corpus, args.limit)
    # Spread over outlets: the corpus file is grouped by outlet.
    with tempfile.TemporaryDirectory() as tmp:
        html_dir, text_dir = Path(tmp, "html"), Path(tmp, "text")
        html_dir.mkdir()
        text_dir.mkdir()
        pages = []
        for index, record in enumerate(records):
            page = html_page(record, index)
            pages.append(page)
            (html_dir / f"{record['docno']}.html").write_text(page, encoding="utf-8")
            (text_dir / f"{record['docno']}.txt").write_text(text_scrape(record, index), encoding="utf-8")

        import trafilatura

        started = time.perf_counter()
        for page in pages:
            trafilatura.extract(page, with_metadata=True)
        baseline = time.perf_counter() - started

        html_seconds, html_stored = marsad_pass(html_dir, Path(tmp, "html.db"))
        text_seconds, text_stored = marsad_pass(text_dir, Path(tmp, "text.db"))

    n = len(records)
    print(f"articles: {n} (ANT, {args.corpus.name})")
    print(f"baseline trafilatura.extract (memory, no store):  {n / baseline:8.1f} articles/s")
    print(
        f"marsad HTML pages: read+clean+store ({html_stored}):  {n / html_seconds:8.1f} articles/s"
        f"  = {baseline / html_seconds:.2f}x baseline"
    )
    print(
        f"marsad text scrapes: read+clean+store ({text_stored}): {n / text_seconds:8.1f} articles/s"
        f"  = {baseline / text_seconds:.2f}x baseline"
    )


if __name__ == "__main__":
    main()
