"""Scores and protocols for the clustering and similarity evaluations (pure functions).

Clustering is tuned and tested day-wise on the ANT gold (fit and tune on one day, score the other),
because the project is measured on unseen ANT days; the baseline gets the same treatment.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from marsad.cluster.online import ClusterSettings, OnlineStoryClusterer
from marsad.cluster.similarity import ArticleFeatures, PairModel
from marsad.evaluate.metrics import f1 as f1_score
from marsad.text import normalize
from marsad.types import Article

THRESHOLD_GRID = (0.5, 0.6, 0.7, 0.8, 0.9)
MERGE_GRID = (0.95, 0.98, 1.01)  # 1.01: never merge
#: The split check (``ClusterSettings.split_distance`` / ``split_min_size``); None: no split.
SPLIT_GRID: tuple[tuple[float, int] | None, ...] = (
    None,
    *((distance, size) for distance in (0.6, 0.7, 0.8) for size in (4, 6, 10)),
)
BASELINE_GRID = (0.70, 0.75, 0.80, 0.85, 0.90)


@dataclass(frozen=True, slots=True)
class ClusterScores:
    bcubed_p: float
    bcubed_r: float
    bcubed_f1: float
    pair_p: float
    pair_r: float
    pair_f1: float
    clusters: int


def score_clusters(gold: Mapping[str, str], predicted: Mapping[str, str]) -> ClusterScores:
    """B-cubed (per article) and pairwise P/R/F1, as ../shared/data/stories/score_stories.py."""
    ids = list(gold)
    pred = {i: predicted.get(i, f"__single__{i}") for i in ids}
    gold_members: dict[str, set[str]] = defaultdict(set)
    pred_members: dict[str, set[str]] = defaultdict(set)
    for i in ids:
        gold_members[gold[i]].add(i)
        pred_members[pred[i]].add(i)
    bp = br = 0.0
    for i in ids:
        shared = len(gold_members[gold[i]] & pred_members[pred[i]])
        bp += shared / len(pred_members[pred[i]])
        br += shared / len(gold_members[gold[i]])
    bp, br = bp / len(ids), br / len(ids)

    def pairs(members: dict[str, set[str]]) -> set[tuple[str, str]]:
        return {pair for group in members.values() for pair in itertools.combinations(sorted(group), 2)}

    gp, pp = pairs(gold_members), pairs(pred_members)
    tp = len(gp & pp)
    pwp = tp / len(pp) if pp else 1.0
    pwr = tp / len(gp) if gp else 1.0
    return ClusterScores(bp, br, f1_score(bp, br), pwp, pwr, f1_score(pwp, pwr), len(pred_members))


def run_online(
    articles: Sequence[Article],
    feats: Sequence[ArticleFeatures],
    settings: ClusterSettings,
    model: PairModel,
) -> dict[str, str]:
    """Feed the articles in publication-time order; article id → story id."""
    clusterer = OnlineStoryClusterer(settings, model)
    order = sorted(range(len(articles)), key=lambda i: _sort_key(articles[i]))
    for i in order:
        clusterer.add_features(articles[i].id, articles[i].title or "", articles[i].outlet, feats[i])
    return clusterer.assignments()


def _sort_key(article: Article) -> tuple[float, str]:
    return (article.published.timestamp() if article.published else float("inf"), article.id)


def tune_settings(
    days: Sequence[tuple[Sequence[Article], Sequence[ArticleFeatures], Mapping[str, str]]],
    model: PairModel,
    base: ClusterSettings | None = None,
    splits: Sequence[tuple[float, int] | None] = SPLIT_GRID,
) -> tuple[ClusterSettings, float]:
    """Grid-search threshold, merge threshold and split check for the best mean B-cubed F1 over ``days``."""
    base = base or ClusterSettings()
    best: tuple[float, ClusterSettings] | None = None
    for threshold, merge, split in itertools.product(THRESHOLD_GRID, MERGE_GRID, splits):
        if merge < threshold:
            continue
        settings = ClusterSettings(
            threshold=threshold,
            merge_threshold=merge,
            window_hours=base.window_hours,
            candidates=base.candidates,
            link=base.link,
            split_distance=split[0] if split else None,
            split_min_size=split[1] if split else base.split_min_size,
            split_growth=base.split_growth,
            split_members=base.split_members,
        )
        f1 = float(
            np.mean([score_clusters(g, run_online(a, f, settings, model)).bcubed_f1 for a, f, g in days])
        )
        if best is None or f1 > best[0] + 1e-9:
            best = (f1, settings)
    assert best is not None
    return best[1], best[0]


# ---------------------------------------------------------------- baseline


def baseline_document(article: Article) -> str:
    """The documented TF-IDF baseline's document: title twice, then the first 1,500 characters."""
    title = article.title or ""
    return normalize(f"{title} {title} {article.text[:1500]}").replace("#", " ").replace("_", " ")


def baseline_clusters(articles: Sequence[Article], distance: float) -> dict[str, str]:
    """TF-IDF character 3–5-grams + average-link agglomerative clustering (scikit-learn)."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    if len(articles) < 2:
        return {a.id: "b0" for a in articles}
    matrix = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2, max_df=0.5
    ).fit_transform([baseline_document(a) for a in articles])
    labels = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=distance
    ).fit_predict(matrix.toarray())
    return {a.id: f"b{label}" for a, label in zip(articles, labels, strict=True)}


def tune_baseline(days: Sequence[tuple[Sequence[Article], Mapping[str, str]]]) -> tuple[float, float]:
    """Best baseline distance threshold (mean B-cubed F1 over ``days``) and that score."""
    scored = [
        (float(np.mean([score_clusters(g, baseline_clusters(a, t)).bcubed_f1 for a, g in days])), t)
        for t in BASELINE_GRID
    ]
    f1, threshold = max(scored)
    return threshold, f1


# ---------------------------------------------------------------- similarity


def pearson(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) < 2 or np.std(a) == 0 or np.std(b) == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])


def folds(n: int, k: int = 5, seed: int = 0) -> list[np.ndarray]:
    """``k`` shuffled folds of ``range(n)`` (index arrays)."""
    order = np.random.default_rng(seed).permutation(n)
    return [order[i::k] for i in range(k)]
