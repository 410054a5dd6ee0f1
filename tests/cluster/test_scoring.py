"""Cluster scores, pair model persistence and the text helpers of the similarity model."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.cluster.evaluation import score_clusters
from marsad.cluster.similarity import FEATURES, PairModel, char_ngrams, expand, guess_title, time_closeness


def test_score_clusters_exact() -> None:
    gold = {"a": "1", "b": "1", "c": "2", "d": "3"}
    pred = {"a": "x", "b": "x", "c": "x", "d": "y"}
    s = score_clusters(gold, pred)
    # B³ precision: a,b 2/3 each, c 1/3, d 1 → 2.667/4; recall: all 1.
    assert s.bcubed_p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert s.bcubed_r == pytest.approx(1.0)
    assert s.pair_p == pytest.approx(1 / 3)
    assert s.pair_r == pytest.approx(1.0)
    assert s.clusters == 2


def test_missing_predictions_are_singletons() -> None:
    s = score_clusters({"a": "1", "b": "1"}, {})
    assert s.bcubed_p == 1.0 and s.bcubed_r == 0.5 and s.pair_r == 0.0


def test_char_ngrams_arabic() -> None:
    # normalised (أ → ا), padded with spaces like scikit-learn's char_wb
    assert char_ngrams("أمن") == [" ام", "امن", "من ", " امن", "امن ", " امن "]


def test_guess_title() -> None:
    assert guess_title("الأسد يصل إلى موسكو  وقالت الخارجية الروسية") == "الأسد يصل إلى موسكو"
    assert guess_title("سطر أول\nسطر ثان") == "سطر أول"


def test_time_closeness() -> None:
    from datetime import UTC, datetime, timedelta

    t = datetime(2018, 4, 10, 12, tzinfo=UTC)
    assert time_closeness(t, t) == 1.0
    assert time_closeness(t, t + timedelta(hours=24)) == pytest.approx(np.exp(-1))
    assert time_closeness(t, None) == 0.5


def test_pair_model_round_trip() -> None:
    rng = np.random.default_rng(0)
    active = [name != "entities" for name in FEATURES]
    n = sum(active)
    model = PairModel(
        active,
        rng.random(n),
        rng.random(n) + 0.5,
        rng.normal(size=n + n * (n + 1) // 2),
        0.3,
        "identity",
        2,
        (1.0, 4.0),
    )
    again = PairModel.from_dict(model.to_dict())
    x = rng.random((5, len(FEATURES)))
    assert np.allclose(model(x), again(x), atol=1e-4)
    assert ((model(x) >= 1.0) & (model(x) <= 4.0)).all()


@given(st.integers(1, 6), st.integers(1, 4))
def test_expand_shape(columns: int, rows: int) -> None:
    z = np.ones((rows, columns))
    assert expand(z, 1).shape == (rows, columns)
    assert expand(z, 2).shape == (rows, columns + columns * (columns + 1) // 2)
