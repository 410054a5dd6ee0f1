"""Tokens, shingles and keys for duplicate detection.

Everything here works on the lossy matching form of the text (``marsad.text.normalize`` via
``words``), so diacritics, tatweel, alef/yaa/taa-marbuta spellings, Eastern vs Western digits and
whitespace never make two copies of one text look different.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from marsad.text import words

# Digit-group separators (ASCII comma/point, Arabic thousands ٬ and decimal ٫ separators) between two
# digits are removed, so "1,500", "1500" and "١٬٥٠٠" give the same token.  Decimal points go too:
# "1.5" becomes "15" -- harmless, because both copies of a text are folded the same way.
_DIGIT_SEPARATOR = re.compile(
    r"(?<=[0-9\u0660-\u0669\u06f0-\u06f9])[,.\u066b\u066c](?=[0-9\u0660-\u0669\u06f0-\u06f9])"
)

# Arabic punctuation inside the U+0600 block (، ؛ ؟ ٪ ٭ ۔ and leftover separators): the shared
# ``words`` tokeniser treats the block as word characters, so "مستقرة،" would differ from "مستقرة".
_ARABIC_PUNCTUATION = re.compile("[\u060c\u060d\u061b\u061e\u061f\u066a-\u066d\u06d4]")

# Digit runs are padded with spaces, so a number glued to a letter ("و1500", "2015م") matches its
# spaced form.  (One plain pass: a lookbehind pattern costs four times as much.)
_DIGIT_RUN = re.compile("[0-9\u0660-\u0669\u06f0-\u06f9]+")

# Tokens that carry no content of the story and come and go with site furniture (links, handles);
# dropping them keeps a changed footer like "www.example.com" from producing new shingles.
_FURNITURE_TOKENS = frozenset({"http", "https", "www", "com", "net", "org", "html", "htm", "php", "aspx"})


def _pad(match: re.Match[str]) -> str:
    return f" {match.group()} "


def dedupe_tokens(text: str) -> list[str]:
    """Normalised word tokens used for keys and shingles: furniture tokens and lone letters dropped."""
    joined = _ARABIC_PUNCTUATION.sub(" ", _DIGIT_SEPARATOR.sub("", text))
    joined = _DIGIT_RUN.sub(_pad, joined)
    return [w for w in words(joined) if w not in _FURNITURE_TOKENS and (len(w) > 1 or w.isdigit())]


def token_key(tokens: list[str]) -> bytes:
    """16-byte BLAKE2b digest of a token sequence: the exact-duplicate key."""
    return hashlib.blake2b(" ".join(tokens).encode("utf-8"), digest_size=16).digest()


def exact_key(text: str) -> str:
    """Hex digest of the normalised token sequence: equal for copies that differ only in form.

    Whitespace, punctuation, diacritics, tatweel, letter-variant spellings and digit forms do not
    change the key; any change of a word does.
    """
    return token_key(dedupe_tokens(text)).hex()


def word_shingles(tokens: list[str], size: int) -> list[str]:
    """Word ``size``-grams of ``tokens`` as strings (for other libraries, e.g. the datasketch baseline).

    A text shorter than ``size`` words is one shingle.  The index itself never builds these strings:
    it hashes the same windows with :func:`shingle_hashes64`.
    """
    if len(tokens) < size:
        return [" ".join(tokens)] if tokens else []
    return [" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)]


def fmix64(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser: every output bit depends on every input bit."""
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


ROLL = np.uint64(0x9E3779B97F4A7C15)  # odd multiplier of the polynomial window hash


def shingle_hashes64(tokens: list[str], size: int) -> np.ndarray:
    """64-bit hashes of the word ``size``-grams of ``tokens`` (in text order, repeats kept).

    Tokens are hashed once (rensa's seedless FxHash: stable across runs, unlike Python's ``hash``)
    and combined with a polynomial over the window, so no shingle string is ever built.  A text
    shorter than ``size`` words is one shingle.
    """
    if not tokens:
        return np.empty(0, dtype=np.uint64)
    from rensa import RMinHash

    token_hashes = np.asarray(RMinHash.hash_token_sets([tokens])[0], dtype=np.uint64)
    width = min(size, token_hashes.size)
    count = token_hashes.size - width + 1
    rolled = token_hashes[:count].copy()
    with np.errstate(over="ignore"):
        for offset in range(1, width):
            rolled = rolled * ROLL + token_hashes[offset : offset + count]
        return fmix64(rolled)


def compact_set(hashes64: np.ndarray) -> np.ndarray:
    """Sorted unique 32-bit form of 64-bit shingle hashes: what the index stores and compares.

    32 bits keep stored sets small while a chance collision between two texts of a few hundred
    shingles stays around 1e-5.
    """
    # 2**32 - 1 is folded onto its neighbour so that ``key + 1`` never wraps in the postings lookup.
    return np.unique(np.minimum(hashes64 >> np.uint64(32), np.uint64(0xFFFFFFFE)).astype(np.uint32))


def shingle_hashes(tokens: list[str], size: int) -> np.ndarray:
    """Sorted unique 32-bit hashes of the word ``size``-grams of ``tokens``."""
    return compact_set(shingle_hashes64(tokens, size))
