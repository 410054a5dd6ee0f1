"""Generated variants of the rules added in issue 7, round 6: runs of months, a market report's
"last week" on a Sunday, weekdays announced by verbs of waiting or publishing, minutes written after
the part of day, dates inside names, quarters without a year, Hijri days checked by their weekday.

The sentences are written for the tests (months, weekdays, hours and publication dates are varied),
not copied from any annotated article; expected values follow from the convention.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from marsad.extract.time import extract_resolved
from tests.time.calendar_words import MONTHS, WEEKDAYS

MAGHREB = {1: "جانفي", 2: "فيفري", 3: "مارس", 4: "أفريل", 5: "ماي", 6: "جوان", 7: "جويلية"}
HOURS = {7: "السابعة", 8: "الثامنة", 9: "التاسعة", 10: "العاشرة"}


def _found(text: str, ref: datetime) -> list[tuple[str, str | None]]:
    return [(f.expr.text, f.concrete) for f in extract_resolved(text, ref)]


def _one(text: str, ref: datetime) -> tuple[str, str | None]:
    found = _found(text, ref)
    assert len(found) == 1, found
    return found[0]


# --- runs of months -------------------------------------------------------------------------------


@pytest.mark.parametrize("first", range(1, 11))
@pytest.mark.parametrize("sep", ["، و", "، ", " و"])
def test_a_run_of_three_months_is_one_stretch(first: int, sep: str) -> None:
    a, b, c = (MONTHS[first + i] for i in range(3))
    tail = sep if sep != "، " else " و"
    text, value = _one(
        f"ارتفعت المبيعات خلال أشهر {a}{sep}{b}{tail}{c} 2016 بنسبة كبيرة", datetime(2017, 3, 1)
    )
    assert text.startswith(a) and text.endswith("2016")
    assert value == f"(2016-{first:02d},2016-{first + 2:02d})"


@pytest.mark.parametrize("first", [1, 3, 5])
def test_maghreb_month_list(first: int) -> None:
    a, b, c = (MAGHREB[first + i] for i in range(3))
    _, value = _one(f"وستنطلق الأشغال خلال أشهر {a}، {b} و{c} 2018", datetime(2017, 1, 6))
    assert value == f"(2018-{first:02d},2018-{first + 2:02d})"


@pytest.mark.parametrize("first", range(1, 12))
def test_two_consecutive_months_after_shahray_with_a_comma(first: int) -> None:
    a, b = MONTHS[first], MONTHS[first + 1]
    text, value = _one(f"تراجعت الأسعار في شهري {a}، و{b} من العام الماضي", datetime(2018, 10, 15))
    assert value == f"(2017-{first:02d},2017-{first + 1:02d})", text


@pytest.mark.parametrize(("a", "b"), [(4, 10), (1, 6), (3, 9)])
def test_months_apart_stay_two(a: int, b: int) -> None:
    found = _found(f"تجري المراجعات عادة في شهري {MONTHS[a]} و{MONTHS[b]}", datetime(2018, 2, 1))
    assert len(found) == 2


def test_december_and_january_cross_the_year() -> None:
    _, value = _one("ستجري الاختبارات خلال ديسمبر ويناير", datetime(2018, 10, 15))
    assert value == "(2018-12,2019-01)"


@pytest.mark.parametrize("mod", ["آخر", "نهاية", "منتصف"])
@pytest.mark.parametrize(("y1", "y2"), [(2012, 2014), (2009, 2011)])
def test_month_range_whose_end_has_a_modifier(mod: str, y1: int, y2: int) -> None:
    text, value = _one(f"من نوفمبر/تشرين الثاني {y1} وحتى {mod} فبراير/شباط {y2}", datetime(2018, 6, 7))
    assert value == f"({y1}-11,{y2}-02)", text


@pytest.mark.parametrize(("n", "word"), [(4, "الأربعة"), (5, "الخمسة"), (9, "التسعة")])
def test_first_months_of_a_year(n: int, word: str) -> None:
    _, value = _one(f"سجلت الصادرات خلال الأشهر {word} الأولى من عام 2016 ارتفاعا", datetime(2017, 2, 1))
    assert value == f"(2016-01,2016-{n:02d})"


# --- "الأسبوع الماضي" in a Sunday market report -----------------------------------------------------


@pytest.mark.parametrize("day", range(5))
@pytest.mark.parametrize(
    "sentence",
    ["افتتح مؤشر الداوجونز الأسبوع الماضي على هبوط", "شهد الأسبوع الماضي ضغطا من الدولار على عملات أخرى"],
)
def test_market_week_just_ended_on_a_sunday(day: int, sentence: str) -> None:
    ref = datetime(2015, 7, 5) + timedelta(weeks=day)  # Sundays
    assert ref.isoweekday() == 7
    _, value = _one(sentence, ref)
    assert value == f"2015-W{ref.isocalendar()[1]:02d}"


@pytest.mark.parametrize("weekday", range(1, 7))
def test_market_last_week_on_other_days_is_the_previous_week(weekday: int) -> None:
    ref = datetime(2015, 7, 5) + timedelta(days=weekday)
    _, value = _one("افتتح مؤشر الداوجونز الأسبوع الماضي على هبوط", ref)
    assert value == f"2015-W{ref.isocalendar()[1] - 1:02d}"


def test_news_last_week_on_a_sunday_keeps_the_previous_week() -> None:
    # an attack on the Saturday eight days before: no market words, the plain rule
    _, value = _one("واتهم النظام بشن هجوم بالأسلحة الكيميائية الأسبوع الماضي", datetime(2018, 4, 15))
    assert value == "2018-W14"


# --- weekdays announced by verbs of waiting or publishing -------------------------------------------


@pytest.mark.parametrize("wd", range(1, 8))
@pytest.mark.parametrize(
    "lead",
    [
        "ويترقب المستثمرون تقرير بيانات الوظائف في القطاعات غير الزراعية بالولايات المتحدة يوم",
        "وتنتظر الأسواق قرار البنك المركزي يوم",
        "وتصدر وزارة العمل بياناتها الشهرية يوم",
        "قبل أن يشارك الرئيس في افتتاح البطولة يوم",
        'وقال: "يفترض أن يكون يوم',
        "ومن المؤكد أن الاستحقاق الأهم للفريق الذي يخوض مباراة صعبة يوم",
    ],
)
def test_announced_weekday_is_the_next_one(wd: int, lead: str) -> None:
    ref = datetime(2018, 6, 13)  # a Wednesday
    _, value = _one(f"{lead} {WEEKDAYS[wd]}", ref)
    expected = ref.date() + timedelta(days=(wd - ref.isoweekday()) % 7)
    assert value == expected.isoformat()


def test_announcement_verbs_do_not_move_a_month() -> None:
    # the fiscal year ended on 31 March: an announcement to come does not make the date future
    _, value = _one("قبل أن تعلن نتائجها المالية للسنة المنتهية في 31 مارس", datetime(2018, 4, 25))
    assert value == "2018-03-31"


# --- minutes written out ----------------------------------------------------------------------------


@pytest.mark.parametrize(("h", "word"), list(HOURS.items()))
@pytest.mark.parametrize("mins", [5, 20, 44])
@pytest.mark.parametrize(("tod", "shift"), [("صباحا", 0), ("ليلا", 12)])
def test_minutes_after_the_part_of_day(h: int, word: str, mins: int, tod: str, shift: int) -> None:
    text, value = _one(f"الانطلاق على الساعة {word} {tod} و{mins} دقيقة", datetime(2017, 3, 18))
    assert value == f"2017-03-18T{h + shift:02d}:{mins:02d}", text


@pytest.mark.parametrize("h", [1, 5, 11])
def test_clock_with_the_article_on_the_digits(h: int) -> None:
    _, value = _one(f"وبالتحديد في الساعة الـ{h}:43 ظهرا", datetime(2015, 7, 31))
    assert value is not None and value.endswith(":43")


def test_from_hour_and_minutes_is_not_a_range() -> None:
    _, value = _one("من الساعة السابعة صباحا و23 دقيقة", datetime(2017, 5, 18))
    assert value == "2017-05-18T07:23"


# --- dates inside names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "منذ ثورة 25 يناير",
        "بعد ثورة 14 جانفي",
        "في حرب أكتوبر",
        "قبل حرب تموز",
        "في الذكرى السابعة عشرة لأحداث 11 سبتمبر",
        "قوى 14 آذار",
        "بشارع 9 أفريل بتونس",
        "ملعب 15 أكتوبر ببنزرت",
        "قال لويجي دي مايو",
        "مدينة 6 أكتوبر",
        "لثورتي 25 يناير و30 يونيو",
    ],
)
def test_dates_inside_names_are_not_dates(text: str) -> None:
    assert _found(text, datetime(2018, 5, 14)) == []


def test_a_named_event_with_its_year_keeps_the_date() -> None:
    assert _one("هجمات 11 سبتمبر 2001", datetime(2018, 9, 12))[1] == "2001-09-11"


# --- quarters without a year, "عشية" ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("pub", "q", "expected"),
    [
        (date(2015, 7, 26), "الثاني", "2015-Q2"),
        (date(2015, 2, 10), "الرابع", "2014-Q4"),
        (date(2018, 5, 29), "الأول", "2018-Q1"),
    ],
)
def test_quarter_without_a_year(pub: date, q: str, expected: str) -> None:
    ref = datetime(pub.year, pub.month, pub.day)
    assert _one(f"ارتفعت أرباح الشركة في الربع {q} بنسبة 5%", ref)[1] == expected
    assert _one(f"حققت الشركة نموا للربع {q} الماضي", ref)[1] == expected


def test_quarter_of_a_game_is_not_a_date() -> None:
    assert _found("تقدم الفريق في الربع الأول من المباراة", datetime(2018, 5, 29)) == []


@pytest.mark.parametrize(("day", "offset"), [("أمس", -1), ("اليوم", 0)])
def test_ashiyya_is_the_afternoon(day: str, offset: int) -> None:
    ref = datetime(2016, 4, 28)
    expected = (ref.date() + timedelta(days=offset)).isoformat() + "TAF"
    assert _one(f"نظم الأهالي عشية {day} وقفة احتجاجية", ref)[1] == expected


def test_ashiyya_of_an_event_names_no_day() -> None:
    assert _found("عشية الانتخابات", datetime(2016, 4, 28)) == []


# --- Hijri days and their weekday -------------------------------------------------------------------


def test_hijri_thirtieth_of_a_29_day_month_is_the_day_after_the_29th() -> None:
    found = dict(_found("يكون الأحد 30 ذي القعدة والاثنين غرة شهر ذي الحجة", datetime(2018, 7, 23)))
    assert found == {"الأحد 30 ذي القعدة": "2018-08-12", "الاثنين غرة شهر ذي الحجة": "2018-08-13"}


def test_hijri_day_agreeing_with_its_weekday_is_kept() -> None:
    assert _one("يوم الاثنين 25 شوال", datetime(2018, 7, 1))[1] == "2018-07-09"


# --- added after set 5's blind run (seen): the night between two days, half years in offsets ---------


@pytest.mark.parametrize("wd", range(1, 8))
def test_night_from_one_day_to_the_next(wd: int) -> None:
    ref = datetime(2018, 2, 26)  # a Monday
    text, value = _one(f"قضى شخصان جراء الصقيع ليل {WEEKDAYS[wd]} {WEEKDAYS[wd % 7 + 1]}.", ref)
    day = ref.date() - timedelta(days=(ref.isoweekday() - wd) % 7)
    assert value == f"{day.isoformat()}TNI", text


@pytest.mark.parametrize(("phrase", "dur"), [("منذ عام ونصف", "P1Y6M"), ("منذ ثلاث سنوات ونصف", "P3Y6M")])
def test_half_year_offsets_count_months(phrase: str, dur: str) -> None:
    (found,) = extract_resolved(f"انخفض النمو لأقل مستوى {phrase}", datetime(2018, 9, 10))
    assert found.duration == dur
