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
from marsad.types import Article, Drop, Entity, Mention, Quote, RawRecord, Story, TimeExpr

Progress = Callable[[str, int], None]


@dataclass(slots=True)
class PipelineOptions:
    """What a run does; built once at the edge (CLI/API) and passed in."""

    cluster: bool = True
    extract: bool = True


@dataclass(slots=True)
class ArticleFindings:
    """What the per-article extractors found in one article (offsets into its ``text``)."""

    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


@dataclass(slots=True)
class Pipeline:
    options: PipelineOptions = field(default_factory=PipelineOptions)

    def run(self, records: Sequence[RawRecord | Drop], progress: Progress | None = None) -> Report:
        """Clean, deduplicate, extract, cluster and analyse a batch of raw records."""
        step = progress or (lambda _name, _n: None)
        cleaned = clean_batch(records)
        step("clean", len(records))
        articles = [a for a in cleaned if isinstance(a, Article)]
        errors = [d for d in cleaned if isinstance(d, Drop)]
        articles = chronological(_unique_ids(articles, errors))
        articles = mark_duplicates(articles)
        step("dedupe", len(articles))
        findings = {a.id: extract_article(a) for a in articles} if self.options.extract else {}
        step("extract", len(articles))
        if self.options.cluster:
            groups = cluster_articles(articles, findings)
        else:
            groups = [list(articles)] if articles else []
        stories = [analyse_story_safely(group, findings, errors) for group in groups]
        step("stories", len(stories))
        return Report(articles=articles, stories=stories, errors=errors)


def extract_article(article: Article) -> ArticleFindings:
    """Entities, time expressions and quotes of one article: independent of every other article,
    so this is the stage the distributed engine fans out."""
    from marsad.extract.entities import find_mentions
    from marsad.extract.quotes import extract_quotes
    from marsad.extract.time import extract_times

    mentions = find_mentions(article.text, article.id)
    return ArticleFindings(
        mentions=mentions,
        times=extract_times(article.text, article.published, article.id),
        quotes=extract_quotes(
            article.text, article.id, outlet=article.outlet, title=article.title, mentions=mentions
        ),
    )


def cluster_articles(
    articles: Sequence[Article], findings: dict[str, ArticleFindings]
) -> list[list[Article]]:
    """Online clustering in publication order, with entity and date signals where extracted."""
    from marsad.cluster.online import OnlineStoryClusterer
    from marsad.extract.canonical.keys import name_key
    from marsad.extract.time import timeline_value

    clusterer = OnlineStoryClusterer()
    entity_keys, dates = [], []
    for article in articles:
        found = findings.get(article.id, ArticleFindings())
        entity_keys.append(
            sorted({" ".join(name_key(m.text, m.type)) for m in found.mentions if m.type != "MISC"})
        )
        dates.append(sorted({v[:10] for t in found.times if (v := timeline_value(t)) and len(v) >= 10}))
    clusterer.add_many(articles, entity_keys, dates)
    by_id = {a.id: a for a in articles}
    return [[by_id[a] for a in story.article_ids] for story in clusterer.stories()]


def analyse_story_safely(
    articles: Sequence[Article], findings: dict[str, ArticleFindings], errors: list[Drop]
) -> Story:
    """:func:`analyse_story`, but a failure in one story's analysis is reported in ``errors`` and
    leaves that story with its articles only, instead of losing the whole batch."""
    try:
        return analyse_story(articles, findings)
    except Exception as error:  # a bug, but one story must not sink the batch
        story = make_story(story_id_for([a.id for a in articles]), articles)
        errors.append(Drop(f"story {story.id}", f"story analysis failed ({type(error).__name__}: {error})"))
        return story


def analyse_story(articles: Sequence[Article], findings: dict[str, ArticleFindings]) -> Story:
    """One story from its articles: canonical entities, timeline, quotes, facts and cited summary."""
    story = make_story(story_id_for([a.id for a in articles]), articles)
    if not findings:
        return story
    from marsad.compare import compare_story
    from marsad.extract.canonical import resolve_entities
    from marsad.summarize import summarize_story
    from marsad.summarize.timeline import build_timeline

    originals = [a for a in articles if a.duplicate_of is None] or list(articles)
    texts = {a.id: a.text for a in originals}
    mentions = [m for a in originals for m in findings[a.id].mentions]
    story.entities = resolve_entities(mentions, texts)
    story.time_expressions = [t for a in originals for t in story_times(a, findings[a.id], story)]
    story.quotes = link_speakers([q for a in originals for q in findings[a.id].quotes], story.entities)
    story.timeline = build_timeline(originals, story.time_expressions)
    story.facts = compare_story(originals)
    story.summary = summarize_story(originals, story.facts)
    return story


def story_times(article: Article, found: ArticleFindings, story: Story) -> list[TimeExpr]:
    """An undated article's expressions, resolved against the latest publication time of its story
    (flagged ``reference_estimated``); a dated article's as extracted.  Never against today."""
    if article.published is not None or story.last_seen is None:
        return found.times
    from marsad.extract.time import extract_times

    times = extract_times(article.text, story.last_seen, article.id)
    for expression in times:
        expression.reference_estimated = True
    return times


def link_speakers(quotes: list[Quote], entities: Sequence[Entity]) -> list[Quote]:
    """Point each quote at the canonical entity whose name or variant is its speaker."""
    from marsad.extract.canonical.keys import name_key

    by_key: dict[tuple[str, ...], str] = {}
    for entity in entities:
        for name in (entity.name, *entity.variants):
            by_key.setdefault(tuple(name_key(name, entity.type)), entity.id)
    for quote in quotes:
        for name in (quote.speaker_full, quote.speaker):
            if name and quote.speaker_type != "ANON":
                kind = "ORG" if quote.speaker_type == "ORG" else "PER"
                found = by_key.get(tuple(name_key(name, kind)))
                if found:
                    quote.speaker_entity_id = found
                    break
    return quotes


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
    """UTC wall time without tzinfo, so aware and naive publication times sort together."""
    if moment is None:
        return datetime.min
    offset = moment.utcoffset()
    return moment.replace(tzinfo=None) - offset if offset else moment.replace(tzinfo=None)


def mark_duplicates(articles: Sequence[Article]) -> list[Article]:
    """Set ``duplicate_of`` on exact and near-duplicate copies, pointing at the earliest copy."""
    from marsad.dedupe import find_duplicates

    duplicates = find_duplicates((a.id, a.text) for a in chronological(articles))
    for article in articles:
        article.duplicate_of = duplicates.get(article.id)
    return list(articles)


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
