"""Exact cases: Arabic (and mixed) sentences with the expression, its TIMEX value and resolved day."""

from __future__ import annotations

from datetime import datetime

import pytest

from marsad.extract.time import extract_resolved, extract_times, timeline_value

SUN = datetime(2024, 12, 8, 22, 43)  # Sunday evening
MON = datetime(2024, 12, 9)  # Monday
TUE = datetime(2018, 4, 10)  # Tuesday


def _find(text: str, ref: datetime | None, span: str):
    for e in extract_times(text, ref):
        if e.text == span:
            return e
    found = [(e.text, e.value) for e in extract_times(text, ref)]
    raise AssertionError(f"{span!r} not found in {found}")


CASES = [
    # relative days
    ("وصل الرئيس إلى موسكو، أمس، مع عائلته", MON, "أمس", "2024-12-08", "2024-12-08"),
    ("دخلت الفصائل العاصمة فجر أمس", MON, "فجر أمس", "2024-12-08TMO", "2024-12-08T06:00"),
    ("يعقد المجلس عصر اليوم جلسة طارئة", MON, "عصر اليوم", "2024-12-09TAF", "2024-12-09T12:00"),
    ("جلسة طارئة لمجلس الأمن غدا الاثنين", SUN, "غدا الاثنين", "2024-12-09", "2024-12-09"),
    ("رفع العلم اليوم الاثنين فوق السفارة", MON, "اليوم الاثنين", "2024-12-09", "2024-12-09"),
    ("أكد مصدر مساء اليوم الأحد أن الرئيس وصل", SUN, "مساء اليوم الأحد", "2024-12-08TEV", "2024-12-08T18:00"),
    ("وقع الهجوم أول أمس في المدينة", MON, "أول أمس", "2024-12-07", "2024-12-07"),
    ("تبدأ المحادثات بعد غد في جنيف", MON, "بعد غد", "2024-12-11", "2024-12-11"),
    ("قال الوزير بالأمس إن الاتفاق قريب", MON, "الأمس", "2024-12-08", "2024-12-08"),
    ("أعلن أمس الثلاثاء عن خطة جديدة", datetime(2018, 4, 11), "أمس الثلاثاء", "2018-04-10", "2018-04-10"),
    # weekdays
    ("قال الكرملين، الاثنين، إن القاعدتين باقيتان", MON, "الاثنين", "XXXX-WXX-1", "2024-12-09"),
    ("التقى الوزيران الأحد في الرياض", datetime(2024, 12, 11), "الأحد", "XXXX-WXX-7", "2024-12-08"),
    ("وصل الوفد الخميس الماضي", MON, "الخميس الماضي", "2024-12-05", "2024-12-05"),
    ("ستعقد القمة الأربعاء المقبل", MON, "الأربعاء المقبل", "2024-12-11", "2024-12-11"),
    ("سيصل الرئيس الجمعة إلى باريس", MON, "الجمعة", "XXXX-WXX-5", "2024-12-13"),
    (
        "قتل ثلاثة أشخاص ليلة الإثنين",
        datetime(2018, 4, 11),
        "ليلة الإثنين",
        "XXXX-WXX-1TNI",
        "2018-04-09T21:00",
    ),
    # absolute dates, month families, paired forms, ordinals
    (
        "انطلقت العملية من حلب في 27 نوفمبر/تشرين الثاني الماضي",
        MON,
        "27 نوفمبر/تشرين الثاني الماضي",
        "2024-11-27",
        "2024-11-27",
    ),
    (
        "مشاورات بعد ظهر الغد الموافق التاسع من كانون الأول/ ديسمبر",
        SUN,
        "بعد ظهر الغد الموافق التاسع من كانون الأول/ ديسمبر",
        "2024-12-09TAF",
        "2024-12-09T12:00",
    ),
    ("نشر يوم الاثنين 9 ديسمبر 2024 على الموقع", MON, "الاثنين 9 ديسمبر 2024", "2024-12-09", "2024-12-09"),
    ("ولد في 3 جانفي 1990 بالجزائر", MON, "3 جانفي 1990", "1990-01-03", "1990-01-03"),
    ("تنتهي المهلة في 15 دجنبر 2023", MON, "15 دجنبر 2023", "2023-12-15", "2023-12-15"),
    ("عقد الاجتماع في 12 شباط 2019", MON, "12 شباط 2019", "2019-02-12", "2019-02-12"),
    ("الموعد 2024-12-09 في القاهرة", MON, "2024-12-09", "2024-12-09", "2024-12-09"),
    ("بتاريخ 9/12/2024 صدر القرار", MON, "9/12/2024", "2024-12-09", "2024-12-09"),
    ("أجريت الانتخابات في الرابع من مارس", TUE, "الرابع من مارس", "XXXX-03-04", "2018-03-04"),
    ("زار الرئيس المدينة في 23 مارس/آذار", TUE, "23 مارس/آذار", "XXXX-03-23", "2018-03-23"),
    ("وصل الوفد يوم 14 أغسطس/آب 2013", TUE, "يوم 14 أغسطس/آب 2013", "2013-08-14", "2013-08-14"),
    ("الاحتفال في 1 رمضان 1445", MON, "1 رمضان 1445", "2024-03-11", "2024-03-11"),
    ("غادر سموه يوم 30 / 9 / 1439هـ إلى موسكو", MON, "30 / 9 / 1439هـ", "2018-06-14", "2018-06-14"),
    # months and years
    # <month> الماضي/المقبل: the value shifts the year (Recognizers-Text), the resolved day keeps
    # the latest past / next occurrence (news)
    ("ارتفع التضخم في فبراير الماضي", TUE, "فبراير الماضي", "2017-02", "2018-02-01"),
    ("يبدأ العمل في شهر يوليو المقبل", TUE, "شهر يوليو المقبل", "2019-07", "2018-07-01"),
    ("ارتفع التضخم في ديسمبر الماضي", TUE, "ديسمبر الماضي", "2017-12", "2017-12-01"),
    ("تراجع في مايو العام الماضي", TUE, "مايو العام الماضي", "2017-05", "2017-05-01"),
    ("تدخلت روسيا في عام 2015 في الحرب", MON, "عام 2015", "2015", "2015-01-01"),
    ("قتل الرهبان السبعة عام 1996 في الجزائر", MON, "عام 1996", "1996", "1996-01-01"),
    ("بلغ النمو ذروته في يوليو/تموز 2016", TUE, "يوليو/تموز 2016", "2016-07", "2016-07-01"),
    ("تراجعت الأسعار الشهر الماضي", TUE, "الشهر الماضي", "2018-03", "2018-03-01"),
    ("سيزداد الإنتاج العام المقبل", TUE, "العام المقبل", "2019", "2019-01-01"),
    ("تضاعف العدد في السبعينيات", TUE, "السبعينيات", "(XX70-01-01,XX80-01-01,P10Y)", "1970-01-01"),
    ("أكبر موجة منذ القرن التاسع عشر", TUE, "القرن التاسع عشر", "18", "1800-01-01"),
    ("تراجع في الأسبوع الماضي بنسبة", TUE, "الأسبوع الماضي", "2018-W14", "2018-04-02"),
    (
        "ارتفع الدين في العام المالي 2018/2019",
        TUE,
        "العام المالي 2018/2019",
        "(2018-07-01,2019-07-01,P1Y)",
        "2018-07-01",
    ),
    (
        "بين عامي 2016 و2017 تضاعف العجز",
        TUE,
        "بين عامي 2016 و2017",
        "(2016-01-01,2018-01-01,P2Y)",
        "2016-01-01",
    ),
    (
        "تعقد الجولة من 8 إلى 14 نيسان/أبريل",
        TUE,
        "من 8 إلى 14 نيسان/أبريل",
        "(XXXX-04-08,XXXX-04-14,P6D)",
        "2018-04-08",
    ),
    # clock times and parts of day
    (
        "نشر في 8 ديسمبر 2024 10:43 مساءً",
        SUN,
        "8 ديسمبر 2024 10:43 مساءً",
        "2024-12-08T22:43",
        "2024-12-08T22:43",
    ),
    (
        "هبطت الطائرة الساعة 7:40 صباح الأربعاء",
        datetime(2018, 4, 11),
        "الساعة 7:40 صباح الأربعاء",
        "XXXX-WXX-3T07:40",
        "2018-04-11T07:40",
    ),
    (
        "أطلق الصاروخ الساعة 5:32 مساء",
        datetime(2018, 4, 11),
        "الساعة 5:32 مساء",
        "T17:32",
        "2018-04-11T17:32",
    ),
    (
        "عاد الهدوء هذا الصباح إلى المدينة",
        datetime(2018, 4, 11),
        "هذا الصباح",
        "2018-04-11TMO",
        "2018-04-11T06:00",
    ),
    (
        "هطلت أمطار غزيرة الليلة الماضية",
        datetime(2018, 4, 11),
        "الليلة الماضية",
        "2018-04-10TNI",
        "2018-04-10T21:00",
    ),
    ("يفتح المعرض من 5 إلى 6 مساءً", MON, "من 5 إلى 6 مساءً", "(T17,T18,PT1H)", "2024-12-09T17:00"),
    # durations, offsets, sets
    ("قتل 5 أشخاص منذ ثلاثة أيام", MON, "منذ ثلاثة أيام", "2024-12-06", "2024-12-06"),
    ("غادر البلاد قبل أسبوعين", MON, "قبل أسبوعين", "2024-11-25", "2024-11-25"),
    ("استمرت المفاوضات 3 أيام متواصلة", MON, "3 أيام", "P3D", None),
    ("حكم عليه بالسجن ثلاثين عاما", MON, "ثلاثين عاما", "P30Y", None),
    ("يستمر الحظر لمدة 72 ساعة", MON, "72 ساعة", "PT72H", None),
    ("تتكرر الغارات يوميا على المدينة", MON, "يوميا", "P1D", None),
    ("يجتمع المجلس كل يوم اثنين", MON, "كل يوم اثنين", "XXXX-WXX-1", None),
    ("تصدر النشرة كل أسبوع", MON, "كل أسبوع", "P1W", None),
    ("الآن يجري التفاوض", MON, "الآن", "PRESENT_REF", "2024-12-09T00:00"),
    # English in mixed text
    (
        "قال البيان الصادر December 9, 2024 إن",
        MON,
        "december 9, 2024".title().replace("December", "December"),
        "2024-12-09",
        "2024-12-09",
    ),
    ("وصل الوفد yesterday إلى المطار", MON, "yesterday", "2024-12-08", "2024-12-08"),
    ("the talks began last week in Geneva", MON, "last week", "2024-W49", "2024-12-02"),
]


