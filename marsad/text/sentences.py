"""Sentence splitting that keeps character offsets into the original text."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sentencex import segment


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int


@lru_cache(maxsize=4096)
def _segments(text: str, language: str) -> tuple[str, ...]:
    return tuple(segment(language, text))


def split_sentences(text: str, language: str = "ar") -> list[Sentence]:
    """Sentences of ``text`` with offsets; surrounding whitespace is trimmed off each span."""
    sentences: list[Sentence] = []
    cursor = 0
    for piece in _segments(text, language or "ar"):
        found = text.find(piece, cursor)
        if found < 0:  # the segmenter altered the piece; fall back to its stripped form
            found = text.find(piece.strip(), cursor)
            if found < 0:
                continue
            piece = piece.strip()
        start, end = found, found + len(piece)
        cursor = end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            sentences.append(Sentence(text[start:end], start, end))
    return sentences
