"""Gazetteers: place names from CLDR (via babel), names mined from the training corpora,
a curated list of news outlets, and context triggers (titles, head nouns).

Entries are matched on *core* forms (normalised, proclitics and the article stripped), so
والولايات المتحدة and الولايات المتحدة hit the same entry.  Sources and licenses: CLDR data is
Unicode-licensed (via babel, BSD); the mined lists come from ../shared/data/ner training files;
the curated files in marsad/data/gazetteers are Marsad's own.
"""

from __future__ import annotations

import gzip
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from marsad.text import normalize

_PROCLITIC_CHARS = "وفبلك"
MAX_ENTRY_TOKENS = 6
Gazetteer = dict[tuple[str, ...], str]


def strip_article(form: str) -> str:
    """Drop a leading ال from a normalised word (kept when nothing would remain)."""
    return form[2:] if form.startswith("ال") and len(form) > 3 else form


def core(form: str) -> str:
    """Normalised word without proclitics and article: the key gazetteers and clusters share.

    Only unambiguous clitic+article clusters are stripped (وال، بال، لل، …); a bare leading
    و/ب/ل is left alone here because it is so often part of the stem (وزير، بغداد، لبنان).
    """
    for prefix, keep in (("وبال", 4), ("وال", 3), ("فال", 3), ("بال", 3), ("كال", 3), ("ولل", 3), ("فلل", 3)):
        if form.startswith(prefix) and len(form) > keep + 1:
            return form[keep:]
    if form.startswith("لل") and len(form) > 3:
        return form[2:]
    return strip_article(form)


def phrase_key(text: str) -> tuple[str, ...]:
    """Gazetteer key of a (possibly multi-word) name."""
    from marsad.extract.entities.tokenize import token_spans

    return tuple(core(normalize(text[s:e])) for s, e in token_spans(text))


def cldr_places() -> list[tuple[str, str]]:
    """(Arabic name, LOC) for countries/regions and time-zone exemplar cities from CLDR."""
    from babel import Locale

    locale = Locale("ar")
    names: set[str] = set()
    for code, name in locale.territories.items():
        if code.isalpha():
            names.add(name.split("(")[0].strip())
    for zone in locale.time_zones.values():
        city = zone.get("city")
        if city:
            names.add(city)
    return sorted((n, "LOC") for n in names if n)


def mine_names(sentences: Iterable[Sequence[tuple[str, str]]], purity: float = 0.7) -> list[tuple[str, str]]:
    """Names labelled in training data, kept when one type dominates and, for single words,
    when the word is tagged as a name at least as often as it is left untagged."""
    types: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    untagged: Counter = Counter()
    surface: dict[tuple[str, ...], str] = {}
    for sentence in sentences:
        span: list[str] = []
        label = ""
        for token, tag in [*sentence, ("", "O")]:
            if tag.startswith("I-") and span and tag[2:] == label:
                span.append(token)
                continue
            if span:
                key = tuple(core(normalize(t)) for t in span)
                if len(key) <= MAX_ENTRY_TOKENS:
                    types[key][label] += 1
                    surface.setdefault(key, " ".join(span))
            span, label = ([token], tag[2:]) if tag.startswith(("B-", "I-")) else ([], "")
            if tag == "O" and token:
                untagged[core(normalize(token))] += 1
    out = []
    for key, counts in types.items():
        label, n = counts.most_common(1)[0]
        if n / sum(counts.values()) < purity or not all(key):
            continue
        if len(key) == 1 and untagged[key[0]] > sum(counts.values()):
            continue
        out.append((surface[key], label))
    return sorted(out)


def read_list(path: Path, label: str | None = None) -> list[tuple[str, str]]:
    """Entries of a curated file: one name per line, or ``name<TAB>label``; '#' comments."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        entries.append((parts[0].strip(), parts[1].strip() if len(parts) > 1 else label or "ORG"))
    return entries


def build_gazetteer(entries: Iterable[tuple[str, str]]) -> Gazetteer:
    """Key → type; later entries win, so pass the most trusted source last."""
    gaz: Gazetteer = {}
    for name, label in entries:
        key = phrase_key(name)
        if key and all(key):
            gaz[key] = label
    return gaz


def save_gazetteer(gaz: Gazetteer, path: Path) -> None:
    lines = sorted(f"{' '.join(k)}\t{v}" for k, v in gaz.items())
    with gzip.GzipFile(path, "wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))


def load_gazetteer(path: Path) -> Gazetteer:
    gaz: Gazetteer = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            key, _, label = line.rstrip("\n").partition("\t")
            if key:
                gaz[tuple(key.split(" "))] = label
    return gaz


def match(cores: Sequence[str], gaz: Gazetteer) -> list[str]:
    """IOB labels of the longest gazetteer matches over a sentence's core forms."""
    labels = ["O"] * len(cores)
    i = 0
    while i < len(cores):
        for n in range(min(MAX_ENTRY_TOKENS, len(cores) - i), 0, -1):
            label = gaz.get(tuple(cores[i : i + n]))
            if label:
                labels[i] = "B-" + label
                for j in range(i + 1, i + n):
                    labels[j] = "I-" + label
                i += n
                break
        else:
            i += 1
    return labels
