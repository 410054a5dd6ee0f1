"""The shipped tagger: a crfsuite model plus the word clusters and gazetteer it was trained with.

Loaded lazily, once per process (never at import), from ``marsad/models``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Protocol

import numpy as np

from marsad.extract.entities.features import Resources, sentence_features
from marsad.extract.entities.gazetteer import core, load_gazetteer, match
from marsad.extract.entities.tokenize import split_at_periods
from marsad.text import normalize

PACKAGE = Path(__file__).resolve().parents[2]
MODELS_DIR = PACKAGE / "models"
CURATED_DIR = PACKAGE / "data" / "gazetteers"
MODEL_FILE = "ner_crf.crfsuite"
CLUSTERS_FILE = "ner_clusters.tsv.gz"
GAZETTEER_FILE = "ner_gazetteer.tsv.gz"
NEURAL_FILE = "ner_neural.npz"
# Forward/backward news language models (:mod:`langmodel`), read only by members with ``lm_proj``.
LM_FILE = "ner_lm.npz"
# Weight of the log CRF marginals added to the neural scores, tuned on the ANERcorp dev split: 0.5
# helped one neural model (0.754 → 0.759) but not the averaged three (0.770 → 0.764), so the CRF
# is only a baseline now (and the tagger runs without its costly marginals).
ENSEMBLE_WEIGHT = 0.0
# Inputs are tagged as if they came from ANERcorp: news text, the conventions graded on.
INFERENCE_DOMAIN = "aner"


class Tagger(Protocol):
    """What callers of the tagger rely on (the CRF, the neural tagger and their ensemble)."""

    resources: Resources
    domain: str

    def tag(self, tokens: Sequence[str]) -> list[str]: ...

    def tag_sentence(self, tokens: Sequence[str]) -> list[str]: ...


class NerTagger:
    """IOB2 PER/ORG/LOC/MISC tagger over tokens (clitics attached, punctuation split off)."""

    def __init__(self, model_path: Path, resources: Resources, domain: str = "aner") -> None:
        import pycrfsuite

        self.resources = resources
        # Which training corpus's conventions to follow: "aner" (news, the default), "aqmar"
        # (Wikipedia, AQMAR's broad MISC) or "wiki" (WikiFANE).
        self.domain = domain
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))
        # crfsuite taggers keep decoding state: one lock makes the shared instance thread-safe.
        self._lock = threading.Lock()

    def tag_sentence(self, tokens: Sequence[str]) -> list[str]:
        """Tags of one sentence (empty in, empty out)."""
        if not tokens:
            return []
        feats = sentence_features(tokens, self.resources, self.domain)
        with self._lock:
            return list(self._tagger.tag(feats))

    def marginals(self, tokens: Sequence[str]) -> np.ndarray:
        """Per-token posterior of every tag (columns in :data:`neural.TAGS` order) for one sentence."""
        from marsad.extract.entities.neural import TAGS

        feats = sentence_features(tokens, self.resources, self.domain)
        with self._lock:
            self._tagger.set(feats)
            known = set(self._tagger.labels())
            return np.array(
                [
                    [self._tagger.marginal(tag, t) if tag in known else 0.0 for tag in TAGS]
                    for t in range(len(tokens))
                ]
            )

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """Tags of a token run of any length: it is cut into sentences at '.' (as in ANERcorp)."""
        tags: list[str] = []
        for start, end in split_at_periods(tokens):
            tags.extend(self.tag_sentence(tokens[start:end]))
        return tags


def load_resources(models_dir: Path = MODELS_DIR, curated_dir: Path = CURATED_DIR) -> Resources:
    """Clusters, gazetteer and triggers as shipped."""
    from marsad.extract.entities.clusters import load_clusters
    from marsad.extract.entities.train import read_triggers

    clusters, counts = load_clusters(models_dir / CLUSTERS_FILE)
    return Resources(
        clusters, counts, load_gazetteer(models_dir / GAZETTEER_FILE), read_triggers(curated_dir)
    )


def neural_files(directory: Path) -> list[Path]:
    """The neural ensemble's member files: ``ner_neural.npz`` (with the word vectors), then
    ``ner_neural_2.npz``, ``ner_neural_3.npz`` … (differently seeded members), if present."""
    if not (directory / NEURAL_FILE).exists():
        return []
    extra = []
    k = 2
    while (directory / member_file(k)).exists():
        extra.append(directory / member_file(k))
        k += 1
    return [directory / NEURAL_FILE, *extra]


def member_file(number: int) -> str:
    """File name of the ``number``-th (1-based) neural ensemble member."""
    return NEURAL_FILE if number == 1 else NEURAL_FILE.replace(".npz", f"_{number}.npz")


def load_model_dir(directory: Path, domain: str = INFERENCE_DOMAIN) -> Tagger:
    """The ensemble of the neural tagger and the CRF in ``directory``, or the CRF alone when the
    directory has no neural model (e.g. one trained with ``--no-neural``)."""
    from marsad.extract.entities.neural import EnsembleTagger, NeuralTagger

    crf = NerTagger(directory / MODEL_FILE, load_resources(directory), domain)
    members = neural_files(directory)
    if not members:
        return crf
    lm = directory / LM_FILE
    neural = NeuralTagger(members, crf.resources, domain, lm if lm.exists() else None)
    return EnsembleTagger(neural, crf, ENSEMBLE_WEIGHT)


@cache
def get_tagger() -> Tagger:
    """The packaged tagger, loaded on first use and shared afterwards."""
    return load_model_dir(MODELS_DIR, INFERENCE_DOMAIN)


def gazetteer_tags(tokens: Sequence[str], resources: Resources) -> list[str]:
    """Baseline: longest-match gazetteer lookup, no learning (what the CRF is measured against)."""
    tags: list[str] = []
    for start, end in split_at_periods(tokens):
        cores = [core(normalize(t)) for t in tokens[start:end]]
        tags.extend(match(cores, resources.gazetteer))
    return tags
