"""Splits and merges in the store: the ANT gold articles as one, two (one per day) and eight
``marsad run``-style runs into fresh stores (``run_on_store``, extraction off), against the fast path.

    python benchmarks/cluster_store_check.py

Checks that every article sits in exactly one stored story, that each story's ``article_ids`` match
``story_articles``, that every logged split's story is found by ``get_story``, and prints per run mode
the stories, logged splits and B³ F1 (gold ``story_id``), then whether the modes and the fast path
(``OnlineStoryClusterer().add_many``, as ``marsad cluster`` runs it) agree.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marsad.analysis import run_on_store  # noqa: E402
from marsad.cluster.evaluation import score_clusters  # noqa: E402
from marsad.cluster.online import OnlineStoryClusterer  # noqa: E402
from marsad.commands.cluster import _gold_day, gold_stream  # noqa: E402
from marsad.pipeline import Pipeline, PipelineOptions  # noqa: E402
from marsad.store import SQLiteStore  # noqa: E402
from marsad.types import RawRecord  # noqa: E402

SHARED = ROOT.parent / "shared/data"


def run(
    batches: list[list[RawRecord]], ids: list[str], labels: dict[str, str], tag: str
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    path = Path(tempfile.mkdtemp()) / f"{tag}.db"
    start = time.time()
    with SQLiteStore(path) as store:
        for batch in batches:
            run_on_store(Pipeline(PipelineOptions(extract=False)), list(batch), store)
        member = {a: store.stories_of_article(a) for a in ids}
        assert all(len(v) == 1 for v in member.values()), "an article in no story or in two"
        for story in store.list_stories(limit=100_000):
            assert sorted(story["article_ids"]) == sorted(a for a, v in member.items() if v == [story["id"]])
        splits = store.story_splits()
        assert all(store.get_story(new) is not None for new, _ in splits)
    got = {a: v[0] for a, v in member.items()}
    print(
        f"{tag}: {len(batches)} runs, {time.time() - start:.0f}s, {len(set(got.values()))} stories, "
        f"{len(splits)} splits, B³ F1 {score_clusters(labels, got).bcubed_f1:.4f}",
        flush=True,
    )
    return got, splits


def main() -> None:
    records, articles, gold = gold_stream(
        SHARED / "stories/ant_dev_stories.jsonl", SHARED / "corpora/ant_multisource_v2.1.jsonl.gz"
    )
    order = {a.id: i for i, a in enumerate(articles)}
    ids = list(order)
    labels = {i: str(gold[i]["story_id"]) for i in ids}
    days: dict[str, list[RawRecord]] = {}
    for record in records:
        days.setdefault(_gold_day(gold[record.id]), []).append(record)
    size = -(-len(records) // 8)
    one, s1 = run([records], ids, labels, "one run")
    two, s2 = run(sorted(days.values(), key=lambda d: order[d[0].id]), ids, labels, "one run per day")
    eight, s8 = run([records[i : i + size] for i in range(0, len(records), size)], ids, labels, "eight runs")
    fast = OnlineStoryClusterer()
    fast.add_many(articles)
    per_day, in_eight = one == two and s1 == s2, one == eight and s1 == s8
    fast_path = one == fast.assignments() and s1 == fast.splits()
    print(f"same stories and splits: per day {per_day}, eight runs {in_eight}, fast path {fast_path}")


if __name__ == "__main__":
    main()
