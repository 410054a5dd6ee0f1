"""EDGE: files, directories, URLs and stdin → :class:`RawRecord` (or a :class:`Drop` per broken item).

A reader never raises for bad data: an unreadable file becomes a ``Drop`` with a message and the
rest of the batch goes on.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.errors import InputError
from marsad.ingest.encoding import decode_bytes
from marsad.types import Drop, RawRecord

_HTML_SNIFF = re.compile(
    rb"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html|<head|<body|<article|<div|<p[\s>])", re.I | re.S
)
_FEED_SNIFF = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]", re.I | re.S)
_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom"}
WARC_SUFFIXES = {".warc", ".arc"}


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Which JSON fields hold which article attribute (first present, non-empty wins)."""

    id: Sequence[str] = ("id", "docno", "url")
    title: Sequence[str] = ("title", "headline")
    text: Sequence[str] = ("text", "body", "content", "html")
    published: Sequence[str] = ("published", "time", "date", "date_published", "pubdate")
    outlet: Sequence[str] = ("source", "src", "outlet", "site", "sitename")
    url: Sequence[str] = ("url", "link")

    def with_overrides(self, **overrides: str | None) -> FieldMap:
        """A copy where each given attribute is looked up in the named field first."""
        values: dict[str, Any] = {}
        for name, override in overrides.items():
            if override:
                values[name] = (override, *getattr(self, name))
        return FieldMap(**{**{n: getattr(self, n) for n in self.__slots__}, **values})


@dataclass(slots=True)
class ReadOptions:
    fields: FieldMap = field(default_factory=FieldMap)


def read_inputs(
    inputs: Iterable[str | Path], options: ReadOptions | None = None
) -> Iterator[RawRecord | Drop]:
    """Every record from every input: paths, directories (recursively, sorted), URLs, or ``-``."""
    options = options or ReadOptions()
    for item in inputs:
        name = str(item)
        try:
            if name == "-":
                yield from _read_bytes(sys.stdin.buffer.read(), "<stdin>", "stdin", options)
            elif name.startswith(("http://", "https://")):
                yield from _read_url(name, options)
            else:
                path = Path(name)
                if path.is_dir():
                    for child in sorted(
                        p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
                    ):
                        yield from _read_file(child, options)
                elif path.exists():
                    yield from _read_file(path, options)
                else:
                    yield Drop(name, "no such file or directory")
        except Exception as error:  # a reader bug must not stop the batch either
            yield Drop(name, f"could not read input: {error}")


def _read_file(path: Path, options: ReadOptions) -> Iterator[RawRecord | Drop]:
    try:
        data = path.read_bytes()
    except OSError as error:
        yield Drop(str(path), f"cannot open file: {error.strerror or error}")
        return
    stem = _stem(path)
    try:
        yield from _read_bytes(data, str(path), stem, options, suffixes=_suffixes(path))
    except InputError as error:
        yield Drop(str(path), str(error))


def _read_url(url: str, options: ReadOptions) -> Iterator[RawRecord | Drop]:
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            data = response.read()
    except Exception as error:
        yield Drop(url, f"cannot fetch URL: {error}")
        return
    try:
        for record in _read_bytes(data, url, url, options, suffixes=_suffixes(Path(url.split("?")[0]))):
            if isinstance(record, RawRecord) and record.url is None and record.kind == "html":
                record.url = url
            yield record
    except InputError as error:
        yield Drop(url, str(error))


def _suffixes(path: Path) -> list[str]:
    return [s.lower() for s in path.suffixes]


def _stem(path: Path) -> str:
    name = path.name
    for suffix in reversed(path.suffixes):
        if suffix.lower() in {
            ".gz",
            *TEXT_SUFFIXES,
            *HTML_SUFFIXES,
            *JSON_SUFFIXES,
            *FEED_SUFFIXES,
            *WARC_SUFFIXES,
        }:
            name = name[: -len(suffix)]
        else:
            break
    return name or path.name


def _read_bytes(
    data: bytes, source: str, stem: str, options: ReadOptions, suffixes: Sequence[str] = ()
) -> Iterator[RawRecord | Drop]:
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            raise InputError(f"corrupt gzip file: {error}") from error
        suffixes = [s for s in suffixes if s != ".gz"]
    kinds = set(suffixes)
    if kinds & WARC_SUFFIXES or data[:8] in (b"WARC/1.0", b"WARC/1.1") or data.startswith(b"WARC/"):
        yield from _read_warc(data, source, options)
        return
    if kinds & JSON_SUFFIXES:
        yield from _read_json(data, source, options)
        return
    if _FEED_SNIFF.match(data[:2048]) or kinds & {".rss", ".atom"}:
        yield from _read_feed(data, source)
        return
    text, encoding = decode_bytes(data)
    if kinds & HTML_SUFFIXES or _HTML_SNIFF.match(data[:2048]) or _HTML_SNIFF.match(text[:2048].encode()):
        yield RawRecord(id=stem, source=source, content=text, kind="html", metadata={"encoding": encoding})
        return
    stripped = text.lstrip()
    if not kinds and stripped[:1] in "{[":
        yield from _read_json(data, source, options)
        return
    _check_text(text)
    yield RawRecord(id=stem, source=source, content=text, kind="text", metadata={"encoding": encoding})


