"""Evaluation sets and scores for conflict detection (pure functions; the CLI reads the files).

Three sources of labelled pairs:

* ``real``: the hand-annotated cross-outlet pairs of ``../shared/data/conflicts`` (used while
  developing the rules, so they are *dev* data);
* ``perturbed``: real corpus sentences with one controlled edit that makes them contradict the
  original (a number, a weekday, a month day, a removed negation, a swapped exclusive modifier
  or verbal noun) and agreeing rewrites (clauses reordered, cue verb or month name swapped,
  number written in words or with "نحو", a trailing clause dropped), generated deterministically
  from the stories' articles and split dev / held-out by story;
* ``mined``: same-story sentence pairs from two outlets that share most content words, where
  differing numbers are candidate conflicts (unreviewed: reported separately, never mixed in).
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from marsad.compare.claims import read_claim
from marsad.compare.sentences import compare_sentences, overlap
from marsad.evaluate.metrics import f1 as f1_score
from marsad.text import normalize, split_sentences


@dataclass(frozen=True, slots=True)
class LabelledPair:
    pair_id: str
    source: str  # real | perturbed | mined
    split: str  # dev | heldout
    kind: str  # the edit or gold kind, for the per-kind table
    sentence_a: str
    sentence_b: str
    conflict: bool
    doubtful: bool = False
    # The two article texts, when known: ``compare_sentences`` reads them to know the two
    # statements are on one story (the ``marsad compare`` contract passes them too).
    context_a: str = ""
    context_b: str = ""


@dataclass(frozen=True, slots=True)
class Scores:
    n: int
    positives: int
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return f1_score(p, r)


def score(pairs: Sequence[LabelledPair], predict: Callable[[LabelledPair], bool]) -> Scores:
    tp = fp = fn = 0
    for pair in pairs:
        guess = predict(pair)
        tp += guess and pair.conflict
        fp += guess and not pair.conflict
        fn += pair.conflict and not guess
    return Scores(len(pairs), sum(p.conflict for p in pairs), tp, fp, fn)


def marsad_predict(pair: LabelledPair) -> bool:
    verdict = compare_sentences(pair.sentence_a, pair.sentence_b, pair.context_a, pair.context_b)
    return verdict.status == "conflict"


_NUMBER = re.compile(r"[0-9٠-٩]+(?:[.,٫][0-9٠-٩]+)?")


def baseline_numbers_differ(pair: LabelledPair) -> bool:
    """Conflict when both sentences carry numbers and their sets differ."""
    a = set(_NUMBER.findall(normalize(pair.sentence_a)))
    b = set(_NUMBER.findall(normalize(pair.sentence_b)))
    return bool(a and b and a != b)


def baseline_overlap(pair: LabelledPair, low: float = 0.3, high: float = 0.9) -> bool:
    """Conflict when the two statements overlap a lot but are not near-identical."""
    dice = overlap(read_claim(pair.sentence_a), read_claim(pair.sentence_b))
    return low <= dice < high


# ---------------------------------------------------------------- real (shared) pairs


def real_pairs(
    records: Iterable[dict], doubtful: Iterable[str] = (), texts: Mapping[str, str] | None = None
) -> list[LabelledPair]:
    """The annotated pairs of ``ant_dev_pairs.jsonl`` (all dev: they shaped the rules).

    ``texts`` (docno → article text) gives each pair its two articles as contexts.
    """
    unsure = set(doubtful)
    texts = texts or {}
    return [
        LabelledPair(
            r["id"],
            "real",
            "dev",
            r["kind"],
            r["sentence_a"],
            r["sentence_b"],
            r["kind"] == "conflict",
            r["id"] in unsure,
            texts.get(r["docno_a"], ""),
            texts.get(r["docno_b"], ""),
        )
        for r in records
    ]


def unseen_pairs(records: Iterable[dict], texts: Mapping[str, str]) -> list[LabelledPair]:
    """Hand-labelled pairs from other days than the shared set (``tests/compare/data/unseen_labels.jsonl``).

    Records give article ids and character spans only; the sentences and contexts are cut from
    the corpus texts.  ``kind`` is the conflicts README's label; ``same_fact`` says whether the two
    sentences report one fact at all (the split is reported in ``LabelledPair.kind``); ``doubtful``
    marks conflicts the README would list as doubtful (two sources, an early vs a later toll).
    """
    out = []
    for r in records:
        text_a, text_b = texts.get(r["docno_a"]), texts.get(r["docno_b"])
        if text_a is None or text_b is None:
            continue
        out.append(
            LabelledPair(
                r["pair_id"],
                "unseen",
                "heldout",
                "same-fact" if r.get("same_fact") else "other-fact",
                text_a[slice(*r["span_a"])],
                text_b[slice(*r["span_b"])],
                r["kind"] == "conflict",
                bool(r.get("doubtful")),
                text_a,
                text_b,
            )
        )
    return out


# ---------------------------------------------------------------- perturbations

_CUES = ("قال", "أكد", "أوضح", "ذكر", "أعلن", "أفاد")
_CUE_RE = re.compile(r"(?<![\w])(و?)(قال|أكد|أوضح|ذكر|أعلن|أفاد)(ت?)(?![\w])")
_WEEKDAYS = ("الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")
_WEEKDAY_RE = re.compile(r"(?<![\w])(" + "|".join(_WEEKDAYS) + r")(?![\w])")
_DIGITS = re.compile(r"(?<![\d.,:/\w-])([1-9][0-9]{0,3})(?![\d.,:/%\w-])")
_QUALIFIED = re.compile(r"(?:أكثر من|أقل من|نحو|حوالي|حوالى|قرابة|يزيد عن|ما يقارب|على الأقل) *$")
_NEGATION = re.compile(
    r"(?<![\w])(لم|لن|لا) (?!(?:يزال|تزال|زال|سيما|بد|شك|أعلم|يعرف)|[^.،]*إلا)(?=[\w]{3,})"
)
_SMALL = {
    2: "اثنين",
    3: "ثلاثة",
    4: "أربعة",
    5: "خمسة",
    6: "ستة",
    7: "سبعة",
    8: "ثمانية",
    9: "تسعة",
    10: "عشرة",
}
_MONTH_VARIANTS = {
    "يناير": "كانون الثاني",
    "فبراير": "شباط",
    "مارس": "آذار",
    "أبريل": "نيسان",
    "مايو": "أيار",
    "يونيو": "حزيران",
    "يوليو": "تموز",
    "سبتمبر": "أيلول",
    "أكتوبر": "تشرين الأول",
    "نوفمبر": "تشرين الثاني",
    "ديسمبر": "كانون الأول",
}
_MONTH_RE = re.compile(r"(?<![\w])([1-9]|[12][0-9]|3[01]) (" + "|".join(_MONTH_VARIANTS) + r")(?![\w])")
# Verbal nouns and a replacement that changes what is done (never a synonym of it).
_MASDARS = {
    "إطلاق": "إصلاح",
    "إصلاح": "إطلاق",
    "رفع": "خفض",
    "خفض": "رفع",
    "زيادة": "خفض",
    "وقف": "استئناف",
    "استئناف": "وقف",
    "فتح": "إغلاق",
    "إغلاق": "فتح",
    "قبول": "رفض",
    "رفض": "قبول",
    "دعم": "معارضة",
    "تأييد": "معارضة",
    "انسحاب": "انتشار",
    "تعزيز": "تقليص",
}
_MASDAR_RE = re.compile(r"(?<![\w])(ل|ب|وال|ال|لل|و)?(" + "|".join(_MASDARS) + r")(?![\w])")
_NISBA_SWAP = {
    "السنوي": "الشهري",
    "الشهري": "السنوي",
    "سنوي": "شهري",
    "شهري": "سنوي",
    "الشمالي": "الجنوبي",
    "الجنوبي": "الشمالي",
    "الشرقي": "الغربي",
    "الغربي": "الشرقي",
    "شمال": "جنوب",
    "جنوب": "شمال",
}
_NISBA_RE = re.compile(r"(?<![\w])(" + "|".join(_NISBA_SWAP) + r")(?![\w])")


def _stable(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16)


def _conflict_edits(sentence: str, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, edited sentence) for every applicable contradicting edit."""
    edits: list[tuple[str, str]] = []
    numbers = [
        m
        for m in _DIGITS.finditer(sentence)
        if not 1900 <= int(m.group(1)) <= 2100
        and not _QUALIFIED.search(sentence[: m.start()])
        and not _MONTH_RE.match(sentence, m.start())
    ]
    if numbers:
        m = rng.choice(numbers)
        value = int(m.group(1))
        new = (
            value + rng.choice([1, 2, 3, 5, 10]) if value < 20 else int(value * rng.choice([0.5, 1.5, 2, 3]))
        )
        if new != value:
            edits.append(("number", sentence[: m.start(1)] + str(new) + sentence[m.end(1) :]))
    days = list(_WEEKDAY_RE.finditer(sentence))
    if len(days) == 1:
        m = days[0]
        other = rng.choice([d for d in _WEEKDAYS if d != m.group(1)])
        edits.append(("weekday", sentence[: m.start(1)] + other + sentence[m.end(1) :]))
    dates = list(_MONTH_RE.finditer(sentence))
    if dates:
        m = dates[0]
        day = int(m.group(1))
        new_day = day + 1 if day < 28 else day - 3
        edits.append(("date", sentence[: m.start(1)] + str(new_day) + sentence[m.end(1) :]))
    negations = list(_NEGATION.finditer(sentence))
    if len(negations) == 1:
        m = negations[0]
        edits.append(("negation", sentence[: m.start()] + sentence[m.end() :]))
    masdars = list(_MASDAR_RE.finditer(sentence))
    if masdars:
        m = masdars[0]
        other = _MASDARS[m.group(2)]
        edits.append(("predicate", sentence[: m.start(2)] + other + sentence[m.end(2) :]))
    nisbas = list(_NISBA_RE.finditer(sentence))
    if nisbas:
        m = nisbas[0]
        edits.append(("modifier", sentence[: m.start(1)] + _NISBA_SWAP[m.group(1)] + sentence[m.end(1) :]))
    return edits


