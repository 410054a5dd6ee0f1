"""Slot alignment: two values conflict only when they fill one slot (who, when, of what)."""

from __future__ import annotations

from marsad.compare.claims import read_claim
from marsad.compare.sentences import VALUE_MIN_CONFIDENCE, compare_sentences, slot_confidence, slot_mismatch


def _values(a: str, b: str) -> tuple:
    ca, cb = read_claim(a), read_claim(b)
    return ca, ca.quantities[0].index, cb, cb.quantities[0].index


def test_the_points_of_two_teams_are_two_slots() -> None:
    a = "ورفع أرسنال رصيده إلى 51 نقطة في المركز السادس"
    b = "وتجمد رصيد ليغانيس عند 36 نقطة في المركز الثالث عشر"
    assert compare_sentences(a, b).status != "conflict"
    assert (slot_mismatch(*_values(a, b)) or "").startswith("actors")


def test_the_weekday_next_to_each_value_tells_two_tolls_apart() -> None:
    a = "وقتل ثمانية مدنيين في الغارات السبت بحسب المرصد"
    b = "وأسفرت الغارات الجمعة عن مقتل 40 مدنيا بحسب المرصد الذي قال إن الطائرات جددت السبت القصف"
    assert compare_sentences(a, b).status != "conflict"
    assert slot_mismatch(*_values(a, b)) == "days"


def test_values_of_two_predicates_are_two_slots() -> None:
    a = "وقال الوزير إن زيادة الأسعار ستوفر نحو 50 مليار جنيه من مخصصات الدعم في الموازنة"
    b = "وقال الوزير إن الدعم في الموازنة كان مقدرا بنحو 139 مليار جنيه"
    assert compare_sentences(a, b).status != "conflict"
    assert (slot_mismatch(*_values(a, b)) or "").startswith("governors")


def test_a_misaligned_value_gives_way_to_the_aligned_one() -> None:
    # The minute of the other goal (12) is no rival for 41; the equaliser's minute (42) is.
    a = "سجل راموس هدف التقدم في الدقيقة 12 ثم أدرك دزيوبا التعادل بركلة جزاء في الدقيقة 41"
    b = (
        "سجل إيغناشيفيتش في الدقيقة 12 بالخطأ في مرمى منتخب بلاده"
        " فيما تعادل دزيوبا في الدقيقة 42 من ركلة جزاء"
    )
    verdict = compare_sentences(a, b)
    assert verdict.status == "conflict"
    assert "41" in verdict.detail and "42" in verdict.detail


def test_one_toll_told_two_ways_is_a_confident_conflict() -> None:
    a = "قتل 14 صحافيا في الهجوم على مقر التلفزيون في العاصمة"
    b = "قتل 13 صحافيا في الهجوم على مقر التلفزيون في العاصمة"
    verdict = compare_sentences(a, b)
    assert verdict.status == "conflict"
    assert VALUE_MIN_CONFIDENCE <= verdict.confidence <= 1.0
    assert slot_confidence(*_values(a, b)) > 0.9


def test_word_rules_report_full_confidence() -> None:
    a = "وصل الوزير إلى دمشق يوم الثلاثاء في زيارة رسمية"
    verdict = compare_sentences(a, a.replace("الثلاثاء", "السبت"))
    assert verdict.status == "conflict" and verdict.confidence == 1.0
