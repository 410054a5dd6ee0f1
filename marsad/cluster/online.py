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

Single link lets one bridging article chain two events into one story.  So, when a story reaches a
check size (``split_min_size``, then its size × ``split_growth`` after each check; packaged: every
article it gains from 4 members on), its live members (at most
``split_members``, the latest) are re-clustered by average link on 1 − P(same story) and cut at
``split_distance``: the part holding the earliest of them keeps the story, every other part becomes a
story of its own, named after its earliest article (:meth:`OnlineStoryClusterer.splits` records them).
The check depends only on the order of the articles, not on how they are batched, so incremental
runs give the stories of one run.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np

from marsad.cluster.similarity import (
    EMBED_DIM,
    FEATURES,
    RANK_FEATURE,
    RANKED_FEATURE,
    ArticleFeatures,
    PairModel,
    featurize,
    guess_title,
    packaged_models,
    pair_features,
    rank_among,
    story_model,
    with_candidate_ranks,
)
from marsad.types import Article, Story

_UNDATED = "undated"
_RANK = FEATURES.index(RANK_FEATURE)
_RANKED = FEATURES.index(RANKED_FEATURE)


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
    #: The split check (module docstring): ``split_distance`` ``None`` disables it.  Off unless the
    #: packaged tuning turns it on, so that stores made before it (whose saved settings lack it) keep
    #: their behaviour.  ``split_growth`` 1.0 checks at every article a story of ``split_min_size`` or
    #: more gains (member pairs are cached, so a check scores only the new article's ≤
    #: ``split_members`` pairs); in day-wise CV, checking at × 1.25 or × 1.5 gained less
    #: (docs/clustering.md).
    split_distance: float | None = None
    split_min_size: int = 6
    split_growth: float = 1.0
    split_members: int = 80

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
    #: Size at which the split check runs next (0: at ``split_min_size``).
    next_check: int = 0
    #: The story this one was split from (``None`` when it opened with an article of its own).
    split_from: str | None = None


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
        self._outlet_of: list[str | None] = []  # key → outlet (a split rebuilds the stories' outlets)
        self._title_of: dict[int, str] = {}  # live key → headline
        #: live key → ``char_tfidf`` of the article with each of its candidates when it arrived, so that a
        #: split scores a member pair with the rank the clusterer saw (as the story model was fitted)
        self._pool: dict[int, np.ndarray] = {}
        self._splits: list[tuple[str, str]] = []  # (new story, story it was split from), in order
        #: later live key → {earlier key: P} computed by split checks, so that a growing story's next
        #: check scores only its new pairs (not saved: recomputing gives the same values)
        self._member_p: dict[int, dict[int, float]] = {}

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
        scores, pool = self._story_scores(feats)
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        if ranked and ranked[0][1] >= self.settings.threshold:
            story_id = ranked[0][0]
            bridged = [sid for sid, score in ranked[1:] if score >= self.settings.merge_threshold]
            if bridged and ranked[0][1] >= self.settings.merge_threshold:
                story_id = self._merge([story_id, *bridged])
        else:
            story_id = self._open_story(article_id)
        self._insert(article_id, title, outlet, feats, story_id, pool)
        self._maybe_split(story_id)
        return self._resolve(self._story_of[self._keys[article_id]])

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
                split_from=s.split_from,
            )
            for s in self._stories.values()
        ]

    def resolve(self, story_id: str) -> str:
        """The id a story lives under now (itself, or the story it was merged into)."""
        return self._resolve(story_id)

    def splits(self) -> list[tuple[str, str]]:
        """Every split so far, in order: (new story id, id of the story it was split from)."""
        return list(self._splits)

    def __len__(self) -> int:
        return len(self._article_ids)

    # ------------------------------------------------------------ scoring

    def _story_scores(self, feats: ArticleFeatures) -> tuple[dict[str, float], np.ndarray]:
        """Link score of the new article to each candidate story (see ``ClusterSettings.link``), and
        the ranked feature's values over the candidates (the rank pool)."""
        keys = self._candidates(feats)
        if not keys:
            return {}, np.zeros(0)
        probs, pool = self._link_probs_pool(feats, keys)
        return self._scores_from_links(feats, keys, probs), pool

    def _scores_from_links(
        self, feats: ArticleFeatures, keys: list[int], probs: list[float]
    ) -> dict[str, float]:
        links: dict[str, list[float]] = {}
        for key, score in zip(keys, probs, strict=True):
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
        return self._link_probs_pool(feats, keys)[0]

    def _link_probs_pool(
        self, feats: ArticleFeatures, keys: Sequence[int], pool: np.ndarray | None = None
    ) -> tuple[list[float], np.ndarray]:
        """P(same story) of the new article with each stored article, plus the entity/date bonuses,
        and the ranked feature's values that the ranks were taken among."""
        # Ranks are taken among the rows scored together: the candidates (or, for link="mean"/"blend",
        # the story members), as the story model was fitted on candidate ranks; a split passes the
        # article's candidate values from when it arrived.
        rows = np.vstack([pair_features(feats, self._features[k]) for k in keys])
        if pool is None:
            pool = rows[:, _RANKED].copy()
            rows = with_candidate_ranks(rows)
        else:
            rows[:, _RANK] = rank_among(rows[:, _RANKED], pool)
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
        return out, pool

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
        self,
        article_id: str,
        title: str,
        outlet: str | None,
        feats: ArticleFeatures,
        story_id: str,
        pool: np.ndarray,
    ) -> None:
        key = len(self._article_ids)
        self._article_ids.append(article_id)
        self._story_of.append(story_id)
        self._outlet_of.append(outlet)
        self._keys[article_id] = key
        self._make_live(key, feats, story_id, title, pool)

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

    def _make_live(
        self, key: int, feats: ArticleFeatures, story_id: str, title: str, pool: np.ndarray
    ) -> None:
        """Index an article under its publication day so that later articles can link to it."""
        self._features[key] = feats
        self._title_of[key] = title
        self._pool[key] = pool
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
                self._title_of.pop(key, None)
                self._pool.pop(key, None)
                self._member_p.pop(key, None)
            del self._days[day]
        for story_id, keys in list(self._story_keys.items()):
            live = [k for k in keys if k in self._features]
            if live:
                self._story_keys[story_id] = live
            else:
                del self._story_keys[story_id]

    # ------------------------------------------------------------ splits

    def _maybe_split(self, story_id: str) -> None:
        """The split check of a story that just grew (module docstring); bounded by ``split_members``."""
        settings = self.settings
        story = self._stories.get(story_id)
        if settings.split_distance is None or story is None:
            return
        if len(story.article_ids) < max(story.next_check, settings.split_min_size):
            return
        story.next_check = self._next_check_after(len(story.article_ids))
        keys = sorted(self._story_keys.get(story_id, []))[-settings.split_members :]
        if len(keys) < settings.split_min_size:
            return
        labels = self._split_labels(keys, settings.split_distance)
        if max(labels) == 0:
            return
        parts: dict[int, list[int]] = {}
        for key, label in zip(keys, labels, strict=True):
            parts.setdefault(label, []).append(key)
        moved = {key for label, part in parts.items() if label != 0 for key in part}
        for label in sorted(parts)[1:]:
            self._split_off(story, parts[label])
        self._rebuild(story, [k for k in self._story_keys[story.id] if k not in moved])

    def _split_labels(self, keys: list[int], distance: float) -> list[int]:
        """Part of each member (0: the earliest member's part).  Only the members in the story's main
        script vote: the story model gives a cross-script pair almost no chance whatever its content
        (see ``ClusterSettings.cross_script_use``), so an English rewrite would always be cut out of
        an Arabic story.  The others follow their best-linked member, as they joined."""
        probs = self._member_probs(keys)
        arabic = np.array([self._features[k].arabic > 0.5 for k in keys])
        count = int(arabic.sum())
        main = arabic if 2 * count > len(keys) or (2 * count == len(keys) and arabic[0]) else ~arabic
        voters = np.flatnonzero(main)
        parts = np.zeros(len(keys), dtype=int)
        parts[voters] = average_link_groups(probs[np.ix_(voters, voters)], distance)
        for i in np.flatnonzero(~main):
            parts[i] = parts[voters[int(np.argmax(probs[i, voters]))]]
        order: dict[int, int] = {}
        return [order.setdefault(int(part), len(order)) for part in parts]

    def _next_check_after(self, size: int) -> int:
        return max(self.settings.split_min_size, math.ceil(size * self.settings.split_growth))

    def _member_probs(self, keys: list[int]) -> np.ndarray:
        """Symmetric P(same story) between live members (``keys`` in arrival order): each pair scored
        from its later article, with the rank among that article's candidates at its arrival."""
        probs = np.eye(len(keys))
        for i in range(1, len(keys)):
            later = keys[i]
            known = self._member_p.setdefault(later, {})
            missing = [k for k in keys[:i] if k not in known]
            if missing:
                row, _ = self._link_probs_pool(self._features[later], missing, self._pool[later])
                known.update(zip(missing, row, strict=True))
            probs[i, :i] = probs[:i, i] = [known[k] for k in keys[:i]]
        return probs

    def _split_off(self, parent: _StoryState, keys: list[int]) -> None:
        """A new story of the live members ``keys`` of ``parent``, named after the earliest of them."""
        founder = self._article_ids[keys[0]]
        story_id = story_id_for(founder)
        if story_id in self._merged_into and story_id not in self._stories:
            # The founder's own story had been merged away: the split undoes it, so its old id (which
            # earlier reports and `show` used) finds these articles again.
            self._revive(story_id)
        while story_id in self._stories or story_id in self._merged_into:  # hash collision: stay unique
            story_id = story_id_for(story_id)
        story = _StoryState(story_id, opened=self._next_story, split_from=parent.id)
        self._next_story += 1
        self._stories[story_id] = story
        self._story_keys.setdefault(story_id, [])
        leaving = set(keys)
        self._story_keys[parent.id] = [k for k in self._story_keys[parent.id] if k not in leaving]
        self._rebuild(story, keys)
        self._splits.append((story_id, parent.id))

    def _revive(self, story_id: str) -> None:
        survivor = self._merged_into.pop(story_id)
        holder = self._stories.get(self._resolve(survivor))
        if holder is not None and story_id in holder.merged_from:
            holder.merged_from.remove(story_id)
        # Stories merged into this one stay with the story it had been merged into.
        for other, into in list(self._merged_into.items()):
            if into == story_id:
                self._merged_into[other] = survivor

    def _rebuild(self, story: _StoryState, live: list[int]) -> None:
        """Membership, outlets, times, mean vector and headline of a story after a split.  ``live``:
        its live members; its other (older, no longer live) members stay where they are."""
        live = sorted(live)
        kept = set(live)
        old_keys = [self._keys[a] for a in story.article_ids]
        members = sorted({k for k in old_keys if k not in self._features} | kept)
        story.article_ids = [self._article_ids[k] for k in members]
        for k in members:
            self._story_of[k] = story.id
        self._story_keys[story.id] = live
        story.outlets = list(dict.fromkeys(o for k in members if (o := self._outlet_of[k])))
        retired = [k for k in members if k not in kept]
        if live:
            vectors = np.vstack([self._features[k].doc_vec for k in live]).astype(np.float64)
            # Older members are no longer live: their share of the mean vector stays as it was.
            old_share = story.vector_sum - (
                sum((self._features[k].doc_vec for k in old_keys if k in self._features), np.zeros(EMBED_DIM))
            )
            story.vector_sum = vectors.sum(axis=0) + (old_share if retired else 0.0)
            published = [p for k in live if (p := self._features[k].published) is not None]
            if not retired:
                story.first_seen = min(published, key=_naive) if published else None
            story.last_seen = max(published, key=_naive) if published else story.last_seen
            norm = max(1.0, float(np.linalg.norm(story.vector_sum)))
            scored = [(float(self._features[k].doc_vec @ story.vector_sum) / norm, k) for k in live]
            titled = [(score, k) for score, k in scored if self._title_of.get(k)]
            if titled:
                story.title_score, best = max(titled)
                story.title = self._title_of[best]
        story.next_check = max(story.next_check, self._next_check_after(len(story.article_ids)))

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
            "outlet_of": list(self._outlet_of),
            "splits": [list(pair) for pair in self._splits],
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
                    "next_check": s.next_check,
                    "split_from": s.split_from,
                }
                for s in self._stories.values()
            ],
            "live": [
                {
                    **_features_to_dict(key, self._features[key]),
                    "title": self._title_of.get(key, ""),
                    "pool": self._pool.get(key, np.zeros(0)).astype(np.float64),
                }
                for key in live
            ],
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> OnlineStoryClusterer:
        clusterer = cls(ClusterSettings(**state["settings"]), PairModel.from_dict(state["model"]))
        clusterer._article_ids = list(state["article_ids"])
        clusterer._story_of = list(state["story_of"])
        clusterer._keys = {aid: key for key, aid in enumerate(clusterer._article_ids)}
        clusterer._merged_into = dict(state["merged_into"])
        # States written before splits existed lack these (their settings keep splits off).
        clusterer._outlet_of = list(state.get("outlet_of", [None] * len(clusterer._article_ids)))
        clusterer._splits = [(str(a), str(b)) for a, b in state.get("splits", [])]
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
                next_check=int(s.get("next_check", 0)),
                split_from=s.get("split_from"),
            )
        for item in state["live"]:
            key, feats = _features_from_dict(item)
            pool = np.asarray(item.get("pool", np.zeros(0)), dtype=np.float64)
            clusterer._make_live(
                key, feats, clusterer._resolve(clusterer._story_of[key]), str(item.get("title", "")), pool
            )
        return clusterer


def average_link_groups(probs: np.ndarray, distance: float) -> list[int]:
    """Group label per row of a symmetric P(same story) matrix: average-link clustering on 1 − P,
    merging while the mean link distance between two groups is below ``distance``.  Labels are
    numbered by first row, so the group of row 0 is 0."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    n = len(probs)
    if n < 2:
        return [0] * n
    dist = 1.0 - np.clip((probs + probs.T) / 2.0, 0.0, 1.0)
    np.fill_diagonal(dist, 0.0)
    # fcluster keeps merges at height <= t; "below distance" is the strict cut of the experiments.
    raw = fcluster(
        linkage(squareform(dist, checks=False), method="average"), t=distance - 1e-12, criterion="distance"
    )
    order: dict[int, int] = {}
    return [order.setdefault(int(label), len(order)) for label in raw]


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