@pytest.mark.parametrize(
    ("text", "ref", "span", "value", "resolved"), CASES, ids=[f"case{i}" for i in range(len(CASES))]
)
def test_expression(text: str, ref: datetime, span: str, value: str, resolved: str | None) -> None:
    e = _find(text, ref, span)
    assert e.value == value
    assert e.resolved_start == resolved
    assert text[e.start : e.end] == e.text


NOT_DATES = [
    "تنفيذ قرار مجلس الأمن الدولي رقم 2254 بشأن سوريا",
    "صدر القانون رقم 2018 لسنة الخدمة",
    "بلغ عدد القتلى 2015 شخصا في المدينة",
    "ارتفعت الأسعار بنسبة 12.5% خلال الربع",
    "دفعت الحكومة 2000 دولار لكل أسرة",
    "للاستفسار اتصل على الرقم 0123 456 789",
    "انظر الصفحة 1999 من التقرير",
    "مارس الضغط على الحكومة لتغيير موقفها",
    "فاز الفريق 3-1 على منافسه",
    "بحث الرئيس التركي رجب طيب أردوغان الملف",
    "ارتفعت الإيرادات إلى 28.7 مليار جنيه",
    "ينتظر العراقيون اليوم الذي ينتخبون فيه",
    "أما الطفل ابن الأحد عشر ربيعا فقد تحدث",
    "تراجع التضخم إلى 13.3 بالمئة من 14.4 بالمئة",
    "كانوا رهبانا تتراوح أعمارهم بين 45 و82 عاما",
    "شملت الدراسة عينة من 2008 نساء",
]


