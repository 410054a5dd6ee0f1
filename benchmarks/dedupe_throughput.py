"""Throughput of near-duplicate detection: ``NearDuplicateIndex.add`` vs a datasketch baseline.

Streams the first N SaudiNewsNet articles (in file order) through each system, one article at a
time as the pipeline does, and reports articles/s, duplicates flagged and the growth of resident
memory.  The baseline is datasketch's ``MinHash`` (128 permutations) + ``MinHashLSH`` with its
defaults (threshold 0.9): query, then insert, over the same word shingles.

    python benchmarks/dedupe_throughput.py --articles 20000
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import time
from collections.abc import Callable
from pathlib import Path


def _rss_bytes() -> int:
    """Current resident set size (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _marsad() -> Callable[[str, str], str | None]:
    from marsad.dedupe import NearDuplicateIndex

    return NearDuplicateIndex().add


def _datasketch() -> Callable[[str, str], str | None]:
    from datasketch import MinHash, MinHashLSH

    from marsad.dedupe import DedupeSettings, dedupe_tokens, word_shingles

    lsh = MinHashLSH(num_perm=128)
    size = DedupeSettings().shingle_words

    def add(article_id: str, text: str) -> str | None:
        sketch = MinHash(num_perm=128)
        sketch.update_batch([s.encode("utf-8") for s in word_shingles(dedupe_tokens(text), size)])
        found = sorted(lsh.query(sketch))
        lsh.insert(article_id, sketch)
        return found[0] if found else None

    return add


def _measure(factory: Callable[[], Callable[[str, str], str | None]], docs: list[tuple[str, str]]) -> dict:
    before = _rss_bytes()
    add = factory()
    duplicates = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    for article_id, text in docs:
        duplicates += add(article_id, text) is not None
    return {
        "seconds": round(time.perf_counter() - start, 2),
        "cpu_seconds": round(time.process_time() - cpu_start, 2),
        "duplicates": duplicates,
        "rss_growth_mb": round((_rss_bytes() - before) / 2**20, 1),
    }


def run(
    name: str, factory: Callable[[], Callable[[str, str], str | None]], docs: list[tuple[str, str]]
) -> dict:
    """Time one system over ``docs`` in a forked child, so memory growth is its own."""
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(1) as pool:
        measured = pool.apply(_measure, (factory, docs))
    return {
        "system": name,
        "articles": len(docs),
        **measured,
        "articles_per_s": round(len(docs) / measured["seconds"], 1),
        "articles_per_cpu_s": round(len(docs) / measured["cpu_seconds"], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/data/corpora/saudinewsnet.jsonl.gz"))
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--json", type=Path, help="Also write the result rows here.")
    args = parser.parse_args()

    # Import both libraries before forking, so a child's memory growth is its index, not imports.
    import datasketch  # noqa: F401
    import rensa  # noqa: F401

    import marsad.dedupe  # noqa: F401

    with gzip.open(args.corpus, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in itertools.islice(handle, args.articles)]
    docs = [(f"snn-{n:05d}", r.get("content") or "") for n, r in enumerate(records)]
    rows = [
        run("marsad NearDuplicateIndex (rensa)", _marsad, docs),
        run("datasketch MinHashLSH", _datasketch, docs),
    ]
    ratio = rows[0]["articles_per_cpu_s"] / rows[1]["articles_per_cpu_s"]

    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Near-duplicate add() throughput, {len(docs)} SaudiNewsNet articles, one process")
    for column in rows[0]:
        table.add_column(column, justify="left" if column == "system" else "right")
    for row in rows:
        table.add_row(*(str(v) for v in row.values()))
    console = Console(width=150)
    console.print(table)
    console.print(f"speed ratio marsad / datasketch (articles per CPU second): {ratio:.2f}x")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "ratio": round(ratio, 2)}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
