"""Marsad (مرصد): an Arabic-first news-story engine."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from marsad.analysis import analyze


def __getattr__(name: str) -> Any:
    # Lazy so that `import marsad` (and `marsad --version`) stays instant.
    if name == "analyze":
        from marsad.analysis import analyze

        return analyze
    raise AttributeError(f"module 'marsad' has no attribute {name!r}")


__all__ = ["__version__", "analyze"]
