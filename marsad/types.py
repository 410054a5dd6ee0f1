"""The plain records that flow through every Marsad stage.

Stages take these records and return enriched copies (``dataclasses.replace``); only the edges
(ingest, store, CLI, API) read or write anything.  Every character offset (``start``/``end``)
points into the displayed ``Article.text``, never into a normalised copy.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
SpeakerType = Literal["PER", "ORG", "ANON"]
FactStatus = Literal["agreed", "unique", "conflict"]
TimeType = Literal["date", "time", "datetime", "daterange", "timerange", "datetimerange", "duration", "set"]


@dataclass(slots=True)
class RawRecord:
    """One input item as read from its source, before cleaning.

    ``kind`` says how ``content`` should be read: ``"html"`` (a web page), ``"text"`` (a plain
    scrape, possibly with site furniture) or ``"body"`` (already-clean article text from a
    structured record such as JSONL or RSS).
    """

    id: str
    source: str
    content: str
    kind: Literal["html", "text", "body"]
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Paragraph:
    text: str
    language: str | None
    start: int  # offset of this paragraph in Article.text

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(slots=True)
class Embed:
    """Content embedded in a page but not written by the outlet (a tweet, a post)."""

    kind: str
    text: str
    language: str | None = None
    url: str | None = None


@dataclass(slots=True)
class Article:
    id: str
    source: str
    text: str
    content_hash: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    language: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    embeds: list[Embed] = field(default_factory=list)
    # Lines removed as site furniture, kept so a reader can audit what the cleaner dropped.
    furniture: list[str] = field(default_factory=list)
    duplicate_of: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Mention:
    article_id: str
    start: int
    end: int
    text: str
    type: EntityType | None = None


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: EntityType
    variants: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


@dataclass(slots=True)
class TimeExpr:
    article_id: str
    start: int
    end: int
    text: str
    type: str
    value: str  # TIMEX3 value, Recognizers-Text conventions
    resolved_start: str | None = None  # ISO 8601, for the timeline
    resolved_end: str | None = None
    # True when the article gave no publication time and the story's latest dated article stood in.
    reference_estimated: bool = False


@dataclass(slots=True)
class Quote:
    article_id: str
    start: int
    end: int
    text: str
    direct: bool
    speaker: str | None = None
    speaker_full: str | None = None
    speaker_type: SpeakerType | None = None
    speaker_entity_id: str | None = None
    channel: list[str] = field(default_factory=list)
    cue: str | None = None


@dataclass(slots=True)
class ArticleFindings:
    """What the per-article extractors found in one article (offsets into its ``text``)."""

    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


@dataclass(slots=True)
class FactSource:
    article_id: str
    text: str


@dataclass(slots=True)
class Fact:
    text: str
    status: FactStatus
    sources: list[FactSource] = field(default_factory=list)
    detail: str | None = None


@dataclass(slots=True)
class TimelineEvent:
    date: str
    text: str
    article_ids: list[str] = field(default_factory=list)
    from_publication: bool = False


@dataclass(slots=True)
class SummarySentence:
    text: str
    citations: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Story:
    id: str
    title: str
    article_ids: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    entities: list[Entity] = field(default_factory=list)
    time_expressions: list[TimeExpr] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    summary: list[SummarySentence] = field(default_factory=list)
    merged_from: list[str] = field(default_factory=list)
    # The story this one was cut out of when a split check found it chained to another event.
    split_from: str | None = None

    @property
    def size(self) -> int:
        return len(self.article_ids)


@dataclass(slots=True)
class Drop:
    """An input that could not be processed: counted and reported, never raised."""

    source: str
    error: str


def record_to_dict(record: Any) -> dict[str, Any]:
    """A JSON-ready dict of any record above (datetimes as ISO 8601)."""
    return _jsonable(asdict(record))


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value
