"""Scoring helpers for time expressions: span matching, P/R/F1 and value accuracy.

Pure functions over plain tuples so the CLI (which reads the files) and the tests share them.
Spans are ``(start, end)`` character offsets; matching is one-to-one, greedy by largest overlap
(the ANT news_dev README's rule), or exact for the strict variant.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from marsad.evaluate.metrics import f1 as f1_score
from marsad.evaluate.metrics import ratio

Span = tuple[int, int]


@dataclass(slots=True)
class PRF:
    matched: int = 0
    system: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return ratio(self.matched, self.system)

    @property
    def recall(self) -> float:
        return ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return f1_score(p, r)

    def add(self, other: PRF) -> None:
        self.matched += other.matched
        self.system += other.system
        self.gold += other.gold


@dataclass(slots=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return ratio(self.correct, self.total)


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(gold: list[Span], system: list[Span], strict: bool = False) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs: exact spans, or overlapping ones matched
    greedily by largest overlap."""
    pairs: list[tuple[int, int, int]] = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if strict:
                if g == s:
                    pairs.append((g[1] - g[0], gi, si))
            else:
                ov = overlap(g, s)
                if ov > 0:
                    pairs.append((ov, gi, si))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_g: set[int] = set()
    used_s: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, gi, si in pairs:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        out.append((gi, si))
    return out


def span_prf(gold: list[Span], system: list[Span], strict: bool = False) -> PRF:
    return PRF(len(match_spans(gold, system, strict)), len(system), len(gold))


def split_of(key: str, seed: int = 13) -> str:
    """Fixed, content-based dev / held-out assignment (half each), stable across runs."""
    digest = hashlib.sha1(f"{seed}:{key}".encode()).digest()
    return "dev" if digest[0] % 2 == 0 else "heldout"
