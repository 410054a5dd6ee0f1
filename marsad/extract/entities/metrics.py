"""Entity-level exact-match precision/recall/F1, CoNLL (conlleval / seqeval default) style."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from marsad.evaluate.metrics import f1 as f1_score


def spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """(type, start, end) chunks of an IOB sequence; a stray I- starts a chunk (conlleval)."""
    chunks: list[tuple[str, int, int]] = []
    label, start = "", -1
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and kind == label and start >= 0
        if start >= 0 and not continues:
            chunks.append((label, start, i))
            label, start = "", -1
        if prefix in ("B", "I") and not continues:
            label, start = kind, i
    return chunks


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> dict[str, dict[str, float]]:
    """Per-type and overall ("ALL") precision, recall, F1 and support over sentence pairs."""
    tp: Counter = Counter()
    n_gold: Counter = Counter()
    n_pred: Counter = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs = set(spans(g))
        ps = set(spans(p))
        for kind, *_ in gs:
            n_gold[kind] += 1
        for kind, *_ in ps:
            n_pred[kind] += 1
        for kind, *_ in gs & ps:
            tp[kind] += 1
    out: dict[str, dict[str, float]] = {}
    for kind in [*sorted(set(n_gold) | set(n_pred)), "ALL"]:
        t = sum(tp.values()) if kind == "ALL" else tp[kind]
        ng = sum(n_gold.values()) if kind == "ALL" else n_gold[kind]
        np_ = sum(n_pred.values()) if kind == "ALL" else n_pred[kind]
        p = t / np_ if np_ else 0.0
        r = t / ng if ng else 0.0
        f = f1_score(p, r)
        out[kind] = {"precision": p, "recall": r, "f1": f, "support": float(ng)}
    return out
