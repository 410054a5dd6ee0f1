"""Shared evaluation arithmetic; each stage's evaluation lives beside the stage."""

from marsad.evaluate.metrics import f1

__all__ = ["f1"]
