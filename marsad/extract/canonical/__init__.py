"""Canonical entities: one record per real-world referent across articles and stories."""

from marsad.extract.canonical.keys import name_key, phonetic_key, skeleton
from marsad.extract.canonical.resolve import entity_id, resolve_entities

__all__ = ["entity_id", "name_key", "phonetic_key", "resolve_entities", "skeleton"]
