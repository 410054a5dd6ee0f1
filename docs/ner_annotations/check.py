"""Verify a blind news NER set against the corpora and print its counts (stdlib only).

    python3 check.py [--corpora ../../../shared/data/corpora]                     # news_blind1
    python3 check.py --gold news_blind2_entities.jsonl --articles articles2.txt   # news_blind2

Article ids follow Marsad's JSON reader: ``docno`` for the ANT files, ``url`` for SaudiNewsNet
(which has no id field); the text is ``text`` (ANT) or ``content`` (SaudiNewsNet).
Exit status 1 on any error.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import itertools
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")


def load_texts(corpora: Path, wanted: dict[str, str]) -> dict[str, str]:
    texts: dict[str, str] = {}
    for name in sorted(set(wanted.values())):
        with gzip.open(corpora / name, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                doc_id = record.get("docno") or record.get("url")
                if wanted.get(doc_id) == name:
                    texts[doc_id] = record.get("text") or record.get("content") or ""
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=HERE / "../../../shared/data/corpora")
    parser.add_argument("--gold", default="news_blind1_entities.jsonl")
    parser.add_argument("--articles", default="articles.txt")
    args = parser.parse_args()
    wanted = dict(line.split("\t") for line in (HERE / args.articles).read_text().splitlines() if line)
    texts = load_texts(args.corpora, wanted)
    errors = [f"article not found: {d}" for d in wanted if d not in texts]
    gold = [json.loads(x) for x in (HERE / args.gold).read_text().splitlines() if x]
    types: dict[str, set[str]] = collections.defaultdict(set)
    by_doc: dict[str, list[dict]] = collections.defaultdict(list)
    for g in gold:
        if set(g) != {"docno", "start", "end", "text", "type", "entity"} or g["type"] not in {
            "PER",
            "ORG",
            "LOC",
        }:
            errors.append(f"bad record {g}")
            continue
        text = texts.get(g["docno"], "")
        if text[g["start"] : g["end"]] != g["text"]:
            errors.append(f"span mismatch {g}")
        if g["end"] < len(text) and ARABIC_LETTER.match(text[g["end"]]):
            errors.append(f"span cuts a word {g}")
        types[g["entity"]].add(g["type"])
        by_doc[g["docno"]].append(g)
    for rows in by_doc.values():
        rows.sort(key=lambda g: g["start"])
        errors += [f"overlap {a} {b}" for a, b in itertools.pairwise(rows) if b["start"] < a["end"]]
    errors += [f"entity {e} has types {t}" for e, t in types.items() if len(t) > 1]
    for e in errors:
        print("ERROR", e)
    per_type = collections.Counter(g["type"] for g in gold)
    ents = {g["entity"]: g["type"] for g in gold}
    ent_types = collections.Counter(ents.values())
    docs_of = collections.defaultdict(set)
    forms = collections.defaultdict(set)
    for g in gold:
        docs_of[g["entity"]].add(g["docno"])
        forms[g["entity"]].add(g["text"])
    multi = {e for e in ents if len(docs_of[e]) > 1}
    print(
        f"articles {len(texts)}; mentions {len(gold)} : "
        + ", ".join(f"{t} {per_type[t]}" for t in ("LOC", "ORG", "PER"))
    )
    print(f"entities {len(ents)} : " + ", ".join(f"{t} {ent_types[t]}" for t in ("LOC", "ORG", "PER")))
    in_multi = sum(g["entity"] in multi for g in gold)
    print(f"entities in 2+ articles: {len(multi)} ({in_multi} mentions)")
    print(f"entities with 2+ distinct surface forms: {sum(len(f) > 1 for f in forms.values())}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