def _check_text(text: str) -> None:
    letters = sum(1 for c in text[:5000] if c.isalpha())
    if letters < 3:
        raise InputError("no text: the input has no letters (empty or binary content)")
    controls = sum(1 for c in text[:5000] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 5000):
        raise InputError("binary input: too many control characters to be article text")


def _read_json(data: bytes, source: str, options: ReadOptions) -> Iterator[RawRecord | Drop]:
    text, _ = decode_bytes(data)
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except json.JSONDecodeError as error:
            raise InputError(f"malformed JSON: {error}") from error
        for index, item in enumerate(items):
            yield json_record(item, f"{source}#{index + 1}", options.fields)
        return
    lines = text.splitlines()
    if stripped.startswith("{") and len([line for line in lines if line.strip()]) > 1:
        try:  # one pretty-printed object spanning many lines
            item = json.loads(stripped)
        except json.JSONDecodeError:
            item = None
        if isinstance(item, dict):
            yield json_record(item, f"{source}#1", options.fields)
            return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            yield Drop(where, f"malformed JSON line: {error.msg} (column {error.colno})")
            continue
        yield json_record(item, where, options.fields)


def _first(item: dict[str, Any], names: Sequence[str]) -> Any:
    for name in names:
        value = item.get(name)
        if value not in (None, "", "None"):
            return value
    return None


def json_record(item: Any, where: str, fields: FieldMap) -> RawRecord | Drop:
    """One JSON object → a RawRecord (fields looked up through ``fields``), or a Drop saying why not."""
    if not isinstance(item, dict):
        return Drop(where, f"expected a JSON object, got {type(item).__name__}")
    body = _first(item, fields.text)
    if not isinstance(body, str) or not body.strip():
        return Drop(where, f"record has no text (looked in fields: {', '.join(fields.text)})")
    record_id = _first(item, fields.id)
    if record_id is None:
        record_id = "sha1-" + hashlib.sha1(body.encode()).hexdigest()[:16]
    published = _first(item, fields.published)
    known = {*fields.id, *fields.title, *fields.text, *fields.published, *fields.outlet, *fields.url}
    return RawRecord(
        id=str(record_id),
        source=where,
        content=body,
        kind="html" if _TAG.search(body[:3000]) and body.lstrip().startswith("<") else "body",
        title=_as_text(_first(item, fields.title)),
        url=_as_text(_first(item, fields.url)),
        published=str(published) if published is not None else None,
        outlet=_as_text(_first(item, fields.outlet)),
        metadata={
            k: v for k, v in item.items() if k not in known and isinstance(v, str | int | float | bool)
        },
    )


def _as_text(value: Any) -> str | None:
    return None if value is None else str(value)


def _read_feed(data: bytes, source: str) -> Iterator[RawRecord | Drop]:
    import feedparser

    feed = feedparser.parse(io.BytesIO(data))
    if feed.bozo and not feed.entries:
        raise InputError(f"malformed feed: {feed.get('bozo_exception', 'not RSS or Atom')}")
    outlet = feed.feed.get("title")
    for index, entry in enumerate(feed.entries, start=1):
        where = f"{source}#{index}"
        content = ""
        if entry.get("content"):
            content = entry.content[0].get("value", "")
        content = content or entry.get("summary", "") or entry.get("description", "")
        if not content.strip():
            yield Drop(where, "feed entry has no content or summary")
            continue
        published = entry.get("published") or entry.get("updated")
        yield RawRecord(
            id=str(entry.get("id") or entry.get("link") or f"{Path(source).name}#{index}"),
            source=where,
            content=html_fragment_to_text(content) if _TAG.search(content) else content,
            kind="body",
            title=entry.get("title"),
            url=entry.get("link"),
            published=published,
            outlet=outlet,
        )


def html_fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment (feed summaries), one paragraph per block element."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:
        return _TAG.sub(" ", fragment)
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n\n" + (block.tail or "")
    text = root.text_content()
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+", " ", text)).strip()


def _read_warc(data: bytes, source: str, options: ReadOptions) -> Iterator[RawRecord | Drop]:
    from warcio.archiveiterator import ArchiveIterator

    try:
        for index, record in enumerate(ArchiveIterator(io.BytesIO(data)), start=1):
            if record.rec_type not in ("response", "resource"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or f"{source}#{index}"
            content_type = ""
            if record.http_headers is not None:
                content_type = record.http_headers.get_header("Content-Type") or ""
            else:
                content_type = record.rec_headers.get_header("Content-Type") or ""
            if content_type and "html" not in content_type and "text" not in content_type:
                continue
            payload = record.content_stream().read()
            where = f"{source}#{url}"
            try:
                text, encoding = _decode_html(payload, content_type)
            except InputError as error:
                yield Drop(where, str(error))
                continue
            yield RawRecord(
                id=url,
                source=where,
                content=text,
                kind="html",
                url=url,
                metadata={"encoding": encoding, "crawled": record.rec_headers.get_header("WARC-Date")},
            )
    except Exception as error:
        raise InputError(f"malformed WARC: {error}") from error


def _decode_html(payload: bytes, content_type: str) -> tuple[str, str]:
    match = re.search(r"charset=([\w-]+)", content_type, re.I) or re.search(
        rb"<meta[^>]+charset=[\"']?([\w-]+)", payload[:4096], re.I
    )
    if match:
        declared = match.group(1)
        encoding = declared.decode() if isinstance(declared, bytes) else declared
        try:
            return payload.decode(encoding), encoding.lower()
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(payload)
