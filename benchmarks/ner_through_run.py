"""news_dev entities scored through the whole pipeline, the way unseen news is measured.

`marsad eval ner --news` tags the 16 annotated articles' corpus text directly and resolves
entities over all of them at once.  A user gets something else: `marsad run` cleans each page
(the clean text can differ from the corpus text), clusters the articles into stories and resolves
entities story by story, and the report carries them.  This script feeds the raw corpus records
to the pipeline, maps every reported mention back onto the corpus text and scores it with the
same measures (exact-span P/R/F1 per type, B-cubed of entity ids), next to the direct path
(`find_mentions` + one resolution over all articles) in the same run.

    python benchmarks/ner_through_run.py [--news ../shared/data/ner/news_dev]
"""

from __future__ import annotations

import argparse
import bisect
import difflib
import gzip
import json
from pathlib import Path

from marsad.evaluate.metrics import f1 as f1_score
from marsad.extract.entities.evaluation import _bcubed


def read_records(news_dir: Path, corpora: Path) -> tuple[list[dict], list[dict]]:
    wanted = {line.strip() for line in (news_dir / "articles.txt").read_text().splitlines() if line.strip()}
    records = []
    with gzip.open(corpora / "ant_multisource_v2.1.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["docno"] in wanted:
                records.append(record)
    gold = [json.loads(x) for x in (news_dir / "ant_dev_entities.jsonl").read_text().splitlines() if x]
    return records, gold


class OffsetMap:
    """Character offsets of a cleaned text mapped onto the text it was cleaned from."""

    def __init__(self, clean: str, source: str) -> None:
        blocks = difflib.SequenceMatcher(None, clean, source, autojunk=False).get_matching_blocks()
        self.blocks = [(a, b, size) for a, b, size in blocks if size]
        self.starts = [a for a, _, _ in self.blocks]

    def __call__(self, start: int, end: int) -> tuple[int, int] | None:
        """The source span of ``clean[start:end]``, when the whole span was copied in one piece."""
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0:
            return None
        a, b, size = self.blocks[i]
        if start >= a and end <= a + size:
            return b + start - a, b + end - a
        return None


def span_scores(gold: set, system: set) -> dict[str, tuple[float, float, float, int]]:
    rows = {}
    for kind in ("PER", "ORG", "LOC", "ALL"):
        g = {x for x in gold if kind in ("ALL", x[3])}
        s = {x for x in system if kind in ("ALL", x[3])}
        tp = len(g & s)
        p = tp / len(s) if s else 0.0
        r = tp / len(g) if g else 0.0
        rows[kind] = (p, r, f1_score(p, r), len(g))
    return rows


def through_run(records: list[dict]) -> tuple[set, dict, int, int]:
    """Mentions (docno, start, end, type) on the corpus text and their entity ids, from the report."""
    import marsad

    report = marsad.analyze(records)
    texts = {r["docno"]: r["text"] for r in records}
    maps = {a.id: OffsetMap(a.text, texts[a.id]) for a in report.articles if a.id in texts}
    spans: set = set()
    ids: dict = {}
    unmapped = 0
    for story in report.stories:
        for entity in story.entities:
            for mention in entity.mentions:
                mapped = maps[mention.article_id](mention.start, mention.end)
                if mapped is None:
                    unmapped += 1
                    continue
                spans.add((mention.article_id, *mapped, entity.type))
                ids[(mention.article_id, *mapped)] = entity.id
    return spans, ids, unmapped, len(report.stories)


def direct(records: list[dict]) -> tuple[set, dict]:
    from marsad.extract.canonical import resolve_entities
    from marsad.extract.entities import find_mentions

    texts = {r["docno"]: r["text"] for r in records}
    mentions = [m for docno, text in texts.items() for m in find_mentions(text, docno)]
    spans = {(m.article_id, m.start, m.end, m.type) for m in mentions}
    ids = {}
    for entity in resolve_entities(mentions, texts):
        for m in entity.mentions:
            ids[(m.article_id, m.start, m.end)] = entity.id
    return spans, ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=Path("../shared/data/ner/news_dev"))
    parser.add_argument("--corpora", type=Path, default=Path("../shared/data/corpora"))
    args = parser.parse_args()
    records, gold = read_records(args.news, args.corpora)
    gold_spans = {(g["docno"], g["start"], g["end"], g["type"]) for g in gold}
    gold_ids = {(g["docno"], g["start"], g["end"]): g["entity"] for g in gold}

    run_spans, run_ids, unmapped, n_stories = through_run(records)
    direct_spans, direct_ids = direct(records)
    print(
        f"{len(records)} articles, {len(gold)} gold mentions; the run made {n_stories} stories, "
        f"{unmapped} reported mentions fell outside text copied from the corpus"
    )
    print(f"{'path':<28}{'type':<6}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}")
    for name, spans in (("marsad run → report", run_spans), ("find_mentions (direct)", direct_spans)):
        for kind, (p, r, f1, n) in span_scores(gold_spans, spans).items():
            print(f"{name:<28}{kind:<6}{p:7.3f}{r:7.3f}{f1:7.3f}{n:6d}")
    for name, ids in (("marsad run → report", run_ids), ("resolve over all (direct)", direct_ids)):
        # Over the mentions whose spans match gold, as news_dev/README.md defines it.
        p, r, f1, n = _bcubed(gold_ids, ids)
        print(f"B3 of entity ids, {name:<27} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  on {n} spans")


if __name__ == "__main__":
    main()