@pytest.mark.parametrize("text", NOT_DATES, ids=[f"neg{i}" for i in range(len(NOT_DATES))])
def test_false_positives_guarded(text: str) -> None:
    assert extract_times(text, MON) == []


def test_no_reference_keeps_relative_values() -> None:
    found = {e.text: e for e in extract_times("وصل أمس ويغادر غدا، واجتمع الأسبوع الماضي والآن يتحدث", None)}
    assert found["أمس"].value == "PRESENT_REF-P1D" and found["أمس"].resolved_start is None
    assert found["غدا"].value == "PRESENT_REF+P1D"
    assert found["الأسبوع الماضي"].value == "PRESENT_REF-P1W"
    assert found["الآن"].value == "PRESENT_REF" and found["الآن"].resolved_start is None


def test_bare_weekday_without_reference_is_unresolved() -> None:
    (e,) = extract_times("اجتمع الوزراء الأربعاء", None)
    assert e.value == "XXXX-WXX-3" and e.resolved_start is None


def test_bare_weekday_future_context_takes_next_one() -> None:
    (e,) = extract_times("سيعقد المجلس جلسة الخميس", MON)
    assert e.resolved_start == "2024-12-12"


def test_diacritics_and_tatweel_keep_offsets() -> None:
    text = "وصل مساءً يوم الأحدِ ١٥ ديسمبر ٢٠٢٤ إلى المطـار"
    found = extract_times(text, MON)
    assert any(e.value.startswith("2024-12-15") for e in found)
    for e in found:
        assert text[e.start : e.end] == e.text


