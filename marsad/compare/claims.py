"""A claim read for comparison: normalised tokens, light stems, quantities, dates and negations.

Comparing two outlets means comparing *values* (how many, when, who, yes or no), so each sentence
is read once into a :class:`Claim` that exposes those values next to its content words.  Nothing
here decides anything; :mod:`marsad.compare.sentences` does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.compare import lexicon as lx
from marsad.text import normalize, normalize_aligned

# Numbers (with decimals, thousands separators, clock times) or runs of letters; "_" and "#"
# split words so hashtags ("#صندوق_مصر") read as plain words.
_TOKEN = re.compile(r"[0-9]+(?:[.,:٫][0-9]+)*(?: ?%)?|(?:[^\W\d_]|\u2060)+")
_PROCLITIC = re.compile(r"^(?:[وف](?=\w{3,}))?(?:ال|بال|كال|لل)(?=\w{2,})")
_CONJ = re.compile(r"^[وف](?=\w{3,})")
_PUNCT = re.compile(r"[،,.;؛:()\[\]!?؟\n-]")  # quotation marks do not break a phrase
# "At least N": the confirmed count, read as N up to a quarter more (like "about N" upwards).
AT_LEAST_SPAN = 1.25
# Relative spread of "نحو/قرابة N": round numbers are approximations, precise ones barely.
APPROX_ROUND = 0.1
APPROX_PRECISE = 0.05
_SUFFIXES = ("هما", "تين", "ها", "هم", "كم", "نا", "ات", "ون", "ين", "ان", "يه", "تي", "ه", "ا")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number said of something: ``value`` within ``[low, high]``, with the words that say what."""

    value: float
    low: float
    high: float
    unit: frozenset[str]  # stems of the content words right after the number (or % / a scale)
    before: frozenset[str]  # stem of the content word right before it ("الدقيقة 58")
    text: str  # the number and what it counts, as written
    index: int
    at_least: bool = False  # "at least N": [N, N × AT_LEAST_SPAN], open against an open bound
    before_definite: bool = False  # the word before is a definite noun ("الدقيقة 58")
    aside: bool = False  # inside parentheses ("هانت (42 هدفا)"): said of something beside the point
    near: frozenset[str] = frozenset()  # bare words just before and after ("قتلت … 80 شخصا", "… خرجوا")


@dataclass(slots=True)
class Claim:
    text: str
    tokens: list[str] = field(default_factory=list)  # normalised tokens, order kept
    words: list[str] = field(default_factory=list)  # the same tokens as written (for details)
    breaks: list[bool] = field(default_factory=list)  # punctuation between token i and i + 1
    spans: list[tuple[int, int]] = field(default_factory=list)  # each token's span in ``text``
    stems: list[str] = field(default_factory=list)  # light stems, one per token
    content: list[int] = field(default_factory=list)  # indexes of content tokens
    quantities: list[Quantity] = field(default_factory=list)
    dates: set[tuple[int, int]] = field(default_factory=set)  # (month, day)
    weekdays: set[int] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    negated: set[str] = field(default_factory=set)  # stems of negated content words
    affirmed: set[str] = field(default_factory=set)  # stems of content words not negated

    @property
    def content_stems(self) -> list[str]:
        return [self.stems[i] for i in self.content]


def stem(token: str) -> str:
    """Light stem for matching: article/conjunction proclitics and common suffixes removed."""
    word = _PROCLITIC.sub("", token)
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def one_edit_apart(a: str, b: str) -> bool:
    """At most one letter inserted, deleted or replaced."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = diff = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            diff += 1
            if diff > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
        else:
            i += 1
            j += 1
    return diff + (len(b) - j) <= 1


@lru_cache(maxsize=65536)
def same_word(a: str, b: str) -> bool:
    """Stems of one word: equal, one a short extension of the other, or a one-letter variant.

    The last case absorbs transliteration variants (بوسيرت/بوسرت) and morphology the light stemmer
    leaves (التزويد/التزود), which is why a one-letter difference is never read as a conflict.
    """
    if a == b:
        return True
    if not a or not b or a.isdigit() or b.isdigit():
        return False  # an empty stem ("ـ" alone) is no word
    if a[0] in "وف" and len(a) >= 4 and _same_body(a[1:], b):
        return True
    if b[0] in "وف" and len(b) >= 4 and _same_body(a, b[1:]):
        return True
    return _same_body(a, b)


def _same_body(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 2:
        return True
    # One-letter edits: a deletion from 5+ letters, or a substitution in 5+ letter words
    # (4-letter words one letter apart are usually different words: بشار/بشان).
    return min(len(a), len(b)) >= 4 and max(len(a), len(b)) >= 5 and one_edit_apart(a, b)


def synonyms(a: str, b: str) -> bool:
    """Whether two stems belong to one paraphrase group of the lexicon."""
    return bool(_groups(a) & _groups(b))


def synonym_groups(word: str) -> frozenset[int]:
    """Indexes of the lexicon's paraphrase groups a stem belongs to."""
    return _groups(word)


