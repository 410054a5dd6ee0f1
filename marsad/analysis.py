"""The Python API: ``marsad.analyze(inputs)`` over paths, strings or records."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from marsad.ingest import ReadOptions, json_record, read_inputs
from marsad.pipeline import Pipeline, PipelineOptions
from marsad.report import Report
from marsad.types import Drop, RawRecord

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
) -> Report:
    """Run every stage over ``inputs`` and return the typed :class:`Report` (``.to_dict()`` = JSON)."""
    if isinstance(inputs, str | Path | Mapping | RawRecord):
        inputs = [inputs]
    return Pipeline(options or PipelineOptions()).run(to_records(inputs, read_options))
