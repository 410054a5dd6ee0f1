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
)
from marsad.text import words

#: Features the SemEval model may not use: its pairs carry no publication dates or entity ids.
SEMEVAL_UNUSED = ("time_close", "entities")
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
    return np.vstack([pair_features(feats[i], feats[n + i]) for i in range(n)]) if n else np.zeros((0, 9))


def all_pairs_features(feats: Sequence[ArticleFeatures]) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Features of every unordered pair of ``feats``."""
    pairs = list(itertools.combinations(range(len(feats)), 2))
    return np.vstack([pair_features(feats[i], feats[j]) for i, j in pairs]), pairs


def story_pair_features(
    feats: Sequence[ArticleFeatures], labels: dict[str, str], ids: Sequence[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Features and same-story targets of every pair of gold articles."""
    x, pairs = all_pairs_features(feats)
    y = np.array([labels[ids[i]] == labels[ids[j]] for i, j in pairs], dtype=int)
    return x, y


def day_of(published: datetime | None) -> str:
    return published.date().isoformat() if published else "?"
