"""A story's word matches found through shared keys are exactly those of testing every pair."""

from __future__ import annotations

import random

from marsad.compare import lexicon as lx
from marsad.compare.claims import same_word, synonyms
from marsad.compare.story import _Related

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةءىأ"


def _variants(stem: str, rng: random.Random) -> list[str]:
    """The forms ``same_word`` may match: one letter replaced, dropped or added at either end or
    inside, a short ending, a و/ف proclitic."""
    i = rng.randrange(len(stem))
    letter = rng.choice(LETTERS)
    return [
        stem[:i] + letter + stem[i + 1 :],
        stem[:i] + stem[i + 1 :],
        stem[:i] + letter + stem[i:],
        stem + rng.choice(("ه", "ها", "ين", "ات")),
        rng.choice("وف") + stem,
    ]


def test_related_equals_the_pairwise_test() -> None:
    rng = random.Random(7)
    base = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(2, 8))) for _ in range(150)]
    lexicon_words = [word for group in lx.SYNONYMS[:40] for word in list(group)[:3]]
    vocabulary = set(base) | set(lexicon_words)
    for stem in base + lexicon_words:
        vocabulary.update(_variants(stem, rng) if len(stem) > 1 else [])
    vocabulary = {w for w in vocabulary if w}
    related = _Related(vocabulary)
    for x in vocabulary:
        expected = {y for y in vocabulary if same_word(x, y) or synonyms(x, y)}
        assert related(x) == expected, x
