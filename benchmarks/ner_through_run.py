"""Annotated news entities scored through the whole pipeline, the way unseen news is measured.

`marsad eval ner --news` tags the corpus text of news_dev directly and resolves entities over all
articles at once.  A user gets something else: `marsad run` cleans each page (the clean text can
differ from the corpus text), marks near-duplicates, clusters the articles into stories and
resolves entities story by story, and the report carries them.  This script feeds the raw corpus
records to `marsad.analyze`, maps every reported mention back onto the corpus text and scores it
(exact-span P/R/F1 per type, overall and per corpus file; B-cubed of entity ids over the mentions
whose spans match gold, as news_dev defines it, and a strict variant), next to the direct path
(`find_mentions` + one resolution over all articles) and the gazetteer baseline of
`marsad eval ner --news`, in the same run.  ``--errors`` lists the error classes.

An annotation folder holds the gold mentions (`{"docno", "start", "end", "text", "type",
"entity"}`, offsets into the corpus text) and an article list: one id per line, or
`id<TAB>corpus file`; ids are read the way Marsad's JSON reader reads them (`docno`, else `url`)
and the text is `text`, else `content`.

    python benchmarks/ner_through_run.py                                   # news_dev
    python benchmarks/ner_through_run.py --ann docs/ner_annotations --gold news_blind1_entities.jsonl \
        --articles articles.txt --errors                                   # a blind set
"""

from __future__ import annotations

import argparse
import bisect
import collections
import difflib
import gzip
import json
from pathlib import Path

from marsad.evaluate.metrics import f1 as f1_score
from marsad.extract.entities.evaluation import _bcubed

DEFAULT_CORPUS = "ant_multisource_v2.1.jsonl.gz"


