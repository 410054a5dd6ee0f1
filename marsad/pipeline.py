"""The stage list, declared once: clean → dedupe → cluster → extract → compare → summarize.

Every stage is a pure function over records; models load once in :meth:`Pipeline.setup`.  The
engine (marsad.engine) and the CLI feed records in and take the :class:`Report` out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from marsad.clean import clean_batch
from marsad.cluster.online import story_id_for
from marsad.report import Report
from marsad.text.arabic import normalize, words
from marsad.types import Article, ArticleFindings, Drop, Entity, Quote, RawRecord, Story, TimeExpr

if TYPE_CHECKING:
    from marsad.cluster.online import OnlineStoryClusterer

Progress = Callable[[str, int], None]


@dataclass(slots=True)
class PipelineOptions:
    """What a run does; built once at the edge (CLI/API) and passed in."""

    cluster: bool = True
    extract: bool = True


@dataclass(slots=True)
class History:
    """What a run continues from: the clusterer left by earlier runs and a reader of their articles.

    Built at the edge from a store (:func:`marsad.analysis.run_on_store`); the pipeline itself only
    calls ``fetch``.  New articles join the stories of earlier runs without re-clustering them, and
    every story a run touches is analysed again over all its articles, old and new.
    """

    clusterer: OnlineStoryClusterer
    fetch: Callable[[Sequence[str]], list[Article]]
    # Findings saved by earlier runs for these articles (only those still valid for their text and
    # the current extractors); the rest are extracted again.
    findings: Callable[[Sequence[Article]], dict[str, ArticleFindings]] | None = None


@dataclass(slots=True)
class Pipeline:
    options: PipelineOptions = field(default_factory=PipelineOptions)

    def run(
        self,
        records: Sequence[RawRecord | Drop],
        progress: Progress | None = None,
        history: History | None = None,
    ) -> Report:
        """Clean, deduplicate, extract, cluster and analyse a batch of raw records.

        With ``history`` the batch continues earlier runs: the report holds the stories the batch
        touched (whole, with their earlier articles) and ``history.clusterer`` is left updated."""
        step = progress or (lambda _name, _n: None)
        cleaned = clean_batch(records)
        step("clean", len(records))
        articles = [a for a in cleaned if isinstance(a, Article)]
        errors = [d for d in cleaned if isinstance(d, Drop)]
        articles = chronological(_unique_ids(articles, errors))
        articles = mark_duplicates(articles)
        step("dedupe", len(articles))
        findings = {a.id: extract_article(a) for a in articles} if self.options.extract else {}
        extracted = dict(findings)
        step("extract", len(articles))
        if not self.options.cluster:
            # One story of everything (the caller says the batch is one story).
            ids = [a.id for a in articles]
            groups = [Story(id=story_id_for(ids[0]), title="", article_ids=ids)] if ids else []
            splits: list[tuple[str, str]] = []
        else:
            clusterer = history.clusterer if history else _new_clusterer()
            groups, splits = cluster_articles(articles, findings, clusterer)
        earlier = _earlier_members(groups, articles, history)
        if earlier:
            mark_duplicates_across(earlier, articles)
            if self.options.extract:
                saved = history.findings(earlier) if history and history.findings else {}
                again = {a.id: extract_article(a) for a in earlier if a.id not in saved}
                findings.update(saved)
                findings.update(again)
                extracted.update(again)
        by_id = {a.id: a for a in [*earlier, *articles]}
        stories = [
            # Publication order, whatever the arrival order: the same articles give the same story.
            analyse_story_safely(
                group, chronological(by_id[i] for i in group.article_ids if i in by_id), findings, errors
            )
            for group in groups
        ]
        step("stories", len(stories))
        return Report(
            articles=chronological([*earlier, *articles]),
            stories=stories,
            errors=errors,
            findings=extracted,
            splits=splits,
        )


def _new_clusterer() -> OnlineStoryClusterer:
    from marsad.cluster.online import OnlineStoryClusterer

    return OnlineStoryClusterer()


def _earlier_members(
    groups: Sequence[Story], articles: Sequence[Article], history: History | None
) -> list[Article]:
    """Articles of earlier runs that belong to the stories this batch touched."""
    if history is None:
        return []
    in_batch = {a.id for a in articles}
    wanted = sorted({i for g in groups for i in g.article_ids if i not in in_batch})
    return chronological(history.fetch(wanted)) if wanted else []


def mark_duplicates_across(earlier: Sequence[Article], articles: Sequence[Article]) -> None:
    """A new article that copies an article of an earlier run (in the same story) points at it."""
    from marsad.dedupe import find_duplicates

    earlier_ids = {a.id for a in earlier}
    pool = chronological([*earlier, *(a for a in articles if a.duplicate_of is None)])
    duplicates = find_duplicates((a.id, a.text) for a in pool)
    for article in articles:
        original = duplicates.get(article.id)
        if article.duplicate_of is None and original in earlier_ids:
            article.duplicate_of = original


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
    articles: Sequence[Article],
    findings: dict[str, ArticleFindings],
    clusterer: OnlineStoryClusterer | None = None,
) -> tuple[list[Story], list[tuple[str, str]]]:
    """Online clustering in publication order, with entity and date signals where extracted.

    Returns the stories holding at least one of ``articles`` (with every member, earlier runs'
    too, and the ids of stories merged into them) and both sides of every split the batch caused,
    and those splits as (new story id, parent id); ``clusterer`` keeps its state for the next batch."""
    from marsad.extract.canonical.keys import name_key
    from marsad.extract.time import timeline_value

    clusterer = clusterer if clusterer is not None else _new_clusterer()
    entity_keys, dates = [], []
    for article in articles:
        found = findings.get(article.id, ArticleFindings())
        entity_keys.append(
            sorted({" ".join(name_key(m.text, m.type)) for m in found.mentions if m.type != "MISC"})
        )
        dates.append(sorted({v[:10] for t in found.times if (v := timeline_value(t)) and len(v) >= 10}))
    splits_before = len(clusterer.splits())
    assigned = set(clusterer.add_many(articles, entity_keys, dates))
    touched = {clusterer.story_id_of(a.id) for a in articles} | assigned
    # A split moves articles of earlier runs too: both sides are rewritten whole.
    splits = clusterer.splits()[splits_before:]
    for new, parent in splits:
        touched |= {clusterer.resolve(new), clusterer.resolve(parent)}
    return [story for story in clusterer.stories() if story.id in touched], splits


def analyse_story_safely(
    group: Story, articles: Sequence[Article], findings: dict[str, ArticleFindings], errors: list[Drop]
) -> Story:
    """:func:`analyse_story`, but a failure in one story's analysis is reported in ``errors`` and
    leaves that story with its articles only, instead of losing the whole batch."""
    try:
        return analyse_story(group, articles, findings)
    except Exception as error:  # a bug, but one story must not sink the batch
        story = make_story(group.id, articles, group.merged_from, group.split_from)
        errors.append(Drop(f"story {story.id}", f"story analysis failed ({type(error).__name__}: {error})"))
        return story


def analyse_story(group: Story, articles: Sequence[Article], findings: dict[str, ArticleFindings]) -> Story:
    """One story from its articles: canonical entities, timeline, quotes, facts and cited summary.
    ``group`` is the clusterer's story (its id and merge record)."""
    story = make_story(group.id, articles, group.merged_from, group.split_from)
    if not findings or any(a.id not in findings for a in articles):
        return story
    from marsad.compare import compare_story
    from marsad.extract.canonical import resolve_entities
    from marsad.summarize import summarize_story
    from marsad.summarize.timeline import build_timeline

    # What each article says (entities, times, quotes) is reported for every article, copies included:
    # a near-duplicate often carries paragraphs its original lacks.  What the outlets agree on, and
    # the summary, count a syndicated copy once; the timeline skips copies itself.
    originals = [a for a in articles if a.duplicate_of is None] or list(articles)
    texts = {a.id: a.text for a in articles}
    mentions = [m for a in articles for m in findings[a.id].mentions]
    story.entities = resolve_entities(mentions, texts)
    story.time_expressions = [t for a in articles for t in story_times(a, findings[a.id], story)]
    story.quotes = link_speakers([q for a in articles for q in findings[a.id].quotes], story.entities)
    story.timeline = build_timeline(articles, story.time_expressions)
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
    # Copies: the article's own findings stay story-independent (a later run may reuse them).
    quotes = [replace(q, channel=list(q.channel), speaker_entity_id=None) for q in quotes]
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


def make_story(
    story_id: str,
    articles: Sequence[Article],
    merged_from: Sequence[str] = (),
    split_from: str | None = None,
) -> Story:
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
        merged_from=list(merged_from),
        split_from=split_from,
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
