"""Arabic named-entity tagging (PER/ORG/LOC/MISC, IOB2) with BiLSTM-CRFs and a CRF trained in-house.

Public API: :func:`find_mentions` for raw text, :func:`tag_tokens` for pre-tokenised text,
:func:`get_tagger` for the shared model object.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.extract.entities.mentions import find_mentions
from marsad.extract.entities.model import NerTagger, Tagger, get_tagger
from marsad.extract.entities.tokenize import token_spans


def tag_tokens(tokens: Sequence[str]) -> list[str]:
    """IOB2 tags for a token run (clitics attached, punctuation as separate tokens)."""
    return get_tagger().tag(tokens)


__all__ = ["NerTagger", "Tagger", "find_mentions", "get_tagger", "tag_tokens", "token_spans"]
