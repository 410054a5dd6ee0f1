"""``marsad compare`` and ``marsad eval compare``: cross-outlet agreement/conflict for sentence pairs."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from marsad.commands._jsonl import iter_jsonl

DOUBTFUL = ("c001", "c003", "c005", "c006", "c008", "c011", "c014", "c015", "c019")
# Pairs from other days than the shared set, by file stem: how each was built is in docs/compare.md.
UNSEEN_SETS = {
    "unseen_labels": "other days, hand-labelled (flag-biased)",
    "unseen2_labels": "Jun-Jul days, labelled before any run",
    "unseen3_labels": "Feb-Aug days, labelled blind, run once",
    "unseen4_labels": "set 4: Feb-Aug days, labelled before any run",
    "unseen5_labels": "set 5: Mar-Aug days, labelled before any run",
    "unseen6_labels": "set 6: Jan, Jul-Oct days, labelled before any run",
}


def register(app: typer.Typer, eval_app: typer.Typer, train_app: typer.Typer) -> None:
    """Add ``marsad compare`` and ``marsad eval compare``."""

    @app.command("compare")
    def compare_command(
        pairs: Path = typer.Argument(
            ..., help='JSONL: {"pair_id","text_a","sentence_a","text_b","sentence_b"}.'
        ),
        out: Path = typer.Option(..., "--out", help='Output JSONL: {"pair_id","status","detail"}.'),
    ) -> None:
        """Label each sentence pair agreed / conflict / unrelated (the comparison behind story facts)."""
        from collections import Counter

        from marsad.compare import compare_sentences

        counts: Counter[str] = Counter()
        with out.open("w", encoding="utf-8") as sink:
            for n, record in enumerate(iter_jsonl(pairs)):
                verdict = compare_sentences(
                    str(record.get("sentence_a") or ""),
                    str(record.get("sentence_b") or ""),
                    str(record.get("text_a") or ""),
                    str(record.get("text_b") or ""),
                )
                row = {
                    "pair_id": record.get("pair_id", n),
                    "status": verdict.status,
                    "detail": verdict.detail,
                }
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")
                counts[verdict.status] += 1
        typer.echo(f"{sum(counts.values())} pairs {dict(counts)} -> {out}")

    @eval_app.command("compare")
    def eval_compare_command(
        data: Path = typer.Option(Path("../shared/data"), help="The shared data folder."),
        labels: Path = typer.Option(
            Path("tests/compare/data/mined_labels.jsonl"), help="Hand labels of mined differing-number pairs."
        ),
        seed: int = typer.Option(13, help="Seed for perturbations and the dev/held-out split (by story)."),
        per_kind: int = typer.Option(60, help="Perturbed pairs per edit kind."),
        unseen: list[Path] = typer.Option(
            [Path(f"tests/compare/data/{name}.jsonl") for name in UNSEEN_SETS],
            help="Hand labels of pairs from other days (article ids and spans); repeat for several sets.",
        ),
        errors: bool = typer.Option(False, help="Print Marsad's errors on the real and mined pairs."),
        predictions: Path | None = typer.Option(
            None, help="Write Marsad's labels of the real pairs ({id, kind}) for check.py --score."
        ),
    ) -> None:
        """Conflict precision/recall on real, mined and perturbed pairs, with two baselines."""
        from collections import defaultdict

        from rich.console import Console
        from rich.table import Table

        from marsad.compare import evaluation as ev

        console = Console(width=150)
        with console.status("building the evaluation sets"):
            gold = list(iter_jsonl(data / "conflicts" / "ant_dev_pairs.jsonl"))
            stories = list(iter_jsonl(data / "stories" / "ant_dev_stories.jsonl"))
            story_of = {s["id"]: s["story_id"] for s in stories}
            unseen_files = {path: list(iter_jsonl(path)) for path in unseen if path.exists()}
            unseen_ids = {
                r[k] for rows in unseen_files.values() for r in rows for k in ("docno_a", "docno_b")
            }
            articles, unseen_texts = [], {}
            for r in iter_jsonl(data / "corpora" / "ant_multisource_v2.1.jsonl.gz"):
                if r.get("docno") in story_of:
                    articles.append(r)
                if r.get("docno") in unseen_ids:
                    unseen_texts[r["docno"]] = r["text"]
            held_out_sets = {path: ev.unseen_pairs(rows, unseen_texts) for path, rows in unseen_files.items()}
            held_out = [p for pairs in held_out_sets.values() for p in pairs]
            real = ev.real_pairs(gold, DOUBTFUL, {r["docno"]: r["text"] for r in articles})
            perturbed = ev.perturbed_pairs(articles, story_of, seed=seed, per_kind=per_kind)
            hand = (
                {r["pair_id"]: r["kind"] == "conflict" for r in iter_jsonl(labels)} if labels.exists() else {}
            )
            mined_all = ev.mined_pairs(articles, story_of, min_overlap=0.4, limit=1000)
        mined_hand = [
            ev.LabelledPair(
                p.pair_id,
                "mined",
                p.split,
                "hand",
                p.sentence_a,
                p.sentence_b,
                hand[p.pair_id],
                context_a=p.context_a,
                context_b=p.context_b,
            )
            for p in mined_all
            if p.pair_id in hand
        ]
        unlabelled = sum(1 for p in mined_all if p.kind == "numbers-differ" and p.pair_id not in hand)
        silver = [p for p in mined_all if p.kind == "numbers-same" and p.pair_id not in hand]

        sets = {
            "real (shared, all 44)": real,
            "real, doubtful excluded (35)": [p for p in real if not p.doubtful],
            "mined, hand-labelled": mined_hand,
            "mined silver agreements": silver,
        }
        for path, pairs in held_out_sets.items():
            name = UNSEEN_SETS.get(path.stem, path.stem)
            sets[name] = pairs
            if any(p.doubtful for p in pairs):
                sets[f"  {path.stem}: doubtful excluded"] = [p for p in pairs if not p.doubtful]
            sets[f"  {path.stem}: one fact in both"] = [p for p in pairs if p.kind == "same-fact"]
        sets |= {
            "perturbed dev": [p for p in perturbed if p.split == "dev"],
            "perturbed held-out": [p for p in perturbed if p.split == "heldout"],
        }
        systems = {
            "marsad": ev.marsad_predict,
            "baseline: numbers differ": ev.baseline_numbers_differ,
            "baseline: overlap 0.3-0.9": ev.baseline_overlap,
        }
        table = Table(title="Conflict detection (positive class = conflict)")
        for column in ("set", "system", "pairs", "conflicts", "TP", "FP", "FN", "P", "R", "F1"):
            table.add_column(column, justify="left" if column in ("set", "system") else "right")
        cache: dict[tuple[str, str], bool] = {}
        for set_name, pairs in sets.items():
            for system_name, predict in systems.items():

                def cached(pair: ev.LabelledPair, predict=predict, system_name=system_name) -> bool:
                    key = (system_name, pair.pair_id + pair.sentence_b)
                    if key not in cache:
                        cache[key] = predict(pair)
                    return cache[key]

                s = ev.score(pairs, cached)
                table.add_row(
                    set_name,
                    system_name,
                    str(s.n),
                    str(s.positives),
                    str(s.tp),
                    str(s.fp),
                    str(s.fn),
                    f"{s.precision:.3f}",
                    f"{s.recall:.3f}",
                    f"{s.f1:.3f}",
                )
            table.add_section()
        console.print(table)
        if unlabelled:
            console.print(
                f"[yellow]{unlabelled} mined differing-number pairs have no hand label (left out)[/]"
            )

        by_kind: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        for pair in perturbed:
            right = ev.marsad_predict(pair) == pair.conflict
            by_kind[(pair.kind, pair.split)][0] += right
            by_kind[(pair.kind, pair.split)][1] += 1
        kinds = Table(
            title="Perturbed pairs: Marsad accuracy per edit (conflict edits, then agreeing rewrites)"
        )
        for column in ("edit", "label", "dev", "held-out"):
            kinds.add_column(column)
        labelled = {p.kind: p.conflict for p in perturbed}
        for kind in sorted(labelled, key=lambda k: (not labelled[k], k)):
            cells = []
            for split in ("dev", "heldout"):
                right, total = by_kind.get((kind, split), [0, 0])
                cells.append(f"{right}/{total}" if total else "-")
            kinds.add_row(kind, "conflict" if labelled[kind] else "agreed", *cells)
        console.print(kinds)

        if errors:
            for pair in [*real, *mined_hand, *silver, *held_out]:
                verdict = ev.compare_sentences(
                    pair.sentence_a, pair.sentence_b, pair.context_a, pair.context_b
                )
                if (verdict.status == "conflict") != pair.conflict:
                    console.print(
                        f"[red]{pair.pair_id}[/] gold={'conflict' if pair.conflict else 'agreement'}"
                    )
                    console.print(f"  {verdict.status}: {verdict.detail}")
        if predictions is not None:
            with predictions.open("w", encoding="utf-8") as sink:
                for pair in real:
                    kind = "conflict" if ev.marsad_predict(pair) else "agreement"
                    sink.write(json.dumps({"id": pair.pair_id, "kind": kind}) + "\n")
            console.print(f"real-pair labels -> {predictions}")
