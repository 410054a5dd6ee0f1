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


def test_candidate_ranks() -> None:
    from marsad.cluster.similarity import rank_among, with_candidate_ranks

    # Ties share the better rank: two candidates above 0.1 → rank 3.
    assert rank_among(np.array([0.5, 0.3, 0.3, 0.1]), np.array([0.5, 0.3, 0.3, 0.1])).tolist() == [
        1.0,
        0.5,
        0.5,
        pytest.approx(1 / 4),
    ]
    char, rank = FEATURES.index("char_tfidf"), FEATURES.index("char_rank")
    rows = np.zeros((3, len(FEATURES)))
    rows[:, char] = [0.2, 0.6, 0.4]
    ranked = with_candidate_ranks(rows)
    assert ranked[:, rank].tolist() == [pytest.approx(1 / 3), 1.0, 0.5]
    assert (rows[:, rank] == 0).all()  # the input is not modified


def test_stream_ranks_follow_publication_order() -> None:
    """Each pair is ranked among the candidates of its LATER article, as the online clusterer sees it."""
    from datetime import UTC, datetime, timedelta

    from marsad.cluster.similarity import EMBED_DIM, ArticleFeatures
    from marsad.cluster.train import stream_ranks
    from tests.cluster.features import vector_only

    def article(hours: int) -> ArticleFeatures:
        vec = np.zeros(EMBED_DIM, dtype=np.float32)
        vec[0] = 1.0
        return vector_only(vec, datetime(2018, 4, 10, tzinfo=UTC) + timedelta(hours=hours))

    # Listed out of order: "c" (hour 2) is the latest, so pairs (a, c) and (b, c) are ranked among c's
    # candidates {a, b}; pair (a, b) among b's only candidate {a}.
    items = [article(2), article(0), article(1)]
    ids = ["c", "a", "b"]
    pairs = [(0, 1), (0, 2), (1, 2)]
    x = np.zeros((3, len(FEATURES)))
    x[:, FEATURES.index("char_tfidf")] = [0.1, 0.7, 0.3]  # c–a, c–b, a–b
    ranks = stream_ranks(items, x, pairs, ids)[:, FEATURES.index("char_rank")]
    assert ranks.tolist() == [0.5, 1.0, 1.0]
