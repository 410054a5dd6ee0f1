"""One sense per discourse: a name tagged in most of its occurrences is tagged in all of them.

A CRF decides each sentence alone and misses a name in an unhelpful context (وقال ترامب إنه …)
that it found elsewhere in the same article; relabelling the untagged occurrences of a form
the article itself mostly tags recovers those misses without a lexicon.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from marsad.extract.entities.gazetteer import core
from marsad.extract.entities.metrics import spans
from marsad.text import normalize

MAX_KEY = 4


def propagate(tokens: Sequence[str], tags: Sequence[str], min_share: float = 0.5) -> list[str]:
    """Tags with untagged occurrences of mostly-tagged names filled in (same type)."""
    cores = [core(normalize(t)) for t in tokens]
    labelled: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for kind, start, end in spans(tags):
        if end - start <= MAX_KEY:
            labelled[tuple(cores[start:end])][kind] += 1
    if not labelled:
        return list(tags)
    total: Counter = Counter()
    for n in range(1, MAX_KEY + 1):
        for i in range(len(cores) - n + 1):
            key = tuple(cores[i : i + n])
            if key in labelled:
                total[key] += 1
    out = list(tags)
    for key in sorted(labelled, key=lambda k: (-len(k), k)):
        kind = labelled[key].most_common(1)[0][0]
        if sum(labelled[key].values()) < min_share * total[key] or any(len(c) < 2 for c in key):
            continue
        n = len(key)
        for i in range(len(cores) - n + 1):
            if tuple(cores[i : i + n]) == key and all(t == "O" for t in out[i : i + n]):
                out[i] = "B-" + kind
                for j in range(i + 1, i + n):
                    out[j] = "I-" + kind
    return out