@lru_cache(maxsize=65536)
def _groups(word: str) -> frozenset[int]:
    return frozenset(n for n, group in enumerate(lx.SYNONYMS) if any(same_word(word, g) for g in group))


def _bare(token: str) -> str:
    """A token without ``و``/``ال``-type proclitics, for lexicon look-ups."""
    return _PROCLITIC.sub("", token) if _PROCLITIC.match(token) else _CONJ.sub("", token)


def _number_value(token: str) -> float | None:
    if not token:
        return None
    if token[0].isdigit():
        if ":" in token:
            return None
        body = token.rstrip("% ").replace("٫", ".")
        if re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+", body):
            body = body.replace(",", "")
        body = body.replace(",", ".")
        try:
            return float(body)
        except ValueError:
            return None
    bare = _bare(token)
    for form in (token, bare, bare[1:] if bare[:1] in "بل" else bare):
        if form in lx.NUMBER_WORDS:
            return float(lx.NUMBER_WORDS[form])
    return None


def _month_at(tokens: list[str], i: int) -> tuple[int, int] | None:
    """(month, width) when a month name (one or two words) starts at ``i``."""
    if i >= len(tokens):
        return None
    two = f"{_bare(tokens[i])} {tokens[i + 1]}" if i + 1 < len(tokens) else ""
    if two in lx.MONTHS:
        return lx.MONTHS[two], 2
    if tokens[i] in lx.MONTHS and tokens[i] != "اب":
        return lx.MONTHS[tokens[i]], 1  # "فبراير": its ف is no conjunction
    bare = _bare(tokens[i])
    if bare in lx.MONTHS and bare != "اب":
        return lx.MONTHS[bare], 1
    return None


# Prepositions after a number that start another phrase ("من" stays: "26 من أعضاء" is partitive).
_UNIT_STOPS = frozenset(["عن", "في", "الي", "علي", "منذ", "خلال", "مع", "بعد", "قبل"])
# Function words plus number qualifiers ("نحو", "أكثر"): never content, never a predicate.
_FUNCTION = lx.STOPWORDS | lx.APPROX | lx.MORE | lx.LESS


def read_claim(text: str) -> Claim:
    """Tokens, stems and values of one sentence or clause."""
    return _read_claim_cached(text)


@lru_cache(maxsize=8192)
def _read_claim_cached(text: str) -> Claim:
    matches = list(_TOKEN.finditer(normalize_aligned(text)))
    tokens = [normalize(m.group().replace("\u2060", "")) for m in matches]
    claim = Claim(text=text, tokens=tokens, words=[text[m.start() : m.end()] for m in matches])
    claim.stems = [stem(t) for t in tokens]
    claim.spans = [m.span() for m in matches]
    claim.breaks = [
        bool(_PUNCT.search(text[m.end() : n.start()]))
        for m, n in zip(matches, [*matches[1:], None], strict=False)
        if n
    ] + [True]
    claim.content = [
        i
        for i, t in enumerate(tokens)
        if t not in _FUNCTION and _bare(t) not in _FUNCTION and (len(t) > 1 or t.isdigit())
    ]
    _read_dates(claim)
    _read_quantities(claim)
    _read_polarity(claim)
    return claim


