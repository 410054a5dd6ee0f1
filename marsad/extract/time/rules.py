"""Rule-based detection of Arabic/English time expressions.

Matching runs on a *compact folded* copy of the text: ``normalize_aligned`` folds letters and
digits without changing length, then diacritics/tatweel (which it turns into U+2060) are dropped
and an index map kept, so "مساءً" or "العِقد" match plain patterns and every span maps back to the
original offsets.  Detection is three passes:

1. atoms — each compiled pattern yields typed pieces (a day, a month, a clock time, a part of
   day, a duration …) with the fields needed to resolve it;
2. selection — overlapping atoms are resolved longest-first;
3. merging — neighbouring atoms joined by glue words are combined ("عصر" + "اليوم",
   "الساعة 7:40" + "صباح الأربعاء", "مايو" + "العام الماضي", "الغد" + "الموافق التاسع من …").

Resolution against the reference date lives in :mod:`marsad.extract.time.resolve`.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from marsad.extract.time import lexicon as L
from marsad.extract.time.future_stems import FUTURE_STEMS
from marsad.text import normalize_aligned

JOINER = "\u2060"


def _alt(words: list[str] | set[str] | dict[str, Any]) -> str:
    items = sorted({w.replace(" ", r"\s+") for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(items) + ")"


# start of a word, or a number glued to the preposition before it ("في19 يوليو", "من15 أغسطس")
B = (
    r"(?:(?<![\w])|(?<=(?<![\w])في)(?=\d)|(?<=(?<![\w])[وف]في)(?=\d)"
    r"|(?<=(?<![\w])منذ)(?=\d)|(?<=(?<![\w])من)(?=\d))"
)
E = r"(?![\w])"  # end of a word
LEAD = r"(?:[وف]?[بلك]|[وف])?"  # attached conjunction/preposition, kept outside the span
AL = r"(?:ال|(?<=ل)ل)"  # definite article, or its remains after ل (للعام)

# a digit may stick to a month name ("سبتمبر10"), and so may "الساعة" ("أكتوبرالساعة 8")
# and so may a direction word ("18 سبتمبرالمقبل")
_MON_END = r"(?:(?![^\W\d_])|(?=الساعه|المقبل|القادم|الماضي|الجاري|الحالي))"
MON = _alt(L.MONTHS) + _MON_END
# Reuters-style pairs written with a space only ("20 يوليو تموز", "فبراير شباط 2010"): only the
# names of one month, so that a list of two months is not read as one
_MON_PAIRS = _alt(
    [f"{a} {b}" for a, na in L.MONTHS.items() for b, nb in L.MONTHS.items() if na == nb and a != b]
)
# paired forms: نوفمبر/تشرين الثاني, مارس (آذار), يوليو تموز
MONP = rf"(?:{_MON_PAIRS}{_MON_END}|{MON}(?:\s*[/\\(]\s*{MON}(?:\s*\))?)?)"
HMON = _alt(L.HIJRI_MONTHS) + E
ENMON = _alt(L.EN_MONTHS) + r"\.?" + E
WDSTEM = r"(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد)"
WD = rf"{AL}{WDSTEM}(?![^\W\d_])"
ENWD = _alt(L.EN_WEEKDAYS) + E
ORD = (
    "(?:"
    + "|".join(AL + k[2:].replace(" ", r"\s+") for k in sorted(L.ORDINALS, key=len, reverse=True))
    + f"){E}"
)
NUMW = _alt(L.NUMBER_WORDS)
NUMPHRASE = rf"{NUMW}(?:\s+و?\s*{NUMW}){{0,6}}{E}"  # bounded: no quadratic scans
DNUM = r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?!\d)"
YNUM = r"(?<![\d.,/:])(?:1[5-9]\d\d|20\d\d|2100)(?![\d%])"
YSUFFIX = r"(?:\s*(?:م|ميلادي|ميلاديه)(?![\w²]))?"  # not "1500م2" (square metres)
YEARWORD = rf"(?:(?:{AL}?(?:عام|سنه)|لعام|لسنه)\s+)"
YEAR_TAIL = rf"(?:\s*[,،.\-/]?\s*(?:من\s+)?{YEARWORD}?(?P<y>\d{{4}}){YSUFFIX}(?!\d))"
PAST = (
    _alt(
        [
            "الماضي",
            "الماضيه",
            "المنصرم",
            "المنصرمه",
            "المنقضي",
            "المنقضيه",
            "الفايت",
            "الفايته",
            # Tunisian "العام الفارط", "الشهر الفارط"
            "الفارط",
            "الفارطه",
            "السابق",
            "السابقه",
            "الاخير",
            "الاخيره",
        ]
    )
    + E
)
NEXT = _alt(["المقبل", "المقبله", "القادم", "القادمه", "التالي", "التاليه", "الجديد"]) + E
AFTER_NEXT = r"بعد\s+(?:ال)?(?:تالي|قادم|مقبل)ه?" + E  # "الأسبوع بعد القادم": the week after next
BEFORE_LAST = r"قبل\s+(?:ال)?(?:ماضي|سابق|فايت)ه?" + E  # "الشهر قبل الماضي": the month before last
THIS = _alt(["الجاري", "الجاريه", "الحالي", "الحاليه"]) + E
UNIT_WORDS = _alt(L.UNITS)
MODIFIER = r"(?:مطلع|اوايل|بدايه|بدء|مستهل|اواخر|نهايه|موفي|اواسط|منتصف|خلال|طيله|طوال|اخر|اول|اوج)"
AMPM = (
    r"(?:صباحا|صباح|ص|فجرا|بعد\s+منتصف\s+الليل|ظهرا|وقت\s+(?:ال)غداء|عصرا|مساء|مساءا|م|ليلا|بعد\s+الظهر|بعد\s+الزوال|في\s+الصباح|في\s+المساء"
    r"|في\s+الليل|am|pm|a\.m\.|p\.m\.)"
)
HOURW: dict[str, int] = {
    "الواحده": 1,
    "الثانيه": 2,
    "الثالثه": 3,
    "الرابعه": 4,
    "الخامسه": 5,
    "السادسه": 6,
    "السابعه": 7,
    "الثامنه": 8,
    "التاسعه": 9,
    "العاشره": 10,
    "الحاديه عشره": 11,
    "الحاديه عشر": 11,
    "الثانيه عشره": 12,
    "الثانيه عشر": 12,
}
HOURWORD = _alt(HOURW) + E
COUNT_NOUNS = re.compile(
    r"^\s*(?:%|٪|في\s*الما|بالما|في\s*المي|بالمي|نساء|رجال|اطفال|طفل|امراه|طلاب|طالب|عمال|موظف|اسره|حاله|اصابه|مصاب|دولار|دولارا|ريال|ريالا|جنيه|جنيها|يورو|درهم|درهما|دينار|دينارا|ليره|"
    r"مليون|مليار|ترليون|تريليون|سنت|سنتا|سنتات|الف|شخص|شخصا|قتيل|قتيلا|جريح|جريحا|طن|برميل|كيلو|كلم|كم|متر|مترا|ميغاواط|"
    r"نسمه|مواطن|لاجي|عنصر|جندي|مقاتل|صاروخ|منزل|وحده|سهم|نقطه|صوت|اصوات|مقعد|درجه|ميل|قدم)"
)
NUM_GUARD_BEFORE = re.compile(
    r"(?:رقم|رقمه|رقمها|القرار|قرار|المرسوم|مرسوم|القانون|قانون|البند|بند|الماده|ماده|الفقره|"
    r"صفحه|الصفحه|ص|هاتف|الهاتف|جوال|فاكس|نحو|حوالي|قرابه|زهاء|اكثر\s+من|اقل\s+من|"
    r"يقارب|ما\s+يقارب|من\s+اصل|عدد|بلغ|بلغت|الرحله|رحله|طراز|no\.?|number|resolution|page|p\.)\s*[:.#]?\s*$"
)
FUTURE_CUE = re.compile(
    r"(?<!\w)(?:اعتبارا\s+من|ابتداء\s+من|بدءا\s+من|سوف|غدا|المقبل|المقبله|القادم|القادمه|المقرر|مقرر|يعتزم|تعتزم|المرتقب|المرتقبه|"
    r"المنتظر|المنتظره|يرتقب|ينتظر|ستعقد|سيعقد|سيتم|ستتم|سيجري|ستجري|سيلتقي|سيزور|ستبدا|سيبدا|"
    r"ستنطلق|سينطلق|ستكون|سيكون|سيصل|ستصل|سيقوم|ستقوم|سيعلن|ستعلن|سيلقي|ستشهد|سيشهد|سيناقش|"
    r"ستناقش|ستستضيف|سيستضيف|will|tomorrow|next)(?!\w)"
)


@dataclass(slots=True)
class Atom:
    """One detected piece, in compact-text coordinates, before resolution."""

    start: int
    end: int
    kind: str  # day | month | year | week | tod | todhead | clock | dur | offset | set | range | ...
    data: dict[str, Any] = field(default_factory=dict)
    prio: int = 0


Handler = Callable[[re.Match[str], str], "Atom | None"]
_RULES: list[tuple[re.Pattern[str], Handler, int]] = []


def _rule(pattern: str, prio: int = 0) -> Callable[[Handler], Handler]:
    compiled = re.compile(B + LEAD + "(?P<x>" + pattern + ")")

    def deco(fn: Handler) -> Handler:
        _RULES.append((compiled, fn, prio))
        return fn

    return deco


def _span(m: re.Match[str]) -> tuple[int, int]:
    return m.start("x"), m.end("x")


def _find(pattern: str, text: str) -> str | None:
    found = re.search(pattern, text)
    return found.group(0) if found else None


def _month_of(text: str) -> int | None:
    found = re.search(MON, text)
    if not found:
        return None
    return L.MONTHS[re.sub(r"\s+", " ", found.group(0))]


def _wd_of(text: str) -> int | None:
    found = re.search(WDSTEM, text)
    return L.WEEKDAYS_BARE[found.group(0)] if found else None


def _ord_of(text: str) -> int | None:
    found = re.search(ORD, text)
    if not found:
        return None
    word = re.sub(r"\s+", " ", found.group(0))
    if not word.startswith("ال"):
        word = "ا" + word  # the ل-assimilated form (للثاني → لثاني)
    return L.ORDINALS.get(word)


def _num(text: str) -> float | None:
    text = text.strip()
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", "."))
    n = L.parse_number_words(text)
    return float(n) if n is not None else None


def _year_from_words(phrase: str) -> int | None:
    """A spoken year: a full number ("ألفين وثمانية عشر") or two pairs ("تسعة عشر تسعة وتسعون")."""
    tokens = phrase.split()
    for cut in range(1, len(tokens)):
        if tokens[cut].startswith("و"):
            continue
        hi = L.parse_number_words(" ".join(tokens[:cut]))
        lo = L.parse_number_words(" ".join(tokens[cut:]))
        if hi is not None and lo is not None and 10 <= hi <= 20 and 0 <= lo <= 99:
            return hi * 100 + lo
    return L.parse_number_words(phrase)


def _dir_of(text: str | None) -> int:
    if not text:
        return 0
    if re.match(AFTER_NEXT, text):
        return 2
    if re.match(BEFORE_LAST, text):
        return -2
    if re.search(PAST, text):
        return -1
    if re.search(NEXT, text):
        return 1
    return 0


def _guarded_number(s: str, start: int, end: int) -> bool:
    """True when a bare number is a count, an id or an amount rather than a date."""
    before = s[max(0, start - 25) : start]
    after = s[end : end + 14]
    if NUM_GUARD_BEFORE.search(before):
        return True
    if COUNT_NOUNS.match(after):
        return True
    return bool(re.match(r"\s*[-/.:]\s*\d", after) or re.search(r"\d\s*[-/.:,]\s*$", before))


# ---------------------------------------------------------------------------------------------
# Absolute dates
# ---------------------------------------------------------------------------------------------


def _valid_day(y: int, mo: int, d: int) -> bool:
    try:
        date(y, mo, d)
    except ValueError:
        return False
    return True


@_rule(r"(?P<y>\d{4})\s*(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})(?!\d)", 3)
def _iso_date(m: re.Match[str], s: str) -> Atom | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not 1 <= mo <= 12:
        return None
    if not _valid_day(y, mo, d) and 1800 <= y <= 2100:
        # "2015-1-32", "2016-2-30": a day that month does not have; the specs keep the year and month
        return Atom(m.start("y"), m.end("m"), "month", {"y": y, "m": mo})
    if 1300 <= y <= 1500:  # "1436/10/15 هـ": a Hijri date
        return _hijri_day(m, y, mo, d)
    return Atom(*_span(m), "day", {"y": y, "m": mo, "d": d})


@_rule(r"(?P<a>\d{1,2})\s*(?P<sep>[-/.])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4}|\d{2})(?![\d%])", 3)
def _dmy_date(m: re.Match[str], s: str) -> Atom | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if len(m["y"]) == 2:
        y += 2000 if y < 50 else 1900
    d, mo = a, b
    if mo > 12 and d <= 12:
        d, mo = mo, d
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    hijri_mark = re.match(r"\s*(?:ه|هـ|هجري)(?!\w)", s[m.end("x") : m.end("x") + 6])
    if 1300 <= y <= 1500 or (hijri_mark and y <= 1600):
        # a d/m/y year in 1300–1500 is a Hijri year (1921–2077 AD) even without هـ (kept in the span)
        atom = _hijri_day(m, y, int(m["b"]), int(m["a"]))
        if atom is not None and hijri_mark:
            atom.end += hijri_mark.end()
        return atom
    if _guarded_number(s, m.start("x"), m.end("x")):
        return None
    return Atom(*_span(m), "day", {"y": y, "m": mo, "d": d})


def _hijri_day(m: re.Match[str], hy: int, hm: int, hd: int) -> Atom | None:
    try:
        from hijridate import Hijri

        g = Hijri(hy, hm, hd).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return Atom(*_span(m), "day", {"y": g.year, "m": g.month, "d": g.day, "hijri": True})


_SCORE_CONTEXT = re.compile(
    r"(?:فاز|فوز|تعادل|التعادل|بنتيجه|النتيجه|نتيجه|هزم|خسر|خساره|تغلب|سحق|الترجيح|الشوط|مباراه|المباراه|هدف)"
)


@_rule(r"(?P<a>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<b>\d{1,2})(?:\s*,\s*(?P<y>\d{4}|\d{2}))?(?![\d%.,/:])", 1)
def _dm_date(m: re.Match[str], s: str) -> Atom | None:
    a, b = int(m["a"]), int(m["b"])
    before = s[max(0, m.start("x") - 14) : m.start("x")]
    cue = re.search(r"(?:في|يوم|بتاريخ|تاريخ|منذ|حتي|الموافق|عند|on)\s*$", before) is not None
    if m["sep"] != "/" and not cue and max(a, b) <= 12:
        return None
    if m["sep"] == "." and not cue and len(m["b"]) < 2:
        return None  # "13.3 بالمئة" is a decimal
    if re.match(r"\s*(?:%|\d)", s[m.end("x") : m.end("x") + 3]):
        return None
    if COUNT_NOUNS.match(s[m.end("x") : m.end("x") + 14]) or NUM_GUARD_BEFORE.search(before):
        return None
    if not m["y"] and _SCORE_CONTEXT.search(s[max(0, m.start("x") - 50) : m.start("x")]):
        return None  # "فاز على الاتحاد 3/1": a score
    d, mo = a, b
    if mo > 12 and d <= 12:
        d, mo = mo, d
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    if m["y"] and a <= 12 and b <= 31 and m["sep"] == "/":
        mo, d = a, b  # "08/12, 2015": the comma-year form is the US month/day order
    data: dict[str, Any] = {"m": mo, "d": d}
    if m["y"]:
        y = int(m["y"])
        data["y"] = y + (2000 if y < 50 else 1900) if len(m["y"]) == 2 else y
    return Atom(*_span(m), "day", data)


@_rule(
    rf"(?:يوم\s+)?(?P<d>{DNUM})\s*(?:[-/.]\s*)?(?:من\s+)?(?:شهر\s+)?(?P<mon>{MONP}){YEAR_TAIL}?"
    rf"(?:\s*(?P<dir>{PAST}|{NEXT}|{THIS}))?",
    4,
)
def _d_month(m: re.Match[str], s: str) -> Atom | None:
    data: dict[str, Any] = {"m": _month_of(m["mon"]), "d": int(m["d"])}
    if m["y"]:
        data["y"] = int(m["y"])
    data["dir"] = _dir_of(m["dir"])
    return Atom(*_span(m), "day", data)


@_rule(
    rf"(?:يوم\s+)?(?P<o>{ORD}|اول|غره|(?P<fl>اول|اخر)\s+(?:يوم|ايام))\s+(?(fl)(?:من\s+|في\s+)?|(?:من\s+)?)(?:شهر\s+)?"
    rf"(?P<mon>{MONP}){YEAR_TAIL}?(?:\s+(?P<dir>{PAST}|{NEXT}))?",
    4,
)
def _ord_month(m: re.Match[str], s: str) -> Atom | None:
    # "غرة جويلية 2016", "غرة أفريل": the first of a Gregorian month (Tunisian and Levantine usage);
    # "أول يوم من يوليو", "آخر يوم من يوليو": the day-of-month words of the error study, as one
    # grammar (ordinal, غرة, first/last day) over every month name
    if m["fl"] == "اخر":
        month = _month_of(m["mon"])
        if month == 2 and not m["y"]:
            return None  # the last of February needs its year
        d: int | None = calendar.monthrange(int(m["y"]) if m["y"] else 2001, month)[1]
    else:
        d = 1 if m["o"] in ("اول", "غره") or m["fl"] else _ord_of(m["o"])
    if d is None:
        return None
    data: dict[str, Any] = {"m": _month_of(m["mon"]), "d": d, "dir": _dir_of(m["dir"])}
    if m["y"]:
        data["y"] = int(m["y"])
    return Atom(*_span(m), "day", data)


@_rule(
    rf"(?P<mon>{MONP})\s*(?:/\s*)?(?:(?P<d>{DNUM})(?!\s*[/.:]\d|[,،]\d{{3}})|(?P<o>{ORD})|(?P<w>{NUMPHRASE}))"
    rf"(?:\s*[,،]?\s*(?:من\s+)?(?:{YEARWORD})?(?P<y>\d{{4}}|{NUMPHRASE}))?",
    2,
)
def _month_d(m: re.Match[str], s: str) -> Atom | None:
    if m["d"]:
        d: int | None = int(m["d"])
    elif m["o"]:
        d = _ord_of(m["o"])
    else:
        n = L.parse_number_words(m["w"])
        d = n if n is not None and 1 <= n <= 31 else None
    if d is None:
        return None
    if not m["y"] and COUNT_NOUNS.match(s[m.end("x") : m.end("x") + 14]):
        return None  # "برنت تسليم سبتمبر أيلول 14 سنتا": the number counts cents, it is no day
    data: dict[str, Any] = {"m": _month_of(m["mon"]), "d": d}
    if m["y"]:
        y = int(m["y"]) if m["y"].isdigit() else _year_from_words(m["y"])
        if y is None:
            return None
        data["y"] = y
    return Atom(*_span(m), "day", data)


@_rule(
    rf"(?:{AL}?شهر\s+)?(?P<mon>{MONP})\s*[,،/]?\s*(?:من\s+)?{YEARWORD}?(?P<y>\d{{4}}){YSUFFIX}(?!\d)",
    3,
)
def _month_year(m: re.Match[str], s: str) -> Atom | None:
    stretch = _slashed_months(m, {"y": int(m["y"])})
    if stretch is not None:
        return stretch
    return Atom(*_span(m), "month", {"m": _month_of(m["mon"]), "y": int(m["y"])})


def _slashed_months(m: re.Match[str], extra: dict[str, Any]) -> Atom | None:
    """ "اكتوبر/ديسمبر": two different months joined by a slash (not one month in two calendars)."""
    if "/" not in m["mon"]:
        return None
    nums = [L.MONTHS[re.sub(r"\s+", " ", x)] for x in re.findall(_alt(L.MONTHS) + _MON_END, m["mon"])]
    if len(nums) != 2 or nums[0] >= nums[1]:
        return None
    a, b = {"m": nums[0], **extra}, {"m": nums[1], **extra}
    return Atom(*_span(m), "range", {"of": "month", "a": a, "b": b})


@_rule(rf"(?P<this>(?:هذا|هذه)\s+)?(?:{AL}?شهر\s+)?(?P<mon>{MONP})(?:\s*(?P<dir>{PAST}|{NEXT}|{THIS}))?", 0)
def _month_bare(m: re.Match[str], s: str) -> Atom | None:
    first = re.search(MON, m["mon"])
    assert first is not None
    name = re.sub(r"\s+", " ", first.group(0))
    paired = m["mon"] != first.group(0)
    before = s[max(0, m.start("x") - 12) : m.start("x")]
    # "مارس من العام المقبل", "آب هذا العام": a year after the name makes it the month, not a verb
    of_year = re.match(
        r"\s+(?:من\s+)?(?:(?:هذا|هذه)\s+)?(?:ال|ل)?(?:عام|سنه)(?!\w)", s[m.end("x") : m.end("x") + 16]
    )
    if (
        name in L.AMBIGUOUS_MONTHS
        and not paired
        and not of_year
        and not m["dir"]
        and not m["this"]
        and not m["x"].startswith(("شهر", "الشهر"))
        and not re.search(
            r"(?:في|منذ|حتي|خلال|من|الي|مطلع|نهايه|بدايه|اواخر|اوايل|منتصف|شهر|شهري|اشهر|و|بين)\s*$", before
        )
        # a list of months: "فيفري، مارس ..."
        and not re.search(rf"{MON}\s*[,،]\s*$", s[max(0, m.start("x") - 20) : m.start("x")])
    ):
        return None
    if name == "اب" and not (paired or of_year or m["x"].startswith(("شهر", "الشهر"))):
        return None
    if m["this"]:
        return Atom(*_span(m), "month", {"m": L.MONTHS[name], "yrel": 0})
    if not m["dir"]:
        stretch = _slashed_months(m, {})
        if stretch is not None:
            return stretch
    return Atom(*_span(m), "month", {"m": L.MONTHS[name], "dir": _dir_of(m["dir"])})


@_rule(
    rf"(?:{AL}?شهر\s+)?(?P<mon>{MONP})\s+(?:من|في)\s+(?:{AL}(?:عام|سنه)\s+(?:نفسه|ذاته|نفسها|ذاتها)"
    rf"|(?:نفس|ذات)\s+{AL}(?:عام|سنه)){E}",
    3,
)
def _month_of_same_year(m: re.Match[str], s: str) -> Atom | None:
    """ "في آذار/مارس من العام نفسه": the month in the year named just before (resolved in extract)."""
    first = re.search(MON, m["mon"])
    assert first is not None
    return Atom(*_span(m), "month", {"m": L.MONTHS[re.sub(r"\s+", " ", first.group(0))], "same_year": True})


# ---------------------------------------------------------------------------------------------
# Anaphora: a day or month named through an earlier one (resolved in extract against the latest
# dated expression; without one they fall back to today / this month)
# ---------------------------------------------------------------------------------------------

# The year an anaphor is moved to, as a productive grammar rather than the phrasings met so far:
# a link (من، في، خلال، عن، attached ل) or none, then a year: "عام 2014", "2014" (only after a
# link), "العام الماضي/السابق/المنقضي/الفارط", "السنة المالية 2017" ("نفس الشهر خلال العام الماضي",
# "الفترة المماثلة للعام السابق", "الشهر نفسه عام 2014"); the error study of sets 1–6 found a new
# link or determiner in almost every blind set, which one-phrasing rules kept missing
_SAME_LINK = r"(?:(?:من|في|خلال|عن)\s+|ل(?=ل?(?:عام|سنه|ال)))"
_SAME_YEAR = (
    rf"(?:\s+(?:{_SAME_LINK}(?:{AL}?(?:عام|سنه)\s+{AL}ماليه?\s+(?P<fy>\d{{4}})(?![\d/])"
    rf"|(?:{YEARWORD})?(?P<y>\d{{4}})(?!\d)"
    rf"|{AL}?(?:عام|سنه)\s+(?P<yrel>{PAST}|{NEXT}|{THIS})(?:\s+(?P<y2>\d{{4}})(?!\d))?)"
    rf"|{YEARWORD}(?P<y3>\d{{4}})(?!\d)"
    rf"|{AL}(?:عام|سنه)\s+(?P<yrel2>{PAST}|{NEXT}|{THIS})(?:\s+(?P<y4>\d{{4}})(?!\d))?))?"
)
# determiners of "the same": before the unit (نفس/ذات الشهر) or after it (الشهر نفسه/ذاته/عينه/
# المماثل/المقابل/المذكور), in either gender
_SAME_AFTER = rf"(?:نفسه|نفسها|ذاته|ذاتها|عينه|عينها|{AL}(?:مقابل|مقابله|مماثل|مماثله|مذكور|مذكوره))"


@_rule(
    rf"(?:(?:نفس|ذات)\s+(?P<u1>{AL}(?:يوم|شهر|فتره|اسبوع))|(?P<u2>{AL}(?:يوم|شهر|فتره))\s+"
    rf"{_SAME_AFTER})"
    rf"{E}{_SAME_YEAR}",
    4,
)
def _same_period(m: re.Match[str], s: str) -> Atom | None:
    """ "نفس اليوم من عام 2016", "الشهر نفسه من العام الماضي", "الفترة نفسها من عام 2016", "الشهر
    المذكور من سنة 2017" (the month just named, in that year)."""
    unit = re.sub(r"^(?:ال|ل)", "", m["u1"] or m["u2"])
    year = m["y"] or m["y2"] or m["y3"] or m["y4"]
    yrel = m["yrel"] or m["yrel2"]
    if m["u2"] and unit == "يوم" and not (year or yrel):
        return None  # "صباح اليوم ذاته": the relative-day rule reads it (and lets a part of day join)
    if unit == "اسبوع" and not (year or yrel):
        return None
    data: dict[str, Any] = {"u": {"يوم": "day", "شهر": "month", "فتره": "period", "اسبوع": "week"}[unit]}
    if m["fy"]:
        # "الفترة نفسها من السنة المالية 2017": the fiscal period just named, in that fiscal year
        return Atom(*_span(m), "same", {"u": "fiscal", "fy": int(m["fy"])})
    if unit == "فتره" and not (year or yrel):
        # "وبلغ عدد البطاقات في ذات الفترة": the period the report is about, resolved in extract
        # against the latest period or month that is not a comparison's baseline (dropped if none)
        data["bare"] = True
    if year:
        data["y"] = int(year)
    elif yrel:
        data["yrel"] = _dir_of(yrel)
    return Atom(*_span(m), "same", data)


