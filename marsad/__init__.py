"""Marsad (مرصد): an Arabic-first news-story engine."""

__version__ = "0.1.0"