def _read_dates(claim: Claim) -> None:
    tokens = claim.tokens
    for i, token in enumerate(tokens):
        bare = _bare(token)
        if token in lx.WEEKDAYS or (("ال" + bare) in lx.WEEKDAYS and token != "اثنين"):
            day = lx.WEEKDAYS.get(token, lx.WEEKDAYS.get("ال" + bare))
            if day is not None and not (day == 1 and _number_value(tokens[i - 1] if i else "x") is not None):
                # "مقتل أحد مرتبات الدورية": a bare "أحد" is "one of", Sunday only after "يوم"
                plain = _CONJ.sub("", token)
                if plain.startswith("ال") or bare != "احد" or (i and _bare(tokens[i - 1]) in ("يوم", "ليوم")):
                    claim.weekdays.add(day)
        following = _bare(tokens[i + 1]) if i + 1 < len(tokens) else ""
        if re.fullmatch(r"(19|20)[0-9]{2}", token) and following not in lx.SCALES:
            claim.years.add(int(token))
        month = _month_at(tokens, i + 1)
        if month is None:
            continue
        day_token = token
        if day_token == "من" and i > 0:  # "الرابع من مارس"
            day_token = tokens[i - 1]
        value = _number_value(day_token) if day_token[0].isdigit() else None
        if value is None:
            ordinal = stem(_bare(day_token))
            value = lx.ORDINAL_WORDS.get(ordinal)
        if value is not None and 1 <= value <= 31 and float(value).is_integer():
            claim.dates.add((month[0], int(value)))


_MINUTE = frozenset(["الدقيقه", "دقيقه"])


def _minute_ordinal(tokens: list[str], i: int) -> int | None:
    """An ordinal word right after "الدقيقة" (الدقيقة التاسعة): the minute it names."""
    if not i or _bare(tokens[i - 1]) not in _MINUTE:
        return None
    word = re.sub(r"^ال", "", tokens[i])
    word = word[:-1] if word.endswith("ه") else word
    return lx.ORDINAL_WORDS.get(word)


