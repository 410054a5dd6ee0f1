"""Evaluation helpers behind ``marsad eval ner`` (file reading and rich tables live here,
not in the tagger)."""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from marsad.evaluate.metrics import f1 as f1_score
from marsad.extract.entities.conll import tag_conll
from marsad.extract.entities.data import Sentence, anercorp_split, parse_conll_line
from marsad.extract.entities.metrics import score
from marsad.extract.entities.model import (
    MODELS_DIR,
    Tagger,
    gazetteer_tags,
    get_tagger,
    load_model_dir,
)

if TYPE_CHECKING:
    from marsad.extract.entities.features import Resources
    from marsad.types import Mention

_TYPE_MAP = {"PERS": "PER", "MIS": "MISC"}


def load_tagger(model_dir: Path | None, domain: str = "aner") -> Tagger:
    """The shipped tagger, or one from ``model_dir`` (e.g. a ``--holdout`` model)."""
    if (model_dir is None or model_dir.resolve() == MODELS_DIR) and domain == "aner":
        return get_tagger()
    return load_model_dir(model_dir or MODELS_DIR, domain)


def systems_of(tagger: Tagger) -> dict[str, Tagger]:
    """The tagger and, for an ensemble, its two members, each scored on its own."""
    from marsad.extract.entities.neural import EnsembleTagger

    if isinstance(tagger, EnsembleTagger):
        return {"ensemble": tagger, "neural": tagger.neural, "crf": tagger.crf}
    return {"crf": tagger}