def read(
    ann: Path, corpora: Path, gold_name: str, articles: str = "articles.txt"
) -> tuple[list[dict], dict[str, str], dict[str, str], list[dict]]:
    wanted = {}
    for line in (ann / articles).read_text().splitlines():
        if line.strip():
            doc_id, _, corpus = line.strip().partition("\t")
            wanted[doc_id] = corpus or DEFAULT_CORPUS
    records, texts = [], {}
    for name in sorted(set(wanted.values())):
        with gzip.open(corpora / name, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                doc_id = record.get("docno") or record.get("url")
                if wanted.get(doc_id) == name:
                    records.append(record)
                    texts[doc_id] = record.get("text") or record.get("content")
    gold = [json.loads(x) for x in (ann / gold_name).read_text().splitlines() if x]
    return records, texts, wanted, gold


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


def through_run(records: list[dict], texts: dict[str, str]) -> tuple[set, dict, dict]:
    """Reported mentions mapped onto the corpus text, their ids, and facts about the run."""
    import marsad

    report = marsad.analyze(records)
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
    duplicates = {a.id: a.duplicate_of for a in report.articles if a.duplicate_of}
    stories = [list(s.article_ids) for s in report.stories]
    return spans, ids, {"unmapped": unmapped, "duplicates": duplicates, "stories": stories}


def direct(texts: dict[str, str]) -> tuple[set, dict, list]:
    from marsad.extract.canonical import resolve_entities
    from marsad.extract.entities import find_mentions

    mentions = [m for docno, text in texts.items() for m in find_mentions(text, docno)]
    ids = {}
    for entity in resolve_entities(mentions, texts):
        for m in entity.mentions:
            ids[(m.article_id, m.start, m.end)] = entity.id
    return {(m.article_id, m.start, m.end, m.type) for m in mentions}, ids, mentions


def gazetteer(texts: dict[str, str]) -> set:
    """The baseline of `marsad eval ner --news`: gazetteer lookup over the tagger's tokens."""
    from marsad.extract.entities import get_tagger
    from marsad.extract.entities.evaluation import gazetteer_mentions

    resources = get_tagger().resources
    return {
        (m.article_id, m.start, m.end, m.type)
        for docno, text in texts.items()
        for m in gazetteer_mentions(text, docno, resources)
    }


def on_gold(gold: list[dict], texts: dict[str, str]) -> dict:
    """Resolution alone, on the gold spans."""
    from marsad.extract.canonical import resolve_entities
    from marsad.types import Mention

    mentions = [Mention(g["docno"], g["start"], g["end"], g["text"], g["type"]) for g in gold]
    ids = {}
    for entity in resolve_entities(mentions, texts):
        for m in entity.mentions:
            ids[(m.article_id, m.start, m.end)] = entity.id
    return ids


def print_spans(title: str, gold: set, systems: dict[str, set], docs: set) -> None:
    g = {x for x in gold if x[0] in docs}
    print(f"\n== {title}: {len(docs)} articles, {len(g)} gold mentions")
    print(f"{'path':<28}{'type':<6}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}")
    for name, spans in systems.items():
        for kind, (p, r, f1, n) in span_scores(g, {x for x in spans if x[0] in docs}).items():
            print(f"{name:<28}{kind:<6}{p:7.3f}{r:7.3f}{f1:7.3f}{n:6d}")


def print_errors(label: str, gold: set, system: set, texts: dict[str, str]) -> None:
    """Each missed gold mention once (missed / boundary / type), then system spans touching no gold."""
    cats: collections.Counter = collections.Counter()
    rows: dict[str, list[str]] = collections.defaultdict(list)
    for g in sorted(gold - system):
        overlap = [s for s in system if s[0] == g[0] and s[1] < g[2] and g[1] < s[2]]
        if not overlap:
            cat = f"missed {g[3]}"
        elif any(s[1:3] == g[1:3] for s in overlap):
            cat = f"type: gold {g[3]} -> " + "/".join(s[3] for s in overlap)
        else:
            cat = f"boundary {g[3]}"
        cats[cat] += 1
        found = " ; ".join(f"{texts[s[0]][s[1] : s[2]]}/{s[3]}" for s in overlap)
        rows[cat].append(
            f"{texts[g[0]][g[1] : g[2]]}" + (f"  <- {found}" if found else "") + f"  [{g[0][:30]}]"
        )
    for s in sorted(system - gold):
        if not any(g[0] == s[0] and g[1] < s[2] and s[1] < g[2] for g in gold):
            cats[f"spurious {s[3]}"] += 1
            context = texts[s[0]][max(0, s[1] - 15) : s[2] + 12].replace("\n", " ")
            rows[f"spurious {s[3]}"].append(f"{texts[s[0]][s[1] : s[2]]}  «{context}»  [{s[0][:30]}]")
    print(f"\n== errors, {label}: {len(gold & system)} correct of {len(gold)} gold, {len(system)} system")
    for cat, n in cats.most_common():
        print(f"-- {cat}: {n}")
        for row in rows[cat]:
            print(f"     {row}")


def print_identity_errors(label: str, gold_ids: dict, ids: dict, texts: dict[str, str]) -> None:
    keys = [k for k in gold_ids if k in ids]
    by_gold: dict = collections.defaultdict(set)
    by_sys: dict = collections.defaultdict(set)
    for k in keys:
        by_gold[gold_ids[k]].add(ids[k])
        by_sys[ids[k]].add(gold_ids[k])
    print(f"\n== identity errors, {label} (on spans matching gold)")
    for entity, sys_ids in sorted(by_gold.items()):
        if len(sys_ids) > 1:
            parts = []
            for s in sorted(sys_ids):
                forms = collections.Counter(
                    texts[k[0]][k[1] : k[2]] for k in keys if (gold_ids[k], ids[k]) == (entity, s)
                )
                parts.append(", ".join(f"{f}×{n}" for f, n in forms.items()))
            print(f"-- split {entity}: " + " || ".join(parts))
    for entities in by_sys.values():
        if len(entities) > 1:
            print(f"-- merge: one system entity holds {sorted(entities)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ann", type=Path, default=Path("../shared/data/ner/news_dev"))
    parser.add_argument("--gold", default="ant_dev_entities.jsonl")
    parser.add_argument("--articles", default="articles.txt", help="id (or id<TAB>corpus file) per line")
    parser.add_argument("--corpora", type=Path, default=Path("../shared/data/corpora"))
    parser.add_argument("--errors", action="store_true", help="list the error classes")
    args = parser.parse_args()
    from marsad.text import normalize

    records, texts, wanted, gold = read(args.ann, args.corpora, args.gold, args.articles)
    gold_spans = {(g["docno"], g["start"], g["end"], g["type"]) for g in gold}
    gold_ids = {(g["docno"], g["start"], g["end"]): g["entity"] for g in gold}
    run_spans, run_ids, facts = through_run(records, texts)
    direct_spans, direct_ids, mentions = direct(texts)
    systems = {
        "marsad run → report": run_spans,
        "find_mentions (direct)": direct_spans,
        "gazetteer baseline": gazetteer(texts),
    }
    print(
        f"{len(records)} articles, {len(gold)} gold mentions; the run made {len(facts['stories'])} stories, "
        f"{facts['unmapped']} reported mentions fell outside text copied from the corpus"
    )
    print("stories:", " | ".join(", ".join(s) for s in facts["stories"] if len(s) > 1), "(+ singletons)")
    for doc, original in facts["duplicates"].items():
        print(f"the run reported {doc} as duplicate_of {original}: no entities are extracted from it")
    print_spans("all corpora", gold_spans, systems, set(texts))
    for name in sorted(set(wanted.values())):
        print_spans(name, gold_spans, systems, {d for d, n in wanted.items() if n == name})
    if facts["duplicates"]:
        print_spans(
            "without the articles the run reported as duplicates",
            gold_spans,
            systems,
            set(texts) - set(facts["duplicates"]),
        )

    print("\nB-cubed of entity ids over the mentions whose spans match gold (news_dev definition)")
    exact = {(m.article_id, m.start, m.end): normalize(m.text) for m in mentions}
    gold_exact = {k: normalize(g["text"]) for k, g in zip(gold_ids, gold, strict=True)}
    for name, ids in (
        ("marsad run → report", run_ids),
        ("resolve over all (direct)", direct_ids),
        ("direct spans, exact string", exact),
        ("gold spans, resolver", on_gold(gold, texts)),
        ("gold spans, exact string", gold_exact),
    ):
        p, r, f1, n = _bcubed(gold_ids, ids)
        print(f"B3 {name:<30} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  on {n} spans")
    for name, ids in (("marsad run → report", run_ids), ("resolve over all (direct)", direct_ids)):
        # Stricter: all gold mentions, each unmatched one a system singleton.
        full = {k: ids.get(k, f"unmatched {k}") for k in gold_ids}
        p, r, f1, n = _bcubed(gold_ids, full)
        print(f"B3 strict (all gold) {name:<26} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  on {n} spans")
    if args.errors:
        print_errors("direct", gold_spans, direct_spans, texts)
        print_identity_errors("direct", gold_ids, direct_ids, texts)
        print_identity_errors("marsad run → report", gold_ids, run_ids, texts)


if __name__ == "__main__":
    main()
