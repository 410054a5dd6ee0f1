"""Generated surface variants of the conventions learned in issue 7, round 3 (from both halves).

Each test varies a construction across numbers, units, weekdays, months, genders, duals, digits and
verbs; expected values are computed from the convention, not copied from a spec item.  The
reference mirrors the specs' (Monday 7 November 2016) unless a test needs another month.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

import pytest

from marsad.extract.time import extract_resolved, extract_times

REF = datetime(2016, 11, 7)  # Monday
TOMORROW = date(2016, 11, 8)
WEEKDAYS = {1: "الاثنين", 2: "الثلاثاء", 3: "الأربعاء", 4: "الخميس", 5: "الجمعة", 6: "السبت", 7: "الأحد"}
ORD_DAY_M = {2: "الثاني", 3: "الثالث", 5: "الخامس", 7: "السابع", 10: "العاشر"}
HOUR_F = {
    11: ("الحادية عشرة", "الحادية عشر"),
    12: ("الثانية عشرة", "الثانية عشر"),
    3: ("الثالثة",),
    9: ("التاسعة",),
}
RETURN_VERBS = ["عدت", "سأعود", "رجعت", "سأرجع", "وصلت", "سأسافر"]
MONTHS = {1: "يناير", 2: "فبراير", 4: "أبريل", 6: "يونيو", 9: "سبتمبر", 11: "نوفمبر"}


def _values(text: str, ref: datetime = REF) -> list[str]:
    return [e.value for e in extract_times(text, ref)]


def _add(d: date, n: int, unit: str) -> date:
    if unit == "D":
        return d + timedelta(days=n)
    if unit == "W":
        return d + timedelta(weeks=n)
    months = n * (12 if unit == "Y" else 1)
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


# -- a bare ordinal after a verb of going or coming back: masculine = day, feminine = hour ---------


@pytest.mark.parametrize("verb", RETURN_VERBS)
@pytest.mark.parametrize("d", sorted(ORD_DAY_M))
@pytest.mark.parametrize("prep", ["ل", "إلى ", "في "])
def test_return_to_small_ordinal_day(verb: str, d: int, prep: str) -> None:
    word = ORD_DAY_M[d]
    text = f"{verb} {'ل' + word if prep == 'ل' else prep + word}"
    assert _values(text) == [f"XXXX-XX-{d:02d}"]


@pytest.mark.parametrize(
    "text",
    ["فاز الفريق بالمركز الثاني", "انتقل من الأول إلى الثاني.", "وصل إلى الدور الثاني", "عاد للمرة الثانية."],
)
def test_small_ordinal_without_return_verb_is_not_a_day(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize("verb", ["سأعود", "عدت", "سنصل", "سأغادر"])
@pytest.mark.parametrize(("h", "word"), [(h, w) for h, ws in HOUR_F.items() for w in ws])
@pytest.mark.parametrize("prep", ["", "في "])
def test_return_at_feminine_ordinal_hour(verb: str, h: int, word: str, prep: str) -> None:
    assert _values(f"{verb} {prep}{word}") == [f"T{h:02d}"]


def test_feminine_ordinal_hour_not_read_as_a_day() -> None:
    assert _values("سأعود في الحادية عشرة") == ["T11"]
    assert _values("عدت للثانية والعشرين") == ["XXXX-XX-22"]  # beyond twelve it is the day


# -- compound durations "من الآن": forward, or back in a clause told in the past --------------------


@pytest.mark.parametrize(
    ("parts", "years", "months", "days"),
    [
        ("2 سنة و1 شهر و21 أيام", 2, 1, 21),
        ("شهر و 2 سنة و 21 يوما", 2, 1, 21),
        ("3 سنوات و 4 أشهر و 5 أيام", 3, 4, 5),
        ("سنة و 10 أيام", 1, 0, 10),
        ("1 شهر و 21 يوم", 0, 1, 21),
    ],
)
@pytest.mark.parametrize(("verb", "sign"), [("غادرت هنا", -1), ("كان لدينا اجتماع", -1), ("سأعيش هنا", 1)])
def test_compound_duration_from_now(
    parts: str, years: int, months: int, days: int, verb: str, sign: int
) -> None:
    ref = datetime(2017, 11, 23)
    t = _add(_add(ref.date(), sign * years, "Y"), sign * months, "M") + timedelta(days=sign * days)
    found = extract_times(f"{verb} {parts} من الآن", ref)
    assert [e.value for e in found] == [t.isoformat()]
    assert found[0].text.endswith("من الآن")


def test_lone_singular_unit_is_not_a_duration() -> None:
    assert _values("يوم و 3 رجال") == []


# -- "في/خلال N <unit>" in a clause about the future: the spec reading of "بعد N <unit>" -----------


@pytest.mark.parametrize("lead", ["جدولة اجتماع", "حدد موعدا للاجتماع", "سأعود", "سنلتقي"])
@pytest.mark.parametrize("prep", ["في", "خلال"])
@pytest.mark.parametrize(
    ("phrase", "n", "unit"),
    [
        ("أسبوعين", 2, "W"),
        ("3 أسابيع", 3, "W"),
        ("شهرين", 2, "M"),
        ("5 أشهر", 5, "M"),
        ("سنتين", 2, "Y"),
        ("4 سنوات", 4, "Y"),
        ("عامين", 2, "Y"),
    ],
)
def test_in_n_units_is_the_nth_unit_from_tomorrow(
    lead: str, prep: str, phrase: str, n: int, unit: str
) -> None:
    hi = _add(TOMORROW, n, unit)
    lo = _add(hi, -1, unit)
    assert _values(f"{lead} {prep} {phrase}") == [f"({lo},{hi},P1{unit})"]


@pytest.mark.parametrize(("phrase", "n"), [("3 أيام", 3), ("يومين", 2), ("10 أيام", 10)])
def test_within_n_days_is_the_day(phrase: str, n: int) -> None:
    assert _values(f"سأعود خلال {phrase}") == [(REF.date() + timedelta(days=n)).isoformat()]


@pytest.mark.parametrize(
    "text",
    ["قتل 20 شخصا خلال يومين", "ارتفع العدد خلال 3 سنوات", "خلال 3 أشهر من العام", "ستغادر سوريا خلال أشهر"],
)
def test_within_n_units_stays_a_stretch(text: str) -> None:
    assert all(not v.startswith("(") and "-" not in v for v in _values(text))


def test_within_keeps_the_news_duration() -> None:
    (f,) = extract_resolved("سنلتقي خلال 3 أشهر", REF)
    assert f.duration == "P3M"


# -- "بعد N <unit> في المستقبل": from tomorrow through N units --------------------------------------


@pytest.mark.parametrize(
    ("phrase", "n", "unit", "code"),
    [
        ("4 أسابيع", 4, "W", "P4W"),
        ("3 أيام", 3, "D", "P3D"),
        ("سنتين", 2, "Y", "P2Y"),
        ("5 أشهر", 5, "M", "P5M"),
    ],
)
def test_after_n_units_in_the_future(phrase: str, n: int, unit: str, code: str) -> None:
    hi = _add(TOMORROW, n, unit)
    assert _values(f"سيحدث بعد {phrase} في المستقبل.") == [f"({TOMORROW},{hi},{code})"]


# -- "باقي/بقية الشهر/العام": through the period's last day -----------------------------------------


@pytest.mark.parametrize("word", ["باقي", "بقية"])
@pytest.mark.parametrize(
    ("ref", "unit", "end"),
    [
        (datetime(2016, 11, 7), "الشهر", date(2016, 11, 30)),
        (datetime(2017, 2, 10), "الشهر", date(2017, 2, 28)),
        (datetime(2016, 11, 7), "العام", date(2016, 12, 31)),
        (datetime(2018, 3, 1), "السنة", date(2018, 12, 31)),
    ],
)
def test_rest_of_month_or_year(word: str, ref: datetime, unit: str, end: date) -> None:
    n = (end - ref.date()).days + 1
    assert _values(f"سأرحل {word} {unit}", ref) == [f"({ref.date()},{end},P{n}D)"]


def test_rest_of_week_unchanged() -> None:
    assert _values("سأرحل بقية الأسبوع") == ["(2016-11-07,2016-11-13,P6D)"]


# -- "الألفين": the decade 2000s ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["في الألفين", "في الألفينات", "من مواليد ألفين", "خلال الألفينيات"])
def test_two_thousands_is_a_decade(text: str) -> None:
    assert _values(text) == ["(2000-01-01,2010-01-01,P10Y)"]


@pytest.mark.parametrize(("tens", "start"), [("العشرات", 2010), ("العشرينات", 2020), ("الثلاثينيات", 2030)])
def test_two_thousands_and_tens(tens: str, start: int) -> None:
    assert _values(f"في الألفين و{tens}") == [f"({start}-01-01,{start + 10}-01-01,P10Y)"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("في عام الألفين", ["2000"]),
        ("العام الألفين", ["2000"]),
        ("الألفين وخمسة", []),
        ("دفع ألفين دولار", []),
        ("الألفين جندي", []),
    ],
)
def test_two_thousand_as_a_year_or_number(text: str, values: list[str]) -> None:
    assert _values(text) == values


# -- "اللحظة الأخيرة/القادمة": the minute up to / from now ------------------------------------------


def test_last_and_next_moment() -> None:
    ref = datetime(2016, 11, 7, 16, 12)
    assert _values("سأعود اللحظة الأخيرة", ref) == ["(2016-11-07T16:11:00,2016-11-07T16:12:00,PT1M)"]
    assert _values("سأعود اللحظة القادمة", ref) == ["(2016-11-07T16:12:00,2016-11-07T16:13:00,PT1M)"]


@pytest.mark.parametrize("lead", ["في", "حتى", "منذ", "ل"])
def test_last_moment_idiom_is_not_a_time(lead: str) -> None:
    sep = "" if lead == "ل" else " "
    assert _values(f"ألغيت الزيارة {lead}{sep}اللحظة الأخيرة") == []


# -- dates with an impossible day keep year and month; a month glued to "الساعة" ----------------------


@pytest.mark.parametrize(("y", "m", "d"), [(2015, 1, 32), (2016, 2, 30), (2017, 2, 29), (2018, 4, 31)])
@pytest.mark.parametrize("sep", ["-", "/"])
def test_impossible_day_keeps_month(y: int, m: int, d: int, sep: str) -> None:
    assert _values(f"{y}{sep}{m}{sep}{d}") == [f"{y}-{m:02d}"]


def test_valid_leap_day_stays_a_day() -> None:
    assert _values("2016-2-29") == ["2016-02-29"]


@pytest.mark.parametrize("m", sorted(MONTHS))
@pytest.mark.parametrize(("clock", "t"), [("8:00:31 صباحًا", "T08:00:31"), ("9 مساء", "T21")])
def test_month_glued_to_hour_word(m: int, clock: str, t: str) -> None:
    assert _values(f"سأعود في 14 {MONTHS[m]}الساعة {clock}") == [f"XXXX-{m:02d}-14{t}"]


# -- weekday + day number: resolved inside the reference month only --------------------------------


@pytest.mark.parametrize("d", range(1, 31))
def test_weekday_day_number_in_reference_month(d: int) -> None:
    ref = datetime(2017, 9, 15)
    day = date(2017, 9, d)
    for wd, name in WEEKDAYS.items():
        if d <= 5:
            continue  # small numbers after a weekday are often hours
        expected = day.isoformat() if day.isoweekday() == wd else f"XXXX-WXX-{wd}"
        assert _values(f"عدت يوم {name} {d}", ref) == [expected]


def test_weekday_with_a_day_the_month_lacks() -> None:
    assert _values("ليوم الأربعاء الحادي والثلاثين", datetime(2017, 9, 15)) == ["XXXX-WXX-3"]


def test_weekday_day_of_previous_month_keeps_news_date() -> None:
    (f,) = extract_resolved("وصل يوم السبت 30 إلى المدينة", datetime(2017, 10, 2))
    assert (f.expr.value, f.concrete) == ("XXXX-WXX-6", "2017-09-30")
