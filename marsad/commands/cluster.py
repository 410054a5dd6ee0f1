"""Story clustering and article similarity commands: cluster, similarity, eval and train."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import typer

from marsad.commands._jsonl import read_jsonl

_SHARED = Path("../shared/data")
_GOLD = _SHARED / "stories" / "ant_dev_stories.jsonl"
_CORPUS = _SHARED / "corpora" / "ant_multisource_v2.1.jsonl.gz"
_PAIRS = _SHARED / "similarity" / "semeval2022_t8_pairs.jsonl.gz"
_SNN = _SHARED / "corpora" / "saudinewsnet.jsonl.gz"


def _require(path: Path) -> None:
    if not path.exists():
        typer.echo(
            f"error: {path} not found (run from the repository root, with ../shared beside it)", err=True
        )
        raise typer.Exit(2)


def gold_records(gold_path: Path, corpus_path: Path) -> tuple[list[Any], dict[str, dict[str, Any]]]:
    """The gold articles' raw records (corpus order) and the gold rows by id."""
    from marsad.ingest import FieldMap, json_record

    gold = {row["id"]: row for row in read_jsonl(gold_path)}
    records = []
    opener = gzip.open if corpus_path.suffix == ".gz" else open
    with opener(corpus_path, "rt", encoding="utf-8") as handle:  # type: ignore[operator]
        for number, line in enumerate(handle, start=1):
            record = json.loads(line)
            if record.get("docno") in gold:
                records.append(json_record(record, f"{corpus_path}:{number}", FieldMap()))
    return records, gold


def _gold_articles(gold_path: Path, corpus_path: Path) -> tuple[list[Any], dict[str, dict[str, Any]]]:
    """The gold articles (cleaned like ``marsad run`` cleans them, corpus order) and the gold rows by id."""
    from marsad.clean import clean_batch
    from marsad.types import Article

    records, gold = gold_records(gold_path, corpus_path)
    articles = [a for a in clean_batch(records) if isinstance(a, Article)]
    return articles, gold


def gold_stream(gold_path: Path, corpus_path: Path) -> tuple[list[Any], list[Any], dict[str, dict[str, Any]]]:
    """The gold articles as a stream for incremental runs: their raw records and cleaned articles, both
    in publication order (as cleaning dates them), and the gold rows by id."""
    from marsad.clean import clean_batch
    from marsad.pipeline import chronological
    from marsad.types import Article

    records, gold = gold_records(gold_path, corpus_path)
    articles = chronological(a for a in clean_batch(records) if isinstance(a, Article))
    order = {a.id: i for i, a in enumerate(articles)}
    records.sort(key=lambda r: order.get(r.id, len(order)))
    return records, articles, gold


def _read_articles(inputs: list[Path]) -> list[Any]:
    """Articles from any input ``marsad run`` reads, cleaned the same way; unreadable ones reported."""
    from marsad.clean import clean_batch
    from marsad.ingest import read_inputs
    from marsad.types import Article, Drop

    articles = []
    for item in clean_batch(list(read_inputs(inputs))):
        if isinstance(item, Drop):
            typer.echo(f"skipped {item.source}: {item.error}", err=True)
        elif isinstance(item, Article):
            articles.append(item)
    return articles


def _gold_day(row: dict[str, Any]) -> str:
    """The gold file's day of an article: the 'DD Mon YYYY' part of its corpus time field."""
    parts = row["time"].split()
    return " ".join(parts[1:4]) if len(parts) >= 4 else row["time"]


@dataclass
class GoldDays:
    """Gold articles of one or more gold files, featurised once, grouped by their gold day."""

    articles: list[Any]
    feats: list[Any]
    labels: dict[str, str]
    by_day: dict[str, list[int]]
    #: Gold file each day came from.
    source: dict[str, str]

    @property
    def days(self) -> list[str]:
        return sorted(self.by_day, key=_day_date)

    def subset(self, idx: list[int]) -> tuple[list[Any], list[Any], dict[str, str]]:
        return (
            [self.articles[i] for i in idx],
            [self.feats[i] for i in idx],
            {self.articles[i].id: self.labels[self.articles[i].id] for i in idx},
        )

    def fit(self, train_days: list[str]) -> Any:
        """The story model fitted on the pairs of ``train_days``.

        Pairs are taken inside each run of consecutive days (a story can span 10–11 Apr), not across
        days weeks apart: those pairs would all be easy negatives and change nothing but the
        time-distance weight."""
        import numpy as np

        from marsad.cluster.train import STORY_EXCLUDE, fit_story_model, story_pair_features

        xs, ys = [], []
        for block in consecutive_runs(train_days):
            articles, feats, labels = self.subset([i for d in block for i in self.by_day[d]])
            x, y = story_pair_features(feats, labels, [a.id for a in articles])
            xs.append(x)
            ys.append(y)
        return fit_story_model(np.vstack(xs), np.concatenate(ys), exclude=STORY_EXCLUDE)


