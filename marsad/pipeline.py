"""The stage list, declared once: clean → dedupe → cluster → extract → compare → summarize.

Every stage is a pure function over records; models load once in :meth:`Pipeline.setup`.  The
engine (marsad.engine) and the CLI feed records in and take the :class:`Report` out.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from marsad.clean import clean_batch
from marsad.report import Report
from marsad.text.arabic import normalize, words
from marsad.types import Article, Drop, RawRecord, Story

Progress = Callable[[str, int], None]


@dataclass(slots=True)
class PipelineOptions:
    """What a run does; built once at the edge (CLI/API) and passed in."""

    cluster: bool = True
    extract: bool = True
    window_hours: float = 72.0


@dataclass(slots=True)
class Pipeline:
    options: PipelineOptions = field(default_factory=PipelineOptions)

    def run(self, records: Sequence[RawRecord | Drop], progress: Progress | None = None) -> Report:
        """Clean, deduplicate, cluster and analyse a batch of raw records."""
        step = progress or (lambda _name, _n: None)
        cleaned = clean_batch(records)
        step("clean", len(records))
        articles = [a for a in cleaned if isinstance(a, Article)]
        errors = [d for d in cleaned if isinstance(d, Drop)]
        articles = _unique_ids(articles, errors)
        articles = mark_duplicates(articles)
        step("dedupe", len(articles))
        stories = cluster_stories(articles, self.options) if self.options.cluster else []
        step("cluster", len(articles))
        return Report(articles=articles, stories=stories, errors=errors)


def _unique_ids(articles: list[Article], errors: list[Drop]) -> list[Article]:
    """Two inputs with one id: the first wins, the second is reported (never silently merged)."""
    seen: dict[str, Article] = {}
    for article in articles:
        first = seen.get(article.id)
        if first is None:
            seen[article.id] = article
        elif first.content_hash != article.content_hash:
            errors.append(Drop(article.source, f"id {article.id!r} already used by {first.source}; skipped"))
    return list(seen.values())


def chronological(articles: Iterable[Article]) -> list[Article]:
    """Articles in publication order (undated ones last, in input order)."""
    indexed = list(enumerate(articles))
    indexed.sort(key=lambda item: (item[1].published is None, _naive(item[1].published), item[0]))
    return [a for _, a in indexed]


def _naive(moment: datetime | None) -> datetime:
    if moment is None:
        return datetime.min
    return moment.replace(tzinfo=None) - (moment.utcoffset() or (moment - moment))


def mark_duplicates(articles: Sequence[Article]) -> list[Article]:
    """Set ``duplicate_of`` on exact and near-duplicate copies, pointing at the earliest copy."""
    ordered = chronological(articles)
    try:
        from marsad.dedupe import find_duplicates
    except ImportError:  # TEMPORARY until marsad.dedupe lands: exact copies only
        first: dict[str, str] = {}
        duplicates = {}
        for article in ordered:
            key = article.content_hash
            if key in first:
                duplicates[article.id] = first[key]
            else:
                first[key] = article.id
    else:
        duplicates = find_duplicates((a.id, a.text) for a in ordered)
    for article in articles:
        article.duplicate_of = duplicates.get(article.id)
    return list(articles)


def cluster_stories(articles: Sequence[Article], options: PipelineOptions) -> list[Story]:
    """Group articles into stories (online, in publication order)."""
    if not articles:
        return []
    return [make_story(story_id_for([a.id for a in articles]), list(articles))]


def story_id_for(article_ids: Sequence[str]) -> str:
    return "s-" + hashlib.sha1(sorted(article_ids)[0].encode()).hexdigest()[:12]


def make_story(story_id: str, articles: Sequence[Article]) -> Story:
    """A Story over ``articles``: representative headline, outlets and first/last seen."""
    dated = [a.published for a in articles if a.published is not None]
    outlets = sorted({a.outlet for a in articles if a.outlet})
    return Story(
        id=story_id,
        title=representative_title(articles),
        article_ids=[a.id for a in chronological(articles)],
        outlets=outlets,
        first_seen=min(dated, key=_naive) if dated else None,
        last_seen=max(dated, key=_naive) if dated else None,
    )


def representative_title(articles: Sequence[Article]) -> str:
    """The headline sharing most words with the other headlines and bodies (the story's centre)."""
    titled = [a for a in articles if a.title]
    if not titled:
        first = articles[0].text.split("\n", 1)[0]
        return first if len(first) <= 140 else first[:137].rsplit(" ", 1)[0] + "…"
    vocabulary = Counter(w for a in articles for w in set(words(a.title or "") + words(a.text[:600])))

    def centrality(article: Article) -> float:
        title_words = set(words(article.title or ""))
        return sum(vocabulary[w] for w in title_words) / (len(title_words) ** 0.5 or 1)

    return max(titled, key=lambda a: (centrality(a), -len(normalize(a.title or "")))).title or ""
