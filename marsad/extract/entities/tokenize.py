"""Tokenisation that matches the training corpora: punctuation split off, clitics left attached.

ANERcorp (the main training set) keeps proclitics such as و/ب/ل on the word and splits
punctuation into tokens of its own, so raw text is cut the same way before tagging; otherwise
the tagger would see token shapes it never saw in training.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

# A word: letters/digits/underscore plus Arabic diacritics and tatweel (kept inside the word so
# offsets stay on the displayed text).  Any other non-space character is a token by itself.
_TOKEN = re.compile(r"[\w\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed]+|[^\w\s]", re.UNICODE)

# ANERcorp sentences end at '.'; long runs without blank lines are cut there (and at other
# sentence-final marks) so the CRF sees sentence-sized sequences.
SENTENCE_END = frozenset({".", "?", "!", "؟"})
MAX_SENTENCE = 250


def token_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every token of ``text``; offsets index the original string."""
    return [m.span() for m in _TOKEN.finditer(text)]


def split_at_periods(tokens: Sequence[str], max_len: int = MAX_SENTENCE) -> Iterator[tuple[int, int]]:
    """(start, end) index ranges cutting a token run into sentences at final punctuation.

    Runs longer than ``max_len`` without any stop are cut anyway to bound CRF decoding cost.
    """
    start = 0
    for i, tok in enumerate(tokens):
        if tok in SENTENCE_END or i - start + 1 >= max_len:
            yield start, i + 1
            start = i + 1
    if start < len(tokens):
        yield start, len(tokens)