def _day_date(day: str) -> datetime:
    try:
        return datetime.strptime(day, "%d %b %Y")
    except ValueError:
        return datetime.max


def consecutive_runs(days: list[str]) -> list[list[str]]:
    """``days`` (gold-day strings) grouped into runs of consecutive calendar days."""
    runs: list[list[str]] = []
    for day in sorted(days, key=_day_date):
        if runs and (_day_date(day) - _day_date(runs[-1][-1])).days == 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


def load_gold_days(
    gold_paths: list[Path], corpus_path: Path, gold_field: str = "story_id", frequencies: Any = None
) -> GoldDays:
    """Read and featurise the gold articles of several gold files (each day must come from one file)."""
    from marsad.cluster.similarity import featurize

    articles: list[Any] = []
    rows: dict[str, dict[str, Any]] = {}
    source: dict[str, str] = {}
    for path in gold_paths:
        part, part_rows = _gold_articles(path, corpus_path)
        articles += [a for a in part if a.id not in rows]
        for row in part_rows.values():
            source.setdefault(_gold_day(row), str(path))
        rows.update(part_rows)
    labels = {a.id: f"{source[_gold_day(rows[a.id])]}#{rows[a.id][gold_field]}" for a in articles}
    feats = featurize(
        [a.title or "" for a in articles],
        [a.text for a in articles],
        [a.published for a in articles],
        frequencies=frequencies,
    )
    by_day: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        by_day.setdefault(_gold_day(rows[article.id]), []).append(i)
    return GoldDays(articles, feats, labels, by_day, source)


