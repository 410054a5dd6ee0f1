"""Plain-text scrapes → body paragraphs, title, outlet, dateline, captions, embeds and furniture.

A scraped page flattened to text keeps its site furniture: a headline (sometimes with " - Outlet"),
an image caption with its credit, a section label, a dateline ("منشور الاثنين 9 ديسمبر 2024"),
share/comment counters, greeting banners, "related news" blocks and embedded tweets.  Often the
header is run into the first paragraph on one line.  This module separates those parts with
general layout rules (see :mod:`marsad.clean.phrases`) and never drops a body sentence: anything
not recognised as furniture stays in the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from marsad.clean.furniture import FurnitureModel
from marsad.clean.phrases import (
    _WIDGET_LINE,
    FURNITURE_LINE,
    PHOTO_CREDIT,
    RELATED_MARKERS,
    SECTION_WORDS,
    SOCIAL_CREDIT,
    SOCIAL_LINK,
    TWEET_SIGNATURE,
)
from marsad.text.arabic import arabic_ratio, normalize, normalize_aligned
from marsad.text.calendar import (
    DATE_WITH_CLOCK,
    DATELINE_TRIGGER,
    MONTH_PATTERN,
    STRONG_DATELINE_TRIGGER,
    parse_date_match,
)
from marsad.types import Embed

_SENTENCE_END = re.compile(r"[.!?؟…:»”\"')]\s*$")
_TITLE_SUFFIX = re.compile(r"^(?P<title>.{12,}?)\s+[-–|]\s+(?P<outlet>[^-–|]{2,40})$")
# A caption that ends on its photo's date: "الرئيسان ... بشار الأسد، 25 يوليو 2024".
_CAPTION_DATE_END = re.compile(rf"،\s*\d{{1,2}}\s+(?:{MONTH_PATTERN})\s+\d{{4}}")
# "المصدر: موقع جورنالك الإخباري" names the outlet (a wire credit "المصدر: رويترز" does not).
_SITE_CREDIT = re.compile(
    r"^(?:المصدر|مصدر الخبر)\s*:\s*(?:موقع|بوابة|صحيفة|جريدة)\s+(?P<site>.+?)\s*(?:ال[إا]خباري[ةه]?)?\s*$"
)
_RUN_ON_HEADER_CHARS = 700
_RUN_ON_HEADER_WORDS = 80
# How far down a run-on header line may sit below short lines of site furniture.
_RUN_ON_HEADER_LINE = 3
_SHORT_LINE_WORDS = 15


@dataclass(slots=True)
class ScrapeParts:
    paragraphs: list[str] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    published_has_clock: bool = False
    captions: list[str] = field(default_factory=list)
    embeds: list[Embed] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    section: str | None = None


def split_scrape(
    text: str,
    furniture_model: FurnitureModel | None = None,
    group: str = "",
    known_title: str | None = None,
    run_on_header: bool = True,
) -> ScrapeParts:
    """Separate a plain-text scrape into its parts; see the module docstring."""
    parts = ScrapeParts()
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    lines = _drop_learned_furniture(lines, parts, furniture_model, group)
    lines = _drop_related_blocks(lines, parts)
    lines = _take_embeds(lines, parts)
    lines = _take_header(lines, parts, known_title, run_on_header)
    body: list[str] = []
    for line in lines:
        key = normalize(line)
        if _WIDGET_LINE.match(key) or FURNITURE_LINE.search(key):
            _take_dateline(line, parts)
            credited = _SITE_CREDIT.match(line)
            if credited and parts.outlet is None:
                parts.outlet = credited.group("site").strip()
            parts.furniture.append(line)
        elif _is_caption_line(line, key):
            parts.captions.append(line)
        elif parts.title and key == normalize(parts.title) and not body:
            parts.furniture.append(line)  # the headline repeated above the body
        else:
            body.append(line)
    parts.paragraphs = body
    return parts


def _drop_learned_furniture(
    lines: list[str], parts: ScrapeParts, model: FurnitureModel | None, group: str
) -> list[str]:
    if model is None:
        return lines
    kept = []
    for line in lines:
        if model.is_furniture(group, line):
            _take_dateline(line, parts)
            parts.furniture.append(line)
        else:
            kept.append(line)
    return kept


def _drop_related_blocks(lines: list[str], parts: ScrapeParts) -> list[str]:
    """Drop "read also"/"related news" markers and the short link titles listed under them."""
    kept: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        marker = RELATED_MARKERS.match(normalize(line))
        if not marker:
            kept.append(line)
            index += 1
            continue
        parts.furniture.append(line)
        index += 1
        rest = normalize(line)[marker.end() :].strip()
        if rest:  # the linked headline printed on the marker's own line
            continue
        # A marker near the end starts a trailing block of links: drop every short line after it.
        tail = lines[index:]
        if tail and all(_is_short_line(t) for t in tail):
            parts.furniture.extend(tail)
            break
        # Mid-article: the next line is the linked headline if it reads like one.
        if index < len(lines) and _is_short_line(lines[index]):
            parts.furniture.append(lines[index])
            index += 1
    return kept


def _take_embeds(lines: list[str], parts: ScrapeParts) -> list[str]:
    """Lift embedded tweets (text, pic.twitter.com link, "— Name (@handle) date") out of the body."""
    main_arabic = arabic_ratio(" ".join(lines)) > 0.5
    kept = list(lines)
    index = 0
    while index < len(kept):
        signature = TWEET_SIGNATURE.match(kept[index])
        if not signature:
            index += 1
            continue
        start = index
        # Walk back over the tweet's own lines: a social link, or lines in another script.
        while start > 0 and index - start < 4:
            previous = kept[start - 1]
            foreign = main_arabic and arabic_ratio(previous) < 0.3
            if SOCIAL_LINK.search(previous) or foreign:
                start -= 1
            else:
                break
        block = kept[start : index + 1]
        body_text = "\n".join(block)
        parts.embeds.append(
            Embed(kind="tweet", text=body_text, url=f"https://twitter.com/{signature.group('handle')}")
        )
        del kept[start : index + 1]
        index = start
    # Orphan social links (a tweet whose signature line was lost) are embeds too.
    result = []
    for line in kept:
        if SOCIAL_LINK.search(line) and _is_short_line(line) and arabic_ratio(line) < 0.5:
            parts.embeds.append(Embed(kind="social", text=line))
        else:
            result.append(line)
    return result


def _take_header(
    lines: list[str], parts: ScrapeParts, known_title: str | None, run_on_header: bool
) -> list[str]:
    """Find title, caption, section and dateline at the top, whether on lines or run together."""
    if not lines:
        return lines
    # Case 1: the header is run into the first paragraph on one line, ending with a dateline.  A
    # scrape may carry a few short lines above it (a site name, "عاجل", the headline on its own).
    for index in range(min(_RUN_ON_HEADER_LINE, len(lines)) if run_on_header else 0):
        above, line = lines[:index], lines[index]
        if not all(_is_short_line(a) for a in above):
            break
        dateline = _find_dateline(line[:_RUN_ON_HEADER_CHARS], strong=True)
        if dateline is None or len(line) - dateline[1] <= 80:
            continue
        header, rest = line[: dateline[0]].strip(), line[dateline[1] :].strip()
        if not (0 < len(header.split()) <= _RUN_ON_HEADER_WORDS or (above and not header)):
            continue
        _set_published(parts, dateline)
        parts.furniture.append(line[dateline[0] : dateline[1]].strip())
        if header:
            _split_header(header, parts, known_title)
        headline = above[-1] if above and known_title is None and not parts.title else None
        if headline is not None and _looks_like_headline(headline):
            _set_title(headline, parts)
            above = above[:-1]
        parts.furniture.extend(above)
        return [rest, *lines[index + 1 :]] if rest else lines[index + 1 :]
    first = lines[0]
    # Case 2: a headline on its own first line, followed by the rest of the page.
    if known_title is None and len(lines) > 1 and _looks_like_headline(first):
        _set_title(first, parts)
        lines = lines[1:]
    elif known_title is not None and normalize(first) == normalize(known_title):
        parts.furniture.append(first)
        lines = lines[1:]
    # Datelines on short header lines before the body.
    kept: list[str] = []
    for position, line in enumerate(lines):
        in_header = position < 6 and all(_is_short_line(k) for k in kept)
        found = _find_dateline(line) if in_header else None
        if found is not None and len(line) - (found[1] - found[0]) < 40:
            _set_published(parts, found)
            parts.furniture.append(line)
        else:
            kept.append(line)
    return kept


def _split_header(header: str, parts: ScrapeParts, known_title: str | None) -> None:
    """Split a run-on header "credit caption، date  title  section" into its pieces."""
    remaining = header
    credit = SOCIAL_CREDIT.match(normalize(remaining))
    caption_end = _CAPTION_DATE_END.search(normalize_aligned(remaining))
    if caption_end and caption_end.end() < len(remaining) - 10:
        parts.captions.append(remaining[: caption_end.end()].strip())
        remaining = remaining[caption_end.end() :].strip()
    elif credit:
        parts.captions.append(remaining[: credit.end()].strip())
        remaining = remaining[credit.end() :].strip()
    section_start = _section_suffix_start(remaining)
    if section_start is not None:
        parts.section = remaining[section_start:].strip()
        parts.furniture.append(parts.section)
        remaining = remaining[:section_start].strip()
    if remaining:
        if known_title is None:
            _set_title(remaining, parts)
        else:
            parts.furniture.append(remaining)


def _section_suffix_start(text: str) -> int | None:
    """Where a trailing run of section/byline words ("أخبار وتقارير_ قسم الأخبار") begins."""
    tokens = list(re.finditer(r"\S+", text))
    start = None
    for token in reversed(tokens):
        word = normalize(token.group()).strip("_-–|/:،,.")
        if word.startswith("و") and word[1:] in SECTION_WORDS:
            word = word[1:]
        if word in SECTION_WORDS or word in {"", "و"}:
            start = token.start()
        else:
            break
    if start is None or start == 0:
        return None
    return start


def _set_title(line: str, parts: ScrapeParts) -> None:
    suffix = _TITLE_SUFFIX.match(line)
    if suffix and len(suffix.group("outlet").split()) <= 5:
        parts.title = suffix.group("title").strip()
        parts.outlet = parts.outlet or suffix.group("outlet").strip()
    else:
        parts.title = line.strip()


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    if not 3 <= len(words) <= 30:
        return False
    return not line.rstrip().endswith((".", "،", ":"))


def _find_dateline(text: str, strong: bool = False) -> tuple[int, int, datetime, bool] | None:
    """(start, end, datetime, has_clock) of a publication dateline in ``text``, if one is printed."""
    folded = normalize_aligned(text)
    triggers = STRONG_DATELINE_TRIGGER if strong else DATELINE_TRIGGER
    for trigger in triggers.finditer(folded):
        date = DATE_WITH_CLOCK.match(folded, trigger.end())
        if date is None:
            date = DATE_WITH_CLOCK.match(folded, trigger.end() + _spaces(folded, trigger.end()))
        if date is not None:
            parsed = parse_date_match(date)
            if parsed is not None:
                return trigger.start(), date.end(), parsed, date.group("hour") is not None
    return None


def _set_published(parts: ScrapeParts, found: tuple[int, int, datetime, bool]) -> None:
    if parts.published is None:
        parts.published, parts.published_has_clock = found[2], found[3]


def _spaces(text: str, at: int) -> int:
    count = 0
    while at + count < len(text) and text[at + count] in " ،":
        count += 1
    return count


def _take_dateline(line: str, parts: ScrapeParts) -> None:
    if parts.published is None:
        found = _find_dateline(line)
        if found is not None:
            _set_published(parts, found)


def _is_short_line(line: str) -> bool:
    return len(line.split()) <= _SHORT_LINE_WORDS and not line.rstrip().endswith((".", "؟", "!"))


def _is_caption_line(line: str, key: str) -> bool:
    return _is_short_line(line) and (
        PHOTO_CREDIT.search(key) is not None or SOCIAL_CREDIT.match(key) is not None
    )
