"""Subword-aware word vectors (fastText skip-gram) for the neural tagger — an experiment.

The PPMI-SVD vectors of :mod:`clusters` know a word only if it is among the 80,000 commonest
corpus words.  Skip-gram vectors with character n-grams (Bojanowski et al. 2017), trained on the
same unlabelled news, give a word outside the vocabulary the mean of its n-gram vectors, so an
unseen name that looks like a seen one might still land near it.  On the ANERcorp dev split they
did not help (docs/ner.md, development log round 3: worse alone, no better beside the PPMI
vectors), so the shipped members do not use them and ``marsad train ner`` does not train them;
``benchmarks/ner_member_experiments.py`` reruns the comparison.

A model whose first member file holds ``vector_ngrams`` composes unknown words at inference
(:class:`neural.NeuralTagger`); composing is plain Python + numpy with the same hashing as
gensim/fastText.  Training the vectors needs gensim (``pip install gensim==4.4.0``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

MIN_N = 3
MAX_N = 5
# Hash buckets for the n-grams: the shipped matrix is BUCKETS × DIMS float16 (12.8 MB raw).
BUCKETS = 100_000
# Small dimensions, window and epoch count kept training to ~5 min on two shared cores.
DIMS = 64
WINDOW = 3
EPOCHS = 3
SEED = 13


def _fnv(data: bytes) -> int:
    """fastText's FNV-1a variant (bytes read as *signed* chars), as gensim's ``ft_hash_bytes``."""
    h = 2166136261
    for b in data:
        h ^= b | 0xFFFFFF00 if b >= 128 else b
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def ngram_rows(word: str, buckets: int = BUCKETS) -> list[int]:
    """Bucket rows of the character 3–5-grams of ``<word>`` (repeats kept, as fastText does)."""
    text = "<" + word + ">"
    return [
        _fnv(text[i : i + n].encode("utf-8")) % buckets
        for i in range(len(text))
        for n in range(MIN_N, MAX_N + 1)
        if i + n <= len(text)
    ]


class Composer:
    """Unit-length vectors of out-of-vocabulary words from the n-gram matrix (cached per word)."""

    def __init__(self, ngrams: np.ndarray, width: int | None = None) -> None:
        self.ngrams = ngrams
        # Vectors wider than the n-grams: the subword part is their tail, the rest (PPMI columns
        # that an unknown word has none of) stays zero.
        self.pad = (width or ngrams.shape[1]) - ngrams.shape[1]
        self.vector = lru_cache(maxsize=200_000)(self._compose)

    def _compose(self, word: str) -> np.ndarray:
        rows = ngram_rows(word, len(self.ngrams))
        vec = self.ngrams[rows].mean(axis=0) if rows else np.zeros(self.ngrams.shape[1], np.float32)
        vec = vec / (np.linalg.norm(vec) + 1e-9)
        return np.concatenate([np.zeros(self.pad, np.float32), vec]).astype(np.float32)


def train_fasttext(
    docs: Iterable[Sequence[str]], vocab: Sequence[str], workers: int = 2
) -> tuple[np.ndarray, np.ndarray]:
    """(unit-length vectors of ``vocab`` in order, n-gram matrix) from skip-gram over ``docs``.

    ``docs`` (re-iterable) are normalised token lists of the unlabelled news
    (:class:`CorpusTokens`).  Seeded, but gensim's worker threads make reruns differ slightly
    (like the neural members themselves).
    """
    from gensim.models import FastText

    model = FastText(
        vector_size=DIMS,
        window=WINDOW,
        min_count=3,
        sg=1,
        min_n=MIN_N,
        max_n=MAX_N,
        bucket=BUCKETS,
        epochs=EPOCHS,
        workers=workers,
        seed=SEED,
        sample=1e-4,
        negative=5,
    )
    chunks = _Chunks(docs)
    model.build_vocab(corpus_iterable=chunks)
    model.train(corpus_iterable=chunks, total_examples=model.corpus_count, epochs=model.epochs)
    vectors = np.stack([model.wv[w] for w in vocab]).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    return vectors, np.asarray(model.wv.vectors_ngrams, dtype=np.float32)


class CorpusTokens:
    """Normalised tokens of the news corpora, one list per article, re-read on every pass (gensim
    makes several; re-tokenising takes seconds, holding 11M tokens would take gigabytes)."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self.paths = list(paths)

    def __iter__(self) -> Iterator[list[str]]:
        from marsad.extract.entities.clusters import corpus_texts, tokenize_norm

        for text in corpus_texts(self.paths):
            yield [t for t in tokenize_norm(text) if " " not in t and "\n" not in t]


class _Chunks:
    """Re-iterable token lists cut to gensim's 10,000-token sentence limit."""

    def __init__(self, docs: Iterable[Sequence[str]]) -> None:
        self.docs = docs

    def __iter__(self):
        for doc in self.docs:
            for i in range(0, len(doc), 10000):
                yield list(doc[i : i + 10000])
