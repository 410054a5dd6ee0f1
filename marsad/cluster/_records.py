"""TEMPORARY input reader for the clustering commands: swap for ``marsad.ingest`` + ``marsad.clean``.

The lead is writing the real ingest/clean stages; until they land, ``marsad cluster`` and
``marsad eval clustering`` read JSON-lines records (optionally gzipped) and plain-text files here.
Only the command layer calls this module: the clustering code itself takes ``Article`` records.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from marsad.types import Article

_ID_FIELDS = ("id", "docno", "url")
_TEXT_FIELDS = ("text", "body", "content")
_DATE_FIELDS = ("published", "time", "date", "date_extracted")
_OUTLET_FIELDS = ("outlet", "source", "src", "site")


def parse_date(value: Any) -> datetime | None:
    """An RFC 2822 or ISO 8601 date, or ``None`` when it cannot be read."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _first(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def article_from_record(record: dict[str, Any], source: str, fallback_id: str) -> Article | None:
    """An Article from one JSON record, or ``None`` when it has no text."""
    text = _first(record, _TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        return None
    ident = _first(record, _ID_FIELDS)
    return Article(
        id=str(ident) if ident is not None else fallback_id,
        source=source,
        text=text,
        content_hash=hashlib.sha1(text.encode("utf-8")).hexdigest(),
        title=record.get("title") or None,
        url=record.get("url") or None,
        outlet=_first(record, _OUTLET_FIELDS),
        published=parse_date(_first(record, _DATE_FIELDS)),
    )


def _open(path: Path) -> Any:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def read_articles(path: Path) -> Iterator[Article]:
    """Articles of one input file: JSON lines (``.jsonl``/``.json``, maybe ``.gz``) or a plain text file."""
    name = path.name.removesuffix(".gz")
    if name.endswith((".jsonl", ".json", ".ndjson")):
        with _open(path) as handle:
            for number, line in enumerate(handle, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(record, dict):
                    article = article_from_record(record, str(path), f"{path.stem}:{number}")
                    if article is not None:
                        yield article
        return
    with _open(path) as handle:
        text = handle.read()
    if text.strip():
        yield Article(
            id=path.stem,
            source=str(path),
            text=text,
            content_hash=hashlib.sha1(text.encode("utf-8")).hexdigest(),
        )
