"""Invariants on arbitrary text: no crash, valid offsets, deterministic output."""

from __future__ import annotations

import itertools
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.extract.time import extract_times

PIECES = [
    "أمس",
    "اليوم",
    "غدا",
    "الاثنين",
    "الأحد الماضي",
    "صباح",
    "مساءً",
    "فجر",
    "عصر",
    "ليلة",
    "الساعة",
    "10:43",
    "9",
    "27",
    "2015",
    "2254",
    "رقم",
    "نوفمبر",
    "تشرين الثاني",
    "/",
    "كانون الأول",
    "التاسع من",
    "عام",
    "منذ",
    "قبل",
    "ثلاثة",
    "أيام",
    "أسبوعين",
    "كل يوم",
    "بين",
    "و",
    "إلى",
    "حتى",
    "،",
    ".",
    "-",
    " ",
    "  ",
    "\n",
    "ً",
    "ـ",
    "١٥",
    "رمضان",
    "1445",
    "هـ",
    "December",
    "yesterday",
    "الربع الأول من",
    "العام المالي",
    "2018/2019",
]
TEXTS = st.one_of(
    st.text(max_size=120),
    st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join),
    st.lists(st.sampled_from(PIECES), max_size=25).map("".join),
)
REFS = st.one_of(st.none(), st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2090, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(TEXTS, REFS)
def test_offsets_valid_and_deterministic(text: str, ref: datetime | None) -> None:
    first = extract_times(text, ref)
    for e in first:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end] == e.text
        assert e.value
    assert extract_times(text, ref) == first
    spans = sorted((e.start, e.end) for e in first)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_no_reference_never_resolves_relative(text: str) -> None:
    for e in extract_times(text, None):
        if "PRESENT_REF" in e.value:
            assert e.resolved_start is None
