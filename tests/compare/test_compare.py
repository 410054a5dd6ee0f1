"""Claim reading never crashes on the digit and punctuation runs real news produces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.compare.claims import read_claim


def test_a_tatweel_used_as_a_dash_is_not_a_token():
    # Found on real sports commentary (ANT, 11 Apr 2018): "ـ" alone normalises to nothing.
    claim = read_claim("عند انتهاء الجولة الأولى وما يعقبها من تهاني الصدارة ـ طرح ـ يتضرر منه التنافس")
    assert claim is not None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="٠١٢3456789,.،%:ـ  وفي قال ٫-ابت", max_size=60))
def test_reading_claims_never_crashes_on_digit_and_punctuation_runs(text: str) -> None:
    assert read_claim(text) is not None
