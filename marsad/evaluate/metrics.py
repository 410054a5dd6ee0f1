"""Arithmetic every evaluation shares."""

from __future__ import annotations


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall; 0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def ratio(part: float, whole: float) -> float:
    """``part / whole``, and 0 for an empty ``whole``: the convention of every score here (a system
    that predicts nothing has precision 0, not 1)."""
    return part / whole if whole else 0.0
