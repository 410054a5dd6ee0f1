"""Assignment latency of one new article with 1k, 10k and 60k articles already in the clusterer.

    python benchmarks/cluster_latency.py [--sizes 1000,10000,60000] [--queries 200]

What is measured (see docs/clustering.md):

* The store is ANT (2018) then SaudiNewsNet (2015) articles, up to the largest size.  Dates are dropped so
  that every article stays live in ONE usearch index (the worst case: the production default keeps only the
  days inside the time window in memory, which is flatter still).
* Prefill articles get real lexical features, but to fit the run in minutes their USE vectors are computed
  from the headline only (``--prefill-embed-chars 0``, the default); the query articles go through the full
  ``featurize`` (headline + lead).  Latency is split into featurisation (USE + TF-IDF, independent of the
  store size) and assignment (ANN search + candidate scoring + bookkeeping), measured separately per article.
* Throughput: articles/s of the whole path (``add_many`` over batches of 64, featurisation included).
* A baseline in the same run: exact top-k by brute-force cosine over all stored vectors (numpy), next to the
  usearch search it replaces.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

import numpy as np

from marsad.clean import content_hash
from marsad.cluster import similarity as sim
from marsad.cluster.online import ClusterSettings, OnlineStoryClusterer
from marsad.text.calendar import parse_published
from marsad.types import Article

SHARED = Path("../shared/data/corpora")


def _article(record: dict, fallback_id: str) -> Article | None:
    """An Article straight from a corpus record (the benchmark measures clustering, not cleaning)."""
    text = record.get("text") or record.get("content") or ""
    if not text.strip():
        return None
    return Article(
        id=str(record.get("docno") or record.get("url") or fallback_id),
        source=fallback_id,
        text=text,
        content_hash=content_hash(text),
        title=record.get("title"),
        outlet=record.get("src") or record.get("source"),
        published=parse_published(record.get("time") or record.get("date_extracted")),
    )


def load(limit: int) -> list[Article]:
    articles: list[Article] = []
    for name in ("ant_multisource_v2.1.jsonl.gz", "saudinewsnet.jsonl.gz"):
        with gzip.open(SHARED / name, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle):
                article = _article(json.loads(line), f"{name}:{number}")
                if article is not None:
                    article.published = None  # one live index: the worst case (see module docstring)
                    articles.append(article)
                if len(articles) >= limit:
                    return articles
    return articles


def prefill_features(articles: list[Article], embed_chars: int) -> list[sim.ArticleFeatures]:
    saved = sim.EMBED_CHARS
    sim.EMBED_CHARS = embed_chars
    try:
        out: list[sim.ArticleFeatures] = []
        for start in range(0, len(articles), 256):
            chunk = articles[start : start + 256]
            out.extend(sim.featurize([a.title or "" for a in chunk], [a.text for a in chunk]))
        return out
    finally:
        sim.EMBED_CHARS = saved


def percentiles(values: list[float]) -> tuple[float, float]:
    return float(np.percentile(values, 50)) * 1000, float(np.percentile(values, 95)) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="1000,10000,60000")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--prefill-embed-chars", type=int, default=0)
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    articles = load(sizes[-1] + args.queries + 640)
    queries = articles[-(args.queries + 640) :]
    store = articles[: sizes[-1]]
    print(f"loaded {len(articles)} articles")

    settings = ClusterSettings.packaged()
    settings.window_hours = None
    clusterer = OnlineStoryClusterer(settings)
    vectors: list[np.ndarray] = []
    sim.featurize(["warm-up"], ["warm-up"])

    started = time.perf_counter()
    sim.featurize([a.title or "" for a in queries[:64]], [a.text for a in queries[:64]])
    per_article_featurize = (time.perf_counter() - started) / 64
    print(f"featurize (full, batch of 64): {per_article_featurize * 1000:.1f} ms/article")

    rows = []
    filled = 0
    for size in sizes:
        t0 = time.perf_counter()
        feats = prefill_features(store[filled:size], args.prefill_embed_chars)
        for article, f in zip(store[filled:size], feats, strict=True):
            clusterer.add_features(article.id, article.title or "", article.outlet, f)
            vectors.append(f.doc_vec)
        filled = size
        print(f"prefilled {size} in {time.perf_counter() - t0:.0f}s")
        state = clusterer.state_dict()  # queries must not change the store between sizes
        matrix = np.vstack(vectors)
        feat_times, assign_times, ann_times, brute_times = [], [], [], []
        index = clusterer._days["undated"]  # the one live index (dates dropped)
        for i, article in enumerate(queries[: args.queries]):
            t = time.perf_counter()
            (f,) = sim.featurize([article.title or ""], [article.text])
            feat_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            clusterer.add_features(f"q{size}:{i}", article.title or "", article.outlet, f)
            assign_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            index.search(f.doc_vec, settings.candidates)
            ann_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            top = np.argpartition(-(matrix @ f.doc_vec), settings.candidates)[: settings.candidates]
            brute_times.append(time.perf_counter() - t)
            del top
        clusterer = OnlineStoryClusterer.from_state(state)
        rows.append(
            (
                size,
                *percentiles(feat_times),
                *percentiles(assign_times),
                *percentiles(ann_times),
                *percentiles(brute_times),
            )
        )

    batch = queries[args.queries : args.queries + 640]
    t = time.perf_counter()
    for start in range(0, len(batch), 64):
        clusterer.add_many(batch[start : start + 64])
    throughput = len(batch) / (time.perf_counter() - t)

    print()
    print(
        "| articles in store | featurize p50 / p95 (ms) | assign p50 / p95 (ms) "
        "| of which ANN search p50 / p95 (ms) | baseline exact top-k p50 / p95 (ms) |"
    )
    print("|---|---|---|---|---|")
    for size, f50, f95, a50, a95, n50, n95, b50, b95 in rows:
        print(
            f"| {size:,} | {f50:.1f} / {f95:.1f} | {a50:.2f} / {a95:.2f} | {n50:.2f} / {n95:.2f} "
            f"| {b50:.2f} / {b95:.2f} |"
        )
    print()
    print(
        f"throughput (add_many, batches of 64, featurisation included, {filled:,} in store): "
        f"{throughput:.1f} articles/s"
    )


if __name__ == "__main__":
    main()
