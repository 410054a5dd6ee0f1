"""Generated variants of the general mechanisms of issue 7, round 8 (from the error study of the
first runs of blind sets 1–6, docs/dates.md): the "same period" anaphor as one productive grammar
(determiner × link × year), one publication date per article implied by its relative days with
weekdays, a clock time dated by the day in focus, a weekday with a clock time dated by the same
weekday named with its date, a day range across the new year, first/last-day words over every month.

The sentences are written for the tests (months, weekdays, years and publication dates are varied),
not copied from any annotated article; expected values follow from the convention.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime

import pytest

from marsad.extract.time import extract_resolved

MONTHS = {3: "مارس", 5: "مايو", 7: "يوليو", 10: "أكتوبر"}


def _covering(text: str, ref: date | datetime, phrase: str) -> list[str | None]:
    i = text.index(phrase)
    j = i + len(phrase)
    return [f.concrete for f in extract_resolved(text, ref) if f.expr.start < j and f.expr.end > i]


SAME = [
    "الشهر نفسه",
    "الشهر ذاته",
    "الشهر عينه",
    "الشهر المماثل",
    "نفس الشهر",
    "ذات الشهر",
    "الفترة المقابلة",
]
YEARS = [
    "من العام الماضي",
    "خلال العام الماضي",
    "للعام السابق",
    "في السنة الماضية",
    "من العام الفارط",
    "عام 2014",
]


@pytest.mark.parametrize(("same", "year"), list(itertools.product(SAME, YEARS)))
@pytest.mark.parametrize("month", [3, 10])
def test_same_period_grammar_is_productive(same: str, year: str, month: int) -> None:
    phrase = f"{same} {year}"
    text = f"وبلغت الصادرات في شهر {MONTHS[month]} 2015 نحو 3 مليارات مقارنة ب{phrase} وفق البيانات."
    assert _covering(text, date(2015, 12, 20), phrase) == [f"2014-{month:02d}"]


def test_tunisian_farit_is_last() -> None:
    text = "ارتفعت الأسعار خلال العام الفارط بنسبة 4 بالمائة."
    assert _covering(text, date(2017, 3, 2), "العام الفارط") == ["2016"]


@pytest.mark.parametrize(("stamp", "said"), [(date(2015, 8, 6), "الاثنين"), (date(2015, 7, 31), "الثلاثاء")])
def test_article_restamped_by_its_weekdays(stamp: date, said: str) -> None:
    # a crawl date days late: "اليوم <weekday>" fixes the day, and a bare "غدا" and "مساء اليوم"
    # of the same article move with it
    text = f"أعلنت الوزارة اليوم {said} عن خطة جديدة. وقال المتحدث إن الاجتماع سيعقد غدا في العاصمة."
    days = {"الاثنين": 1, "الثلاثاء": 2}
    back = (stamp.isoweekday() - days[said]) % 7
    today = date.fromordinal(stamp.toordinal() - back)
    tomorrow = date.fromordinal(today.toordinal() + 1)
    assert _covering(text, stamp, f"اليوم {said}") == [today.isoformat()]
    assert _covering(text, stamp, "غدا") == [tomorrow.isoformat()]


def test_disagreeing_weekdays_leave_the_stamp() -> None:
    text = "قال الوزير اليوم الاثنين إن الوفد وصل أمس الأربعاء، وسيغادر غدا."
    # Wednesday 2015-08-05: "اليوم الاثنين" says two days back, "أمس الأربعاء" none: no one shift
    assert _covering(text, date(2015, 8, 5), "غدا") == ["2015-08-06"]


@pytest.mark.parametrize("day", [11, 18])
def test_clock_time_takes_the_day_in_focus(day: int) -> None:
    text = f"ويحدث الكسوف يوم السبت {day} أغسطس. وسيبدأ الكسوف في الساعة 8:59 صباحا بتوقيت غرينتش."
    assert _covering(text, date(2018, 8, 1), "الساعة 8:59 صباحا") == [f"2018-08-{day}T08:59"]


def test_clock_time_in_a_sentence_with_its_own_day_or_after_a_wire_end() -> None:
    text = "ويحدث الكسوف يوم السبت 11 أغسطس. وقال اليوم إن البث يبدأ الساعة 8:59 صباحا."
    assert _covering(text, date(2018, 8, 1), "الساعة 8:59 صباحا") == ["2018-08-01T08:59"]
    wire = "وتنتهي العملية يوم الاثنين 14 سبتمبر 2015م. // انتهى // 17:21 ت م"
    assert _covering(wire, date(2015, 8, 11), "17:21") == ["2015-08-11T17:21"]


def test_weekday_with_clock_adopts_the_named_date() -> None:
    text = (
        "ويحدث الاقتران يوم الخميس 25 ماي 2017 حسب الحسابات الفلكية. "
        "ويكون ذلك يوم الخميس على الساعة الثامنة ليلا بالتوقيت المحلي."
    )
    assert _covering(text, date(2017, 5, 18), "الخميس على الساعة الثامنة ليلا") == ["2017-05-25T20:00"]


@pytest.mark.parametrize(
    ("first", "second"), [("22 ديسمبر", "الرابع من يناير 2016"), ("28 ديسمبر المقبل", "3 يناير 2016")]
)
def test_day_range_across_the_new_year(first: str, second: str) -> None:
    phrase = f"{first} و{second}"
    text = f"تقام البطولة بين {phrase} في الكويت."
    got = _covering(text, date(2015, 8, 6), phrase)
    assert len(got) == 1 and got[0] is not None
    start, end = got[0].strip("()").split(",")
    assert start.startswith("2015-12-") and end.startswith("2016-01-")


@pytest.mark.parametrize(
    ("words", "day"), [("أول يوم من", 1), ("أول يوم في", 1), ("آخر يوم من", 31), ("غرة", 1)]
)
@pytest.mark.parametrize("month", ["يوليو", "جويلية", "تموز/يوليو"])
def test_first_and_last_day_words_over_month_names(words: str, day: int, month: str) -> None:
    phrase = f"{words} {month} 2016"
    text = f"وتدخل الزيادة حيز التنفيذ بداية من {phrase} حسب الاتفاق."
    assert _covering(text, date(2016, 6, 20), phrase) == [f"2016-07-{day:02d}"]


def test_ordinal_before_fi_is_not_a_day() -> None:
    # "للمرة الأولى في أبريل 2017": an ordinal of times, not the first of April
    text = "وارتفع المؤشر للمرة الأولى في أبريل 2017 منذ سنوات."
    assert _covering(text, date(2018, 4, 10), "أبريل 2017") == ["2017-04"]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("التسعة أشهر الأولى من عام 2014", "(2014-01,2014-09)"),
        ("الأشهر التسعة الأولى من عام 2014", "(2014-01,2014-09)"),
        ("الخمسة أشهر الأولى من العام الجاري", "(2016-01,2016-05)"),
        ("الشهر الأول من العام الجاري", "2016-01"),
        ("الشهر الثالث من العام الماضي", "2015-03"),
    ],
)
def test_months_counted_within_a_year(phrase: str, value: str) -> None:
    text = f"وبلغت الصادرات خلال {phrase} نحو 3 مليارات دولار."
    assert _covering(text, date(2016, 10, 4), phrase) == [value]
