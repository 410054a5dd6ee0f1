"""Fitting the similarity model: document frequencies, the two pair combiners, the cluster threshold.

Pure functions over in-memory records; ``marsad train similarity`` (marsad/commands/cluster.py) reads
the data, calls these and writes the packaged files.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import numpy as np

from marsad.cluster.similarity import (
    CHAR_BUCKETS,
    FEATURES,
    RANK_FEATURE,
    RANKED_FEATURE,
    WORD_BUCKETS,
    ArticleFeatures,
    DocumentFrequencies,
    PairModel,
    char_ngrams,
    expand,
    featurize,
    guess_title,
    hash_counts,
    lexical_text,
    pair_features,
    rank_among,
)
from marsad.text import words

#: Features the SemEval model may not use: its pairs carry no publication dates or entity ids, and
#: are scored alone (no candidate set to rank within).
SEMEVAL_UNUSED = ("time_close", "entities", "char_rank")
#: Candidates per article when the story pairs' rank feature is computed (ClusterSettings.candidates).
CANDIDATES = 40
#: The story gold has no entity ids, so the story model cannot learn their weight (see ClusterSettings).
STORY_EXCLUDE = ("entities",)
#: Ridge penalty of the quadratic SemEval model (5-fold CV on the training pairs: flat from 1 to 30).
SEMEVAL_ALPHA = 10.0


def build_frequencies(docs: Iterable[tuple[str, str]], batch: int = 2000) -> DocumentFrequencies:
    """Hashed document frequencies over (title, text) documents, as the lexical signals read them."""
    word_df = np.zeros(WORD_BUCKETS, dtype=np.int64)
    char_df = np.zeros(CHAR_BUCKETS, dtype=np.int64)
    n_docs = 0
    iterator = iter(docs)
    while chunk := list(itertools.islice(iterator, batch)):
        texts = [lexical_text(title or guess_title(text), text) for title, text in chunk]
        for table, tokens, size in (
            (word_df, [words(t) for t in texts], WORD_BUCKETS),
            (char_df, [char_ngrams(t) for t in texts], CHAR_BUCKETS),
        ):
            matrix = hash_counts(tokens, size)
            np.add.at(table, matrix.indices, 1)
        n_docs += len(chunk)
    cap = np.iinfo(np.uint16).max
    return DocumentFrequencies(
        n_docs, np.minimum(word_df, cap).astype(np.uint16), np.minimum(char_df, cap).astype(np.uint16)
    )


def _standardised(x: np.ndarray, exclude: Sequence[str]) -> tuple[list[bool], np.ndarray, np.ndarray]:
    active = [name not in exclude for name in FEATURES]
    sub = x[:, active]
    scale = sub.std(axis=0)
    scale[scale < 1e-9] = 1.0
    return active, sub.mean(axis=0), scale


def fit_story_model(
    x: np.ndarray,
    y: np.ndarray,
    exclude: Sequence[str] = (),
    c: float = 1.0,
    degree: int = 1,
    balanced: bool = False,
) -> PairModel:
    """Logistic regression for P(same story) over the features not in ``exclude``."""
    from sklearn.linear_model import LogisticRegression

    active, mean, scale = _standardised(x, exclude)
    design = expand((x[:, active] - mean) / scale, degree)
    model = LogisticRegression(C=c, class_weight="balanced" if balanced else None, max_iter=5000).fit(
        design, y
    )
    return PairModel(active, mean, scale, model.coef_[0], float(model.intercept_[0]), "logistic", degree)


def fit_semeval_model(x: np.ndarray, y: np.ndarray, alpha: float = 10.0, degree: int = 2) -> PairModel:
    """Ridge regression onto the 1..4 Overall scale, without the features SemEval pairs lack."""
    from sklearn.linear_model import Ridge

    active, mean, scale = _standardised(x, SEMEVAL_UNUSED)
    design = expand((x[:, active] - mean) / scale, degree)
    model = Ridge(alpha=alpha).fit(design, y)
    return PairModel(
        active, mean, scale, model.coef_, float(model.intercept_), "identity", degree, (1.0, 4.0)
    )


def semeval_pair_features(
    pairs: Sequence[dict[str, Any]], frequencies: DocumentFrequencies | None = None
) -> np.ndarray:
    """Feature matrix of SemEval-style pairs (``text1``/``text2``, optional ``title1``/``title2``)."""
    titles = [p.get("title1") or "" for p in pairs] + [p.get("title2") or "" for p in pairs]
    texts = [p["text1"] for p in pairs] + [p["text2"] for p in pairs]
    feats = featurize(titles, texts, frequencies=frequencies)
    n = len(pairs)
    if not n:
        return np.zeros((0, len(FEATURES)))
    return np.vstack([pair_features(feats[i], feats[n + i]) for i in range(n)])


def all_pairs_features(feats: Sequence[ArticleFeatures]) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Features of every unordered pair of ``feats``."""
    pairs = list(itertools.combinations(range(len(feats)), 2))
    return np.vstack([pair_features(feats[i], feats[j]) for i, j in pairs]), pairs


def stream_ranks(
    feats: Sequence[ArticleFeatures], x: np.ndarray, pairs: Sequence[tuple[int, int]], ids: Sequence[str]
) -> np.ndarray:
    """``x`` with the rank feature set as the online clusterer would see it.

    The articles arrive in publication order (as ``run_online`` feeds them); for each pair, the later
    article's candidates are its :data:`CANDIDATES` nearest earlier articles by USE cosine, and the pair's
    ``char_tfidf`` is ranked among theirs (defined for every pair, candidate or not, so that the model
    also sees the easy negatives).  No time window: the gold days fit inside the clusterer's 72 h."""
    n = len(feats)
    x = x.copy()
    if n < 2:
        return x

    def arrival(i: int) -> tuple[float, str]:
        published = feats[i].published
        return (published.timestamp() if published else float("inf"), ids[i])

    order = sorted(range(n), key=arrival)
    position = np.empty(n, dtype=int)
    position[order] = np.arange(n)
    ranked = FEATURES.index(RANKED_FEATURE)
    value = np.zeros((n, n))
    for row, (i, j) in enumerate(pairs):
        value[i, j] = value[j, i] = x[row, ranked]
    vectors = np.vstack([f.doc_vec for f in feats]).astype(np.float64)
    ranks = np.ones((n, n))
    for step in range(1, n):
        new, earlier = order[step], np.array(order[:step])
        near = earlier[np.argsort(-(vectors[earlier] @ vectors[new]), kind="stable")[:CANDIDATES]]
        ranks[new, earlier] = rank_among(value[new, earlier], value[new, near])
    column = FEATURES.index(RANK_FEATURE)
    for row, (i, j) in enumerate(pairs):
        later, other = (i, j) if position[i] > position[j] else (j, i)
        x[row, column] = ranks[later, other]
    return x


def story_pair_features(
    feats: Sequence[ArticleFeatures], labels: dict[str, str], ids: Sequence[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Features and same-story targets of every pair of gold articles (ranks as in a stream of them)."""
    x, pairs = all_pairs_features(feats)
    y = np.array([labels[ids[i]] == labels[ids[j]] for i, j in pairs], dtype=int)
    return stream_ranks(feats, x, pairs, ids), y


def day_of(published: datetime | None) -> str:
    return published.date().isoformat() if published else "?"
