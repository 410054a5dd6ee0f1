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


# Last words of person names that are also ordinary words or name parts (عبد الله, نور الدين,
# محمد الأمين): never tagged alone on the strength of a full name.
_NOT_SURNAMES = frozenset(
    normalize(w)
    for w in (
        "الله",
        "الدين",
        "الرحمن",
        "الأمين",
        "العام",
        "السيد",
        "الكبير",
        "الصغير",
        "الجديد",
        "الأول",
        "الثاني",
        "الثالث",
        "الابن",
        "الأب",
        "جونيور",
    )
)
_NAME_LINKS = frozenset(normalize(w) for w in ("بن", "ابن", "بنت", "أبو", "أبي", "عبد", "ولد", "آل"))
_CLITICS = "وفبلك"


def propagate_surnames(
    tokens: Sequence[str], tags: Sequence[str], gazetteer: dict[tuple[str, ...], str]
) -> list[str]:
    """Tag the bare surname of a person the article names in full (ترامب after دونالد ترامب).

    News introduces a person once with the full name and then uses the surname alone, often
    in a context the tagger finds no cue in (وقال فالون إن …).  The last word of a multi-word
    PER span is taken as the surname unless it is a place or body in the gazetteer (الخليل),
    an ordinary word (_NOT_SURNAMES) or the second part of a compound (بن سلمان, عبد الله).
    """
    forms = [normalize(t) for t in tokens]
    known = surnames(tokens, tags, gazetteer)
    if not known:
        return list(tags)
    out = list(tags)
    # A surname run into the next word (وصول بومبيو بيونغيانغ: one PER span) is cut where a
    # known place follows it.
    for kind, start, end in spans(tags):
        surname_first = kind == "PER" and end - start == 2 and forms[start] in known
        if surname_first and gazetteer.get((core(forms[end - 1]),)) == "LOC":
            out[end - 1] = "B-LOC"
    for i, form in enumerate(forms):
        if out[i] != "O" or (i + 1 < len(out) and out[i + 1].startswith("I-")):
            continue
        bare = form[1:] if form[:1] in _CLITICS and len(form) > 3 else None
        if form not in known and bare not in known:
            continue
        near = [tokens[k] for k in (i - 1, i + 1) if 0 <= k < len(tokens)]
        if any(t.isdigit() for t in near):
            continue  # 25 ماي 2017: a month, not Theresa May
        out[i] = "B-PER"
    return out


def surnames(tokens: Sequence[str], tags: Sequence[str], gazetteer: dict[tuple[str, ...], str]) -> set[str]:
    """Normalised last words of the multi-word PER spans that can stand alone as a surname."""
    # Plain normalised forms, not core(): core would read فالون as ف + ال + ون.
    forms = [normalize(t) for t in tokens]
    found: set[str] = set()
    for kind, start, end in spans(tags):
        if kind != "PER" or end - start < 2:
            continue
        last, before = forms[end - 1], forms[end - 2]
        if (
            len(last) < 3
            or not last.isalpha()
            or last in _NOT_SURNAMES
            or before in _NAME_LINKS
            or gazetteer.get((core(last),), "PER") != "PER"
        ):
            continue
        found.add(last)
    return found
