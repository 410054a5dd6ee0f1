"""Online clustering logic on hand-made features (no encoder), plus persistence."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.cluster.online import ClusterSettings, OnlineStoryClusterer
from marsad.cluster.similarity import EMBED_DIM, FEATURES, ArticleFeatures, PairModel
from tests.cluster.features import vector_only

T0 = datetime(2018, 4, 10, 8, tzinfo=timezone(timedelta(hours=4)))


def cosine_model() -> PairModel:
    """P(same story) = sigmoid(20 · (use_doc − 0.5)): a stand-in driven by the vector cosine only."""
    active = [True] * len(FEATURES)
    coef = np.zeros(len(FEATURES))
    coef[0] = 20.0
    return PairModel(active, np.zeros(len(FEATURES)), np.ones(len(FEATURES)), coef, -10.0, "logistic")


def unit(*weights: float) -> np.ndarray:
    v = np.zeros(EMBED_DIM, dtype=np.float32)
    v[: len(weights)] = weights
    return v / np.linalg.norm(v)


def feats(vec: np.ndarray, hours: float = 0.0, entities: tuple[str, ...] = ()) -> ArticleFeatures:
    return vector_only(vec, T0 + timedelta(hours=hours), entities)


def make(**overrides: object) -> OnlineStoryClusterer:
    options = {"threshold": 0.5, "merge_threshold": 0.9, "window_hours": 72.0, "candidates": 10}
    options.update(overrides)
    return OnlineStoryClusterer(ClusterSettings(**options), cosine_model())  # type: ignore[arg-type]


def test_join_open_and_story_fields() -> None:
    c = make()
    s1 = c.add_features("a", "الأسد يصل إلى موسكو", "cnn", feats(unit(1, 0)))
    s2 = c.add_features("b", "روسيا تمنح الأسد اللجوء", "bbc", feats(unit(1, 0.1), hours=2))
    s3 = c.add_features("c", "ليفربول يفوز", "bbc", feats(unit(0, 1), hours=3))
    assert s1 == s2 != s3
    (story, other) = c.stories()
    assert story.article_ids == ["a", "b"] and story.outlets == ["cnn", "bbc"] and story.size == 2
    assert story.first_seen == T0 and story.last_seen == T0 + timedelta(hours=2)
    assert story.title in {"الأسد يصل إلى موسكو", "روسيا تمنح الأسد اللجوء"}
    assert other.article_ids == ["c"]


def test_time_window_separates() -> None:
    c = make(window_hours=24.0)
    first = c.add_features("a", "", None, feats(unit(1, 0)))
    assert c.add_features("b", "", None, feats(unit(1, 0), hours=100)) != first


def test_bridging_article_merges_and_records() -> None:
    c = make(threshold=0.5, merge_threshold=0.6)
    left = c.add_features("a", "", None, feats(unit(1, 0)))
    right = c.add_features("b", "", None, feats(unit(0, 1)))
    assert left != right
    merged = c.add_features("c", "", None, feats(unit(1, 1)))  # cos 0.707 with both
    assert merged == left
    (story,) = c.stories()
    assert story.merged_from == [right] and sorted(story.article_ids) == ["a", "b", "c"]
    assert c.assignments() == {"a": left, "b": left, "c": left}


def test_entities_add_evidence() -> None:
    weak = unit(1, 1.4)  # cos ≈ 0.58 with unit(1, 0): P ≈ 0.83 → below a 0.9 threshold
    c = make(threshold=0.9, merge_threshold=1.01, entity_weight=0.2)
    first = c.add_features("a", "", None, feats(unit(1, 0), entities=("Q1", "Q2")))
    assert c.add_features("b", "", None, feats(weak, entities=("Q1", "Q2"))) == first
    c = make(threshold=0.9, merge_threshold=1.01, entity_weight=0.2)
    first = c.add_features("a", "", None, feats(unit(1, 0), entities=("Q1", "Q2")))
    assert c.add_features("c", "", None, feats(weak, entities=("Q9",))) != first


def test_candidate_rank_reaches_the_model() -> None:
    """The clusterer ranks each link's char_tfidf among the candidates before the model sees it."""
    from dataclasses import replace

    n = len(FEATURES)
    coef = np.zeros(n)
    coef[FEATURES.index("char_tfidf")] = 20.0
    coef[FEATURES.index("char_rank")] = 20.0  # logit = 20·char + 20·rank − 30
    model = PairModel([True] * n, np.zeros(n), np.ones(n), coef, -30.0, "logistic")
    c = OnlineStoryClusterer(ClusterSettings(threshold=0.5, merge_threshold=0.85, candidates=10), model)

    def lexical(hours: float, buckets: list[int], weights: list[float]) -> ArticleFeatures:
        return replace(
            feats(unit(1, 0), hours),
            char_idx=np.array(buckets, dtype=np.int64),
            char_val=np.array(weights, dtype=np.float32),
        )

    a = c.add_features("a", "", None, lexical(0, [1], [1.0]))
    b = c.add_features("b", "", None, lexical(1, [2], [1.0]))  # no shared n-gram: P ≈ 0
    assert a != b
    # "n" overlaps "a" (0.8) more than "b" (0.6). Ranked, the link to "b" is second: 20·0.6 + 20·0.5 − 30
    # → P ≈ 0.0003; unranked (rank 1 for all) it would be 0.88, above the merge threshold, and bridge.
    assert c.add_features("n", "", None, lexical(2, [1, 2], [0.8, 0.6])) == a
    assert c.story_id_of("b") == b and len(c.stories()) == 2


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.floats(0, 200)), min_size=1, max_size=25))
def test_state_round_trip_and_invariants(items: list[tuple[int, float]]) -> None:
    c = make()
    for n, (topic, hours) in enumerate(items):
        c.add_features(f"a{n}", f"t{topic}", f"o{topic}", feats(unit(*np.eye(4)[topic], 0.05), hours))
    stories = c.stories()
    ids = [aid for s in stories for aid in s.article_ids]
    assert sorted(ids) == sorted(f"a{n}" for n in range(len(items)))  # each article in exactly one story
    restored = OnlineStoryClusterer.from_state(c.state_dict())
    assert restored.assignments() == c.assignments()
    probe = feats(unit(1, 0, 0, 0, 0.05), hours=items[-1][1])
    assert restored.add_features("new", "", None, probe) == c.add_features("new", "", None, probe)


