"""An experimental learned speaker chooser on top of the rules (issue 8).

For each extracted quote, candidate speakers are gathered from several places (the rules' own choice and
its full form, token spans right after the cue, entity mentions around the cue, earlier speakers of the
article); each candidate gets a few shallow features and a logistic-regression score, and the best one
becomes the speaker.  Weights are plain JSON, scored here without scikit-learn; ``train_ranker`` fits
them and ``cross_validate`` compares the ranker with the rules on held-out groups of annotated articles
(``marsad eval quotes --ranker-cv``).

It did **not** beat the rules under leave-one-batch-out cross-validation (docs/quotes.md), so it is not
used by ``extract_quotes`` or ``marsad quotes``; it stays as a measured baseline for later attempts.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from marsad.extract.quotes import lexicon as lx
from marsad.extract.quotes.scoring import norm
from marsad.text import normalize
from marsad.types import Mention, Quote

_WORD = re.compile(r"[\w\u0600-\u06ff#]+|[^\s\w]", re.UNICODE)
_PUNCT_STOP = set('.،,:؛;!?؟"«»“”()-–—')
_PREP_PREFIX = ("ب", "ل", "ف", "ك")
_PREPS = frozenset(normalize(w) for w in ("في", "على", "عن", "من", "إلى", "مع", "لدى", "خلال", "بعد", "قبل"))
_COMPS = frozenset(normalize(w) for w in ("إن", "أن", "بأن", "إنه", "أنه", "إنها", "أنها", "بأنه", "بأنها"))
# continuations: the cue itself says "the same speaker goes on"
_CONT = frozenset(
    normalize(w)
    for w in ("أضاف", "أضافت", "تابع", "تابعت", "أردف", "أردفت", "استطرد", "استطردت", "مضيفا", "مضيفة",
              "مشيرا", "مشيرة", "قائلا", "قائلة", "مؤكدا", "مؤكدة", "موضحا", "موضحة", "لافتا", "لافتة",
              "متابعا", "معتبرا", "معتبرة", "مشددا", "مشددة", "متوقعا", "مكررا", "منوها")
)  # fmt: skip
_ANON_WORDS = frozenset(normalize(w) for w in ("مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "متحدث"))
_DOC_WORDS = frozenset(normalize(w) for w in ("البيان", "بيان", "القرار", "التقرير", "الرسالة"))
_TITLES = lx.TITLE_WORDS
# verbs whose subject is followed by a nominal object ("اتهم الجيش الروسي الخوذ البيضاء بـ")
_OBJECT_VERBS = frozenset(
    normalize(w)
    for w in ("اتهم", "اتهمت", "حذر", "حذرت", "دعا", "دعت", "طالب", "طالبت", "تمنى", "تمنت", "وصف",
              "وصفت", "حث", "حثت", "ناشد", "ناشدت", "ندد", "نددت", "دان", "دانت", "أدان", "أدانت",
              "حمل", "حملت", "أبلغ", "أبلغت", "نفى", "نفت", "هدد", "هددت")
)  # fmt: skip
_MAX_SPAN = 6
_SENT_END = re.compile(r"[.!?؟\n]+")


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    norm: str


@dataclass(slots=True)
class Candidate:
    """One possible speaker for a quote: its surface form and the features that describe it."""

    surface: str
    feats: dict[str, float] = field(default_factory=dict)

    def add(self, name: str, value: float = 1.0) -> None:
        self.feats[name] = max(self.feats.get(name, -math.inf), value)


def _toks(text: str, a: int, b: int) -> list[_Tok]:
    return [
        _Tok(m.start() + a, m.end() + a, m.group(), normalize(m.group()).replace("#", ""))
        for m in _WORD.finditer(text[a:b])
    ]


def _strip_w(n: str) -> str:
    return n[1:] if len(n) > 3 and n[0] in "وف" else n


def _feminine_cue(cue_norm: str) -> int:
    """+1 feminine verb form (قالت، تقول، مشيرة), -1 masculine, 0 unknown (nouns, prepositions)."""
    w = _strip_w(cue_norm.split()[0]) if cue_norm else ""
    if not w:
        return 0
    if w.endswith("ت") and len(w) >= 4:
        return 1
    if w.endswith("ه") and w.startswith("م"):
        return 1
    if w.startswith("ت") and len(w) >= 4 and not w.startswith("تاب"):
        return 1
    if w.startswith(("ي", "م")) or len(w) >= 3:
        return -1
    return 0


def _feminine_cand(surface: str) -> bool:
    ws = normalize(surface).split()
    return bool(ws) and (ws[0].endswith("ه") or ws[-1].endswith("ه"))


def _cue_span(text: str, q: Quote) -> tuple[int, int]:
    """Character span of the cue nearest to the quote (the cue string is all a Quote keeps)."""
    cue = (q.cue or "").strip()
    if not cue:
        return q.start, q.start
    best: tuple[int, int] | None = None
    best_d = 10**9
    for m in re.finditer(re.escape(cue), text[max(0, q.start - 600) : min(len(text), q.end + 300)]):
        s = m.start() + max(0, q.start - 600)
        e = s + len(cue)
        if s < q.end and e > q.start:
            continue
        d = q.start - e if e <= q.start else s - q.end + 50  # prefer a cue before the quote
        if d < best_d:
            best, best_d = (s, e), d
    return best or (q.start, q.start)


def _sentence_start(text: str, pos: int, back: int) -> int:
    """Start of the sentence ``back`` sentences before the one holding ``pos`` (0 = this one)."""
    stops = [m.end() for m in _SENT_END.finditer(text, max(0, pos - 1500), pos)]
    return stops[-1 - back] if len(stops) > back else max(0, pos - 1500)


def candidates(
    text: str,
    q: Quote,
    mentions: Sequence[Mention],
    previous: Sequence[str],
) -> list[Candidate]:
    """Candidate speakers for quote ``q`` with their features (deduplicated by normalised surface)."""
    by_norm: dict[str, Candidate] = {}
    cs, ce = _cue_span(text, q)
    cue_norm = normalize(q.cue or "")
    cue_first = _strip_w(cue_norm.split()[0]) if cue_norm else ""
    fem = _feminine_cue(cue_norm)
    cont = cue_first in _CONT or any(_strip_w(w) in _CONT for w in cue_norm.split()[:1])
    cue_after = cs >= q.end
    rule = norm(q.speaker or "")
    rule_full = norm(q.speaker_full or "")
    # zero subject: the cue word is directly followed by a complementizer, colon or quotation
    after = _toks(text, ce, min(len(text), ce + 200))
    zero = bool(after) and (after[0].norm in _COMPS or after[0].text in ':"«“')

    def get(surface: str) -> Candidate | None:
        surface = " ".join(surface.split()).strip(' ،,:"«»“”()')
        key = norm(surface)
        if not key or len(key) < 2:
            return None
        c = by_norm.get(key)
        if c is None:
            c = by_norm[key] = Candidate(surface)
        return c

    # A. the rules' choice and its full form
    for surface, tag in ((q.speaker or "", "src_rule"), (q.speaker_full or "", "src_rule_full")):
        c = get(surface)
        if c is not None:
            c.add(tag)
            c.add("n_words", min(len(surface.split()), 8) / 8)

    # B. token spans right after the cue (verb-first clauses): the subject starts there
    if not cue_after:
        k0 = 0
        while k0 < len(after) and after[k0].text in "،,:":
            k0 += 1
        span: list[_Tok] = []
        for k in range(k0, min(len(after), k0 + _MAX_SPAN)):
            t = after[k]
            if t.text in _PUNCT_STOP or t.start >= q.start or t.norm in _COMPS:
                break
            span.append(t)
            c = get(text[span[0].start : t.end])
            if c is None:
                continue
            nxt = after[k + 1] if k + 1 < len(after) else None
            c.add("src_after_cue")
            c.add("after_len_" + str(min(len(span), 4)))
            if nxt is None or nxt.text in _PUNCT_STOP:
                c.add("after_next_punct")
            elif nxt.norm in _COMPS:
                c.add("after_next_comp")
            elif nxt.norm in _PREPS or (nxt.norm[:1] in _PREP_PREFIX and nxt.norm[1:3] == "ال"):
                c.add("after_next_prep")
            elif nxt.norm.startswith("ال"):
                c.add("after_next_def")
            elif nxt.start >= q.start:
                c.add("after_next_quote")
            if any(m.end == t.end for m in mentions):
                c.add("after_ends_mention")
            if any(m.start == span[0].start and m.end == t.end for m in mentions):
                c.add("after_is_mention")
            if span[0].norm in _TITLES or _strip_w(span[0].norm) in _TITLES:
                c.add("after_starts_title")
            if span[0].norm.startswith("ال"):
                c.add("after_starts_def")
            if any(x.norm[:1] == "و" and len(x.norm) > 3 for x in span[1:]):
                c.add("after_has_conj")
            defs = [x for x in span if x.norm.startswith("ال")]
            if len(span) >= 3 and span[0].norm.startswith("ال") and span[-1].norm.startswith("ال"):
                c.add("after_def_def")  # "الجيش الروسي الخوذ البيضاء": an object may follow the subject
            if len(defs) >= 3:
                c.add("after_many_def")

    # C. entity mentions in this sentence and the two before it
    s_this = _sentence_start(text, min(cs, q.start), 0)
    s_prev = _sentence_start(text, min(cs, q.start), 2)
    lo, hi = s_prev, max(ce, q.start) + (200 if cue_after else 0)
    ref = cs
    for m in mentions:
        if m.end <= lo or m.start >= hi or (q.start <= m.start < q.end):
            continue
        c = get(m.text)
        if c is None:
            continue
        c.add("src_mention")
        c.add("ment_" + str(m.type))
        same = m.start >= s_this
        c.add("ment_same_sent" if same else "ment_prev_sent")
        if m.start >= ce:
            c.add("ment_after_cue")
            dist = len(text[ce : m.start].split())
        else:
            c.add("ment_before_cue")
            dist = len(text[m.end : ref].split())
        c.add("ment_near", 1.0 / (1.0 + dist))
        before = text[max(0, m.start - 12) : m.start].split()
        if before and normalize(before[-1]) in _PREPS:
            c.add("ment_after_prep")
        if m.text[:1] in _PREP_PREFIX and not m.text.startswith("ال"):
            c.add("ment_prefixed")
        if before and (normalize(before[-1]) in _TITLES or _strip_w(normalize(before[-1])) in _TITLES):
            c.add("ment_title_before")

    for m in mentions:
        c = by_norm.get(norm(m.text))
        if c is not None and m.start >= s_prev and m.end <= max(ce, q.start) + 200:
            c.add("is_mention_" + str(m.type))

    # D. earlier speakers (continuations and zero subjects)
    seen: list[str] = []
    for sp in reversed(previous):
        if norm(sp) and norm(sp) not in seen:
            seen.append(norm(sp))
            c = get(sp)
            if c is not None:
                c.add("src_prev_" + str(min(len(seen), 3)))
        if len(seen) >= 3:
            break

    # E. anonymous sources and documents named near the cue
    for t in _toks(text, s_this, min(len(text), ce + 60)):
        if _strip_w(t.norm) in _ANON_WORDS or t.norm in _DOC_WORDS:
            c = get(t.text[1:] if t.norm[:1] == "و" and len(t.norm) > 3 else t.text)
            if c is not None:
                c.add("src_anon_or_doc")

    obj_verb = cue_first in _OBJECT_VERBS
    rule_words = rule.split()
    ment_norms = {norm(m.text): str(m.type) for m in mentions if lo <= m.start < hi}

    # features shared by all candidates
    for key, c in by_norm.items():
        c.add("bias")
        c.add("eq_rule", float(key == rule))
        if key == rule and q.speaker_type:
            c.add("rule_type_" + q.speaker_type)
        c.add("eq_rule_full", float(key == rule_full))
        if key != rule and rule and key in rule:
            c.add("in_rule")
            if rule.startswith(key + " "):
                c.add("prefix_rule")
                rest = rule[len(key) + 1 :]
                if obj_verb:
                    c.add("obj_verb&prefix_rule")
                if rest.startswith("ال"):
                    c.add("rest_def")
                if rest in ment_norms or rest.split()[0] in ment_norms:
                    c.add("rest_mention")
        if key == rule:
            c.add("rule_len_" + str(min(len(rule_words), 5)))
            if rule_words and rule_words[0][:1] == "و" and not rule_words[0].startswith("وال"):
                c.add("rule_starts_waw")
            if obj_verb:
                c.add("obj_verb&rule")
        if key != rule and rule and rule in key:
            c.add("contains_rule")
        words = key.split()
        c.add("one_word", float(len(words) == 1))
        c.add("title_first", float(bool(words) and (words[0] in _TITLES or words[0][2:] in _TITLES)))
        c.add("has_title", float(any(w in _TITLES for w in words)))
        fc = _feminine_cand(c.surface)
        if fem:
            c.add("gender_agree", float((fem > 0) == fc))
        flags = (("cont", cont), ("zero", zero), ("cue_after", cue_after))
        for name, on in flags:
            if on:
                for src in ("src_rule", "src_after_cue", "src_mention", "src_prev_1", "src_prev_2"):
                    if c.feats.get(src, 0.0) > 0:
                        c.add(f"{name}&{src}")
    return list(by_norm.values())


# ------------------------------------------------------------------------------------------------
# model


@dataclass(slots=True)
class Ranker:
    weights: dict[str, float]
    intercept: float = 0.0

    def score(self, c: Candidate) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in c.feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def save(self, path: Path, meta: Mapping[str, Any] | None = None) -> None:
        data = {
            "intercept": self.intercept,
            "weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if abs(v) > 1e-9},
            "meta": dict(meta or {}),
        }
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Ranker:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls({k: float(v) for k, v in data["weights"].items()}, float(data["intercept"]))


def rerank(
    text: str, quotes: Sequence[Quote], mentions: Sequence[Mention] | None, ranker: Ranker
) -> list[Quote]:
    """Quotes (in article order) with the speaker each one's best-scoring candidate gives."""
    previous: list[str] = []
    out: list[Quote] = []
    for q in sorted(quotes, key=lambda x: x.start):
        cands = candidates(text, q, mentions or (), previous)
        new = q
        if cands:
            best = max(cands, key=lambda c: (ranker.score(c), c.feats.get("eq_rule", 0.0)))
            if norm(best.surface) != norm(q.speaker or ""):
                full = q.speaker_full or ""
                if norm(best.surface) not in norm(full):
                    full = best.surface
                new = replace(q, speaker=best.surface, speaker_full=full)
        # earlier speakers are the rules' (as in training), so one wrong choice does not cascade
        if q.speaker:
            previous.append(q.speaker)
        out.append(new)
    return out


