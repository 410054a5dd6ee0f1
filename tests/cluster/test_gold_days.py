"""The third labelled ANT day (docs/cluster_annotations/) and how the clustering eval groups gold days."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from marsad.commands.cluster import _gold_day, consecutive_runs

ROOT = Path(__file__).resolve().parent.parent.parent
ANNOTATED = ROOT / "docs" / "cluster_annotations" / "ant_2018-04-25_stories.jsonl"


def test_consecutive_runs_keep_adjacent_days_together() -> None:
    # 10–11 Apr form one training block (a story spans both); 25 Apr is its own.
    assert consecutive_runs(["25 Apr 2018", "11 Apr 2018", "10 Apr 2018"]) == [
        ["10 Apr 2018", "11 Apr 2018"],
        ["25 Apr 2018"],
    ]
    assert consecutive_runs(["31 Mar 2018", "01 Apr 2018"]) == [["31 Mar 2018", "01 Apr 2018"]]
    assert consecutive_runs([]) == []


def test_annotated_day_follows_the_dev_gold_conventions() -> None:
    rows = [json.loads(line) for line in ANNOTATED.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 159
    assert len({r["id"] for r in rows}) == len(rows)
    assert {_gold_day(r) for r in rows} == {"25 Apr 2018"}
    for row in rows:
        assert set(row) == {"id", "src", "time", "title", "story_id", "story_label", "story_id_fine"}
        assert row["story_label"]
    # Same-source copies (one article under two categories) always share a story.
    copies: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        copies[(row["src"], row["title"])].add(row["story_id"])
    assert all(len(stories) == 1 for stories in copies.values())
    # One label per story, and the README's counts.
    labels: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        labels[row["story_id"]].add(row["story_label"])
    assert all(len(v) == 1 for v in labels.values())
    sizes = sorted((sum(r["story_id"] == s for r in rows) for s in labels), reverse=True)
    assert len(sizes) == 99 and sizes.count(1) == 70 and sizes[:2] == [11, 11]
