"""Cost of incremental runs: the ANT gold days fed as a stream of ``marsad run`` batches into one
store, with the earlier articles' findings read back from the store (the default) and, as the
baseline in the same run, extracted again every time a batch touches their story.

    python benchmarks/incremental_runs.py --batches 8

Prints, per mode: wall time of all batches, the number of article extractions, and whether both
modes end with the same stories (they must: a saved finding is what extraction would give).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import marsad.pipeline  # noqa: E402
from marsad.analysis import run_on_store  # noqa: E402
from marsad.commands.cluster import gold_stream  # noqa: E402
from marsad.pipeline import Pipeline  # noqa: E402
from marsad.store import SQLiteStore  # noqa: E402
from marsad.types import Article, RawRecord  # noqa: E402

SHARED = ROOT.parent / "shared/data"


class NoSavedFindings(SQLiteStore):
    """The baseline: a store that never hands saved findings back, so every run re-extracts."""

    def get_findings(self, articles: Sequence[Article], extractor: str) -> dict[str, dict[str, Any]]:
        return {}


def gold_batches(gold: Path, corpus: Path, batches: int) -> list[list[RawRecord]]:
    """The gold articles as raw records, in publication order, cut into ``batches`` runs."""
    records, _, _ = gold_stream(gold, corpus)
    size = -(-len(records) // batches)
    return [records[start : start + size] for start in range(0, len(records), size)]


def run_stream(
    store: SQLiteStore, batches: list[list[RawRecord]]
) -> tuple[float, int, dict[str, Any], dict[str, float]]:
    """All batches into ``store``; returns wall time, extractions, the stories and seconds per stage."""
    stages = {"extract": 0.0, "cluster": 0.0, "analyse stories": 0.0}
    calls = {"extract": 0}
    wrapped = {
        "extract": "extract_article",
        "cluster": "cluster_articles",
        "analyse stories": "analyse_story_safely",
    }
    originals = {name: getattr(marsad.pipeline, attr) for name, attr in wrapped.items()}

    def timed(name: str) -> Any:
        real = originals[name]

        def call(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                stages[name] += time.perf_counter() - started
                calls[name] = calls.get(name, 0) + 1

        return call

    for name, attr in wrapped.items():
        setattr(marsad.pipeline, attr, timed(name))
    try:
        started = time.perf_counter()
        for batch in batches:
            run_on_store(Pipeline(), list(batch), store)
        seconds = time.perf_counter() - started
    finally:
        for name, attr in wrapped.items():
            setattr(marsad.pipeline, attr, originals[name])
    stories = {s["id"]: s for s in store.list_stories(limit=10_000)}
    return seconds, calls["extract"], stories, stages


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gold", type=Path, default=SHARED / "stories/ant_dev_stories.jsonl")
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpora/ant_multisource_v2.1.jsonl.gz")
    parser.add_argument("--batches", type=int, default=8)
    args = parser.parse_args()
    batches = gold_batches(args.gold, args.corpus, args.batches)
    print(f"articles: {sum(map(len, batches))} in {len(batches)} runs")
    with tempfile.TemporaryDirectory() as tmp:
        with NoSavedFindings(Path(tmp, "baseline.db")) as store:
            base_s, base_n, base_stories, base_stages = run_stream(store, batches)
        with SQLiteStore(Path(tmp, "saved.db")) as store:
            saved_s, saved_n, saved_stories, saved_stages = run_stream(store, batches)
    same = json.dumps(base_stories, sort_keys=True, default=str) == json.dumps(
        saved_stories, sort_keys=True, default=str
    )
    print(f"{'mode':<34} {'seconds':>8} {'extractions':>12}")
    print(f"{'baseline: re-extract every run':<34} {base_s:8.1f} {base_n:12d}")
    print(f"{'findings read back from the store':<34} {saved_s:8.1f} {saved_n:12d}")
    print("seconds per stage (baseline / read back):")
    for name in base_stages:
        print(f"  {name:<16} {base_stages[name]:8.1f} / {saved_stages.get(name, 0.0):8.1f}")
    print(f"speed-up {base_s / saved_s:.2f}x; extractions {saved_n / base_n:.2f} of the baseline's")
    print(f"same stories in both modes: {same} ({len(saved_stories)} stories)")


if __name__ == "__main__":
    main()
