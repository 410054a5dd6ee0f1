"""Shared fixtures: where ../shared is, the sample articles, and a varied ANT sample."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test cleanly where the folder is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available (../shared is absent)")
    return path


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def ant_sample() -> list[dict]:
    """Five multi-paragraph ANT articles from each outlet, chosen deterministically."""
    path = shared_path("data", "corpora", "ant_multisource_v2.1.jsonl.gz")
    per_outlet: dict[str, list[dict]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            paragraphs = [p for p in record["text"].split("\n") if len(p.split()) >= 6]
            chosen = per_outlet.setdefault(record["src"], [])
            if len(chosen) < 5 and len(paragraphs) >= 4 and record.get("title"):
                chosen.append(record)
    return [record for outlet in sorted(per_outlet) for record in per_outlet[outlet]]
