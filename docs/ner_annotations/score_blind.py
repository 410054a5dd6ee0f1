"""news_blind1 scored through the whole pipeline and directly, with an error breakdown.

`benchmarks/ner_through_run.py` generalised to a blind set drawn from several corpus files:
`articles.txt` lists `id<TAB>corpus file`; ids are taken the way Marsad's JSON reader takes them
(`docno`, else `url`, so SaudiNewsNet articles are known by their url) and the text is `text` or
`content`.  Prints exact-span P/R/F1 per type (through `marsad.analyze` → report, direct
`find_mentions`, gazetteer baseline) overall and per corpus file, the same without articles the run
reported as near-duplicates, B-cubed of entity ids, and with ``--errors`` the error classes.

    # from the repository root; PYTHONPATH=. makes `benchmarks` importable
    PYTHONPATH=. python docs/ner_annotations/score_blind.py --errors          # news_blind1
    PYTHONPATH=. python docs/ner_annotations/score_blind.py --errors \
        --gold news_blind2_entities.jsonl --articles articles2.txt             # news_blind2
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
from pathlib import Path

from benchmarks.ner_through_run import OffsetMap, span_scores
from marsad.extract.entities.evaluation import _bcubed

HERE = Path(__file__).parent
Span = tuple[str, int, int, str]
Key = tuple[str, int, int]


def read(
    ann: Path, corpora: Path, gold_name: str, articles: str = "articles.txt"
) -> tuple[list[dict], dict[str, str], dict[str, str], list[dict]]:
    wanted = dict(line.split("\t") for line in (ann / articles).read_text().splitlines() if line)
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
    from marsad.extract.entities.evaluation import gazetteer_tags
    from marsad.extract.entities.mentions import mentions_from_tags
    from marsad.extract.entities.tokenize import token_spans

    tagger = get_tagger()
    out = set()
    for docno, text in texts.items():
        offsets = token_spans(text)
        tags = gazetteer_tags([text[s:e] for s, e in offsets], tagger.resources)
        out |= {
            (m.article_id, m.start, m.end, m.type)
            for m in mentions_from_tags(text, docno, offsets, tags, tagger.resources.counts)
        }
    return out


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
    parser.add_argument("--ann", type=Path, default=HERE)
    parser.add_argument("--gold", default="news_blind1_entities.jsonl")
    parser.add_argument("--articles", default="articles.txt", help="id<TAB>corpus file per line")
    parser.add_argument("--corpora", type=Path, default=HERE / "../../../shared/data/corpora")
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