def _read_quantities(claim: Claim) -> None:
    tokens, stems = claim.tokens, claim.stems
    content = set(claim.content)
    i = 0
    while i < len(tokens):
        value = _number_value(tokens[i])
        minute = value is None and _minute_ordinal(tokens, i)
        if minute:
            value = float(minute)  # "في الدقيقة التاسعة" is minute 9, as "في الدقيقة 9"
        if value is None or _month_at(tokens, i + 1) is not None:
            i += 1
            continue
        if _in_score(claim, i):
            i += 1  # "فاز 5-2": a match result, two scores and not a count
            continue
        word = _CONJ.sub("", tokens[i])
        if not minute and (tokens[i] == "الاثنين" or (not tokens[i][0].isdigit() and word.startswith("ال"))):
            i += 1  # "الاثنين" is Monday; "الثلاث" etc. are rarely counts in news copy
            continue
        if i and not tokens[i][0].isdigit() and stem(_bare(tokens[i - 1])) in lx.ORDINAL_WORDS:
            i += 1  # "الثامنة والثلاثين": the tens of an ordinal (38th), not a count of 30
            continue
        if i and _bare(tokens[i]) in _TEENS and 1 <= (_number_value(_bare(tokens[i - 1])) or 0) <= 9:
            i += 1  # "دور الستة عشر": the tens of a teen number, not a count of 10
            continue
        if i and _bare(tokens[i - 1]) in _CLOCK:
            i += 1  # "الساعة 8 صباح الأحد": a time of day, not a count
            continue
        start = i
        j = i + 1
        # Compound words: "خمسه وعشرين", "مئه وخمسين".
        while (
            j < len(tokens) and tokens[j].startswith("و") and _number_value(tokens[j][1:] or "x") is not None
        ):
            value += _number_value(tokens[j][1:]) or 0
            j += 1
        if j < len(tokens) and tokens[j] in _TEENS and 1 <= value <= 9:
            value += 10  # "ستة عشر"
            j += 1
        # "من 11 إلى 20 راكبا": a range, one quantity (not after a verb of change: "ارتفع من … إلى").
        upper = None
        if (
            start
            and tokens[start - 1] == "من"
            and j + 1 < len(tokens)
            and tokens[j] == "الي"
            and not any(_bare(t) in lx.CHANGE_VERBS for t in tokens[max(0, start - 4) : start - 1])
        ):
            upper = _number_value(tokens[j + 1])
            if upper is not None and upper > value:
                j += 2
            else:
                upper = None
        scale = 1.0
        unit: set[str] = set()
        while j < len(tokens) and (_bare(tokens[j]) in lx.SCALES or tokens[j] in lx.SCALES):
            scale *= lx.SCALES.get(tokens[j], lx.SCALES.get(_bare(tokens[j]), 1.0))
            j += 1
        # "بين 57 مليارا و109 مليارات", "بين 57 و109 مليارات": a range; the second scale serves both.
        if start and tokens[start - 1] == "بين" and j + 1 < len(tokens) and tokens[j] == "و":
            second = _number_value(tokens[j + 1])
            if second is not None and second > value:
                k = j + 2
                scale2 = 1.0
                while k < len(tokens) and (_bare(tokens[k]) in lx.SCALES or tokens[k] in lx.SCALES):
                    scale2 *= lx.SCALES.get(tokens[k], lx.SCALES.get(_bare(tokens[k]), 1.0))
                    k += 1
                if scale == 1.0:
                    scale = scale2
                upper = second * scale2 / scale
                j = k
        if tokens[i].endswith("%") or (j < len(tokens) and tokens[j] in lx.PERCENT_WORDS):
            unit.add("%")
            j += tokens[i].endswith("%") is False
        elif j + 1 < len(tokens) and tokens[j] == "في" and tokens[j + 1] in _HUNDRED:
            unit.add("%")
            j += 2
        last = j - 1
        if not unit:
            taken = 0
            k = j
            while k < len(tokens) and taken < 2 and k - j < 3 and not claim.breaks[k - 1]:
                if tokens[k] in _UNIT_STOPS:
                    break  # "215 ألفا عن الربع الرابع": what follows is the baseline, not the unit
                if k in content and _number_value(tokens[k]) is None:
                    if taken and _bare(tokens[k]) in lx.KILLED | lx.INJURED:
                        break  # "110 أشخاص قتل 107 منهم": the verb starts the next phrase
                    unit.add(stems[k])
                    taken += 1
                    last = k
                elif taken:
                    break
                k += 1
        if not unit and start and (tokens[start - 1] in _TO_VALUE or _bare(tokens[start - 1]) in _TO_VALUE):
            unit |= _counted_by_number_of(claim, start)
        before = ""
        before_definite = False
        for k in range(start - 1, max(-1, start - 3), -1):
            if claim.breaks[k]:
                break  # punctuation between: the word before belongs to another phrase
            if k in content:
                before = stems[k]
                before_definite = _CONJ.sub("", tokens[k]).startswith(("ال", "بال", "لل"))
                break
        low, high = value * scale, (upper if upper is not None else value) * scale
        at_least = False
        window = {_bare(t) for t in tokens[max(0, start - 3) : start]}
        window |= {t[1:] for t in window if t[:1] == "ب" and t[1:] in lx.APPROX}  # "بحوالي 50 دقيقة"
        after = {_bare(t) for t in tokens[j : j + 4]} | set(tokens[j : j + 4])
        if window & lx.APPROX or "تقريبا" in after:
            # "About N" rounds: a round N (نحو 300) stands for its neighbourhood, a precise one
            # (قرابة 48 دقيقة) for little more than itself.
            spread = APPROX_ROUND if value % 5 == 0 else APPROX_PRECISE
            low, high = value * scale * (1 - spread), value * scale * (1 + spread)
        if ("يقل" in window and window & {"لا", "ما"}) or "الاقل" in after:
            # "at least N" is how news copy gives the count confirmed so far, not an open bound:
            # two outlets' "at least 180" and "at least 257" dead report different tolls (the
            # conflicts set labels them so), while "more than 100" / "more than 200" are compatible.
            low, high = value * scale, value * scale * AT_LEAST_SPAN
            at_least = True
        elif window & lx.MORE:
            low, high = value * scale, float("inf")
        elif window & lx.LESS:
            low, high = 0.0, value * scale
        is_year = re.fullmatch(r"(19|20)[0-9]{2}", tokens[i]) is not None and scale == 1.0
        at = claim.spans[start][0]
        opened = claim.text.rfind("(", 0, at)
        aside = opened >= 0 and ")" not in claim.text[opened:at]
        if not is_year:
            claim.quantities.append(
                Quantity(
                    value * scale,
                    low,
                    high,
                    frozenset(unit),
                    frozenset([before] if before else []),
                    " ".join(claim.words[start : last + 1]),
                    start,
                    at_least,
                    before_definite,
                    aside,
                    frozenset(
                        _bare(t) for t in [*tokens[max(0, start - 3) : start], *tokens[last + 1 : last + 3]]
                    ),
                )
            )
        i = max(j, i + 1)


