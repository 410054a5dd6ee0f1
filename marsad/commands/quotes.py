"""``marsad quotes`` (who said what, through whom) and ``marsad eval quotes`` (score it).

The evaluation reads the hand-annotated dev set in ``../shared/data/quotes`` (plus any extra
annotation files, e.g. ``docs/quotes_annotations/*.jsonl``), looks the articles up in the shared
corpora and scores our extractor next to a simple baseline in the same run, with the same
matching as ``check.py --score`` (span IoU ≥ 0.5, speaker = gold speaker or speaker_full,
channel = exact set).  The 30 dev articles are also reported in two outlet-balanced halves.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import typer

from marsad.commands._jsonl import read_jsonl
from marsad.report import quote_to_dict
from marsad.types import Mention, Quote

GOLD = Path("../shared/data/quotes/ant_dev_quotes.jsonl")
CORPUS = Path("../shared/data/corpora/ant_multisource_v2.1.jsonl.gz")
SNN = Path("../shared/data/corpora/saudinewsnet.jsonl.gz")
JAWHARA = Path("../shared/data/corpora/ant_jawharafm_v1.1.jsonl.gz")
EXTRA = Path("docs/quotes_annotations")


def _load_texts(
    need: set[str], corpus: Path, snn: Path, jawhara: Path = JAWHARA
) -> dict[str, dict[str, Any]]:
    """Article records by id: ANT by ``docno`` (JawharaFM ``JA-`` ids from its own file),
    SaudiNewsNet by ``url`` (ids prefixed ``snn:``)."""
    docs: dict[str, dict[str, Any]] = {}
    ant_need = {d for d in need if not d.startswith("snn:")}
    for path in (corpus, jawhara):
        if not ant_need or not path.exists():
            continue
        if path == jawhara and not any(d.startswith("JA-") for d in ant_need):
            continue
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                rec = json.loads(line)
                if rec["docno"] in ant_need:
                    docs[rec["docno"]] = {"text": rec["text"], "outlet": rec.get("src")}
    snn_need = {d[4:] for d in need if d.startswith("snn:")}
    if snn_need and snn.exists():
        with gzip.open(snn, "rt", encoding="utf-8") as handle:
            for line in handle:
                rec = json.loads(line)
                if rec.get("url") in snn_need:
                    docs["snn:" + rec["url"]] = {"text": rec["content"], "outlet": rec.get("source")}
    return docs


def _mentions(text: str, article_id: str) -> list[Mention] | None:
    """Entity mentions for speaker boundaries; None (rules only) when the tagger cannot load."""
    try:
        from marsad.extract.entities import find_mentions

        return find_mentions(text, article_id)
    except Exception as exc:  # the tagger is an optional aid: whatever breaks it, the rules still run
        typer.echo(f"entity tagger unavailable ({exc}); rules only", err=True)
        return None


def _split(docnos: Iterable[str]) -> tuple[set[str], set[str]]:
    """Outlet-balanced halves: within each outlet prefix, sorted ids alternate tune / held-out."""
    by_outlet: dict[str, list[str]] = {}
    for d in sorted(set(docnos)):
        by_outlet.setdefault(d.split("-")[0], []).append(d)
    tune: set[str] = set()
    held: set[str] = set()
    for ids in by_outlet.values():
        for k, d in enumerate(ids):
            (tune if k % 2 == 0 else held).add(d)
    return tune, held


def _cv_group(set_name: str, docno: str, tune: set[str]) -> str:
    """CV group of an annotated article: its batch ("batch1_…" files are one batch), or a dev half."""
    if set_name.startswith("dev"):
        return "dev, tune half" if docno in tune else "dev, held-out half"
    return set_name.split("_")[0]


def _ranker_cv_table(
    sets: list[tuple[str, list[dict[str, Any]]]],
    dev: list[dict[str, Any]],
    tune: set[str],
    texts: dict[str, str],
    extracted: dict[str, tuple[list[Quote], list[Mention] | None]],
) -> Any:
    """Leave-one-group-out speaker accuracy of the learned chooser next to the rules (same quotes)."""
    from rich.table import Table

    from marsad.extract.quotes.ranker import CvItem, cross_validate, cv_items

    by_group: dict[str, dict[str, list[dict[str, Any]]]] = {}
    named = [("dev", dev)] + [(n, r) for n, r in sets if not n.startswith("dev")]
    for set_name, recs in named:
        for r in recs:
            grp = _cv_group(set_name, r["docno"], tune)
            by_group.setdefault(grp, {}).setdefault(r["docno"], []).append(r)
    groups: dict[str, list[CvItem]] = {}
    for grp, arts in by_group.items():
        items = groups.setdefault(grp, [])
        for d, gold in arts.items():
            if d in texts:
                quotes, mentions = extracted[d]
                items.extend(cv_items(texts[d], gold, quotes, mentions))
    rows = cross_validate(groups)
    table = Table(title="Speaker chooser, leave-one-group-out (speaker accuracy on matched quotes)")
    for col in ("held-out group", "matched", "rules", "ranker", "oracle"):
        table.add_column(col, justify="left" if col == "held-out group" else "right")
    for row in [*rows, None]:
        if row is None:
            n = sum(r.n for r in rows)
            vals = ("pooled", n, sum(r.rules_ok for r in rows), sum(r.ranker_ok for r in rows),
                    sum(r.oracle_ok for r in rows))  # fmt: skip
        else:
            vals = (row.group, row.n, row.rules_ok, row.ranker_ok, row.oracle_ok)
        name, n, *oks = vals
        table.add_row(str(name), str(n), *(f"{k / n:.3f}" if n else "-" for k in oks))
    return table


def register(app: typer.Typer, eval_app: typer.Typer, train_app: typer.Typer) -> None:
    @app.command("quotes")
    def quotes_cmd(
        inp: Path = typer.Argument(
            ..., help='JSONL of {"id", "text"} (optional "title", "outlet", "published").'
        ),
        out: Path = typer.Option(..., "--out", "-o", help="Where to write one JSON line per article."),
        tagger: bool = typer.Option(
            True, "--tagger/--no-tagger", help="Use the entity tagger's person names for speaker boundaries."
        ),
    ) -> None:
        """Extract quotes: statement span, direct or not, speaker, channel chain, cue."""
        from marsad.extract.quotes import extract_quotes

        n_art = n_q = bad = 0
        with (
            open(inp, encoding="utf-8") as src,
            open(out, "w", encoding="utf-8") as dst,
        ):
            for line in src:
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    text = rec.get("text") or ""
                    art_id = str(rec.get("id", ""))
                    quotes = extract_quotes(
                        text,
                        art_id,
                        outlet=rec.get("outlet"),
                        title=rec.get("title"),
                        mentions=_mentions(text, art_id) if tagger else None,
                    )
                except (ValueError, TypeError, AttributeError) as exc:
                    bad += 1
                    typer.echo(f"skipped a line: {exc}", err=True)
                    continue
                dst.write(
                    json.dumps(
                        {"id": rec.get("id"), "quotes": [quote_to_dict(q) for q in quotes]},
                        ensure_ascii=False,
                    )
                    + "\n"
                )
                n_art += 1
                n_q += len(quotes)
        typer.echo(f"{n_art} articles, {n_q} quotes -> {out}" + (f" ({bad} bad lines)" if bad else ""))

    @eval_app.command("quotes")
    def eval_quotes(
        gold: Path = typer.Option(GOLD, help="Gold quotes (check.py format)."),
        corpus: Path = typer.Option(CORPUS, help="ANT corpus holding the gold articles."),
        snn: Path = typer.Option(SNN, help="SaudiNewsNet corpus (for extra annotations with snn: ids)."),
        extra: Path = typer.Option(
            EXTRA, help="Folder of extra annotation files (*.jsonl), scored separately."
        ),
        predictions: Path | None = typer.Option(
            None, help="Also write our predictions here (check.py format)."
        ),
        tagger: bool = typer.Option(
            True, "--tagger/--no-tagger", help="Use the entity tagger's person names (as `marsad quotes`)."
        ),
        ranker_cv: bool = typer.Option(
            False,
            "--ranker-cv",
            help="Also cross-validate the experimental learned speaker chooser against the rules "
            "(leave one annotation batch out; the dev set in its two halves).",
        ),
    ) -> None:
        """Score quote extraction (span P/R/F1, speaker, channel) next to a quotation-mark baseline."""
        from rich.console import Console
        from rich.table import Table

        from marsad.extract.quotes import baseline_quotes, extract_quotes, score_quotes

        if not gold.exists():
            typer.echo(f"gold file not found: {gold}", err=True)
            raise typer.Exit(1)
        sets: list[tuple[str, list[dict[str, Any]]]] = []
        dev = read_jsonl(gold)
        tune, held = _split(r["docno"] for r in dev)
        sets.append((f"dev, all {len({r['docno'] for r in dev})} articles", dev))
        sets.append((f"dev, tune half ({len(tune)})", [r for r in dev if r["docno"] in tune]))
        sets.append((f"dev, held-out half ({len(held)})", [r for r in dev if r["docno"] in held]))
        if extra.exists():
            for path in sorted(extra.glob("*.jsonl")):
                recs = read_jsonl(path)
                sets.append((f"{path.stem} ({len({r['docno'] for r in recs})})", recs))
        need = {r["docno"] for _, recs in sets for r in recs}
        docs = _load_texts(need, corpus, snn)
        texts = {d: v["text"] for d, v in docs.items()}
        ours: list[dict[str, Any]] = []
        base: list[dict[str, Any]] = []
        extracted: dict[str, tuple[list[Quote], list[Mention] | None]] = {}
        for d, v in docs.items():
            mentions = _mentions(v["text"], d) if tagger else None
            quotes = extract_quotes(v["text"], d, outlet=v.get("outlet"), mentions=mentions)
            extracted[d] = (quotes, mentions)
            for q in quotes:
                ours.append({"docno": d, "quote_text": q.text, **quote_to_dict(q)})
            for q in baseline_quotes(v["text"], d):
                base.append({"docno": d, "quote_text": q.text, "speaker": q.speaker, "channel": q.channel})
        table = Table(title="Quote extraction (span IoU ≥ 0.5; speaker/channel on matched quotes)")
        for col in (
            "set",
            "system",
            "gold",
            "pred",
            "P",
            "R",
            "F1",
            "speaker",
            "speaker (lenient)",
            "channel",
        ):
            table.add_column(col, justify="left" if col in ("set", "system") else "right")
        for name, recs in sets:
            ids = {r["docno"] for r in recs}
            for label, preds in (("baseline", base), ("marsad", ours)):
                sc = score_quotes(texts, recs, [p for p in preds if p["docno"] in ids])
                table.add_row(
                    name,
                    label,
                    str(sc.gold),
                    str(sc.pred),
                    f"{sc.precision:.3f}",
                    f"{sc.recall:.3f}",
                    f"{sc.f1:.3f}",
                    f"{sc.speaker_accuracy:.3f}",
                    f"{sc.speaker_lenient_accuracy:.3f}",
                    f"{sc.channel_accuracy:.3f}",
                )
        Console().print(table)
        if ranker_cv:
            Console().print(_ranker_cv_table(sets, dev, tune, texts, extracted))
        missing = need - set(docs)
        if missing:
            typer.echo(f"{len(missing)} annotated articles not found in the corpora", err=True)
        if predictions is not None:
            # only the --gold articles, so that ``check.py --score`` reproduces the first rows
            dev_ids = {r["docno"] for r in dev}
            with open(predictions, "w", encoding="utf-8") as handle:
                for p in ours:
                    if p["docno"] in dev_ids:
                        handle.write(json.dumps(p, ensure_ascii=False) + "\n")
