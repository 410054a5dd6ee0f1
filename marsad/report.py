"""Records → the report JSON (the contract in docs/report.md and docs/report.schema.json)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from marsad import __version__
from marsad.types import (
    Article,
    ArticleFindings,
    Drop,
    Entity,
    Fact,
    FactSource,
    Mention,
    Quote,
    Story,
    SummarySentence,
    TimeExpr,
    TimelineEvent,
    record_to_dict,
)


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "outlet": article.outlet,
        "published": published_iso(article),
        "language": article.language,
        "text": article.text,
        "paragraphs": [{"text": p.text, "language": p.language} for p in article.paragraphs],
        "captions": list(article.captions),
        "embeds": [{"kind": e.kind, "text": e.text, "language": e.language} for e in article.embeds],
        "duplicate_of": article.duplicate_of,
    }


def published_iso(article: Article) -> str | None:
    """ISO 8601; a date alone when the page gave the day but no clock time."""
    if article.published is None:
        return None
    if article.metadata.get("published_precision") == "day":
        return article.published.date().isoformat()
    return article.published.isoformat()


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "variants": list(entity.variants),
        "roles": list(entity.roles),
        "mentions": [
            {"article_id": m.article_id, "start": m.start, "end": m.end, "text": m.text}
            for m in entity.mentions
        ],
    }


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    """A quote as the ``marsad quotes`` contract writes it (the report adds article and entity ids)."""
    return {
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "direct": quote.direct,
        "speaker": quote.speaker,
        "speaker_full": quote.speaker_full,
        "speaker_type": quote.speaker_type,
        "channel": list(quote.channel),
        "cue": quote.cue,
    }


def story_to_dict(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "article_ids": list(story.article_ids),
        "outlets": list(story.outlets),
        "first_seen": story.first_seen.isoformat() if story.first_seen else None,
        "last_seen": story.last_seen.isoformat() if story.last_seen else None,
        "size": story.size,
        "merged_from": list(story.merged_from),
        "split_from": story.split_from,
        "entities": [entity_to_dict(e) for e in story.entities],
        "time_expressions": [
            {
                "article_id": t.article_id,
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type,
                "value": t.value,
                "resolved_start": t.resolved_start,
                "resolved_end": t.resolved_end,
                "reference_estimated": t.reference_estimated,
            }
            for t in story.time_expressions
        ],
        "timeline": [
            {
                "date": e.date,
                "text": e.text,
                "article_ids": list(e.article_ids),
                "from_publication": e.from_publication,
            }
            for e in story.timeline
        ],
        "quotes": [
            {"article_id": q.article_id, **quote_to_dict(q), "speaker_entity_id": q.speaker_entity_id}
            for q in story.quotes
        ],
        "facts": [
            {
                "text": f.text,
                "status": f.status,
                "detail": f.detail,
                "sources": [record_to_dict(s) for s in f.sources],
            }
            for f in story.facts
        ],
        "summary": [{"text": s.text, "citations": list(s.citations)} for s in story.summary],
    }


@dataclass(slots=True)
class Report:
    """What one run produced: typed records, with ``to_dict()`` giving the report JSON."""

    articles: list[Article] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    errors: list[Drop] = field(default_factory=list)
    # What the extractors found in the articles this run extracted (not part of the JSON: the
    # stories carry it resolved); a store keeps it so later runs need not extract them again.
    findings: dict[str, ArticleFindings] = field(default_factory=dict)
    # Stories the clusterer split during this run, as (new story id, id it was split from).
    splits: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return build_report(self.articles, self.stories, self.errors)

    def article(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)


def build_report(
    articles: Sequence[Article], stories: Sequence[Story], errors: Sequence[Drop]
) -> dict[str, Any]:
    return {
        "marsad_version": __version__,
        "articles": [article_to_dict(a) for a in articles],
        "stories": [story_to_dict(s) for s in stories],
        "errors": [{"source": e.source, "error": e.error} for e in errors],
    }


def story_from_dict(data: dict[str, Any]) -> Story:
    """The inverse of :func:`story_to_dict` (stored stories come back as records)."""

    def moment(value: str | None) -> datetime | None:
        return datetime.fromisoformat(value) if value else None

    return Story(
        id=data["id"],
        title=data["title"],
        article_ids=list(data["article_ids"]),
        outlets=list(data.get("outlets", [])),
        first_seen=moment(data.get("first_seen")),
        last_seen=moment(data.get("last_seen")),
        merged_from=list(data.get("merged_from", [])),
        split_from=data.get("split_from"),
        entities=[
            Entity(
                id=e["id"],
                name=e["name"],
                type=e["type"],
                variants=list(e.get("variants", [])),
                roles=list(e.get("roles", [])),
                mentions=[
                    Mention(m["article_id"], m["start"], m["end"], m["text"], e["type"])
                    for m in e["mentions"]
                ],
            )
            for e in data.get("entities", [])
        ],
        time_expressions=[TimeExpr(**t) for t in data.get("time_expressions", [])],
        timeline=[TimelineEvent(**e) for e in data.get("timeline", [])],
        quotes=[Quote(**q) for q in data.get("quotes", [])],
        facts=[
            Fact(f["text"], f["status"], [FactSource(**src) for src in f["sources"]], f.get("detail"))
            for f in data.get("facts", [])
        ],
        summary=[SummarySentence(**x) for x in data.get("summary", [])],
    )


def findings_to_dict(found: ArticleFindings) -> dict[str, Any]:
    return record_to_dict(found)


def findings_from_dict(data: dict[str, Any]) -> ArticleFindings:
    """The inverse of :func:`findings_to_dict`."""
    return ArticleFindings(
        mentions=[Mention(**m) for m in data.get("mentions", [])],
        times=[TimeExpr(**t) for t in data.get("times", [])],
        quotes=[Quote(**q) for q in data.get("quotes", [])],
    )
