"""Scoring that mirrors ``../shared/data/quotes/check.py --score``, and the simple baseline.

Kept as pure functions over (article text, gold records, predicted records) so the eval command,
the tests and notebooks all compute the same numbers as the shared checker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from marsad.evaluate.metrics import f1 as f1_score
from marsad.evaluate.metrics import ratio
from marsad.types import Quote

_QUOTE_PAIRS = re.compile(r"«([^»]{3,}?)»|“([^”]{3,}?)”|\"([^\"\n]{3,}?)\"")
_CUE = re.compile(r"(?:^|\s)[وف]?(?:قال|قالت|أضاف|أضافت|أكد|أكدت|ذكر|ذكرت|أوضح|أوضحت|تابع)\s+(\S+)")


def norm(s: str) -> str:
    """The checker's light normalisation (diacritics, alef forms, ى, ة, hashtags, punctuation)."""
    s = re.sub("[\u064b-\u0652\u0640]", "", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    s = re.sub("[#_\"'()«»“”.,،:]", " ", s)
    return " ".join(s.split())


@dataclass(slots=True)
class QuoteScores:
    gold: int
    pred: int
    matched: int
    speaker_ok: int
    speaker_lenient: int
    channel_ok: int

    @property
    def precision(self) -> float:
        return ratio(self.matched, self.pred)

    @property
    def recall(self) -> float:
        return ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return f1_score(p, r)

    @property
    def speaker_accuracy(self) -> float:
        return ratio(self.speaker_ok, self.matched)

    @property
    def speaker_lenient_accuracy(self) -> float:
        return ratio(self.speaker_lenient, self.matched)

    @property
    def channel_accuracy(self) -> float:
        return ratio(self.channel_ok, self.matched)


def _spans(text: str, recs: Iterable[Mapping]) -> list[tuple[int, int, Mapping]]:
    out = []
    for r in recs:
        s = text.find(r["quote_text"])
        if s >= 0:
            out.append((s, s + len(r["quote_text"]), r))
    return out


_Span = tuple[int, int, object]


def _match(g: Sequence[_Span], p: Sequence[_Span]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs: span IoU ≥ 0.5, greedy one-to-one by decreasing IoU."""
    cand = []
    for gi, (gs, ge, _) in enumerate(g):
        for pi, (ps, pe, _) in enumerate(p):
            inter = max(0, min(ge, pe) - max(gs, ps))
            union = max(ge, pe) - min(gs, ps)
            if union and inter / union >= 0.5:
                cand.append((inter / union, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, gi, pi in sorted(cand, reverse=True):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def match_quotes(text: str, gold: Sequence[Mapping], pred: Sequence[Quote]) -> list[tuple[Mapping, Quote]]:
    """Gold records of one article paired with the extracted quotes that match them (as scored)."""
    g = _spans(text, gold)
    # located by text like the scorer does (first occurrence), so the pairs are exactly the scored ones
    p = [(s, s + len(q.text), q) for q in pred if (s := text.find(q.text)) >= 0]
    return [(g[gi][2], p[pi][2]) for gi, pi in _match(g, p)]  # type: ignore[misc]


def score_quotes(texts: Mapping[str, str], gold: Sequence[Mapping], pred: Sequence[Mapping]) -> QuoteScores:
    """Span IoU ≥ 0.5 one-to-one greedy matching, then speaker and channel on matched quotes.

    Records use the gold file's fields (``docno``, ``quote_text``, ``speaker``, ``speaker_full``,
    ``channel``); only articles present in ``texts`` are scored.
    """
    by_doc_g: dict[str, list[Mapping]] = {}
    by_doc_p: dict[str, list[Mapping]] = {}
    for r in gold:
        by_doc_g.setdefault(r["docno"], []).append(r)
    for r in pred:
        by_doc_p.setdefault(r["docno"], []).append(r)
    tp = sp_ok = sp_len = ch_ok = ng = npred = 0
    for doc in set(by_doc_g) | set(by_doc_p):
        text = texts.get(doc, "")
        g = _spans(text, by_doc_g.get(doc, []))
        p = _spans(text, by_doc_p.get(doc, []))
        ng += len(g)
        npred += len(p)
        for gi, pi in _match(g, p):
            tp += 1
            gr, pr = g[gi][2], p[pi][2]
            ps_, gs_, gf = norm(pr.get("speaker") or ""), norm(gr["speaker"]), norm(gr["speaker_full"])
            sp_ok += ps_ in (gs_, gf)
            sp_len += bool(ps_) and (ps_ in (gs_, gf) or ps_ in gf or gs_ in ps_)
            ch_ok += {norm(c) for c in pr.get("channel", [])} == {norm(c) for c in gr["channel"]}
    return QuoteScores(ng, npred, tp, sp_ok, sp_len, ch_ok)


def baseline_quotes(text: str, article_id: str = "") -> list[Quote]:
    """Baseline: every quotation in marks, speaker = the word after the nearest preceding cue verb."""
    out: list[Quote] = []
    for m in _QUOTE_PAIRS.finditer(text):
        g = next(k for k in (1, 2, 3) if m.group(k) is not None)
        s, e = m.start(g), m.end(g)
        cue = None
        for c in _CUE.finditer(text, max(0, s - 200), s):
            cue = c
        speaker = cue.group(1).strip('،,:"“«') if cue else None
        out.append(
            Quote(
                article_id=article_id,
                start=s,
                end=e,
                text=text[s:e],
                direct=True,
                speaker=speaker,
                speaker_full=speaker,
                channel=[],
                cue=cue.group(0).strip() if cue else None,
            )
        )
    return out
