"""Claim reading never crashes on the digit and punctuation runs real news produces."""

from __future__ import annotations

import pytest
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


@pytest.mark.parametrize(
    "name", ["unseen_labels", "unseen2_labels", "unseen3_labels", "unseen4_labels", "unseen5_labels"]
)
def test_unseen_labels_are_ids_and_spans_only(name: str) -> None:
    """The hand-labelled pairs of other days keep no article text; spans cut it from the corpus."""
    import json
    from pathlib import Path

    from marsad.compare.evaluation import unseen_pairs

    path = Path(__file__).parent / "data" / f"{name}.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    fields = {"pair_id", "docno_a", "span_a", "docno_b", "span_b", "kind", "same_fact", "doubtful", "note"}
    fields |= {"found_by"}  # set 4: which search step found the pair (docs/compare.md)
    assert records and all(set(r) <= fields for r in records)
    assert len({r["pair_id"] for r in records}) == len(records)
    texts = {r[k]: "x" * 2000 for r in records for k in ("docno_a", "docno_b")}
    pairs = unseen_pairs(records, texts)
    assert len(pairs) == len(records)
    assert {p.kind for p in pairs} == {"same-fact", "other-fact"}
    assert sum(p.conflict for p in pairs) == sum(r["kind"] == "conflict" for r in records)
    assert sum(p.doubtful for p in pairs) == sum(bool(r.get("doubtful")) for r in records)
