"""Issue 8, round 9: a learned speaker-boundary tagger (CRF) next to the rules, cross-validated.

Not used by ``marsad quotes`` (it did not beat the rules; docs/quotes.md, round 9).  The experiment:

* training items: every gold quote of the dev set and the annotated batches whose speaker is named at
  the cue (``speaker_by_reference`` false).  The gold cue is located next to the gold statement, the
  window is the cue's sentence from 12 tokens before the cue to 14 after, and the gold ``speaker`` (or
  ``speaker_full``) is located in that window and tagged B/I (everything else O).  Quotes whose speaker
  cannot be found in the window are skipped (counted);
* features: word form, normalised form, clitic-stripped form, prefixes and suffixes, clitic flags,
  position relative to the cue, the entity tagger's mention IOB and type, lexicon classes of the
  extractor (titles, anonymous / organisation / outlet heads, platforms, time, place, statement words,
  verbs of saying, complementizers, time prepositions, ranks), punctuation and quotation marks, inside the
  statement or not, and the same for the neighbours;
* evaluation: leave-one-group-out (the two dev halves and each batch are groups).  On the held-out
  group, the rules' quotes are matched to the gold ones (the checker's IoU >= 0.5); for each matched quote
  the CRF reads the window around the *rules'* cue (as it would at inference) and its best span is scored
  like the rules' speaker (normalised equality with gold ``speaker`` or ``speaker_full``).  Hybrid: the
  CRF span replaces the rules' speaker when they differ and the CRF's confidence (lowest marginal of the
  tags of the span and of the O tags just outside it) reaches a threshold.

Run from the repo root (the entity tagger runs once on every annotated article, about 3 minutes; ``--cache``
keeps texts and mentions for later runs and for ``dump_rule_quotes.py``)::

    python docs/quotes_annotations/crf_boundary_experiment.py [--cache PATH] [--blind JSON ...]
        [--stack] [--overlap] [--c1 0.05 --c2 0.05]

``--blind`` adds older extractors' quotes (``dump_rule_quotes.py`` run with the git parent of the commit
that added each batch) as "rules at the time" of each batch's first run; the CRF is compared with them on
the same quotes.  ``--stack`` gives the CRF the rules' span as a feature (trained on the rules at the time
where known); ``--overlap`` lets the hybrid only correct boundaries (one span contains the other).
"""

from __future__ import annotations

import argparse
import glob
import json
import pickle
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sklearn_crfsuite

from marsad.extract.quotes import lexicon as lx
from marsad.extract.quotes.scoring import match_quotes, norm
from marsad.text import normalize
from marsad.types import Mention, Quote

_TOKEN = re.compile(r"[\w\u0600-\u06ff#]+|[^\s\w]", re.UNICODE)
_SENT_END = re.compile(r"[.!?؟\n]")
_QMARKS = set('"«»“”„')
BEFORE, AFTER = 12, 14
OVERLAP = False  # --overlap: boundary corrections only (the CRF span and the rules' speaker overlap)
STACK = False  # --stack: the rules' own speaker span is a feature (the CRF corrects the rules)

_CLASSES: dict[str, frozenset[str]] = {
    "title": lx.TITLE_WORDS,
    "rank": lx.RANK_WORDS,
    "anon": lx.ANON_HEADS,
    "org": lx.ORG_HEADS,
    "outlet": lx.OUTLET_HEADS | lx.KNOWN_OUTLETS,
    "platform": lx.PLATFORMS,
    "time": lx.TIME_WORDS | lx.MONTH_WORDS,
    "place": lx.PLACE_WORDS,
    "stmt": lx.STATEMENT_WORDS,
    "say": lx.SAY_VERBS | lx.NOMINAL_VERBS | lx.CLAUSE_ONLY | lx.PARTICIPLES,
    "comp": lx.COMPLEMENTIZERS_FREE | lx.COMPLEMENTIZERS_PRON,
    "tprep": lx.TIME_PREPS,
    "source": lx.SOURCE_CUES | lx.RELAY_VERBS,
    "occasion": lx.OCCASION_NOUNS,
}


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    norm: str


def tokens(text: str) -> list[Tok]:
    return [
        Tok(m.start(), m.end(), m.group(), normalize(m.group()).replace("#", ""))
        for m in _TOKEN.finditer(text)
    ]


