"""Recognizers-Text value conventions, the اليوم guards and the robustness guards for real news.

Every case is a sentence written for the test (no spec or news_dev item); the reference dates
mirror the specs' (Monday 7 November 2016) and the news sets'.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from marsad.extract.time import extract_resolved, extract_times, timeline_value

REF = datetime(2016, 11, 7)  # Monday
NEWS = datetime(2018, 4, 10)  # Tuesday


def _one(text: str, ref: datetime | None = REF) -> tuple[str, str, str]:
    found = extract_times(text, ref)
    assert len(found) == 1, [(e.text, e.value) for e in found]
    return found[0].text, found[0].type, found[0].value


SPEC_CONVENTIONS = [
    # spoken clock times: no am/pm, but no cardinal reading either
    ("ضبط المنبه على عشرة خمسة وعشرين", "عشرة خمسة وعشرين", "T10:25"),
    ("ضبط المنبه على تسعة عشر", "تسعة عشر", "T19"),  # nineteen, not nine-ten
    ("سأصل اثنا عشر وخمسة", "اثنا عشر وخمسة", "T12:05"),
    ("اللقاء الساعة ستة وعشرين دقيقة", "الساعة ستة وعشرين دقيقة", "T06:20"),
    ("غادر القطار السادسة وعشرون", "السادسة وعشرون", "T06:20"),
    ("نلتقي الرابعة إلا عشر دقائق", "الرابعة إلا عشر دقائق", "T03:50"),
    ("وصلت خمس دقائق قبل الثالثة مساء", "خمس دقائق قبل الثالثة مساء", "T14:55"),
    ("سأتصل الظهر الساعة 3", "الظهر الساعة 3", "T15"),
    ("نأكل 1 وقت الغداء", "1 وقت الغداء", "T13"),
    ("عاد في الثانية بعد منتصف الليل", "الثانية بعد منتصف الليل", "T02"),
    ("انتهى الحفل في منتصف الليل", "منتصف الليل", "T00"),
    # the n-th weekday of a month, weeks/days after next, first/last day of a month
    ("يجتمع المجلس ثاني خميس من مارس", "ثاني خميس من مارس", "XXXX-03-WXX-4-#2"),
    ("تنطلق الجمعة الأخيرة... بل الجمعة الأولى من شهر مايو 2017", "الجمعة الأولى من شهر مايو 2017", None),
    ("سنسافر الشهر بعد المقبل", "الشهر بعد المقبل", "2017-01"),
    ("يعود الأربعاء بعد القادم", "الأربعاء بعد القادم", "2016-11-16"),
    ("الموعد آخر يوم من الشهر المقبل", "آخر يوم من الشهر المقبل", "2016-12-31"),
    ("الموعد أول يوم في الشهر الماضي", "أول يوم في الشهر الماضي", "2016-10-01"),
    ("وصل الوفد الأربعاء من الأسبوع الماضي", "الأربعاء من الأسبوع الماضي", "2016-11-02"),
    ("عاد في 3 مارس من العام الماضي", "3 مارس من العام الماضي", "2015-03-03"),
    # "بعد N سنوات/أشهر/أسابيع": the unit-long period ending N units from tomorrow
    ("سيكتمل المشروع بعد أربع سنوات", "بعد أربع سنوات", "(2019-11-08,2020-11-08,P1Y)"),
    ("يبدأ التطبيق بعد شهرين", "بعد شهرين", "(2016-12-08,2017-01-08,P1M)"),
    ("سيفتح بعد أسبوعين من الآن", "بعد أسبوعين من الآن", "(2016-11-15,2016-11-22,P1W)"),
    # ranges and modifiers
    ("الموسم من مارس إلى يونيو", "مارس إلى يونيو", "(XXXX-03-01,XXXX-06-01,P3M)"),
    ("قضى آخر أسبوعين في المستشفى", "آخر أسبوعين", "(2016-10-24,2016-11-07,P2W)"),
    ("ستجرى الانتخابات في الأشهر 6 القادمة", "الأشهر 6 القادمة", "(2016-11-08,2017-05-08,P6M)"),
    ("تصدر النتائج نهاية الشهر", "نهاية الشهر", "2016-11"),
    ("نلتقي في وقت لاحق من هذا الأسبوع", "في وقت لاحق من هذا الأسبوع", "2016-W45"),
    ("سافر أوائل يونيو", "أوائل يونيو", "XXXX-06"),
    # parts of day with hours
    ("نلتقي الليلة الساعة 9", "الليلة الساعة 9", "2016-11-07T21"),
    ("نصل صباح الغد في 6", "صباح الغد في 6", "2016-11-08T06"),
    ("العرض يوم الجمعة في 4 مساء", "الجمعة في 4 مساء", "XXXX-WXX-5T16"),
    ("العرض هذا المساء من 6 حتى 8", "هذا المساء من 6 حتى 8", "(2016-11-07T18,2016-11-07T20,PT2H)"),
    ("وصل أمس الأول", "أمس الأول", "2016-11-05"),
    ("نحتفل بعيد الفصح", "عيد الفصح", "2016-03-27"),
    ("احتفلوا بعيد الشكر العام الماضي", "عيد الشكر العام الماضي", "2015-11-WXX-4-4"),
    # weekday ranges (positive lengths; resolved inside a named week), month-first and ordinal ranges
    ("الإغلاق من الخميس إلى الاثنين", "الخميس إلى الاثنين", "(XXXX-WXX-4,XXXX-WXX-1,P4D)"),
    ("الإغلاق الأسبوع المقبل من الاثنين إلى الأربعاء", None, "(2016-11-14,2016-11-16,P2D)"),
    ("المعرض من اليوم حتى الجمعة", "اليوم حتى الجمعة", "(2016-11-07,2016-11-11,P4D)"),
    ("المعرض شهر يناير من 4 إلى 22", "شهر يناير من 4 إلى 22", "(XXXX-01-04,XXXX-01-22,P18D)"),
    ("المعرض من الرابع إلى العاشر من مايو", "من الرابع إلى العاشر من مايو", "(XXXX-05-04,XXXX-05-10,P6D)"),
    ("ما جدول أسبوع 12 ديسمبر", "أسبوع 12 ديسمبر", "XXXX-12-12"),
    ("تصدر الأرقام في الربع الأخير من العام", "الربع الأخير من العام", "(2016-10-01,2017-01-01,P3M)"),
    ("سافر صيف العام الماضي", "صيف العام الماضي", "2015-SU"),
]


@pytest.mark.parametrize(
    ("text", "span", "value"), SPEC_CONVENTIONS, ids=[c[1] or c[0] for c in SPEC_CONVENTIONS]
)
def test_spec_conventions(text: str, span: str | None, value: str | None) -> None:
    found = {e.text: e.value for e in extract_times(text, REF)}
    if span is None:  # the span runs to the end of the sentence after its first word
        span = text.split(" ", 1)[1]
    assert span in found, found
    if value is not None:
        assert found[span] == value


def test_nth_weekday_resolves_to_its_day() -> None:
    (e,) = extract_times("يجتمع المجلس ثاني خميس من مارس 2017", REF)
    assert e.value == "2017-03-WXX-4-#2" and e.resolved_start == "2017-03-09"


def test_month_past_value_follows_spec_bounds_follow_news() -> None:
    # Recognizers-Text: "سبتمبر الماضي" at November 2016 is 2015-09; Arabic news mean 2016-09
    (f,) = extract_resolved("ارتفعت الصادرات في سبتمبر الماضي", REF)
    assert f.expr.value == "2015-09"
    assert f.expr.resolved_start == "2016-09-01" and f.concrete == "2016-09"
    assert timeline_value(f.expr) == "2016-09"
    (g,) = extract_resolved("تبدأ المفاوضات في ديسمبر المقبل", REF)
    assert g.expr.value == "2017-12" and g.expr.resolved_start == "2016-12-01"


def test_after_n_years_keeps_the_point_for_the_timeline() -> None:
    (f,) = extract_resolved("سيكتمل المشروع بعد ثلاث سنوات", REF)
    assert f.expr.value == "(2018-11-08,2019-11-08,P1Y)"
    assert f.expr.resolved_start == "2019-11-07" and f.duration == "P3Y"


# --- اليوم that is not the publication day -------------------------------------------------

YAWM_NOT_A_DATE = [
    'قال الأسد في مقابلة مع قناة "روسيا اليوم" إن الحرب',
    "بحسب ما أوردت صحيفة المصري اليوم.",
    "وقالت لـ «اليوم» الباحثة في أمن الطاقة",
    "نقلاً عن اليوم السابع",
    "محمد علي – عين اليوم أوضح الناطق",
    "بعد انتهاء اليوم الدراسي عادت",
    "في اليوم الخامس من الإضراب",
]


@pytest.mark.parametrize("text", YAWM_NOT_A_DATE, ids=[f"yawm{i}" for i in range(len(YAWM_NOT_A_DATE))])
def test_yawm_names_and_noun_phrases_are_not_dates(text: str) -> None:
    assert [e for e in extract_times(text, NEWS) if "اليوم" in e.text] == []


YAWM_NOWADAYS = [
    "سوريا اليوم تعيش أسوأ أزماتها",
    "العالم اليوم يواجه تحديات المناخ",
    "أما اليوم، فيكفي حساب على الإنترنت",
    "الحدود كما نعرفها اليوم لم تكن قائمة",
]


@pytest.mark.parametrize("text", YAWM_NOWADAYS, ids=[f"now{i}" for i in range(len(YAWM_NOWADAYS))])
def test_yawm_nowadays_is_present_ref_and_off_the_timeline(text: str) -> None:
    (f,) = [f for f in extract_resolved(text, NEWS) if f.expr.text == "اليوم"]
    assert f.expr.value == "PRESENT_REF"
    assert timeline_value(f.expr) is None
    assert f.concrete == "2018-04-10"  # the news reading still anchors it at publication


YAWM_TODAY = [
    "تشهد سوريا اليوم انتخابات برلمانية",
    "وقعت اشتباكات في غزة اليوم",
    "تناولت الصحف اليوم قرار الرئيس",
    'وقال "حققنا تقدما كبيرا اليوم"',
    "فوز المنتخب المصري اليوم على روسيا",
]


@pytest.mark.parametrize("text", YAWM_TODAY, ids=[f"today{i}" for i in range(len(YAWM_TODAY))])
def test_yawm_today_stays_the_publication_day(text: str) -> None:
    found = [e for e in extract_times(text, NEWS) if e.text == "اليوم"]
    assert [(e.value, e.resolved_start) for e in found] == [("2018-04-10", "2018-04-10")]


# --- robustness on real news shapes ----------------------------------------------------------

NOT_TIMES = [
    "وأشارت إلى أن 1500 مسلحا سيغادرون المدينة",
    "أحصت المنظمة 1764 مخالفة في المراكز",
    "أقيم السوق داخل خيمة بمساحة 1500م2",
    "فاز الهلال على الاتحاد 3/1 في جدة",
    "يتحرك الكويكب بسرعة 67 كيلومترا في الثانية.",
    "استقر سعر الصرف عند 17.25 مقابل الدولار",
    "وقع المدرب العقد الجديد مع النادي",
    "الشيخ أحمد الفهد الصباح رئيسا للمجلس",
    "تطور الشعر في العصر الحديث",
    "أقيمت الأمسيات الشعرية في المهرجان",
    "تتطلب المساءلة شفافية",
    "انتهت الغارات الليلية قرب الحدود",
    "قتل اليوم من 5 إلى 7 أشخاص",
]


@pytest.mark.parametrize("text", NOT_TIMES, ids=[f"noise{i}" for i in range(len(NOT_TIMES))])
def test_numbers_names_and_words_are_not_times(text: str) -> None:
    kept = [(e.text, e.value) for e in extract_times(text, NEWS) if e.text != "اليوم"]
    assert kept == []


def test_offset_counted_from_an_event_is_a_duration() -> None:
    (f,) = extract_resolved("عادت العلاقات بعد 53 عاما من القطيعة", NEWS)
    assert (f.expr.type, f.expr.value, f.expr.resolved_start) == ("duration", "P53Y", None)
    (g,) = extract_resolved("أعلنت النتائج قبل يومين من الانتخابات", NEWS)
    assert g.expr.value == "P2D" and timeline_value(g.expr) is None
    (h,) = extract_resolved("يصل الوفد بعد ثلاثة أيام من الآن", NEWS)
    assert h.expr.value == "2018-04-13"


def test_hijri_years_and_numeric_dates() -> None:
    found = {e.text: e for e in extract_times("صدر القرار في 18/ 5/ 1431 وفي العام 1435هـ", NEWS)}
    assert found["18/ 5/ 1431"].value == "2010-05-02"
    assert found["العام 1435"].value.startswith("(2013-11-04,")
    (e,) = extract_times("اليوم الجمعة الموافق 1436/10/15 هـ", datetime(2015, 7, 31))
    assert e.value == "2015-07-31"


def test_bc_years_are_not_resolved_as_ad() -> None:
    (e,) = extract_times("ألفت الأوديسة في القرن الثامن قبل الميلاد", NEWS)
    assert e.value == "BC07" and e.resolved_start is None


def test_clock_with_a_dot_after_saa() -> None:
    assert _one("تبث الحلقات الساعة 7.30 مساء", NEWS)[2] == "T19:30"