def _agreeing_edits(sentence: str, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, rewritten sentence) for every applicable meaning-preserving rewrite."""
    edits: list[tuple[str, str]] = []
    parts = [p.strip() for p in sentence.split("،")]
    if len(parts) >= 2 and all(len(p.split()) >= 3 for p in parts[:2]):
        edits.append(("reorder", "، ".join([parts[1], parts[0], *parts[2:]])))
    cue = _CUE_RE.search(sentence)
    if cue:
        other = rng.choice([c for c in _CUES if c != cue.group(2)])
        edits.append(("cue-verb", sentence[: cue.start(2)] + other + sentence[cue.end(2) :]))
    month = _MONTH_RE.search(sentence)
    if month:
        name = month.group(2)
        edits.append(
            ("month-name", sentence[: month.start(2)] + _MONTH_VARIANTS[name] + sentence[month.end(2) :])
        )
    small = [m for m in _DIGITS.finditer(sentence) if int(m.group(1)) in _SMALL]
    if small:
        m = small[0]
        edits.append(
            ("number-words", sentence[: m.start(1)] + _SMALL[int(m.group(1))] + sentence[m.end(1) :])
        )
    big = [m for m in _DIGITS.finditer(sentence) if 20 <= int(m.group(1)) < 1900]
    if big:
        m = big[0]
        edits.append(("approx", sentence[: m.start(1)] + "نحو " + sentence[m.start(1) :]))
    if len(parts) >= 3 and len(parts[-1].split()) >= 2:
        edits.append(("drop-clause", "، ".join(parts[:-1])))
    return edits


def perturbed_pairs(
    articles: Iterable[dict], story_of: dict[str, str], seed: int = 13, per_kind: int = 60
) -> list[LabelledPair]:
    """Conflicting and agreeing edits of real sentences; split dev/held-out by story id.

    ``articles``: corpus records (``docno``, ``text``); ``story_of``: docno → story id (only
    articles of annotated stories are used, so the set stays on April 2018 news).
    """
    rng = random.Random(seed)
    by_kind: dict[str, list[LabelledPair]] = {}
    for record in articles:
        story = story_of.get(record["docno"])
        if story is None:
            continue
        split = "dev" if _stable(f"{seed}:{story}") % 2 == 0 else "heldout"
        for n, sentence in enumerate(split_sentences(record["text"])):
            text = sentence.text
            if not 6 <= len(text.split()) <= 45:
                continue
            for conflict, edits in ((True, _conflict_edits(text, rng)), (False, _agreeing_edits(text, rng))):
                for kind, edited in edits:
                    if edited == text:
                        continue
                    pid = f"p-{record['docno']}-{n}-{kind}"
                    # Both sides sit in one article: the story-context rules are on for every pair.
                    pair = LabelledPair(
                        pid,
                        "perturbed",
                        split,
                        kind,
                        text,
                        edited,
                        conflict,
                        False,
                        record["text"],
                        record["text"],
                    )
                    by_kind.setdefault(kind, []).append(pair)
    out: list[LabelledPair] = []
    for kind in sorted(by_kind):
        pairs = sorted(by_kind[kind], key=lambda p: _stable(f"{seed}:{p.pair_id}"))
        out.extend(pairs[:per_kind])
    return out


# ---------------------------------------------------------------- mined real candidates


def mined_pairs(
    articles: Sequence[dict], story_of: dict[str, str], min_overlap: float = 0.5, limit: int = 400
) -> list[LabelledPair]:
    """Same-story sentences of two outlets sharing most content words (unreviewed).

    A pair whose numbers differ is a *candidate* conflict (``conflict=True``), one whose numbers
    agree a candidate agreement; both are silver labels, reported apart from the gold pairs.
    """
    by_story: dict[str, list[tuple[str, str, str]]] = {}
    texts = {record["docno"]: record["text"] for record in articles}
    for record in articles:
        story = story_of.get(record["docno"])
        if story is None:
            continue
        for sentence in split_sentences(record["text"]):
            if 6 <= len(sentence.text.split()) <= 45 and _NUMBER.search(sentence.text):
                by_story.setdefault(story, []).append((record["docno"], record.get("src", ""), sentence.text))
    out: list[LabelledPair] = []
    for story in sorted(by_story):
        items = by_story[story]
        stems = [set(read_claim(text).content_stems) for _, _, text in items]
        for x, (doc_a, src_a, sent_a) in enumerate(items):
            for y, (doc_b, src_b, sent_b) in enumerate(items[x + 1 :], start=x + 1):
                if src_a == src_b or sent_a == sent_b:
                    continue
                union = stems[x] | stems[y]
                if not union or len(stems[x] & stems[y]) / len(union) < min_overlap / 3:
                    continue
                if overlap(read_claim(sent_a), read_claim(sent_b)) < min_overlap:
                    continue
                na = set(_NUMBER.findall(normalize(sent_a)))
                nb = set(_NUMBER.findall(normalize(sent_b)))
                if not na or not nb:
                    continue
                differ = not (na & nb) or (na != nb and len(na) == len(nb))
                pid = f"m-{doc_a}-{doc_b}-{_stable(sent_a + sent_b) % 10**6}"
                split = "dev" if _stable(story) % 2 == 0 else "heldout"
                out.append(
                    LabelledPair(
                        pid,
                        "mined",
                        split,
                        "numbers-differ" if differ else "numbers-same",
                        sent_a,
                        sent_b,
                        differ,
                        context_a=texts[doc_a],
                        context_b=texts[doc_b],
                    )
                )
    out.sort(key=lambda p: _stable(p.pair_id))
    return out[:limit]


__all__ = [
    "LabelledPair",
    "Scores",
    "baseline_numbers_differ",
    "baseline_overlap",
    "marsad_predict",
    "mined_pairs",
    "perturbed_pairs",
    "real_pairs",
    "score",
    "unseen_pairs",
]