def _strip(n: str) -> str:
    """Clitic-stripped form: a conjunction, then a preposition letter, then the article."""
    if len(n) > 3 and n[0] in "وف":
        n = n[1:]
    if len(n) > 3 and n[0] in "بلك":
        n = n[1:]
    if len(n) > 3 and n.startswith("ال"):
        n = n[2:]
    return n


def _classes(n: str) -> list[str]:
    out = []
    for name, vocab in _CLASSES.items():
        if n in vocab or (len(n) > 2 and n[0] in "وف" and n[1:] in vocab):
            out.append(name)
    return out


def locate_cue(toks: Sequence[Tok], cue: str, qs: int, qe: int) -> int | None:
    """Index of the cue's first word nearest to the statement (before it preferred)."""
    words = [w for w in normalize(cue or "").split() if w != "..."]
    if not words:
        return None
    first = words[0]
    keys = {first, first.lstrip("وف")}
    best: tuple[int, int] | None = None
    for i, t in enumerate(toks):
        if t.start > qe + 250 or t.end < qs - 500:
            continue
        if qs <= t.start < qe:
            continue
        n = t.norm
        if n in keys or (len(n) > 2 and n[0] in "وف" and n[1:] in keys):
            d = qs - t.end if t.end <= qs else (t.start - qe) + 60
            if best is None or d < best[0]:
                best = (d, i)
    return best[1] if best else None


def window(text: str, toks: Sequence[Tok], c: int) -> tuple[int, int]:
    """Token range [a, b) of the cue's sentence around the cue."""
    a = c
    while a > 0 and c - a < BEFORE and not _SENT_END.fullmatch(toks[a - 1].text):
        a -= 1
    b = c + 1
    while b < len(toks) and b - c <= AFTER and not _SENT_END.fullmatch(toks[b].text):
        b += 1
    return a, b


def features(
    toks: Sequence[Tok],
    a: int,
    b: int,
    c: int,
    qs: int,
    qe: int,
    mentions: Sequence[Mention],
    rule: tuple[int, int] | None = None,
) -> list[dict[str, Any]]:
    iob: dict[int, str] = {}
    for m in mentions:
        inside = [i for i in range(a, b) if toks[i].start >= m.start and toks[i].end <= m.end]
        for k, i in enumerate(inside):
            iob[i] = ("B-" if k == 0 else "I-") + str(m.type or "X")
    cue_n = toks[c].norm.lstrip("وف")
    base: list[dict[str, Any]] = []
    for i in range(a, b):
        t = toks[i]
        n = t.norm
        s = _strip(n)
        f: dict[str, Any] = {
            "bias": 1.0,
            "w": n,
            "s": s,
            "p2": n[:2],
            "p3": n[:3],
            "x2": n[-2:],
            "x3": n[-3:],
            "al": n.startswith("ال") or (len(n) > 3 and n[1:3] == "ال"),
            "wa": len(n) > 3 and n[0] in "وف",
            "li": len(n) > 3 and n[0] == "ل",
            "bi": len(n) > 3 and n[0] == "ب",
            "punct": not t.text[:1].isalnum(),
            "qmark": t.text in _QMARKS,
            "comma": t.text in ",،",
            "digit": t.text[:1].isdigit(),
            "tanwin": "ً" in t.text or t.text.endswith("اً"),
            "rel": str(max(-6, min(10, i - c))),
            "side": "cue" if i == c else ("before" if i < c else "after"),
            "inq": qs <= t.start < qe,
            "ner": iob.get(i, "O"),
            "cue": cue_n,
        }
        if STACK:
            f["rs"] = (
                ("B" if i == rule[0] else "I")
                if rule and rule[0] <= i < rule[1]
                else ("O" if rule else "none")
            )
        for cl in _classes(n):
            f["cl_" + cl] = True
        base.append(f)
    out = []
    keys = ("w", "s", "ner", "punct", "qmark", "comma", "inq", "al", "li", "bi") + (("rs",) if STACK else ())
    for k, f in enumerate(base):
        g = dict(f)
        g["rel_cue"] = f["rel"] + "|" + f["cue"]
        for off in (-2, -1, 1, 2):
            j = k + off
            if 0 <= j < len(base):
                for key in keys:
                    g[f"{off}:{key}"] = base[j][key]
                for key, val in base[j].items():
                    if key.startswith("cl_"):
                        g[f"{off}:{key}"] = val
            else:
                g[f"{off}:edge"] = True
        g["w|-1"] = f["w"] + "|" + (base[k - 1]["w"] if k else "^")
        out.append(g)
    return out


