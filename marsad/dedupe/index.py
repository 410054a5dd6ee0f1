"""Incremental exact and near-duplicate detection: two candidate channels, one exact verification.

Why.  MinHash estimates *resemblance* (Jaccard), but a syndicated copy that keeps only a few
paragraphs of a long agency text is almost wholly *contained* in it while their resemblance is
0.05-0.2, far below any usable LSH threshold.  So candidates come from two channels:

1. **MinHash LSH** for copies of similar length: rensa R-MinHash sketches cut into many bands of
   two rows (pairs with resemblance 0.2 are retrieved with probability above 0.9).  The band keys
   go into the same compact postings as the anchors: rensa's own ``RMinHashLSH`` holds about
   6 KB per article at 64 bands, these postings 0.5 KB;
2. **MOD-m anchors** (Broder 1997, "On the resemblance and containment of documents"): every shingle
   whose hash is 0 mod ``anchor_modulus`` is an anchor, in a compact inverted index.  The anchors
   of a contained text are a subset of those of its container, so this sample preserves
   containment where MinHash cannot; anchors found in too many articles (datelines, stock
   phrases) are skipped.

Every candidate is then verified exactly on the stored shingle sets with the overlap coefficient
``|A ∩ B| / min(|A|, |B|)``: the share of the smaller text found in the other one.  Two different
articles on one event share names and a few phrases, not most of their word n-grams, so they stay
well under the bar.

Memory per article: one sorted ``uint32`` array of shingle hashes (4 bytes a shingle), its anchors
(8 bytes each, about a quarter of the shingles) and its band keys (8 bytes a band); no token
strings or sketches are kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from marsad.dedupe.shingles import ROLL, compact_set, dedupe_tokens, fmix64, shingle_hashes64, token_key


@dataclass(frozen=True, slots=True)
class DedupeSettings:
    """Parameters of :class:`NearDuplicateIndex` (defaults tuned on the dev split, see docs/dedupe.md).

    ``num_perm / num_bands`` rows per band set the LSH S-curve: 2 rows give retrieval probability
    ``1 - (1 - J**2) ** 64``, i.e. 0.93 at Jaccard 0.2 and > 0.99 at 0.3.
    """

    shingle_words: int = 3
    num_perm: int = 128
    num_bands: int = 64
    seed: int = 1405
    # Share of the smaller text's shingles that must occur in the other text.
    min_overlap: float = 0.45
    # Shared shingles required as well, so two tiny texts never match on a couple of phrases.
    min_shared_shingles: int = 8
    # Texts shorter than this are never matched, not even exactly: a bare "فيديو" or "صور" body
    # on two pages says nothing about the articles being the same.
    min_words: int = 5
    # Containment channel: 1 in ``anchor_modulus`` shingles is an anchor; a stored article sharing
    # ``min_anchor_hits`` anchors is a candidate; anchors in more than ``max_anchor_articles``
    # articles are too common to point anywhere; at most ``max_candidates`` are verified.
    anchor_modulus: int = 4
    min_anchor_hits: int = 2
    max_anchor_articles: int = 64
    max_candidates: int = 48


@dataclass(frozen=True, slots=True)
class Match:
    """A verified near-duplicate candidate: stored position and its exact overlap scores."""

    position: int
    article_id: str
    shared: int
    overlap: float
    jaccard: float


def overlap_scores(a: np.ndarray, b: np.ndarray) -> tuple[int, float, float]:
    """(shared count, overlap coefficient, Jaccard) of two sorted unique hash arrays."""
    if a.size == 0 or b.size == 0:
        return 0, 0.0, 0.0
    small, large = (a, b) if a.size <= b.size else (b, a)
    idx = np.searchsorted(large, small)
    idx[idx == large.size] = 0
    shared = int(np.count_nonzero(large[idx] == small))
    return shared, shared / small.size, shared / (a.size + b.size - shared)


_EMPTY_RUN = (np.empty(0, dtype=np.uint32), np.empty(0, dtype=np.uint32))


class Postings:
    """32-bit key (anchor or LSH band) -> positions of the articles holding it; compact, append-only.

    A small log-structured merge index: postings live in sorted runs of ``uint32`` keys and values
    (8 bytes a posting, no Python object per posting).  Each add is merged into a small recent
    run; a full recent run joins the list of runs, and runs are merged while one is not at least
    ``ratio`` times the next, so there are O(log n) runs and each posting is copied O(log n) times.
    Positions only grow, so inserting after equal keys keeps each key's postings in arrival order.
    """

    def __init__(self, recent_postings: int = 4096, ratio: int = 4) -> None:
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []
        self._recent = _EMPTY_RUN
        self._recent_postings = recent_postings
        self._ratio = ratio

    def __len__(self) -> int:
        return sum(keys.size for keys, _ in (*self._runs, self._recent))

    @staticmethod
    def _merged(
        older: tuple[np.ndarray, np.ndarray], keys: np.ndarray, values: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        at = np.searchsorted(older[0], keys, side="right")
        return np.insert(older[0], at, keys), np.insert(older[1], at, values)

    def add(self, position: int, keys: np.ndarray) -> None:
        """Record that article ``position`` holds ``keys`` (unique ``uint32`` below 2**32 - 1)."""
        if keys.size == 0:
            return
        keys = np.sort(keys.astype(np.uint32))
        values = np.full(keys.size, position, dtype=np.uint32)
        self._recent = self._merged(self._recent, keys, values)
        if self._recent[0].size < self._recent_postings:
            return
        self._runs.append(self._recent)
        self._recent = _EMPTY_RUN
        while len(self._runs) > 1 and self._runs[-2][0].size < self._ratio * self._runs[-1][0].size:
            newer = self._runs.pop()
            self._runs[-1] = self._merged(self._runs[-1], *newer)

    def hits(self, *queries: tuple[np.ndarray, int]) -> list[tuple[np.ndarray, np.ndarray]]:
        """For each ``(keys, max_articles)``: stored positions and how many of ``keys`` each holds.

        Keys held by more than ``max_articles`` articles are skipped.  All queries share the binary
        searches in each run, which are most of the cost; a key's postings end where ``key + 1``'s
        begin, and that end is only looked up for keys the run holds.
        """
        runs = [run for run in (*self._runs, self._recent) if run[0].size]
        empty = (np.empty(0, dtype=np.uint32), np.empty(0, dtype=np.int64))
        if not runs:
            return [empty for _ in queries]
        keys = np.concatenate([q[0] for q in queries]).astype(np.uint32)
        cut = np.cumsum([0, *(q[0].size for q in queries)])
        bounds = []
        total = np.zeros(keys.size, dtype=np.int64)
        for run_keys, _ in runs:
            lo = np.searchsorted(run_keys, keys)
            count = np.zeros(keys.size, dtype=np.int64)
            held = run_keys[np.minimum(lo, run_keys.size - 1)] == keys
            if held.any():  # most keys are absent: search the end only for those present
                count[held] = np.searchsorted(run_keys, keys[held] + np.uint32(1)) - lo[held]
            bounds.append((lo, count))
            total += count
        answers = []
        for n, (_, max_articles) in enumerate(queries):
            part = slice(cut[n], cut[n + 1])
            usable = (total[part] > 0) & (total[part] <= max_articles)
            found = []
            for (_, values), (lo, count) in zip(runs, bounds, strict=True):
                starts, lengths = lo[part][usable], count[part][usable]
                offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
                found.append(values[offsets])
            answers.append(np.unique(np.concatenate(found), return_counts=True) if found else empty)
        return answers


class NearDuplicateIndex:
    """Articles seen so far; :meth:`add` says which earlier article a new one duplicates.

    Deterministic (fixed MinHash seed, stable hashes, ties broken by arrival order) and idempotent
    (adding an id again returns its first answer and changes nothing).  The answer is always the
    *first* article of the duplicate group, so every copy of a wire text points at one original.
    """

    def __init__(self, settings: DedupeSettings | None = None) -> None:
        self.settings = settings or DedupeSettings()
        s = self.settings
        if s.num_perm % s.num_bands:
            raise ValueError(f"num_perm ({s.num_perm}) must be a multiple of num_bands ({s.num_bands})")
        self._band_salt = np.arange(s.num_bands, dtype=np.uint64)
        self._ids: list[str] = []
        self._position: dict[str, int] = {}
        self._duplicate_of: list[str | None] = []
        self._shingles: list[np.ndarray] = []
        self._exact: dict[bytes, int] = {}
        self._postings = Postings()  # anchors and band keys together: one lookup per article

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._position

    def duplicate_of(self, article_id: str) -> str | None:
        """The recorded answer for an id already added (``KeyError`` if it was never added)."""
        return self._duplicate_of[self._position[article_id]]

    def _band_keys(self, hashes64: np.ndarray) -> np.ndarray:
        """LSH band keys of the shingles' rensa R-MinHash sketch (sorted unique ``uint32``).

        The shingles are fed to rensa as 8-byte tokens (no shingle strings are built); each band's
        rows and the band's number are folded into one key, so equal keys mean an equal band.
        """
        from rensa import RMinHash

        raw = hashes64.tobytes()
        sketch = RMinHash(self.settings.num_perm, self.settings.seed)
        sketch.update([raw[i : i + 8] for i in range(0, len(raw), 8)])
        rows = np.asarray(sketch.digest(), dtype=np.uint64).reshape(self.settings.num_bands, -1)
        combined = self._band_salt.copy()
        with np.errstate(over="ignore"):
            for column in range(rows.shape[1]):
                combined = combined * ROLL + rows[:, column]
            return compact_set(fmix64(combined))

    def matches(self, text: str) -> list[Match]:
        """Verified near-duplicates of ``text`` among stored articles, best first (read-only)."""
        tokens = dedupe_tokens(text)
        if len(tokens) < self.settings.min_words:
            return []
        hashes64 = shingle_hashes64(tokens, self.settings.shingle_words)
        hashes = compact_set(hashes64)
        return self._verify(self._band_keys(hashes64), hashes, self._anchor_sample(hashes))

    def _anchor_sample(self, hashes: np.ndarray) -> np.ndarray:
        return hashes[hashes % np.uint32(self.settings.anchor_modulus) == 0]

    def _candidates(self, bands: np.ndarray, anchors: np.ndarray) -> list[int]:
        s = self.settings
        (positions, counts), (by_band, _) = self._postings.hits(
            (anchors, s.max_anchor_articles), (bands, len(self._ids) + 1)
        )
        enough = counts >= s.min_anchor_hits
        positions, counts = positions[enough], counts[enough]
        best = positions[np.lexsort((positions, -counts))[: s.max_candidates]]
        return sorted({*best.tolist(), *by_band.tolist()})

    def _verify(self, bands: np.ndarray, hashes: np.ndarray, anchors: np.ndarray) -> list[Match]:
        s = self.settings
        found: list[Match] = []
        for position in self._candidates(bands, anchors):
            shared, overlap, jaccard = overlap_scores(hashes, self._shingles[position])
            if shared >= s.min_shared_shingles and overlap >= s.min_overlap:
                found.append(Match(position, self._ids[position], shared, overlap, jaccard))
        found.sort(key=lambda m: (-m.overlap, -m.jaccard, m.position))
        return found

    def add(self, article_id: str, text: str) -> str | None:
        """Index an article; return the id of the earlier article it duplicates, else ``None``.

        Exact copies (same normalised words) are found first through a hash table; otherwise the
        best verified near-duplicate wins.  Texts under ``min_words`` words are recorded but never
        matched.
        """
        known = self._position.get(article_id)
        if known is not None:
            return self._duplicate_of[known]
        tokens = dedupe_tokens(text)
        if len(tokens) < self.settings.min_words:
            tokens = []
        hashes64 = shingle_hashes64(tokens, self.settings.shingle_words)
        hashes = compact_set(hashes64)
        anchors = self._anchor_sample(hashes)
        bands = self._band_keys(hashes64) if hashes64.size else None
        position = len(self._ids)
        answer: str | None = None
        key = token_key(tokens) if tokens else None
        if key is not None and key in self._exact:
            answer = self._root(self._exact[key])
        elif bands is not None:
            found = self._verify(bands, hashes, anchors)
            if found:
                answer = self._root(found[0].position)
        self._ids.append(article_id)
        self._position[article_id] = position
        self._duplicate_of.append(answer)
        self._shingles.append(hashes)
        if key is not None:
            self._exact.setdefault(key, position)
        if bands is not None:
            self._postings.add(position, np.union1d(anchors, bands))
        return answer

    def _root(self, position: int) -> str:
        return self._duplicate_of[position] or self._ids[position]


def find_duplicates(
    items: Iterable[tuple[str, str]], settings: DedupeSettings | None = None
) -> dict[str, str]:
    """``{id: id of the earlier article it duplicates}`` for the duplicates among ``items`` (in order).

    Articles that duplicate nothing are absent; a repeated id keeps its first answer.
    """
    index = NearDuplicateIndex(settings)
    result: dict[str, str] = {}
    for article_id, text in items:
        if article_id in index:
            continue
        duplicate = index.add(article_id, text)
        if duplicate is not None:
            result[article_id] = duplicate
    return result
