"""Generated variants of the general mechanisms of issue 7, round 9: a future verb recognised by its
morphology (سـ + an imperfect whose stem the corpora use as a verb) turning a bare weekday or a
yearless month forward, also across an aside ("ستعيد، الثلاثاء، فتح …"); nouns that look like سـ +
imperfect left alone; a perfective agreeing with its subject (``توفيت``, ``أعلنوا``) read as past;
sub-periods of a Hijri year and their "same period last year" as Hijri months.

The sentences are written for the tests, not copied from any annotated article; expected values
follow from the convention (and, for Hijri months, from hijridate's Umm al-Qura calendar).
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from marsad.extract.time import extract_resolved
from marsad.extract.time.rules import future_verb
from tests.time.calendar_words import MONTHS, WEEKDAYS


def _covering(text: str, ref: date, phrase: str) -> list[str | None]:
    i = text.index(phrase)
    j = i + len(phrase)
    return [f.concrete for f in extract_resolved(text, ref) if f.expr.start < j and f.expr.end > i]


def _next(ref: date, wd: int) -> date:
    return ref + timedelta(days=(wd - ref.isoweekday()) % 7 or 7)


def _last(ref: date, wd: int) -> date:
    return ref - timedelta(days=(ref.isoweekday() - wd) % 7)


# future verbs of several persons and roots, with و/ف, none of them in the old verb lists
FUTURE_VERBS = ["ستعيد", "فسنسمح", "وسيغادر", "ستفتح", "سنرفع", "وستخفض", "سيمدد", "فستلغي", "سيسلم"]
REFS = [date(2018, 7, 22), date(2016, 3, 2), date(2015, 8, 6)]


@pytest.mark.parametrize(("verb", "wd"), list(itertools.product(FUTURE_VERBS, [1, 2, 4, 5])))
@pytest.mark.parametrize("aside", [False, True])
def test_future_verb_turns_a_bare_weekday_forward(verb: str, wd: int, aside: bool) -> None:
    for ref in REFS:
        if ref.isoweekday() == wd:
            continue
        day = WEEKDAYS[wd]
        text = (
            f"وقال المسؤول إن الحكومة {verb}، {day}، العمل بالقرار."
            if aside
            else (f"وقال المسؤول إن الحكومة {verb} {day} العمل بالقرار.")
        )
        assert _covering(text, ref, day) == [_next(ref, wd).isoformat()], (text, ref)


# subjects that begin like سـ + imperfect but are nouns or names: the perfective keeps the past
NOUNS = ["سيزار", "سيدة الأعمال", "سنغافورة", "سياسي بارز", "سيدني", "ستة وزراء", "سنة كاملة من العمل"]


@pytest.mark.parametrize(("noun", "wd"), list(itertools.product(NOUNS, [1, 3, 5])))
def test_nouns_in_sin_are_not_future(noun: str, wd: int) -> None:
    ref = date(2018, 3, 3)
    day = WEEKDAYS[wd]
    text = f"وصرح {noun} {day} للصحافيين بأن الوضع تغير."
    assert _covering(text, ref, day) == [_last(ref, wd).isoformat()], text


def test_future_verb_morphology() -> None:
    assert future_verb("إن إسرائيل ستعيد") and future_verb("فسنسمح") and future_verb("وسيتوجه الوفد")
    assert not future_verb("سنة") and not future_verb("سياسة الحكومة") and not future_verb("سيارة")
    assert not future_verb("كان سيعقد")  # the future of a past narrative


@pytest.mark.parametrize(("verb", "month"), list(itertools.product(FUTURE_VERBS[:5], [1, 3, 9])))
def test_future_verb_puts_a_yearless_month_ahead(verb: str, month: int) -> None:
    ref = date(2017, 12, 10)
    name = MONTHS[month]
    text = f"وأكد الوزير أن الهيئة {verb} القيود في {name} بعد المراجعة."
    got = _covering(text, ref, name)
    assert got and got[0] == f"2018-{month:02d}", text


# a perfective with its agreement suffix: feminine ت, plural وا, dual تا
PAST = ["توفيت", "اعتقلوا", "تمت", "أعلنوا", "فازت", "سجلوا", "أقرتا", "وقعوا"]


@pytest.mark.parametrize(("verb", "month"), list(itertools.product(PAST, [6, 9, 11])))
def test_agreeing_perfective_keeps_a_yearless_month_past(verb: str, month: int) -> None:
    ref = date(2018, 2, 20)
    phrase = f"30 {MONTHS[month]}"
    text = f"وذكرت المصادر أنهم {verb} في {phrase} حسب الشرطة."
    assert _covering(text, ref, phrase) == [f"2017-{month:02d}-30"], text


def _hijri_span(hy: int, m1: int, m2: int) -> str:
    from hijridate import Hijri

    a = Hijri(hy, m1, 1).to_gregorian()
    b = Hijri(hy, m2, Hijri(hy, m2, 1).month_length()).to_gregorian()
    return f"({a.isoformat()},{b.isoformat()})"


COUNTS = {"الثلاثة": 3, "الأربعة": 4, "الخمسة": 5, "الستة": 6, "السبعة": 7, "الثمانية": 8, "التسعة": 9}


@pytest.mark.parametrize(("count", "hy"), list(itertools.product(COUNTS, [1434, 1436, 1437])))
@pytest.mark.parametrize("mark", ["هـ", "ه", " هـ", " هجري"])
@pytest.mark.parametrize("order", ["count_first", "unit_first"])
def test_months_of_a_hijri_year(count: str, hy: int, mark: str, order: str) -> None:
    n = COUNTS[count]
    head = f"{count} أشهر" if order == "count_first" else f"الأشهر {count}"
    phrase = f"{head} الأولى من عام {hy}{mark}"
    text = f"وبلغت قيمة الصفقات خلال {phrase} نحو 300 مليار ريال مقارنة بنفس الفترة من العام الماضي."
    ref = date(2018, 1, 1)
    assert _covering(text, ref, phrase) == [_hijri_span(hy, 1, n)], text
    assert _covering(text, ref, "نفس الفترة من العام الماضي") == [_hijri_span(hy - 1, 1, n)], text


@pytest.mark.parametrize(("part", "n"), [("الربع الأول", 1), ("الربع الثالث", 3), ("النصف الثاني", 2)])
def test_quarters_and_halves_of_a_hijri_year(part: str, n: int) -> None:
    size = 6 if "النصف" in part else 3
    phrase = f"{part} من عام 1436هـ"
    text = f"ارتفعت الأرباح في {phrase} بنسبة 5 في المئة."
    assert _covering(text, date(2015, 8, 1), phrase) == [_hijri_span(1436, size * (n - 1) + 1, size * n)]


def test_gregorian_sub_periods_stay_gregorian() -> None:
    text = "ارتفعت الأرباح في الأشهر الأربعة الأولى من عام 2015 وفي الربع الأول من عام 2016."
    assert _covering(text, date(2016, 8, 1), "الأشهر الأربعة الأولى من عام 2015") == ["(2015-01,2015-04)"]
    assert _covering(text, date(2016, 8, 1), "الربع الأول من عام 2016") == ["2016-Q1"]


@pytest.mark.parametrize(("hm", "name"), [(9, "رمضان"), (10, "شوال"), (6, "جمادى الآخرة")])
def test_hijri_year_to_the_end_of_a_month(hm: int, name: str) -> None:
    phrase = f"بداية عام 1436ه حتى نهاية شهر {name}"
    text = f"بلغت قيمة الصفقات منذ {phrase} نحو 300 مليار ريال."
    assert _covering(text, date(2015, 8, 20), phrase) == [_hijri_span(1436, 1, hm)]


HIJRI_MONTHS = {9: "رمضان", 10: "شوال", 12: "ذي الحجة", 1: "محرم"}


LINKS = ["لعام", "من عام", "عام", "في عام"]


@pytest.mark.parametrize(("hm", "link"), list(itertools.product(HIJRI_MONTHS, LINKS)))
def test_first_day_of_a_hijri_month_with_a_linked_year(hm: int, link: str) -> None:
    from hijridate import Hijri

    phrase = f"أول أيام شهر {HIJRI_MONTHS[hm]} {link} 1437 هجري"
    text = f"وأعلنت المحكمة أن {phrase} هو يوم الأربعاء."
    g = Hijri(1437, hm, 1).to_gregorian()
    assert _covering(text, date(2016, 1, 5), phrase) == [g.isoformat()], text


ORDINALS = ["الأول", "الثاني", "الأخير"]


@pytest.mark.parametrize(("month", "ordinal"), list(itertools.product([2, 3, 10], ORDINALS)))
@pytest.mark.parametrize("shahr", ["", "شهر "])
def test_week_of_a_month_is_the_containing_month(month: int, ordinal: str, shahr: str) -> None:
    phrase = f"الأسبوع {ordinal} من {shahr}{MONTHS[month]} 2017"
    text = f"تنطلق الحملة خلال {phrase} في كامل الولايات."
    assert _covering(text, date(2017, 1, 31), phrase) == [f"2017-{month:02d}"], text


# fixes made after blind set 8 had been run (general forms, sentences written for the tests)


@pytest.mark.parametrize(("rel", "shift"), [("أمس", -1), ("أول من أمس", -2), ("اليوم", 0)])
@pytest.mark.parametrize("ref", [date(2015, 8, 9), date(2018, 3, 14)])
def test_relative_day_with_its_weekday_in_brackets_is_one_span(rel: str, shift: int, ref: date) -> None:
    t = ref + timedelta(days=shift)
    phrase = f"{rel} ({WEEKDAYS[t.isoweekday()]})"
    text = f"وأعلنت الهيئة، {phrase}، أنها ستخفض الحمولة."
    found = [f for f in extract_resolved(text, ref) if f.expr.start < text.index(phrase) + len(phrase)]
    assert [(f.expr.text, f.concrete) for f in found] == [(phrase, t.isoformat())]


@pytest.mark.parametrize("unit", ["سنتا", "سنتات", "ترليون", "تريليون"])
@pytest.mark.parametrize("month", [9, 10])
def test_a_count_after_a_month_is_no_day(unit: str, month: int) -> None:
    text = f"وتراجع خام برنت تسليم {MONTHS[month]} 14 {unit} إلى 56 دولارا."
    assert _covering(text, date(2015, 7, 20), MONTHS[month]) == [f"2015-{month:02d}"]


@pytest.mark.parametrize(("half", "days"), [("الأول", (1, 15)), ("الثاني", (16, 30))])
@pytest.mark.parametrize("tail", ["المقبل", "2018"])
def test_half_of_a_month(half: str, days: tuple[int, int], tail: str) -> None:
    phrase = f"النصف {half} من شهر {MONTHS[6]} {tail}"
    text = f"ويعتزم طرح الخطة في {phrase} أمام المجلس."
    assert _covering(text, date(2018, 5, 15), phrase) == [f"(2018-06-{days[0]:02d},2018-06-{days[1]:02d})"]


@pytest.mark.parametrize("gap", ["، بسبب أشغال صيانة", ". وسيشمل الانقطاع المدينة العتيقة"])
def test_clock_range_takes_the_day_in_focus_and_tunisian_afternoon(gap: str) -> None:
    text = (
        f"أعلنت الشركة أن التيار سينقطع يوم الأحد 19 فيفري 2017{gap} من الساعة الثامنة صباحا "
        "إلى الساعة الواحدة بعد الزوال، ثم يعود في نفس اليوم."
    )
    ref = date(2017, 2, 16)
    assert _covering(text, ref, "الساعة الثامنة") == ["(2017-02-19T08:00,2017-02-19T13:00)"]
    assert _covering(text, ref, "نفس اليوم") == ["2017-02-19"]


def test_weekend_news_value_is_its_iso_week() -> None:
    text = "للنظر في ملفات مقابلات نهاية الأسبوع الماضي."
    assert _covering(text, date(2017, 5, 2), "نهاية الأسبوع الماضي") == ["2017-W17"]
