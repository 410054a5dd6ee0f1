"""CRF features: word and affix forms, clitic-stripped core, shape, clusters, gazetteers, triggers.

Recall is the weak spot of a plain word/affix CRF on Arabic (names unseen in training are
missed), so most features here generalise beyond the word itself: distributional clusters
learnt on 70k news articles, gazetteer membership, and the trigger words around a name.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.extract.entities.gazetteer import Gazetteer, core, match
from marsad.text import normalize

_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")
_ARABIC = re.compile("[\u0621-\u064a]")


@dataclass(slots=True)
class Resources:
    """Everything the feature extractor looks words up in (loaded once, shared)."""

    clusters: dict[str, tuple[int, ...]]
    counts: dict[str, int]
    gazetteer: Gazetteer
    triggers: dict[str, str]


def _shape(token: str) -> str:
    if _ARABIC.search(token):
        return "ar"
    if _LATIN.search(token):
        return "Aa" if token[:1].isupper() else "a"
    if _DIGIT.search(token):
        return "d"
    return "p:" + token[:1]


def _freq_bucket(count: int) -> str:
    return str(min(6, int(math.log10(count + 1) * 1.5))) if count else "x"


def stripped_core(form: str, counts: dict[str, int]) -> str:
    """:func:`core` of a normalised form, also without a bare proclitic (و ب ل ف ك) when the word
    is rare and the rest is common (so وبوتين looks like بوتين)."""
    base = core(form)
    if form[:1] in "وفبلك" and len(form) > 4 and base == form:
        rest = form[1:]
        own = counts.get(form, 0)
        if own < 50 and counts.get(rest, 0) > 20 * own + 20:
            return core(rest)
    return base


def _token_features(token: str, res: Resources) -> tuple[list[str], str, str]:
    """Features of a token on its own, plus its core form and its 256-cluster id (for context)."""
    form = normalize(token)
    base = core(form)
    stripped = stripped_core(form, res.counts)
    cl = res.clusters.get(form) or res.clusters.get(stripped)
    feats = [
        "w=" + form,
        "c=" + stripped,
        "p1=" + stripped[:1],
        "p2=" + stripped[:2],
        "p3=" + stripped[:3],
        "s1=" + form[-1:],
        "s2=" + form[-2:],
        "s3=" + form[-3:],
        "sh=" + _shape(token),
        "len=" + str(min(len(stripped), 8)),
        "fq=" + _freq_bucket(res.counts.get(form, 0)),
    ]
    if form.startswith("ال") or base != form:
        feats.append("al")
    if stripped != form:
        feats.append("clitic=" + form[: len(form) - len(stripped)])
    if cl:
        feats += [f"k64={cl[0]}", f"k256={cl[1]}", f"k1k={cl[2]}"]
        c256 = str(cl[1])
    else:
        feats.append("k=unk")
        c256 = "unk"
    trig = res.triggers.get(stripped) or res.triggers.get(form)
    if trig:
        feats.append("trig=" + trig)
    return feats, stripped, c256


def sentence_features(tokens: Sequence[str], res: Resources, domain: str | None = None) -> list[list[str]]:
    """Feature strings for every token of one sentence (crfsuite's string-feature input).

    With ``domain`` every feature also gets a domain-specific copy ("frustratingly easy" domain
    adaptation, Daumé 2007): corpora with different conventions (WikiFANE, AQMAR, ANERcorp)
    share what they agree on through the plain copies and keep their quirks in their own.
    """
    per_token = [_token_features(t, res) for t in tokens]
    cores = [p[1] for p in per_token]
    c256 = [p[2] for p in per_token]
    gaz = match(cores, res.gazetteer)
    trig = [res.triggers.get(c, "") for c in cores]
    n = len(tokens)
    out: list[list[str]] = []
    for i in range(n):
        feats = ["bias", *per_token[i][0], "gz=" + gaz[i]]
        if gaz[i] != "O":
            feats.append("gzt=" + gaz[i][2:])
        if i == 0:
            feats.append("first")
        for off in (-3, -2, -1, 1, 2, 3):
            j = i + off
            if not 0 <= j < n:
                feats.append(f"{off}:pad")
                continue
            if trig[j]:
                feats.append(f"{off}:trig={trig[j]}")
            if abs(off) == 3:
                continue
            ofeats = per_token[j][0]
            feats.append(f"{off}:c={cores[j]}")
            feats.append(f"{off}:k={c256[j]}")
            feats.append(f"{off}:gz={gaz[j]}")
            if abs(off) == 1:
                feats.append(f"{off}:sh={ofeats[8][3:]}")
                feats.append(f"{off}:{ofeats[6]}")  # s2 of the neighbour (gentilic ـي، ـية …)
                feats.append(f"{off}:{ofeats[0]}")  # full form, clitics included
                k1k = next((f for f in ofeats if f.startswith("k1k=")), "k1k=unk")
                feats.append(f"{off}:{k1k}")
        if i > 0:
            feats.append(f"bg-={cores[i - 1]}|{cores[i]}")
            feats.append(f"kk-={c256[i - 1]}|{c256[i]}")
        if i + 1 < n:
            feats.append(f"bg+={cores[i]}|{cores[i + 1]}")
            feats.append(f"kk+={c256[i]}|{c256[i + 1]}")
        if domain:
            feats += [f"{domain}|{f}" for f in feats]
        out.append(feats)
    return out