def read_labelled(path: Path) -> list[Sentence]:
    """A ``token TAG`` file: blank lines end sentences if present, else '.' does (ANERcorp)."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    has_blank = any(not line.strip() for line in lines)
    sentences: list[Sentence] = []
    current: Sentence = []
    for line in lines:
        if not line.strip():
            if current:
                sentences.append(current)
            current = []
            continue
        token, tag = parse_conll_line(line)
        prefix, _, kind = tag.partition("-")
        tag = f"{prefix}-{_TYPE_MAP.get(kind, kind)}" if prefix in ("B", "I") and kind else "O"
        current.append((token, tag))
        if not has_blank and token == ".":
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def _table(title: str, results: dict[str, dict[str, dict[str, float]]]):
    from rich.table import Table

    table = Table(title=title)
    table.add_column("system")
    table.add_column("type")
    for col in ("P", "R", "F1", "gold"):
        table.add_column(col, justify="right")
    for system, by_type in results.items():
        for kind, s in by_type.items():
            table.add_row(
                system,
                kind,
                f"{s['precision']:.3f}",
                f"{s['recall']:.3f}",
                f"{s['f1']:.3f}",
                str(int(s["support"])),
            )
    return table


def print_conll_eval(path: Path, tagger: Tagger, dev_split: bool = False) -> dict:
    """Score the tagger (and an ensemble's members) beside the gazetteer baseline; print a table."""
    import time

    from rich.console import Console

    sentences = read_labelled(path)
    if dev_split:
        _, sentences = anercorp_split(sentences)
    gold = [[t for _, t in s] for s in sentences]
    tokens = [[w for w, _ in s] for s in sentences]
    # Score exactly what `marsad ner --format conll` writes for this input.
    blank_separated = any(not line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    separator = "\n\n" if blank_separated else "\n"
    raw = separator.join("\n".join(f"{w} O" for w in s) for s in tokens) + "\n"
    results = {}
    speeds = {}
    for name, system in systems_of(tagger).items():
        started = time.perf_counter()
        output = tag_conll(raw, system)
        speeds[name] = sum(len(s) for s in tokens) / (time.perf_counter() - started)
        flat = [line.split("\t")[1] for line in output.splitlines() if line]
        pred, k = [], 0
        for s in tokens:
            pred.append(flat[k : k + len(s)])
            k += len(s)
        results[name] = score(gold, pred)
    results["gazetteer"] = score(gold, [gazetteer_tags(s, tagger.resources) for s in tokens])
    n_tokens = sum(len(s) for s in tokens)
    console = Console()
    title = f"{path.name}{' (last sixth)' if dev_split else ''}: {n_tokens} tokens"
    console.print(_table(title, results))
    console.print(
        "tagging speed (one process, features and propagation included): "
        + ", ".join(f"{name} {speed:,.0f} tokens/s" for name, speed in speeds.items())
    )
    return results


def _bcubed(gold: dict, system: dict) -> tuple[float, float, float, int]:
    keys = [k for k in gold if k in system]
    if not keys:
        return 0.0, 0.0, 0.0, 0
    by_gold: dict[str, set] = defaultdict(set)
    by_sys: dict[str, set] = defaultdict(set)
    for k in keys:
        by_gold[gold[k]].add(k)
        by_sys[system[k]].add(k)
    p = r = 0.0
    for k in keys:
        g, s = by_gold[gold[k]], by_sys[system[k]]
        inter = len(g & s)
        p += inter / len(s)
        r += inter / len(g)
    p, r = p / len(keys), r / len(keys)
    return p, r, f1_score(p, r), len(keys)


def news_articles(news_dir: Path, corpora: Path) -> tuple[dict[str, str], list[dict]]:
    wanted = [a.strip() for a in (news_dir / "articles.txt").read_text().splitlines() if a.strip()]
    texts: dict[str, str] = {}
    with gzip.open(corpora / "ant_multisource_v2.1.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["docno"] in wanted:
                texts[record["docno"]] = record["text"]
    gold = [json.loads(x) for x in (news_dir / "ant_dev_entities.jsonl").read_text().splitlines() if x]
    return {k: texts[k] for k in wanted if k in texts}, gold


def gazetteer_mentions(text: str, article_id: str, resources: Resources) -> list[Mention]:
    """The news baseline: gazetteer lookup over the tagger's tokens of a raw text."""
    from marsad.extract.entities.mentions import mentions_from_tags
    from marsad.extract.entities.tokenize import token_spans

    offsets = token_spans(text)
    tags = gazetteer_tags([text[s:e] for s, e in offsets], resources)
    return mentions_from_tags(text, article_id, offsets, tags, resources.counts)


def print_news_eval(news_dir: Path, corpora: Path, tagger: Tagger) -> dict:
    """Exact-span F1 (each system vs gazetteer) and B-cubed of entity ids (resolver vs exact string)
    on the spans of ``tagger`` (the first system)."""
    from rich.console import Console

    from marsad.extract.canonical import resolve_entities
    from marsad.extract.entities.mentions import find_mentions
    from marsad.text import normalize

    texts, gold = news_articles(news_dir, corpora)
    gold_set = {(g["docno"], g["start"], g["end"], g["type"]) for g in gold}
    systems = {}
    mentions_by_system = {}
    members = systems_of(tagger)
    first = next(iter(members))
    for name in (*members, "gazetteer"):
        mentions = []
        for docno, text in texts.items():
            if name != "gazetteer":
                mentions += find_mentions(text, docno, tagger=members[name])
            else:
                mentions += gazetteer_mentions(text, docno, tagger.resources)
        mentions_by_system[name] = mentions
        sys_set = {(m.article_id, m.start, m.end, m.type) for m in mentions}
        by_type = {}
        for kind in ("LOC", "ORG", "PER", "ALL"):
            g = {x for x in gold_set if kind in ("ALL", x[3])}
            s = {x for x in sys_set if kind in ("ALL", x[3])}
            tp = len(g & s)
            p = tp / len(s) if s else 0.0
            r = tp / len(g) if g else 0.0
            by_type[kind] = {
                "precision": p,
                "recall": r,
                "f1": f1_score(p, r),
                "support": float(len(g)),
            }
        systems[name] = by_type
    console = Console()
    console.print(_table(f"news_dev: {len(texts)} articles, exact spans", systems))

    gold_ids = {(g["docno"], g["start"], g["end"]): g["entity"] for g in gold}
    mentions = mentions_by_system[first]

    def resolve(ms: list) -> dict:
        ids = {}
        for entity in resolve_entities(ms, texts):
            for m in entity.mentions:
                ids[(m.article_id, m.start, m.end)] = entity.id
        return ids

    resolved = resolve(mentions)
    # The CRF's own spans too, when it is an ensemble member: B-cubed depends on which spans match.
    member_rows = [(f"{name} spans", "resolver", resolve(mentions_by_system[name])) for name in members][1:]
    baseline = {(m.article_id, m.start, m.end): normalize(m.text) for m in mentions}
    # Resolution alone, on gold spans: isolates the resolver from tagging errors.
    from marsad.types import Mention

    gold_mentions = [Mention(g["docno"], g["start"], g["end"], g["text"], g["type"]) for g in gold]
    on_gold = {}
    for entity in resolve_entities(gold_mentions, texts):
        for m in entity.mentions:
            on_gold[(m.article_id, m.start, m.end)] = entity.id
    gold_baseline = {(g["docno"], g["start"], g["end"]): normalize(g["text"]) for g in gold}
    from rich.table import Table

    table = Table(title="news_dev: B-cubed of canonical entity ids")
    for col in ("mentions", "ids", "B3-P", "B3-R", "B3-F1", "n"):
        table.add_column(col, justify="right" if col != "mentions" and col != "ids" else "left")
    out = {}
    for label, spans_name, system in (
        (f"{first} spans", "resolver", resolved),
        (f"{first} spans", "exact string (baseline)", baseline),
        *member_rows,
        ("gold spans", "resolver", on_gold),
        ("gold spans", "exact string (baseline)", gold_baseline),
    ):
        p, r, f, n = _bcubed(gold_ids, system)
        out[(label, spans_name)] = f
        table.add_row(label, spans_name, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", str(n))
    console.print(table)
    return {"spans": systems, "bcubed": out}
