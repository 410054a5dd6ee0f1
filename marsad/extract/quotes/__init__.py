"""Quote extraction: who said what, through whom (speaker, channel chain, statement span)."""

from marsad.extract.quotes.extractor import extract_quotes
from marsad.extract.quotes.scoring import QuoteScores, baseline_quotes, score_quotes

__all__ = ["QuoteScores", "baseline_quotes", "extract_quotes", "score_quotes"]
