"""Clean stage: RawRecord → Article (body paragraphs, title, outlet, publication time, language;
captions and embeds kept apart; furniture removed and kept for audit)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from marsad.clean.furniture import FurnitureModel
from marsad.clean.html import extract_page
from marsad.clean.language import detect_language
from marsad.clean.plaintext import split_scrape
from marsad.text.calendar import parse_published
from marsad.types import Article, Drop, Embed, Paragraph, RawRecord

__all__ = ["FurnitureModel", "clean_batch", "clean_record", "content_hash", "learn_furniture"]


def content_hash(text: str) -> str:
    """Hash of the clean body, whitespace-insensitive: the same article read twice hashes alike."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def furniture_group(raw: RawRecord) -> str:
    """Articles of one outlet share furniture; without an outlet, the source folder stands in."""
    if raw.outlet:
        return raw.outlet
    if raw.url and "://" in raw.url:
        return raw.url.split("/")[2]
    return str(Path(raw.source.split("#")[0].split(":")[0]).parent)


def learn_furniture(records: Iterable[RawRecord], model: FurnitureModel | None = None) -> FurnitureModel:
    """Count the lines of plain-text records per outlet (see :class:`FurnitureModel`)."""
    model = model or FurnitureModel()
    for raw in records:
        if raw.kind in ("text", "body"):
            model.observe(furniture_group(raw), raw.content.splitlines())
    return model


def clean_record(raw: RawRecord, furniture: FurnitureModel | None = None) -> Article | Drop:
    """One raw record → an Article, or a Drop saying why nothing usable was found."""
    group = furniture_group(raw)
    captions: list[str] = []
    embeds: list[Embed] = []
    title, outlet, published_text, url = raw.title, raw.outlet, raw.published, raw.url
    if raw.kind == "html":
        page = extract_page(raw.content, url=raw.url)
        if not page.text.strip():
            return Drop(raw.source, "no article text found in the HTML page")
        captions.extend(page.captions)
        embeds.extend(page.embeds)
        title = title or page.title
        outlet = outlet or page.outlet
        published_text = published_text or page.published
        url = url or page.url
        parts = split_scrape(page.text, furniture, group, known_title=title or "", run_on_header=False)
    else:
        parts = split_scrape(
            raw.content,
            furniture,
            group,
            known_title=title,
            run_on_header=raw.kind == "text",
        )
        title = title or parts.title
    captions.extend(parts.captions)
    embeds.extend(parts.embeds)
    outlet = outlet or parts.outlet
    published = parse_published(published_text)
    metadata = dict(raw.metadata)
    if published is None and parts.published is not None:
        published = parts.published
        # A dateline without a clock gives the day only; the report prints it as a date.
        metadata["published_precision"] = "minute" if parts.published_has_clock else "day"
    if not parts.paragraphs:
        return Drop(raw.source, "no article text left after cleaning (only furniture, captions or embeds)")
    paragraphs = _paragraphs(parts.paragraphs)
    text = "\n\n".join(p.text for p in paragraphs)
    for embed in embeds:
        if embed.language is None:
            embed.language = detect_language(embed.text)
    if parts.section:
        metadata["section"] = parts.section
    return Article(
        id=raw.id,
        source=raw.source,
        text=text,
        content_hash=content_hash(text),
        title=" ".join(title.split()) if title else None,
        url=url,
        outlet=outlet,
        published=published,
        language=_main_language(paragraphs),
        paragraphs=paragraphs,
        captions=captions,
        embeds=embeds,
        furniture=parts.furniture,
        metadata=metadata,
    )


def clean_batch(records: Sequence[RawRecord | Drop]) -> list[Article | Drop]:
    """Clean a batch, first learning furniture from the batch itself (lines repeated per outlet)."""
    raws = [r for r in records if isinstance(r, RawRecord)]
    furniture = learn_furniture(raws)
    return [clean_record(r, furniture) if isinstance(r, RawRecord) else r for r in records]


def _paragraphs(lines: Sequence[str]) -> list[Paragraph]:
    paragraphs = []
    offset = 0
    for line in lines:
        paragraphs.append(Paragraph(text=line, language=detect_language(line), start=offset))
        offset += len(line) + 2
    return paragraphs


def _main_language(paragraphs: Sequence[Paragraph]) -> str | None:
    weight: dict[str, int] = {}
    for paragraph in paragraphs:
        if paragraph.language:
            weight[paragraph.language] = weight.get(paragraph.language, 0) + len(paragraph.text)
    return max(weight, key=weight.__getitem__) if weight else None
