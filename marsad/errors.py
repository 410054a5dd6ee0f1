"""Named errors.  Bad *data* is not raised but reported as a ``Drop``; these are for bad
configuration or calls, and each message says what to do next."""

from __future__ import annotations


class MarsadError(Exception):
    """Base class of every error Marsad raises on purpose."""


class InputError(MarsadError):
    """An input cannot be read as an article (binary, empty, malformed)."""


class StoreError(MarsadError):
    """The store is unusable (wrong schema version, locked, corrupted)."""


class MissingExtraError(MarsadError):
    """An optional dependency is needed: the message names the extra to install."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(f"{package} is not installed; install it with: pip install 'marsad[{extra}]'")
