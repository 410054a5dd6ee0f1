"""Online story clustering: each new article joins a live story or opens one, never re-clustering.

An article is compared only with the articles an approximate-nearest-neighbour search (usearch, over
USE vectors) returns from the days inside its time window, so the work per article stays flat as the
store grows: one ANN index per publication day, and days that fall out of the window are dropped from
memory (their stories stay, closed).  The candidates are scored with the fitted story model
(:func:`marsad.cluster.similarity.story_model`); the article joins the story of its best-linked
candidate when P(same story) reaches ``threshold`` (single link, which lets a long-running story such
as a war follow its drifting vocabulary).  When it also links at ``merge_threshold`` or more to a
second story, the article bridges them and the stories merge; the merge is recorded in
``Story.merged_from``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np

from marsad.cluster.similarity import (
    EMBED_DIM,
    ArticleFeatures,
    PairModel,
    featurize,
    guess_title,
    packaged_models,
    pair_features,
    story_model,
    with_candidate_ranks,
)
from marsad.types import Article, Story

_UNDATED = "undated"


@dataclass(slots=True)
class ClusterSettings:
    """Knobs of the clusterer; defaults are the values tuned on the ANT dev days (packaged)."""

    threshold: float = 0.5
    merge_threshold: float = 0.9
    window_hours: float | None = 72.0
    candidates: int = 40
    #: Added to P(same story) per unit of entity-id Jaccard, when both articles carry entity ids.
    #: Off: with the tagger's canonical keys on the ANT gold, day-wise CV B³ F1 fell from 0.864 to
    #: 0.842 at 0.1 and 0.850 at 0.2 (docs/clustering.md); shared places such as مصر or سوريا link
    #: unrelated stories more often than shared names join split ones.
    entity_weight: float = 0.0
    #: Same for shared explicit event dates (ISO strings from the time extractor); off for the same
    #: reason (0.05 gave 0.849).
    date_weight: float = 0.0
    #: How a story's score is read from the article's links to its members: ``"max"`` (single link),
    #: ``"mean"`` (average link over up to ``link_members`` recent members) or ``"blend"`` (their mean).
    #: Cross-script pairs (Arabic vs Latin text): the story model leans on lexical overlap, which such pairs
    #: cannot have, so a USE cosine (headline + lead) at or above this value links them at ``threshold``.
    #: 0.7 is where SemEval-2022 cross-lingual training pairs reach precision 0.91 for Overall ≤ 1.5
    #: (and 1.0 for ≤ 2); ``None`` disables it.
    cross_script_use: float | None = 0.7
    link: str = "max"
    link_members: int = 20
    link_top: int = 2

    @classmethod
    def packaged(cls) -> ClusterSettings:
        tuned = packaged_models().get("clustering", {})
        known = {k: v for k, v in tuned.items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass(slots=True)
class _StoryState:
    id: str
    #: Opening order: a merge keeps the oldest story, whatever its id.
    opened: int = 0
    article_ids: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    merged_from: list[str] = field(default_factory=list)
    vector_sum: np.ndarray = field(default_factory=lambda: np.zeros(EMBED_DIM, dtype=np.float64))
    title: str = ""
    title_score: float = -2.0


class _DayIndex:
    """ANN index of one publication day (usearch, inner product over unit USE vectors)."""

    def __init__(self) -> None:
        from usearch.index import Index

        self.index = Index(ndim=EMBED_DIM, metric="ip", dtype="f32")

    def add(self, key: int, vector: np.ndarray) -> None:
        self.index.add(key, vector.astype(np.float32))

    def search(self, vector: np.ndarray, count: int) -> list[int]:
        if len(self.index) == 0:
            return []
        matches = self.index.search(vector.astype(np.float32), min(count, len(self.index)))
        return [int(k) for k in np.atleast_1d(matches.keys)]


class OnlineStoryClusterer:
    """Assigns articles to stories one at a time (see the module docstring for the method).

    Usage::

        clusterer = OnlineStoryClusterer()
        story_id = clusterer.add(article)            # or add_many(articles) for batched embedding
        stories = clusterer.stories()                # marsad.types.Story records
    """

    def __init__(self, settings: ClusterSettings | None = None, model: PairModel | None = None) -> None:
        self.settings = settings or ClusterSettings.packaged()
        self.model = model or story_model()
        self._features: dict[int, ArticleFeatures] = {}
        self._keys: dict[str, int] = {}  # article id → key
        self._article_ids: list[str] = []  # key → article id
        self._story_of: list[str] = []  # key → story id at assignment (resolved through _merged_into)
        self._merged_into: dict[str, str] = {}
        self._stories: dict[str, _StoryState] = {}
        self._story_keys: dict[str, list[int]] = {}  # story id → keys of its members, in arrival order
        self._days: dict[str, _DayIndex] = {}
        self._day_keys: dict[str, list[int]] = {}
        self._latest: datetime | None = None
        self._next_story = 1

    # ------------------------------------------------------------ public API

    def add(self, article: Article, entity_ids: Sequence[str] = (), dates: Sequence[str] = ()) -> str:
        """Assign one article; returns its story id.  Entity ids and dates sharpen links when given."""
        return self.add_many([article], [entity_ids], [dates])[0]

    def add_many(
        self,
        articles: Sequence[Article],
        entity_ids: Sequence[Sequence[str]] | None = None,
        dates: Sequence[Sequence[str]] | None = None,
    ) -> list[str]:
        """Assign articles in the given order (embedding them in one batch, which is ~3× faster)."""
        feats = featurize(
            [a.title or "" for a in articles],
            [a.text for a in articles],
            [a.published for a in articles],
            entity_ids,
            dates,
        )
        return [
            self.add_features(a.id, a.title or guess_title(a.text), a.outlet, f)
            for a, f in zip(articles, feats, strict=True)
        ]

    def add_features(self, article_id: str, title: str, outlet: str | None, feats: ArticleFeatures) -> str:
        """Assign an article whose features are already computed (benchmarks, re-runs)."""
        if article_id in self._keys:
            return self.story_id_of(article_id)
        scores = self._story_scores(feats)
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        if ranked and ranked[0][1] >= self.settings.threshold:
            story_id = ranked[0][0]
            bridged = [sid for sid, score in ranked[1:] if score >= self.settings.merge_threshold]
            if bridged and ranked[0][1] >= self.settings.merge_threshold:
                story_id = self._merge([story_id, *bridged])
        else:
            story_id = self._open_story(article_id)
        self._insert(article_id, title, outlet, feats, story_id)
        return story_id

    def story_id_of(self, article_id: str) -> str:
        return self._resolve(self._story_of[self._keys[article_id]])

    def assignments(self) -> dict[str, str]:
        """Article id → current story id, for every article seen."""
        return {aid: self._resolve(sid) for aid, sid in zip(self._article_ids, self._story_of, strict=True)}

    def stories(self) -> list[Story]:
        """The current stories (merged-away ones excluded), oldest first."""
        return [
            Story(
                id=s.id,
                title=s.title,
                article_ids=list(s.article_ids),
                outlets=list(s.outlets),
                first_seen=s.first_seen,
                last_seen=s.last_seen,
                merged_from=list(s.merged_from),
            )
            for s in self._stories.values()
        ]

    def __len__(self) -> int:
        return len(self._article_ids)

    # ------------------------------------------------------------ scoring

    def _story_scores(self, feats: ArticleFeatures) -> dict[str, float]:
        """Link score of the new article to each candidate story (see ``ClusterSettings.link``)."""
        keys = self._candidates(feats)
        if not keys:
            return {}
        links: dict[str, list[float]] = {}
        for key, score in zip(keys, self._link_probs(feats, keys), strict=True):
            links.setdefault(self._resolve(self._story_of[key]), []).append(score)
        if self.settings.link == "max":
            return {story_id: max(values) for story_id, values in links.items()}
        if self.settings.link == "top":
            # Mean of the story's best `link_top` links (fewer for smaller stories): one stray link
            # into a big story is not enough, which stops a hub story from swallowing its neighbours.
            scores = {}
            for story_id, values in links.items():
                need = min(self.settings.link_top, len(self._story_keys.get(story_id, ())) or 1)
                top = sorted(values, reverse=True)[:need]
                scores[story_id] = sum(top) / need
            return scores
        scores = {}
        for story_id, values in links.items():
            top = max(values)
            if top < self.settings.threshold:
                scores[story_id] = top
                continue
            members = [k for k in self._story_keys.get(story_id, []) if k in self._features]
            members = members[-self.settings.link_members :]
            mean = float(np.mean(self._link_probs(feats, members))) if members else top
            scores[story_id] = mean if self.settings.link == "mean" else (top + mean) / 2.0
        return scores

    def _link_probs(self, feats: ArticleFeatures, keys: Sequence[int]) -> list[float]:
        """P(same story) of the new article with each stored article, plus the entity/date bonuses."""
        # Ranks are taken among the rows scored together: the candidates (or, for link="mean"/"blend",
        # the story members), as the story model was fitted on candidate ranks.
        rows = with_candidate_ranks(np.vstack([pair_features(feats, self._features[k]) for k in keys]))
        out: list[float] = []
        for key, prob in zip(keys, self.model(rows), strict=True):
            other = self._features[key]
            bonus = 0.0
            if feats.entity_ids and other.entity_ids:
                shared = len(feats.entity_ids & other.entity_ids) / len(feats.entity_ids | other.entity_ids)
                bonus += self.settings.entity_weight * shared
            if feats.dates and other.dates:
                bonus += self.settings.date_weight * (
                    len(feats.dates & other.dates) / len(feats.dates | other.dates)
                )
            score = min(1.0, float(prob) + bonus)
            cross = self.settings.cross_script_use
            cross_script = abs(feats.arabic - other.arabic) > 0.5
            if cross is not None and cross_script and float(feats.doc_vec @ other.doc_vec) >= cross:
                score = max(score, self.settings.threshold)
            out.append(score)
        return out

    def _candidates(self, feats: ArticleFeatures) -> list[int]:
        """Nearest live articles (by USE vector) from the day indexes inside the window."""
        found: list[tuple[float, int]] = []
        for day in self._window_days(feats.published):
            index = self._days.get(day)
            if index is None:
                continue
            for key in index.search(feats.doc_vec, self.settings.candidates):
                other = self._features.get(key)
                if other is None or not self._in_window(feats.published, other.published):
                    continue
                found.append((float(feats.doc_vec @ other.doc_vec), key))
        found.sort(reverse=True)
        return [key for _, key in found[: self.settings.candidates]]

    def _window_days(self, published: datetime | None) -> list[str]:
        hours = self.settings.window_hours
        if published is None or hours is None:
            return list(self._days)
        span = timedelta(hours=hours)
        first, last = (published - span).date(), (published + span).date()
        days = [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]
        return [*days, _UNDATED]

    def _in_window(self, a: datetime | None, b: datetime | None) -> bool:
        hours = self.settings.window_hours
        if a is None or b is None or hours is None:
            return True
        if (a.tzinfo is None) != (b.tzinfo is None):
            a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
        return abs((a - b).total_seconds()) <= hours * 3600.0

    # ------------------------------------------------------------ bookkeeping

    def _resolve(self, story_id: str) -> str:
        while story_id in self._merged_into:
            story_id = self._merged_into[story_id]
        return story_id

    def _open_story(self, founder_id: str) -> str:
        """A new story, named after the article that opens it: the id stays the same across runs,
        stores and machines as long as that article comes first (and survives merges, which keep
        the oldest story)."""
        story_id = story_id_for(founder_id)
        while story_id in self._stories or story_id in self._merged_into:  # hash collision: stay unique
            story_id = story_id_for(story_id)
        self._stories[story_id] = _StoryState(story_id, opened=self._next_story)
        self._next_story += 1
        return story_id

    def _merge(self, story_ids: list[str]) -> str:
        """Fold the stories into the oldest one; the others are recorded in its ``merged_from``."""
        story_ids = sorted(set(story_ids), key=lambda sid: self._stories[sid].opened)
        keep = self._stories[story_ids[0]]
        for other_id in story_ids[1:]:
            other = self._stories.pop(other_id)
            keep.article_ids.extend(other.article_ids)
            keep.outlets.extend(o for o in other.outlets if o not in keep.outlets)
            keep.merged_from.extend([other_id, *other.merged_from])
            keep.vector_sum += other.vector_sum
            keep.first_seen = _earliest(keep.first_seen, other.first_seen)
            keep.last_seen = _latest(keep.last_seen, other.last_seen)
            if other.title_score > keep.title_score:
                keep.title, keep.title_score = other.title, other.title_score
            self._merged_into[other_id] = keep.id
            moved = self._story_keys.pop(other_id, [])
            self._story_keys[keep.id] = sorted(self._story_keys.get(keep.id, []) + moved)
        return keep.id

    def _insert(
        self, article_id: str, title: str, outlet: str | None, feats: ArticleFeatures, story_id: str
    ) -> None:
        key = len(self._article_ids)
        self._article_ids.append(article_id)
        self._story_of.append(story_id)
        self._keys[article_id] = key
        self._make_live(key, feats, story_id)

        story = self._stories[story_id]
        story.article_ids.append(article_id)
        if outlet and outlet not in story.outlets:
            story.outlets.append(outlet)
        story.first_seen = _earliest(story.first_seen, feats.published)
        story.last_seen = _latest(story.last_seen, feats.published)
        story.vector_sum += feats.doc_vec
        # Representative headline: the title closest to the story's mean vector so far.
        score = float(feats.doc_vec @ story.vector_sum) / max(1.0, float(np.linalg.norm(story.vector_sum)))
        if title and (not story.title or score > story.title_score):
            story.title, story.title_score = title, score
        if feats.published is not None:
            self._latest = _latest(self._latest, feats.published)
            self._prune()

    def _make_live(self, key: int, feats: ArticleFeatures, story_id: str) -> None:
        """Index an article under its publication day so that later articles can link to it."""
        self._features[key] = feats
        day = feats.published.date().isoformat() if feats.published else _UNDATED
        if day not in self._days:
            self._days[day] = _DayIndex()
            self._day_keys[day] = []
        self._days[day].add(key, feats.doc_vec)
        self._day_keys[day].append(key)
        self._story_keys.setdefault(story_id, []).append(key)

    def _prune(self) -> None:
        """Forget features of days that no future in-order article can reach (keeps memory flat)."""
        hours = self.settings.window_hours
        if hours is None or self._latest is None:
            return
        horizon: date = (self._latest - timedelta(hours=2 * hours)).date()
        for day in [d for d in self._days if d != _UNDATED and date.fromisoformat(d) < horizon]:
            for key in self._day_keys.pop(day):
                self._features.pop(key, None)
            del self._days[day]
        for story_id, keys in list(self._story_keys.items()):
            live = [k for k in keys if k in self._features]
            if live:
                self._story_keys[story_id] = live
            else:
                del self._story_keys[story_id]

    # ------------------------------------------------------------ persistence

    def state_dict(self) -> dict[str, Any]:
        """Plain dicts, lists and numpy arrays, enough for :meth:`from_state` to resume exactly."""
        live = sorted(self._features)
        return {
            "settings": {name: getattr(self.settings, name) for name in ClusterSettings.__dataclass_fields__},
            "model": self.model.to_dict(),
            "article_ids": list(self._article_ids),
            "story_of": list(self._story_of),
            "merged_into": dict(self._merged_into),
            "next_story": self._next_story,
            "latest": self._latest.isoformat() if self._latest else None,
            "stories": [
                {
                    "id": s.id,
                    "opened": s.opened,
                    "article_ids": list(s.article_ids),
                    "outlets": list(s.outlets),
                    "first_seen": s.first_seen.isoformat() if s.first_seen else None,
                    "last_seen": s.last_seen.isoformat() if s.last_seen else None,
                    "merged_from": list(s.merged_from),
                    "vector_sum": s.vector_sum.copy(),
                    "title": s.title,
                    "title_score": s.title_score,
                }
                for s in self._stories.values()
            ],
            "live": [_features_to_dict(key, self._features[key]) for key in live],
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> OnlineStoryClusterer:
        clusterer = cls(ClusterSettings(**state["settings"]), PairModel.from_dict(state["model"]))
        clusterer._article_ids = list(state["article_ids"])
        clusterer._story_of = list(state["story_of"])
        clusterer._keys = {aid: key for key, aid in enumerate(clusterer._article_ids)}
        clusterer._merged_into = dict(state["merged_into"])
        clusterer._next_story = int(state["next_story"])
        clusterer._latest = _parse(state["latest"])
        for s in state["stories"]:
            clusterer._stories[s["id"]] = _StoryState(
                id=s["id"],
                opened=int(s["opened"]),
                article_ids=list(s["article_ids"]),
                outlets=list(s["outlets"]),
                first_seen=_parse(s["first_seen"]),
                last_seen=_parse(s["last_seen"]),
                merged_from=list(s["merged_from"]),
                vector_sum=np.asarray(s["vector_sum"], dtype=np.float64).copy(),
                title=s["title"],
                title_score=float(s["title_score"]),
            )
        for item in state["live"]:
            key, feats = _features_from_dict(item)
            clusterer._make_live(key, feats, clusterer._resolve(clusterer._story_of[key]))
        return clusterer


def story_id_for(founder_id: str) -> str:
    """The id of the story opened by article ``founder_id``."""
    return "s-" + hashlib.sha1(founder_id.encode("utf-8")).hexdigest()[:12]


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None or b is None:
        return a or b
    return b if _naive(b) < _naive(a) else a


def _latest(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None or b is None:
        return a or b
    return b if _naive(b) > _naive(a) else a


def _naive(value: datetime) -> datetime:
    """UTC wall time without tzinfo, so aware and naive datetimes compare."""
    if value.tzinfo is None:
        return value
    return (value - value.utcoffset()).replace(tzinfo=None)  # type: ignore[operator]


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _features_to_dict(key: int, feats: ArticleFeatures) -> dict[str, Any]:
    return {
        "key": key,
        "doc_vec": feats.doc_vec,
        "title_vec": feats.title_vec,
        "word_idx": feats.word_idx,
        "word_val": feats.word_val,
        "char_idx": feats.char_idx,
        "char_val": feats.char_val,
        "title_words": dict(feats.title_words),
        "title_char_idx": feats.title_char_idx,
        "title_char_val": feats.title_char_val,
        "names": dict(feats.names),
        "numbers": sorted(feats.numbers),
        "published": feats.published.isoformat() if feats.published else None,
        "arabic": feats.arabic,
        "entity_ids": sorted(feats.entity_ids),
        "dates": sorted(feats.dates),
    }


def _features_from_dict(item: dict[str, Any]) -> tuple[int, ArticleFeatures]:
    return int(item["key"]), ArticleFeatures(
        doc_vec=np.asarray(item["doc_vec"], dtype=np.float32),
        title_vec=np.asarray(item["title_vec"], dtype=np.float32),
        word_idx=np.asarray(item["word_idx"], dtype=np.int64),
        word_val=np.asarray(item["word_val"], dtype=np.float32),
        char_idx=np.asarray(item["char_idx"], dtype=np.int64),
        char_val=np.asarray(item["char_val"], dtype=np.float32),
        title_words=dict(item["title_words"]),
        title_char_idx=np.asarray(item["title_char_idx"], dtype=np.int64),
        title_char_val=np.asarray(item["title_char_val"], dtype=np.float32),
        names=dict(item["names"]),
        numbers=frozenset(item["numbers"]),
        published=_parse(item["published"]),
        arabic=float(item["arabic"]),
        entity_ids=frozenset(item["entity_ids"]),
        dates=frozenset(item["dates"]),
    )