def test_article_id_is_carried() -> None:
    (e,) = extract_times("وصل أمس", MON, article_id="a1")
    assert e.article_id == "a1"


def test_news_concrete_values() -> None:
    by_text = {f.expr.text: f for f in extract_resolved("ارتفعت الأسعار منذ أربع سنوات وخلال عدة أيام", TUE)}
    assert by_text["منذ أربع سنوات"].duration == "P4Y"
    assert by_text["عدة أيام"].concrete == "PXD"
    assert by_text["عدة أيام"].expr.value == "P3D"


def test_alternative_durations_stay_apart() -> None:
    found = [(e.text, e.value) for e in extract_times("أحكام بالسجن بين سنتين وثلاث سنوات", MON)]
    assert ("سنتين", "P2Y") in found and ("ثلاث سنوات", "P3Y") in found


def test_chronology_carries_year() -> None:
    text = "أضرب المعلمون في 30 يناير 2013، ثم في 23 سبتمبر، وفي 10 فبراير 2018 عادوا"
    found = {e.text: e for e in extract_times(text, TUE)}
    assert found["23 سبتمبر"].resolved_start == "2013-09-23"


def test_timeline_values() -> None:
    text = (
        "قال الكرملين الاثنين إن الأسد وصل فجر أمس، وفي عام 2015 تدخلت روسيا، "
        "واستمر القتال 3 أيام حتى 10:43 مساءً"
    )
    got = {e.text: timeline_value(e) for e in extract_times(text, MON)}
    assert got["الاثنين"] == "2024-12-09"
    assert got["فجر أمس"] == "2024-12-08TMO"
    assert got["عام 2015"] == "2015"
    assert got["3 أيام"] is None
    assert got["10:43 مساءً"] == "2024-12-09T22:43"
    assert all(timeline_value(e) is None for e in extract_times("وصل أمس الاثنين", None))