@_rule(rf"(?P<d>{DNUM})\s+(?:من\s+)?(?:(?:نفس|ذات)\s+{AL}شهر|{AL}شهر\s+(?:نفسه|ذاته)){E}", 5)
def _day_of_same_month(m: re.Match[str], s: str) -> Atom | None:
    """ "24 من نفس الشهر": a day of the month named before."""
    return Atom(*_span(m), "same", {"u": "dom", "d": int(m["d"])})


# "الساعة 1831 بتوقيت جرينتش": a four-digit 24-hour clock after الساعة; "الساعة صفر/الصفر": midnight
@_rule(rf"{AL}ساعه\s+(?:(?P<hm>[0-2]\d[0-5]\d)(?![\d.,:%])|(?P<zero>{AL}?صفر){E})", 3)
def _clock_after_saa(m: re.Match[str], s: str) -> Atom | None:
    if m["zero"]:
        return Atom(*_span(m), "clock", {"h": 0, "mi": 0, "ap": None})
    h, mi = divmod(int(m["hm"]), 100)
    if h > 23:
        return None
    return Atom(*_span(m), "clock", {"h": h, "mi": mi, "ap": "24h"})


# "( 21 ) يوماً", "(خمسة) أيام": the count in brackets, as official notices write it
@_rule(rf"\(\s*(?:(?P<n>\d{{1,4}})|(?P<nw>{NUMPHRASE}))\s*\)\s*(?P<u>{AL}?{UNIT_WORDS}){E}", 3)
def _dur_bracketed(m: re.Match[str], s: str) -> Atom | None:
    n = _num(m["n"] or m["nw"])
    if n is None or n <= 0:
        return None
    unit, _ = _unit_of(m["u"])
    return Atom(*_span(m), "dur", {"parts": [(float(n), unit)]})


_CARD_HOURS = {
    "واحده": 1, "اثنين": 2, "اثنتين": 2, "ثلاثه": 3, "ثلاث": 3, "اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5,
    "سته": 6, "ست": 6, "سبعه": 7, "سبع": 7, "ثمانيه": 8, "ثماني": 8, "ثمان": 8, "تسعه": 9, "تسع": 9,
    "عشره": 10, "عشر": 10, "احد عشر": 11, "احدي عشره": 11, "اثنا عشر": 12, "اثني عشر": 12,
}  # fmt: skip


@_rule(
    rf"(?P<saa>{AL}ساعه\s+)?(?P<h>{_alt(_CARD_HOURS)}){E}\s+"
    rf"(?:و\s*(?P<fr>{AL}?نصف|{AL}?ربع|{AL}?ثلث|(?P<mn>{NUMPHRASE}|\d{{1,2}})\s+(?:دقيقه|دقايق))"
    rf"|الا\s+(?P<minus>{AL}?ربعا?|{AL}?ثلثا?|(?P<mm>{NUMPHRASE}|\d{{1,2}})\s+(?:دقيقه|دقايق)))"
    rf"(?:\s+(?P<ap>{AMPM}){E})?",
    2,
)
def _cardinal_clock(m: re.Match[str], s: str) -> Atom | None:
    """ "الساعة ثلاثة وربع", "ثلاثة ونصف مساء", "أربعة إلا ربع": a cardinal hour with a fraction;
    without الساعة or am/pm only when minutes are named ("ثلاث وعشر دقائق")."""
    if not (m["saa"] or m["ap"] or m["mn"] or m["mm"]):
        return None  # "ثلاثة ونصف مليون": a quantity
    h = _CARD_HOURS[re.sub(r"\s+", " ", m["h"])]
    fr = m["fr"] or m["minus"] or ""
    if m["mn"] or m["mm"]:
        n = _num(m["mn"] or m["mm"])
        if n is None or not 1 <= n < 60:
            return None
        mi = int(n)
        if not (m["saa"] or m["ap"]) and m["mn"] and mi >= 20 and mi % 10 == 0:
            return None  # "خمس وعشرين دقيقة" is twenty-five minutes, a duration
    else:
        mi = 30 if "نصف" in fr else 20 if "ثلث" in fr else 15
    if m["minus"]:
        h, mi = h - 1, 60 - mi
    return Atom(*_span(m), "clock", {"h": _apply_ampm(h, m["ap"]), "mi": mi, "ap": m["ap"]})


@_rule(r"(?<=\d\d\d\d\s)(?P<h>[01]?\d|2[0-3])\.(?P<mi>[0-5]\d)(?![\d.%])", 5)
def _dotted_clock_after_date(m: re.Match[str], s: str) -> Atom | None:
    """ "6/6/2021 12.15": right after a full date, H.MM is the time of day (merged later)."""
    if not re.search(
        r"\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{4}\s$", s[max(0, m.start("x") - 12) : m.start("x")]
    ):
        return None
    return Atom(*_span(m), "clock", {"h": int(m["h"]), "mi": int(m["mi"]), "ap": None})


@_rule(rf"(?<=في\s)ال(?P<mon>{MON})", 0)
def _month_with_article(m: re.Match[str], s: str) -> Atom | None:
    """ "ولدت في المارس": a month name with the article after في (the specs' colloquial form)."""
    name = re.sub(r"\s+", " ", m["mon"])
    if name in L.AMBIGUOUS_MONTHS and name != "مارس":
        return None  # "في الاب": the father
    return Atom(*_span(m), "month", {"m": L.MONTHS[name], "dir": 0})


@_rule(
    rf"(?P<d>{DNUM})\s*(?:من\s+)?(?:{AL}?شهر\s+)?(?P<hm>{HMON})"
    rf"(?:\s*[,،]?\s*(?P<y>1[34]\d\d)\s*(?:ه|هـ|هجري|هجريه)?{E}|\s*(?P<dir>{PAST}|{NEXT}|{THIS}))?",
    5,
)
def _hijri_date(m: re.Match[str], s: str) -> Atom | None:
    hm = L.HIJRI_MONTHS[re.sub(r"\s+", " ", m["hm"])]
    if not m["y"]:  # "15 شوال الجاري", "25 من شهر رمضان"
        return Atom(*_span(m), "hijri", {"hm": hm, "hd": int(m["d"]), "dir": _dir_of(m["dir"])})
    try:
        from hijridate import Hijri

        g = Hijri(int(m["y"]), hm, int(m["d"])).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return Atom(*_span(m), "day", {"y": g.year, "m": g.month, "d": g.day, "hijri": True})


# "الأول من ذي القعدة المقبل", "العشرين من شهر شوال الحالي", "غرة شهر ذي الحجة", "أول أيام ذي الحجة",
# "التاسع من شهر شوال عام 1436 هـ": a Hijri day written with an ordinal, with or without its year
@_rule(
    rf"(?:يوم\s+)?(?P<o>{ORD}|غره|اول\s+ايام|اول\s+يوم\s+(?:من|في))\s+(?:من\s+)?(?:{AL}?شهر\s+)?"
    rf"(?P<hm>{HMON})(?:\s+(?:المبارك|المعظم|الكريم|الفضيل){E})?(?:\s*(?P<dir>{PAST}|{NEXT}|{THIS}))?"
    # the year linked as "لعام/من عام/في عام 1436" too ("أول أيام شهر شوال لعام 1436 هجري")
    rf"(?:\s*[,،]?\s*(?:(?:(?:من|في)\s+|ل)?{AL}?(?:عام|سنه)\s*)?(?P<y>1[34]\d\d)\s*(?:ه|هـ|هجري|هجريه)?{E})?",
    5,
)
def _hijri_ord_day(m: re.Match[str], s: str) -> Atom | None:
    if m["o"].startswith(("غره", "اول")):
        d: int | None = 1
    else:
        d = _ord_of(m["o"])
    if d is None or not 1 <= d <= 30:
        return None
    hm = L.HIJRI_MONTHS[re.sub(r"\s+", " ", m["hm"])]
    if m["y"]:
        try:
            from hijridate import Hijri

            g = Hijri(int(m["y"]), hm, d).to_gregorian()
        except (ValueError, OverflowError):
            return None
        return Atom(*_span(m), "day", {"y": g.year, "m": g.month, "d": g.day, "hijri": True})
    return Atom(*_span(m), "hijri", {"hm": hm, "hd": d, "dir": _dir_of(m["dir"]) if m["dir"] else 0})


# "10/شوال / 1436هـ": a numeric day and year around a Hijri month name
@_rule(rf"(?P<d>{DNUM})\s*/\s*(?P<hm>{HMON})\s*/\s*(?P<y>1[34]\d\d)(?:\s*(?:ه|هـ|هجري|هجريه){E})?", 6)
def _hijri_d_name_y(m: re.Match[str], s: str) -> Atom | None:
    return _hijri_day(m, int(m["y"]), L.HIJRI_MONTHS[re.sub(r"\s+", " ", m["hm"])], int(m["d"]))


# "1436/1437هـ", "1437-1441 هـ" (and "1437ـ1441هـ", whose tatweel the folding drops): Hijri years
@_rule(r"(?P<y1>1[34]\d\d)\s*(?:[/\-–]\s*)?(?P<y2>1[34]\d\d)\s*(?:ه|هجري|هجريه)(?!\w)", 6)
def _hijri_year_range(m: re.Match[str], s: str) -> Atom | None:
    y1, y2 = int(m["y1"]), int(m["y2"])
    if not 0 < y2 - y1 <= 30:
        return None
    try:
        from hijridate import Hijri

        first = Hijri(y1, 1, 1).to_gregorian()
        last = Hijri(y2, 12, Hijri(y2, 12, 1).month_length()).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return Atom(*_span(m), "hijrirange", {"a": first, "b": last})


_HIJRI_MARK = re.compile(r"\s*(?:ه|هجري|هجريه)(?!\w)")


def _hijri_part(m: re.Match[str], s: str, y: int, m1: int, m2: int) -> Atom | None:
    """Months ``m1``–``m2`` of a Hijri year (a year of 1300–1500, or any year followed by هـ) as the
    Gregorian days they covered, the era mark in the span: "التسعة أشهر الأولى من عام 1436ه" is
    Muharram to Ramadan 1436 (2014-10-25 → 2015-07-16), not January–September 1436 AD. ``None``
    when the year is not Hijri (the caller keeps its Gregorian reading)."""
    mark = _HIJRI_MARK.match(s, m.end("x"))
    if not (1300 <= y <= 1500 or (mark and y <= 1600)):
        return None
    try:
        from hijridate import Hijri

        first = Hijri(y, m1, 1).to_gregorian()
        last = Hijri(y, m2, Hijri(y, m2, 1).month_length()).to_gregorian()
    except (ValueError, OverflowError):
        return None
    end = mark.end() if mark else m.end("x")
    return Atom(m.start("x"), end, "hijrirange", {"a": first, "b": last, "part": (y, m1, m2)})


# "بداية عام 1436ه حتى نهاية شهر رمضان": the Hijri year so far, Muharram to the month named
@_rule(
    rf"(?:بدايه|مطلع)\s+{AL}?(?:عام|سنه)\s+(?P<y>1[34]\d\d)\s*(?:ه|هجري|هجريه)?\s+(?:و\s*)?(?:حتي|الي)"
    rf"(?:\s+غايه)?\s+(?:نهايه|اخر|موفي)\s+(?:شهر\s+)?(?P<hm>{HMON})",
    7,
)
def _hijri_year_to_month(m: re.Match[str], s: str) -> Atom | None:
    return _hijri_part(m, s, int(m["y"]), 1, L.HIJRI_MONTHS[re.sub(r"\s+", " ", m["hm"])])


@_rule(rf"(?P<hm>{HMON})\s*[,،]?\s*(?P<y>\d{{4}})(?:\s*(?:ه|هـ|هجري|هجريه))?{E}", 2)
def _hijri_month_year(m: re.Match[str], s: str) -> Atom | None:
    hm = L.HIJRI_MONTHS[re.sub(r"\s+", " ", m["hm"])]
    y = int(m["y"])
    if not 1300 <= y <= 1600:  # "رمضان 2015": the Hijri month as it fell in that Gregorian year
        return Atom(*_span(m), "hijrimonth", {"hm": hm, "gy": y})
    try:
        from hijridate import Hijri

        first = Hijri(y, hm, 1).to_gregorian()
        last = Hijri(y, hm, Hijri(y, hm, 1).month_length()).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return Atom(*_span(m), "hijrirange", {"a": first, "b": last})


@_rule(
    rf"(?:{AL}?شهر\s+)(?P<hm>{HMON})(?:\s+{AL}?(?:مبارك|معظم|كريم|فضيل){E})?(?:\s*(?P<dir>{PAST}|{NEXT}|{THIS}))?",
    1,
)
def _hijri_month(m: re.Match[str], s: str) -> Atom | None:
    data: dict[str, Any] = {"hm": L.HIJRI_MONTHS[re.sub(r"\s+", " ", m["hm"])]}
    if m["dir"]:
        data["dir"] = _dir_of(m["dir"])
    return Atom(*_span(m), "hijrimonth", data)


# "شهر رمضان المبارك من العام الماضي", "شهر رمضان للعام السابق 1435هـ", "رمضان من عام 1435هـ الماضي",
# "شهر رمضان المبارك للعام الحالي 1436هـ": a Hijri month with its (Hijri) year named after it
@_rule(
    rf"(?:{AL}?شهر\s+)?(?P<hm>{HMON})(?:\s+{AL}?(?:مبارك|معظم|كريم|فضيل))?\s+(?:من\s+|في\s+|ل(?=ل|عام|سنه))?"
    rf"{AL}?(?:عام|سنه)\s+(?:(?P<hy>1[34]\d\d)\s*(?:ه|هجري)?(?:\s+(?:{PAST}|{THIS}))?"
    rf"|(?P<rel>{PAST}|{NEXT}|{THIS})(?:\s+(?P<hy2>1[34]\d\d)\s*(?:ه|هجري)?)?){E}",
    5,
)
def _hijri_month_of_year(m: re.Match[str], s: str) -> Atom | None:
    data: dict[str, Any] = {"hm": L.HIJRI_MONTHS[re.sub(r"\s+", " ", m["hm"])]}
    if m["hy"] or m["hy2"]:
        data["hy"] = int(m["hy"] or m["hy2"])
    else:
        data["hyrel"] = _dir_of(m["rel"])
    return Atom(*_span(m), "hijrimonth", data)


# "العشر الأواخر من رمضان", "العشر الأوائل من ذي الحجة": the first or last ten days of a Hijri month
@_rule(
    rf"{AL}عشر\s+(?P<w>{AL}(?:اواخر|اوايل|اولي|اخيره|اول|اخير)){E}\s+(?:من\s+)?(?:{AL}?شهر\s+)?(?P<hm>{HMON})"
    rf"(?:\s*(?P<dir>{PAST}|{NEXT}|{THIS}))?",
    4,
)
def _hijri_ten_days(m: re.Match[str], s: str) -> Atom | None:
    data: dict[str, Any] = {"hm": L.HIJRI_MONTHS[re.sub(r"\s+", " ", m["hm"])], "part": "first"}
    if re.search(r"اواخر|اخير", m["w"]):
        data["part"] = "last"
    if m["dir"]:
        data["dir"] = _dir_of(m["dir"])
    return Atom(*_span(m), "hijrimonth", data)


@_rule(
    r"(?P<hm>رمضان|محرم|شعبان|شوال|رجب|ذو\s+الحجه|ذي\s+الحجه|ذو\s+القعده|ذي\s+القعده)"
    + E
    + rf"(?:\s*(?P<dir>{PAST}|{NEXT}|{THIS}))?",
    0,
)
def _hijri_month_name(m: re.Match[str], s: str) -> Atom | None:
    # these are also first names (رجب طيب أردوغان، رمضان): only after a time preposition, or with a
    # direction word ("رمضان المقبل")
    cue = r"(?:في|خلال|حلول|منذ|قبل|بعد|نهايه|بدايه|اواخر|اوايل|مطلع|منتصف|طيله|طوال)\s+$"
    if not m["dir"] and not re.search(cue, s[max(0, m.start("x") - 8) : m.start("x")]):
        return None
    data: dict[str, Any] = {"hm": L.HIJRI_MONTHS[re.sub(r"\s+", " ", m["hm"])]}
    if m["dir"]:
        data["dir"] = _dir_of(m["dir"])
    return Atom(*_span(m), "hijrimonth", data)


# ---------------------------------------------------------------------------------------------
# Ranges of days / months / years
# ---------------------------------------------------------------------------------------------


@_rule(rf"{AL}?اسبوع\s+(?:في\s+)?(?P<d>{DNUM})\s+(?:من\s+)?(?P<mon>{MONP}){YEAR_TAIL}?", 5)
def _week_of_day(m: re.Match[str], s: str) -> Atom | None:
    """ "أسبوع 30 نوفمبر", "الأسبوع في 15 يناير": the week of a day; Recognizers-Text writes the day."""
    data: dict[str, Any] = {"m": _month_of(m["mon"]), "d": int(m["d"])}
    if m["y"]:
        data["y"] = int(m["y"])
    return Atom(*_span(m), "day", data)


@_rule(
    rf"(?:(?:من|بين|ما\s+بين)\s+)(?P<o1>{ORD})\s*(?:الي|حتي|و)\s*(?P<o2>{ORD})\s+"
    rf"(?:من\s+)?(?:شهر\s+)?(?P<mon>{MONP}){YEAR_TAIL}?",
    6,
)
def _ordinal_day_range(m: re.Match[str], s: str) -> Atom | None:
    """ "من الرابع إلى الثاني والعشرين من يناير": a range of ordinal days in one month."""
    d1, d2 = _ord_of(m["o1"]), _ord_of(m["o2"])
    if d1 is None or d2 is None or d2 <= d1:
        return None
    mo = _month_of(m["mon"])
    y = int(m["y"]) if m["y"] else None
    return Atom(
        *_span(m), "range", {"of": "day", "a": {"m": mo, "d": d1, "y": y}, "b": {"m": mo, "d": d2, "y": y}}
    )


@_rule(
    rf"{AL}نصف\s+(?P<h>{AL}(?:اول|ثاني)){E}\s+(?:من\s+|في\s+)?(?:{AL}?شهر\s+)?(?P<mon>{MONP}){YEAR_TAIL}?"
    rf"(?:\s+(?P<dir>{PAST}|{NEXT}|{THIS}))?",
    6,
)
def _half_month(m: re.Match[str], s: str) -> Atom | None:
    """ "النصف الأول من شهر حزيران/يونيو المقبل": days 1–15 (or 16 to the month's end) of the month."""
    mo = _month_of(m["mon"])
    y = int(m["y"]) if m["y"] else None
    first = m["h"].endswith("اول")
    last = calendar.monthrange(y or 2001, mo)[1]
    ends = [{"m": mo, "d": 1 if first else 16}, {"m": mo, "d": 15 if first else last}]
    for d in ends:
        if y:
            d["y"] = y
        elif m["dir"]:
            d["dir"] = 0 if re.match(THIS, m["dir"]) else _dir_of(m["dir"])
    return Atom(*_span(m), "range", {"of": "day", "a": ends[0], "b": ends[1]})


@_rule(
    rf"(?:{AL}?شهر\s+)?(?P<mon>{MONP})\s+(?:بين|من)\s+(?P<d1>{DNUM})\s*(?:-|الي|حتي|و)\s*"
    rf"(?P<d2>{DNUM})(?!\s*[/.:\d])",
    6,
)
def _month_front_range(m: re.Match[str], s: str) -> Atom | None:
    """ "يناير بين 4 و 22", "شهر يناير من 4 إلى 22": the month named first."""
    d1, d2 = int(m["d1"]), int(m["d2"])
    if d2 <= d1 or COUNT_NOUNS.match(s[m.end("x") : m.end("x") + 14]):
        return None
    mo = _month_of(m["mon"])
    return Atom(*_span(m), "range", {"of": "day", "a": {"m": mo, "d": d1}, "b": {"m": mo, "d": d2}})


@_rule(
    rf"(?:(?:من|بين|ما\s+بين)\s+)?(?:يوم[يا]?\s+)?(?P<d1>{DNUM})\s*(?:-|–|الي|حتي|و|ل)\s*(?P<d2>{DNUM})\s+"
    rf"(?:من\s+)?(?:شهر\s+)?(?P<mon>{MONP}){YEAR_TAIL}?(?:\s*(?P<dir>{PAST}|{NEXT}|{THIS}))?",
    6,
)
def _day_range(m: re.Match[str], s: str) -> Atom | None:
    d1, d2 = int(m["d1"]), int(m["d2"])
    if d2 <= d1:
        return None
    mo = _month_of(m["mon"])
    y = int(m["y"]) if m["y"] else None
    a = {"m": mo, "d": d1, "y": y}
    b = {"m": mo, "d": d2, "y": y}
    if m["dir"] and not y:  # "29 و30 أيار/مايو الماضي"
        a["dir"] = b["dir"] = _dir_of(m["dir"])
    return Atom(*_span(m), "range", {"of": "day", "a": a, "b": b})


@_rule(
    rf"(?:(?:ايام|يومي)\s+)?(?P<d1>{DNUM})(?:\s*[,،]?\s*و?\s*{DNUM})+\s*[,،]?\s*و\s*(?P<d2>{DNUM})\s*"
    rf"(?:من\s+)?(?:شهر\s+)?(?P<mon>{MONP}){YEAR_TAIL}?(?:\s*(?P<dir>{PAST}|{NEXT}|{THIS}))?",
    6,
)
def _day_list(m: re.Match[str], s: str) -> Atom | None:
    """ "أيام 8 و9 و10 مارس 2017": three or more coordinated days, one stretch like "3 و5 مايو"."""
    return _day_range(m, s)


@_rule(
    rf"(?P<lead>(?:ايام|يومي)\s+)?(?P<w1>{WD})(?:\s*[,،]?\s*و?\s*{WD})*\s*[,،]?\s*و\s*(?P<w2>{WD})"
    rf"(?!\s+(?:{PAST}|{NEXT}))",
    6,
)
def _weekday_list(m: re.Match[str], s: str) -> Atom | None:
    """ "أيام الأحد والاثنين والثلاثاء", "يومي الجمعة والسبت", "الاثنين والثلاثاء": coordinated
    weekdays, first to last. Announced (a holiday decreed, schools closed) unless the clause narrates
    the past: from the first such day on or after publication."""
    days = [_wd_of(w) for w in re.findall(WD, m["x"])]
    # a run of consecutive days is one stretch (a holiday "الأحد والاثنين والثلاثاء"); "يومي الاثنين
    # والأربعاء" names two separate days
    if None in days or any(d2 != d1 % 7 + 1 for d1, d2 in itertools.pairwise(days)):  # type: ignore[operator]
        return None
    if not m["lead"] and re.search(
        r"(?:بين|ليل|ليله|ليلة|فجر|صباح|مساء)\s*$", s[max(0, m.start("x") - 8) : m.start("x")]
    ):
        return None  # "ليل الأحد الاثنين", "بين الاثنين والثلاثاء": a night or a boundary, not a run
    a, b = days[0], days[-1]
    data: dict[str, Any] = {"of": "day", "a": {"wd": a, "dir": 0}, "b": {"wd": b, "dir": 0}}
    if not past_context(s, m.start("x")):
        data["ahead"] = True
    return Atom(*_span(m), "range", data)