def train_ranker(groups: Iterable[list[tuple[list[Candidate], set[str]]]], c_reg: float = 1.0) -> Ranker:
    """Fit the weights as a conditional logit: per quote, a softmax over its candidates, maximising the
    probability of the right ones (L2 penalty ``1 / c_reg``).  Features shared by every candidate of a
    quote cancel out, so the model only learns what tells candidates apart."""
    import numpy as np
    from scipy.optimize import minimize

    quotes = [(c, gold) for items in groups for c, gold in items if c]
    quotes = [(c, gold) for c, gold in quotes if any(norm(x.surface) in gold for x in c)]
    names = sorted({k for c, _ in quotes for x in c for k in x.feats} - {"bias"})
    index = {k: i for i, k in enumerate(names)}
    mats, poss = [], []
    for cands, gold in quotes:
        m = np.zeros((len(cands), len(names)))
        for r, x in enumerate(cands):
            for k, v in x.feats.items():
                if k in index:
                    m[r, index[k]] = v
        mats.append(m)
        poss.append(np.array([norm(x.surface) in gold for x in cands]))
    big = np.vstack(mats) if mats else np.zeros((0, len(names)))
    sizes = np.array([len(m) for m in mats], dtype=int)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(int)
    seg = np.repeat(np.arange(len(mats)), sizes)  # quote index of each candidate row
    pos = np.concatenate(poss).astype(float) if poss else np.zeros(0)
    lam = 1.0 / c_reg

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        if not len(mats):
            return lam * float(w @ w), 2 * lam * w
        s = big @ w
        e = np.exp(s - np.maximum.reduceat(s, starts)[seg])
        den = np.add.reduceat(e, starts)
        num = np.add.reduceat(e * pos, starts)
        total = lam * float(w @ w) - float(np.sum(np.log(num / den)))
        grad = 2 * lam * w - big.T @ (e * pos / num[seg] - e / den[seg])
        return total, grad

    res = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B")
    return Ranker({k: float(v) for k, v in zip(names, res.x, strict=True)}, 0.0)