# "ارتفع عدد الفلسطينيين الذين قتلوا منذ … إلى 45": the number reached counts the noun after
# "عدد", however far back (a relative clause often sits between).
_TO_VALUE = frozenset(["الي", "ليصل", "ليبلغ", "بلغ", "ليرتفع"])
NUMBER_OF_REACH = 25


def _counted_by_number_of(claim: Claim, start: int) -> set[str]:
    tokens, content = claim.tokens, set(claim.content)
    for k in range(start - 2, max(-1, start - NUMBER_OF_REACH - 1), -1):
        dated = _month_at(tokens, k + 1) is not None or re.fullmatch(r"(19|20)[0-9]{2}", tokens[k])
        if _number_value(tokens[k]) is not None and not dated:
            return set()  # another value in between: its own phrase
        if _bare(tokens[k]) == "عدد" and k + 1 < start and k + 1 in content:
            return {claim.stems[k + 1]}
    return set()


# "في المئة" as the normalizer writes it (its hamza seat folded), and the unfolded spellings.
_HUNDRED = frozenset(["المئه", "المائه", "الميه", "المايه"])
_TEENS = frozenset(["عشر", "عشره"])
_CLOCK = frozenset(["ساعه"])
_SCORE_DASH = re.compile(r"^\s*[-–]\s*$")


def _in_score(claim: Claim, i: int) -> bool:
    """Whether token ``i`` is one side of a result written "N-M" (also "صفر-3")."""
    tokens, spans, text = claim.tokens, claim.spans, claim.text

    def score_side(k: int) -> bool:
        return tokens[k].isdigit() or tokens[k] == "صفر"

    if not score_side(i):
        return False
    if i + 1 < len(tokens) and score_side(i + 1) and _SCORE_DASH.match(text[spans[i][1] : spans[i + 1][0]]):
        return True
    return i > 0 and score_side(i - 1) and bool(_SCORE_DASH.match(text[spans[i - 1][1] : spans[i][0]]))


def _read_polarity(claim: Claim) -> None:
    """Negated content words, and the words in a negation's reach that are not affirmed either.

    "لا يبدو أنه يشكل خطرا": يبدو is negated and يشكل, inside the same reach, is not affirmed.
    """
    tokens, stems = claim.tokens, claim.stems
    content = set(claim.content)
    negated_at: set[int] = set()
    shadow: set[int] = set()
    for i, token in enumerate(tokens):
        if token not in lx.VERBAL_NEGATORS or token in lx.DENIAL_VERBS:
            continue
        window = tokens[i + 1 : i + 5]
        if any(_bare(t) in lx.NOT_NEGATED or t in lx.NOT_NEGATED for t in window[:1]) or "الا" in window:
            continue
        first = True
        for k in range(i + 1, min(len(tokens), i + 5)):
            if tokens[k] in lx.NEGATORS or k not in content:
                continue
            (negated_at if first else shadow).add(k)
            first = False
        # The rest of the clause ("لم تحدد عدد المعتقلين … أو أسماءهم", "لن يكون … لائقا للمشاركة")
        # is under the negation too: never read as affirmed, never as negated.
        for k in range(i + 5, len(tokens)):
            if claim.breaks[k - 1]:
                break
            if k in content:
                shadow.add(k)
    for i in claim.content:
        if i in negated_at:
            claim.negated.add(stems[i])
        elif i not in shadow:
            claim.affirmed.add(stems[i])
