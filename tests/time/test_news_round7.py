"""Generated variants of the rules added in issue 7, round 7: a bare weekday dated by the same
weekday named elsewhere with its date, the report's own period for a bare "ذات الفترة", "منذ بداية
العام" as the months so far, fiscal years by country, coordinated weekdays announced, bare units
after a preposition, a day glued to its preposition, passive verbs of past events, a market week.

The sentences are written for the tests (weekdays, months, years and publication dates are varied),
not copied from any annotated article; expected values follow from the convention.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from marsad.extract.time import extract_resolved
from tests.time.calendar_words import MONTHS, WEEKDAYS


def _found(text: str, ref: date) -> list[tuple[str, str | None]]:
    return [(f.expr.text, f.concrete) for f in extract_resolved(text, ref)]


def _value_of(text: str, ref: date, span: str, nth: int = 0) -> str | None:
    hits = [v for t, v in _found(text, ref) if t == span]
    assert len(hits) > nth, _found(text, ref)
    return hits[nth]


# --- a bare weekday takes the date the article gives that weekday ----------------------------------


@pytest.mark.parametrize("ahead", [3, 5, 9, 12, 20])
@pytest.mark.parametrize("pub", [date(2018, 3, 5), date(2016, 11, 17)])
def test_bare_weekday_takes_the_date_named_with_it(ahead: int, pub: date) -> None:
    day = pub + timedelta(days=ahead)
    wd = WEEKDAYS[day.isoweekday()]
    text = (
        f"قالت اللجنة إن التصويت سيجري يوم {wd} {day.day} {MONTHS[day.month]}. "
        f"وقال المتحدث إن الحزب دعا أنصاره إلى التجمع {wd} أمام البرلمان. "
        f"وأضاف أن النتائج تعلن مساء {wd}"
    )
    assert _value_of(text, pub, wd) == day.isoformat()
    assert _value_of(text, pub, f"مساء {wd}") == day.isoformat() + "TEV"


def test_bare_weekday_without_a_dated_twin_keeps_the_latest_one() -> None:
    pub = date(2018, 3, 7)  # a Wednesday
    assert _value_of("وقال الوزير الاثنين إن المفاوضات مستمرة", pub, "الاثنين") == "2018-03-05"


def test_weekday_before_its_date_in_brackets_after_muwafiq() -> None:
    found = _found("ويكون يوم الأحد (الموافق 12 أغسطس) آخر أيام المهلة", date(2018, 7, 23))
    assert ("الأحد", "2018-08-12") in found


# --- the period a report is about --------------------------------------------------------------


@pytest.mark.parametrize("month", range(2, 12))
@pytest.mark.parametrize("phrase", ["ذات الفترة", "الفترة نفسها", "نفس الفترة", "الفترة ذاتها"])
def test_bare_same_period_is_the_reported_month_not_the_baseline(month: int, phrase: str) -> None:
    text = (
        f"وبلغ عدد الفروع بنهاية شهر {MONTHS[month]} 2015 نحو 1900 فرع مقارنة بشهر {MONTHS[month - 1]} "
        f"2015. وتجاوز عدد البطاقات في {phrase} 19 مليون بطاقة"
    )
    assert _value_of(text, date(2015, 12, 20), phrase) == f"2015-{month:02d}"


def test_bare_same_period_without_antecedent_is_dropped() -> None:
    assert _found("وارتفعت المبيعات في الفترة نفسها بنسبة 3%", date(2017, 4, 4)) == []


@pytest.mark.parametrize("upto", [3, 6, 9])
def test_since_start_of_year_then_same_period_of_another_year(upto: int) -> None:
    text = (
        f"وارتفعت الأرباح خلال شهر {MONTHS[upto]} الماضي بنسبة 27%. وكانت البنوك سجلت ارتفاعا منذ بداية "
        "العام 2015 بنسبة 7% مقارنة بنفس الفترة من عام 2014"
    )
    pub = date(2015, upto + 1, 15)
    assert _value_of(text, pub, "نفس الفترة من عام 2014") == f"(2014-01,2014-{upto:02d})"


# --- fiscal years by country ---------------------------------------------------------------------


@pytest.mark.parametrize("year", [2016, 2018, 2019])
@pytest.mark.parametrize("n", [(3, "الثلاثة"), (4, "الأربعة"), (5, "الخمسة")])
def test_us_fiscal_year_and_its_first_months(year: int, n: tuple[int, str]) -> None:
    count, word = n
    text = (
        f"قالت وزارة الخزانة الأمريكية إن العجز في الأشهر {word} الأولى من السنة المالية {year} بلغ 176 "
        f"مليار دولار مقارنة مع 159 مليار دولار في الفترة نفسها من السنة المالية {year - 1}"
    )
    found = dict(_found(text, date(year, 2, 13)))
    end = date(year - 1 + (9 + count - 1) // 12, (9 + count - 1) % 12 + 1, 1)  # the last month
    last = f"{end.year:04d}-{end.month:02d}"
    first = [v for t, v in found.items() if t.startswith("الأشهر")]
    assert first and first[0].startswith(f"({year - 1}-10-01,{last}")
    same = found[f"الفترة نفسها من السنة المالية {year - 1}"]
    assert same is not None and same.startswith(f"({year - 2}-10-01,{end.year - 1:04d}-{end.month:02d}")


def test_fiscal_year_cues() -> None:
    egypt = _found("تستهدف مصر نموا بنسبة 5% في العام المالي 2018/2019", date(2018, 4, 1))
    assert ("العام المالي 2018/2019", "(2018-07-01,2019-06-30)") in egypt
    japan = _found("توقعت الحكومة اليابانية نموا في السنة المالية 2018", date(2018, 4, 1))
    assert ("السنة المالية 2018", "(2018-04-01,2019-03-31)") in japan
    # a currency is not a country cue; no cue: the calendar year
    riyal = _found("بلغت الإيرادات 10 مليارات بالدولار الأمريكي في العام المالي 2018", date(2018, 4, 1))
    assert ("العام المالي 2018", "2018") in riyal


# --- coordinated weekdays announced --------------------------------------------------------------


@pytest.mark.parametrize("pub", [date(2018, 2, 26) + timedelta(days=k) for k in range(7)])
def test_two_weekdays_announced_start_on_or_after_publication(pub: date) -> None:
    first = pub.isoweekday() % 7 + 1  # tomorrow's weekday
    second = first % 7 + 1
    a, b = WEEKDAYS[first], WEEKDAYS[second]
    text = f"وقررت السلطات تعليق الدراسة {a} و{b} بسبب العاصفة"
    t1 = pub + timedelta(days=1)
    assert _value_of(text, pub, f"{a} و{b}") == f"({t1.isoformat()},{(t1 + timedelta(days=1)).isoformat()})"


def test_night_of_two_weekdays_is_not_a_run() -> None:
    found = _found("وقعت الحوادث ليل الأحد الاثنين", date(2018, 2, 26))
    assert all(" و" not in t for t, _ in found)


# --- bare units, a glued day, passive past verbs, a market week --------------------------------------


def test_bare_units_after_prepositions() -> None:
    pub = date(2018, 3, 10)
    assert ("أيام", "PXD") in [(t, v) for t, v in _found("يأتي ذلك بعد أيام من شكوى ثالثة", pub)]
    assert ("سنة", "P1Y") in _found("بلغ العدد 3579 عونا مقابل 3712 عونا سنة قبل ذلك", pub)
    assert ("عاما", "P1Y") in _found("وقضى الناشط، البالغ من العمر 52 سنة، عاما في الحبس", pub)


@pytest.mark.parametrize("day", [3, 15, 19, 28])
@pytest.mark.parametrize("prep", ["في", "من", "وفي"])
def test_day_glued_to_its_preposition(day: int, prep: str) -> None:
    found = _found(f"تقدم الدفاع بطلب جديد {prep}{day} يوليو", date(2018, 8, 9))
    assert (f"{day} يوليو", f"2018-07-{day:02d}") in found


@pytest.mark.parametrize("verb", ["وأثيرت هذه القضية", "وافتتحت القاعة", "وأغلقت المدارس", "وأعلنت النتائج"])
def test_passive_past_verb_places_a_later_month_last_year(verb: str) -> None:
    assert _value_of(f"{verb} في أكتوبر مع بداية الأزمة", date(2018, 8, 9), "أكتوبر") == "2017-10"


@pytest.mark.parametrize("pub", [date(2015, 8, 9), date(2016, 3, 6)])
def test_the_week_a_market_report_closes(pub: date) -> None:
    year, week, _ = pub.isocalendar()
    text = "وانتهى الأسبوع على نمط بيعي قوي للأسبوع الثاني على التوالي"
    assert _value_of(text, pub, "الأسبوع") == f"{year}-W{week:02d}"
    assert _found("أما الأسبوع فيرجح أن يكمل المؤشر موجته الهابطة", pub) == []


@pytest.mark.parametrize(
    "phrase,value",
    [
        ("الثلاثة الاشهر المنقضية", "P3M"),
        ("الأشهر السبعة المنقضية", "P7M"),
        ("الشهرين المنقضيين", "P2M"),
        ("الخمسة أيام المنقضية", "P5D"),
    ],
)
def test_tunisian_stretches_ending_now(phrase: str, value: str) -> None:
    assert _value_of(f"تراجعت نسبة التضخم خلال {phrase} بشكل ملحوظ", date(2016, 8, 5), phrase) == value


def test_months_of_this_year_so_far() -> None:
    found = _found("بقي إجمالي النمو خلال الأشهر السبعة هذا العام أكثر قليلا", date(2015, 8, 11))
    assert ("الأشهر السبعة هذا العام", "(2015-01,2015-07)") in found


# --- fixed after the blind run of set 6 (seen) ----------------------------------------------------


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("year", [2016, 2017])
def test_ghurra_before_a_gregorian_month_is_its_first_day(month: int, year: int) -> None:
    text = f"تصرف الزيادة بداية من غرة {MONTHS[month]} {year} لكافة الأعوان"
    assert (f"غرة {MONTHS[month]} {year}", f"{year}-{month:02d}-01") in _found(text, date(2016, 6, 29))


def test_a_number_with_thousands_after_a_month_is_not_its_day() -> None:
    found = _found("بلغت القيمة السوقية في نهاية يوليو 2,023.33 مليار ريال", date(2015, 8, 2))
    assert found == [("نهاية يوليو", "2015-07")]


@pytest.mark.parametrize("month", range(3, 12))
def test_previous_month_is_counted_from_the_month_named(month: int) -> None:
    text = (
        f"أغلق المؤشر في نهاية شهر {MONTHS[month]} 2015 مرتفعا مقارنة بالشهر السابق، فيما تراجعت "
        "القيمة عن الشهر السابق"
    )
    values = [v for t, v in _found(text, date(2015, 12, 20)) if t == "الشهر السابق"]
    assert values == [f"2015-{month - 1:02d}"] * 2


def test_same_month_with_the_year_written_straight_after() -> None:
    text = (
        "ارتفع عدد السائحين خلال شهر مايو الماضي، مقابل 124 ألف سائح خلال الشهر نفسه عام 2014. "
        "وأوضح البيان أمس أن عدد الليالي بلغ 1.5 مليون مقابل 1.4 مليون خلال الشهر نفسه لعام 2014"
    )
    values = [v for t, v in _found(text, date(2015, 7, 27)) if t.startswith("الشهر نفسه")]
    assert values == ["2014-05", "2014-05"]


def test_same_month_of_last_year_after_a_month_already_last_years() -> None:
    text = (
        "ارتفعت الأسعار مقارنة بشهر جوان من السنة المنقضية، وارتفع مؤشر السكن مقارنة بنفس الشهر "
        "من السنة المنقضية"
    )
    assert _value_of(text, date(2016, 7, 8), "نفس الشهر من السنة المنقضية") == "2015-06"


@pytest.mark.parametrize("year", [2019, 2021])
def test_month_of_the_same_year(year: int) -> None:
    text = f"كان مقررا إجراء الانتخابات في الثالث من نوفمبر {year} على أن يسبقها اقتراع في مارس من العام نفسه"
    assert _value_of(text, date(2018, 4, 18), "مارس من العام نفسه") == f"{year}-03"


def test_that_day_is_the_day_named_before() -> None:
    text = "ستتحرى الدول الهلال يوم السبت 11 أغسطس، وفي ذلك اليوم سيغيب القمر قبل الشمس"
    assert _value_of(text, date(2018, 8, 1), "ذلك اليوم") == "2018-08-11"
    assert _found("وفي ذلك اليوم حدث الأمر", date(2018, 8, 1)) == []


def test_month_ranges_through_their_ends() -> None:
    pub = date(2015, 8, 3)
    first = "انخفض المؤشر منذ نهاية حزيران (يونيو) وحتى نهاية تموز (يوليو)"
    text = first + "، وارتفع من بداية العام حتى نهاية يوليو"
    found = _found(text, pub)
    assert ("نهاية حزيران (يونيو) وحتى نهاية تموز (يوليو)", "(2015-06,2015-07)") in found
    assert ("بداية العام حتى نهاية يوليو", "(2015-01,2015-07)") in found


@pytest.mark.parametrize("pub", [date(2018, 8, 1), date(2018, 8, 2)])
def test_what_a_weekday_is_to_be(pub: date) -> None:
    text = "وبالتالي من المفترض أن يكون يوم الأحد المتمم لشهر ذي القعدة"
    sunday = pub + timedelta(days=(7 - pub.isoweekday()) % 7)
    assert _value_of(text, pub, "الأحد") == sunday.isoformat()
