"""The three sample articles: every listed expression resolves to the right day and part of day.

The references are passed explicitly (the cleaner finds them in the page); no rule knows these texts.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from marsad.extract.time import extract_times

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
REFS = {"000": datetime(2024, 12, 9), "002": datetime(2024, 12, 8, 22, 43), "004": datetime(2024, 12, 9)}


def _article(prefix: str) -> str:
    paths = sorted(EXAMPLES.glob(f"{prefix}_*.txt"))
    if not paths:
        pytest.skip("sample articles not available")
    return paths[0].read_text(encoding="utf-8")


def _values(prefix: str) -> dict[str, set[tuple[str, str | None]]]:
    out: dict[str, set[tuple[str, str | None]]] = {}
    for e in extract_times(_article(prefix), REFS[prefix]):
        out.setdefault(e.text, set()).add((e.value, e.resolved_start))
    return out


def test_article_000() -> None:
    found = _values("000")
    assert ("2024-12-08", "2024-12-08") in found["أمس"]
    assert ("2024-12-08TMO", "2024-12-08T06:00") in found["فجر أمس"]
    assert ("2024-12-09TAF", "2024-12-09T12:00") in found["عصر اليوم"]
    assert ("2024-11-27", "2024-11-27") in found["27 نوفمبر/تشرين الثاني الماضي"]
    assert ("2015", "2015-01-01") in found["عام 2015"]
    assert ("XXXX-WXX-1", "2024-12-09") in found["الاثنين"]
    assert not any("2254" in text for text in found)


def test_article_002() -> None:
    found = _values("002")
    assert ("2024-12-08", "2024-12-08") in found["اليوم الأحد"]
    assert ("2024-12-08TEV", "2024-12-08T18:00") in found["مساء اليوم الأحد"]
    assert ("2024-12-09", "2024-12-09") in found["غدا الاثنين"]
    assert ("2024-12-09TAF", "2024-12-09T12:00") in found[
        "بعد ظهر الغد الموافق التاسع من كانون الأول/ ديسمبر"
    ]
    assert not any("2254" in text for text in found)


def test_article_004() -> None:
    found = _values("004")
    assert ("XXXX-WXX-1", "2024-12-09") in found["الاثنين"]
    assert ("XXXX-WXX-7", "2024-12-08") in found["الأحد"]
    assert ("2024-12-09", "2024-12-09") in found["اليوم الاثنين"]
    assert ("2015", "2015-01-01") in found["عام 2015"]
