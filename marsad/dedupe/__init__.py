"""Exact and near-duplicate detection (wire copies, partial copies, re-posts) for the dedupe stage."""

from marsad.dedupe.index import (
    DedupeSettings,
    Match,
    NearDuplicateIndex,
    Postings,
    find_duplicates,
    overlap_scores,
)
from marsad.dedupe.shingles import (
    compact_set,
    dedupe_tokens,
    exact_key,
    shingle_hashes,
    shingle_hashes64,
    token_key,
    word_shingles,
)
from marsad.dedupe.stage import mark_duplicates

__all__ = [
    "DedupeSettings",
    "Match",
    "NearDuplicateIndex",
    "Postings",
    "compact_set",
    "dedupe_tokens",
    "exact_key",
    "find_duplicates",
    "mark_duplicates",
    "overlap_scores",
    "shingle_hashes",
    "shingle_hashes64",
    "token_key",
    "word_shingles",
]