@_rule(
    rf"(?:(?:من|بين|ما\s+بين)\s+)?(?P<d1>{DNUM})\s*(?:-|–|الي|حتي|و)\s*(?P<d2>{DNUM})\s+"
    rf"(?:من\s+|في\s+)?(?:(?P<this>هذا\s+الشهر|{AL}شهر\s+{THIS})|{AL}شهر\s+(?P<rel>{PAST}|{NEXT}))",
    6,
)
def _day_range_rel(m: re.Match[str], s: str) -> Atom | None:
    d1, d2 = int(m["d1"]), int(m["d2"])
    if d2 <= d1:
        return None
    rel = 0 if m["this"] else _dir_of(m["rel"])
    return Atom(
        *_span(m),
        "range",
        {"of": "day", "a": {"d": d1, "mrel": rel}, "b": {"d": d2, "mrel": rel}},
    )


# a change of one date for another ("تعديل سنة الأساس من 2007 إلى 2013", "تأجيل الموعد من … إلى …")
_CHANGE_VERB = re.compile(
    r"(?<!\w)(?:تعديل|تغيير|تحويل|نقل|تاجيل|ارجاء|تقديم|عدل\w{0,2}|غير\w{0,2}|اجل\w{0,2}|ارج\w{0,2}"
    r"|حول\w{0,2})(?!\w)[^.،,؛\n]*$"
)


@_rule(
    rf"(?:(?:من|بين|ما\s+بين)\s+)?(?:{AL}?(?:عامي|سنتي|الفتره\s+(?:من|بين))\s+)?(?P<y1>{YNUM})\s*"
    rf"(?:-|–|/|الي|حتي|و|ولغايه|لغايه)\s*(?:{AL}?(?:عام|سنه)\s+)?(?P<y2>{YNUM})",
    5,
)
def _year_range(m: re.Match[str], s: str) -> Atom | None:
    y1, y2 = int(m["y1"]), int(m["y2"])
    if y2 <= y1 or y2 - y1 > 200:
        return None
    before = s[max(0, m.start("x") - 20) : m.start("x")]
    if re.search(r"(?:الدراسي|الدراسيه|الموسم|موسم)\s*$", before) and y2 == y1 + 1 and "/" not in m["x"]:
        # "موسم 2007-2008": a season across two years
        return Atom(*_span(m), "range", {"of": "year", "y1": y1, "y2": y2, "and": False})
    if re.search(r"(?:المالي|الماليه|الدراسي|الدراسيه|الموسم|موسم)\s*$", before):
        return None
    # "(بين) عامي 2016 و2017" names both years (the dual); a bare "بين 2010 و 2015" is a span ending
    # at 2015, as the specs' "بين 2014-2018" and "من 2014 حتى 2018" are (resolved bounds stay inclusive)
    joined_by_and = re.search(r"\d\s*و\s*(?:عام\s+|سنه\s+)?\d", m["x"]) is not None and (
        re.search(r"(?:عامي|سنتي)\s", m["x"]) is not None or re.match(r"(?:ما\s+)?بين\s", m["x"]) is None
    )
    if "/" in m["x"] and y2 == y1 + 1:
        return None  # 2018/2019 without a fiscal cue: a season, handled as two years
    from_lead = m["x"].startswith("من") or re.search(
        r"من\s+(?:عام\s+|سنه\s+)?$", s[max(0, m.start("x") - 10) : m.start("x")]
    )
    if from_lead and _CHANGE_VERB.search(s[max(0, m.start("x") - 50) : m.start("x")]):
        return None  # "غيرت سنة الأساس من عام 1999 إلى عام 2007": from one year to another
    if _guarded_number(s, m.start("x"), m.end("x")) and not m["x"].startswith(("عام", "من", "بين")):
        return None
    return Atom(*_span(m), "range", {"of": "year", "y1": y1, "y2": y2, "and": joined_by_and})


_MONTHS_COUNT = {"ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثمانيه": 8, "تسعه": 9, "عشره": 10}
# whose fiscal year it is, from the country named near it: the month the year starts in (Egypt,
# Pakistan, Australia: July, the default of the two-year form; the US: October; the UK, India, Japan,
# Canada, Kuwait: April; Iran: 21 March, its solar new year)
_FISCAL_CUES = (
    (10, re.compile(r"امريك|اميرك|الولايات\s+المتحده|واشنطن|الكونغرس|الكونجرس|البنتاغون")),
    (4, re.compile(r"بريطاني|(?<!\w)[وبل]?(?:ال)?هند(?:ي|يه)?(?!\w)|اليابان|كندا|الكندي|الكويت")),
    (3, re.compile(r"ايران")),
    (7, re.compile(r"(?<!\w)[وبل]?(?:ال)?مصر(?:ي|يه)?(?!\w)|باكستان|استرالي")),
)


def _fiscal_start(s: str, start: int, end: int) -> int | None:
    """The month a fiscal year starts in, from the nearest country cue in its paragraph (up to 600
    characters before it, 60 after); None without one."""
    before = s[max(0, start - 600) : start]
    stop = max(before.rfind("\n"), 0)
    # "بالدولار الأمريكي" names a currency, not whose budget it is
    window = re.sub(
        r"دولار\s+(?:ال)?(?:امريكي|اميركي)", lambda c: " " * len(c[0]), before[stop:] + s[end : end + 60]
    )
    best: tuple[int, int] | None = None
    for month, rx in _FISCAL_CUES:
        for cue in rx.finditer(window):
            dist = abs(len(before) - stop - cue.start())
            if best is None or dist < best[0]:
                best = (dist, month)
    return best[1] if best else None


@_rule(
    rf"(?P<q>(?:{AL}(?:ربع|نصف)\s+{ORD}\s+(?:من\s+)?)|(?:{AL}(?:اشهر|شهور)\s+{AL}(?P<n>{_alt(_MONTHS_COUNT)})"
    rf"\s+{AL}(?P<pos>اولي|اخيره)\s+(?:من\s+)?))?{AL}?(?:عام|سنه)\s+{AL}ماليه?\s+"
    rf"(?:{AL}?(?:عام|سنه)\s+)?(?P<y1>\d{{4}})(?:\s*[/\-]\s*(?P<y2>\d{{4}}|\d{{2}}))?",
    7,
)
def _fiscal(m: re.Match[str], s: str) -> Atom | None:
    y1 = int(m["y1"])
    y2 = None
    if m["y2"]:
        y2 = int(m["y2"]) if len(m["y2"]) == 4 else (y1 // 100) * 100 + int(m["y2"])
        if y2 != y1 + 1:
            return None
    part = None
    if m["n"]:
        # "الأشهر الأربعة الأولى من السنة المالية 2018": that many months from the year's start
        n = _MONTHS_COUNT[m["n"]]
        part = ("M", n) if m["pos"] == "اولي" else ("L", n)
    elif m["q"]:
        n = _ord_of(m["q"])
        kind = "Q" if "ربع" in m["q"] else "H"
        if n is None or (kind == "Q" and n > 4) or (kind == "H" and n > 2):
            return None
        part = (kind, n)
    starts = _fiscal_start(s, m.start("x"), m.end("x"))
    return Atom(*_span(m), "fiscal", {"y1": y1, "y2": y2, "part": part, "starts": starts})


@_rule(
    rf"{AL}(?P<k>ربع|نصف|ثلاثي|ثلاثيه)\s+(?P<o>{ORD}|{AL}اخير)\s+(?:من\s+|في\s+)?(?:(?:{AL}?(?:عام|سنه)\s+)?(?P<y>\d{{4}})"
    rf"|(?P<this>هذا\s+العام|هذه\s+السنه|{AL}(?:عام|سنه)\s+{THIS}|{AL}(?:عام|سنه)(?!\s+{AL}))"
    rf"|{AL}(?:عام|سنه)\s+(?P<rel>{PAST}|{NEXT})|(?:{AL}?(?:عام|سنه)\s+)?(?P<w>{NUMPHRASE}))",
    5,
)
def _quarter(m: re.Match[str], s: str) -> Atom | None:
    kind = "H" if m["k"] == "نصف" else "Q"  # "الثلاثي الرابع": Tunisian for the fourth quarter
    n = (4 if kind == "Q" else 2) if m["o"].endswith("اخير") else _ord_of(m["o"])
    if n is None or (kind == "Q" and n > 4) or (kind == "H" and n > 2):
        return None
    data: dict[str, Any] = {"part": (kind, n)}
    if m["y"]:
        data["y"] = int(m["y"])
        size = 3 if kind == "Q" else 6
        hijri = _hijri_part(m, s, data["y"], size * (n - 1) + 1, size * n)
        if hijri is not None:
            return hijri
    elif m["w"]:
        y = _year_from_words(m["w"])
        if y is None or y < 1000:
            return None
        data["y"] = y
    else:
        data["yrel"] = 0 if m["this"] else _dir_of(m["rel"])
    return Atom(*_span(m), "quarter", data)


@_rule(
    rf"(?:{AL}|(?<=ل)ل)(?P<k>ربع|نصف|ثلاثي)\s+(?P<o>{ORD}|{AL}اخير)(?:\s+(?P<rel>{PAST}|{NEXT}|{THIS}))?{E}"
    rf"(?!\s+(?:من|في|ل|{AL}?(?:عام|سنه)|\d|\(\s*\d))",
    4,
)
def _quarter_bare(m: re.Match[str], s: str) -> Atom | None:
    """ "للربع الثاني", "الربع الثاني الماضي" in a business report: a quarter with no year named (the
    form with a year is _quarter). Not "الربع الأول من المباراة" (a quarter of a game)."""
    kind = "H" if m["k"] == "نصف" else "Q"
    if kind == "H" and not m["rel"]:
        return None  # a bare "النصف الأول" is as often a match's or a book's
    n = (4 if kind == "Q" else 2) if m["o"].endswith("اخير") else _ord_of(m["o"])
    if n is None or (kind == "Q" and n > 4) or (kind == "H" and n > 2):
        return None
    qdir = 0 if not m["rel"] or re.search(THIS, m["rel"]) else _dir_of(m["rel"])
    return Atom(*_span(m), "quarter", {"part": (kind, n), "qdir": qdir})


@_rule(
    # the count before or after the unit: "الأشهر التسعة الأولى", "التسعة أشهر الأولى"
    rf"(?:(?:{AL}(?:اشهر|شهور)\s+{AL}(?P<n>ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)"
    rf"|{AL}(?P<n3>ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)\s+(?:اشهر|شهور))\s+{AL}(?P<pos>اولي|اخيره)"
    rf"|{AL}شهرين\s+{AL}(?P<pos2>اولين|اخيرين)|{AL}(?:اشهر|شهور)\s+{AL}(?P<n2>ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)"
    rf"(?=\s+(?:هذا\s+العام|هذه\s+السنه)))\s+(?:من\s+|في\s+|ل(?=ال|عام|سنه)|(?=ه))"
    rf"(?:(?:{AL}?(?:عام|سنه)\s+)?(?P<y>\d{{4}})|(?P<this>هذا\s+العام|هذه\s+السنه|{AL}(?:عام|سنه)\s+{THIS})"
    rf"|{AL}(?:عام|سنه)\s+(?P<rel>{PAST}|{NEXT}))",
    5,
)
def _months_of_year(m: re.Match[str], s: str) -> Atom | None:
    """ "الأشهر الثلاثة الأخيرة من 2016" (the fourth quarter), "الأشهر الستة الأولى من هذا العام" (H1),
    "الشهرين الأولين لسنة 2017" (January and February)."""
    if m["pos2"]:
        first = m["pos2"] == "اولين"
        a: dict[str, Any] = {"m": 1 if first else 11}
        b: dict[str, Any] = {"m": 2 if first else 12}
        for d in (a, b):
            if m["y"]:
                d["y"] = int(m["y"])
            else:
                d["yrel"] = 0 if m["this"] else _dir_of(m["rel"])
        return Atom(*_span(m), "range", {"of": "month", "a": a, "b": b})
    count = {"ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثمانيه": 8, "تسعه": 9, "عشره": 10}
    # "الأشهر السبعة هذا العام": the months of this year so far, from January
    months = count[m["n"] or m["n2"] or m["n3"]]
    if months not in (3, 6):
        # "الأشهر الأربعة الأولى من عام 2017": January to April, a stretch of months
        first = m["pos"] != "اخيره"
        ends = [{"m": 1 if first else 13 - months}, {"m": months if first else 12}]
        if m["y"]:
            hijri = _hijri_part(m, s, int(m["y"]), ends[0]["m"], ends[1]["m"])
            if hijri is not None:
                return hijri
        for d in ends:
            if m["y"]:
                d["y"] = int(m["y"])
            else:
                d["yrel"] = 0 if m["this"] else _dir_of(m["rel"])
        return Atom(*_span(m), "range", {"of": "month", "a": ends[0], "b": ends[1]})
    kind = "Q" if months == 3 else "H"
    n = 1 if m["pos"] != "اخيره" else (4 if kind == "Q" else 2)
    data: dict[str, Any] = {"part": (kind, n)}
    if m["y"]:
        data["y"] = int(m["y"])
        hijri = _hijri_part(m, s, data["y"], 1 if n == 1 else 13 - months, months if n == 1 else 12)
        if hijri is not None:
            return hijri
    else:
        data["yrel"] = 0 if m["this"] else _dir_of(m["rel"])
    return Atom(*_span(m), "quarter", data)


# ---------------------------------------------------------------------------------------------
# Years, decades, centuries
# ---------------------------------------------------------------------------------------------


@_rule(
    rf"{AL}شهر\s+(?P<o>{ORD})\s+(?:من\s+|في\s+|ل(?=ال|عام|سنه))"
    rf"(?:(?:{AL}?(?:عام|سنه)\s+)?(?P<y>\d{{4}})|(?P<this>هذا\s+العام|هذه\s+السنه|{AL}(?:عام|سنه)\s+{THIS})"
    rf"|{AL}(?:عام|سنه)\s+(?P<rel>{PAST}|{NEXT}))",
    5,
)
def _nth_month_of_year(m: re.Match[str], s: str) -> Atom | None:
    """ "الشهر الأول من العام الجاري", "الشهر الثالث من عام 2016": a month counted within its year
    (the sub-period grammar of the error study, as "الأشهر الستة الأولى من …" above)."""
    n = _ord_of(m["o"])
    if n is None or not 1 <= n <= 12:
        return None
    data: dict[str, Any] = {"m": n}
    if m["y"]:
        data["y"] = int(m["y"])
    else:
        data["yrel"] = 0 if m["this"] else _dir_of(m["rel"])
    return Atom(*_span(m), "month", data)


@_rule(rf"(?:{AL}?(?:عام|سنه)|لعام)(?:\s+|(?=1[34]\d\d\s*ه))(?P<y>\d{{3,4}}){YSUFFIX}(?![\d%])", 3)
def _year_kw(m: re.Match[str], s: str) -> Atom | None:
    y = int(m["y"])
    hijri = _hijri_year(m, s, y)
    if hijri is not None:
        return hijri
    if COUNT_NOUNS.match(s[m.end("x") : m.end("x") + 14]):
        return None
    return Atom(*_span(m), "year", {"y": y})


@_rule(rf"(?:{AL}?(?:عام|سنه)\s+)(?P<w>{NUMPHRASE})", 2)
def _year_words(m: re.Match[str], s: str) -> Atom | None:
    y = _year_from_words(m["w"])
    if y is None or y < 100:
        return None
    return Atom(*_span(m), "year", {"y": y})


@_rule(rf"(?P<w>الف\s+و\s*{NUMPHRASE}|الفين\s+و\s*{NUMPHRASE}|الفان\s+و\s*{NUMPHRASE})", 1)
def _year_words_bare(m: re.Match[str], s: str) -> Atom | None:
    y = L.parse_number_words(m["w"])
    if y is None or not 1000 <= y <= 2100:
        return None
    if COUNT_NOUNS.match(s[m.end("x") : m.end("x") + 14]):
        return None
    return Atom(*_span(m), "year", {"y": y})


_YEAR_CUE_BEFORE = re.compile(r"(?:في|منذ|عام|سنه|حتي|قبل|بعد|خلال|من|الي|بين|موسم|لعام)\s*$")
# words ending in ا that are not an accusative counted noun (adverbs, times of day)
_NOT_TAMYIZ = frozenset(
    ("صباحا", "مساءا", "ليلا", "ظهرا", "عصرا", "فجرا", "تقريبا", "ايضا", "اذا", "لذا", "هذا", "حاليا")
)
_COUNTED_SINGULAR = frozenset(
    ("مخالفه", "مسلح", "حاله", "مقاتل", "لاجي", "اسره", "عايله", "وظيفه", "مشروع", "مدرسه", "سياره")
)


def _hijri_year(m: re.Match[str], s: str, y: int) -> Atom | None:
    """ "العام 1435هـ": a Hijri year, resolved to its Gregorian first and last days."""
    mark = r"\s*(?:/\s*\d{4}\s*)?(?:ه|هجري|هجريه|للهجره)(?!\w)"
    if not (y <= 1600 and re.match(mark, s[m.end("x") :])):
        return None
    try:
        from hijridate import Hijri

        first = Hijri(y, 1, 1).to_gregorian()
        last = Hijri(y, 12, Hijri(y, 12, 1).month_length()).to_gregorian()
    except (ValueError, OverflowError):
        # outside hijridate's Umm al-Qura range (1343–1500): the arithmetic (tabular) calendar,
        # off by a day or two at most, which a year-long range does not notice
        if y < 1:
            return None
        first, last = _tabular_hijri(y, 1, 1), _tabular_hijri(y + 1, 1, 1) - timedelta(days=1)
    return Atom(*_span(m), "hijrirange", {"a": first, "b": last})


def _tabular_hijri(y: int, m: int, d: int) -> date:
    """Gregorian date of a Hijri date in the arithmetic Islamic calendar (epoch 16 July 622 Julian,
    19 July proleptic Gregorian)."""
    days = d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30
    return date(622, 7, 19) + timedelta(days=days - 1)


@_rule(rf"(?P<y>{YNUM}){YSUFFIX}", 0)
def _year_bare(m: re.Match[str], s: str) -> Atom | None:
    if _guarded_number(s, m.start("x"), m.end("x")):
        return None
    hijri = _hijri_year(m, s, int(m["y"]))
    if hijri is not None:
        return hijri
    after = s[m.end("x") : m.end("x") + 20]
    if re.match(r"\s*م?\d", after):
        return None  # "1500م2": an area
    counted = re.match(r"\s+(?!ال|[وفبلك]ال)(?P<w>[^\W\d_]{3,})(?!\w)", after)
    if counted and not _YEAR_CUE_BEFORE.search(s[max(0, m.start("x") - 8) : m.start("x")]):
        w = counted["w"]
        if w[0] in "وفبلك" and w[1:] in L.place_names():
            w = ""  # "كأس العالم 2018 بروسيا": a place, not a counted noun
        if (w.endswith("ا") and w not in _NOT_TAMYIZ) or w in _COUNTED_SINGULAR:
            return None  # "1500 مسلحا", "1764 مخالفة": a number counting the noun after it
    return Atom(*_span(m), "year", {"y": int(m["y"])})


# heads of "X العام" compounds, where العام is the adjective "general/public", not "the year":
# "الأمين العام السابق" (the former secretary-general), "المدعي العام الحالي", "النائب العام"
_GENERAL_HEADS = frozenset(
    [
        "الامين",
        "المدعي",
        "النايب",
        "المدير",
        "الراي",
        "القطاع",
        "الموتمر",
        "الاتحاد",
        "الامن",
        "المرشد",
        "القايد",
        "المفتش",
        "الصالح",
        "النظام",
        "الشان",
        "المال",
        "الادعاء",
        "المستشار",
        "المنسق",
        "المراقب",
        "المقرر",
        "الوكيل",
        "المحامي",
        "المشرف",
        "الحاكم",
        "العفو",
        "الانفاق",
        "الاضراب",
        "المزاج",
        "المناخ",
        "الطابع",
        "الاطار",
        "الخط",
        "الدين",
        "التعليم",
        "التنسيق",
        "الاشراف",
        "المجمع",
    ]
)


@_rule(
    rf"(?:(?P<this>هذا\s+العام|هذه\s+السنه|العام\s+الحالي|العام\s+الجاري|السنه\s+الحاليه|السنه\s+الجاريه)"
    rf"|{AL}(?:عام|سنه)\s+(?P<rel>{AFTER_NEXT}|{BEFORE_LAST}|{PAST}|{NEXT}))",
    2,
)
def _year_rel(m: re.Match[str], s: str) -> Atom | None:
    if m["x"].startswith(("العام", "لعام")):
        words = s[max(0, m.start("x") - 20) : m.start("x")].split()
        head = re.sub(r"^[وف]?(?:ل(?=ل)|[بل](?=ال))?", "", words[-1]) if words else ""
        if head in _GENERAL_HEADS or ("ا" + head in _GENERAL_HEADS and head.startswith("ل")):
            return None  # "الأمين العام السابق": the former secretary-general
    rel = 0 if m["this"] else _dir_of(m["rel"])
    return Atom(*_span(m), "year", {"yrel": rel})


_DECADES = {
    "عشرين": 2,
    "ثلاثين": 3,
    "اربعين": 4,
    "خمسين": 5,
    "ستين": 6,
    "سبعين": 7,
    "ثمانين": 8,
    "تسعين": 9,
}


@_rule(
    rf"{AL}?(?P<dec>{_alt(_DECADES)})(?:يات|ات){E}(?:\s+(?:من\s+)?{AL}قرن\s+(?P<c>{PAST}|{ORD}(?:\s+عشر)?"
    rf"|{AL}عشرين))?",
    2,
)
def _decade(m: re.Match[str], s: str) -> Atom | None:
    dec = _DECADES[m["dec"]]
    century = None
    if m["c"]:
        if re.search(PAST, m["c"]) or "عشرين" in m["c"]:
            century = 19
        elif "تاسع عشر" in m["c"]:
            century = 18
        elif "ثامن عشر" in m["c"]:
            century = 17
    return Atom(*_span(m), "decade", {"dec": dec, "c": century})


@_rule(
    rf"(?:(?<=مواليد\s)الفين|{AL}الفين(?:ات|يات)?|الفينات|الفينيات){E}"
    rf"(?:\s+و\s*(?P<tens>{AL}عشرات|{AL}(?P<dec>{_alt(_DECADES)})(?:يات|ات)){E})?",
    2,
)
def _decade_2000s(m: re.Match[str], s: str) -> Atom | None:
    """ "الألفين" / "الألفينات" (the two-thousands), "مواليد ألفين", "الألفين والعشرات" (the 2010s):
    the specs read the bare "two thousand" as an era, the decade 2000–2009.  After a year word
    ("عام الألفين") or before a units number ("الألفين وخمسة") it is the year, and before a counted
    noun a number."""
    before = s[max(0, m.start("x") - 8) : m.start("x")]
    after = s[m.end("x") : m.end("x") + 14]
    if re.search(rf"{YEARWORD}$|(?:عام|سنه)\s*$", before) or re.match(rf"\s+و\s*{NUMW}", after):
        return None
    if COUNT_NOUNS.match(after) or re.match(rf"\s+(?:{UNIT_WORDS}){E}", after):
        return None
    dec = 1 if m["tens"] and "عشرات" in m["tens"] else _DECADES[m["dec"]] if m["dec"] else 0
    return Atom(*_span(m), "decade", {"dec": dec, "c": 20})


@_rule(rf"{AL}عقد\s+(?P<rel>{PAST}|{NEXT}|{THIS})", 2)
def _decade_rel(m: re.Match[str], s: str) -> Atom | None:
    if m["rel"].endswith("جديد"):
        return None  # "العقد الجديد" is a new contract, not the next decade
    rel = 0 if re.search(THIS, m["rel"]) else _dir_of(m["rel"])
    return Atom(*_span(m), "decade", {"rel": rel})


@_rule(
    rf"{AL}قرن\s+(?:(?P<o>{ORD}(?:\s+عشر)?|{AL}حادي\s+و{AL}عشرين|{AL}عشرين)|(?P<rel>{PAST}|{THIS})"
    rf"|(?:ال\s*)?(?P<n>[12]?\d)(?![\d%]))",
    2,
)
def _century(m: re.Match[str], s: str) -> Atom | None:
    if m["n"]:  # "القرن الـ 20"
        return Atom(*_span(m), "century", {"n": int(m["n"])}) if 1 <= int(m["n"]) <= 21 else None
    if m["rel"]:
        return Atom(*_span(m), "century", {"rel": -1 if re.search(PAST, m["rel"]) else 0})
    text = m["o"]
    if "حادي" in text and "عشرين" in text:
        n = 21
    elif "عشرين" in text:
        n = 20
    else:
        base = _ord_of(text)
        if base is None:
            return None
        n = base + (10 if re.search(r"عشر$", text) and base < 10 else 0)
    return Atom(*_span(m), "century", {"n": n})


# ---------------------------------------------------------------------------------------------
# Relative days, weekdays, weeks, months
# ---------------------------------------------------------------------------------------------

_RELDAY = (
    rf"(?P<rd>{AL}يوم(?:\s+(?:ذاته|نفسه|ذاتها))?(?!\s+{AL}(?:عالمي|وطني|دولي|اول|ثاني|ثالث|اخير|تالي|ماضي|سابق))"
    rf"|هذا\s+اليوم|{AL}يوم\s+{AL}تالي|{AL}يوم\s+{AL}(?:ماضي|سابق)|اول\s+(?:من\s+)?امس|قبل\s+امس|امس\s+الاول|امس|{AL}امس|البارحه|بعد\s+غد|بعد\s+الغد"
    rf"|غدا|{AL}غد|(?<=يوم\s)غد|غدوه){E}"
)


_YAWM_NP_AFTER = re.compile(
    r"\s+(?:ال(?!حالي|جاري)\w{3,}ي(?!\w)|ال(?:سابع|ثامن|تاسع|عاشر|خامس|سادس|رابع|طويل|كامل|موعود|مشهود|عصيب|حاسم|"
    r"مفتوح|مشؤوم|مشووم|اسود)(?!\w))"
)
_MEDIA_CUE = r"(?:قناه|صحيفه|جريده|موقع|شبكه|مجله|برنامج|فيلم|مسلسل|كتاب|اوردت|اورد|عن|بعنوان)\s*$"
_QUOTE_OPEN = r"\"«“(\["  # for character classes
_QUOTE_CLOSE = r"\"»”)\]"


def _yawm_reading(s: str, start: int, end: int) -> str | None:
    """How to read a bare ``اليوم``: "drop" when it is no time at all (a name such as "روسيا اليوم"
    or «اليوم», a noun phrase "اليوم الدراسي"), "now" when it means nowadays ("العالم اليوم", "أما
    اليوم", "سوريا اليوم تعيش" — TimeML's PRESENT_REF), else None (the publication day)."""
    before = s[max(0, start - 40) : start]
    after = s[end : end + 20]
    words = before.split()
    prev = words[-1] if words else ""
    for n in (1, 2):  # outlet names: "المصري اليوم", "عين اليوم"
        name = " ".join([*words[-n:], "اليوم"]) if len(words) >= n else ""
        outer = words[-n - 1] if len(words) > n else ""
        if re.sub(r"^[\"«“(]+", "", name) in L.OUTLETS_WITH_YAWM and not outer.startswith(("ال", "لل")):
            return "drop"  # not "المنتخب المصري اليوم", where المصري describes a noun
    if re.match(r"\s+السابع(?!\w)", after):
        return "drop"  # "اليوم السابع": the newspaper (or the seventh day)
    if re.search(rf"[{_QUOTE_OPEN}]\s*$", before) and re.match(rf"\s*[{_QUOTE_CLOSE}]", after):
        return "drop"  # «اليوم»: the newspaper
    quoted = re.search(rf"(?P<cue>\S+\s+)?[{_QUOTE_OPEN}]\s*(?P<w>[^\s{_QUOTE_CLOSE}]+)\s+$", before)
    if quoted and re.match(rf"\s*[{_QUOTE_CLOSE}]", after):
        cue = re.search(_MEDIA_CUE, quoted["cue"] or "")
        if cue or quoted["w"].startswith("ال") or quoted["w"] in L.place_names():
            return "drop"  # "روسيا اليوم", فيلم "بنات اليوم": a title in quotes (not "سنلتقي اليوم")
    if _YAWM_NP_AFTER.match(after):
        return "drop"  # "اليوم الدراسي", "اليوم الخامس": the day as a noun
    if prev in L.NOWADAYS_HEADS or re.search(r"(?:نعرف|يعرف|تعرف|نعيش)\w*\s+$", before):
        return "now"
    bare = re.sub(r"^[\"«“(]+", "", prev)
    if bare in L.place_names():
        place_at = max(0, start - 40) + before.rstrip().rfind(prev)
        head = s[:place_at].rstrip()
        # the place heads its clause (no verb or preposition before it): "سوريا اليوم تعيش …"
        if not head or head[-1] in '.:؛!؟?\n"«“':
            return "now"
    return None


@_rule(rf"{_RELDAY}(?:\s*[,،]?\s*(?:يوم\s+)?(?P<wd>{WD}))?", 3)
def _relday(m: re.Match[str], s: str) -> Atom | None:
    rd = re.sub(r"\s+", " ", m["rd"])
    if "تالي" in rd:
        off = 1
    elif "ماضي" in rd or "سابق" in rd:
        off = -1
    elif "بعد" in rd:
        off = 2
    elif "امس" in rd and ("اول" in rd or "قبل" in rd):
        off = -2
    elif "امس" in rd or "البارحه" in rd:
        off = -1
    elif "غد" in rd:
        off = 1
    else:
        off = 0
    if rd == "هذا اليوم" and re.search(r"مثل\s+$", s[max(0, m.start("x") - 6) : m.start("x")]):
        return None
    if rd in ("اليوم", "ليوم") and re.match(r"\s+(?:الذي|التي|الذى)", s[m.end("x") : m.end("x") + 7]):
        return None  # "اليوم الذي ينتخبون فيه": a relative clause, not today
    if rd in ("اليوم", "ليوم") and not m["wd"]:
        reading = _yawm_reading(s, m.start("x"), m.end("x"))
        if reading == "drop":
            return None
        if reading == "now":
            return Atom(*_span(m), "now", {"nowadays": True})
    if rd in ("الغد", "لغد") and not m["wd"]:
        after = s[m.end("x") : m.end("x") + 20]
        before = s[max(0, m.start("x") - 10) : m.start("x")]
        if not re.search(r"(?:صباح|مساء|ظهر|عصر|ليله|فجر|بعد|حتي|الي|منذ|في)\s*$", before) and re.match(
            r"\s+(?:ال|\w+ه\b)", after
        ):
            return None  # "الغد الأفضل": the future, not tomorrow
    data: dict[str, Any] = {"rel": off}
    if "تالي" in rd:
        data["after_prev"] = 1  # "اليوم التالي": the day after the day named before, when there is one
    elif re.search(r"ذاته|نفسه|ذاتها", rd):
        data["after_prev"] = 0  # "اليوم ذاته": that same day
    if m["wd"]:
        data["wd"] = _wd_of(m["wd"])
    return Atom(*_span(m), "day", data)


_WD_NTH = {"اول": 1, "اولي": 1, "ثاني": 2, "ثانيه": 2, "ثالث": 3, "ثالثه": 3, "رابع": 4, "رابعه": 4}
_WD_NTH |= {"خامس": 5, "خامسه": 5}


@_rule(
    rf"(?:(?P<this>هذا|هذه)\s+(?:{AL}?يوم\s+)?)?(?P<wd>{WD})(?:\s+(?P<dir>{AFTER_NEXT}|{BEFORE_LAST}|{PAST}|{NEXT}|(?P<nth>{AL}(?:اولي|اول|ثانيه|ثاني|ثالثه|ثالث|رابعه|رابع|خامسه|خامس)){E}))?",
    1,
)
def _weekday(m: re.Match[str], s: str) -> Atom | None:
    wd = _wd_of(m["wd"])
    data: dict[str, Any] = {"wd": wd, "dir": 0}
    if m["this"]:
        data["dir"] = "this"
    elif m["nth"]:
        # "الجمعة الأولى" / "الأحد الثاني": the weekday word may be feminine (الجمعة) or masculine
        data["nth"] = _WD_NTH[re.sub(r"^(?:ال|ل)", "", m["nth"])]
    elif m["dir"]:
        data["dir"] = _dir_of(m["dir"])
        if data["dir"] == 2:  # "الثلاثاء بعد القادم": the one after the next
            data["dir"], data["weeks"] = 1, 1
        elif data["dir"] == -2:  # "الأحد قبل الماضي": the one before the last
            data["dir"], data["weeks"] = -1, -1
    if wd == 7 and re.match(r"\s+عشر", s[m.end("x") : m.end("x") + 6]):
        return None  # "الأحد عشر": eleven
    if wd == 7 and not (m["this"] or m["dir"]):
        before = s[max(0, m.start("x") - 6) : m.start("x")]
        # "الأحد" is also "the one/anyone" ("لا أحد"): not after a negation or "من", unless a weekday
        # range follows ("من الأحد إلى الخميس") or "من" opens a start ("اعتبارا من الأحد")
        to_weekday = re.match(
            rf"\s*(?:و?(?:الي|حتي)|و?لغايه)\s+(?:يوم\s+)?{WD}", s[m.end("x") : m.end("x") + 20]
        )
        lead = s[max(0, m.start("x") - 16) : m.start("x")]
        starting = re.search(r"(?:اعتبارا|ابتداء|بدءا|بدايه)\s+من\s*$", lead)
        negated = re.search(r"(?:لا|ولا|من)\s*$", before) and not re.search(r"يوم\s*$", before)
        if negated and not (to_weekday or starting):
            return None
    return Atom(*_span(m), "day", data)


@_rule(
    rf"(?:{AL}(?:اسبوع)\s+(?P<wrel>{PAST}|{NEXT})|هذا\s+الاسبوع|{AL}اسبوع\s+{THIS})\s*[,،]?\s*(?:يوم\s+)?(?P<wd>{WD})",
    4,
)
def _week_weekday(m: re.Match[str], s: str) -> Atom | None:
    rel = _dir_of(m["wrel"]) if m["wrel"] else 0
    return Atom(*_span(m), "day", {"wd": _wd_of(m["wd"]), "wrel": rel})


@_rule(
    rf"(?:(?P<mod>عطله\s+)?(?:نهايه|عطله)\s+)?(?:هذا\s+الاسبوع|{AL}اسبوع\s+(?P<rel>{AFTER_NEXT}|{BEFORE_LAST}|{PAST}|{NEXT}|{THIS})"
    rf"|(?P<plain>{AL}اسبوع)(?=\s*(?:[.,،]|$))|(?P<poss>اسبوع(?:ي|نا)){E}|(?P<bare>{AL}اسبوع){E})",
    2,
)
def _week_rel(m: re.Match[str], s: str) -> Atom | None:
    if m["bare"]:
        # "وانتهى الأسبوع على نمط بيعي", "افتتح المؤشر الأسبوع": the week a market report closes
        # (or opens) is the current one; otherwise a bare "الأسبوع" is too vague to date
        if m["x"] != m["bare"] or not _WEEK_VERB.search(s, max(0, m.start("x") - 14), m.start("x")):
            return None
        return Atom(*_span(m), "week", {"wrel": 0, "we": False})
    if (m["plain"] or m["poss"]) and not m["x"].startswith(("نهايه", "عطله")):
        return None
    rel = _dir_of(m["rel"]) if m["rel"] and not re.search(THIS, m["rel"]) else 0
    weekend = m["x"].startswith(("نهايه", "عطله"))
    data: dict[str, Any] = {"wrel": rel, "we": weekend}
    if rel == -1 and _MARKET.search(_sentence_around(s, m.start("x"), m.end("x"))):
        data["market"] = True  # a trading week (see extract._news_week)
    return Atom(*_span(m), "week", data)


_WEEK_VERB = re.compile(r"(?<!\w)[وف]?(?:انتهي|اختتم|افتتح|استهل|انهي|اغلق|اقفل)\w{0,2}\s+$")
# words of a market report: "افتتح مؤشر الداوجونز الأسبوع الماضي", "جلسات الأسبوع الماضي"
_MARKET = re.compile(
    r"(?<!\w)(?:[وبلف]?(?:ال)?(?:مؤشر|مؤشرات|اسهم|الاسهم|سهم|تداول|تداولات|جلسه|جلسات|بورصه|نقطه|نقاط"
    r"|دولار|نفط|خام|خامات|ذهب|برميل|عملات|يورو)"
    r"|[وف]?(?:افتتح|اغلق|انهي|اقفل)\w{0,2})(?!\w)"
)


def _sentence_around(s: str, start: int, end: int, width: int = 120) -> str:
    lo = max(0, start - width)
    hi = min(len(s), end + width)
    before = s[lo:start]
    cut = max(before.rfind("."), before.rfind("\n"), before.rfind("؟"), before.rfind("!"))
    after = s[end:hi]
    stop = min((i for i in (after.find("."), after.find("\n")) if i >= 0), default=len(after))
    return before[cut + 1 :] + " " + after[:stop]


@_rule(
    rf"(?:هذا\s+الشهر|{AL}شهر\s+(?P<rel>{AFTER_NEXT}|{BEFORE_LAST}|{PAST}|{NEXT}|{THIS}))",
    2,
)
def _month_rel(m: re.Match[str], s: str) -> Atom | None:
    rel = _dir_of(m["rel"]) if m["rel"] and not re.search(THIS, m["rel"]) else 0
    data: dict[str, Any] = {"mrel": rel}
    if m["rel"] and re.match(r"(?:ال)?(?:سابق|تالي)", m["rel"]):
        # "مقارنة بالشهر السابق", "في الشهر التالي": before (after) the month just named, when there
        # is one (resolved in extract); "الشهر الماضي" stays counted from publication
        data["after_named"] = True
    return Atom(*_span(m), "month", data)


@_rule(
    rf"(?:يوم\s+)?(?:(?P<d>{DNUM})|(?P<o>{ORD})|(?P<first>اول\s+يوم)|(?P<last>اخر\s+يوم|{AL}يوم\s+{AL}اخير))"
    rf"\s+(?:من\s+|في\s+)?(?:(?P<this>هذا\s+الشهر|{AL}شهر(?!\s+\w))|{AL}شهر\s+(?P<rel>{PAST}|{NEXT}|{THIS}))",
    5,
)
def _day_of_rel_month(m: re.Match[str], s: str) -> Atom | None:
    if m["last"]:  # "آخر يوم من الشهر المقبل"
        rel = 0 if m["this"] or (m["rel"] and re.search(THIS, m["rel"])) else _dir_of(m["rel"])
        return Atom(*_span(m), "day", {"d": 31, "mrel": rel, "lastday": True})
    d = 1 if m["first"] else int(m["d"]) if m["d"] else _ord_of(m["o"])
    if d is None:
        return None
    if m["this"] and not m["this"].startswith("هذا") and not (m["d"] or m["first"]) and d <= 2:
        return None  # "الأول من الشهر" alone is too often "the first of the month" in a list
    rel = 0 if m["this"] or (m["rel"] and re.search(THIS, m["rel"])) else _dir_of(m["rel"])
    return Atom(*_span(m), "day", {"d": d, "mrel": rel})


@_rule(rf"يوم\s+(?P<d>{DNUM})(?![\d/.:\-])", 1)
def _yawm_num(m: re.Match[str], s: str) -> Atom | None:
    if COUNT_NOUNS.match(s[m.end("x") : m.end("x") + 14]):
        return None
    return Atom(*_span(m), "day", {"d": int(m["d"])})


@_rule(
    rf"(?P<wd>{WD})\s*[,،]?\s*(?:في\s+)?(?:(?P<d>{DNUM})(?![\d/.:\-])|(?P<o>{ORD}))(?!\s*(?:من\s+)?(?:شهر\s+)?(?:{MON}|{HMON}))",
    2,
)
def _weekday_daynum(m: re.Match[str], s: str) -> Atom | None:
    d = int(m["d"]) if m["d"] else _ord_of(m["o"])
    if d is None or (m["o"] and d <= 5 and not re.search(r"في\s", m["x"])):
        return None
    after = s[m.end("x") : m.end("x") + 14]
    if m["d"] and (COUNT_NOUNS.match(after) or re.match(r"\s*(?:" + UNIT_WORDS + ")", after)):
        return None
    if m["d"] and re.match(rf"\s*(?:[:.]\d|(?:{AMPM}){E})", after):
        return None  # "الجمعة في 3 مساءً": an hour
    tod_before = re.search(r"(?:صباح|مساء|ليله|ظهر|عصر|فجر)\s*$", s[max(0, m.start("x") - 8) : m.start("x")])
    if m["d"] and tod_before and re.search(r"\sفي\s", m["x"]) and d <= 12:
        return None  # "مساء الجمعة في 9": the hour of that evening
    return Atom(*_span(m), "day", {"wd": _wd_of(m["wd"]), "d": d})


@_rule(
    rf"(?P<mod>مطلع|بدايه|مستهل|اوايل|اواخر|نهايه|منتصف|اواسط|(?:في\s+)?وقت\s+(?:لاحق|مبكر|متاخر)\s+من)\s+"
    rf"{AL}(?P<u>عام|سنه|شهر|اسبوع){E}(?!\s*(?:{AL}\w|\d|{MON}))",
    1,
)
def _period_with_modifier(m: re.Match[str], s: str) -> Atom | None:
    """ "نهاية العام", "منتصف الشهر", "في وقت لاحق من الأسبوع": the current period, named through
    a part of it (the value is the period; Recognizers-Text only adds a modifier to it)."""
    u = m["u"]
    if u in ("عام", "سنه"):
        return Atom(*_span(m), "year", {"yrel": 0})
    if u == "شهر":
        return Atom(*_span(m), "month", {"mrel": 0})
    return Atom(*_span(m), "week", {"wrel": 0})


_NTH = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5}
_NTH_F = {"اولي": 1, "ثانيه": 2, "ثالثه": 3, "رابعه": 4, "خامسه": 5}


