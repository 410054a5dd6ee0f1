"""The everyday commands: ingest, run, search, show."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from marsad.ingest import ReadOptions
    from marsad.report import Report
    from marsad.store import Store
    from marsad.types import Drop, RawRecord

DB_OPTION = typer.Option("marsad.db", "--db", help="SQLite store file.", envvar="MARSAD_DB")
QUIET_OPTION = typer.Option(False, "--quiet", "-q", help="Print only errors and the final line.")
FIELD_HELP = "JSON field holding the article {}, tried before the usual names."
ID_FIELD_OPTION = typer.Option(None, help=FIELD_HELP.format("id"))
TITLE_FIELD_OPTION = typer.Option(None, help=FIELD_HELP.format("title"))
TEXT_FIELD_OPTION = typer.Option(None, help=FIELD_HELP.format("text"))
DATE_FIELD_OPTION = typer.Option(None, help=FIELD_HELP.format("publication date"))
OUTLET_FIELD_OPTION = typer.Option(None, help=FIELD_HELP.format("outlet"))
INPUTS_ARGUMENT = typer.Argument(..., help="Files, folders, URLs, or - for stdin.")


def _read_options(
    id_field: str | None,
    title_field: str | None,
    text_field: str | None,
    date_field: str | None,
    outlet_field: str | None,
) -> ReadOptions:
    from marsad.ingest import FieldMap, ReadOptions

    fields = FieldMap().with_overrides(
        id=id_field, title=title_field, text=text_field, published=date_field, outlet=outlet_field
    )
    return ReadOptions(fields=fields)


def _read_with_progress(
    inputs: list[str], options: ReadOptions, console: Console, quiet: bool
) -> list[RawRecord | Drop]:
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from marsad.ingest import read_inputs

    records: list[RawRecord | Drop] = []
    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console, disable=quiet
    ) as progress:
        task = progress.add_task("reading inputs", total=None)
        for record in read_inputs(inputs, options):
            records.append(record)
            progress.update(task, description=f"reading inputs: {len(records)} records")
    return records


def _process(
    records: list[RawRecord | Drop], console: Console, quiet: bool, store: Store, cluster: bool = True
) -> Report:
    """The pipeline over ``records``, continuing (and saving into) ``store``, with a progress bar."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from marsad.analysis import run_on_store
    from marsad.pipeline import Pipeline, PipelineOptions

    stages = ["clean", "dedupe", "extract", "stories"]
    with Progress(
        TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(), console=console, disable=quiet
    ) as progress:
        task = progress.add_task("cleaning", total=len(stages))

        def step(name: str, _count: int) -> None:
            progress.update(task, advance=1, description=f"{name} done")

        return run_on_store(Pipeline(PipelineOptions(cluster=cluster)), records, store, progress=step)


