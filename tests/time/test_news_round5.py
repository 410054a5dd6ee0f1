"""Generated variants of the rules added in issue 7, round 5: the tense of a clause picks the year of
a yearless month or day and the direction of a bare weekday; a statement's day anchors the speaker's
"today"/"tomorrow".

The sentences are written for the tests (verbs, months, days, weekdays and publication dates are
varied), not copied from any annotated article; expected values follow from the convention.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from marsad.extract.time import extract_resolved
from tests.time.calendar_words import MONTHS, WEEKDAYS

PAST_CLAUSES = [
    "وكان التضخم بلغ ذروته في",
    "وقد جرت الانتخابات في",
    "وتم توقيع الاتفاق في",
    "وسجلت الصادرات أعلى مستوى في",
]
FUTURE_CLAUSES = ["ومن المقرر أن تعقد القمة في", "وستجري الانتخابات في", "ويتوقع أن يبدأ التشغيل في"]


def _concretes(text: str, ref: datetime) -> dict[str, str | None]:
    return {f.expr.text: f.concrete for f in extract_resolved(text, ref)}


def _one(text: str, ref: datetime) -> str | None:
    found = _concretes(text, ref)
    assert len(found) == 1, found
    return next(iter(found.values()))


# --- yearless months and days: a past clause never dates after publication --------------------------


@pytest.mark.parametrize("clause", PAST_CLAUSES)
@pytest.mark.parametrize(("pub_month", "month"), [(4, 7), (2, 11), (6, 9), (10, 12)])
def test_past_clause_takes_the_latest_past_month(clause: str, pub_month: int, month: int) -> None:
    ref = datetime(2018, pub_month, 10)
    assert _one(f"{clause} {MONTHS[month]} بفعل الظروف", ref) == f"2017-{month:02d}"


@pytest.mark.parametrize("clause", PAST_CLAUSES[:2])
@pytest.mark.parametrize("ahead", [3, 20, 100])
def test_past_clause_day_ahead_goes_back_a_year(clause: str, ahead: int) -> None:
    ref = datetime(2018, 5, 10)
    t = ref.date() + timedelta(days=ahead)
    assert _one(f"{clause} {t.day} {MONTHS[t.month]} بعد تأخير", ref) == t.replace(year=2017).isoformat()


@pytest.mark.parametrize(("pub_month", "month"), [(4, 2), (6, 6), (12, 3)])
def test_past_clause_keeps_a_month_already_past(pub_month: int, month: int) -> None:
    ref = datetime(2018, pub_month, 20)
    assert _one(f"وقد جرت الانتخابات في {MONTHS[month]} بهدوء", ref) == f"2018-{month:02d}"


# --- a future clause never dates well before publication --------------------------------------------


@pytest.mark.parametrize("clause", FUTURE_CLAUSES)
@pytest.mark.parametrize(("pub_month", "month"), [(12, 3), (9, 2), (11, 1), (5, 3)])
def test_future_clause_takes_the_next_month(clause: str, pub_month: int, month: int) -> None:
    ref = datetime(2018, pub_month, 5)
    assert _one(f"{clause} {MONTHS[month]} المذكور", ref) == f"2019-{month:02d}"


@pytest.mark.parametrize("clause", FUTURE_CLAUSES)
def test_future_clause_day_well_behind_goes_forward(clause: str) -> None:
    ref = datetime(2018, 12, 5)
    assert _one(f"{clause} 12 مارس بحضور الوزراء", ref) == "2019-03-12"


@pytest.mark.parametrize("back", [2, 10])
def test_future_clause_keeps_a_start_just_made(back: int) -> None:
    # "اعتبارا من 1 سبتمبر" on 3 September: the start may already be behind
    ref = datetime(2016, 9, 1) + timedelta(days=back)
    assert _one("وأضاف أن القرار يسري اعتبارا من 1 سبتمبر على كل المنتجات", ref) == "2016-09-01"


def test_future_clause_month_just_behind_is_kept() -> None:
    assert _one("ابتداء من يوليو تطبق الزيادة", datetime(2018, 8, 5)) == "2018-07"


def test_no_tense_keeps_the_six_month_rule() -> None:
    assert _one("التقرير الخاص بشهر يوليو", datetime(2018, 4, 10)) == "2018-07"
    assert _one("التقرير الخاص بشهر نوفمبر", datetime(2018, 4, 10)) == "2017-11"


@pytest.mark.parametrize("month", [8, 10, 12])
def test_since_a_month_is_the_latest_past_one(month: int) -> None:
    ref = datetime(2018, 7, 1)
    assert _one(f"والمعارض موقوف منذ {MONTHS[month]} في سجن العاصمة", ref) == f"2017-{month:02d}"


@pytest.mark.parametrize("lead", ["لتسليم", "لتسليم شهر"])
@pytest.mark.parametrize("month", [1, 6, 12])
def test_futures_delivery_month_is_ahead(lead: str, month: int) -> None:
    ref = datetime(2018, 8, 10)
    text = f"وتراجع سعر الذهب في العقود الآجلة {lead} {MONTHS[month]} عند التسوية"
    assert _one(text, ref) == f"{2018 if month > 8 else 2019}-{month:02d}"


@pytest.mark.parametrize(
    "sentence",
    [
        "وكان الرئيس أمهل الأوروبيين حتى 12 يونيو لإصلاح الاتفاق",  # a deadline given in the past
        "وإذا فاز المرشح في 7 يونيو فسيتولى المنصب",  # a condition
        "وهي مراجعات تجري عادة في يونيو",  # a habit
        "وقال الوزير ان الهدف بحلول يونيو هو خفض العجز",  # a deadline ahead
    ],
)
def test_untensed_or_forward_phrases_keep_the_date_ahead(sentence: str) -> None:
    found = _one(sentence, datetime(2018, 5, 3))
    assert found is not None and found.startswith("2018-06")


@pytest.mark.parametrize("verb", ["أصدرتها", "نشرتها"])
def test_relative_clause_is_its_own_tense(verb: str) -> None:
    # the future verb of the main clause does not move a date inside a relative clause
    text = f"وحذرت الحكومة من أنها ستبقي على الأوامر التي {verb} إلى الجنود في 30 مارس"
    assert _one(text, datetime(2018, 4, 6)) == "2018-03-30"


def test_than_expected_is_not_the_future() -> None:
    assert _one("وارتفع العجز بوتيرة أقل من المتوقع في يونيو", datetime(2015, 8, 8)) == "2015-06"


def test_same_month_day_range_moves_as_one() -> None:
    found = _concretes("ستعقد القمة يومي 12 و13 مارس في الرياض", datetime(2018, 11, 9))
    assert list(found.values()) == ["(2019-03-12,2019-03-13)"]


def test_stretch_across_months_is_not_turned_around() -> None:
    found = _concretes("ويسمح بالسفر ابتداء من شهر مايو حتى شهر نوفمبر دون تأشيرة", datetime(2015, 7, 21))
    (value,) = found.values()
    start, end = value.strip("()").split(",")
    assert start <= end


# --- a bare weekday after the imperfect of an event verb is the next one --------------------------------


EVENT_LEADS = [
    "يلتقي الفريق نظيره",
    "تبدأ الزيارة رسميا",
    "ويزور الرئيس باريس",
    "تجرى الانتخابات",
    "وستعقد القمة",
]


@pytest.mark.parametrize("verb", EVENT_LEADS)
@pytest.mark.parametrize("pub", [date(2018, 3, 27), date(2018, 3, 30)])
@pytest.mark.parametrize("wd", [1, 4, 6])
def test_imperfect_event_verb_points_forward(verb: str, pub: date, wd: int) -> None:
    ref = datetime.combine(pub, datetime.min.time())
    expected = pub + timedelta(days=(wd - pub.isoweekday()) % 7)
    assert _one(f"{verb} يوم {WEEKDAYS[wd]}", ref) == expected.isoformat()


@pytest.mark.parametrize(
    "lead",
    [
        "ولكن التعديل لم يدخل حيز التنفيذ إلا يوم",  # لم + imperfect is past
        "الوفد الذي يزور دمشق منذ",  # since
        "وكان من المفترض أن تبدأ الهدنة يوم",  # was to
        "وقال الوزير يوم",  # a perfective verb
    ],
)
@pytest.mark.parametrize("wd", [1, 4])
def test_past_or_negated_clauses_keep_the_latest_weekday(lead: str, wd: int) -> None:
    pub = date(2018, 3, 30)
    ref = datetime.combine(pub, datetime.min.time())
    expected = pub - timedelta(days=(pub.isoweekday() - wd) % 7)
    assert _one(f"{lead} {WEEKDAYS[wd]}", ref) == expected.isoformat()


# --- the day of a statement anchors the speaker's "today" and "tomorrow" ------------------------------


@pytest.mark.parametrize(
    ("said", "back"), [("أمس", 1), ("أمس الأربعاء", 1), ("يوم الثلاثاء", 2), ("الثلاثاء", 2)]
)
@pytest.mark.parametrize(("word", "rel"), [("غدا", 1), ("اليوم", 0)])
@pytest.mark.parametrize("verb", ["وقال الوزير", "وأكد المتحدث في تصريح", "وأوضح البيان"])
def test_reported_today_and_tomorrow_count_from_the_statement(
    said: str, back: int, word: str, rel: int, verb: str
) -> None:
    ref = datetime(2016, 7, 21)  # Thursday
    found = _concretes(f"{verb} {said} إن المجلس سيجتمع {word} للنظر في الطلب", ref)
    assert found[word] == (ref.date() - timedelta(days=back - rel)).isoformat()


def test_reported_day_before_yesterday_is_the_writers() -> None:
    found = _concretes("وأوضحت الشرطة أمس الأحد أن السائق فر أول من أمس", datetime(2015, 8, 10))
    assert found["أول من أمس"] == "2015-08-08"


@pytest.mark.parametrize("word", ["غدا", "اليوم"])
def test_undated_or_next_sentence_speech_keeps_publication(word: str) -> None:
    ref = datetime(2016, 7, 21)
    assert (
        _concretes(f"وقال الوزير إن المجلس سيجتمع {word}", ref)[word]
        == (ref.date() + timedelta(days=1 if word == "غدا" else 0)).isoformat()
    )
    found = _concretes(f"وقال الوزير أمس إن المجلس تلقى الطلب. وسيجتمع المكتب {word} للنظر فيه", ref)
    assert found[word] == (ref.date() + timedelta(days=1 if word == "غدا" else 0)).isoformat()


# --- after the blind run of set 4: the named weekday wins over a late date stamp; "الشهر المذكور" ------


@pytest.mark.parametrize("lag", [1, 2])
@pytest.mark.parametrize(("word", "rel"), [("أمس", -1), ("اليوم", 0), ("غدا", 1)])
@pytest.mark.parametrize("written", [date(2015, 7, 27), date(2015, 7, 29), date(2015, 8, 1)])
def test_named_weekday_beats_a_late_stamp(lag: int, word: str, rel: int, written: date) -> None:
    meant = written + timedelta(days=rel)
    ref = datetime.combine(written + timedelta(days=lag), datetime.min.time())  # stamped late
    found = _concretes(f"وقال مسؤولون {word} {WEEKDAYS[meant.isoweekday()]} إن الاتفاق صامد", ref)
    assert list(found.values()) == [meant.isoformat()]


@pytest.mark.parametrize(("word", "rel"), [("أمس", -1), ("اليوم", 0), ("غدا", 1)])
def test_agreeing_weekday_keeps_the_stamp(word: str, rel: int) -> None:
    ref = datetime(2018, 5, 9)
    meant = ref.date() + timedelta(days=rel)
    found = _concretes(f"وقال مسؤولون {word} {WEEKDAYS[meant.isoweekday()]} إن الاتفاق صامد", ref)
    assert list(found.values()) == [meant.isoformat()]


@pytest.mark.parametrize(("month", "name"), [(1, "جانفي"), (3, "مارس"), (9, "سبتمبر")])
def test_month_mentioned_is_the_month_just_named(month: int, name: str) -> None:
    text = f"سجلت الوزارة خلال شهر {name} 2017 تراجعا، وتم خلال الشهر المذكور من سنة 2017 إحالة 173 عنصرا"
    found = _concretes(text, datetime(2017, 12, 20))
    assert found["الشهر المذكور من سنة 2017"] == f"2017-{month:02d}"