@_rule(
    rf"(?:(?P<n1>{_alt(_NTH)})\s+(?:يوم\s+)?(?P<wd1>{WDSTEM})|(?:يوم\s+)?(?P<wd2>{WD})\s+{AL}(?P<n2>"
    rf"{_alt({**_NTH, **_NTH_F})}))\s+(?:من|في)\s+(?:{AL}?شهر\s+)?(?P<mon>{MONP}){YEAR_TAIL}?",
    6,
)
def _nth_weekday_of_month(m: re.Match[str], s: str) -> Atom | None:
    """ "أول يوم جمعة من يوليو" / "الخميس الثالث من نوفمبر": the n-th weekday of a month."""
    word = m["n1"] or m["n2"]
    n = _NTH.get(word) or _NTH_F.get(word)
    wd = _wd_of(m["wd1"] or m["wd2"])
    if n is None or wd is None:
        return None
    data: dict[str, Any] = {"m": _month_of(m["mon"]), "wd": wd, "nth": n}
    if m["y"]:
        data["y"] = int(m["y"])
    return Atom(*_span(m), "day", data)


@_rule(r"(?:الان|حاليا|في\s+الوقت\s+الحالي|في\s+الوقت\s+الراهن|right\s+now|now)" + E, 1)
def _now(m: re.Match[str], s: str) -> Atom | None:
    if m["x"].startswith("الان") and re.match(r"\s*فصاعدا", s[m.end("x") :]):
        return None
    return Atom(*_span(m), "now", {})


# ---------------------------------------------------------------------------------------------
# Parts of day and clock times
# ---------------------------------------------------------------------------------------------

_TODHEAD = r"(?:فجر|صباح|ظهر|بعد\s+ظهر|عصر|مساء|ليله|ليل|ضحي|منتصف\s+ليله)"


def _tod_code(word: str) -> str:
    w = re.sub(r"\s+", " ", word)
    if "بعد" in w and "ظهر" in w:
        return "AF"
    for key, code in (
        ("فجر", "MO"),
        ("صباح", "MO"),
        ("ضحي", "MO"),
        ("ظهير", "AF"),  # "هذه الظهيرة" is this afternoon (TAF); bare "الظهيرة" is noon, a clock time
        ("ظهر", "MI"),
        ("عصر", "AF"),
        ("عشيه", "AF"),
        ("مساء", "EV"),
        ("امسي", "EV"),
        ("ليل", "NI"),
    ):
        if key in w:
            return code
    return "DT"


# "عشية أمس": in Tunisian usage the afternoon of that day (set 2); "عشية الانتخابات" (the eve of an
# event) names no day and is dropped with the other heads that find none
@_rule(rf"(?P<h>{_TODHEAD}|عشيه){E}(?=\s*(?:من\s+)?(?:يوم\s+)?(?:{AL}|غدا|امس|\d|هذا|[وف]?{AL}))", 2)
def _todhead(m: re.Match[str], s: str) -> Atom | None:
    return Atom(*_span(m), "todhead", {"tod": _tod_code(m["h"])})


@_rule(
    rf"(?:(?:هذا|هذه)\s+(?P<this>{AL}صباح|{AL}مساء|{AL}ليله|{AL}ظهيره)"
    rf"|(?P<tn>{AL}ليله)(?:\s+(?P<rel>{PAST}|{NEXT}))?"
    rf"|(?P<gen>{AL}صباح(?:\s+{AL}باكر)?|{AL}مساء|{AL}امسيات|{AL}ليل|{AL}فجر|{AL}عصر|بعد\s+{AL}ظهر|{AL}ظهيره"
    rf"|صباحا|مساء|ليلا|فجرا|عصرا|ظهرا)"
    rf"|(?:في\s+)?وقت\s+(?:مبكر|متاخر)\s+(?:من\s+)?(?P<late>{AL}صباح|{AL}مساء|{AL}ليله?|بعد\s+{AL}ظهر)"
    rf"|(?:في\s+)?(?:اواخر|اوايل|منتصف)\s+(?P<mod>{AL}صباح|{AL}مساء|{AL}ليل)){E}",
    1,
)
def _tod(m: re.Match[str], s: str) -> Atom | None:
    word = m["this"] or m["tn"] or m["gen"] or m["late"] or m["mod"] or ""
    if m["mod"] and "منتصف" in m["x"] and "ليل" in word:
        return None  # "منتصف الليل" is midnight, a clock time
    data: dict[str, Any] = {"tod": _tod_code(word)}
    if m["this"] or (m["late"] and m["late"].endswith("ليله")):
        data["day"] = {"rel": 0}
    elif m["tn"]:
        rel = _dir_of(m["rel"]) if m["rel"] else 0
        data["day"] = {"rel": rel}
        data["tod"] = "NI"
    if m["gen"] and m["gen"] in ("مساء",):
        # a bare "مساء" is a part of day only before/after a clock or a day (merged later)
        data["weak"] = True
    gen = re.sub(r"^ل", "ال", m["gen"] or "")
    after = s[m.end("x") : m.end("x") + 12]
    prev = s[max(0, m.start("x") - 12) : m.start("x")].split()
    if gen in ("العصر", "الامسيات") and re.match(rf"\s+(?!{AL}(?:يوم|غد|امس|{WDSTEM}))ال\w{{3,}}", after):
        data["weak"] = True  # "العصر الحديث": an era; "الأمسيات الشعرية": events, not evenings
    if gen == "الصباح" and prev and prev[-1].startswith("ال") and not re.search(WDSTEM, prev[-1]):
        data["weak"] = True  # "الشيخ أحمد الفهد الصباح": a family name after another name
    return Atom(*_span(m), "tod", data)


@_rule(r"(?:منتصف\s*[-\s]\s*(?P<w>الليل|النهار|الصباح|الظهر)|(?:وقت\s+)?الظهيره)" + E, 2)
def _named_time(m: re.Match[str], s: str) -> Atom | None:
    w = m["w"] or "الظهيره"
    hour = {"الليل": 0, "النهار": 12, "الصباح": 10, "الظهر": 14, "الظهيره": 12}[w]
    return Atom(*_span(m), "clock", {"h": hour, "mi": None, "named": True})


def _apply_ampm(h: int, ap: str | None) -> int:
    if not ap:
        return h
    ap = re.sub(r"\s+", " ", ap)
    pm = ("مساء", "مساءا", "م", "pm", "p.m.", "عصرا", "بعد الظهر", "بعد الزوال", "في المساء", "ليلا")
    pm += ("في الليل",)
    if ap in pm:  # "بعد الزوال": Tunisian for the afternoon
        if ap in ("ليلا", "في الليل") and h == 12:
            return 0
        if ap in ("ليلا", "في الليل") and h <= 4:
            return h
        return h + 12 if h < 12 else h
    if ap == "ظهرا" or ap.startswith("وقت"):
        # noon words mark the afternoon (Recognizers-Text: "الظهر الساعة 7" is 19:00); only 11
        # stays a morning hour ("الحادية عشرة ظهرا" is late morning, just before noon)
        return h + 12 if h <= 10 else h
    if ap in ("صباحا", "صباح", "ص", "am", "a.m.", "فجرا", "في الصباح", "بعد منتصف الليل"):
        return 0 if h == 12 else h
    return h


@_rule(
    rf"(?:{AL}ساعه\s+(?P<par>\(\s*)?(?:ال)?)?(?P<h>\d{{1,2}})\s*(?:[:٫]|(?<=ساعه\s\d)[.,]|(?<=ساعه\s\d\d)[.,])\s*"
    rf"(?P<mi>\d{{2}})(?::(?P<s>\d{{2}}))?(?!\d)(?(par)\s*\))"
    rf"(?:\s*(?P<ap>{AMPM}){E})?",
    3,
)
def _clock_hm(m: re.Match[str], s: str) -> Atom | None:
    h, mi = int(m["h"]), int(m["mi"])
    if h > 24 or mi > 59:
        return None
    if re.search(r"\d\s*[:/]\s*$", s[max(0, m.start("x") - 4) : m.start("x")]):
        return None
    data = {"h": _apply_ampm(h, m["ap"]), "mi": mi, "s": int(m["s"]) if m["s"] else None, "ap": m["ap"]}
    return Atom(*_span(m), "clock", data)