def chained_events(c: OnlineStoryClusterer) -> None:
    """Two events (vectors on axis 1 and on axis 2, P ≈ 0 across) chained by one round-up article that
    links to both (P 0.996 and 0.92): single link puts them in one story, until the split check."""
    for n in range(4):
        c.add_features(f"a{n}", f"a{n}", "x", feats(unit(1, 0, 0.05 * n), hours=n))
    c.add_features("bridge", "bridge", "y", feats(unit(1, 0.8), hours=4))
    for n in range(4):
        c.add_features(f"b{n}", f"b{n}", "z", feats(unit(0, 1, 0.05 * n), hours=5 + n))


def test_a_chained_story_of_two_events_splits() -> None:
    from marsad.cluster.online import story_id_for
    from marsad.report import story_to_dict

    plain = make(merge_threshold=1.01)
    chained_events(plain)
    assert len(plain.stories()) == 1 and plain.splits() == []  # the chain, without the check

    c = make(merge_threshold=1.01, split_distance=0.7, split_min_size=6)
    chained_events(c)
    first, second = story_id_for("a0"), story_id_for("b0")
    assert c.splits() == [(second, first)]
    groups = {s.id: sorted(s.article_ids) for s in c.stories()}
    assert groups[second] == ["b0", "b1", "b2", "b3"]
    assert set(groups[first]) >= {"a0", "a1", "a2", "a3"} and len(groups) == 2
    assert c.story_id_of("b2") == second and c.assignments()["a1"] == first
    by_id = {s.id: s for s in c.stories()}
    assert by_id[second].outlets == ["z"] and by_id[second].title.startswith("b")
    assert by_id[second].first_seen == T0 + timedelta(hours=5)
    # The report says where the split-off story came from.
    assert by_id[second].split_from == first and by_id[first].split_from is None
    assert story_to_dict(by_id[second])["split_from"] == first
    # A later article of the second event joins the split-off story, also after a state round trip.
    restored = OnlineStoryClusterer.from_state(c.state_dict())
    assert restored.assignments() == c.assignments() and restored.splits() == c.splits()
    probe = feats(unit(0, 1, 0.1), hours=10)
    assert restored.add_features("b4", "", None, probe) == c.add_features("b4", "", None, probe) == second


def test_split_check_is_independent_of_batching() -> None:
    """The check runs on story sizes, so feeding the stream through a saved state changes nothing."""
    whole = make(merge_threshold=1.01, split_distance=0.7, split_min_size=6)
    chained_events(whole)
    half = make(merge_threshold=1.01, split_distance=0.7, split_min_size=6)
    for n in range(4):
        half.add_features(f"a{n}", f"a{n}", "x", feats(unit(1, 0, 0.05 * n), hours=n))
    half.add_features("bridge", "bridge", "y", feats(unit(1, 0.8), hours=4))
    half = OnlineStoryClusterer.from_state(half.state_dict())
    for n in range(4):
        half.add_features(f"b{n}", f"b{n}", "z", feats(unit(0, 1, 0.05 * n), hours=5 + n))
        half = OnlineStoryClusterer.from_state(half.state_dict())
    assert half.assignments() == whole.assignments() and half.splits() == whole.splits()


def test_a_split_brings_back_the_id_of_a_story_merged_earlier() -> None:
    """Event B opened its own story, was bridged into A, then split out again: it gets its old id back
    (earlier reports used it), and A no longer lists it as merged."""
    from marsad.cluster.online import story_id_for

    c = make(merge_threshold=0.95, split_distance=0.7, split_min_size=9)
    for n in range(4):
        c.add_features(f"a{n}", "", None, feats(unit(1, 0, 0.05 * n), hours=n))
    for n in range(3):
        c.add_features(f"b{n}", "", None, feats(unit(0, 1, 0.05 * n), hours=4 + n))
    first, second = story_id_for("a0"), story_id_for("b0")
    assert len(c.stories()) == 2
    c.add_features("bridge", "", None, feats(unit(1, 1), hours=8))  # P 0.98 to both: merges them
    assert [s.id for s in c.stories()] == [first] and c.stories()[0].merged_from == [second]
    c.add_features("b3", "", None, feats(unit(0, 1, 0.2), hours=9))  # 9 members: the check runs
    assert c.splits() == [(second, first)]
    by_id = {s.id: s for s in c.stories()}
    assert sorted(by_id[second].article_ids) == ["b0", "b1", "b2", "b3"]
    assert by_id[first].merged_from == [] and c.resolve(second) == second
