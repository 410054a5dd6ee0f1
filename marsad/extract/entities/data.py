"""Readers for the NER training corpora in ../shared/data/ner, mapped to PER/ORG/LOC/MISC IOB2.

Each corpus has its own tag set and tokenisation; everything is brought to ANERcorp's shape
(clitics attached, four coarse types) so one tagger can learn from all of them.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

Sentence = list[tuple[str, str]]

# WikiFANE's 50 fine classes (ACE-style) to the four coarse CoNLL types.
_WIKIFANE_COARSE = {
    "PER": {
        "Politician",
        "Religious_PER",
        "Artist",
        "Other_PER",
        "Scientist",
        "Athlete",
        "Businessperson",
        "Engineer",
        "Police",
    },
    "ORG": {
        "Non-Governmental",
        "Commercial",
        "Government",
        "Educational",
        "Media",
        "Sports",
        "Religious_ORG",
        "Medical-Science",
        "Entertainment",
    },
    "LOC": {
        "Nation",
        "Population-Center",
        "Water-Body",
        "State-or-Province",
        "Continent",
        "Land-Region-Natural",
        "Celestial",
        "County-or-District",
        "GPE-Cluster",
        "Building-Grounds",
        "Airport",
        "Path",
        "Subarea-Facility",
        "Address",
        "Boundary",
        "Special",
        "Plant",
        "Land",
    },
}
_WOJOOD_COARSE = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
_PROCLITIC_TOKENS = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"})
_ENCLITIC_TOKENS = frozenset({"ها", "هم", "هما", "هن", "ه", "نا", "كم", "ي", "ك"})


def _coarse_wikifane(fine: str) -> str | None:
    if fine == "Group":  # peoples and nationalities (الأمريكيون): not names in ANERcorp or news
        return None
    for coarse, fines in _WIKIFANE_COARSE.items():
        if fine in fines:
            return coarse
    return "MISC"


def _retag(tag: str, mapping) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, fine = tag.split("-", 1)
    coarse = mapping(fine)
    return f"{prefix}-{coarse}" if coarse else "O"


def parse_conll_line(line: str) -> tuple[str, str]:
    """(token, tag) of a non-blank ``token TAG`` line; a line starting with a space has an
    empty token (ANERcorp writes a few of those), and a missing tag reads as O."""
    fields = re.split(r"[ \t]+", line.rstrip("\r\n"))
    token = fields[0]
    tag = fields[-1] if len(fields) > 1 and fields[-1] else "O"
    return token, tag


def read_anercorp(path: Path) -> list[Sentence]:
    """ANERcorp: ``token TAG`` per line, no blank lines, sentences end at the token '.'."""
    sentences: list[Sentence] = []
    current: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        token, tag = parse_conll_line(line)
        if tag.startswith(("B-", "I-")) and tag.endswith("PERS"):
            tag = tag[:-1]
        if not tag.startswith(("B-", "I-")):
            tag = "O"
        current.append((token, tag))
        if token == ".":
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return _fix_iob(sentences)


def read_blank_separated(path: Path, mapping=None, gz: bool = False) -> list[Sentence]:
    """CoNLL-like files with blank lines between sentences; the first tag column is used."""
    opener = gzip.open if gz else open
    sentences: list[Sentence] = []
    current: Sentence = []
    with opener(path, "rt", encoding="utf-8-sig") as handle:
        for line in handle:
            line = line.replace("\u200e", "").replace("\u200f", "").replace("\ufeff", "")
            parts = line.split()
            if not parts:
                if current:
                    sentences.append(current)
                current = []
                continue
            token = parts[0]
            tag = parts[1] if len(parts) > 1 else "O"
            if mapping is not None:
                tag = _retag(tag, mapping)
            current.append((token, tag))
    if current:
        sentences.append(current)
    return _fix_iob(sentences)


def read_aqmar(path: Path) -> list[Sentence]:
    """AQMAR: PER/LOC/ORG/MIS (and MIS-like subtypes) → the four types."""

    def mapping(fine: str) -> str:
        return fine if fine in {"PER", "LOC", "ORG"} else "MISC"

    return read_blank_separated(path, mapping)


def read_wikifane(path: Path) -> list[Sentence]:
    """WikiFANE gold: fine classes mapped to four; its split-off proclitics are re-attached."""
    return [_attach_clitics(s) for s in read_blank_separated(path, _coarse_wikifane, gz=True)]


def read_wojood(path: Path) -> list[Sentence]:
    """Wojood sample: nested tags, the outermost (first) one kept; non-name types become O."""
    return read_blank_separated(path, _WOJOOD_COARSE.get)


def _attach_clitics(sentence: Sentence) -> Sentence:
    """Glue split clitics (و ب ل … before, ها هم … after) back on, as ANERcorp writes words."""
    out: Sentence = []
    pending = ""
    for token, tag in sentence:
        if token in _ENCLITIC_TOKENS and tag == "O" and out and not pending:
            prev_token, prev_tag = out[-1]
            stem = prev_token[:-1] + "ت" if prev_token.endswith("ة") else prev_token
            out[-1] = (stem + token, prev_tag)
            continue
        if token in _PROCLITIC_TOKENS and tag == "O":
            pending += token
            continue
        out.append((pending + token, tag))
        pending = ""
    if pending:
        out.append((pending, "O"))
    return out


def _fix_iob(sentences: list[Sentence]) -> list[Sentence]:
    """Repair IOB2: an I- tag that does not continue the same type becomes B-."""
    fixed: list[Sentence] = []
    for sentence in sentences:
        prev = "O"
        out: Sentence = []
        for token, tag in sentence:
            if tag.startswith("I-") and prev[2:] != tag[2:]:
                tag = "B-" + tag[2:]
            out.append((token, tag))
            prev = tag
        fixed.append(out)
    return fixed


def anercorp_split(sentences: list[Sentence], dev_fraction: float = 1 / 6) -> tuple[list, list]:
    """Document-order split: the last ``dev_fraction`` of tokens is the held-out dev portion."""
    total = sum(len(s) for s in sentences)
    cut = total * (1 - dev_fraction)
    seen = 0
    for i, sentence in enumerate(sentences):
        if seen >= cut:
            return sentences[:i], sentences[i:]
        seen += len(sentence)
    return sentences, []


def load_corpora(root: Path) -> dict[str, list[Sentence]]:
    """All training corpora under ``root`` (= ../shared/data/ner), keyed by name."""
    return {
        "anercorp": read_anercorp(root / "anercorp_train.txt"),
        "aqmar_train": read_aqmar(root / "aqmar_train.txt"),
        "aqmar_dev": read_aqmar(root / "aqmar_dev.txt"),
        "wikifane": read_wikifane(root / "wikifane_gold_2014.txt.gz"),
        "wojood": read_wojood(root / "wojood_sample_train.txt") + read_wojood(root / "wojood_sample_val.txt"),
    }