@_rule(
    rf"(?:{AL}ساعه\s+(?P<h1>\d{{1,2}})(?![\d,.]\d|\d)(?:\s*و\s*(?P<fr1>{AL}?نصف|{AL}?ربع|{AL}?ثلث))?(?:\s*(?P<ap1>{AMPM}){E})?"
    rf"|(?P<h2>\d{{1,2}})(?:\s*و\s*(?P<fr2>{AL}?نصف|{AL}?ربع|{AL}?ثلث))?\s*(?P<ap2>{AMPM}){E})"
    rf"(?:\s+و\s*(?P<fr3>ثلاثه\s+ارباع|{AL}?نصف|{AL}?ربع))?",
    2,
)
def _clock_h(m: re.Match[str], s: str) -> Atom | None:
    h = int(m["h1"] or m["h2"])
    ap = m["ap1"] or m["ap2"]
    if h > 24 or (h == 0 and not ap):
        return None
    if m["h2"] and ap in ("م", "ص"):
        return None  # "5 م" is too often metres or a list marker
    if not m["h1"] and re.search(r"[\d.,]\s*$", s[max(0, m.start("x") - 2) : m.start("x")]):
        return None
    after = s[m.end("x") : m.end("x") + 10]
    if m["h1"] and not ap and re.match(r"\s*(?:" + UNIT_WORDS + r")", after):
        return None
    fr = m["fr1"] or m["fr2"] or m["fr3"] or ""
    mi = 30 if "نصف" in fr else 45 if "ارباع" in fr else 15 if "ربع" in fr else 20 if "ثلث" in fr else None
    return Atom(*_span(m), "clock", {"h": _apply_ampm(h, ap), "mi": mi, "ap": ap})


@_rule(
    r"(?<![\d.,/:])(?P<h>\d{1,2})(?=\s*[,،]?\s*(?:(?:هذا|هذه)\s+(?:ال)?(?:صباح|مساء|ليله)|الليله)(?!\w))", 1
)
def _bare_hour_tonight(m: re.Match[str], s: str) -> Atom | None:
    """ "8 هذا المساء", "10 ، الليلة": a bare hour the part of day of today qualifies (the specs'
    "الساعة 8 هذا المساء" without الساعة); merged with the part of day later."""
    h = int(m["h"])
    if not 1 <= h <= 12 or _guarded_number(s, m.start("x"), m.end("x")):
        return None
    return Atom(*_span(m), "clock", {"h": h, "mi": None, "ap": None})


@_rule(
    rf"(?:{AL}ساعه\s+)?(?P<hw>{HOURWORD})(?:\s+و\s*(?:(?P<half>{AL}نصف)|(?P<q>{AL}ربع)|(?P<th>{AL}ثلث)"
    rf"|(?P<mn>\d{{1,2}}|{NUMPHRASE})(?:\s+(?:دقيقه|دقايق))?)|\s+(?P<minus>الا\s+(?:ربعا|ربع|{AL}ربع|ثلثا|ثلث|(?P<mm>\d{{1,2}}|{NUMPHRASE})(?:\s+(?:دقيقه|دقايق))?)))?"
    rf"(?:\s+(?P<ap>{AMPM}){E})?",
    2,
)
def _clock_words(m: re.Match[str], s: str) -> Atom | None:
    # "السابعة وعشرون": an ordinal hour and a cardinal (no article, unlike the ordinal
    # "الثانية والعشرون") are a clock time on their own
    has_fraction = any(m[g] for g in ("half", "q", "th", "minus")) or bool(m["mn"] and not m["mn"].isdigit())
    has_fraction = has_fraction or bool(m["mn"] and "دق" in m["x"])
    of_tod = re.match(
        r"\s+من\s+(?:صباح|مساء|ليله|ظهر|بعد\s+ظهر|عصر|فجر)(?!\w)", s[m.end("x") : m.end("x") + 16]
    )
    verb_led = _MOTION_VERB_BEFORE.search(s[max(0, m.start("x") - 16) : m.start("x")]) is not None
    clause_end = re.match(r"\s*(?:[.!؟?،,]|$)", s[m.end("x") : m.end("x") + 2]) is not None
    if (
        not m["x"].startswith(("الساعه", "لساعه"))
        and not m["ap"]
        and not has_fraction
        and not of_tod
        and not (verb_led and clause_end)
    ):
        # "التاسعة من صباح الغد" is an hour; a bare "التاسعة" is too often an ordinal, unless a
        # verb of coming or going leads to it and it ends the clause ("سأعود الحادية عشرة")
        return None
    h = HOURW[re.sub(r"\s+", " ", m["hw"])]
    mi: int | None = None
    if m["half"]:
        mi = 30
    elif m["q"]:
        mi = 15
    elif m["th"]:
        mi = 20
    elif m["mn"]:
        n = _num(m["mn"])
        if n is None or n >= 60:
            return None
        mi = int(n)
    elif m["minus"]:
        h -= 1
        if m["mm"]:
            n = _num(m["mm"])
            if n is None or not 1 <= n < 60:
                return None
            mi = 60 - int(n)
        else:
            mi = 40 if "ثلث" in m["minus"] else 45
    return Atom(*_span(m), "clock", {"h": _apply_ampm(h, m["ap"]), "mi": mi, "ap": m["ap"]})


# ---------------------------------------------------------------------------------------------
# Durations, offsets ("قبل ثلاثة أيام") and sets ("كل يوم")
# ---------------------------------------------------------------------------------------------

_NUMBER = rf"(?:(?P<n>\d+(?:[.,]\d+)?)|(?P<nw>{NUMPHRASE}))"
_VAGUE = r"(?:عده|بضعه|بضع|بعض|عشرات)"


def _unit_of(word: str) -> tuple[str, int | None]:
    w = re.sub(r"^(?:ال|ل)", "", word)
    if w in L.UNITS:
        return L.UNITS[w]
    return L.UNITS.get(word, ("D", None))


_DUR_CORE = (
    rf"(?:(?:(?:{AL}\s*)?(?P<n>\d+(?:[.,]\d+)?)|(?:ال(?=\w+\s+(?:ال)?(?:ايام|اسابيع|اشهر|شهور|سنوات|ساعات|دقايق)\s+ال))?"
    rf"(?P<nw>{NUMPHRASE}))\s*(?P<u1>{AL}?{UNIT_WORDS}){E}"
    rf"(?:\s+(?P<half1>و\s*(?:نصف|ربع)(?!\w)))?"
    rf"|(?P<half0>نصف|ربع(?!\s+ال))\s+(?P<u0>{AL}?{UNIT_WORDS}){E}"
    rf"|(?P<vq>{_VAGUE})\s+(?P<uv>{AL}?{UNIT_WORDS}){E}"
    rf"|(?P<u2>{AL}?(?:يومين|يومان|اسبوعين|اسبوعان|شهرين|شهران|سنتين|سنتان|عامين|عامان|ساعتين|ساعتان|دقيقتين|ثانيتين|ثانيتان|عقدين|قرنين)){E}"
    rf"(?:\s+(?P<half2>و\s*(?:نصف|ربع)(?!\w)))?"
    rf"|(?P<u3>{AL}(?:ايام|اسابيع|اشهر|شهور|اعوام|سنوات|ساعات|دقايق|عقود))\s+(?:{AL}?(?P<nw3>{NUMPHRASE})"
    rf"|(?P<n3>\d{{1,2}})(?=\s+{AL}(?:قادمه|مقبله|ماضيه|اخيره|سابقه)(?!\w)))"
    rf"|(?P<u4>{AL}?{UNIT_WORDS})\s+(?P<one>واحد|واحده|{AL}واحده?)(?!\w)"
    rf"|(?P<u5>{AL}(?:ايام|اسابيع|اشهر|شهور|سنوات|ساعات|دقايق|اعوام))\s+{AL}قليله(?!\w)"
    rf"|(?P<u7>{AL}(?:ايام|اسابيع|اشهر|شهور|سنوات|اعوام))(?=\s+{AL}(?:ماضيه|اخيره|مقبله|قادمه|سابقه|منقضيه)(?!\w))"
    rf"|(?P<u6>ساعه|يوم|سنه|عام|شهر|اسبوع|دقيقه)\s+(?P<half6>و\s*(?:نصف|ربع))(?!\w)"
    rf"|(?P<q3>ثلاثه\s+ارباع)\s+(?P<uq>{AL}?(?:ساعه|يوم|سنه|عام|شهر|قرن)){E})"
)
_TAIL_WORDS = _alt(
    ["قليله", "معدوده", "كامل", "كامله"]
    + [f"ال{w}" for w in ("قليله", "سابقه", "ماضيه", "مقبله", "قادمه", "اخيره", "ماضيين", "اخيرين")]
    + [f"ال{w}" for w in ("مقبلين", "قادمين", "ماضي", "مقبل", "قادم", "اخير")]
    + [f"ال{w}" for w in ("مقبلتين", "قادمتين", "ماضيتين", "اخيرتين", "سابقتين")]
    # Tunisian: "الثلاثة الأشهر المنقضية", "الأشهر السبعة المنقضية", "الشهرين المنقضيين"
    + [f"ال{w}" for w in ("منقضيه", "منصرمه", "فارطه", "منقضيين", "منقضين", "منصرمين")]
)
_DUR_TAIL = rf"(?:\s+(?P<tail>{_TAIL_WORDS}|ل{_TAIL_WORDS}){E}(?:\s+(?:{PAST}|{NEXT}))?)?"


def _dur_parts(m: re.Match[str]) -> list[tuple[float | None, str]] | None:
    if m["u1"]:
        unit, implied = _unit_of(m["u1"])
        if m["n"]:
            n: float | None = float(m["n"].replace(",", "."))
        else:
            w = L.parse_number_words(m["nw"])
            if w is None:
                return None
            n = float(w)
        if implied == 2 and not m["n"]:
            n = 2.0
        if m["half1"]:  # "ثلاث ساعات ونصف", "ساعتين وربع"
            n = (n or 0) + _frac_of(m["half1"])
        return [(n, unit)]
    if m["u0"]:
        unit, _ = _unit_of(m["u0"])
        return [(0.25 if m["half0"] == "ربع" else 0.5, unit)]
    if m["uv"]:
        unit, _ = _unit_of(m["uv"])
        return [(None, unit)]
    if m["u2"]:
        unit, _ = _unit_of(m["u2"])
        return [(2.0 + (_frac_of(m["half2"]) if m["half2"] else 0.0), unit)]
    if m["u3"]:
        unit, _ = _unit_of(m["u3"])
        w = int(m["n3"]) if m["n3"] else L.parse_number_words(m["nw3"])
        return None if w is None else [(float(w), unit)]
    if m["u4"]:
        unit, _ = _unit_of(m["u4"])
        return [(1.0, unit)]
    if m["u5"]:
        unit, _ = _unit_of(m["u5"])
        return [(None, unit)]
    if m["u7"]:
        unit, _ = _unit_of(m["u7"])
        return [(None, unit)]
    if m["u6"]:
        unit, _ = _unit_of(m["u6"])
        return [(1.0 + _frac_of(m["half6"]), unit)]
    if m["uq"]:  # "ثلاثة أرباع الساعة"
        unit, _ = _unit_of(m["uq"])
        return [(0.75, unit)]
    return None


def _frac_of(word: str) -> float:
    return 0.25 if "ربع" in word else 0.5


# "قبل/بعد N <unit> من <event>": the offset counts from the event named after من
_ANCHOR_AFTER = re.compile(r"\s+(?:تقريبا\s+|فقط\s+)?(?:من|علي)\s+(?!(?:الان|اليوم|هذا\s+اليوم)(?!\w))\S")


def _age_context(s: str, start: int) -> bool:
    """Ages are not durations ("ابن 33 عاما", "تتراوح أعمارهم بين 45 و82 عاما", "الجزائري (52 عاما)")."""
    before = s[max(0, start - 40) : start]
    around = s[max(0, start - 8) : start + 16]  # "(52 عاما)": the number or the unit may start here
    if re.search(r"\(\s*\d{1,3}\s+(?:عاما|عام|سنه|سنوات)\s*\)", around):
        return True
    age = (
        r"(?<!\w)(?:العمر|عمر\w*|اعمار\w*|بعمر|يبلغ|تبلغ|البالغ|البالغه|ابن|ابنه|سن)"
        # not past a comma: "البالغ من العمر 52 سنة، عاما في الحبس"
        r"\s+(?:من\s+)?(?:[^\s،,]+\s+){0,3}[^\s،,]*$"
    )
    return re.search(age, before) is not None


@_rule(rf"(?P<prep>قبل|منذ|بعد)?\s*{_DUR_CORE}{_DUR_TAIL}", 2)
def _duration(m: re.Match[str], s: str) -> Atom | None:
    parts = _dur_parts(m)
    if parts is None:
        return None
    start = m.start("x")
    if _age_context(s, m.start("x")):
        return None
    after = s[m.end("x") : m.end("x") + 12]
    if m["u1"] and m["n"] and re.match(r"\s*(?:%|دولار|ريال|جنيه|مليون|مليار)", after):
        return None
    if m["vq"] and m["vq"] == "عشرات" and not m["uv"]:
        return None
    if m["prep"] in ("قبل", "منذ", "بعد"):
        sign = 1 if m["prep"] == "بعد" else -1
        data = {"parts": parts, "sign": sign, "prep": m["prep"]}
        if m["prep"] != "منذ" and _ANCHOR_AFTER.match(s, m.end("x")):
            data["anchored"] = True  # "بعد 53 عاما من العداء": counted from an event, not from today
        fut = re.match(r"\s+في\s+المستقبل(?!\w)", s[m.end("x") : m.end("x") + 16])
        if fut and sign > 0 and all(n is not None for n, _ in parts):
            # "بعد ساعتين في المستقبل": the stretch from now to then, (now, now+2h, PT2H); with days
            # and longer units from tomorrow, "بعد 4 أسابيع في المستقبل" (2016-11-08,2016-12-06,P4W)
            data["stretch"] = True
            return Atom(start, m.end("x") + fut.end(), "offset", data)
        return Atom(start, m.end("x"), "offset", data)
    tail = m["tail"] or ""
    if m["prep"]:
        start = m.start("x") + len(m["prep"])
        while start < m.end("x") and s[start] == " ":
            start += 1
    data: dict[str, Any] = {"parts": parts}
    if re.search(r"(?:ماض|اخير|سابق|منقض|منصرم|فارط)", tail):
        data["lastn"] = -1
    elif re.search(r"(?:مقبل|قادم)", tail):
        data["lastn"] = 1
    return Atom(start, m.end("x"), "dur", data)


@_rule(rf"{AL}(?P<u>ساعه|دقيقه|لحظه)\s+{AL}(?P<t>ماضيه|اخيره|سابقه|قادمه|مقبله){E}", 2)
def _last_next_hour(m: re.Match[str], s: str) -> Atom | None:
    """ "خلال الساعة الماضية", "الدقيقة القادمة": the hour (minute) up to or from now, as the
    specs' "الساعات 5 القادمة" is for five; "اللحظة الأخيرة" is the last minute."""
    if re.match(r"\s+(?:من|في)\s", s[m.end("x") : m.end("x") + 5]):
        return None  # "الدقيقة الأخيرة من المباراة": counted within an event, not from now
    if m["u"] == "لحظه" and (
        m.start("x") > m.start()
        or re.search(r"(?:في|حتي|منذ|الي|عند|قبل|بعد|مع|عن)\s+$", s[max(0, m.start() - 6) : m.start()])
    ):
        return None  # "في اللحظة الأخيرة", "حتى اللحظة الأخيرة": the idiom "at the last minute"
    unit, _ = _unit_of("دقيقه" if m["u"] == "لحظه" else m["u"])
    lastn = 1 if m["t"] in ("قادمه", "مقبله") else -1
    return Atom(*_span(m), "dur", {"parts": [(1.0, unit)], "lastn": lastn})


@_rule(
    rf"(?P<prep>لمده|مده|طوال|طيله|خلال|منذ|قبل|بعد)\s+(?:(?:اكثر|اقل)\s+من\s+|نحو\s+|حوالي\s+|قرابه\s+)?"
    rf"(?P<u>(?:يوم|اسبوع|شهر|سنه|عام|ساعه|دقيقه|عقد|قرن|ليله)){E}(?!\s*(?:(?!الي{E}|الا{E}){AL}|\d|واحد))",
    1,
)
def _dur_single(m: re.Match[str], s: str) -> Atom | None:
    if m["u"] == "ليله" and re.match(
        rf"\s+(?:امس|البارحه|{AL}?يوم|{AL}?غد|غدا|{WD})", s[m.end("x") : m.end("x") + 12]
    ):
        return None  # "بعد ليلة أمس": after last night
    unit = {"ليله": ("D", 1)}.get(m["u"]) or _unit_of(m["u"])
    parts: list[tuple[float | None, str]] = [(1.0, unit[0])]
    if m["prep"] in ("منذ", "قبل", "بعد") and unit[0] != "CEN":  # "بعد قرن": a span of time, not a date
        return Atom(
            m.start("x"),
            m.end("x"),
            "offset",
            {"parts": parts, "sign": 1 if m["prep"] == "بعد" else -1, "prep": m["prep"]},
        )
    return Atom(m.start("u"), m.end("x"), "dur", {"parts": parts})


@_rule(r"(?P<u>اسبوع|اسبوعا|يوما|شهرا|عاما|ايام|اياما|ساعات|سنوات|اسابيع|اشهر|شهور|اعوام|سنين)" + E, 0)
def _dur_bare(m: re.Match[str], s: str) -> Atom | None:
    if _age_context(s, m.start("x")):
        return None
    before = s[max(0, m.start("x") - 12) : m.start("x")]
    if (
        re.search(r"(?:\d|كل|طوال|بعض|خلال|في|اول|اخر|مدار)\s*$", before)
        and m["u"]
        in (
            "ايام",
            "اشهر",
            "شهور",
            "سنوات",
        )
        and not re.search(r"(?:خلال|منذ|قبل|بعد)\s*$", before)
    ):
        return None
    after = s[m.end("x") : m.end("x") + 8]
    counted_from = re.search(r"(?:بعد|قبل)\s*$", before) and re.match(r"\s+من\s", after)
    if (
        m["u"] in ("ايام", "سنوات", "اشهر", "شهور", "اعوام")
        and re.match(r"\s+(?:ال|من\b)", after)
        and not counted_from  # "بعد أيام من ثالث شكوى": a few days after it
    ):
        return None  # "أيام الحرب": a noun phrase, not a quantity
    if m["u"] in ("اشهر", "شهور") and re.match(rf"\s*{MON}", s[m.end("x") : m.end("x") + 14]):
        return None  # "أشهر جانفي، فيفري ومارس": the months named, not a count
    if m["u"] == "ساعات" and re.match(r"\s+ال(?!قليله|ماضيه|مقبله|قادمه|اخيره|اولي|طويله)", after):
        return None  # "ساعات العمل": working hours (but "بعد ساعات من نفيها" is a stretch)
    unit, implied = _unit_of(m["u"])
    return Atom(*_span(m), "dur", {"parts": [(float(implied) if implied == 1 else None, unit)]})


@_rule(rf"(?P<u>يوم|اسبوع|شهر|سنه|عام|ساعه|دقيقه)(?=\s*[و,،]\s*(?:\d|{NUMW}))", 0)
def _dur_one_before_and(m: re.Match[str], s: str) -> Atom | None:
    """ "شهر و 2 سنة و 21 يوما من الآن": a bare singular unit leading a compound duration is one
    of it. Kept only when the merge joins it to a following duration (a lone one is dropped)."""
    unit, _ = _unit_of(m["u"])
    return Atom(*_span(m), "dur", {"parts": [(1.0, unit)], "lead_one": True})


@_rule(r"(?P<u>يوما|يوم|اسبوعا|اسبوع|شهرا|شهر|سنه|عاما|عام)(?=\s+(?:قبل|بعد)\s+(?:ذلك|ذاك)" + E + ")", 1)
def _dur_before_that(m: re.Match[str], s: str) -> Atom | None:
    """ "3712 عونا سنة قبل ذلك", "عاما بعد ذلك": one unit counted from a moment just named."""
    unit, _ = _unit_of(m["u"])
    return Atom(*_span(m), "dur", {"parts": [(1.0, unit)]})


@_rule(
    rf"(?:طوال|طيله)\s+{AL}?(?P<u>يوم|اسبوع|شهر|سنه|عام)|(?P<u2>يوم|اسبوع|شهر|عام|سنه)\s+(?:كامل|كامله){E}",
    2,
)
def _dur_whole(m: re.Match[str], s: str) -> Atom | None:
    unit, _ = _unit_of(m["u"] or m["u2"])
    return Atom(*_span(m), "dur", {"parts": [(1.0, unit)]})


@_rule(
    rf"(?:كل\s+(?:(?P<n>\d+|{NUMPHRASE})\s+)?(?P<u>{UNIT_WORDS}|صباح|مساء|ليله|ظهر|فجر)(?:\s+(?P<wd>{WDSTEM}))?{E}"
    rf"(?:\s+(?:في\s+)?(?:{AL}ساعه\s+)?(?P<sh>\d{{1,2}})(?![\d:/.])(?:\s*(?P<sap>{AMPM}){E})?)?"
    rf"|كل\s+(?P<wd2>{WD}|(?:ثلاثاء|اربعاء|خميس|جمعه|سبت){E})|(?P<adv>يوميا|اسبوعيا|شهريا|سنويا|يوميه|daily|weekly|monthly|annually|yearly){E}"
    rf"|يوما\s+بعد\s+(?:يوم|اخر)|(?:ايام|{AL}ايام)\s+(?P<wd3>{WD}))",
    3,
)
def _set(m: re.Match[str], s: str) -> Atom | None:
    if m["adv"]:
        if m["adv"] == "يوميه":
            return None
        letter = {"يوم": "D", "اسب": "W", "شهر": "M", "سنو": "Y", "dai": "D", "wee": "W", "mon": "M"}.get(
            m["adv"][:3] if not m["adv"].startswith("سنو") else "سنو", "Y"
        )
        return Atom(*_span(m), "set", {"value": f"P1{letter}"})
    if m["x"].startswith("يوما"):
        return Atom(*_span(m), "set", {"value": "P1D"})
    wd = m["wd"] or m["wd2"] or m["wd3"]
    hour = f"T{_apply_ampm(int(m['sh']), m['sap']):02d}" if m["sh"] else ""
    if wd:
        return Atom(*_span(m), "set", {"value": f"XXXX-WXX-{_wd_of(wd)}{hour}"})
    u = m["u"]
    if u in ("صباح", "مساء", "ليله", "ظهر", "فجر"):
        if m["sh"]:
            h = _tod_hour({"h": int(m["sh"]), "ap": m["sap"]}, _tod_code(u))
            return Atom(*_span(m), "set", {"value": f"T{h:02d}"})
        return Atom(*_span(m), "set", {"value": "T" + _tod_code(u)})
    if m["sh"]:
        return Atom(*_span(m), "set", {"value": hour}) if m["u"] == "يوم" else None
    unit, implied = _unit_of(u)
    n = 1.0
    if m["n"]:
        v = _num(m["n"])
        if v is None:
            return None
        n = v
    elif implied == 2:
        n = 2.0
    value = "PT" if unit in ("H", "MIN", "S") else "P"
    letter = {"MIN": "M", "DEC": "Y", "CEN": "Y"}.get(unit, unit)
    n *= {"DEC": 10, "CEN": 100}.get(unit, 1)
    return Atom(*_span(m), "set", {"value": f"{value}{int(n) if n.is_integer() else n}{letter}"})


# ---------------------------------------------------------------------------------------------
# Seasons, English
# ---------------------------------------------------------------------------------------------

_SEASONS = {"صيف": "SU", "شتاء": "WI", "ربيع": "SP", "خريف": "FA"}


@_rule(
    rf"(?:(?P<this>هذا|هذه)\s+)?{AL}?(?P<se>صيف|شتاء|ربيع|خريف){E}(?:\s+(?P<y>\d{{4}})|\s+{AL}(?:عام|سنه)\s+(?P<rel>{PAST}|{NEXT})"
    rf"|\s+(?P<dir>{PAST}|{NEXT}|{THIS}){E})?",
    1,
)
def _season(m: re.Match[str], s: str) -> Atom | None:
    if not (m["x"].startswith(("ال", "هذا", "هذه", "ل")) or m["y"] or m["rel"]):
        return None
    if m["dir"] and m["this"]:
        return None
    if re.match(r"\s+(?:العربي|الاول|الثاني|الاخر|عربي)", s[m.end("x") : m.end("x") + 10]):
        return None
    data: dict[str, Any] = {"se": _SEASONS[m["se"]]}
    if m["y"]:
        data["y"] = int(m["y"])
    elif m["this"]:
        data["yrel"] = 0
    elif m["rel"]:
        data["yrel"] = _dir_of(m["rel"])
    elif m["dir"]:  # "الصيف المقبل" is next year's summer (2017-SU), as "العام المقبل" is next year
        data["yrel"] = 0 if re.fullmatch(THIS, m["dir"]) else _dir_of(m["dir"])
        data["sdir"] = data["yrel"]
    return Atom(*_span(m), "season", data)


