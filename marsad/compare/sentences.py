"""Compare two statements: do they agree, contradict each other, or talk about different things?

Precision comes first (conflicts are shown to journalists), so a conflict is only declared on
an *incompatible value anchored in shared wording*: the same unit with incompatible numbers, the
same month with another day, the same word negated in one and affirmed in the other, the same
noun with another exclusive modifier, the same person with another role, or the same frame with
one different content word in the predicate slot.  Three slots whose values share no wording
(whom something was asked of, where an event happened, a cause or toll said to be unknown in one
and given in the other) also need the pair to be on one story, which the article contexts tell.
Everything else that overlaps is "agreed".
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from marsad.compare import lexicon as lx
from marsad.compare import semantic
from marsad.compare.claims import (
    Claim,
    Quantity,
    one_edit_apart,
    read_claim,
    same_word,
    stem,
    synonyms,
)
from marsad.text import normalize

PairStatus = Literal["agreed", "conflict", "unrelated"]

# Relatedness: share of content words matched (Dice over fuzzy stem matches), or meaning.
RELATED_DICE = 0.25
RELATED_COSINE = 0.62
# Two statements of articles on one story (context overlap ≥ SAME_STORY) agree on less.
LOOSE_DICE = 0.1
LOOSE_COSINE = 0.4
SAME_STORY = 0.2
# A differing word is only a paraphrase-free substitution when the encoder finds it unlike.
SUBSTITUTION_MAX_COSINE = 0.5
SUBSTITUTION_FLANK = 2
# Precision first: the rules that read a *word* as the differing value (a modifier, a predicate, a
# negation) fire on paraphrases and on two different events of one story unless the two statements
# are worded alike overall.  Minimum overlap per kind, set on the dev pairs and a pool of unlabelled
# same-day pairs whose flags were read (docs/compare.md): below these, those kinds had no true hit.
MODIFIER_MIN_DICE = 0.55
PREDICATE_MIN_DICE = 0.6
POLARITY_MIN_DICE = 0.5
# Two results only conflict in near-copies: one story reports many matches of one day.
SCORE_MIN_DICE = 0.6


@dataclass(frozen=True, slots=True)
class Comparison:
    """The verdict on a pair of statements; ``detail`` names the conflicting values or the overlap.

    ``confidence`` (conflicts only): for a value conflict, how surely the two values fill one slot
    (:func:`slot_confidence`; never below ``VALUE_MIN_CONFIDENCE``, else it is no conflict); rules
    that compare a word rather than a positioned value give 1.0.
    """

    status: PairStatus
    detail: str
    score: float
    confidence: float = 1.0


def overlap(
    a: Claim,
    b: Claim,
    weights: Mapping[str, float] | None = None,
    related: Callable[[str], frozenset[str]] | None = None,
) -> float:
    """Dice coefficient over content stems, counting a fuzzy or synonym match as shared.

    ``weights`` (stem → weight, e.g. inverse frequency within a story) lets words every
    article of a story repeats (its protagonists) count less than the words of the claim.
    ``related`` (stem → the stems it matches, itself included) answers the same question as the
    pairwise test from a precomputed table; a story comparison passes one.
    """
    sa, sb = a.content_stems, b.content_stems
    if not sa or not sb:
        return 0.0

    def weight(stem: str) -> float:
        return weights.get(stem, 1.0) if weights is not None else 1.0

    set_a, set_b = set(sa), set(sb)
    if related is not None:
        hit_a = {x for x in set_a if not related(x).isdisjoint(set_b)}
        hit_b = {y for y in set_b if not related(y).isdisjoint(set_a)}
    else:
        hit_a = {x for x in set_a if x in set_b or any(same_word(x, y) or synonyms(x, y) for y in set_b)}
        hit_b = {y for y in set_b if y in set_a or any(same_word(x, y) or synonyms(x, y) for x in set_a)}
    matched_a = sum(weight(x) for x in sa if x in hit_a)
    matched_b = sum(weight(y) for y in sb if y in hit_b)
    total = sum(weight(x) for x in sa) + sum(weight(y) for y in sb)
    return (matched_a + matched_b) / total if total else 0.0


def compare_sentences(
    sentence_a: str, sentence_b: str, context_a: str = "", context_b: str = ""
) -> Comparison:
    """Agreed / conflict / unrelated for two statements from two articles.

    The conflict rules read only the sentences: a value elsewhere in an article says nothing
    about the value *in* the compared statement.  ``context_a``/``context_b`` (the article texts)
    only loosen agreed-vs-unrelated: when both articles share a good part of their wording they
    are on one story, and two statements of it with some overlap are taken as agreeing.
    """
    a, b = read_claim(sentence_a), read_claim(sentence_b)
    dice = overlap(a, b)
    cosine = semantic.similarity(sentence_a, sentence_b) if (a.content and b.content) else None
    related = dice >= RELATED_DICE or (cosine is not None and cosine >= RELATED_COSINE)
    score = max(dice, cosine or 0.0)
    checks = (
        _numbers,
        _minutes,
        _durations,
        _results,
        _duals,
        _dates,
        _weekdays,
        _roles,
        _contrasts,
        _polarity,
        _destinations,
        _travels,
        _substitution,
        _person_counts,
    )
    for check in checks:
        found = check(a, b, dice, related)
        if found:
            detail, confidence = (found, 1.0) if isinstance(found, str) else found
            return Comparison("conflict", detail, round(score, 3), confidence)
    # Slots whose two values share no wording (Russia vs Damascus, Boufarik vs Blida, unknown vs
    # a stated cause) leave the two statements little overlap: that they are about one thing comes
    # from the pair being related, or from the two articles being on one story.
    if related or _same_story(context_a, context_b):
        loose = related or dice >= LOOSE_DICE or (cosine or 0.0) >= LOOSE_COSINE
        # An unknown-vs-stated cause or toll is said in words of its own ("مجهولة", "يعود إلى"),
        # specific enough on one story; another addressee or place needs some shared wording too.
        detail = _unknown_value(a, b)
        if not detail and loose:
            detail = _addressee(a, b, dice, related) or _event_place(a, b)
        if detail:
            return Comparison("conflict", detail, round(score, 3))
    if related or _shared_values(a, b):
        return Comparison("agreed", f"overlap {dice:.2f}", round(score, 3))
    if (dice >= LOOSE_DICE or (cosine or 0.0) >= LOOSE_COSINE) and _same_story(context_a, context_b):
        return Comparison("agreed", f"overlap {dice:.2f} (same story)", round(score, 3))
    return Comparison("unrelated", f"overlap {dice:.2f}", round(score, 3))


def _same_story(context_a: str, context_b: str) -> bool:
    """Whether two article texts share enough content words to be on one story."""
    if not context_a or not context_b:
        return False
    sa = {w for w in read_claim(context_a).content_stems if not w.isdigit()}
    sb = {w for w in read_claim(context_b).content_stems if not w.isdigit()}
    return bool(sa and sb) and len(sa & sb) / min(len(sa), len(sb)) >= SAME_STORY


def _shared_values(a: Claim, b: Claim) -> bool:
    same_qty = any(_units_match(x, y) and x.value == y.value for x in a.quantities for y in b.quantities)
    return same_qty or bool(a.dates & b.dates)


def _casualty(q: Quantity) -> str | None:
    """ "killed" / "injured" when the words around the number say which (the word before first)."""
    for words in (q.before, q.unit, q.near):
        for word in words:
            bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
            for kind, group in (("killed", lx.KILLED), ("injured", lx.INJURED)):
                if any(same_word(bare, g) for g in group):
                    return kind
    return None


def _units_match(x: Quantity, y: Quantity) -> bool:
    """Same thing counted: the words after the numbers match, or (one lacking them) the words before.

    Never the dead against the injured ("قتل 25 فلسطينيا" / "إصابة 12 فلسطينيا"), and a number
    word after its noun ("عائلة واحدة", one family) is not a count of what the other side counts
    ("عائلة من 6 أفراد").
    """
    kinds = _casualty(x), _casualty(y)
    if None not in kinds and kinds[0] != kinds[1]:
        return False
    if _other_group(x.unit, y.unit):
        return False  # "ستين دبلوماسيا أميركيا" / "23 دبلوماسيا بريطانيا": two groups
    if x.unit and y.unit and bool(x.unit & lx.CURRENCIES) != bool(y.unit & lx.CURRENCIES):
        return False  # a sum of money and a count of things
    if any(_casualty(q) and other.near & lx.DISPLACED for q, other in ((x, y), (y, x))):
        return False  # "قتلت 80 شخصا" / "20 ألف مدني خرجوا": the dead and those who left
    if x.unit and y.unit and any(same_word(u, v) or synonyms(u, v) for u in x.unit for v in y.unit):
        return True
    if (not x.unit or not y.unit) and x.before and y.before:
        if (x.unit or y.unit) and not (x.text[:1].isdigit() and y.text[:1].isdigit()):
            return False
        if (x.unit or y.unit) and not (x.before_definite and y.before_definite):
            return False  # "بلغ 3.094 مليون" / "بلغ 29.186 مليون فرد": a verb says nothing of what
        return any(same_word(u, v) for u in x.before for v in y.before)
    return False


def _other_group(unit_x: frozenset[str], unit_y: frozenset[str]) -> bool:
    """Each unit carries a relational adjective the other lacks (أميركي / بريطاني)."""
    nisba_x = {u for u in unit_x if u.endswith("ي") and len(u) >= 4}
    nisba_y = {u for u in unit_y if u.endswith("ي") and len(u) >= 4}
    only_x = {u for u in nisba_x if not any(same_word(u, v) for v in nisba_y)}
    only_y = {v for v in nisba_y if not any(same_word(u, v) for u in nisba_x)}
    return bool(only_x and only_y)


def _compatible(x: Quantity, y: Quantity) -> bool:
    if x.value == y.value or _rounded(x, y) or _cut_short(x, y):
        return True
    if x.at_least and y.at_least:
        # Two outlets' "at least 19" and "at least 16" dead are two confirmed counts of one toll,
        # not two open bounds that overlap (the conflicts set labels "at least 180" / "at least
        # 257" a conflict); "more than" stays an open bound.
        return False
    # "At least 23" against "more than 78": neither gives a count, so only the bounds compare.
    high_x = float("inf") if x.at_least and y.high == float("inf") else x.high
    high_y = float("inf") if y.at_least and x.high == float("inf") else y.high
    return max(x.low, y.low) <= min(high_x, high_y) + 1e-9


# A rounded figure stands for a precise one when it is within half its rounding step and this close.
ROUNDING_MAX_GAP = 0.02


def _rounding_step(q: Quantity) -> float:
    """The step a written number is rounded to: 0.1 for "249,1", 10 for "250", 0 for a word."""
    first = normalize(q.text.split()[0]).rstrip("%") if q.text else ""
    if not first[:1].isdigit():
        return 0.0
    if re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+", first):
        first = first.replace(",", "")
    decimal = re.search(r"[.,٫]([0-9]+)$", first)
    written = float(first.replace(",", ".").replace("٫", ".")) if not decimal else None
    if decimal:
        step = 10.0 ** -len(decimal.group(1))
        written = float(first[: decimal.start()] + "." + decimal.group(1))
    else:
        zeros = len(first) - len(first.rstrip("0")) if first.strip("0") else 0
        step = 10.0**zeros
    scale = q.value / written if written else 1.0
    return step * scale


def _rounded(x: Quantity, y: Quantity) -> bool:
    """One figure is the other rounded or cut short ("250 مليون" / "249,1 مليون", "1,14 مليار" /
    "1.139 مليار", "6.1 مليون كيلومتر" / "6.16 مليون")."""
    step_x, step_y = _rounding_step(x), _rounding_step(y)
    step = max(step_x, step_y)
    gap = abs(x.value - y.value)
    if step <= 0 or gap > ROUNDING_MAX_GAP * max(abs(x.value), abs(y.value)):
        return False
    coarse, fine = (x, y) if step_x >= step_y else (y, x)
    truncated = math.floor(fine.value / step + 1e-9) * step
    return gap <= step / 2 + 1e-9 or abs(truncated - coarse.value) <= 1e-9 * max(1.0, abs(coarse.value))


def _cut_short(x: Quantity, y: Quantity) -> bool:
    """A decimal figure written without its decimals ("بنسب متوسطها 26 في المئة" / "بمتوسط 26,6%"):
    the whole part, a little further off than rounding allows."""
    step_x, step_y = _rounding_step(x), _rounding_step(y)
    if not (0 < min(step_x, step_y) < 1 <= max(step_x, step_y)) or x.unit != y.unit:
        return False
    coarse, fine = (x, y) if step_x >= step_y else (y, x)
    gap = abs(coarse.value - fine.value)
    return coarse.value == math.floor(fine.value) and gap <= CUT_SHORT_MAX_GAP * abs(fine.value)


CUT_SHORT_MAX_GAP = 0.03


def _fmt(q: Quantity) -> str:
    return q.text


def _numbers(a: Claim, b: Claim, dice: float, related: bool) -> tuple[str, float] | None:
    """Same unit, incompatible values, and the two values fill one slot (:func:`slot_confidence`):
    the first such pair in reading order, so a misaligned pair (another goal's minute) gives way
    to an aligned one later in the statement."""
    for x, y in _number_candidates(a, b, dice, related):
        confidence = slot_confidence(a, x.index, b, y.index, x.unit | y.unit)
        if confidence >= VALUE_MIN_CONFIDENCE:
            return f"number: {_fmt(x)} ≠ {_fmt(y)}", confidence
    return None


def _number_candidates(a: Claim, b: Claim, dice: float, related: bool) -> Iterator[tuple[Quantity, Quantity]]:
    """Same unit, incompatible values — and no compatible value for that unit on the other side.

    Numbers are not comparable when the two statements are about different measures or times:
    an exclusive modifier differs (annual vs monthly rate) or one names a year the other lacks.
    """
    if a.years != b.years or _exclusive_differs(a, b):
        return
    if _trading(a) and _trading(b):
        return  # two readings of a market session ("تداول برنت عند 74.66" / "أنهت الجلسة عند 74")
    if _other_days(a, b):
        return  # "قتل 11 مدنيا السبت" / "قتل 43 مدنيا الجمعة": two days, two tolls
    if _poll(a) != _poll(b):
        return  # "بحسب نتائج الاستطلاع … 11,2 بالمئة" / the count's "13,4 في المئة": two measures
    if _in_parts(a) != _in_parts(b):
        return  # "رسوم على 50 مليار … وبدء تنفيذ أول دفعة" / "رسوم على 34 مليار": whole and part
    running_total = _period(a) != _period(b)
    for x in a.quantities:
        if _part_or_whole(a, x) or _window_count(a, x):
            continue
        # A value of the same unit anywhere on the other side, even one the checks below set
        # aside (a part of a whole: "96 صوتا من أصل 342"), says the two report the same figure.
        if any(_units_match(x, y) and _compatible(x, y) for y in b.quantities):
            continue
        matches = [
            y
            for y in b.quantities
            if _units_match(x, y)
            and not _part_or_whole(b, y)
            and not _window_count(b, y)
            and _unasserted(a, x) == _unasserted(b, y)
            and _same_group(a, x, b, y)
            and _same_delta(a, x, b, y)
            and not (running_total and (_headcount(x) or _headcount(y)))
            and not (_stretch(a) != _stretch(b) and (_change(a, x) or _change(b, y)))
            and not _day_and_campaign(x, y)
            and not (_conversion(a, x) and _conversion(b, y))
        ]
        if not matches:
            continue
        weak_unit = x.unit <= {"%"} or not x.unit
        if weak_unit and not related:
            continue
        if any(x.value == y2.value and not (x.unit and y2.unit) for y2 in b.quantities):
            continue  # the value is in the other statement too, its unit unsaid on one side
        for y in matches:
            if any(y.value == x2.value and not (y.unit and x2.unit) for x2 in a.quantities):
                continue
            if not any(_compatible(x2, y) for x2 in a.quantities if _units_match(x2, y)):
                if _another_slot_differs(a, b, x, y):
                    return
                yield x, y


# ---------------------------------------------------------------- slot alignment

# Content words either side of a value that say what it is a value *of* (who, what, where).
SLOT_WINDOW = 6
# Slot confidence of two values with no visible mismatch, however little their context lines up.
SLOT_FLOOR = 0.5
# Below this a value conflict is dropped: the two values most likely fill two slots.
VALUE_MIN_CONFIDENCE = 0.5


@dataclass(frozen=True, slots=True)
class SlotMatch:
    """How well the surroundings of two values line up (each part in [0, 1]).

    ``context``: Dice of the content words around the two values, fuzzy/synonym matched;
    ``order``: whether the nearest shared words before and after the value sit on the same sides
    of the other value (the values are in aligned positions); ``foreign``: words around the value
    found nowhere in the other statement, on *both* sides (another team, hospital, company: a
    different who or where), as a share of the window.
    """

    context: float
    order: float
    foreign: float

    @property
    def confidence(self) -> float:
        return max(0.0, min(1.0, 0.6 * self.context + 0.4 * self.order - self.foreign))


def _slot_window(claim: Claim, i: int, skip: frozenset[str]) -> list[int]:
    """Content tokens within SLOT_WINDOW content words of token ``i``: no numbers, no unit words."""
    before = [k for k in claim.content if k < i]
    after = [k for k in claim.content if k > i]
    out = before[-SLOT_WINDOW:] + after[:SLOT_WINDOW]
    return [
        k
        for k in out
        if not _number_like(claim.tokens[k]) and not any(same_word(claim.stems[k], u) for u in skip)
    ]


def _number_like(token: str) -> bool:
    return token[:1].isdigit() or token in lx.SCALES


def _stem_match(x: str, y: str) -> bool:
    return x == y or same_word(x, y) or synonyms(x, y)


def slot_match(a: Claim, i: int, b: Claim, j: int, skip: frozenset[str] = frozenset()) -> SlotMatch:
    """Line up the words around token ``i`` of ``a`` and token ``j`` of ``b`` (two values)."""
    wa, wb = _slot_window(a, i, skip), _slot_window(b, j, skip)
    if not wa or not wb:
        return SlotMatch(0.0, 0.0, 0.0)
    hit_a = {k: [m for m in wb if _stem_match(a.stems[k], b.stems[m])] for k in wa}
    hit_b = {m for ms in hit_a.values() for m in ms}
    matched_a = [k for k, ms in hit_a.items() if ms]
    context = (len(matched_a) + len(hit_b)) / (len(wa) + len(wb))
    # Order: the nearest matched word before the value in ``a`` should match one before the value
    # in ``b`` and likewise after; a shared word that sits on the other side of the other value
    # says the value belongs to another phrase.
    checks = []
    left = [k for k in matched_a if k < i]
    right = [k for k in matched_a if k > i]
    if left:
        checks.append(any(m < j for m in hit_a[left[-1]]))
    if right:
        checks.append(any(m > j for m in hit_a[right[0]]))
    order = sum(checks) / 2 if checks else 0.0
    all_b = [b.stems[m] for m in b.content]
    all_a = [a.stems[k] for k in a.content]
    only_a = [k for k in wa if not any(_stem_match(a.stems[k], y) for y in all_b)]
    only_b = [m for m in wb if not any(_stem_match(x, b.stems[m]) for x in all_a)]
    foreign = min(len(only_a) / len(wa), len(only_b) / len(wb))
    return SlotMatch(round(context, 3), order, round(foreign, 3))


def slot_confidence(a: Claim, i: int, b: Claim, j: int, skip: frozenset[str] = frozenset()) -> float:
    """Confidence that the values at token ``i`` of ``a`` and ``j`` of ``b`` fill one slot.

    0 when the slots visibly differ: other named actors next to the values, other weekdays next
    to them, or governing words the other statement lacks in any form.  Otherwise between
    ``SLOT_FLOOR`` and 1 by how well the words around them line up (:class:`SlotMatch`).
    """
    if _foreign_actors(a, i, b, j) or _other_times(a, i, b, j) or _foreign_governors(a, i, b, j):
        return 0.0
    if _asked_vs_given(a, i, b, j) or _foreign_minute_owner(a, i, b, j) or _other_ordinal(a, i, b, j):
        return 0.0
    return round(SLOT_FLOOR + (1 - SLOT_FLOOR) * slot_match(a, i, b, j, skip).confidence, 3)


def slot_mismatch(a: Claim, i: int, b: Claim, j: int) -> str | None:
    """Why the two values fill different slots, for error analysis (None when no visible reason)."""
    actors = _foreign_actors(a, i, b, j)
    if actors:
        return f"actors {actors[0]} / {actors[1]}"
    if _other_times(a, i, b, j):
        return "days"
    if _asked_vs_given(a, i, b, j):
        return "asked / given"
    if _foreign_minute_owner(a, i, b, j):
        return "minute of another player"
    if _other_ordinal(a, i, b, j):
        return "another ordinal"
    if _foreign_governors(a, i, b, j):
        return (
            "governors "
            + " ".join(a.words[k] for k in _governors(a, i))
            + " / "
            + " ".join(b.words[k] for k in _governors(b, j))
        )
    return None


# Words of the phrase before a value read for what kind of sum it is (asked for or given).
STANDING_REACH = 5


def _standing(claim: Claim, i: int) -> str | None:
    """ "asked" when the phrase before a value says it was requested or is needed ("طلبت الأمم
    المتحدة هبات بقيمة 3 مليارات"), "given" when it says it was pledged or paid ("تعهدات بقيمة
    2.01 مليار"); None otherwise.  The nearest such word wins."""
    k = i - 1
    while k >= 0 and i - k <= STANDING_REACH and not claim.breaks[k]:
        word = _strip_conj(claim.tokens[k])
        forms = {word, _unprefixed(word), stem(word), _unprefixed(stem(word))}
        if forms & lx.ASKED_SUMS:
            return "asked"
        if forms & lx.GIVEN_SUMS:
            return "given"
        k -= 1
    return None


def _asked_vs_given(a: Claim, i: int, b: Claim, j: int) -> bool:
    """A sum asked for against a sum pledged or paid: an appeal's target and what donors gave are
    two figures of one story, never one figure told twice."""
    standings = {_standing(a, i), _standing(b, j)}
    return standings == {"asked", "given"}


# A minute is at most this (extra time and stoppage included).
LAST_MINUTE = 130


def _minute_owner(claim: Claim, i: int, dual: bool = False) -> int | None:
    """The name a match minute is written after: "فاينالدوم في الدقيقة 25", "آدم لالانا (30)" —
    the token index of that name, None when the value is not such a minute.  The first of two
    minutes ("ناينجولان في الدقيقتين 86 و94") only with ``dual``: after two names ("كومباني
    وغوندوغان في الدقيقتين 25 و30") whose is which is in the order, so it says who scored, not
    which minute is whose."""
    tokens = claim.tokens
    value = _number_value_at(claim, i)
    if value is None or not 0 < value <= LAST_MINUTE:
        return None
    if i and tokens[i - 1] in ("الدقيقتين", "دقيقتين") and not dual:
        return None
    if stem(tokens[i - 1]).startswith("دقيق") if i else False:
        k = i - 2
        if k >= 0 and tokens[k] == "في":
            k -= 1
        if k >= 0 and not claim.breaks[k] and _name_like(claim, k):
            return k
        return None
    # "لالانا (30)": a bare number in parentheses right after a name
    between = claim.text[claim.spans[i - 1][1] : claim.spans[i][0]] if i else ""
    if between.strip() == "(" and _name_like(claim, i - 1):
        after = claim.text[claim.spans[i][1] : claim.spans[i][1] + 2].strip()
        return i - 1 if after.startswith(")") else None
    return None


ORDINAL_REACH = 5


def _ordinals_near(claim: Claim, i: int) -> set[int]:
    """Ordinals written next to a value ("الهدف الخامس في الدقيقة 85", "الدقيقة 29 حين سجل الهدف
    الثالث"), up to the clause's edge."""
    out: set[int] = set()
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(claim.tokens) and abs(k - i) <= ORDINAL_REACH:
            if (step < 0 and claim.breaks[k]) or (step > 0 and claim.breaks[k - 1]):
                break
            if _number_value_at(claim, k) is not None:
                break  # the next value's words
            word = re.sub(r"^ال", "", _strip_conj(claim.tokens[k]))
            value = lx.ORDINAL_WORDS.get(stem(word), lx.ORDINAL_WORDS.get(word))
            if value is not None and value > 1:
                out.add(value)
            k += step
    return out


def _other_ordinal(a: Claim, i: int, b: Claim, j: int) -> bool:
    """The fourth goal's minute is no rival for the fifth's: both values carry an ordinal and the
    ordinals differ."""
    near_a, near_b = _ordinals_near(a, i), _ordinals_near(b, j)
    return bool(near_a and near_b and not near_a & near_b)


def _number_value_at(claim: Claim, i: int) -> float | None:
    for q in claim.quantities:
        if q.index == i:
            return q.value
    return None


def _foreign_minute_owner(a: Claim, i: int, b: Claim, j: int) -> bool:
    """In a list of goals, a minute written after a player (a two-word name) whom the other
    statement never names is that player's minute ("ماني في الدقيقة 9 وجيورجينهو فاينالدوم في
    الدقيقة 25" / "ميلنر … في الدقيقة 15"): another goal.  A single minute is left alone: its
    scorer is often spelt another way on the other side (جيسوس / خسيوس)."""
    for claim, k, other in ((a, i, b), (b, j, a)):
        owner = _minute_owner(claim, k, dual=True)
        if owner is None or owner == 0 or not _name_like(claim, owner - 1) or claim.breaks[owner - 1]:
            continue
        listed = sum(1 for q in claim.quantities if _minute_owner(claim, q.index, dual=True) is not None)
        if listed >= 2 and not any(same_word(claim.stems[owner], w) for w in other.stems):
            return True
    return False


def _minutes(a: Claim, b: Claim, dice: float, related: bool) -> str | None:
    """One player, one minute each, different: "لالانا في الدقيقة 31" / "لالانا (30)" (a minute in
    parentheses after a name, which the number rule sets aside as an aside)."""
    if not related:
        return None

    def owned(claim: Claim) -> dict[str, list[tuple[Quantity, str]]]:
        out: dict[str, list[tuple[Quantity, str]]] = {}
        for q in claim.quantities:
            k = _minute_owner(claim, q.index)
            if k is not None:
                out.setdefault(claim.stems[k], []).append((q, claim.words[k]))
        return out

    mine, theirs = owned(a), owned(b)
    for name, xs in mine.items():
        for other, ys in theirs.items():
            if not same_word(name, other) or len(xs) != 1 or len(ys) != 1:
                continue
            (x, word), (y, _) = xs[0], ys[0]
            if x.value != y.value and (x.aside or y.aside):
                return f"minute: {word} {_fmt(x)} ≠ {_fmt(y)}"
    return None


# Tokens either side of a value within which a named entity or a weekday is taken to be said of it.
ACTOR_REACH = 8
TIME_REACH = 8
# Content words before a value read as what governs it.
GOVERNOR_WORDS = 2


@lru_cache(maxsize=2048)
def _mentions(text: str) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Named-entity mentions of a statement: (type, run of claim-token indexes), by the NER tagger."""
    from marsad.extract.entities import find_mentions  # heavy model: loaded on the first value conflict

    claim = read_claim(text)
    out = []
    for mention in find_mentions(text, "compare"):
        run = tuple(k for k, (s, e) in enumerate(claim.spans) if s < mention.end and e > mention.start)
        if run:
            out.append((mention.type or "", run))
    return tuple(out)


def _name_words(claim: Claim, run: tuple[int, ...]) -> list[str]:
    return [claim.stems[k] for k in run if len(claim.stems[k]) >= 3 and claim.tokens[k] not in lx.STOPWORDS]


def _dateline_end(claim: Claim) -> int:
    """First token after a dateline ("أتلانتا، الولايات المتحدة الأمريكية (CNN) --"), else 0."""
    latin = [k for k, t in enumerate(claim.tokens[:10]) if t.isascii() and not t.isdigit()]
    return latin[-1] + 1 if latin else 0


def _nearest_mention(claim: Claim, i: int) -> tuple[str, tuple[int, ...]] | None:
    """The named entity closest to token ``i`` (within ACTOR_REACH, a dateline's place left out)."""
    best = None
    start = _dateline_end(claim)
    for kind, run in _mentions(claim.text):
        if run[-1] < start:
            continue
        distance = min(abs(m - i) for m in run)
        if distance <= ACTOR_REACH and (best is None or distance < best[0]):
            best = (distance, kind, run)
    return (best[1], best[2]) if best else None


def _foreign_actors(a: Claim, i: int, b: Claim, j: int) -> tuple[str, str] | None:
    """The named entities nearest the two values are both people or both bodies/places, different,
    and one of them is never named by the other statement (Arsenal's 51 points / Leganes's 36; a
    pass from Robertson / an assist to Firmino): two who's, two slots.  Two names both statements
    give (England and Tunisia, the scorer and the side that conceded) may just be ordered
    differently."""
    near_a, near_b = _nearest_mention(a, i), _nearest_mention(b, j)
    # People against people, bodies/places against bodies/places: the tagger often calls a city
    # a club or a team a place (ليون ORG / كييف LOC), so those two types are one here.
    if not near_a or not near_b or (near_a[0] == "PER") != (near_b[0] == "PER"):
        return None
    words_a, words_b = _name_words(a, near_a[1]), _name_words(b, near_b[1])
    if not words_a or not words_b or any(_stem_match(x, y) for x in words_a for y in words_b):
        return None
    named_a, named_b = _mentioned_in(a, near_a[1], b), _mentioned_in(b, near_b[1], a)
    if (named_a and named_b) or (near_a[0] != near_b[0] and (named_a or named_b)):
        return None  # a place against a body needs both to be unknown to the other statement
    return " ".join(a.words[k] for k in near_a[1]), " ".join(b.words[k] for k in near_b[1])


def _mentioned_in(claim: Claim, run: tuple[int, ...], other: Claim) -> bool:
    return any(_stem_match(w, other.stems[m]) for w in _name_words(claim, run) for m in other.content)


def _governors(claim: Claim, i: int) -> list[int]:
    """The content words right before a value in its phrase ("ستوفر نحو 50", "مقتل 180"): what
    the value is the object or measure of."""
    out: list[int] = []
    k = i - 1
    content = set(claim.content)
    while k >= 0 and len(out) < GOVERNOR_WORDS and not claim.breaks[k]:
        if k in content and not claim.tokens[k][:1].isdigit():
            out.append(k)
        k -= 1
    return out


def _same_family(x: str, y: str) -> bool:
    """Two words of one predicate: the same word, a listed paraphrase, the same kind of casualty
    (مقتل / قتل / أودى بحياة) or the same rough root (إرسال / أرسلت)."""
    if _stem_match(stem(x), stem(y)):
        return True
    kinds = _casualty_word(x), _casualty_word(y)
    if kinds[0] is not None and kinds[0] == kinds[1]:
        return True
    root_x, root_y = _skeleton(x), _skeleton(y)
    root_x = root_x[1:] if len(root_x) > 3 and root_x[0] == "م" else root_x
    root_y = root_y[1:] if len(root_y) > 3 and root_y[0] == "م" else root_y
    return len(root_x) >= 3 and root_x == root_y


def _casualty_word(token: str) -> str | None:
    plain = _strip_conj(token)
    forms = {plain, _unprefixed(plain), stem(plain), _unprefixed(stem(plain))}
    for kind, group in (("killed", lx.KILLED), ("injured", lx.INJURED)):
        if any(same_word(form, g) for form in forms for g in group):
            return kind
    return None


def _foreign_governors(a: Claim, i: int, b: Claim, j: int) -> bool:
    """Neither value's governing words occur in the other statement, in any form ("ستوفر 50
    مليار" / "كان مقدرا بنحو 139 مليار"; "قيمتها 26 مليار" for a deal / "قيمة سوقية تبلغ 55"):
    each value answers a different question."""
    gov_a, gov_b = _governors(a, i), _governors(b, j)
    if not gov_a or not gov_b:
        return False
    tokens_a = [a.tokens[k] for k in a.content]
    tokens_b = [b.tokens[k] for k in b.content]
    found_a = any(_same_family(a.tokens[k], t) for k in gov_a for t in tokens_b)
    found_b = any(_same_family(b.tokens[k], t) for k in gov_b for t in tokens_a)
    return not found_a and not found_b


def _nearest_weekday(claim: Claim, i: int) -> int | None:
    best: tuple[int, int] | None = None
    for k in _day_positions(claim):
        token = claim.tokens[k]
        bare = _unprefixed_conj(token)
        day = next((lx.WEEKDAYS[w] for w in (token, bare, "ال" + bare) if w in lx.WEEKDAYS), None)
        if day is None or abs(k - i) > TIME_REACH:
            continue
        if best is None or abs(k - i) < best[0]:
            best = (abs(k - i), day)
    return best[1] if best else None


def _unprefixed_conj(token: str) -> str:
    return token[1:] if token[:1] in "وفب" and len(token) > 3 else token


def _other_times(a: Claim, i: int, b: Claim, j: int) -> bool:
    """The weekday nearest each value differs ("8 مدنيين … السبت" / "الجمعة عن مقتل 40 مدنيا"),
    even when each statement names both days."""
    day_a, day_b = _nearest_weekday(a, i), _nearest_weekday(b, j)
    return day_a is not None and day_b is not None and day_a != day_b


def _other_days(a: Claim, b: Claim) -> bool:
    """Both statements are dated by weekdays, and by different ones."""
    return bool(a.weekdays and b.weekdays and not a.weekdays & b.weekdays)


def _part_of_group(claim: Claim, q: Quantity) -> bool:
    """ "بينهم 14 طفلا", "منهم 12 دبلوماسيا" (not "من بين 80 مباراة", which gives the whole)."""
    window = claim.tokens[max(0, q.index - 3) : q.index]
    return any(t in lx.SUBSET_MARKERS or t[1:] in lx.SUBSET_MARKERS for t in window)


def _whole(claim: Claim, q: Quantity) -> Quantity | None:
    """For a part ("80 شخصا، من بينهم 14 طفلا"), the count it is part of: the nearest one before."""
    earlier = [p for p in claim.quantities if p.index < q.index]
    return earlier[-1] if earlier else None


def _same_group(a: Claim, x: Quantity, b: Claim, y: Quantity) -> bool:
    """A part is compared only with a part, and only of the same whole: "بينهم 14 طفلا" of 80 dead
    and "بينهم 13 طفلا" of 64 dead count children of two different tolls."""
    part_x, part_y = _part_of_group(a, x), _part_of_group(b, y)
    if part_x != part_y:
        return False
    if not part_x:
        return True
    whole_x, whole_y = _whole(a, x), _whole(b, y)
    return whole_x is None or whole_y is None or _compatible(whole_x, whole_y)


def _another_slot_differs(a: Claim, b: Claim, x: Quantity, y: Quantity) -> bool:
    """A second exact figure of another kind differs as well ("1.25 مليار دولار أجلها 5 سنوات" /
    "1.75 مليار دولار أجلها عشر سنوات"): two items of one story, not one item told two ways.
    Tolls are the exception: the dead and the injured are revised together."""
    for x2 in a.quantities:
        if x2 is x or _units_match(x2, x) or not x2.unit:
            continue
        if x2.low != x2.high:
            continue  # "حوالي 45 دقيقة" / "50 دقيقة": an approximate figure is no second difference
        others = [y2 for y2 in b.quantities if y2 is not y and _units_match(x2, y2) and y2.low == y2.high]
        differs = others and not any(_compatible(x2, y2) for y2 in others)
        if differs and not (_casualty(x) and _casualty(x2)):
            return True
    return False


_OUT_OF = frozenset(["بين", "اصل", "مجموع", "اجمالي"])


def _part_or_whole(claim: Claim, q: Quantity) -> bool:
    """ "17 مباراة من بين 37", "54 مقعدا من أصل 329": a part and its whole, each a different count
    from a plain figure for the same noun."""
    tokens = claim.tokens
    after = q.index + len(q.text.split())
    for k in range(after, min(len(tokens) - 2, after + 2)):
        if tokens[k] == "من" and tokens[k + 1] in _OUT_OF and tokens[k + 2][:1].isdigit():
            return True
    return q.index >= 2 and tokens[q.index - 2] == "من" and tokens[q.index - 1] in _OUT_OF


# "في آخر خمس مباريات": the last / first N pick a stretch, they do not count the whole.
_WINDOW = frozenset(["اخر", "اول", "اخير", "اوائل"])
# "بانخفاض 409 آلاف عن الربع المقابل", "بفارق ثلاث نقاط": a change or a gap, measured from a baseline.
_DELTA = frozenset(["فارق", "انخفاض", "زياده", "تراجع", "ارتفاع", "نمو", "تقدم"])


# A toll over a stretch of time ("خلال هذه الفترة", "الأسابيع الماضية", "منذ 18 شباط") is a running
# total; a toll without one is a single event's: the two are different numbers.
_PERIOD_WORDS = frozenset(["منذ", "خلال", "طيله", "مدار"])
_PERIOD_NOUNS = frozenset(["اسابيع", "اشهر", "شهور", "ايام", "سنوات", "اعوام", "عقود"])


def _headcount(q: Quantity) -> bool:
    """A count of people or of the dead / injured: the counts that run up over time."""
    return _casualty(q) is not None or _is_person_count(q) or bool(q.unit & lx.PEOPLE_WORDS)


# Two head counts this far apart are a day's toll and a whole campaign's ("مقتل 900 من المدنيين" in
# the operations / "مقتل 12 مدنيا" on Sunday), not one toll told twice: early and late counts of one
# event differ by a few times at most (the labelled sets: 16 vs 150 at the widest).
HEADCOUNT_MAX_RATIO = 20.0


def _conversion(claim: Claim, q: Quantity) -> bool:
    """A value in parentheses right after a sum ("مقابل ملياري درهم (544.6 مليون دولار)"): the sum
    converted at some rate; two outlets' conversions of one sum differ by their rates."""
    if not q.aside:
        return False
    at = claim.spans[q.index][0]
    opened = claim.text.rfind("(", 0, at)
    before = claim.text[:opened].split()
    if not before:
        return False
    last = normalize(before[-1])
    return last[:1].isdigit() or _bare_word(last) in lx.CURRENCIES or _bare_word(last) in lx.SCALES


def _bare_word(word: str) -> str:
    return re.sub(r"^(?:و|ف|ب|ل)?(?:ال)?", "", word)


# Units of time: "بالسجن 14 عاما" / "بالسجن 14 يوما" are one sentence told in years and in days.
_DURATION_DAYS = {
    **dict.fromkeys(["عام", "اعوام", "سنه", "سنوات", "سنين", "عاما"], 365.0),
    **dict.fromkeys(["شهر", "اشهر", "شهور"], 30.0),
    **dict.fromkeys(["اسبوع", "اسابيع"], 7.0),
    **dict.fromkeys(["يوم", "ايام", "يوما"], 1.0),
}


def _days(q: Quantity) -> float | None:
    kinds = {_DURATION_DAYS[u] for u in q.unit if u in _DURATION_DAYS}
    return q.value * kinds.pop() if len(kinds) == 1 else None


def _durations(a: Claim, b: Claim, dice: float, related: bool) -> str | None:
    """One duration each after the same word, in different units that make them unequal: "حكما
    بالسجن 14 عاما" / "بالسجن 14 يوما" (the number rule reads years and days as two units)."""
    if not related:
        return None
    xs = [q for q in a.quantities if _days(q) is not None]
    ys = [q for q in b.quantities if _days(q) is not None]
    if len(xs) != 1 or len(ys) != 1:
        return None
    x, y = xs[0], ys[0]
    if _units_match(x, y) or not (x.before and y.before):
        return None  # same unit: the number rule decides
    if not any(same_word(u, v) for u in x.before for v in y.before):
        return None
    if _days(x) == _days(y) or x.at_least or y.at_least or x.high != x.low or y.high != y.low:
        return None
    return f"number: {_fmt(x)} ≠ {_fmt(y)}"


def _day_and_campaign(x: Quantity, y: Quantity) -> bool:
    if not (_headcount(x) and _headcount(y)) or min(x.value, y.value) <= 0:
        return False
    return max(x.value, y.value) / min(x.value, y.value) > HEADCOUNT_MAX_RATIO


def _period(claim: Claim) -> bool:
    tokens = [_strip_conj(t) for t in claim.tokens]
    if any(t in _PERIOD_WORDS for t in tokens):
        return True
    # "الأسابيع الماضية", "الأيام التسعة الماضية"
    return any(
        re.sub(r"^ال", "", t) in _PERIOD_NOUNS and any(w.startswith("الماضي") for w in tokens[k + 1 : k + 3])
        for k, t in enumerate(tokens)
    )


def _stretch(claim: Claim) -> bool:
    """A change measured over a stretch of time ("منذ بداية العام", "هذا العام", "السنوات الخمس
    الأخيرة", "خلال الأشهر الستة"), which adds up the day's changes; "خلال زيارة" is no stretch."""
    tokens = [_strip_conj(t) for t in claim.tokens]
    for k, t in enumerate(tokens):
        if t == "منذ":
            return True
        if t in ("العام", "السنه") and k and tokens[k - 1] in ("هذا", "هذه"):
            return True
        bare = re.sub(r"^ال", "", t)
        if bare in _PERIOD_NOUNS and any(w.startswith(("الماضي", "الاخير")) for w in tokens[k + 1 : k + 3]):
            return True
        if t in _PERIOD_WORDS and any(re.sub(r"^ال", "", w) in _PERIOD_NOUNS for w in tokens[k + 1 : k + 3]):
            return True
    return False


# Verbs of losing or gaining value: "خسرت الليرة 1.6 بالمائة", "فقدت أكثر من 40 بالمئة".
_LOSS_VERBS = frozenset(["خسر", "خسرت", "فقد", "فقدت", "يخسر", "تخسر", "يفقد", "تفقد"])
CHANGE_REACH = 5


def _change(claim: Claim, q: Quantity) -> bool:
    """A value that is a change (a fall, a rise, a loss): over a stretch of time it adds up."""
    for k in range(q.index - 1, max(-1, q.index - CHANGE_REACH - 1), -1):
        word = _strip_conj(claim.tokens[k])
        if word in lx.CHANGE_VERBS or word in _LOSS_VERBS or stem(word) in _DELTA:
            return True
    return False


def _window_count(claim: Claim, q: Quantity) -> bool:
    return q.index >= 1 and _strip_conj(claim.tokens[q.index - 1]) in _WINDOW


EXPECTATION_REACH = 10


def _unasserted(claim: Claim, q: Quantity) -> str | None:
    """A number the statement does not assert as what happened: an aside in parentheses ("روجر هانت
    (42 هدفا)") or what someone expected ("توقعوا أن يحصد ما لا يقل عن 60 مقعدا").  Such a number
    is compared only with one of the same standing (two ages in parentheses, two forecasts): the
    kind is returned, None for an asserted number."""
    if q.aside:
        return "aside"
    if any(_strip_conj(t) in _PROGRESS for t in claim.tokens[max(0, q.index - 2) : q.index]):
        return "progress"  # "بعد فرز 50 بالمئة من الأصوات": how far the count has got
    for k in range(q.index - 1, max(-1, q.index - EXPECTATION_REACH - 1), -1):
        if claim.breaks[k]:
            break
        if _strip_conj(claim.tokens[k]) in lx.EXPECTATION or claim.tokens[k] in lx.EXPECTATION:
            return "expected"
    return None


_PROGRESS = frozenset(["فرز", "بفرز"])
_POLL = frozenset(["استطلاع", "استطلاعات", "الاستطلاع", "لاستطلاع", "باستطلاع"])


def _poll(claim: Claim) -> bool:
    return any(_strip_conj(t) in _POLL for t in claim.tokens)


# "وبدء تنفيذ أول دفعة": a sum that comes in parts (tranches, stages) — a figure of the other
# statement may be the whole or one part.
_PART_NOUNS = frozenset(["دفعه", "شريحه", "مرحله", "قسط"])
_FIRST = frozenset(["اول", "الاولي", "اولي"])


def _in_parts(claim: Claim) -> bool:
    tokens = [re.sub(r"^ال", "", _strip_conj(t)) for t in claim.tokens]
    for k, token in enumerate(tokens):
        first = (k and tokens[k - 1] in _FIRST) or (k + 1 < len(tokens) and claim.tokens[k + 1] in _FIRST)
        if token in _PART_NOUNS and first:
            return True
    return False


def _trading(claim: Claim) -> bool:
    return any(t in lx.TRADING or _strip_conj(t) in lx.TRADING for t in claim.tokens)


def _delta_baseline(claim: Claim, q: Quantity) -> frozenset[str] | None:
    """For a change or gap ("بانخفاض N عن الربع الرابع"), the baseline's words; None for a level."""
    raw = [_strip_conj(t) for t in claim.tokens[max(0, q.index - 2) : q.index]]
    if any(t in lx.REMAINDER for t in raw) or raw == ["علي", "بعد"]:
        # "بقي له 4 أهداف ليعادل", "على بعد أربعة أهداف من": what is left to a mark, not a level
        return frozenset(["remainder"])
    end = q.index + len(q.text.split())
    if any(_strip_conj(t) in lx.ADDITIONAL for t in claim.tokens[q.index + 1 : end + 2]):
        return frozenset(["increment"])  # "و500 مليون دولار إضافية": added to another sum
    before = [re.sub(r"^(?:ب|و|وب)", "", t) for t in claim.tokens[max(0, q.index - 2) : q.index]]
    if not any(t in _DELTA or ("ال" + t) in _DELTA or t[2:] in _DELTA for t in before):
        return None
    after = q.index + len(q.text.split())
    words = claim.tokens[after : after + 5]
    start = next((k for k, t in enumerate(words) if t in ("عن", "من", "مقارنه", "علي")), None)
    if start is None:
        return frozenset()
    return frozenset(stem(t) for t in words[start + 1 : start + 4] if t not in lx.STOPWORDS)


def _same_delta(a: Claim, x: Quantity, b: Claim, y: Quantity) -> bool:
    """Two levels, or two changes from one baseline: only those compare."""
    base_x, base_y = _delta_baseline(a, x), _delta_baseline(b, y)
    if base_x is None or base_y is None:
        return base_x is None and base_y is None
    return base_x == base_y or not base_x or not base_y


_DUAL = ("تين", "تي", "تان")


def _duals(a: Claim, b: Claim, dice: float, related: bool) -> str | None:
    """A feminine dual (ركلتي, two) against the singular (ركلة, one) between the same neighbours."""
    if not related:
        return None
    for first, second in ((a, b), (b, a)):
        for i, token in enumerate(first.tokens):
            body = next(
                (token[: -len(d)] for d in _DUAL if token.endswith(d) and len(token) - len(d) >= 3), None
            )
            if body is None or i == 0 or i + 1 >= len(first.tokens):
                continue
            for j in range(1, len(second.tokens) - 1):
                if second.tokens[j] != body + "ه":
                    continue
                if (
                    second.tokens[j - 1] == first.tokens[i - 1]
                    and second.tokens[j + 1] == first.tokens[i + 1]
                ):
                    if any(t.startswith(body) and t.endswith(_DUAL) for t in second.tokens):
                        continue
                    dual, single = (first.words[i], second.words[j])
                    if first is b:
                        dual, single = single, dual
                    return f"number (dual/singular): {dual} ≠ {single}"
    return None


def _same_month(x: str, y: str) -> bool:
    """Two names of one month (أبريل / نيسان)."""
    months = [lx.MONTHS.get(t) or lx.MONTHS.get(t[1:]) or lx.MONTHS.get(t[2:]) for t in (x, y)]
    return months[0] is not None and months[0] == months[1]


def _member(word: str, group: frozenset[str]) -> bool:
    """Whether a stem is one of the group's words exactly ("يومي", not "يوم": daily, not a day)."""
    bare = re.sub(r"^(?:ال|بال|لل|ب|ل)(?=\w{3,})", "", _strip_conj(word))
    return bare in group or bare.removesuffix("ه") in group


def _exclusive(x: str, y: str) -> bool:
    """Two different members of one group of mutually exclusive words (annual/monthly, north/south)."""
    if same_word(x, y) or same_word(_unprefixed(x), _unprefixed(y)):
        return False
    return any(_member(x, group) and _member(y, group) for group in lx.CONTRASTS)


def _exclusive_differs(a: Claim, b: Claim) -> bool:
    for group in lx.CONTRASTS:
        in_a = {s for s in a.content_stems if _member(s, group)}
        in_b = {s for s in b.content_stems if _member(s, group)}
        if in_a and in_b and not any(same_word(x, y) for x in in_a for y in in_b):
            return True
    return False


def _dates(a: Claim, b: Claim, dice: float, related: bool) -> str | None:
    """A month both statements date something in, with disjoint days."""
    if not (a.dates and b.dates) or not related:
        return None
    for month in sorted({m for m, _ in a.dates} & {m for m, _ in b.dates}):
        days_a = {d for m, d in a.dates if m == month}
        days_b = {d for m, d in b.dates if m == month}
        if days_a & days_b:
            continue
        # "في 8 يونيو … وفي 14 من الشهر الجاري": the other day is named too, without the month.
        if days_b & _day_numbers(a) or days_a & _day_numbers(b):
            continue
        at_a, at_b = _token_of(a, min(days_a)), _token_of(b, min(days_b))
        if at_a is not None and at_b is not None and _foreign_actors(a, at_a, b, at_b):
            continue  # "مرسيليا وأتلتيكو … في 16 مايو" / "ريال مدريد وليفربول … في 26 مايو": two finals
        if at_a is not None and at_b is not None and _foreign_governors(a, at_a, b, at_b):
            continue  # "بتقديم دفاعها في 14 سبتمبر" / "ما اعتزمت القيام به في تاريخ 9 سبتمبر": two acts
        return f"date: {min(days_a)}/{month} ≠ {min(days_b)}/{month}"
    return None


def _token_of(claim: Claim, day: int) -> int | None:
    """Index of the first token written as the number ``day``."""
    return next((k for k, t in enumerate(claim.tokens) if t.isdigit() and int(t) == day), None)


def _counts_differ(a: Claim, b: Claim) -> bool:
    """The two statements count the same thing (or people) differently: a count with no
    compatible count of its kind on the other side (five arrested, three killed and six hurt on
    both sides are the same counts, however worded)."""
    for first, second in ((a, b), (b, a)):
        for x in first.quantities:
            kin = [y for y in second.quantities if _units_match(x, y) or (_headcount(x) and _headcount(y))]
            if kin and not any(_compatible(x, y) for y in kin):
                return True
    return False


def _first_destination(claim: Claim) -> str | None:
    """The stem of the first content word after "إلى": where the statement's movement goes."""
    content = set(claim.content)
    for k, token in enumerate(claim.tokens[:-1]):
        if token == "الي" and k + 1 in content:
            return claim.stems[k + 1]
    return None


def _day_numbers(claim: Claim) -> set[int]:
    """Days given without a month name: "14 من الشهر الجاري", "14 الجاري"."""
    tokens = claim.tokens
    out = set()
    for k, t in enumerate(tokens[:-1]):
        if not (t.isdigit() and 1 <= int(t) <= 31):
            continue
        if tokens[k + 1] in ("الجاري", "الحالي") or tokens[k + 1 : k + 3] == ["من", "الشهر"]:
            out.add(int(t))
    return out


def _weekdays(a: Claim, b: Claim, dice: float, related: bool) -> str | None:
    """One weekday each, different, and said of the same thing (shared words around the day)."""
    if not (a.weekdays and b.weekdays) or a.weekdays & b.weekdays:
        return None
    if len(a.weekdays) > 1 or len(b.weekdays) > 1:
        return None
    if _reporting_day(a) or _reporting_day(b):
        return None
    if _deadline_day(a) or _deadline_day(b) or _clock_day(a) or _clock_day(b):
        return None
    scores_a, scores_b = _scores(a), _scores(b)
    if scores_a and scores_b and not scores_a & scores_b:
        return None  # "5-2، الثلاثاء" / "1-2 الأربعاء": two results, two matches
    if _counts_differ(a, b):
        return None  # "قتل 11 مدنيا السبت" / "قتل 43 مدنيا الجمعة": the day tells two events apart
    to_a, to_b = _first_destination(a), _first_destination(b)
    if to_a and to_b and not same_word(to_a, to_b):
        return None  # "يتوجه إلى إسرائيل الاثنين" / "توجه إلى الأردن الأحد": two legs of a trip
    verb_a, verb_b = _lead_day_verb(a), _lead_day_verb(b)
    if verb_a and verb_b and not (_same_verb(verb_a, verb_b) or synonyms(stem(verb_a), stem(verb_b))):
        return None  # "حذرت تركيا، الثلاثاء" / "انتقد الرئيس التركي، الأربعاء": two acts, two days
    around_a, around_b = _around_weekday(a), _around_weekday(b)
    if not any(same_word(x, y) or synonyms(x, y) for x in around_a for y in around_b):
        return None
    phases_a, phases_b = _visit_phases(a), _visit_phases(b)
    if phases_a and phases_b and not phases_a & phases_b:
        return None  # "سينهي زيارته الأربعاء" / "وصل … الثلاثاء": the end and the start of one visit
    day_a, day_b = _day_positions(a), _day_positions(b)
    if day_a and day_b and _foreign_actors(a, day_a[0], b, day_b[0]):
        return None  # "وصل … إلى ستوكهولم يوم الخميس" / "أنهوا السبت محادثات": two acts of a visit
    names = {v: k for k, v in lx.WEEKDAYS.items()}
    return f"day: {names[min(a.weekdays)]} ≠ {names[min(b.weekdays)]}"


# Phases of a visit or a meeting: a day said of its start and a day said of its end are two days.
_PHASES = {**dict.fromkeys(lx.VISIT_START, "start"), **dict.fromkeys(lx.VISIT_END, "end")}
PHASE_REACH = 8


def _visit_phases(claim: Claim) -> set[str]:
    """Which phase (start / end) the words before each weekday name."""
    out: set[str] = set()
    for day in _day_positions(claim):
        for k in range(max(0, day - PHASE_REACH), day):
            phase = _PHASES.get(_strip_conj(claim.tokens[k]))
            if phase:
                out.add(phase)
    return out


def _reporting_day(claim: Claim) -> bool:
    """The weekday follows a reporting verb ("أعلن البيت الأبيض، الثلاثاء"): the day of the report."""
    lead = _lead_day_verb(claim)
    if lead is not None and (lead in lx.CUE_VERBS or _verb_core(lead) in lx.CUE_VERBS):
        return True  # "قال وزير الخارجية الفرنسي جان إيف لودريان، الأربعاء": the report's day
    days = {"ال" + k[2:] for k in lx.WEEKDAYS} | set(lx.WEEKDAYS)
    for i, token in enumerate(claim.tokens):
        if token in days or token[1:] in days:
            window = claim.tokens[max(0, i - 4) : i]
            if any(w in lx.CUE_VERBS or w[1:] in lx.CUE_VERBS for w in window):
                return True
    return False


# A weekday this close to the start of the sentence, with no "أن/إن" before it, dates the
# sentence's leading verb ("قرر الرئيس الأميركي دونالد ترمب، الثلاثاء، …").
LEAD_DAY_REACH = 10
_COMPLEMENTIZERS = frozenset(["ان", "انه", "انها", "بان", "وان"])
# "حتى نهاية الثلاثاء", "قبل الجمعة": a deadline or a reference point, not when the event happened.
_DEADLINE = frozenset(["حتي", "قبل", "منذ", "نهايه", "مهله", "غدا"])  # not بعد: "بعد ظهر الثلاثاء"


def _day_positions(claim: Claim) -> list[int]:
    days = {"ال" + k[2:] for k in lx.WEEKDAYS} | set(lx.WEEKDAYS)
    return [i for i, t in enumerate(claim.tokens) if t in days or t[1:] in days]


def _lead_day_verb(claim: Claim) -> str | None:
    """The sentence's first word when the weekday dates it (near the start, before any "أن")."""
    positions = _day_positions(claim)
    # A dateline ("دبي، الإمارات العربية المتحدة (CNN)--") is not the sentence: start after it.
    latin = [i for i, t in enumerate(claim.tokens[:8]) if t.isascii() and not t.isdigit()]
    start = latin[-1] + 1 if latin else 0
    if not positions or not start <= positions[0] - 1 <= start + LEAD_DAY_REACH:
        return None
    head = _strip_conj(claim.tokens[start])
    if (head in lx.STOPWORDS and head not in lx.CUE_VERBS) or head.isdigit():
        return None
    if any(_strip_conj(t) in _COMPLEMENTIZERS for t in claim.tokens[start + 1 : positions[0]]):
        return None
    return head


def _deadline_day(claim: Claim) -> bool:
    """Every weekday of the statement is a deadline or reference point ("حتى نهاية الثلاثاء")."""
    positions = _day_positions(claim)
    return bool(positions) and all(
        any(_strip_conj(t) in _DEADLINE for t in claim.tokens[max(0, i - 2) : i]) for i in positions
    )


_CLOCK_ZONE = frozenset(["غرينتش", "توقيت", "بتوقيت"])


def _clock_day(claim: Claim) -> bool:
    """Every weekday of the statement names the day of a clock time in another zone
    ("22:58 بتوقيت غرينتش الأحد"): the event's local day may be the next one."""
    positions = _day_positions(claim)
    return bool(positions) and all(
        any(
            _strip_conj(t) in ("غرينتش", "توقيت", "بتوقيت") or ":" in t
            for t in claim.tokens[max(0, i - 3) : i]
        )
        for i in positions
    )


# A full stop or comma right after a result ends the sentence or clause ("فوزه 2-صفر."), it does
# not make a decimal or a date.
_SCORE = re.compile(r"(?<![\d.,/:])(\d{1,2}|صفر)\s*[-–]\s*(\d{1,2}|صفر)(?!\d|[.,/:]\d)")


_SHOOTOUT = frozenset(["الترجيح", "الترجيحيه", "ترجيح"])


def _results(a: Claim, b: Claim, dice: float, related: bool) -> str | None:
    """One match result each, different, in two statements worded alike ("ويفوز 6-1" / "ويفوز 4-1")."""
    if dice < SCORE_MIN_DICE or _other_days(a, b):
        return None  # two days: two matches
    sa, sb = _scores(a), _scores(b)
    if len(sa) != 1 or len(sb) != 1 or sa == sb:
        return None
    if any(t in _SHOOTOUT for t in a.tokens) != any(t in _SHOOTOUT for t in b.tokens):
        return None  # "1-1" after extra time against "4-3" on penalties
    (x1, x2), (y1, y2) = next(iter(sa)), next(iter(sb))
    return f"result: {x1}-{x2} ≠ {y1}-{y2}"


def _scores(claim: Claim) -> set[tuple[int, int]]:
    """Match results in the statement ("2-1", "صفر-3"), each as an unordered pair."""
    out = set()
    for m in _SCORE.finditer(claim.text):
        x, y = (0 if g == "صفر" else int(g) for g in m.groups())
        out.add((min(x, y), max(x, y)))
    return out


_TIME_OF_DAY = frozenset(["يوم", "ليل", "ليله", "صباح", "مساء", "فجر", "ظهر", "عصر", "اليوم", "امس", "غدا"])


def _around_weekday(claim: Claim, reach: int = 3) -> set[str]:
    """Content stems within ``reach`` content words of the weekday: what the day is said of."""
    days = {"ال" + k[2:] for k in lx.WEEKDAYS} | set(lx.WEEKDAYS)
    positions = [
        n for n, i in enumerate(claim.content) if claim.tokens[i] in days or claim.tokens[i][1:] in days
    ]
    out: set[str] = set()
    for n in positions:
        for m in range(max(0, n - reach), min(len(claim.content), n + reach + 1)):
            word = claim.stems[claim.content[m]]
            if m != n and not word.isdigit() and word not in _TIME_OF_DAY:
                out.add(word)
    return out


def _contains(claim: Claim, word: str) -> bool:
    return any(same_word(word, s) for s in claim.content_stems)


def _is_nisba(token: str) -> bool:
    """Definite relational adjective (الـ…ي / الـ…ية): a classifying modifier such as القومي.

    Only the definite form is trusted: indefinite words ending in ي are as often names (ساني).
    """
    match = re.match(r"^(?:[وف])?(?:ال|بال|لل|كال)(.+)$", token)
    if not match:
        return False
    bare = match.group(1)
    return len(bare) >= 3 and (bare.endswith("ي") or bare.endswith("يه")) and token not in lx.STOPWORDS


def _in_contrast(token: str) -> bool:
    stem_ = stem(token)
    return any(_member(stem_, group) for group in lx.CONTRASTS)


def _word_cosine(x: str, y: str) -> float | None:
    return semantic.similarity(x, y)


def _contrasts(a: Claim, b: Claim, dice: float, related: bool) -> str | None:
    """The same noun followed by two different classifying adjectives (annual vs monthly)."""
    if not related or dice < MODIFIER_MIN_DICE:
        return None
    for i in a.content:
        if i + 1 >= len(a.tokens) or not (_is_nisba(a.tokens[i + 1]) or _in_contrast(a.tokens[i + 1])):
            continue
        head, mod_a = a.stems[i], a.stems[i + 1]
        if head in lx.STOPWORDS or head.isdigit():
            continue
        # A second adjective ("الاتفاق النووي الإيراني / الدولي") describes the whole phrase, like
        # an identity head's adjective: only an exclusive pair (annual/monthly) is a conflict there.
        identity = (
            any(same_word(head, h) for h in lx.IDENTITY_HEADS)
            or _is_nisba(a.tokens[i])
            # "وكالة الأنباء الرسمية / المركزية": the noun is itself the name after an identity head
            or (i > 0 and any(same_word(a.stems[i - 1], h) for h in lx.IDENTITY_HEADS))
        )
        for j in b.content:
            if j + 1 >= len(b.tokens) or not same_word(head, b.stems[j]):
                continue
            if not (_is_nisba(b.tokens[j + 1]) or _in_contrast(b.tokens[j + 1])):
                continue
            mod_b = b.stems[j + 1]
            if (
                same_word(mod_a, mod_b)
                or same_word(_unprefixed(mod_a), _unprefixed(mod_b))  # "بشمال" / "شمالي"
                or synonyms(mod_a, mod_b)
                or _contains(a, mod_b)
                or _contains(b, mod_a)
            ):
                continue
            exclusive = any(_member(mod_a, group) and _member(mod_b, group) for group in lx.CONTRASTS)
            cosine = _word_cosine(a.tokens[i + 1], b.tokens[j + 1])
            named = identity or (j > 0 and any(same_word(b.stems[j - 1], h) for h in lx.IDENTITY_HEADS))
            if exclusive or (not named and cosine is not None and cosine < SUBSTITUTION_MAX_COSINE - 0.1):
                return f"modifier: {a.tokens[i]} {a.tokens[i + 1]} ≠ {b.tokens[j]} {b.tokens[j + 1]}"
    return None


def _unprefixed(word: str) -> str:
    """A stem without a locative/instrumental ب or ل ("بشمال" → "شمال")."""
    return word[1:] if word[:1] in "بل" and len(word) > 4 else word


def _name_like(claim: Claim, i: int) -> bool:
    """A word that can be part of a person's name: not definite, not an adjective, not a title."""
    token, word = claim.tokens[i], claim.stems[i]
    return (
        i in claim.content
        and not _definite(token)
        and not _is_nisba(token)
        and not token.isdigit()
        and word not in lx.ROLES
        and not _generic(word)
    )


def _roles_near(claim: Claim, names: set[str]) -> dict[str, set[str]]:
    """Role nouns attached to each shared name: up to two words before the name ("نائب محافظ أربيل
    طاهر عبد الله", "رئيسها، بيتر سلامة") or the word right after it ("بيتر سلامة نائب مدير").

    Only words that can be names count (not "الإيراني", "البرلمان", "الفلبين": the title next to a
    nationality or an institution may be anyone's), and a title after the name must follow it
    directly ("ضد ميركل ودخل الرئيس" is another person's).
    """
    found: dict[str, set[str]] = {}
    last = len(claim.tokens) - 1
    for i in claim.content:
        name = claim.stems[i]
        if name not in names or not _name_like(claim, i):
            continue
        start, end = i, i
        while start > 0 and not claim.breaks[start - 1] and _name_like(claim, start - 1):
            start -= 1
        while end < last and not claim.breaks[end] and _name_like(claim, end + 1):
            end += 1
        after: list[int] = []  # titles right after the name ("بيتر سلامة نائب مدير")
        while len(after) < 2 and end + len(after) < last and not claim.breaks[end + len(after)]:
            following = claim.stems[end + len(after) + 1]
            if following not in lx.ROLES and not (following[:1] in "وف" and following[1:] in lx.ROLES):
                break
            after.append(end + len(after) + 1)
        around = [*range(max(0, start - 2), start), *after]
        if sum(claim.stems[k] in names for k in range(start, end + 1)) < 2:
            continue  # one shared word ("تحت", a first name) does not make one person: a full name does
        for k in around:
            role = claim.stems[k]
            role = role[1:] if role[:1] in "وف" and role[1:] in lx.ROLES else role
            if role in lx.ROLES:
                found.setdefault(name, set()).add(role)
    return found


def _role_words(claim: Claim, roles: set[str]) -> str:
    """The role nouns as written, in sentence order."""
    words = []
    for stem_, word in zip(claim.stems, claim.words, strict=True):
        bare = stem_[1:] if stem_[:1] in "وف" and stem_[1:] in roles else stem_
        if bare in roles and word not in words:
            words.append(word)
    return " ".join(words)


def _roles(a: Claim, b: Claim, dice: float, related: bool) -> str | None:
    """One person, two incompatible roles (head of vs deputy director of)."""
    shared = {
        s
        for s in a.content_stems
        if s not in lx.ROLES and not s.isdigit() and len(s) >= 3 and s in set(b.content_stems)
    }
    if not shared:
        return None
    roles_a, roles_b = _roles_near(a, shared), _roles_near(b, shared)
    names = roles_a.keys() & roles_b.keys()
    if not names:
        return None
    ra = set().union(*(roles_a[n] for n in names))
    rb = set().union(*(roles_b[n] for n in names))
    deputy = {
        r for r in (ra | rb) & lx.DEPUTY_ROLES if r in a.content_stems and r in b.content_stems
    }  # "نائب محافظ" / "نائب رئيس البلدية": compare what each is deputy of
    ra, rb = ra - deputy, rb - deputy
    if ra & lx.LEADER_ROLES and rb & lx.LEADER_ROLES and not (ra | rb) & lx.DEPUTY_ROLES:
        return None  # president / leader / director / head: one post named two ways
    if ra and rb and not ra & rb and not any(r in b.content_stems for r in ra):
        return f"role: {_role_words(a, ra)} ≠ {_role_words(b, rb)}"
    return None


def _verb_core(word: str) -> str:
    """A verb without its person/tense affixes (تشارك / شاركت / يشاركون → شارك), for polarity only."""
    core = word[1:] if len(word) > 4 and word[0] in "يتنا" else word
    for suffix in ("ون", "وا", "ن", "ت"):
        if len(core) - len(suffix) >= 3 and core.endswith(suffix):
            return core[: -len(suffix)]
    return core


def _same_verb(x: str, y: str) -> bool:
    if len(x) == len(y) == 3 and x[:2] == y[:2] and {x[2], y[2]} <= {"ا", "ي", "ت"}:
        return True  # a verb with a weak last letter: "دعا" / "دعت"
    return same_word(x, y) or same_word(_verb_core(x), _verb_core(y))


def _polarity(a: Claim, b: Claim, dice: float, related: bool) -> str | None:
    """A content word negated in one statement and affirmed (never negated) in the other."""
    if dice < POLARITY_MIN_DICE:
        return None
    for first, second in ((a, b), (b, a)):
        # A negator of its own in the affirming statement ("لن يكون اللاعب (20 عاما) … لائقا
        # للمشاركة", a typo "قتل لم جرح") means its negation's reach cannot be trusted either.
        if any(t in lx.VERBAL_NEGATORS for t in second.tokens):
            continue
        softly = _softly_negated(second)  # "ألا تتخلى" (أن لا), "من دون أن يحدد"
        for word in sorted(first.negated):
            if word in first.affirmed or any(_same_verb(word, n) for n in second.negated):
                continue
            if word in softly or any(_same_verb(word, s) for s in softly):
                continue
            if any(_same_verb(word, s) and _same_complement(first, word, second, s) for s in second.affirmed):
                sign = "نفي/إثبات" if first is a else "إثبات/نفي"
                return f"polarity ({sign}): {word}"
    return None


POLARITY_REACH = 3


def _softly_negated(claim: Claim) -> set[str]:
    """Stems negated by "ألا" (أن لا, written like "إلا") or "دون أن": never read as affirmed."""
    out = set()
    tokens = claim.tokens
    for k, t in enumerate(tokens[:-1]):
        if t in ("الا", "والا") or (t in ("دون", "بدون") and tokens[k + 1] == "ان"):
            nxt = k + 1 if t in ("الا", "والا") else k + 2
            if nxt < len(tokens):
                out.add(claim.stems[nxt])
    return out


def _neighbours(claim: Claim, word: str, after: bool) -> set[str]:
    """Content stems within ``POLARITY_REACH`` content words after (or before) ``word``."""
    out: set[str] = set()
    for n, i in enumerate(claim.content):
        if claim.stems[i] != word:
            continue
        span = (
            claim.content[n + 1 : n + 1 + POLARITY_REACH]
            if after
            else claim.content[max(0, n - POLARITY_REACH) : n]
        )
        out |= {claim.stems[k] for k in span if not claim.stems[k].isdigit()}
    return out


def _same_complement(first: Claim, x: str, second: Claim, y: str) -> bool:
    """The negated and the affirmed word say the same of the same thing: a shared word right after
    them ("لم يتحدث إلى الرئيس" / "متحدثا عن الملف" are two different talks), or before when a
    side ends there."""
    for after in (True, False):
        na, nb = _neighbours(first, x, after), _neighbours(second, y, after)
        if na and nb:
            return any(same_word(p, q) or synonyms(p, q) for p in na for q in nb)
    return True


def _destination_names(claim: Claim) -> list[tuple[int, str]]:
    """(index, stem) of the place named after "إلى [مدينة|مطار|…]": where someone or something went."""
    out = []
    for i, token in enumerate(claim.tokens[:-2]):
        if token not in ("الي", "نحو", "باتجاه"):
            continue
        kind = _PROCLITIC_RE.sub("", claim.tokens[i + 1])
        if kind in lx.PLACE_TYPES and i + 2 < len(claim.tokens) and claim.tokens[i + 2] not in lx.STOPWORDS:
            name = claim.tokens[i + 2]
            if _is_nisba(name) or _time_word(name):
                continue  # "إلى المدينة الساحلية", "إلى العاصمة الأحد": no name given
            out.append((i + 2, claim.stems[i + 2]))
    return out


_PROCLITIC_RE = re.compile(r"^(?:ال|لل|بال)")


def _destinations(a: Claim, b: Claim, dice: float, related: bool) -> str | None:
    """Both name where the same thing went, and neither names the other's place anywhere."""
    da, db = _destination_names(a), _destination_names(b)
    if not da or not db or _other_days(a, b):
        return None  # on two different days, two journeys
    if sum(1 for x in set(a.content_stems) if any(same_word(x, y) for y in b.content_stems)) < 2:
        return None
    if any(_contains(b, name) for _, name in da) or any(_contains(a, name) for _, name in db):
        return None
    (ia, _), (ib, _) = da[0], db[0]
    return f"place: {a.words[ia]} ≠ {b.words[ib]}"


# Near-copies only: two statements worded this alike that send one party to two places.
TRAVEL_MIN_DICE = 0.8
TRAVEL_REACH = 4
_TRAVEL_VERBS = frozenset(["توجه", "سافر", "وصل", "ذهب", "انتقل"])


def _travel_destination(claim: Claim) -> tuple[str, int] | None:
    """(verb, index of the place) of the first "توجه/سافر/وصل … إلى X" ("ستتوجه، الأربعاء، إلى
    بريطانيا"): the place the statement's first journey goes to."""
    content = set(claim.content)
    for i, token in enumerate(claim.tokens):
        word = _strip_conj(token)
        word = word[1:] if word[:1] == "س" and len(word) > 4 else word
        core = _verb_core(word)
        if core not in _TRAVEL_VERBS and word not in _TRAVEL_VERBS:
            continue
        for k in range(i + 1, min(len(claim.tokens) - 1, i + 1 + TRAVEL_REACH)):
            if claim.tokens[k] == "الي":
                m = k + 1
                if _PROCLITIC_RE.sub("", claim.tokens[m]) in lx.PLACE_TYPES and m + 1 < len(claim.tokens):
                    m += 1  # "إلى مدينة X"
                return (core, m) if m in content else None
        return None
    return None


def _travels(a: Claim, b: Claim, dice: float, related: bool) -> str | None:
    """Near-copies whose one journey goes to two places ("ستتوجه الأربعاء إلى إسبانيا" / "…
    إلى بريطانيا"); the place of one side may be named elsewhere in the other (a later leg)."""
    if dice < TRAVEL_MIN_DICE or _other_days(a, b):
        return None
    ta, tb = _travel_destination(a), _travel_destination(b)
    if not ta or not tb or not _same_verb(ta[0], tb[0]):
        return None
    xa, xb = a.stems[ta[1]], b.stems[tb[1]]
    if same_word(xa, xb) or synonyms(xa, xb) or _is_nisba(a.tokens[ta[1]]) or _time_word(a.tokens[ta[1]]):
        return None
    if _contains(b, xa) and _contains(a, xb):
        return None
    return f"place: {a.words[ta[1]]} ≠ {b.words[tb[1]]}"


def _generic(word: str) -> bool:
    return any(same_word(word, g) for g in lx.GENERIC)


def _first_name(a: Claim, i: int, b: Claim, j: int) -> bool:
    """ "الإسباني ييب غوارديولا" / "الإسباني جوسيب غوارديولا": a first-name variant, same surname after."""
    if i + 1 >= len(a.tokens) or j + 1 >= len(b.tokens) or i == 0 or j == 0:
        return False
    return (
        a.tokens[i + 1] == b.tokens[j + 1]
        and a.tokens[i - 1] == b.tokens[j - 1]
        and _is_nisba(a.tokens[i - 1])
    )


def _definite(token: str) -> bool:
    return re.match(r"^(?:[وف])?(?:ال|بال|لل|كال)\w{2,}", token) is not None


def _future_verb(token: str) -> bool:
    return re.match(r"^(?:[وف])?س[يتن]\w{3,}", token) is not None


def _time_word(token: str) -> bool:
    """A weekday, a time of day, a month name or "the month" itself."""
    bare = _strip_conj(token)
    if bare in lx.WEEKDAYS or ("ال" + bare) in lx.WEEKDAYS or bare in _TIME_OF_DAY:
        return True
    return bare in ("الشهر", "شهر") or _same_month(bare, bare)


def _substitution(a: Claim, b: Claim, dice: float, related: bool) -> str | None:
    """Same frame, one different content word in the slot (لإطلاق السفن / لإصلاح السفن)."""
    if not related or dice < min(MODIFIER_MIN_DICE, PREDICATE_MIN_DICE):
        return None
    sa, sb = a.content_stems, b.content_stems
    canon = []
    for y in sb:
        match = y if y in sa else next((x for x in sa if same_word(x, y) or synonyms(x, y)), y)
        canon.append(match)
    matcher = difflib.SequenceMatcher(a=sa, b=canon, autojunk=False)
    ops = matcher.get_opcodes()
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
            continue
        before = ops[k - 1] if k > 0 else None
        after = ops[k + 1] if k + 1 < len(ops) else None
        if not (before and after and before[0] == "equal" and after[0] == "equal"):
            continue
        flanks = sorted((before[2] - before[1], after[2] - after[1]))
        x, y = sa[i1], sb[j1]
        if _exclusive(x, y) and flanks[0] >= 1 and dice >= MODIFIER_MIN_DICE:
            return f"modifier: {a.words[a.content[i1]]} ≠ {b.words[b.content[j1]]}"
        if flanks[0] < SUBSTITUTION_FLANK or dice < PREDICATE_MIN_DICE:
            continue
        if x.isdigit() or y.isdigit() or len(x) < 3 or len(y) < 3 or synonyms(x, y):
            continue
        if _generic(x) or _generic(y) or _first_name(a, a.content[i1], b, b.content[j1]):
            continue
        if _time_word(a.tokens[a.content[i1]]) or _time_word(b.tokens[b.content[j1]]):
            continue  # a weekday or a time of day dates the statement, it is not its predicate
        if _definite(a.tokens[a.content[i1]]) != _definite(b.tokens[b.content[j1]]):
            continue  # "المتحدث باسم عباس / باسم الرئاسة": a name against a noun, not two values
        if _future_verb(a.tokens[a.content[i1]]) or _future_verb(b.tokens[b.content[j1]]):
            continue  # "في طريقهم / سيعودون": a verb against a noun phrase, a rewording
        both_nisba = _is_nisba(a.tokens[a.content[i1]]) and _is_nisba(b.tokens[b.content[j1]])
        # The head may be one or two words back ("وكالة الأنباء الرسمية / المركزية").
        heads = sa[max(0, i1 - 2) : i1]
        if both_nisba and any(same_word(w, h) for w in heads for h in lx.IDENTITY_HEADS):
            continue  # "قائد الفصيل الشيعي / الطائفي": the adjective says which, as in _contrasts
        if _is_nisba(a.tokens[a.content[i1]]) != _is_nisba(b.tokens[b.content[j1]]):
            continue  # an adjective against a noun or name: two different slots, not two values
        if (
            _contains(a, y)
            or _contains(b, x)
            or _same_month(a.tokens[a.content[i1]], b.tokens[b.content[j1]])
        ):
            continue
        word_a, word_b = a.words[a.content[i1]], b.words[b.content[j1]]
        if _pronoun_suffix(word_a) != _pronoun_suffix(word_b):
            continue  # "أعلن تأييده لمراجعة" / "هناك حاجة لمراجعة": one slot said with its agent
        if _root_in(a.tokens[a.content[i1]], b) or _root_in(b.tokens[b.content[j1]], a):
            continue  # "في إسقاط الرحلة" / "كارثة الرحلة التي أُسقطت": the word is reworded, not replaced
        token_a, token_b = a.tokens[a.content[i1]], b.tokens[b.content[j1]]
        if not _same_slot_form(token_a, token_b):
            continue  # "نوعي / طرازي", "مطار / تماما", "غونين / جونين": a rewording or a spelling
        cosine = _word_cosine(token_a, token_b)
        if cosine is None or cosine >= SUBSTITUTION_MAX_COSINE:
            continue
        return f"predicate: {a.words[a.content[i1]]} ≠ {b.words[b.content[j1]]}"
    return None


_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")
_CLITICS = re.compile(r"^(?:وال|فال|بال|كال|لل|ال|و|ف)?(?:ل|ب)?(?=\w{3,})")
# Letters kept in a word's template: the long vowels; and a first letter that is a common
# derivational prefix (إ/ا of إفعال and افتعال, ت of تفعيل, م of مفعول, ي of the imperfect).
_TEMPLATE_PREFIX = "اتمي"


def _template(body: str) -> str:
    return "".join(c if c in "اوي" or (k == 0 and c in _TEMPLATE_PREFIX) else "-" for k, c in enumerate(body))


def _same_slot_form(x: str, y: str) -> bool:
    """Whether two words can be two values of one slot: the same clitics and the same pattern
    (إطلاق / إصلاح, both إفعال after ل), and not a one-letter spelling variant (غونين / جونين,
    a typo السائق / السابق).  A reworded slot usually changes the pattern or the clitics."""
    clitic_x, clitic_y = _CLITICS.match(x), _CLITICS.match(y)
    cx = clitic_x.group() if clitic_x else ""
    cy = clitic_y.group() if clitic_y else ""
    body_x, body_y = x[len(cx) :], y[len(cy) :]
    if cx != cy or one_edit_apart(body_x, body_y):
        return False
    body_x, body_y = body_x.removesuffix("ه"), body_y.removesuffix("ه")
    return len(body_x) == len(body_y) and _template(body_x) == _template(body_y)


def _pronoun_suffix(word: str) -> bool:
    """Written with an attached pronoun (تأييده, قرارها): ه here is never a taa marbuta (ة)."""
    bare = re.sub(r"[\u064b-\u0652]", "", word)
    return len(bare) > 3 and bare.endswith(_PRONOUNS)


_WEAK_LETTERS = re.compile(r"[اويىءئؤه]")


def _skeleton(token: str) -> str:
    """Consonants of a word without clitics, long vowels, a feminine/verb ت or an imperfect prefix:
    a rough root, so that إسقاط and أُسقطت meet (سقط)."""
    word = stem(_strip_conj(token))
    word = re.sub(r"^(?:ال|لل|بال|ل|ب)(?=\w{3,})", "", word)
    core = _WEAK_LETTERS.sub("", word)
    if len(core) > 3 and core.endswith("ت"):
        core = core[:-1]
    if len(core) > 3 and core[0] in "يت":  # not ن: انطلاق (form VII) is not إطلاق
        core = core[1:]
    return core


def _root_in(token: str, other: Claim) -> bool:
    """Whether another word of ``other`` has the same (three-letter or longer) skeleton."""
    core = _skeleton(token)
    return len(core) >= 3 and any(_skeleton(t) == core for t in other.tokens if t != token)


# ---------------------------------------------------------------- people counted under two names


def _is_person_count(q: Quantity) -> bool:
    return any(same_word(u, p) for u in q.unit for p in lx.PERSON_NOUNS)


def _subset_count(claim: Claim, q: Quantity) -> bool:
    """ "بينهم 26 عنصرا", "من بين الضحايا 26": part of a group, not its total."""
    window = claim.tokens[max(0, q.index - 3) : q.index]
    return any(t in lx.SUBSET_MARKERS or t[1:] in lx.SUBSET_MARKERS for t in window) or "بين" in window


def _coordinated(claim: Claim, q: Quantity) -> bool:
    """ "77 عسكريا وأفراد أسرهم": the count covers the noun and another group joined to it."""
    after = q.index + 1 + len(q.text.split()) - 1
    if after >= len(claim.tokens) or claim.tokens[after][:1] != "و" or claim.breaks[after - 1]:
        return False
    # "مقتل 68 شخصا وفقد عشرات آخرين", "… وإصابة 6": the next part of a toll, not a joined group
    joined = claim.tokens[after][1:]
    return _casualty_word(joined) is None and _unprefixed(joined) not in _MISSING


_MISSING = frozenset(["فقد", "فقدان", "اختفاء"])


def _background(claim: Claim) -> bool:
    """ "وكان … قد قتلوا", "منذ أربعة أعوام": an earlier event recalled, not the one reported."""
    tokens = [_strip_conj(t) for t in claim.tokens]
    for i, token in enumerate(tokens):
        if token == "قد" and any(t in ("كان", "كانت", "كانوا") for t in tokens[max(0, i - 6) : i]):
            return True
        if token == "منذ" and any(
            stem(t) in ("عام", "اعوام", "سنوات", "سن", "عقد", "عقود") for t in tokens[i + 1 : i + 4]
        ):
            return True
        if token in ("الماضي", "الفايت", "السابق") and i and stem(tokens[i - 1]) in ("عام", "سن", "شهر"):
            return True  # "العام الماضي": last year's event
    return False


# Counts under two nouns say less that they are the same count than one noun does: the two
# statements must share a fifth of their wording (the number rule has no such floor).
PERSON_MIN_DICE = 0.2


def _generic_count(claim: Claim, q: Quantity) -> bool:
    """A count of "persons" that says no more: not "300 من أفراد الجيش" (members *of the army*)."""
    end = q.index + len(q.text.split())
    for k in range(q.index + 1, min(len(claim.tokens), end + 2)):
        if any(same_word(claim.stems[k], g) for g in lx.GENERIC_PERSONS):
            # "976 شخصا، معظمهم من المدنيين": a mixed group, not a plain head count
            if any(_strip_conj(t) in lx.MOSTLY for t in claim.tokens[k + 1 : k + 4]):
                return False
            return not (k + 1 < len(claim.tokens) and not claim.breaks[k] and _definite(claim.tokens[k + 1]))
    return False


def _person_counts(a: Claim, b: Claim, dice: float, related: bool) -> tuple[str, float] | None:
    """ "نحو مئة عسكري" on board vs "أكثر من 200 شخص": one count of people each, one of them
    generic (persons), incompatible values.

    Only when each statement counts people once (two counts may split a group: soldiers and
    civilians), neither count is a part of a group ("بينهم …"), and the words before the numbers,
    when both have one, agree (killed vs injured are two counts).
    """
    if dice < PERSON_MIN_DICE or a.years != b.years or _exclusive_differs(a, b) or _other_days(a, b):
        return None
    qa = [q for q in a.quantities if _is_person_count(q)]
    qb = [q for q in b.quantities if _is_person_count(q)]
    if len(qa) != 1 or len(qb) != 1:
        return None
    x, y = qa[0], qb[0]
    if _units_match(x, y) or _compatible(x, y) or _day_and_campaign(x, y):
        return None  # same noun: the number rule decides
    if any(_casualty(q) and other.near & lx.DISPLACED for q, other in ((x, y), (y, x))):
        return None  # "قتلت 80 شخصا" / "20 ألف مدني خرجوا": the dead and those who left
    if not (_generic_count(a, x) or _generic_count(b, y)):
        return None  # soldiers vs civilians: two groups
    if _subset_count(a, x) or _subset_count(b, y) or _unasserted(a, x) != _unasserted(b, y):
        return None
    if _coordinated(a, x) or _coordinated(b, y) or _background(a) or _background(b):
        return None
    if _period(a) != _period(b):
        return None  # "قتلت 80 شخصا الجمعة" / "منذ 18 شباط بمقتل 1350 مدنيا": a running total
    # "مقتل 68 شخصا" / "أودت بحياة 66 مهاجرا": two words for the same kind of casualty
    same_casualty = _casualty(x) is not None and _casualty(x) == _casualty(y)
    same_before = any(same_word(u, v) for u in x.before for v in y.before)
    if x.before and y.before and not same_before and not same_casualty:
        return None
    confidence = slot_confidence(a, x.index, b, y.index)
    if confidence < VALUE_MIN_CONFIDENCE:
        return None
    return f"number: {_fmt(x)} ≠ {_fmt(y)}", confidence


# ---------------------------------------------------------------- whom something was asked of


def _strip_conj(token: str) -> str:
    return token[1:] if token[:1] in "وف" and len(token) > 3 else token


def _addressees(claim: Claim) -> list[tuple[int, list[int]]]:
    """(verb index, addressee token indexes) of "طلب من X": whom something was asked of.

    The addressee is its first content word, extended by relational adjectives (الحكومة الروسية)
    or, after a title or institution head, by the following word (الرئيس ماكرون).
    """
    content = set(claim.content)
    out: list[tuple[int, list[int]]] = []
    tokens = claim.tokens
    for i, token in enumerate(tokens[:-1]):
        verb = _strip_conj(token)
        if verb not in lx.REQUEST_FROM or tokens[i + 1] != "من" or claim.breaks[i]:
            continue
        start = i + 2
        words: list[int] = []
        for k in range(start, min(len(tokens), start + 3)):
            if k not in content or tokens[k].isdigit():
                break
            if words:
                head = claim.stems[words[-1]]
                extends = _is_nisba(tokens[k]) or head in lx.ROLES or head in lx.IDENTITY_HEADS
                if not extends:
                    break
            words.append(k)
            if claim.breaks[k]:
                break
        if words:
            out.append((i, words))
    return out


_VAGUE_ADDRESSEES = lx.GENERIC | lx.IDENTITY_HEADS | frozenset(["سلطات", "سلطه", "جانب", "اطراف", "دول"])


def _addressee(a: Claim, b: Claim, dice: float, related: bool) -> str | None:
    """Asked of X in one outlet, of Y in the other (OPCW asking Russia vs Damascus).

    Needs the same request (a shared content word after both addressees), addressees that share
    no word, are not named anywhere in the other statement and that the encoder finds unalike, and
    no differing named requester before the verbs.
    """
    found_a, found_b = _addressees(a), _addressees(b)
    if not found_a or not found_b:
        return None
    for va, wa in found_a:
        for vb, wb in found_b:
            sa = [a.stems[k] for k in wa]
            sb = [b.stems[k] for k in wb]
            if all(_generic(s) or s in _VAGUE_ADDRESSEES for s in sa) or all(
                _generic(s) or s in _VAGUE_ADDRESSEES for s in sb
            ):
                continue  # "asked the government": which one is not said
            if any(same_word(x, y) or synonyms(x, y) for x in sa for y in sb):
                continue
            if any(_contains(b, x) for x in sa) or any(_contains(a, y) for y in sb):
                continue
            # What was asked: the few content words right after the addressee.
            rest_a = {a.stems[k] for k in [k for k in a.content if k > wa[-1]][:REQUEST_REACH]}
            rest_b = {b.stems[k] for k in [k for k in b.content if k > wb[-1]][:REQUEST_REACH]}
            if not any(same_word(x, y) or synonyms(x, y) for x in rest_a for y in rest_b):
                continue
            before_a = {a.stems[k] for k in a.content if k < va}
            before_b = {b.stems[k] for k in b.content if k < vb}
            if before_a and before_b and not any(same_word(x, y) for x in before_a for y in before_b):
                continue  # two requesters
            phrase_a = " ".join(a.words[k] for k in wa)
            phrase_b = " ".join(b.words[k] for k in wb)
            cosine = _word_cosine(phrase_a, phrase_b)
            if cosine is None or cosine >= ADDRESSEE_MAX_COSINE:
                continue
            return f"addressee: {phrase_a} ≠ {phrase_b}"
    return None


ADDRESSEE_MAX_COSINE = 0.35
REQUEST_REACH = 5


# ---------------------------------------------------------------- unknown in one, given in the other


_CAUSE = frozenset(["سبب", "اسباب"])
_TOLL = frozenset([stem("حصيله")])


def _unknown_targets(claim: Claim) -> dict[str, tuple[int, int]]:
    """What the statement says is unknown or not given: {"cause"|"toll": (marker, target) indexes}."""
    tokens = [_strip_conj(t) for t in claim.tokens]
    found: dict[str, tuple[int, int]] = {}
    for i, token in enumerate(tokens):
        bare = re.sub(r"^(?:ال|بال|لل)", "", token)
        if bare in lx.UNKNOWN_WORDS:
            window = range(max(0, i - 6), min(len(tokens), i + 4))
        elif token in ("لم", "لا", "دون", "بدون", "غير") and i + 1 < len(tokens):
            following = {tokens[i + 1], re.sub(r"^(?:ال|بال|لل)", "", tokens[i + 1])}
            if not following & lx.UNKNOWN_AFTER_NEGATOR and not (
                tokens[i + 1] in ("تزال", "يزال")
                and i + 2 < len(tokens)
                and tokens[i + 2] in lx.UNKNOWN_WORDS
            ):
                continue
            window = range(i + 1, min(len(tokens), i + 9))
        else:
            continue
        for k in window:
            s = claim.stems[k]
            if s in _CAUSE or _strip_conj(s) in _CAUSE:
                found.setdefault("cause", (i, k))
            elif s in _TOLL or _strip_conj(s) in _TOLL:
                found.setdefault("toll", (i, k))
    return found


def _given_cause(claim: Claim) -> int | None:
    """Index of "السبب … يعود إلى" (a cause stated without hedging), else None."""
    if any(t in lx.HEDGES or _strip_conj(t) in lx.HEDGES for t in claim.tokens):
        return None
    for i, s in enumerate(claim.stems):
        if s in _CAUSE or _strip_conj(s) in _CAUSE:
            window = claim.tokens[i + 1 : i + 6]
            if any(t in lx.CAUSE_LINKS or _strip_conj(t) in lx.CAUSE_LINKS for t in window):
                return i
    return None


def _given_toll(claim: Claim) -> Quantity | None:
    """A count of the dead ("مقتل 257 شخصا", "150 قتيلا")."""
    for q in claim.quantities:
        near = {_strip_conj(t) for t in claim.tokens[max(0, q.index - 3) : q.index]}
        if q.before & lx.TOLL_WORDS or near & lx.TOLL_WORDS or any(u in lx.TOLL_WORDS for u in q.unit):
            return q
    return None


def _unknown_value(a: Claim, b: Claim) -> str | None:
    """The cause (or the toll) said to be unknown / not given in one, stated in the other."""
    for first, second in ((a, b), (b, a)):
        unknown = _unknown_targets(first)
        if not unknown:
            continue
        known_second = _unknown_targets(second)
        if "cause" in unknown and "cause" not in known_second:
            at = _given_cause(second)
            if at is not None:
                given = " ".join(second.words[at : _clause_end(second, at, 8)])
                return _unknown_detail(first, unknown["cause"], given, first is a)
        if (
            "toll" in unknown
            and "toll" not in known_second
            and _given_toll(first) is None
            and not _background(second)
        ):
            q = _given_toll(second)
            if q is not None:
                return _unknown_detail(first, unknown["toll"], q.text, first is a)
    return None


def _clause_end(claim: Claim, start: int, most: int) -> int:
    """End (exclusive) of the phrase from ``start``: at punctuation or after ``most`` words."""
    end = start
    while end < min(len(claim.tokens), start + most):
        end += 1
        if claim.breaks[end - 1]:
            break
    return end


def _unknown_detail(claim: Claim, at: tuple[int, int], given: str, first_is_a: bool) -> str:
    """ "unknown/stated: أسباب وقوع الحادث لا تزال مجهولة ≠ السبب … يعود إلى خلل تقني" (a's side first)."""
    start, end = min(at), max(at) + 1
    if end - start > 8:
        start, end = at[0], at[0] + 1
    unknown = " ".join(claim.words[start:end])
    pair = (unknown, given) if first_is_a else (given, unknown)
    return f"unknown/stated: {pair[0]} ≠ {pair[1]}"


# ---------------------------------------------------------------- where an event happened


_EVENT_PLACE_TYPES = lx.PLACE_TYPES | frozenset(["طريق", "شارع", "حي"])
_BETWEEN = frozenset(["بين", "الواصل", "الرابط", "الواقع"])
EVENT_REACH = 14


def _place_noun(token: str) -> tuple[bool, bool]:
    """(is a place noun, carries a locative ب) for "مدينة", "بمدينة", "ومدينة"…"""
    word = _strip_conj(token)
    locative = word.startswith("ب") and not word.startswith("بين")
    bare = re.sub(r"^(?:بال|ال|لل|ب)", "", word)
    return bare in _EVENT_PLACE_TYPES, locative


def _event_places(claim: Claim) -> list[int]:
    """Token indexes of the places an event verb locates its event in ("وقع الحادث في مدينة X").

    A place counts only after "في" / "على" (or a locative ب): "قرب" and "من" (near, from) say
    where something was relative to or came from, not where it happened.
    """
    tokens = claim.tokens
    content = set(claim.content)
    out: list[int] = []
    for i, token in enumerate(tokens):
        if _strip_conj(token) not in lx.EVENT_VERBS:
            continue
        for k in range(i + 1, min(len(tokens) - 1, i + EVENT_REACH)):
            is_place, locative = _place_noun(tokens[k])
            if not is_place or not (locative or tokens[k - 1] in ("في", "علي")):
                continue
            following = range(k + 1, min(len(tokens), k + 7))
            spans_between = tokens[k + 1] in _BETWEEN or (k + 2 < len(tokens) and tokens[k + 2] in _BETWEEN)
            for m in following:
                if m not in content or _place_noun(tokens[m])[0] or tokens[m] in _BETWEEN:
                    continue
                if m == k + 1 and tokens[m].endswith(("ي", "يه")):
                    continue  # "مطار عسكري": an adjective of the place noun, not its name
                if _is_nisba(tokens[m]) or _in_contrast(tokens[m]) or tokens[m].isdigit():
                    if not spans_between:
                        break
                    continue
                out.append(m)
                if not spans_between:
                    break
        if out:
            break
    return out


def _event_place(a: Claim, b: Claim) -> str | None:
    """The same event located in two places, neither statement naming the other's."""
    pa, pb = _event_places(a), _event_places(b)
    if not pa or not pb:
        return None
    for claim in (a, b):
        if any(_strip_conj(t) in lx.OTHER_EVENT for t in claim.tokens):
            return None  # "another plane", "the second one": a further event
    if any(_contains(b, a.stems[k]) for k in pa) or any(_contains(a, b.stems[k]) for k in pb):
        return None
    names_a = "/".join(dict.fromkeys(a.words[k] for k in pa))
    names_b = "/".join(dict.fromkeys(b.words[k] for k in pb))
    return f"place: {names_a} ≠ {names_b}"
