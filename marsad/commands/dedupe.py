"""``marsad dedupe`` and ``marsad eval dedupe``: duplicate detection over JSONL input and its evaluation."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from marsad.commands._jsonl import iter_jsonl

if TYPE_CHECKING:
    from marsad.dedupe.evaluation import LabelledPair


def register(app: typer.Typer, eval_app: typer.Typer, train_app: typer.Typer) -> None:
    """Add ``marsad dedupe`` and ``marsad eval dedupe``."""

    @app.command("dedupe")
    def dedupe_command(
        inputs: list[Path] = typer.Argument(..., help="JSONL(.gz) files, one article per line."),
        out: Path = typer.Option(..., "--out", help="Output JSONL: {id, duplicate_of} per article."),
        id_field: str = typer.Option("", help="Id field (default: first of id, docno, url)."),
        text_field: str = typer.Option("", help="Text field (default: first of text, content)."),
    ) -> None:
        """Report, for each article in arrival order, the earlier article it duplicates (or null)."""
        from rich.progress import Progress

        from marsad.dedupe import NearDuplicateIndex

        index = NearDuplicateIndex()
        duplicates = total = 0
        with out.open("w", encoding="utf-8") as sink, Progress(transient=True) as progress:
            task = progress.add_task("deduplicating", total=None)
            for path in inputs:
                for n, record in enumerate(iter_jsonl(path)):
                    key = id_field or next((k for k in ("id", "docno", "url") if k in record), "")
                    field = text_field or next((k for k in ("text", "content") if k in record), "")
                    article_id = str(record.get(key) or f"{path.name}:{n}")
                    found = index.add(article_id, str(record.get(field) or ""))
                    sink.write(
                        json.dumps({"id": article_id, "duplicate_of": found}, ensure_ascii=False) + "\n"
                    )
                    total += 1
                    duplicates += found is not None
                    progress.advance(task)
        typer.echo(f"{total} articles, {duplicates} duplicates -> {out}")

    @eval_app.command("dedupe")
    def eval_dedupe_command(
        data: Path = typer.Option(Path("../shared/data"), help="The shared data folder."),
        seed: int = typer.Option(13, help="Seed for sampling, synthetic edits and the dev/held-out split."),
        limit: int = typer.Option(1500, help="Real candidate pairs sampled per corpus and cosine stratum."),
        synthetic: int = typer.Option(1200, help="Synthetic copies (and as many boilerplate negatives)."),
        examples: int = typer.Option(0, help="Print this many real pairs per class (spot checks)."),
        errors: bool = typer.Option(False, help="Print Marsad's false positives and false negatives."),
        dump: Path | None = typer.Option(None, help="Write the labelled pairs (ids, kind, label) as JSONL."),
    ) -> None:
        """Precision/recall of near-duplicate detection on real, synthetic and hard-negative pairs."""
        from rich.console import Console
        from rich.table import Table

        from marsad.dedupe import evaluation as ev

        console = Console(width=150)
        corpora = data / "corpora"
        stats = ev.BuildStats()
        with console.status("building the evaluation set"):
            snn = ev.snn_docs(iter_jsonl(corpora / "saudinewsnet.jsonl.gz"))
            ant = ev.ant_docs(iter_jsonl(corpora / "ant_multisource_v2.1.jsonl.gz"))
            stories = list(iter_jsonl(data / "stories" / "ant_dev_stories.jsonl"))
            pairs = (
                ev.real_pairs(snn, "snn_real", seed, stats, limit)
                + ev.real_pairs(ant, "ant_real", seed, stats, limit)
                + ev.story_pairs(ant, stories, seed, stats, limit)
                + ev.synthetic_pairs(ant, seed, synthetic)
            )
        console.print(
            f"{len(pairs)} labelled pairs ({sum(p.label for p in pairs)} copies); "
            f"real candidates per group {stats.candidates}, left out as ambiguous {stats.ambiguous}"
        )
        if dump is not None:
            with dump.open("w", encoding="utf-8") as sink:
                for p in pairs:
                    row = {
                        "pair_id": p.pair_id,
                        "kind": p.kind,
                        "split": p.split,
                        "label": p.label,
                        "label_score": p.label_score,
                    }
                    sink.write(json.dumps(row, ensure_ascii=False) + "\n")
        if examples:
            _print_examples(pairs, examples, seed)

        systems = {
            "marsad (MinHash LSH + anchors, exact overlap)": ev.marsad_decider(),
            "datasketch MinHashLSH defaults (t=0.9)": ev.datasketch_decider(),
            "datasketch MinHashLSH t=0.5": ev.datasketch_decider(0.5),
        }
        predictions: dict[str, dict[str, bool]] = {}
        for name, decide in systems.items():
            with console.status(f"running {name}"):
                predictions[name] = {p.pair_id: decide(p) for p in pairs}
        crowded = f"marsad, one index of {len({p.first.id for p in pairs})} first articles"
        with console.status(f"running {crowded}"):
            predictions[crowded] = ev.crowded_predictions(pairs)

        table = Table(title="Near-duplicate pairs: precision / recall / F1")
        for column in ("split", "system", "P", "R", "F1", "TP", "FP", "FN", "TN"):
            table.add_column(column, justify="left" if column in ("split", "system") else "right")
        for split in ("dev", "heldout", "all"):
            subset = [p for p in pairs if split == "all" or p.split == split]
            for name in predictions:
                s = ev.score(subset, predictions[name])
                table.add_row(
                    split, name, f"{s.precision:.4f}", f"{s.recall:.4f}", f"{s.f1:.4f}",
                    *(str(v) for v in (s.tp, s.fp, s.fn, s.tn)),
                )  # fmt: skip
        console.print(table)

        kinds = Table(title="By kind (all splits): share flagged as copy (= recall for copies, FP rate else)")
        kinds.add_column("kind")
        kinds.add_column("label")
        kinds.add_column("pairs", justify="right")
        for name in systems:
            kinds.add_column(name.split(" (")[0].replace("MinHashLSH ", ""), justify="right")
        for kind in sorted({(p.group, p.kind, p.label) for p in pairs}):
            subset = [p for p in pairs if (p.group, p.kind, p.label) == kind]
            shares = [sum(predictions[n][p.pair_id] for p in subset) / len(subset) for n in systems]
            kinds.add_row(f"{kind[0]}/{kind[1]}", "copy" if kind[2] else "not", str(len(subset)),
                          *(f"{v:.3f}" for v in shares))  # fmt: skip
        console.print(kinds)
        band = Table(title="Left-out ambiguous real pairs: share each system flags, by copy_score")
        band.add_column("copy_score")
        band.add_column("pairs", justify="right")
        for name in systems:
            band.add_column(name.split(" (")[0].replace("MinHashLSH ", ""), justify="right")
        edges = (ev.DISTINCT_MAX, 0.45, 0.55, ev.COPY_MIN)
        with console.status("running the systems on the ambiguous band"):
            flags = {n: {p.pair_id: d(p) for p in stats.ambiguous_pairs} for n, d in systems.items()}
        for lo, hi in itertools.pairwise(edges):
            subset = [p for p in stats.ambiguous_pairs if lo <= (p.label_score or 0.0) < hi]
            if subset:
                shares = [sum(flags[n][p.pair_id] for p in subset) / len(subset) for n in systems]
                band.add_row(f"[{lo:.2f}, {hi:.2f})", str(len(subset)), *(f"{v:.3f}" for v in shares))
        console.print(band)
        if errors:
            mine = predictions[next(iter(systems))]
            for p in pairs:
                if mine[p.pair_id] != p.label:
                    tag = "FP" if mine[p.pair_id] else "FN"
                    typer.echo(f"{tag} {p.pair_id} {p.kind} copy_score={p.label_score}")
                    for name, doc in (("A", p.first), ("B", p.second)):
                        snippet = " ".join(doc.text.split())[:240]
                        typer.echo(f"  {name} ({len(doc.text.split())} words): {snippet}")


def _print_examples(pairs: list[LabelledPair], count: int, seed: int) -> None:
    """Random labelled real pairs of each class, for the manual spot checks in docs/dedupe.md."""
    import random

    rng = random.Random(seed)
    for label in (True, False):
        pool = [p for p in pairs if p.group != "synthetic" and p.label is label]
        for p in rng.sample(pool, min(count, len(pool))):
            typer.echo(f"{'COPY' if label else 'NOT '} {p.pair_id} ({p.kind}, copy_score {p.label_score})")
            for name, doc in (("A", p.first), ("B", p.second)):
                snippet = " ".join(doc.text.split())[:220]
                typer.echo(f"  {name} {doc.source} ({len(doc.text.split())} words): {snippet}")