@_rule(
    rf"(?:(?P<wd>{ENWD})\s*,?\s*)?(?:(?P<mon>{ENMON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{E}|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{ENMON}))"
    rf"(?:\s*,?\s*(?P<y>\d{{4}}))?",
    4,
)
def _en_date(m: re.Match[str], s: str) -> Atom | None:
    mon = (m["mon"] or m["mon2"]).rstrip(".")
    d = int(m["d"] or m["d2"])
    if not 1 <= d <= 31:
        return None
    data: dict[str, Any] = {"m": L.EN_MONTHS[mon], "d": d}
    if m["y"]:
        data["y"] = int(m["y"])
    return Atom(*_span(m), "day", data)


@_rule(rf"(?P<mon>{ENMON})\s*,?\s*(?P<y>\d{{4}})", 3)
def _en_month_year(m: re.Match[str], s: str) -> Atom | None:
    return Atom(*_span(m), "month", {"m": L.EN_MONTHS[m["mon"].rstrip(".")], "y": int(m["y"])})


@_rule(
    r"(?:(?P<rd>yesterday|today|tomorrow|tonight)|(?P<dir>last|next|this|past|coming)\s+(?P<u>week|month|year|(?P<wd>"
    + _alt(L.EN_WEEKDAYS)
    + r"))|(?:on\s+)?(?P<wd2>"
    + _alt(L.EN_WEEKDAYS)
    + r"))"
    + E,
    2,
)
def _en_rel(m: re.Match[str], s: str) -> Atom | None:
    if m["rd"]:
        if m["rd"] == "tonight":
            return Atom(*_span(m), "tod", {"tod": "NI", "day": {"rel": 0}})
        off = {"yesterday": -1, "today": 0, "tomorrow": 1}[m["rd"]]
        return Atom(*_span(m), "day", {"rel": off})
    wdname = m["wd"] or m["wd2"]
    if wdname:
        d = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": "this"}.get(m["dir"] or "", 0)
        return Atom(*_span(m), "day", {"wd": L.EN_WEEKDAYS[wdname], "dir": d})
    rel = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[m["dir"]]
    kind = {"week": "week", "month": "month", "year": "year"}[m["u"]]
    key = {"week": "wrel", "month": "mrel", "year": "yrel"}[m["u"]]
    return Atom(*_span(m), kind, {key: rel})


@_rule(
    r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?P<u>day|week|month|year|hour|minute)s?"
    r"(?:\s+(?P<ago>ago))?" + E,
    2,
)
def _en_duration(m: re.Match[str], s: str) -> Atom | None:
    words = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
    words.update({"seven": 7, "eight": 8, "nine": 9, "ten": 10})
    n: float | None = float(m["n"]) if m["n"].isdigit() else words.get(m["n"])
    unit = {"day": "D", "week": "W", "month": "M", "year": "Y", "hour": "H", "minute": "MIN"}[m["u"]]
    parts = [(n, unit)]
    if m["ago"]:
        return Atom(*_span(m), "offset", {"parts": parts, "sign": -1})
    return Atom(*_span(m), "dur", {"parts": parts})


@_rule(r"(?:in|since|during|by|until)\s+(?P<y>(?:19|20)\d\d)(?!\d)", 2)
def _en_year(m: re.Match[str], s: str) -> Atom | None:
    return Atom(m.start("y"), m.end("y"), "year", {"y": int(m["y"])})


# ---------------------------------------------------------------------------------------------
# More shapes: numeric month-year, bare day numbers, time ranges, ordinal weeks, holidays
# ---------------------------------------------------------------------------------------------


@_rule(
    r"(?P<y>(?:19|20)\d\d)\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})(?![\d%])(?!\s*(?P=sep)\s*\d)"
    r"|(?<![\d/.\-])(?P<m2>\d{1,2})\s*/\s*(?P<y2>(?:19|20)\d\d)(?![\d/])",
    2,
)
def _numeric_month_year(m: re.Match[str], s: str) -> Atom | None:
    """ "2015/3", "2015.3" (the specs) and "3/2015", the month first as Arab outlets write it."""
    mo = int(m["m"] or m["m2"])
    if not 1 <= mo <= 12 or NUM_GUARD_BEFORE.search(s[max(0, m.start("x") - 25) : m.start("x")]):
        return None
    return Atom(*_span(m), "month", {"m": mo, "y": int(m["y"] or m["y2"])})


# a verb of going or coming back right before a bare ordinal: "عدت للثاني", "سأعود الحادية عشرة".
# There the ordinal names a day (masculine, agreeing with يوم) or an hour (feminine, with الساعة).
_MOTION_VERB_BEFORE = re.compile(
    r"(?<!\w)(?:[سو]?[اينت]?(?:عود|رجع|صل|سافر|غادر|رحل|ذهب|خرج|حضر|اتي)|عدت|عدنا|عاد|عادت|رجعت|وصلت|وصل"
    r"|سافرت|غادرت|رحلت|ذهبت|خرجت|حضرت|اتيت|جيت|عدتم|رجعنا|وصلنا)"
    r"\s+(?:الي\s+|في\s+|حتي\s+|ل)?$"
)
_ORDINAL_HEAD = re.compile(r"(?:مره|المره|الدوره|دوره|الذكري|ذكري|عيد|القرن)\s+\S*$")


@_rule(rf"(?:الي\s+|يوم\s+|في\s+|حتي\s+|(?<=ل))(?P<o>{ORD})(?=\s*(?:[.!؟?،,]|$))", 0)
def _bare_ordinal_day(m: re.Match[str], s: str) -> Atom | None:
    """ "عدت إلى الحادي والعشرين", "للثلاثين": a day of the month named by its ordinal alone.
    Only ending a clause, and 1–10 only after a verb of going or coming back ("عدت للثاني"):
    elsewhere "إلى الأول" is too often a list."""
    word = m["o"] if m["o"].startswith("ال") else "ال" + m["o"][1:]  # "للثلاثين": ل + (ا)لثلاثين
    d = L.ORDINALS.get(re.sub(r"\s+", " ", word))
    if d is None:
        return None
    verb_led = _MOTION_VERB_BEFORE.search(s[max(0, m.start("x") - 16) : m.start("o")]) is not None
    if d <= 12 and re.match(r"\S*ه(?:\s|$)", word):
        return None  # "في الحادية عشرة": a feminine ordinal up to twelve is the hour (الساعة)
    if d < 11 and not verb_led:
        return None
    if _ORDINAL_HEAD.search(s[max(0, m.start("x") - 16) : m.start("x")]):
        return None  # "للمرة الثانية والعشرين", "الذكرى الثلاثين": an ordinal of another noun
    return Atom(m.start("o"), m.end("x"), "day", {"d": d})


@_rule(rf"(?:في|يوم|الي|حتي)\s+(?P<d>{DNUM})(?=\s*(?:[.!؟?](?!\s*\d)|$))", 0)
def _bare_day(m: re.Match[str], s: str) -> Atom | None:
    before = s[max(0, m.start("x") - 16) : m.start("x")]
    day_before = re.search(rf"(?:اليوم|غدا|الغد|امس|{WDSTEM})\s+$", before)
    if m["x"].startswith("في") and (
        re.search(r"(?:صباح|مساء|ليل|ظهر|عصر|فجر)\w*\s+(?:\S+\s+)?$", before) or day_before
    ):
        # "صباح الغد في 7", "غدا في 5": after a part of day or a day the number is the hour
        if int(m["d"]) > 12:
            return None
        return Atom(m.start("d"), m.end("d"), "clock", {"h": int(m["d"]), "mi": None, "ap": None})
    return Atom(m.start("d"), m.end("d"), "day", {"d": int(m["d"])})


@_rule(
    r"(?P<hm>\d{3,4})\s*(?P<ap>صباحا|مساء|مساءا|ظهرا|ليلا|{AL}مساء|{AL}صباح|am|pm)(?!\w)".replace("{AL}", AL),
    2,
)
def _clock_compact(m: re.Match[str], s: str) -> Atom | None:
    n = int(m["hm"])
    h, mi = divmod(n, 100)
    if h > 12 or mi > 59:
        return None
    ap = m["ap"].replace("ال", "")
    ap = {"مساء": "مساء", "صباح": "صباحا"}.get(ap, ap)
    return Atom(*_span(m), "clock", {"h": _apply_ampm(h, ap), "mi": mi, "ap": ap})


@_rule(
    rf"(?P<this>(?:هذا|هذه)\s+)?(?P<t>{AL}صباح|{AL}مساء|{AL}ليل|{AL}ليله|مساء|صباح|بعد\s+{AL}ظهر|{AL}ظهر|{AL}ظهيره|{AL}عصر|{AL}فجر)\s+(?:في\s+)?(?:{AL}ساعه\s+)?"
    rf"(?:(?P<h>\d{{1,2}})(?![\d:/,]|\.\d)|(?P<hw>{HOURWORD}))",
    1,
)
def _tod_clock(m: re.Match[str], s: str) -> Atom | None:
    h = int(m["h"]) if m["h"] else HOURW[re.sub(r"\s+", " ", m["hw"])]
    after = s[m.end("x") : m.end("x") + 14]
    if h > 12 or COUNT_NOUNS.match(after) or re.match(r"\s*(?:" + UNIT_WORDS + "|" + MON + ")", after):
        return None
    clock: dict[str, Any] = {"h": h, "mi": None, "ap": None}
    clock["h"] = _tod_hour(clock, _tod_code(m["t"]))
    if m["this"] or re.sub(r"^ل", "ال", m["t"]) == "الليله":  # "الليلة" is tonight
        clock["day"] = {"rel": 0}
    return Atom(*_span(m), "clock", clock)


@_rule(rf"{AL}ظهر{E}", 0)
def _noon(m: re.Match[str], s: str) -> Atom | None:
    if re.search(r"(?:في|علي|من|بعد)\s*$", s[max(0, m.start("x") - 5) : m.start("x")]):
        return None
    return Atom(*_span(m), "clock", {"h": 12, "mi": None, "named": True})


@_rule(
    rf"(?:في|عند|(?<=منبه\s)علي|(?<=المنبه\s)علي)\s+(?:(?P<hw>{HOURWORD})|(?P<n>{NUMPHRASE}))(?!\s+(?:من|عشر))",
    0,
)
def _hour_after_prep(m: re.Match[str], s: str) -> Atom | None:
    if m["n"]:  # "ضبط المنبه على سبعة": a cardinal is an hour only after an alarm
        if not m["x"].startswith("علي"):
            return None
        split = _split_spoken_time(m["n"].split())
        if split is not None:
            return Atom(m.start("n"), m.end("x"), "clock", {"h": split[0], "mi": split[1], "ap": None})
        n = _strict_small_number(m["n"].split())
        if n is None or not 1 <= n <= 24:
            return None
        return Atom(m.start("n"), m.end("x"), "clock", {"h": n, "mi": None, "ap": None})
    h = HOURW[re.sub(r"\s+", " ", m["hw"])]
    if re.search(
        r"(?:متر|مترا|كيلومتر|كيلومترا|كلم|كم|ميل|ميلا|عقده)\s+$", s[max(0, m.start("x") - 12) : m.start("x")]
    ):
        return None  # "67 كيلومترا في الثانية": per second
    if m["x"].startswith("علي"):
        return Atom(m.start("hw"), m.end("x"), "clock", {"h": h, "mi": None, "ap": None})
    return Atom(m.start("hw"), m.end("x"), "clock", {"h": h, "mi": None, "ap": None, "weak": True})


@_rule(
    rf"(?:{_NUMBER}\s+(?:دقيقه|دقايق)|(?P<dual>دقيقتين|دقيقتان)|(?P<frac>ربع|ثلث|نصف)\s+ساعه)"
    rf"\s+(?P<rel>بعد|قبل|حتي)\s+(?:{AL}ساعه\s+)?(?P<hw>{HOURWORD})"
    rf"(?:\s+(?P<ap>{AMPM}){E})?",
    3,
)
def _minutes_to(m: re.Match[str], s: str) -> Atom | None:
    if m["frac"] or m["dual"]:  # "ربع ساعة قبل الثامنة" is 7:45, "دقيقتين بعد الخامسة" 5:02
        n: float | None = 2.0 if m["dual"] else {"ربع": 15.0, "ثلث": 20.0, "نصف": 30.0}[m["frac"]]
    else:
        n = _num(m["n"] or m["nw"])
    if n is None or n >= 60:
        return None
    h = HOURW[re.sub(r"\s+", " ", m["hw"])]
    total = h * 60 + (int(n) if m["rel"] == "بعد" else -int(n))
    hh, mi = divmod(total, 60)
    return Atom(*_span(m), "clock", {"h": _apply_ampm(hh, m["ap"]), "mi": mi, "ap": m["ap"]})


@_rule(
    rf"(?:بقيه|باقي)\s+(?:هذا\s+|هذه\s+)?(?P<u>{AL}?(?:يوم|اسبوع|شهر|عام|سنه))(?:ي|\s+{AL}حالي(?:ه)?)?{E}", 3
)
def _rest_of(m: re.Match[str], s: str) -> Atom | None:
    unit = re.sub(r"^(?:ال|ل)", "", m["u"])
    return Atom(*_span(m), "rest", {"unit": {"يوم": "D", "اسبوع": "W", "شهر": "M"}.get(unit, "Y")})


_IN_N_LONG = r"اسابيع|اسبوعا|اسبوعين|اشهر|شهور|شهرا|شهرين|سنوات|سنه|سنتين|اعوام|عاما|عامين"


@_rule(
    rf"(?P<prep>في|خلال)\s+(?:{_NUMBER}\s*(?P<u>دقايق|دقيقه|دقيقتين|ساعات|ساعه|ساعتين|ايام|يوما|يومين"
    rf"|{_IN_N_LONG})|(?P<u2>ساعتين|نصف\s+ساعه|ربع\s+ساعه|يومين|اسبوعين|شهرين|سنتين|عامين)){E}",
    3,
)
def _in_n(m: re.Match[str], s: str) -> Atom | None:
    unit_word = m["u"] or m["u2"]
    long_unit = re.fullmatch(_IN_N_LONG, unit_word) is not None
    if m["prep"] == "خلال" or long_unit or unit_word == "يومين":
        # "في 3 أشهر", "خلال أسبوعين": the specs read "in N weeks/months/years" as "بعد N …" (the N-th
        # unit from tomorrow) and "in N days" as the day N days on.  Only where the clause is not told
        # in the past ("ارتفع … خلال ثلاث سنوات" is a stretch) and the count is not of another event
        # or of a named stretch ("خلال 3 أشهر من العام", "خلال 3 أشهر المقبلة").
        after = s[m.end("x") : m.end("x") + 20]
        if (
            not scheduling_context(s, m.start("x"))
            or past_context(s, m.start("x"))
            or _ANCHOR_AFTER.match(s, m.end("x"))
            or re.match(rf"\s+(?:{_TAIL_WORDS}|{PAST}|{NEXT}|فقط|تقريبا|او|و\s*\d)", after)
        ):
            return None
    if m["u2"] and not long_unit and m["u2"] != "يومين":
        # "في ساعتين", "في نصف ساعة": the number is in the unit word
        n: float | None = 0.5 if "نصف" in m["u2"] else 0.25 if "ربع" in m["u2"] else 2.0
        unit = "MIN" if m["u2"].startswith("دقيق") else "H"
        if n < 1:
            n, unit = n * 60, "MIN"
        return Atom(*_span(m), "offset", {"parts": [(n, unit)], "sign": 1, "prep": "في"})
    n = _num(m["n"] or m["nw"]) if (m["n"] or m["nw"]) else None
    unit, implied = _unit_of(unit_word)
    if n is None:
        n = float(implied or 1)
    return Atom(*_span(m), "offset", {"parts": [(n, unit)], "sign": 1, "prep": m["prep"]})


@_rule(rf"(?P<w>{NUMPHRASE})\s+(?P<ap>{AMPM}){E}", 1)
def _spoken_clock(m: re.Match[str], s: str) -> Atom | None:
    tokens = m["w"].split()
    split = _split_spoken_time(tokens)
    if split is not None:  # "عشرة عشرة صباحا" is 10:10, not the sum
        return Atom(*_span(m), "clock", {"h": _apply_ampm(split[0], m["ap"]), "mi": split[1], "ap": m["ap"]})
    for cut in range(len(tokens), 0, -1):
        if cut < len(tokens) and tokens[cut] in ("عشر", "عشره"):
            continue  # never cut inside a teen ("خمسة | عشر")
        h = L.parse_number_words(" ".join(tokens[:cut]))
        rest = " ".join(tokens[cut:])
        if rest.startswith("و"):
            rest = rest[1:].strip()
        mi = L.parse_number_words(rest) if rest else 0
        if h is not None and mi is not None and 1 <= h <= 23 and 0 <= mi < 60:
            return Atom(*_span(m), "clock", {"h": _apply_ampm(h, m["ap"]), "mi": mi or None, "ap": m["ap"]})
    return None


def _strict_small_number(tokens: list[str]) -> int | None:
    """1–59 written as Arabic says it: a unit, ten, a teen ("خمسة عشر"), a ten, or a unit and a
    ten ("خمسة وعشرين"); None for anything else (no summing of loose words)."""
    units = {**L.CARD_UNITS}
    if len(tokens) == 1:
        return units.get(tokens[0]) or L.CARD_TENS.get(tokens[0])
    if len(tokens) == 2 and tokens[1] in ("عشر", "عشره") and (units.get(tokens[0]) or 10) < 10:
        return units[tokens[0]] + 10
    if len(tokens) == 2 and tokens[1].startswith("و") and tokens[1][1:] in L.CARD_TENS:
        u = units.get(tokens[0])
        return u + L.CARD_TENS[tokens[1][1:]] if u is not None and u < 10 else None
    return None


def _split_spoken_time(tokens: list[str]) -> tuple[int, int, bool] | None:
    """(hour, minutes, joined by و) of a spoken "hour minutes" phrase ("عشرة عشرة", "أحد عشر
    وخمسة", "خمسة عشر خمسة عشر"), or None."""
    for cut in (2, 1):
        if len(tokens) <= cut:
            continue
        h = _strict_small_number(tokens[:cut])
        if h is None or not 1 <= h <= 23:
            continue
        rest = list(tokens[cut:])
        joined = rest[0].startswith("و") and rest[0][1:] in L.NUMBER_WORDS and rest[0] not in L.NUMBER_WORDS
        if joined:
            rest[0] = rest[0][1:]
        if h < 10 and not joined and rest[0] in ("عشر", "عشره"):
            continue  # "خمسة عشر" is fifteen
        mi = _strict_small_number(rest)
        if mi is not None and 1 <= mi <= 59:
            return h, mi, joined
    return None


@_rule(rf"(?P<w>{NUMPHRASE})(?!\s*(?:{AMPM}){E})", 0)
def _spoken_time_bare(m: re.Match[str], s: str) -> Atom | None:
    """A spoken clock time without am/pm, only where it cannot be a cardinal: "عشرة عشرة" (ten
    ten), "أحد عشر وخمسة" (eleven and five).  "خمسة وعشرين" (a unit, و, a ten) is twenty-five."""
    parts = _split_spoken_time(m["w"].split())
    if parts is None:
        return None
    h, mi, joined = parts
    if (h <= 9 and joined and mi >= 20) or mi % 5:
        return None  # unit + و + ten(s) is a cardinal; spoken minutes come in fives
    before = s[max(0, m.start("x") - 12) : m.start("x")]
    after = s[m.end("x") : m.end("x") + 14]
    if re.search(r"(?:بين|من|نحو|حوالي|\d)\s*$", before) or NUM_GUARD_BEFORE.search(before):
        return None
    if COUNT_NOUNS.match(after) or re.match(rf"\s*(?:{UNIT_WORDS}|(?!غدا)\w+(?:ا|ين|ون|ات)(?!\w))", after):
        return None  # a counted noun follows: a number
    return Atom(*_span(m), "clock", {"h": h, "mi": mi, "ap": None})


@_rule(
    rf"{AL}ساعه\s+(?:(?P<h>\d{{1,2}})(?!\d)\s*و\s*(?P<mn>\d{{1,2}}|{NUMPHRASE})\s+(?:دقيقه|دقايق)|(?P<w>{NUMPHRASE})"
    rf"(?:\s+(?:دقيقه|دقايق))?)(?:\s*(?P<ap>{AMPM}){E})?",
    2,
)
def _clock_after_saa(m: re.Match[str], s: str) -> Atom | None:
    """ "الساعة سبعة وعشرين" / "الساعة 7 و20 دقيقة": after "الساعة" a cardinal is the hour and
    what follows و the minutes (no cardinal reading competes there)."""
    if m["h"]:
        h, mi = int(m["h"]), _num(m["mn"])
    else:
        tokens = m["w"].split()
        split = _split_spoken_time(tokens)
        if split is not None:
            h, mi = split[0], float(split[1])
        else:
            n = L.parse_number_words(m["w"])
            if n is None or "دق" in m["x"]:
                return None
            h, mi = n, None
    if not 0 <= h <= 24 or (mi is not None and not 0 <= mi < 60):
        return None
    if COUNT_NOUNS.match(s[m.end("x") : m.end("x") + 14]):
        return None
    minutes = int(mi) if mi is not None else None
    return Atom(*_span(m), "clock", {"h": _apply_ampm(h, m["ap"]), "mi": minutes, "ap": m["ap"]})


@_rule(rf"(?:الي|حتي)\s+(?P<n>{NUMPHRASE})(?=\s*(?:[.!؟?،,]|$))", 0)
def _hour_after_clock(m: re.Match[str], s: str) -> Atom | None:
    """ "غيّر موعد العاشرة صباحاً إلى عشرين": a bare cardinal ending a clause is the new hour when
    the same clause has just named a clock time."""
    before = s[max(0, m.start("x") - 40) : m.start("x")]
    cut = max(before.rfind("."), before.rfind("\n"), before.rfind("؟"))
    if not re.search(rf"(?:{AL}ساعه|{HOURWORD}|\d:\d\d|صباحا|مساء)", before[cut + 1 :]):
        return None
    n = _strict_small_number(m["n"].split())
    if n is None or not 1 <= n <= 24:
        return None
    # "moved": the new time of a rescheduling, not the end of a range starting at the first clock
    return Atom(m.start("n"), m.end("x"), "clock", {"h": n % 24, "mi": None, "ap": None, "moved": True})


_HOURTOK = rf"(?:\d{{1,2}}(?::\d{{2}})?|{HOURWORD})"


def _hour_of(tok: str) -> tuple[int, int | None]:
    tok = re.sub(r"\s+", " ", tok.strip())
    if tok in HOURW:
        return HOURW[tok], None
    if ":" in tok:
        h, mi = tok.split(":")
        return int(h), int(mi)
    return int(tok), None


@_rule(
    rf"(?P<pre>(?:من|بين|ما\s+بين)\s+)?(?:{AL}ساعه\s+)?(?P<h1>{_HOURTOK})(?:\s*(?P<ap1>{AMPM}){E})?\s*"
    rf"(?:-|–|الي|حتي|و)\s*(?:{AL}ساعه\s+)?(?P<h2>{_HOURTOK})(?!\d)(?:\s*(?P<ap2>{AMPM}){E})?",
    4,
)
def _time_range(m: re.Match[str], s: str) -> Atom | None:
    h1, m1 = _hour_of(m["h1"])
    h2, m2 = _hour_of(m["h2"])
    if h1 > 24 or h2 > 24:
        return None
    cue = bool(m["ap1"] or m["ap2"] or "ساعه" in m["x"] or ":" in m["x"])
    words = m["h1"] in HOURW or m["h2"] in HOURW
    cue = cue or (words and bool(m["pre"]) and re.search(r"(?:الي|حتي)", m["x"]) is not None)
    after = s[m.end("x") : m.end("x") + 30]
    if not cue and m["pre"]:
        cue = (
            re.match(rf"\s+(?:في\s+|من\s+)?(?:\d{{1,2}}\s+{MON}|{AL}يوم|غدا|{AL}غد|{WD})", after) is not None
        )
        before = s[max(0, m.start("x") - 12) : m.start("x")]
        # "الجمعة من 5 إلى 7", "هذا المساء من 7 حتى 9": hours of the day just named
        cue = cue or (
            re.search(rf"(?:{WDSTEM}|اليوم|غدا|الغد|امس|ليله|مساء|صباح|ظهر)\s*$", before) is not None
            and re.match(r"\s*(?:[.,،!?؟]|$)", after) is not None  # not "من 5 إلى 7 أشخاص"
        )
    if not cue or COUNT_NOUNS.match(after):
        return None
    if re.search(r"و\s*\S+$", m["x"]) and re.match(r"\s*(?:دقيقه|دقايق)(?!\w)", after):
        return None  # "من الساعة السابعة صباحا و23 دقيقة": minutes of the hour, not a second hour
    if re.search(r"\sو\s*$|^\S*و", m["x"]) and not m["pre"] and not m["ap2"]:
        return None
    a1, a2 = m["ap1"], m["ap2"]
    t1 = _apply_ampm(h1, a1 or None)
    t2 = _apply_ampm(h2, a2 or None)
    if a2 and not a1:
        cand = _apply_ampm(h1, a2)
        t1 = cand if cand <= t2 else h1
    if a1 and not a2:
        cand = _apply_ampm(h2, a1)
        t2 = cand if cand >= t1 else h2
    return Atom(*_span(m), "trange", {"h1": t1, "m1": m1, "h2": t2, "m2": m2, "ap": bool(a1 or a2)})