def register(app: typer.Typer, eval_app: typer.Typer, train_app: typer.Typer) -> None:
    @app.command("cluster")
    def cluster(
        inputs: list[Path] = typer.Argument(
            ...,
            help="Anything `marsad run` reads: JSONL records (id|docno, title, text, time …), text, HTML.",
        ),
        out: Path = typer.Option(
            Path("clusters.jsonl"), "--out", help="One {id, story_id} line per article."
        ),
        stories_out: Path | None = typer.Option(None, "--stories", help="Also write the Story records here."),
        window_hours: float | None = typer.Option(None, help="Override the packaged time window."),
    ) -> None:
        """Assign every article to a story, in publication-time order (the fast path: no extraction)."""
        from rich.progress import track

        from marsad.cluster.online import ClusterSettings, OnlineStoryClusterer
        from marsad.pipeline import chronological
        from marsad.types import record_to_dict

        articles = chronological(_read_articles(inputs))
        settings = ClusterSettings.packaged()
        if window_hours is not None:
            settings.window_hours = window_hours
        clusterer = OnlineStoryClusterer(settings)
        batch = 64
        for start in track(range(0, len(articles), batch), description="clustering", transient=True):
            clusterer.add_many(articles[start : start + batch])
        assignments = clusterer.assignments()
        with out.open("w", encoding="utf-8") as handle:
            for article in articles:
                handle.write(json.dumps({"id": article.id, "story_id": assignments[article.id]}) + "\n")
        if stories_out is not None:
            with stories_out.open("w", encoding="utf-8") as handle:
                for story in clusterer.stories():
                    row = record_to_dict(story)
                    row["size"] = story.size
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        typer.echo(f"{len(articles)} articles → {len(clusterer.stories())} stories; wrote {out}")

    @app.command("similarity")
    def similarity(
        pairs: Path = typer.Argument(..., help="JSONL lines {pair_id, text1, text2[, lang1, lang2]}."),
        out: Path = typer.Option(Path("scores.jsonl"), "--out", help="One {pair_id, score} line per pair."),
    ) -> None:
        """Score article pairs on the SemEval-2022 Task 8 scale (1 = same story … 4 = unrelated)."""
        from marsad.cluster.similarity import semeval_model
        from marsad.cluster.train import semeval_pair_features

        rows = read_jsonl(pairs)
        scores = semeval_model()(semeval_pair_features(rows)) if rows else []
        with out.open("w", encoding="utf-8") as handle:
            for row, score in zip(rows, scores, strict=True):
                handle.write(json.dumps({"pair_id": row["pair_id"], "score": round(float(score), 4)}) + "\n")
        typer.echo(f"scored {len(rows)} pairs; wrote {out}")

    @eval_app.command("clustering")
    def eval_clustering(
        gold: list[Path] = typer.Option(
            [_GOLD],
            help="ANT story gold (JSONL with id, time, story_id); repeat to pool several files. Without "
            "--test-gold: day-wise cross-validation over the pooled days (leave one day out).",
        ),
        corpus: Path = typer.Option(_CORPUS, help="ANT corpus holding the gold articles' text."),
        gold_field: str = typer.Option("story_id", help="story_id or story_id_fine."),
        test_gold: list[Path] = typer.Option(
            [],
            help="Held-out gold: fit and tune on all --gold days, score these days once (no CV), next to "
            "the shipped model and the baseline tuned on the --gold days.",
        ),
    ) -> None:
        """B-cubed and pairwise P/R/F1, day-wise cross-validated (or on a held-out gold), next to a TF-IDF
        agglomerative baseline."""
        from rich.console import Console
        from rich.table import Table

        from marsad.cluster.evaluation import (
            baseline_clusters,
            run_online,
            score_clusters,
            tune_baseline,
            tune_settings,
        )
        from marsad.cluster.online import ClusterSettings
        from marsad.cluster.similarity import story_model

        for path in (*gold, *test_gold, corpus):
            _require(path)
        data = load_gold_days([*gold, *test_gold], corpus, gold_field)
        articles, feats, labels, by_day = data.articles, data.feats, data.labels, data.by_day
        test_days = [day for day in data.days if data.source[day] in {str(p) for p in test_gold}]
        train_pool = [day for day in data.days if day not in test_days]

        title = f"Story clustering, ANT ({len(articles)} articles, gold field {gold_field})"
        table = Table(title=title)
        for column in (
            "system",
            "fit/tuned on",
            "scored on",
            "clusters",
            "B³ P",
            "B³ R",
            "B³ F1",
            "pair P",
            "pair R",
            "pair F1",
        ):
            table.add_column(column)

        def add_row(system: str, tuned: str, scored: str, s: Any) -> None:
            table.add_row(
                system,
                tuned,
                scored,
                str(s.clusters),
                *(f"{v:.3f}" for v in (s.bcubed_p, s.bcubed_r, s.bcubed_f1, s.pair_p, s.pair_r, s.pair_f1)),
            )

        def evaluate(train_days: list[str], scored_days: list[str]) -> None:
            model = data.fit(train_days)
            train_sets = [data.subset(by_day[d]) for d in train_days]
            settings, _ = tune_settings(train_sets, model)
            split = (
                f", split d={settings.split_distance} n≥{settings.split_min_size}"
                if settings.split_distance is not None
                else ""
            )
            threshold, _ = tune_baseline([(a, g) for a, _, g in train_sets])
            tuned = " + ".join(train_days)
            for day in scored_days:
                test = data.subset(by_day[day])
                add_row(
                    f"marsad online (t={settings.threshold}, merge={settings.merge_threshold}{split})",
                    tuned,
                    day,
                    score_clusters(test[2], run_online(test[0], test[1], settings, model)),
                )
                add_row(
                    f"baseline char TF-IDF + avg-link (d={threshold})",
                    tuned,
                    day,
                    score_clusters(test[2], baseline_clusters(test[0], threshold)),
                )

        shipped = ClusterSettings.packaged()
        if test_days:
            evaluate(train_pool, test_days)
            for day in test_days:
                test = data.subset(by_day[day])
                add_row(
                    "marsad online, shipped model and settings",
                    "packaged",
                    day,
                    score_clusters(test[2], run_online(test[0], test[1], shipped, story_model())),
                )
                for threshold in (0.80, 0.85):
                    add_row(
                        f"baseline char TF-IDF + avg-link (d={threshold})",
                        "untuned",
                        day,
                        score_clusters(test[2], baseline_clusters(test[0], threshold)),
                    )
        else:
            # Leave one day out: with two days this is "fit and tune on one, score the other".
            for test_day in data.days:
                evaluate([d for d in data.days if d != test_day], [test_day])
            add_row(
                "marsad online, shipped model (all days in one stream)",
                "packaged (in-sample)",
                "all",
                score_clusters(labels, run_online(articles, feats, shipped, story_model())),
            )
            for threshold in (0.80, 0.85):
                add_row(
                    f"baseline char TF-IDF + avg-link (d={threshold})",
                    "untuned",
                    "all",
                    score_clusters(labels, baseline_clusters(articles, threshold)),
                )
        Console().print(table)

    @eval_app.command("similarity")
    def eval_similarity(
        pairs: Path = typer.Option(_PAIRS, help="SemEval-2022 Task 8 pairs with Overall scores."),
        k: int = typer.Option(5, help="Cross-validation folds."),
    ) -> None:
        """Pearson with Overall (5-fold cross-validated combiner) next to the plain USE-cosine baseline."""
        import numpy as np
        from rich.console import Console
        from rich.table import Table

        from marsad.cluster.evaluation import folds, pearson
        from marsad.cluster.similarity import embed
        from marsad.cluster.train import SEMEVAL_ALPHA, fit_semeval_model, semeval_pair_features

        _require(pairs)
        rows = read_jsonl(pairs)
        y = np.array([float(r["Overall"]) for r in rows])
        x = semeval_pair_features(rows)
        predicted = np.zeros(len(rows))
        for test in folds(len(rows), k):
            train = np.setdiff1d(np.arange(len(rows)), test)
            predicted[test] = fit_semeval_model(x[train], y[train], alpha=SEMEVAL_ALPHA)(x[test])
        # Baseline: cosine of USE over each whole text (negated: 1 = same story is the low end).
        vectors = embed([r["text1"] for r in rows] + [r["text2"] for r in rows])
        baseline = -np.sum(vectors[: len(rows)] * vectors[len(rows) :], axis=1)
        groups = {
            "overall": np.ones(len(rows), dtype=bool),
            "ar-ar": np.array([r.get("lang1") == "ar" and r.get("lang2") == "ar" for r in rows]),
            "cross-lingual": np.array([r.get("lang1") != r.get("lang2") for r in rows]),
        }
        table = Table(title=f"SemEval-2022 Task 8 pairs: Pearson with Overall ({k}-fold CV)")
        table.add_column("system")
        for name, mask in groups.items():
            table.add_column(f"{name} (n={int(mask.sum())})")
        table.add_row(
            "USE cosine, whole texts (baseline)",
            *(f"{pearson(baseline[m], y[m]):.3f}" for m in groups.values()),
        )
        table.add_row(
            "marsad similarity (CV)", *(f"{pearson(predicted[m], y[m]):.3f}" for m in groups.values())
        )
        Console().print(table)

    @train_app.command("similarity")
    def train_similarity(
        pairs: Path = typer.Option(_PAIRS, help="SemEval-2022 Task 8 pairs."),
        gold: list[Path] = typer.Option([_GOLD], help="ANT story gold; repeat to pool several files."),
        corpus: Path = typer.Option(_CORPUS, help="ANT corpus."),
        background: Path = typer.Option(_SNN, help="Extra unlabelled corpus for document frequencies."),
        frequencies: bool = typer.Option(True, help="Rebuild the document-frequency tables (~2 min)."),
        out_dir: Path = typer.Option(Path("marsad/data"), help="Where the packaged files go."),
    ) -> None:
        """Rebuild marsad/data/cluster_df.npz and marsad/data/cluster_similarity.json from ../shared."""
        import numpy as np

        from marsad.cluster import similarity as sim
        from marsad.cluster.evaluation import tune_settings
        from marsad.cluster.train import (
            SEMEVAL_ALPHA,
            build_frequencies,
            fit_semeval_model,
            semeval_pair_features,
        )

        for path in (pairs, *gold, corpus):
            _require(path)
        rows = read_jsonl(pairs)
        if frequencies:
            _require(background)
            docs = [(r.get("title") or "", r.get("text") or "") for r in read_jsonl(corpus)]
            docs += [(r.get("title") or "", r.get("content") or "") for r in read_jsonl(background)]
            docs += [("", r[field]) for r in rows for field in ("text1", "text2")]
            typer.echo(f"document frequencies over {len(docs)} documents …")
            table = build_frequencies(docs)
            np.savez_compressed(
                out_dir / sim.DF_FILE, n_docs=np.int64(table.n_docs), words=table.words, chars=table.chars
            )
            sim.packaged_frequencies.cache_clear()
        else:
            table = sim.packaged_frequencies()
        semeval = fit_semeval_model(
            semeval_pair_features(rows, table),
            np.array([float(r["Overall"]) for r in rows]),
            alpha=SEMEVAL_ALPHA,
        )

        data = load_gold_days(gold, corpus, frequencies=table)
        story = data.fit(data.days)
        days = [data.subset(data.by_day[day]) for day in data.days]
        settings, f1 = tune_settings(days, story)
        payload = {
            "about": "Fitted by `marsad train similarity`; see docs/clustering.md.",
            "features": list(sim.FEATURES),
            "semeval": semeval.to_dict(),
            "story": story.to_dict(),
            "clustering": {
                "threshold": settings.threshold,
                "merge_threshold": settings.merge_threshold,
                "window_hours": settings.window_hours,
                "candidates": settings.candidates,
                "split_distance": settings.split_distance,
                "split_min_size": settings.split_min_size,
                "split_growth": settings.split_growth,
                "split_members": settings.split_members,
                "tuned_bcubed_f1_in_sample": round(f1, 4),
            },
        }
        (out_dir / sim.COEF_FILE).write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
        sim.packaged_models.cache_clear()
        typer.echo(
            f"wrote {out_dir / sim.COEF_FILE} "
            f"(threshold {settings.threshold}, merge {settings.merge_threshold}, "
            f"split {settings.split_distance} from {settings.split_min_size} articles)"
        )