def find_speaker(toks: Sequence[Tok], a: int, b: int, c: int, names: Sequence[str]) -> tuple[int, int] | None:
    """Token span [i, j) of a gold speaker form inside the window (nearest to the cue)."""
    words = [(i, norm(toks[i].text)) for i in range(a, b)]
    words = [(i, w) for i, w in words if w]
    for name in names:
        target = norm(name).split()
        if not target:
            continue
        hits = []
        for k in range(len(words) - len(target) + 1):
            if [w for _, w in words[k : k + len(target)]] == target:
                i, j = words[k][0], words[k + len(target) - 1][0] + 1
                if i != c:
                    hits.append((abs(i - c), i, j))
        if hits:
            _, i, j = min(hits)
            return i, j
    return None


def labels(a: int, b: int, span: tuple[int, int] | None) -> list[str]:
    out = []
    for i in range(a, b):
        if span and span[0] <= i < span[1]:
            out.append("B" if i == span[0] else "I")
        else:
            out.append("O")
    return out


@dataclass(slots=True)
class Example:
    group: str
    docno: str
    x: list[dict[str, Any]]
    y: list[str]


def training_examples(
    group: str,
    docno: str,
    text: str,
    toks: Sequence[Tok],
    gold: Sequence[Mapping[str, Any]],
    mentions: Sequence[Mention],
    quotes: Sequence[Quote],
) -> tuple[list[Example], int]:
    out: list[Example] = []
    missed = 0
    rule_of = {
        id(g): q.speaker or "" for g, q in match_quotes(text, gold, sorted(quotes, key=lambda q: q.start))
    }
    for g in gold:
        if g.get("speaker_by_reference"):
            continue
        qs = text.find(g["quote_text"])
        qe = qs + len(g["quote_text"])
        c = locate_cue(toks, g["cue"], qs, qe)
        if c is None:
            missed += 1
            continue
        a, b = window(text, toks, c)
        span = find_speaker(toks, a, b, c, [g["speaker"], g["speaker_full"]])
        if span is None:
            missed += 1
            continue
        rule = find_speaker(toks, a, b, c, [rule_of[id(g)]]) if rule_of.get(id(g)) else None
        out.append(Example(group, docno, features(toks, a, b, c, qs, qe, mentions, rule), labels(a, b, span)))
    return out, missed


def train(examples: Sequence[Example], c1: float = 0.05, c2: float = 0.05) -> sklearn_crfsuite.CRF:
    crf = sklearn_crfsuite.CRF(
        algorithm="lbfgs", c1=c1, c2=c2, max_iterations=150, all_possible_transitions=True
    )
    crf.fit([e.x for e in examples], [e.y for e in examples])
    return crf


def predict_span(crf: sklearn_crfsuite.CRF, x: list[dict[str, Any]]) -> tuple[tuple[int, int] | None, float]:
    """Best span (window-relative token indices) nearest the cue and its confidence."""
    tags = crf.predict_single(x)
    marg = crf.predict_marginals_single(x)
    spans = []
    k = 0
    while k < len(tags):
        if tags[k] in ("B", "I"):
            j = k + 1
            while j < len(tags) and tags[j] == "I":
                j += 1
            spans.append((k, j))
            k = j
        else:
            k += 1
    if not spans:
        return None, min(m["O"] for m in marg) if marg else 0.0
    cue_k = next((k for k, f in enumerate(x) if f["side"] == "cue"), 0)
    i, j = min(spans, key=lambda s: abs(s[0] - cue_k))
    conf = min(marg[k][tags[k]] for k in range(i, j))
    for k in (i - 1, j):
        if 0 <= k < len(tags):
            conf = min(conf, marg[k]["O"])
    return (i, j), conf


@dataclass(slots=True)
class Item:
    group: str
    by_ref: bool
    names: set[str]
    rule: str
    x: list[dict[str, Any]] | None
    surf: list[str] | None  # surface text of window tokens, to rebuild a span
    starts: list[int] | None
    ends: list[int] | None
    text: str


