"""Hand-made article features for clustering tests: a vector and a time, nothing lexical."""

from __future__ import annotations

from datetime import datetime

import numpy as np

from marsad.cluster.similarity import ArticleFeatures


def vector_only(vec: np.ndarray, published: datetime, entities: tuple[str, ...] = ()) -> ArticleFeatures:
    """Features whose only signals are ``vec`` (document and title vector) and ``published``."""
    empty_i, empty_v = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    return ArticleFeatures(
        doc_vec=vec,
        title_vec=vec,
        word_idx=empty_i,
        word_val=empty_v,
        char_idx=empty_i,
        char_val=empty_v,
        title_words={},
        title_char_idx=empty_i,
        title_char_val=empty_v,
        names={},
        numbers=frozenset(),
        published=published,
        entity_ids=frozenset(entities),
    )