@dataclass(slots=True)
class CvItem:
    """One matched quote: its candidates, the gold names (normalised) and whether the rules got it."""

    candidates: list[Candidate]
    gold: set[str]
    rules_ok: bool


def cv_items(text: str, gold: Sequence[Mapping[str, Any]], quotes: Sequence[Quote],
             mentions: Sequence[Mention] | None) -> list[CvItem]:  # fmt: skip
    """Items for the quotes of one article that match a gold record (the ones speaker accuracy scores)."""
    from marsad.extract.quotes.scoring import match_quotes

    ordered = sorted(quotes, key=lambda q: q.start)
    previous: dict[int, list[str]] = {}
    hist: list[str] = []
    for q in ordered:
        previous[id(q)] = list(hist)
        if q.speaker:
            hist.append(q.speaker)
    items = []
    for g, q in match_quotes(text, gold, ordered):
        names = {norm(g["speaker"]), norm(g["speaker_full"])}
        cands = candidates(text, q, mentions or (), previous[id(q)])
        items.append(CvItem(cands, names, norm(q.speaker or "") in names))
    return items


@dataclass(slots=True)
class CvRow:
    group: str
    n: int
    rules_ok: int
    ranker_ok: int
    oracle_ok: int  # some candidate is right: the most any chooser over these candidates could get


def cross_validate(groups: Mapping[str, list[CvItem]], c_reg: float = 1.0) -> list[CvRow]:
    """Leave-one-group-out: train on the other groups, choose speakers on the held-out one."""
    rows = []
    for held, items in groups.items():
        train = [[(it.candidates, it.gold) for it in groups[g]] for g in groups if g != held]
        model = train_ranker(train, c_reg)
        ok = oracle = 0
        for it in items:
            if not it.candidates:
                continue
            best = max(it.candidates, key=lambda c: (model.score(c), c.feats.get("eq_rule", 0.0)))
            ok += norm(best.surface) in it.gold
            oracle += any(norm(c.surface) in it.gold for c in it.candidates)
        rows.append(CvRow(held, len(items), sum(it.rules_ok for it in items), ok, oracle))
    return rows