@_rule(
    rf"{AL}اسبوع\s+(?P<o>{AL}(?:اول|ثاني|ثالث|رابع|خامس|اخير)){E}\s+(?:من\s+|في\s+)?"
    rf"(?:(?:{AL}?شهر\s+)?(?P<mon>{MONP})(?:{YEAR_TAIL})?|(?P<thism>هذا\s+الشهر)|{AL}شهر\s+(?P<mrel>{PAST}|{NEXT})"
    rf"|{YEARWORD}?(?P<yy>\d{{4}})|(?P<thisy>هذا\s+العام)|{AL}(?:عام|سنه)\s+(?P<yrel>{PAST}|{NEXT}))",
    6,
)
def _week_ordinal(m: re.Match[str], s: str) -> Atom | None:
    n = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "اخير": 5}[re.sub(r"^(?:ال|ل)", "", m["o"])]
    data: dict[str, Any] = {"n": n}
    if m["mon"]:
        data["month"] = {"m": _month_of(m["mon"]), **({"y": int(m["y"])} if m["y"] else {})}
    elif m["thism"] or m["mrel"]:
        data["month"] = {"mrel": 0 if m["thism"] else _dir_of(m["mrel"])}
    elif m["yy"]:
        data["year"] = {"y": int(m["yy"])}
    else:
        data["year"] = {"yrel": 0 if m["thisy"] else _dir_of(m["yrel"])}
    return Atom(*_span(m), "weekord", data)


_HOLIDAYS: dict[str, tuple[str, Any]] = {
    "عيد الشكر": ("nth", (11, 4, 4)),
    "يوم الشكر": ("nth", (11, 4, 4)),
    "يوم الاب": ("nth", (6, 7, 3)),
    "عيد الاب": ("nth", (6, 7, 3)),
    "عيد الميلاد المجيد": ("greg", (12, 25)),
    "عيد الميلاد": ("greg", (12, 25)),
    "ليله راس السنه": ("greg", (12, 31)),
    "راس السنه الميلاديه": ("greg", (1, 1)),
    "راس السنه الجديده": ("greg", (1, 1)),
    "عيد الحب": ("greg", (2, 14)),
    "عيد العمال": ("greg", (5, 1)),
    "عيد الام": ("greg", (3, 21)),
    "عيد الفطر": ("hijri", (10, 1)),
    "عيد الاضحي": ("hijri", (12, 10)),
    "يوم عرفه": ("hijri", (12, 9)),
    "راس السنه الهجريه": ("hijri", (1, 1)),
    "المولد النبوي": ("hijri", (3, 12)),
    "عيد الفصح": ("easter", (0, 0)),
    # US holidays Arabic news report under these names (fixed or n-th weekday rules)
    "يوم مارتن لوثر كينج": ("nth", (1, 1, 3)),
    "يوم مارتن لوثر كينغ": ("nth", (1, 1, 3)),
    "يوم الرؤساء": ("nth", (2, 1, 3)),
    "عيد الهالوين": ("greg", (10, 31)),
    "الهالوين": ("greg", (10, 31)),
    "هالوين": ("greg", (10, 31)),
    "يوم العشاق": ("greg", (2, 14)),
    "عيد العشاق": ("greg", (2, 14)),
    "ليله عيد الميلاد": ("greg", (12, 24)),
    "يواندان": ("greg", (1, 1)),
    # more names of the same holidays, and the fixed-date and Easter-relative ones the
    # Recognizers-Text holiday list carries (Easter offsets in days, Western computus)
    "يوم الام": ("greg", (3, 21)),
    "راس السنه": ("greg", (1, 1)),
    "عشيه راس السنه": ("greg", (12, 31)),
    "عشيه عيد الميلاد": ("greg", (12, 24)),
    "الكريسماس": ("greg", (12, 25)),
    "عيد الكريسماس": ("greg", (12, 25)),
    "يوم الحب": ("greg", (2, 14)),
    "يوم العمال": ("greg", (5, 1)),
    "يوم المراه": ("greg", (3, 8)),
    "يوم المراه العالمي": ("greg", (3, 8)),
    "اليوم العالمي للمراه": ("greg", (3, 8)),
    "عيد القديس باتريك": ("greg", (3, 17)),
    "يوم القديس باتريك": ("greg", (3, 17)),
    "كذبه ابريل": ("greg", (4, 1)),
    "كذبه نيسان": ("greg", (4, 1)),
    "عيد جميع القديسين": ("greg", (11, 1)),
    "يوم الهالوين": ("greg", (10, 31)),
    "يوم المحاربين القدامي": ("greg", (11, 11)),
    "يوم كولومبوس": ("nth", (10, 1, 2)),
    "يوم الاستقلال الامريكي": ("greg", (7, 4)),
    "عيد الاستقلال الامريكي": ("greg", (7, 4)),
    "يوم الباستيل": ("greg", (7, 14)),
    "يوم عاشوراء": ("hijri", (1, 10)),
    "عاشوراء": ("hijri", (1, 10)),
    "ليله القدر": ("hijri", (9, 27)),
    "ذكري الاسراء والمعراج": ("hijri", (7, 27)),
    "يوم الفصح": ("easter", (0, 0)),
    "احد الفصح": ("easter", (0, 0)),
    "اثنين الفصح": ("easter", (1, 0)),
    "سبت النور": ("easter", (-1, 0)),
    "الجمعه العظيمه": ("easter", (-2, 0)),
    "خميس العهد": ("easter", (-3, 0)),
    "احد الشعانين": ("easter", (-7, 0)),
    "احد السعف": ("easter", (-7, 0)),
    "اربعاء الرماد": ("easter", (-46, 0)),
    "يوم اربعاء الرماد": ("easter", (-46, 0)),
    "اثنين الرماد": ("easter", (-48, 0)),
    "يوم اثنين الرماد": ("easter", (-48, 0)),
    "عيد الصعود": ("easter", (39, 0)),
    "عيد العنصره": ("easter", (49, 0)),
    "christmas": ("greg", (12, 25)),
    "new year's day": ("greg", (1, 1)),
}


@_rule(
    rf"(?P<h>{_alt(_HOLIDAYS)}){E}(?:\s+(?:{AL}?(?:عام|لعام)\s+)?(?P<y>\d{{4}})"
    rf"|\s+(?P<rel>هذا\s+العام|هذه\s+السنه|{AL}(?:عام|سنه)\s+(?:{PAST}|{NEXT}|{THIS})))?",
    3,
)
def _holiday(m: re.Match[str], s: str) -> Atom | None:
    name = re.sub(r"\s+", " ", m["h"])
    if name in ("راس السنه", "عشيه راس السنه") and re.match(r"\s+ال(?!عام|سنه)\w", s[m.end("h") :]):
        return None  # "رأس السنة الصينية/الأمازيغية": another calendar's new year
    nisba = re.match(r"\s+(ال\w+يه?)(?!\w)", s[m.end("h") : m.end("h") + 24])
    keep = ("العالمي", "الميلادي", "الميلاديه", "الهجري", "الهجريه", "الحالي", "الذي", "التي", "الماضي")
    if nisba and nisba.group(1) not in keep:
        return None  # "يوم المرأة الإيرانية", "عيد الاستقلال الجزائري": a national day on another date
    kind, spec = _HOLIDAYS[name]
    data: dict[str, Any] = {"cal": kind}
    if kind == "nth":
        data["m"], data["wd"], data["nth"] = spec
    else:
        data["m"], data["d"] = spec
    if m["y"]:
        data["y"] = int(m["y"])
    elif m["rel"]:  # "عيد الشكر العام الماضي"
        data["yrel"] = 0 if re.search(rf"هذا|هذه|{THIS}", m["rel"]) else _dir_of(m["rel"])
    return Atom(*_span(m), "holiday", data)


@_rule(
    rf"اخر\s+(?:{_NUMBER}\s*(?P<u>{UNIT_WORDS})|(?P<dual>يومين|اسبوعين|شهرين|سنتين|عامين|ساعتين))(?!\w)", 3
)
def _last_n(m: re.Match[str], s: str) -> Atom | None:
    if m["dual"]:  # "آخر أسبوعين"
        unit, _ = _unit_of(m["dual"])
        return Atom(*_span(m), "lastn", {"parts": [(2.0, unit)]})
    n = _num(m["n"] or m["nw"])
    if n is None:
        return None
    unit, _ = _unit_of(m["u"])
    return Atom(*_span(m), "lastn", {"parts": [(n, unit)]})


# ---------------------------------------------------------------------------------------------
# Driver: candidates → selection → merging
# ---------------------------------------------------------------------------------------------


def compact(text: str) -> tuple[str, list[int], str]:
    """Folded text without diacritic placeholders, the index map back, and the folded text."""
    folded = normalize_aligned(text)
    keep = [i for i, ch in enumerate(folded) if ch != JOINER]
    chars = [folded[i] for i in keep]
    # Arabic punctuation and odd spaces behave like their ASCII forms.
    table = {"،": "،", "\u00a0": " ", "\u202f": " ", "\u200f": " ", "\u200e": " ", "\u200c": " "}
    table.update({"\u2013": "-", "\u2014": "-", "\u2212": "-"})  # "3 – 11 - 1436هـ": dashes are hyphens
    return "".join(table.get(c, c) for c in chars), keep, folded


def candidates(s: str) -> list[Atom]:
    out: list[Atom] = []
    for rx, fn, prio in _RULES:
        for m in rx.finditer(s):
            atom = fn(m, s)
            if atom is not None and atom.end > atom.start:
                atom.prio = prio
                out.append(atom)
    return out


def select(atoms: list[Atom]) -> list[Atom]:
    """Keep non-overlapping atoms, longest (then highest-priority) first."""
    starts: list[int] = []  # sorted starts of the chosen atoms (they never overlap)
    chosen: list[Atom] = []
    for atom in sorted(atoms, key=lambda a: (-(a.end - a.start), -a.prio, a.start)):
        i = bisect.bisect_left(starts, atom.start)
        if i < len(chosen) and chosen[i].start < atom.end:
            continue
        if i > 0 and chosen[i - 1].end > atom.start:
            continue
        starts.insert(i, atom.start)
        chosen.insert(i, atom)
    return chosen


_GLUE_DAY_DAY = re.compile(r"^\s*[,،\-]?\s*(?:(?:في|الموافق\s+ل?|الموافق|يوم|اي|أي)\s*)?$")
_GLUE_TOD_DAY = re.compile(r"^\s*(?:من\s+)?(?:يوم\s+)?$")
_GLUE_DAY_TOD = re.compile(r"^\s*[,،]?\s*(?:في\s+)?$")
_GLUE_CLOCK_DAY = re.compile(r"^\s*[,،]?\s*(?:من\s+|في\s+|يوم\s+)?$")
_GLUE_DAY_CLOCK = re.compile(r"^\s*[,،\-]?\s*(?:في\s+|علي\s+|حوالي\s+|عند\s+|نحو\s+|الساعه\s+)?(?:تمام\s+)?$")
_GLUE_DUR = re.compile(r"^\s*(?:و|,|،)\s*$")
_GLUE_YEAR = re.compile(r"^\s*[,،]?\s*(?:(?:من|في)\s+)?$")  # "شهر يوليو في عام 2034"
_GLUE_RANGE = re.compile(r"^\s*(?:-|–|(?:و\s*)?(?:حتي|الي)(?:\s+غايه)?|ولغايه|لغايه|و)\s*(?:يوم\s+)?$")


_GLUE_LIST = re.compile(r"^\s*(?:[,،]\s*(?:و\s*)?|و\s*)$")
# "من نوفمبر 2012 وحتى آخر فبراير 2014": a range whose end is named through a part of its month
_GLUE_RANGE_MOD = re.compile(
    r"^\s*(?:و\s*)?(?:حتي|الي)(?:\s+غايه)?\s+(?:اخر|نهايه|مطلع|بدايه|اواخر|اوايل|منتصف|موفي)\s+(?:شهر\s+)?$"
)
_MONTHS_LEAD = re.compile(r"(?<!\w)(?:شهري|اشهر|الاشهر|شهور|الشهور)\s*$")


def _bare_month(d: dict[str, Any]) -> bool:
    return "m" in d and not (d.keys() - {"m", "dir"}) and not d.get("dir")


def _month_run(a: Atom, b: Atom, gap: str, s: str) -> Atom | None:
    """Runs of consecutive months written as a list: "شهري نوفمبر، وديسمبر", "أشهر جانفي، فيفري ومارس
    2018", "مايو، يونيو ويوليو". Months that do not follow one another stay apart ("في شهري إبريل
    وأكتوبر"), and a comma joins only after "شهري/أشهر" or in front of a pair already joined by و."""
    if a.kind == "month" and b.kind == "month" and "m" in a.data and "m" in b.data:
        if (
            _GLUE_RANGE_MOD.match(gap)
            and not a.data.get("dir")
            # "منذ نهاية حزيران وحتى نهاية تموز": two bare months, the second after the first
            and ("y" in b.data or (_bare_month(a.data) and _bare_month(b.data) and b.data["m"] > a.data["m"]))
        ):
            return Atom(a.start, b.end, "range", {"of": "month", "a": dict(a.data), "b": dict(b.data)})
        lead = _MONTHS_LEAD.search(s[max(0, a.start - 8) : a.start])
        if (
            _GLUE_LIST.match(gap)
            and gap.strip() != "و"  # plain و is the generic rule's (it also takes a shared year)
            and lead
            and _bare_month(a.data)
            and b.data["m"] == a.data["m"] % 12 + 1
            and not b.data.get("dir")
        ):
            return Atom(a.start, b.end, "range", {"of": "month", "a": dict(a.data), "b": dict(b.data)})
    if (
        a.kind == "year"
        and set(a.data) in ({"y"}, {"yrel"})
        and (
            re.match(r"(?:بدايه|مطلع)\s", s[a.start : a.start + 8])
            or re.search(r"(?<!\w)(?:بدايه|مطلع)\s+$", s[max(0, a.start - 8) : a.start])
        )
        and (_GLUE_RANGE_MOD.match(gap) or re.match(r"^\s*(?:و\s*)?(?:حتي|الي)\s*$", gap))
        and b.kind == "month"
        and "m" in b.data
        and "y" not in b.data
    ):
        # "من بداية العام حتى نهاية يوليو الماضي": the months from January of that year
        first = {"m": 1, **a.data}
        last = {**b.data, **({"y": a.data["y"]} if "y" in a.data else {})}
        return Atom(a.start, b.end, "range", {"of": "month", "a": first, "b": last})
    if a.kind == "range" and a.data.get("of") == "month" and b.kind == "month" and _GLUE_LIST.match(gap):
        # "جانفي، فيفري ومارس": the run goes on
        last = a.data["b"]
        if (
            _bare_month(last)
            and "m" in b.data
            and b.data["m"] == last["m"] % 12 + 1
            and not b.data.get("dir")
        ):
            return Atom(a.start, b.end, "range", {"of": "month", "a": dict(a.data["a"]), "b": dict(b.data)})
    if (
        a.kind == "month"
        and b.kind == "range"
        and b.data.get("of") == "month"
        and re.match(r"^\s*[,،]\s*$", gap)
        and _bare_month(a.data)
        and "m" in b.data["a"]
        and b.data["a"]["m"] == a.data["m"] % 12 + 1
        and not b.data["a"].get("y")
    ):
        return Atom(a.start, b.end, "range", {"of": "month", "a": dict(a.data), "b": dict(b.data["b"])})
    return None


def _is_calendar_day(a: Atom) -> bool:
    return a.kind == "day" and "m" in a.data and "rel" not in a.data


def _is_anchor_day(a: Atom) -> bool:
    return a.kind == "day" and (
        "rel" in a.data or ("wd" in a.data and "m" not in a.data and "d" not in a.data)
    )


def _merge_pair(a: Atom, b: Atom, gap: str, s: str) -> Atom | None:
    ka, kb = a.kind, b.kind
    if ka == "todhead" and kb == "day" and _GLUE_TOD_DAY.match(gap):
        return Atom(a.start, b.end, "tod", {"tod": a.data["tod"], "day": dict(b.data)})
    if ka == "todhead" and kb == "tod" and "day" in b.data and _GLUE_TOD_DAY.match(gap):
        return Atom(a.start, b.end, "tod", {"tod": a.data["tod"], "day": dict(b.data["day"])})
    if ka == "day" and kb == "day" and _GLUE_DAY_DAY.match(gap):
        if _is_anchor_day(a) and _is_calendar_day(b):
            data = dict(b.data)
            if "wd" in a.data:
                data["wd"] = a.data["wd"]
            if "rel" in a.data:
                data["anchor"] = a.data["rel"]
            return Atom(a.start, b.end, "day", data)
        if (
            _is_calendar_day(a)
            and _is_anchor_day(b)
            and "rel" not in b.data
            and gap.strip() in ("", ",", "،")
        ):
            return Atom(a.start, b.end, "day", {**a.data, "wd": b.data["wd"]})
        if "rel" in a.data and "wd" in b.data and "rel" not in b.data and "m" not in b.data:
            return Atom(a.start, b.end, "day", {**a.data, "wd": b.data["wd"]})
    if (
        ka == "day"
        and kb == "day"
        and "rel" in a.data
        and set(b.data) <= {"wd", "dir"}
        and not b.data.get("dir")
        and re.fullmatch(r"\s*\(\s*", gap)
        and (close := re.match(r"\s*\)", s[b.end :]))
    ):
        # "أمس (السبت)", "أول من أمس (الجمعة)", "اليوم (الخميس)": the weekday in brackets names the
        # relative day, one span with its bracket
        return Atom(a.start, b.end + close.end(), "day", {**a.data, "wd": b.data["wd"]})
    if ka == "day" and kb == "hijri" and _is_anchor_day(a) and _GLUE_DAY_DAY.match(gap):
        # "يوم الاثنين 25 شوال", "اليوم التالي الثلاثاء 26 شوال": the Hijri day says which one
        return Atom(a.start, b.end, "hijri", {**b.data, "wd": a.data.get("wd")})
    if (
        ka == "clock"
        and kb == "day"
        and set(a.data.get("day", {})) == {"wd"}
        and _is_calendar_day(b)
        and _GLUE_DAY_DAY.match(gap)
    ):
        # "الساعة التاسعة مساء الأحد10شوال 1436هـ": the weekday's date follows it
        return Atom(a.start, b.end, "clock", {**a.data, "day": {**b.data, "wd": a.data["day"]["wd"]}})
    if (
        ka == "tod"
        and a.data.get("tod") == "NI"
        and "wd" in a.data.get("day", {})
        and set(a.data["day"]) <= {"wd", "dir"}
        and not a.data["day"].get("dir")
        and kb == "day"
        and set(b.data) <= {"wd", "dir"}
        and not b.data.get("dir")
        and b.data.get("wd") == a.data["day"]["wd"] % 7 + 1
        and re.match(r"^\s*(?:[-/–]|و)?\s*$", gap)
    ):
        # "ليل الجمعة السبت": the night from one day to the next, dated by the first
        return Atom(a.start, b.end, "tod", dict(a.data))
    if ka == "tod" and kb == "day" and "day" in a.data and _GLUE_DAY_DAY.match(gap) and _is_calendar_day(b):
        day = dict(b.data)
        if "rel" in a.data["day"]:
            day["anchor"] = a.data["day"]["rel"]
        return Atom(a.start, b.end, "tod", {"tod": a.data["tod"], "day": day})
    if (
        ka == "tod"
        and "day" not in a.data
        and kb == "day"
        and _GLUE_TOD_DAY.match(gap)
        and not a.data.get("weak")
    ):
        return Atom(a.start, b.end, "tod", {"tod": a.data["tod"], "day": dict(b.data)})
    if ka == "day" and kb == "tod" and "day" not in b.data and _GLUE_DAY_TOD.match(gap):
        return Atom(a.start, b.end, "tod", {"tod": b.data["tod"], "day": dict(a.data)})
    if ka == "clock" and kb in ("day", "tod") and _GLUE_CLOCK_DAY.match(gap):
        if kb == "tod" and "day" not in b.data:
            if b.data.get("weak") and gap.strip():
                return None
            return Atom(a.start, b.end, "clock", {**a.data, "h": _tod_hour(a.data, b.data["tod"])})
        day = b.data if kb == "day" else b.data["day"]
        h = _tod_hour(a.data, b.data["tod"]) if kb == "tod" else a.data["h"]
        return Atom(a.start, b.end, "clock", {**a.data, "h": h, "day": dict(day)})
    if ka in ("day", "tod") and kb == "clock" and "day" not in b.data and _GLUE_DAY_CLOCK.match(gap):
        if ka == "tod" and "day" not in a.data:
            if a.data.get("weak"):
                return None
            return Atom(a.start, b.end, "clock", {**b.data, "h": _tod_hour(b.data, a.data["tod"])})
        day = a.data if ka == "day" else a.data["day"]
        h = _tod_hour(b.data, a.data["tod"]) if ka == "tod" else b.data["h"]
        return Atom(a.start, b.end, "clock", {**b.data, "h": h, "day": dict(day)})
    b_has_day = kb == "day" or (kb == "tod" and "day" in b.data)
    a_has_day = ka == "day" or (ka == "tod" and "day" in a.data)
    if ka == "trange" and "day" not in a.data and _GLUE_CLOCK_DAY.match(gap) and b_has_day:
        return Atom(
            a.start, b.end, "trange", {**a.data, "day": dict(b.data if kb == "day" else b.data["day"])}
        )
    if kb == "trange" and "day" not in b.data and _GLUE_DAY_CLOCK.match(gap) and a_has_day:
        data = {**b.data, "day": dict(a.data if ka == "day" else a.data["day"])}
        if ka == "tod" and not b.data.get("ap"):  # "الليلة من 8 إلى 10": evening hours
            data["h1"] = _tod_hour({"h": b.data["h1"]}, a.data["tod"])
            data["h2"] = _tod_hour({"h": b.data["h2"]}, a.data["tod"])
        return Atom(a.start, b.end, "trange", data)
    if (
        ka == "clock"
        and kb == "clock"
        and _GLUE_RANGE.match(gap)
        and not a.data.get("named")
        and not b.data.get("moved")
    ):
        lead = re.search(r"(?:من|بين|ما\s+بين)\s+$", s[max(0, a.start - 8) : a.start])
        if gap.strip() != "و" or lead:
            data = {"h1": a.data["h"], "m1": a.data.get("mi"), "h2": b.data["h"], "m2": b.data.get("mi")}
            if "day" in a.data:
                data["day"] = dict(a.data["day"])
            if "day" in b.data:
                data["day2"] = dict(b.data["day"])
                data.setdefault("day", dict(b.data["day"]))
            start = a.start - len(lead.group(0)) if lead else a.start
            return Atom(start, b.end, "trange", data)
    if (
        ka == "clock"
        and kb == "dur"
        and a.data.get("mi") is None
        and re.match(r"^\s*و\s*$", gap)
        and len(b.data.get("parts", [])) == 1
        and b.data["parts"][0][1] == "MIN"
        and b.data["parts"][0][0] is not None
        and 0 < b.data["parts"][0][0] < 60
        and float(b.data["parts"][0][0]).is_integer()
    ):
        # "الساعة الثامنة ليلا و44 دقيقة": the minutes written after the part of day
        return Atom(a.start, b.end, "clock", {**a.data, "mi": int(b.data["parts"][0][0])})
    same_units = {u for _, u in a.data.get("parts", [])} & {u for _, u in b.data.get("parts", [])}
    if ka == "dur" and kb == "dur" and _GLUE_DUR.match(gap) and "lastn" not in a.data and not same_units:
        return Atom(a.start, b.end, "dur", {"parts": a.data["parts"] + b.data["parts"]})
    if ka == "dur" and kb == "now" and re.match(r"^\s*من\s*$", gap) and "lastn" not in a.data:
        # "2 سنة و1 شهر من الآن" counts forward, but back when the clause is told in the past
        # ("غادرت هنا 2 سنة و1 شهر من الآن" is 2 years 1 month before the reference, as in the specs)
        sign = -1 if past_context(s, a.start) else 1
        return Atom(a.start, b.end, "offset", {"parts": a.data["parts"], "sign": sign, "fromnow": True})
    if (
        ka == "dur"
        and kb == "offset"
        and b.data.get("fromnow")
        and _GLUE_DUR.match(gap)
        and "lastn" not in a.data
    ):
        # "2 سنة و1 شهر و21 أيام من الآن": the pairwise merge joined the last two pieces first
        return Atom(a.start, b.end, "offset", {**b.data, "parts": a.data["parts"] + b.data["parts"]})
    if (
        ka == "offset"
        and (kb == "now" or (kb == "day" and b.data.get("rel") == 0))
        and re.match(r"^\s*من\s*$", gap)
    ):
        return Atom(a.start, b.end, "offset", dict(a.data))  # "بعد ثلاثة أيام من الآن"
    if (
        ka == "day"
        and kb == "week"
        and set(a.data) <= {"wd", "dir"}
        and not a.data.get("dir")
        and not b.data.get("we")
        and re.match(r"^\s*(?:من|في|[,،])?\s*$", gap)
    ):
        # "الجمعة من الأسبوع المقبل", "الأحد الأسبوع المقبل"
        return Atom(a.start, b.end, "day", {"wd": a.data["wd"], "wrel": b.data["wrel"]})
    if (
        ka == "week"
        and not a.data.get("we")
        and kb == "range"
        and b.data.get("of") == "day"
        and all(set(b.data[k]) == {"wd", "dir"} for k in ("a", "b"))
        and re.match(r"^\s*(?:من|بين|ما\s+بين)?\s*$", gap)
    ):
        # "الأسبوع المقبل من الاثنين إلى الأربعاء": the weekdays of that week
        ends = {k: {"wd": b.data[k]["wd"], "wrel": a.data["wrel"]} for k in ("a", "b")}
        return Atom(a.start, b.end, "range", {"of": "day", **ends})
    if ka == "offset" and kb == "dur" and _GLUE_DUR.match(gap):
        return Atom(a.start, b.end, "offset", {**a.data, "parts": a.data["parts"] + b.data["parts"]})
    if (
        (
            ka == "range"
            and a.data.get("of") == "day"
            and kb == "year"
            and "y" in b.data
            and _GLUE_YEAR.match(gap)
        )
        and not a.data["a"].get("y")
        and "m" in a.data["b"]
    ):
        ya, yb = {**a.data["a"], "y": b.data["y"]}, {**a.data["b"], "y": b.data["y"]}
        return Atom(a.start, b.end, "range", {"of": "day", "a": ya, "b": yb})
    if (
        ka == "month"
        and kb == "year"
        and "y" not in a.data
        and "mrel" not in a.data
        and _GLUE_YEAR.match(gap)
    ):
        if a.data.get("dir") and not (a.data["dir"] == -1 and gap.strip() == "" and "y" in b.data):
            return None  # "شهر حزيران (يونيو) الماضي 2015" keeps its year
        return Atom(a.start, b.end, "month", {"m": a.data["m"], **b.data})
    if (
        ka == "range"
        and a.data.get("of") == "month"
        and kb == "year"
        and not any(a.data[e].get(k) is not None for e in ("a", "b") for k in ("y", "yrel", "mrel"))
        and not any(a.data[e].get("dir") for e in ("a", "b"))
        and re.match(r"^\s*[,،]?\s*من\s*$", gap)
    ):
        # "شهري نوفمبر وديسمبر من العام الماضي": the year applies to the whole run
        ya, yb = {**a.data["a"], **b.data}, {**a.data["b"], **b.data}
        return Atom(a.start, b.end, "range", {"of": "month", "a": ya, "b": yb})
    if _is_calendar_day(a) and "y" not in a.data and kb == "year" and _GLUE_YEAR.match(gap):
        if a.data.get("dir"):
            return None
        return Atom(a.start, b.end, "day", {**a.data, **b.data})
    run = _month_run(a, b, gap, s)
    if run is not None:
        return run
    if ka == kb and ka in ("day", "month") and _GLUE_RANGE.match(gap):
        both_cal = (ka == "day" and _is_calendar_day(a) and _is_calendar_day(b)) or (
            ka == "month" and "m" in a.data and "m" in b.data
        )
        anchors = ka == "day" and ("rel" in a.data or "wd" in a.data) and ("rel" in b.data or "wd" in b.data)
        and_ok = gap.strip() != "و" or re.search(r"(?:بين|ما\s+بين)\s*$", s[max(0, a.start - 10) : a.start])
        shared_year = "y" in b.data and "y" not in a.data and not a.data.get("dir")
        # two bare months in a row ("خلال ديسمبر ويناير"), not two named apart ("في شهري إبريل وأكتوبر")
        bare_pair = (
            not (a.data.keys() - {"m", "dir"})
            and not a.data.get("dir")
            and not b.data.get("dir")
            and b.data.get("m") == a.data.get("m", 0) % 12 + 1
        )
        if ka == "month" and gap.strip() == "و" and (shared_year or bare_pair):
            and_ok = True  # "خلال ديسمبر ويناير": a coordinated pair is one stretch
        if (both_cal or anchors or (ka == "day" and _is_anchor_day(a) and _is_calendar_day(b))) and and_ok:
            return Atom(a.start, b.end, "range", {"of": ka, "a": dict(a.data), "b": dict(b.data)})
    if ka == "set" and kb in ("clock", "tod") and _GLUE_DAY_CLOCK.match(gap):
        return Atom(a.start, b.end, "set", {"value": _set_with(a.data["value"], b)})
    if ka in ("clock", "tod") and kb == "set" and _GLUE_DAY_CLOCK.match(gap):
        return Atom(a.start, b.end, "set", {"value": _set_with(b.data["value"], a)})
    return None


