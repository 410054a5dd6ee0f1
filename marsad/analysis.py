"""The Python API: ``marsad.analyze(inputs)`` over paths, strings or records."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from marsad import __version__
from marsad.ingest import ReadOptions, json_record, read_inputs
from marsad.pipeline import History, Pipeline, PipelineOptions, Progress
from marsad.report import Report, findings_from_dict, findings_to_dict
from marsad.store import Store, open_store
from marsad.types import Article, ArticleFindings, Drop, RawRecord

Input = str | Path | Mapping[str, Any] | RawRecord


def to_records(inputs: Iterable[Input], read_options: ReadOptions | None = None) -> list[RawRecord | Drop]:
    """Raw records of mixed inputs: a path (file or folder), a text string, a dict record."""
    options = read_options or ReadOptions()
    records: list[RawRecord | Drop] = []
    for index, item in enumerate(inputs, start=1):
        if isinstance(item, RawRecord):
            records.append(item)
        elif isinstance(item, Mapping):
            records.append(json_record(dict(item), f"<record {index}>", options.fields))
        elif isinstance(item, Path) or (isinstance(item, str) and _looks_like_path(item)):
            records.extend(read_inputs([item], options))
        elif isinstance(item, str):
            digest = hashlib.sha1(item.encode("utf-8")).hexdigest()[:12]
            records.append(
                RawRecord(id=f"text-{digest}", source=f"<text {index}>", content=item, kind="text")
            )
        else:
            records.append(Drop(f"<input {index}>", f"cannot analyse a {type(item).__name__}"))
    return records


def _looks_like_path(value: str) -> bool:
    if "\n" in value or len(value) > 4096:
        return False
    return value == "-" or value.startswith(("http://", "https://")) or Path(value).exists()


def analyze(
    inputs: Iterable[Input] | Input,
    options: PipelineOptions | None = None,
    read_options: ReadOptions | None = None,
    store: Store | str | Path | None = None,
) -> Report:
    """Run every stage over ``inputs`` and return the typed :class:`Report` (``.to_dict()`` = JSON).

    With ``store`` (a :class:`Store` or a SQLite path) the run continues the stories already there
    and saves what it produced: see :func:`run_on_store`."""
    if isinstance(inputs, str | Path | Mapping | RawRecord):
        inputs = [inputs]
    records = to_records(inputs, read_options)
    pipeline = Pipeline(options or PipelineOptions())
    if store is None:
        return pipeline.run(records)
    if isinstance(store, str | Path):
        opened = open_store(store)
        try:
            return run_on_store(pipeline, records, opened)
        finally:
            opened.close()
    return run_on_store(pipeline, records, store)


@functools.cache
def extractor_fingerprint() -> str:
    """A digest of everything the per-article extractors depend on (their code, models and the text
    helpers), so saved findings are reused only by the extractors that produced them."""
    root = Path(__file__).parent
    digest = hashlib.sha1(__version__.encode())
    for folder in ("extract", "models", "text"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix not in {".pyc"}:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def run_on_store(
    pipeline: Pipeline,
    records: list[RawRecord | Drop],
    store: Store,
    progress: Progress | None = None,
) -> Report:
    """One incremental run: resume the store's clusterer, run the batch, save everything at once.

    New articles join the stories of earlier runs (or open new ones, or bridge two, which merges
    them, or grow a story until the clusterer splits it); each story the batch touches, both sides of
    a split included, is analysed again over all its articles and replaces its stored version.
    Articles already stored (same id, same content) are not clustered again, so
    running the same input twice changes nothing.  The articles, stories, errors and clusterer state
    land in one transaction: a crash leaves the store as it was before the run."""
    from marsad.cluster.online import OnlineStoryClusterer
    from marsad.cluster.state import dump_state, load_state

    state = store.get_cluster_state() if pipeline.options.cluster else None
    clusterer = OnlineStoryClusterer.from_state(load_state(state)) if state else OnlineStoryClusterer()
    extractor = extractor_fingerprint()

    def saved_findings(articles: Sequence[Article]) -> dict[str, ArticleFindings]:
        return {k: findings_from_dict(v) for k, v in store.get_findings(articles, extractor).items()}

    history = History(
        clusterer=clusterer, fetch=lambda ids: list(store.iter_articles(ids)), findings=saved_findings
    )
    report = pipeline.run(records, progress=progress, history=history)
    by_id = {a.id: a for a in report.articles}
    with store.batch():
        store.put_articles(report.articles)
        store.put_findings(
            ((by_id[i], findings_to_dict(f)) for i, f in report.findings.items() if i in by_id), extractor
        )
        store.put_stories(report.stories)
        if report.errors:
            store.put_errors((e.source, e.error) for e in report.errors)
        if pipeline.options.cluster:
            store.put_story_splits(report.splits)
            store.put_cluster_state(dump_state(clusterer.state_dict()))
    return report
