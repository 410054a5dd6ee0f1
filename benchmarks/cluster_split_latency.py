"""Cost of the split check per article, on the 404 ANT gold articles (features cached by
``benchmarks/cluster_experiments.py``), fed in publication order to the packaged clusterer.

    python benchmarks/cluster_split_latency.py [--cache /tmp/marsad_cluster_exp.pkl]

Rows: the packaged settings with and without the split check, and a worst case where every article
joins one story (threshold below 0, no merges), so that each article triggers a check over the
``split_members`` latest members; the split distance there is above any distance, so the story never
splits and every check does the full work.  Times are ``add_features`` calls (features precomputed).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cluster_experiments import prepare

from marsad.cluster.online import ClusterSettings, OnlineStoryClusterer

CASES: dict[str, dict[str, Any]] = {
    "packaged (split check on)": {},
    "packaged, split check off": {"split_distance": None},
    "one story, check at every article": {"threshold": -1.0, "merge_threshold": 2.0, "split_distance": 2.0},
    "one story, split check off": {"threshold": -1.0, "merge_threshold": 2.0, "split_distance": None},
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cache", type=Path, default=Path("/tmp/marsad_cluster_exp.pkl"))
    args = parser.parse_args()
    items = [(a, f) for day in prepare(args.cache) for a, f in zip(day.articles, day.feats, strict=True)]
    items.sort(key=lambda item: (item[0].published.timestamp(), item[0].id))
    for name, overrides in CASES.items():
        settings = ClusterSettings.packaged()
        for key, value in overrides.items():
            setattr(settings, key, value)
        clusterer = OnlineStoryClusterer(settings)
        times = []
        for article, feats in items:
            start = time.perf_counter()
            clusterer.add_features(article.id, article.title or "", article.outlet, feats)
            times.append(time.perf_counter() - start)
        ms = np.array(times) * 1000.0
        print(
            f"{name:36s} p50 {np.percentile(ms, 50):6.2f} ms  p95 {np.percentile(ms, 95):6.2f} ms  "
            f"last 100 p50 {np.percentile(ms[-100:], 50):6.2f} ms  stories {len(clusterer.stories())}",
            flush=True,
        )


if __name__ == "__main__":
    main()