def _set_with(value: str, other: Atom) -> str:
    if other.kind == "clock":
        t = f"T{other.data['h']:02d}" + (
            f":{other.data['mi']:02d}" if other.data.get("mi") is not None else ""
        )
        return (value if value.startswith("XXXX") else "") + t
    return value


def _tod_hour(clock: dict[str, Any], tod: str) -> int:
    h = int(clock["h"])
    if clock.get("ap"):
        return h
    if tod in ("AF", "EV") and h < 12:
        return h + 12
    if tod == "NI" and 5 <= h < 12:
        return h + 12
    if tod == "MI" and h <= 10:
        return h + 12
    return h


LATER = r"(?:في\s+)?وقت\s+(?:لاحق|مبكر|متاخر)\s+من"  # "في وقت لاحق من هذا الشهر"
_MOD_BEFORE = re.compile(rf"(?<!\w)(?:{LEAD})(?P<mod>{MODIFIER}|{LATER})\s+$")


# names that contain a date: events ("ثورة 25 يناير", "حرب أكتوبر", "هجمات 11 سبتمبر"), alliances
# ("قوى 14 آذار"), places ("ميدان التحرير" aside, "شارع 9 أفريل", "مدينة 6 أكتوبر") and the surname
# "دي مايو" (Luigi Di Maio). Without a year or a direction word the date they carry is not this
# year's, and news_dev leaves named events unannotated.
_NAME_HEAD = re.compile(
    r"(?<!\w)(?:[وبلف]?(?:ثوره|ثورتي|حرب|انتفاضه|هجمات|احداث|تفجيرات|اعتداءات|قوي|تيار|حركه|ميدان|شارع|نهج"
    r"|ساحه|جسر|كوبري|مدينه|جامعه|ملعب|ستاد)|دي|لويجي)\s+$"
)


def _named_after_date(a: Atom, s: str, named_end: int = -1) -> bool:
    """Is ``a`` a yearless date inside a name, or coordinated with one just dropped ("لثورتي 25 يناير
    و30 يونيو")?"""
    d = a.data
    calendar_day = a.kind == "day" and "m" in d and "rel" not in d and "wd" not in d
    if a.kind != "month" and not calendar_day:
        return False
    if any(d.get(k) is not None for k in ("y", "yrel", "mrel")) or d.get("dir"):
        return False
    if named_end >= 0 and re.match(r"^\s*و\s*$", s[named_end : a.start]):
        return True
    return _NAME_HEAD.search(s[max(0, a.start - 12) : a.start]) is not None


def merge(atoms: list[Atom], s: str) -> list[Atom]:
    """Combine neighbouring atoms until nothing changes; drop pieces that cannot stand alone."""
    changed = True
    while changed:
        changed = False
        out: list[Atom] = []
        i = 0
        while i < len(atoms):
            if i + 1 < len(atoms):
                a, b = atoms[i], atoms[i + 1]
                merged = _merge_pair(a, b, s[a.end : b.start], s)
                if merged is not None:
                    out.append(merged)
                    i += 2
                    changed = True
                    continue
            out.append(atoms[i])
            i += 1
        atoms = out
    final: list[Atom] = []
    named_end = -1  # end of the last date dropped as part of a name
    for a in atoms:
        prev_end = final[-1].end if final else 0
        if a.kind == "day" and re.search(r"(?<!\w)نهايه\s+(?:يوم\s+)?$", s[max(0, a.start - 12) : a.start]):
            w0 = s.rfind("نهايه", max(0, a.start - 12), a.start)
            if w0 >= prev_end:
                a = Atom(w0, a.end, "clock", {"h": 23, "mi": 59, "day": dict(a.data)}, a.prio)
        if a.kind == "todhead" or (a.kind == "dur" and a.data.get("lead_one")):
            continue
        if _named_after_date(a, s, named_end):
            named_end = a.end
            continue
        if a.kind == "tod" and a.data.get("weak") and "day" not in a.data:
            continue
        clause_end = re.match(r"\s*(?:[.!؟?،,]|$)", s[a.end : a.end + 2]) is not None
        if a.kind == "clock" and a.data.get("weak") and "day" not in a.data and not clause_end:
            continue
        if a.kind in ("month", "year", "week", "decade", "quarter", "season", "hijrimonth") or (
            a.kind == "range" and a.data.get("of") == "month"
        ):
            w0 = max(0, a.start - 24)
            found = _MOD_BEFORE.search(s[w0 : a.start])
            if (
                found
                and found.group("mod") not in ("خلال", "طوال", "طيله")
                and w0 + found.start("mod") >= prev_end
            ):
                # the span covers the modifier ("مطلع حزيران/يونيو"); the value stays the period
                a = Atom(w0 + found.start("mod"), a.end, a.kind, a.data, a.prio)
        final.append(a)
    return final


@_rule(
    rf"(?:مره|مرتين|مرات|واحده|رحله|رحلتين)\s+(?:في|كل)\s+(?P<u>{AL}(?:يوم|اسبوع|شهر|سنه|عام)){E}"
    rf"(?!\s+(?:{AL}\w+ي|{PAST}|{NEXT}|{THIS}|\d))",
    2,
)
def _per_unit(m: re.Match[str], s: str) -> Atom | None:
    """ "رحلة واحدة في الأسبوع", "مرتين في الشهر": the unit a count recurs in (a set, P1W)."""
    unit, _ = _unit_of(m["u"])
    return Atom(m.start("u"), m.end("x"), "set", {"value": f"P1{unit}"})


# "قبل نحو العام", "منذ حوالي الشهر": an approximate single unit after a preposition of time
@_rule(
    rf"(?:قبل|منذ|بعد|خلال)\s+(?:نحو|حوالي|قرابه)\s+(?P<u>{AL}(?:عام|سنه|شهر|اسبوع)){E}"
    rf"(?!\s+\S*(?:ي|يه)(?!\w))",
    2,
)
def _approx_unit(m: re.Match[str], s: str) -> Atom | None:
    unit, _ = _unit_of(m["u"])
    return Atom(m.start("u"), m.end("x"), "dur", {"parts": [(1.0, unit)]})


# past-tense verbs that set a clause in the past (first and third person, common in the specs' and
# news' phrasing); a clause with none of them, or with a future cue, counts forward
PAST_CUE = re.compile(
    r"(?<!\w)(?:كان|كانت|كنت|كنا|كانوا|غادر|غادرت|غادرنا|عاد|عادت|عدت|عدنا|رجع|رجعت|وصل|وصلت|وصلنا|"
    r"ذهب|ذهبت|ذهبنا|رحل|رحلت|سافر|سافرت|التقي|التقيت|التقينا|قابلت|زار|زارت|زرت|حدث|حصل|وقع|وقعت|"
    r"جري|انتهي|انتهت|بدا|بدات|اجتمع|اجتمعت|اجتمعنا|انتقل|انتقلت|عشت|عاش|ولد|ولدت|left|was|were|went)(?!\w)"
)


def past_context(s: str, start: int) -> bool:
    """Is the clause before ``start`` told in the past (and not about the future)?"""
    window = s[max(0, start - 60) : start]
    cut = max(window.rfind("."), window.rfind("\n"), window.rfind("؟"), window.rfind("!"))
    window = window[cut + 1 :]
    return PAST_CUE.search(window) is not None and FUTURE_CUE.search(window) is None


# a clause that asks for or announces something to come: a future verb (سـ + imperfect of a verb
# of moving, meeting, happening), a request to schedule, or FUTURE_CUE.  "خلال أسبوعين" is "in two
# weeks" only there; in a narrated clause it is a stretch ("قتل 20 شخصا خلال يومين").
SCHEDULE_CUE = re.compile(
    r"(?<!\w)(?:س[انيت](?:عود|رجع|غادر|سافر|خرج|رحل|حدث|تم|كون|لتقي|جتمع|صل|ذهب|عقد|بدا|نتهي|نتقل|زور"
    r"|عيش|بقي|عمل|قوم|نهي|كمل|رسل|تصل)\w{0,3}|سوف|جدول\w{0,2}|حدد|رتب|احجز|ضع|اضف|ذكرني|موعد\w{0,2}"
    r"|schedule|remind|set)(?!\w)"
)


def scheduling_context(s: str, start: int) -> bool:
    window = s[max(0, start - 60) : start]
    cut = max(window.rfind("."), window.rfind("\n"), window.rfind("؟"), window.rfind("!"))
    window = window[cut + 1 :]
    return SCHEDULE_CUE.search(window) is not None or FUTURE_CUE.search(window) is not None


# "من المفترض أن يكون يوم الأحد المتمم للشهر", "على أن يكون الثلاثاء أول أيام العيد": what a day is
# to be (the imperfect of كان right before the weekday; "كان يوم الأحد" is the perfective)
_TO_BE_BEFORE = re.compile(r"(?<!\w)(?:ان|لن|قد)\s+[يت]كون\s+(?:ذلك\s+)?(?:يوم\s+)?$")
_FUTURE_AFTER = re.compile(r"^\s*[,،]?\s*(?:سيكون|ستكون|سيصادف|سيوافق|سيشهد|ستشهد)(?!\w)")


def future_verb(clause: str) -> bool:
    """Does ``clause`` hold a verb in the future tense: سـ + an imperfect (ي/ت/ن) whose stem the
    corpora use as an imperfect verb ("ستعيد", "فسنسمح", "وسيتوجه"; not "سنة", "سياسة", "سيارة")?
    The stems come from ``future_stems`` (generated, see its header), so no verb list is kept here."""
    for m in _FUTURE_FORM.finditer(clause):
        if m["stem"] in FUTURE_STEMS and not _PAST_AUX.search(clause, 0, m.start()):
            return True
    return False


_FUTURE_FORM = re.compile(r"(?<!\w)[وف]?س[يتن](?P<stem>\w{2,})(?!\w)")
# "كان سيعقد …" (was to be held): the future of a past narrative
_PAST_AUX = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانوا|كنا|كنت)\s+(?:\S+\s+){0,2}$")


def _clause_before(s: str, start: int, width: int) -> str:
    """The clause before ``start``; when the expression opens a clause right after a comma (an
    aside: "إسرائيل ستعيد، الثلاثاء، فتح المعبر"), the clause before that comma."""
    clause = _clause(s, start, width)
    if clause.strip():
        return clause
    k = start - len(clause)
    if k > 0 and s[k - 1] in ",،":
        return _clause(s, k - 1, width)
    return clause


def future_context(s: str, start: int, end: int | None = None) -> bool:
    """Does the clause before ``start`` speak of the future (so a bare weekday is the next one)?
    With ``end``, a future verb right after the expression counts too ("الأحد سيكون أول أيام …")."""
    window = s[max(0, start - 60) : start]
    cut = max(window.rfind("."), window.rfind("\n"), window.rfind("؟"), window.rfind("!"))
    window = window[cut + 1 :]
    if end is not None and _FUTURE_AFTER.match(s[end : end + 14]):
        return True
    if FUTURE_CUE.search(window) is not None:
        return True
    if _TO_BE_BEFORE.search(window):
        return True
    # "أن تبدأ الهدنة يوم الأحد", "يصوت البرلمان الثلاثاء": Arabic news narrate the past in the
    # perfective, so the imperfect of an event verb in the weekday's own clause announces it
    # a wider window than the month rules use: the verb that announces a weekday opens its sentence
    # and the weekday often closes it ("ويترقب المستثمرون تقرير … بالولايات المتحدة يوم الجمعة")
    clause = _clause_before(s, start, 100)
    if _WAS.search(clause) is not None or _SINCE.search(clause) is not None:
        return False
    return (
        future_verb(clause)
        or _imperfect_event(clause)
        or _imperfect_event(clause, _IMPERFECT_ANNOUNCE)
        or _MORE_FUTURE.search(clause) is not None
    )


# the imperfect of verbs of events that are scheduled (meetings, votes, visits, truces, talks);
# "يعود" (dates back to) and "تصل" (amounts to) are left out: they describe states as often
IMPERFECT_EVENT = re.compile(
    r"(?<!\w)[وف]?[يت](?:عقد|نعقد|جري|بدا|نطلق|زور|لتقي|صوت|ختتم|ستانف|توجه|فتتح|ستضيف|دخل\s+حيز)(?!\w)"
)
# for a bare weekday only (not for a yearless month, where "قبل أن تعلن نتائج السنة المنتهية في 31
# مارس" is past): announcements of data and decisions, meetings, visits ("تصدر البيانات يوم الجمعة",
# "قبل أن يشارك الخميس في افتتاح كأس العالم")
# and matches to be played ("ليوفنتوس الذي يخوض السبت مباراة صعبة")
_IMPERFECT_ANNOUNCE = re.compile(
    r"(?<!\w)[وف]?[يت](?:صدر|نشر|علن|جتمع|ناقش|شارك|حتفل|ستقبل|لقي|خوض|لعب|واجه|لاقي)(?!\w)"
)
_WAS = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانوا|كنا)(?!\w)")

# perfective verbs that most often govern a yearless month or day in news ("وكان التضخم بلغ … في
# يوليو"): counted over the ANT corpus as the words before "في/خلال/منذ <month>", plus PAST_CUE
NEWS_PAST_VERB = re.compile(
    r"(?<!\w)[وف]?(?:كان|كانت|كانوا|جرت|جري|اجريت|اجري|بدا|بدات|وقع|وقعت|بلغ|بلغت|"
    r"تم|توفي|تولي|وصل|وصلت|ارتفع|ارتفعت|انخفض|انخفضت|تراجع|تراجعت|سجل|سجلت|شهد|شهدت|عقدت|"
    r"اعتقل|اعتقلت|قتل|قتلت|اطلق|اطلقت|رفض|رفضت|فاز|فازت|انتخب|انتخبت"
    # more perfectives of outcomes and changes ("أيد الناخبون في نوفمبر", "نما الاقتصاد في مارس")
    r"|ايد|ايدت|اقر|اقرت|صادق|صادقت|استقال|استقالت|اختتم|اختتمت|انتهي|انتهت|هبط|هبطت|صعد|صعدت"
    r"|زاد|زادت|نما|نمت|حقق|حققت|توقف|توقفت|اندلع|اندلعت"
    # passives and perfectives of news events whose unvocalised form is not also a verbal noun
    # ("وأثيرت هذه القضية في أكتوبر", "أغلقت المدارس في مارس"); not Form I ones like نشر/فرض/طرح
    r"|اثير|اثيرت|اصيب|اصيبت|اغتيل|اختطف|اختطفت|افرج|اقيم|اقيمت|عينت|ادين|ادينت|اوقف|اوقفت|احيل|احيلت"
    r"|اغلق|اغلقت|افتتح|افتتحت|دشن|دشنت|اكتشف|اكتشفت|صدرت|اصدر|اصدرت|ابرم|ابرمت|فرضت|طرحت|تقدمت"
    r"|قدمت|اعلن|اعلنت|نشرت|اعتمد|اعتمدت|اقترح|اقترحت|سقط|سقطت|انفجر|انفجرت|انطلق|انطلقت|استؤنف|استؤنفت"
    r"|اجل|اجلت|ارجئ|ارجئت|الغي|الغيت|نظم|نظمت|تاسس|تاسست|انشئ|انشئت)"
    # any of them agreeing with a feminine or plural subject ("توفيت في 30 حزيران/يونيو",
    # "تمت في مارس", "أعلنوا في يناير"): the list gives stems, the agreement is morphology
    r"(?:ت|وا|تا)?(?!\w)"
)
_SINCE = re.compile(r"(?<!\w)منذ\s+(?:(?:مطلع|بدايه|اوائل|منتصف|نهايه|اواخر|اول)\s+)?(?:شهر\s+)?$")
_DELIVERY = re.compile(r"(?<!\w)(?:ل|ب)?(?:تسليم|استحقاق)\s+(?:شهر\s+)?$")
_HABITUAL = re.compile(r"(?<!\w)(?:عاده|عادتا|كل\s+عام|كل\s+سنه|سنويا|غالبا)(?!\w)")
_BY = re.compile(r"(?<!\w)بحلول\s+(?:(?:مطلع|بدايه|اوائل|منتصف|نهايه|اواخر)\s+)?(?:شهر\s+)?$")
# a quotation opens a new clause: "وقال ماكرون: "هذه مهمتنا بحلول يونيو"" is not told in the past
# and so does a relative pronoun: "ستبقي على الأوامر التي أصدرتها في 30 مارس" (the orders are past)
_CLAUSE_BREAK = re.compile(
    r"[.!؟?\n،,؛;:\"«»“”]|(?<!\w)(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)(?!\w)"
)
# "من المتوقع أن" announces; "أقل من المتوقع" (than expected) does not.  The future prefix سـ on
# an event verb also after و/ف ("وستجري الانتخابات", which FUTURE_CUE's bare forms miss)
_MORE_FUTURE = re.compile(
    r"(?<!\w)(?:لن|المقرره|مقرره|يتوقع|تتوقع|مرتقب|مرتقبه|(?:من\s+)?المتوقع\s+ان"
    # waiting for it ("ويترقب المستثمرون تقرير الوظائف يوم الجمعة"), or saying what may or should
    # happen ("يفترض أن يكون يوم الأحد", "من الممكن أن تقبل الشهادات يوم السبت")
    r"|[وف]?[يت](?:ترقب|نتظر|تطلع)(?:ون|ان)?|(?:يفترض|يرجح|الممكن|المحتمل|يحتمل|المنتظر)\s+ان"
    r"|[وف]?س[يتن](?:عقد|نعقد|جري|تم|كون|بدا|نطلق|صل|قوم|علن|لتقي|زور|شهد|ناقش|ستضيف|جتمع|صدر|طلق"
    r"|فتتح|ختتم|توجه|شارك|صوت|ستانف)\w{0,3})(?!\w)"
)
_FUTURES = re.compile(r"(?<!\w)(?:ال)?عقود\s+(?:\S+\s+){0,3}?(?:ال)?اجله(?!\w)")
_UNTIL = re.compile(r"(?<!\w)(?:حتي|الي\s+غايه|لغايه)\s+(?:(?:يوم|شهر)\s+)?$")
_IF = re.compile(r"(?<!\w)[وف]?(?:اذا|لو|لئن)(?!\w)")
_COMPLEMENTIZER = re.compile(r"(?<!\w)(?:ان|انه|انها|بان|بانه|بانها|لان)(?!\w)")


def _clause(s: str, start: int, width: int = 60) -> str:
    """The text of the clause before ``start``: back to a sentence end, a comma, a quotation mark or a
    relative pronoun, within ``width`` characters."""
    window = s[max(0, start - width) : start]
    cut = 0
    for m in _CLAUSE_BREAK.finditer(window):
        cut = m.end()
    return window[cut:]


def clause_tense(s: str, start: int) -> int:
    """+1 when the clause before ``start`` announces something to come, -1 when it narrates the past
    (a perfective verb of its own, after any "أن/إن": "قال إن القمة ستعقد في مارس" is future,
    "وكان التضخم بلغ ذروته في يوليو" past), 0 when it says neither or both."""
    clause = _clause(s, start)
    if _SINCE.search(clause):
        return -1
    if _DELIVERY.search(clause) or _FUTURES.search(clause):
        return 1  # "العقود الآجلة لتسليم ديسمبر": a futures contract's delivery month is to come
    if _HABITUAL.search(clause):
        return 0  # "مراجعات تجري عادة في شهري إبريل وأكتوبر": every year, no tense to go by
    was = _WAS.search(clause) is not None
    if _BY.search(clause):
        return 0 if was else 1  # "بحلول يونيو": a deadline ahead
    if (
        FUTURE_CUE.search(clause)
        or SCHEDULE_CUE.search(clause)
        or _MORE_FUTURE.search(clause)
        or future_verb(clause)
    ):
        # "كان من المقرر أن …": planned once, maybe already past; keep the default
        return 0 if was else 1
    if _imperfect_event(clause) and not was:
        return 1
    if _UNTIL.search(clause) or _IF.search(clause):
        return 0  # "أمهل الأوروبيين حتى 12 مايو", "وإذا فاز في 7 أغسطس": a past verb, a date ahead
    last = None
    for m in _COMPLEMENTIZER.finditer(clause):
        last = m
    tail = clause[last.end() :] if last else clause
    if NEWS_PAST_VERB.search(tail) or PAST_CUE.search(tail):
        return -1
    return 0


def _imperfect_event(clause: str, verbs: re.Pattern[str] = IMPERFECT_EVENT) -> bool:
    """An imperfect event verb not negated into the past ("لم يدخل حيز التنفيذ إلا يوم الخميس")."""
    return any(not re.search(r"(?<!\w)(?:لم|لما)\s*$", clause[: m.start()]) for m in verbs.finditer(clause))