def register(app: typer.Typer, eval_app: typer.Typer, train_app: typer.Typer) -> None:
    @app.command("ingest")
    def ingest(
        inputs: list[str] = INPUTS_ARGUMENT,
        db: Path = DB_OPTION,
        quiet: bool = QUIET_OPTION,
        id_field: str | None = ID_FIELD_OPTION,
        title_field: str | None = TITLE_FIELD_OPTION,
        text_field: str | None = TEXT_FIELD_OPTION,
        date_field: str | None = DATE_FIELD_OPTION,
        outlet_field: str | None = OUTLET_FIELD_OPTION,
    ) -> None:
        """Read, clean and store articles (no story analysis)."""
        from marsad.clean import clean_batch
        from marsad.store import open_store
        from marsad.types import Article, Drop

        console = Console(stderr=True)
        options = _read_options(id_field, title_field, text_field, date_field, outlet_field)
        records = _read_with_progress(inputs, options, console, quiet)
        cleaned = clean_batch(records)
        articles = [a for a in cleaned if isinstance(a, Article)]
        errors = [d for d in cleaned if isinstance(d, Drop)]
        with open_store(db) as store:  # type: ignore[attr-defined]
            result = store.put_articles(articles)
            if errors:
                store.put_errors((e.source, e.error) for e in errors)
        _print_errors(errors, console)
        Console().print(
            f"{result.inserted} new, {result.updated} updated, {result.unchanged} unchanged, "
            f"{len(errors)} errors → {db}"
        )

    @app.command("run")
    def run(
        inputs: list[str] = INPUTS_ARGUMENT,
        out: Path = typer.Option(Path("report.json"), "--out", "-o", help="Where to write the report JSON."),
        db: Path = DB_OPTION,
        quiet: bool = QUIET_OPTION,
        id_field: str | None = ID_FIELD_OPTION,
        title_field: str | None = TITLE_FIELD_OPTION,
        text_field: str | None = TEXT_FIELD_OPTION,
        date_field: str | None = DATE_FIELD_OPTION,
        outlet_field: str | None = OUTLET_FIELD_OPTION,
    ) -> None:
        """Ingest, run every stage, store, and write the story report."""
        from marsad.store import open_store

        console = Console(stderr=True)
        options = _read_options(id_field, title_field, text_field, date_field, outlet_field)
        records = _read_with_progress(inputs, options, console, quiet)
        with open_store(db) as store:  # type: ignore[attr-defined]
            report = _process(records, console, quiet, store)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
        _print_errors(report.errors, console)
        if not quiet:
            _print_overview(report, Console())
        Console().print(
            f"{len(report.articles)} articles, {len(report.stories)} stories, {len(report.errors)} errors "
            f"→ report: [bold]{out}[/bold], store: {db}"
        )

    @app.command("search")
    def search(
        query: str = typer.Argument(..., help="Words to find (Arabic spelling variants match)."),
        db: Path = DB_OPTION,
        limit: int = typer.Option(20, help="Most hits to show."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON lines instead of a table."),
    ) -> None:
        """Full-text search over stored titles and bodies."""
        from marsad.store import open_store

        with open_store(db) as store:  # type: ignore[attr-defined]
            hits = store.search(query, limit=limit)
        if as_json:
            for hit in hits:
                typer.echo(
                    json.dumps(
                        hit.__dict__ if hasattr(hit, "__dict__") else _hit_dict(hit), ensure_ascii=False
                    )
                )
            return
        table = Table(title=f"{len(hits)} hits for {query!r}")
        for column in ("id", "outlet", "published", "title", "snippet"):
            table.add_column(column, overflow="fold")
        for hit in hits:
            table.add_row(hit.article_id, hit.outlet or "", hit.published or "", hit.title or "", hit.snippet)
        Console().print(table)

    @app.command("show")
    def show(
        item_id: str = typer.Argument(..., help="An article id or a story id."),
        db: Path = DB_OPTION,
    ) -> None:
        """Print one stored article or story as JSON."""
        from marsad.report import article_to_dict
        from marsad.store import open_store

        with open_store(db) as store:  # type: ignore[attr-defined]
            article = store.get_article(item_id)
            if article is not None:
                payload = article_to_dict(article)
                payload["stories"] = store.stories_of_article(item_id)
            else:
                payload = store.get_story(item_id)
        if payload is None:
            Console(stderr=True).print(f"[red]no article or story with id {item_id!r} in {db}[/red]")
            raise typer.Exit(1)
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))

    @app.command("entity")
    def entity(
        name: str = typer.Argument(..., help="A name or part of one, in any spelling (بوليانسكي, الاسد)."),
        db: Path = DB_OPTION,
    ) -> None:
        """Canonical entities matching NAME and every stored story each appears in."""
        from marsad.store import open_store

        with open_store(db) as store:  # type: ignore[attr-defined]
            found = store.find_entities(name)  # type: ignore[attr-defined]
            table = Table(title=f"{len(found)} entities matching {name!r}")
            for column in ("id", "type", "name", "variants", "roles", "stories"):
                table.add_column(column, overflow="fold")
            for item in found:
                stories = store.stories_of_entity(item["id"])
                table.add_row(
                    item["id"],
                    item["type"],
                    item["name"],
                    "، ".join(item.get("variants", [])),
                    "، ".join(item.get("roles", [])),
                    "\n".join(stories),
                )
        Console().print(table)

    @app.command("brief")
    def brief(
        item_id: str = typer.Argument(..., help="A story id (or the id of one of its articles)."),
        db: Path = DB_OPTION,
        out: Path | None = typer.Option(
            None, "--out", "-o", help="Write the Markdown here instead of stdout."
        ),
    ) -> None:
        """The story brief as Markdown: cited summary, timeline, entities, quotes, comparison."""
        _brief(item_id, db, out)


def _brief(item_id: str, db: Path, out: Path | None) -> None:
    from marsad.report import story_from_dict
    from marsad.store import open_store
    from marsad.summarize import brief_markdown

    with open_store(db) as store:  # type: ignore[attr-defined]
        data = store.get_story(item_id)
        if data is None:
            story_ids = store.stories_of_article(item_id)  # type: ignore[attr-defined]
            data = store.get_story(story_ids[0]) if story_ids else None
        if data is None:
            Console(stderr=True).print(
                f"[red]no story (or article of a story) with id {item_id!r} in {db}[/red]"
            )
            raise typer.Exit(1)
        story = story_from_dict(data)
        articles = list(store.iter_articles(story.article_ids))
    markdown = brief_markdown(story, articles)
    if out is None:
        typer.echo(markdown)
    else:
        out.write_text(markdown, encoding="utf-8")
        Console(stderr=True).print(f"brief of {story.id} → {out}")


def _hit_dict(hit: object) -> dict[str, object]:
    return {name: getattr(hit, name) for name in hit.__slots__}  # type: ignore[attr-defined]


def _print_errors(errors: list[Drop], console: Console) -> None:
    for error in errors[:20]:
        console.print(f"[yellow]skipped[/yellow] {error.source}: {error.error}")
    if len(errors) > 20:
        console.print(f"[yellow]… and {len(errors) - 20} more errors (all are in the report)[/yellow]")


def _print_overview(report: Report, console: Console) -> None:
    by_id = {a.id: a for a in report.articles}
    table = Table(title="Stories", show_lines=True)
    table.add_column("story")
    table.add_column("title", overflow="fold")
    table.add_column("articles", justify="right")
    table.add_column("outlets", overflow="fold")
    for story in sorted(report.stories, key=lambda s: -s.size)[:30]:
        members = [by_id[a] for a in story.article_ids if a in by_id]
        outlets = sorted({a.outlet for a in members if a.outlet})
        unnamed = sum(1 for a in members if not a.outlet)
        if unnamed:
            outlets.append(f"({unnamed} unnamed)")
        table.add_row(story.id, story.title, str(story.size), ", ".join(outlets))
    console.print(table)
    if len(report.stories) > 30:
        console.print(f"… {len(report.stories) - 30} more stories in the report")