def eval_items(
    group: str,
    text: str,
    toks: Sequence[Tok],
    gold: Sequence[Mapping[str, Any]],
    quotes: Sequence[Quote],
    mentions: Sequence[Mention],
) -> list[Item]:
    items = []
    for g, q in match_quotes(text, gold, sorted(quotes, key=lambda q: q.start)):
        names = {norm(g["speaker"]), norm(g["speaker_full"])}
        c = locate_cue(toks, q.cue, q.start, q.end)
        x = surf = starts = ends = None
        if c is not None:
            a, b = window(text, toks, c)
            rule = find_speaker(toks, a, b, c, [q.speaker]) if q.speaker else None
            x = features(toks, a, b, c, q.start, q.end, mentions, rule)
            starts = [toks[i].start for i in range(a, b)]
            ends = [toks[i].end for i in range(a, b)]
        items.append(
            Item(
                group,
                bool(g.get("speaker_by_reference")),
                names,
                norm(q.speaker or ""),
                x,
                surf,
                starts,
                ends,
                text,
            )
        )
    return items


def crf_surface(it: Item, span: tuple[int, int]) -> str:
    assert it.starts is not None and it.ends is not None
    return it.text[it.starts[span[0]] : it.ends[span[1] - 1]]


def load(
    cache: Path | None,
) -> tuple[dict[str, tuple[str, str | None, list[Mention]]], dict[str, list[dict[str, Any]]]]:
    if cache is not None and cache.exists():
        data = pickle.load(cache.open("rb"))
        return data["docs"], data["sets"]
    from marsad.commands.quotes import CORPUS, GOLD, SNN, _load_texts
    from marsad.extract.entities import find_mentions

    sets = {"dev": [json.loads(x) for x in GOLD.open(encoding="utf-8")]}
    for f in sorted(glob.glob("docs/quotes_annotations/*.jsonl")):
        sets[Path(f).stem] = [json.loads(x) for x in Path(f).read_text(encoding="utf-8").splitlines()]
    need = {r["docno"] for v in sets.values() for r in v}
    raw = _load_texts(need, CORPUS, SNN)
    docs = {d: (v["text"], v["outlet"], find_mentions(v["text"], d)) for d, v in raw.items()}
    if cache is not None:
        pickle.dump({"docs": docs, "sets": sets}, cache.open("wb"))
    return docs, sets


def group_of(set_name: str, docno: str, dev_tune: set[str]) -> str:
    if set_name == "dev":
        return "dev-tune" if docno in dev_tune else "dev-held"
    return set_name.split("_")[0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="pickle of texts and tagger mentions: read when it exists, else written",
    )
    ap.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.9,0.95")
    ap.add_argument("--skip", nargs="*", default=[], help="groups left out entirely (e.g. batch17)")
    ap.add_argument("--stack", action="store_true")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument(
        "--overlap",
        action="store_true",
        help="hybrid: the CRF span replaces the rules' speaker only when one contains the other",
    )
    ap.add_argument(
        "--blind",
        nargs="*",
        type=Path,
        default=[],
        help="JSON files {docno: [quote dicts]} from older extractors: the rules at the time",
    )
    args = ap.parse_args()
    global STACK
    STACK = args.stack
    blind: dict[str, list[Quote]] = {}
    for path in args.blind:
        for d, qs in json.load(path.open(encoding="utf-8")).items():
            blind[d] = [
                Quote(
                    d,
                    q["start"],
                    q["end"],
                    q["text"],
                    q["direct"],
                    q["speaker"],
                    q["speaker_full"],
                    channel=q["channel"],
                    cue=q["cue"],
                )
                for q in qs
            ]
    from marsad.commands.quotes import _split
    from marsad.extract.quotes import extract_quotes

    docs, sets = load(args.cache)
    dev_tune, _ = _split(r["docno"] for r in sets["dev"])
    by_group: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for name, recs in sets.items():
        if name.split("_")[0] in args.skip:
            continue
        for r in recs:
            by_group.setdefault(group_of(name, r["docno"], dev_tune), {}).setdefault(r["docno"], []).append(r)
    examples: list[Example] = []
    items: list[Item] = []
    blind_items: list[Item] = []
    missed = 0
    for grp, arts in by_group.items():
        for d, gold in arts.items():
            text, outlet, mentions = docs[d]
            toks = tokens(text)
            quotes = extract_quotes(text, d, outlet=outlet, mentions=mentions)
            ex, m = training_examples(grp, d, text, toks, gold, mentions, blind.get(d, quotes))
            examples.extend(ex)
            missed += m
            items.extend(eval_items(grp, text, toks, gold, quotes, mentions))
            if d in blind:
                blind_items.extend(eval_items(grp, text, toks, gold, blind[d], mentions))
    print(f"training examples {len(examples)} (named speakers not locatable in the window: {missed})")
    thresholds = [float(t) for t in args.thresholds.split(",")]
    global OVERLAP
    OVERLAP = args.overlap
    models = {held: train([e for e in examples if e.group != held], args.c1, args.c2) for held in by_group}
    report("current rules (tuned on every group)", by_group, models, items, thresholds)
    if blind_items:
        report(
            "rules at the time of each batch's first run (git parent of the batch's commit)",
            by_group,
            models,
            blind_items,
            thresholds,
        )
    sys.stdout.flush()


