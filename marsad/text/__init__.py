"""Text utilities shared by every stage: Arabic normalisation, words and sentences with offsets."""

from marsad.text.arabic import arabic_ratio, normalize, normalize_aligned, word_spans, words
from marsad.text.sentences import Sentence, split_sentences

__all__ = [
    "Sentence",
    "arabic_ratio",
    "normalize",
    "normalize_aligned",
    "split_sentences",
    "word_spans",
    "words",
]