def _use(crf_s: str, rule: str, conf: float, t: float) -> bool:
    """Hybrid decision: take the CRF span over the rules' speaker."""
    if not crf_s or crf_s == rule or conf < t:
        return False
    if OVERLAP:
        a, b = f" {crf_s} ", f" {rule} "
        return bool(rule) and (a in b or b in a)
    return True


def report(
    title: str,
    by_group: Mapping[str, Any],
    models: Mapping[str, Any],
    items: Sequence[Item],
    thresholds: Sequence[float],
) -> None:
    rows = []
    tot: dict[str, int] = {}
    for held in sorted(by_group, key=lambda g: (len(g), g)):
        crf = models[held]
        held_items = [i for i in items if i.group == held]
        if not held_items:
            continue
        row: dict[str, Any] = {"group": held, "n": 0, "rules": 0, "crf": 0, "nref_n": 0, "ref_rules": 0}
        row.update({f"hyb{t}": 0 for t in thresholds})
        row.update({f"ref_hyb{t}": 0 for t in thresholds})
        for it in held_items:
            span, conf = predict_span(crf, it.x) if it.x else (None, 0.0)
            crf_s = norm(crf_surface(it, span)) if span else ""
            rule_ok = it.rule in it.names
            if it.by_ref:
                row["nref_n"] += 1
                row["ref_rules"] += rule_ok
                for t in thresholds:
                    use = _use(crf_s, it.rule, conf, t)
                    row[f"ref_hyb{t}"] += (crf_s in it.names) if use else rule_ok
                continue
            row["n"] += 1
            row["rules"] += rule_ok
            row["crf"] += crf_s in it.names
            for t in thresholds:
                use = _use(crf_s, it.rule, conf, t)
                row[f"hyb{t}"] += (crf_s in it.names) if use else rule_ok
        rows.append(row)
        for k, v in row.items():
            if k != "group":
                tot[k] = tot.get(k, 0) + v
    cols = ["n", "rules", "crf"] + [f"hyb{t}" for t in thresholds]
    print(f"\n{title}: non-by-reference matched quotes, speaker accuracy (CRF leave-one-group-out)")
    print("group".ljust(10), *(c.rjust(8) for c in cols))
    for row in [*rows, {"group": "pooled", **tot}]:
        n = row["n"] or 1
        print(
            str(row["group"]).ljust(10),
            str(row["n"]).rjust(8),
            *(f"{row[c] / n:.3f}".rjust(8) for c in cols[1:]),
        )
    n = tot["nref_n"] or 1
    print(
        f"by-reference matched quotes ({tot['nref_n']}): rules {tot['ref_rules'] / n:.3f}",
        *(f"hyb{t} {tot[f'ref_hyb{t}'] / n:.3f}" for t in thresholds),
    )
    alln = tot["n"] + tot["nref_n"]
    print(
        f"all matched ({alln}): rules {(tot['rules'] + tot['ref_rules']) / alln:.3f}",
        *(f"hyb{t} {(tot[f'hyb{t}'] + tot[f'ref_hyb{t}']) / alln:.3f}" for t in thresholds),
    )


if __name__ == "__main__":
    main()
