"""Day-wise cross-validated experiments on the story model, over features cached once.

    python benchmarks/cluster_experiments.py [--cache /tmp/marsad_cluster_exp_3days.pkl] [--only NAME,...]
        [--check] [--dev-only]

The protocol is the one of ``marsad eval clustering`` (docs/clustering.md): leave one gold day out, the
story model fitted, and the threshold / merge threshold tuned, on the other days; the held-out day is
scored (B³ F1).  The days are the two of ANT dev (10–11 Apr) and the third labelled day (25 Apr,
docs/cluster_annotations/); ``--dev-only`` keeps the first two (fit on one, score the other), as the
older tables were made.  Unlike the command, the model is fitted on within-day pairs only (no 10↔11 Apr
pairs), so the 25 Apr fold can differ from the command's by a merge or two.
What differs is speed: every within-day pair's features are computed once (the shipped ten plus the
candidate extras below), and the online clusterer is replayed over a precomputed probability matrix by
:func:`replay`, which follows ``OnlineStoryClusterer.add_features`` with ``link="max"`` (the 40 nearest
earlier articles by USE cosine as candidates; exact search instead of usearch, which at 200 articles per
day returns the same set).  ``--check`` compares the replay with ``run_online`` on the shipped recipe.

Extra pair features tried (issue 5), each documented where it is computed:

* sentence-level USE matching over the lead sentences, and headline-vs-lead-sentence matching;
* lexical features restricted to the lead (headline + first two sentences), and BM25 over the lexical text;
* "conflict" features for neighbouring same-kind events: differing numbers in the headlines, rare
  headline names on both sides with none shared;
* candidate-relative signals: a feature's rank among the later article's candidates (``char_rank`` of
  ``char_tfidf`` is the one shipped), or its distance to the best candidates;
* cluster-level decisions (story-centroid and story-cohesion gates, a post-pass average-link split of
  large clusters, and the online split check the clusterer now runs: ``replay(..., split=…)``), other
  learners and training sets (boosted trees, candidate pairs only, extra training
  pairs from SemEval), and one-feature ablations.

Each row prints B³ F1 per test day with the tuned settings, the average precision of P(same story) over
the test day's candidate pairs (less noisy than B³, which one merge moves by 0.02–0.03), and the best
test-day B³ anywhere on the grid.  The table in docs/clustering.md is this script's output.
"""

from __future__ import annotations

import argparse
import itertools
import math
import pickle
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from marsad.cluster import similarity as sim
from marsad.cluster.evaluation import run_online, score_clusters
from marsad.cluster.online import ClusterSettings
from marsad.cluster.train import STORY_EXCLUDE, fit_story_model, story_pair_features
from marsad.text import normalize, words
from marsad.text.arabic import light_stem
from marsad.text.sentences import split_sentences

GOLD = Path("../shared/data/stories/ant_dev_stories.jsonl")
#: The third labelled day (docs/cluster_annotations/), held out until the blind run, now a CV fold.
GOLD_25APR = Path("docs/cluster_annotations/ant_2018-04-25_stories.jsonl")
GOLDS = (GOLD, GOLD_25APR)
CORPUS = Path("../shared/data/corpora/ant_multisource_v2.1.jsonl.gz")
PAIRS = Path("../shared/data/similarity/semeval2022_t8_pairs.jsonl.gz")
#: The grid of the "did not help" table in docs/clustering.md (finer than ``marsad eval clustering``).
THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95)
MERGES = (0.95, 0.98, 1.01)
LEAD_SENTENCES = 5
#: The story model's features before issue 5, and the shipped ones (with the candidate rank).
BEFORE = [
    "use_doc",
    "use_title",
    "word_tfidf",
    "char_tfidf",
    "title_words",
    "title_chars",
    "names",
    "numbers",
    "time_close",
]
SHIPPED = [name for name in sim.FEATURES if name not in STORY_EXCLUDE]
NO_CHAR = [name for name in BEFORE if name != "char_tfidf"]
SPLITS = (None, 0.5, 0.6, 0.7, 0.8, 0.9)
_DIGITS = re.compile(r"\d+")


# ---------------------------------------------------------------- per-article extras


@dataclass(slots=True)
class Extras:
    sent_vecs: np.ndarray  # (k, 512) USE of the first lead sentences
    lead_idx: np.ndarray  # hashed word buckets of headline + first two sentences
    lead_val: np.ndarray
    bm25: dict[int, float]  # word bucket → BM25 document weight (k1 = 1.2, b = 0.75)
    bm25_tf: dict[int, int]
    title_numbers: frozenset[str]
    title_names: frozenset[str]  # rare (IDF ≥ 6) headline words
    focus: dict[str, float]  # headline stems weighted by (1 + log tf in the article) × IDF, unit length
    top_terms: dict[str, float]  # the article's 10 heaviest TF-IDF stems, unit length


def lead_sentences(text: str, title: str, limit: int = LEAD_SENTENCES) -> list[str]:
    """The first sentences of the body (the guessed headline excluded when it opens the text)."""
    out = [s.text for s in split_sentences(text[:3000]) if len(s.text) >= 20]
    if out and title and out[0].startswith(title[:40]):
        out = out[1:]
    return out[:limit]


def compute_extras(
    titles: Sequence[str], texts: Sequence[str], feats: Sequence[sim.ArticleFeatures]
) -> list[Extras]:
    frequencies = sim.packaged_frequencies()
    assert frequencies is not None
    titles = [t or sim.guess_title(x) for t, x in zip(titles, texts, strict=True)]
    leads = [lead_sentences(x, t) for t, x in zip(titles, texts, strict=True)]
    flat = [s for sentences in leads for s in sentences]
    vectors = sim.embed(flat) if flat else np.zeros((0, sim.EMBED_DIM), dtype=np.float32)
    lengths = [len(words(sim.lexical_text(t, x))) for t, x in zip(titles, texts, strict=True)]
    avg_len = float(np.mean(lengths))
    out: list[Extras] = []
    cursor = 0

    def stem_idf(stems: Sequence[str]) -> dict[str, float]:
        unique = sorted(set(stems))
        return dict(zip(unique, sim._token_idf(unique, frequencies), strict=True)) if unique else {}

    def unit(weights: dict[str, float]) -> dict[str, float]:
        norm = math.sqrt(sum(v * v for v in weights.values()))
        return {k: v / norm for k, v in weights.items()} if norm else {}

    for title, text, sentences, f, length in zip(titles, texts, leads, feats, lengths, strict=True):
        sent_vecs = vectors[cursor : cursor + len(sentences)]
        cursor += len(sentences)
        lead = " ".join([title, title, *sentences[:2]])
        l_idx, l_cnt = sim._hash(words(lead), sim.WORD_BUCKETS)
        tokens = words(sim.lexical_text(title, text))
        b_idx, b_cnt = sim._hash(tokens, sim.WORD_BUCKETS)
        idf = np.log(
            1 + (frequencies.n_docs - frequencies.words[b_idx] + 0.5) / (frequencies.words[b_idx] + 0.5)
        )
        bm_tf = b_cnt * 2.2 / (b_cnt + 1.2 * (0.25 + 0.75 * length / avg_len))
        stems = [light_stem(t) for t in tokens]
        tf = Counter(stems)
        idf_of = stem_idf(stems)
        title_stems = {light_stem(t) for t in words(title)}
        focus = unit({s: (1 + math.log(tf[s])) * idf_of[s] for s in title_stems if s in tf and len(s) >= 3})
        weights = {s: (1 + math.log(c)) * idf_of[s] for s, c in tf.items() if len(s) >= 3 and not s.isdigit()}
        top = unit(dict(sorted(weights.items(), key=lambda kv: -kv[1])[:10]))
        out.append(
            Extras(
                focus=focus,
                top_terms=top,
                sent_vecs=sent_vecs,
                lead_idx=l_idx,
                lead_val=sim._tfidf(l_idx, l_cnt, frequencies.word_idf(l_idx)),
                bm25={int(b): float(w * i) for b, w, i in zip(b_idx, bm_tf, idf, strict=True)},
                bm25_tf={int(b): int(c) for b, c in zip(b_idx, b_cnt, strict=True)},
                title_numbers=frozenset(_DIGITS.findall(normalize(title))),
                title_names=frozenset(
                    t
                    for t, v in f.title_words.items()
                    if v >= sim.NAME_MIN_IDF and len(t) >= 3 and not t.isdigit()
                ),
            )
        )
    return out


# ---------------------------------------------------------------- extra pair features

EXTRA = (
    "sent_max",  # max cosine over lead-sentence pairs
    "sent_top3",  # mean of the 3 best lead-sentence pair cosines
    "title_sent",  # max cosine of one headline with the other's lead sentences (max of both directions)
    "lead_words",  # word TF-IDF cosine over headline ×2 + first two sentences
    "bm25",  # symmetric BM25: mean of a→b and b→a query scores, each normalised by the self-score
    "title_num_conflict",  # both headlines hold numbers, none shared
    "title_name_conflict",  # both headlines hold rare names, none shared
    "title_vec_lead",  # cosine headline a vs doc vector b (mean of both directions)
    "focus",  # cosine of the headline stems weighted by their frequency in the article
    "top_terms",  # cosine of the 10 heaviest TF-IDF stems
    # Candidate-relative signals, like the shipped char_rank (filled in by ``stream_columns``):
    "use_doc_rank",  # 1 / rank of use_doc among the later article's candidates
    "word_rank",  # same for word_tfidf
    "title_chars_rank",  # same for title_chars
    "char_rel",  # char_tfidf minus the mean of the 5 best candidates' char_tfidf
)
#: Rank columns of :data:`EXTRA` → the feature they rank.
RANKED = {"use_doc_rank": "use_doc", "word_rank": "word_tfidf", "title_chars_rank": "title_chars"}


def _bm25(query: dict[int, int], doc: dict[int, float], self_score: float) -> float:
    if self_score <= 0:
        return 0.0
    return sum(doc[b] for b in query if b in doc) / self_score


def extra_features(
    a: sim.ArticleFeatures, b: sim.ArticleFeatures, ea: Extras, eb: Extras, self_a: float, self_b: float
) -> list[float]:
    if len(ea.sent_vecs) and len(eb.sent_vecs):
        cos = (ea.sent_vecs @ eb.sent_vecs.T).ravel()
        sent_max = float(cos.max())
        sent_top3 = float(np.sort(cos)[-3:].mean())
    else:
        sent_max = sent_top3 = float(a.doc_vec @ b.doc_vec)
    ts = [float(a.title_vec @ b.title_vec)]
    if len(eb.sent_vecs):
        ts.append(float((eb.sent_vecs @ a.title_vec).max()))
    if len(ea.sent_vecs):
        ts.append(float((ea.sent_vecs @ b.title_vec).max()))
    num_conflict = float(
        bool(ea.title_numbers) and bool(eb.title_numbers) and not ea.title_numbers & eb.title_numbers
    )
    name_conflict = float(
        bool(ea.title_names) and bool(eb.title_names) and not ea.title_names & eb.title_names
    )
    return [
        sent_max,
        sent_top3,
        max(ts),
        sim._sparse_dot(ea.lead_idx, ea.lead_val, eb.lead_idx, eb.lead_val),
        (_bm25(ea.bm25_tf, eb.bm25, self_b) + _bm25(eb.bm25_tf, ea.bm25, self_a)) / 2.0,
        num_conflict,
        name_conflict,
        (float(a.title_vec @ b.doc_vec) + float(b.title_vec @ a.doc_vec)) / 2.0,
        sum(v * eb.focus.get(k, 0.0) for k, v in ea.focus.items()),
        sum(v * eb.top_terms.get(k, 0.0) for k, v in ea.top_terms.items()),
        *([0.0] * (len(RANKED) + 1)),  # stream_columns fills these
    ]


def augment(day: Day) -> Day:
    """Append the :data:`LATE` columns to a cached day's block (no-op when already there)."""
    n, _, width = day.block.shape
    if width == len(ALL):
        return day
    late = np.zeros((n, n, len(LATE)))
    outlets = [a.outlet for a in day.articles]
    names = [
        {t: v for t, v in f.title_words.items() if v >= sim.NAME_MIN_IDF and len(t) >= 3 and not t.isdigit()}
        for f in day.feats
    ]
    for i, j in itertools.combinations(range(n), 2):
        same = float(outlets[i] is not None and outlets[i] == outlets[j])
        shared = sum(min(names[i][t], names[j][t]) for t in names[i].keys() & names[j].keys())
        union = sum(names[i].values()) + sum(names[j].values()) - shared
        late[i, j] = late[j, i] = (same, shared / union if union else 0.0)
    day.block = np.concatenate([day.block, late], axis=2)
    return day


#: 1 for a training pair borrowed from SemEval (``semeval_pairs``), 0 for ANT pairs and at prediction.
ALL = [*sim.FEATURES, *EXTRA, "semeval_domain"]
#: Columns added after the cached block (``augment``), so that the cache need not be rebuilt for them.
LATE = (
    "same_outlet",  # both articles from one outlet (same-outlet pairs are rarely one story unless copies)
    "title_names",  # IDF-weighted Jaccard of the headlines' rare (IDF ≥ 6) words: teams, people, places
)
ALL += LATE


def pair_block(feats: Sequence[sim.ArticleFeatures], extras: Sequence[Extras]) -> np.ndarray:
    """(n, n, len(ALL)) features of every ordered pair (symmetric; the diagonal is left at zero)."""
    n = len(feats)
    self_scores = [sum(e.bm25.values()) for e in extras]
    block = np.zeros((n, n, len(ALL)))  # the domain column stays 0
    for i, j in itertools.combinations(range(n), 2):
        row = np.concatenate(
            [
                sim.pair_features(feats[i], feats[j]),
                extra_features(feats[i], feats[j], extras[i], extras[j], self_scores[i], self_scores[j]),
                [0.0],
            ]
        )
        block[i, j] = block[j, i] = row
    return stream_columns(block, np.vstack([f.doc_vec for f in feats]).astype(np.float64))


def stream_columns(block: np.ndarray, doc_vecs: np.ndarray, candidates: int = 40) -> np.ndarray:
    """Fill the candidate-relative columns of a block whose articles are in publication order.

    As ``marsad.cluster.train.stream_ranks`` (the shipped char_rank): the later article of a pair ranks
    it among its ``candidates`` nearest earlier articles by USE cosine."""
    n = len(block)
    char = ALL.index("char_tfidf")
    columns = {ALL.index("char_rank"): char, **{ALL.index(k): ALL.index(v) for k, v in RANKED.items()}}
    rel = ALL.index("char_rel")
    for i in range(1, n):
        near = np.argsort(-(doc_vecs[:i] @ doc_vecs[i]), kind="stable")[:candidates]
        for target, source in columns.items():
            values = block[i, :i, source]
            block[i, :i, target] = block[:i, i, target] = sim.rank_among(values, block[i, near, source])
        top = np.sort(block[i, near, char])[::-1][:5].mean()
        block[i, :i, rel] = block[:i, i, rel] = block[i, :i, char] - top
    return block


# ---------------------------------------------------------------- replay of the online clusterer


def replay(
    probs: np.ndarray,
    doc_vecs: np.ndarray,
    threshold: float,
    merge: float,
    candidates: int = 40,
    centroid_gate: float | None = None,
    cohesion_gate: float | None = None,
    members: int = 20,
    split: tuple[float, int, float] | None = None,
) -> list[int]:
    """Story label per article (articles in publication order), as ``OnlineStoryClusterer`` with
    ``link="max"`` would give from the pair probabilities ``probs``.

    ``centroid_gate``: a story whose best link passes ``threshold`` is still refused when the article's
    cosine to the story's mean USE vector is below the gate (a cluster-level check against chaining).
    ``cohesion_gate`` (ρ): a story of two or more articles is refused when the article's mean link to its
    ``members`` most recent articles is below ρ × the story's cohesion (the mean link between its own
    articles, accumulated as they joined): an article must fit the story about as well as its members
    fit each other, which a neighbouring event linked through one shared-phrasing article does not.
    ``split`` (distance, min size, growth): the clusterer's online split (``ClusterSettings.split_*``):
    when a story reaches its next check size (min size, then × growth after each check), its members
    are re-clustered by average link on 1 − P, cut at distance; the part holding the earliest member
    keeps the story, the other parts become new stories.
    """
    from marsad.cluster.online import average_link_groups

    n = len(probs)
    next_check: dict[int, int] = {}
    story = [-1] * n
    parent: dict[int, int] = {}
    sums: dict[int, np.ndarray] = {}
    member_list: dict[int, list[int]] = {}
    cohesion: dict[int, list[float]] = {}  # story → [sum of member links, count]

    def find(s: int) -> int:
        while s in parent:
            s = parent[s]
        return s

    next_id = 0
    for i in range(n):
        mean_link: dict[int, float] = {}
        if i:
            sims = doc_vecs[:i] @ doc_vecs[i]
            cand = np.argsort(-sims, kind="stable")[:candidates]
            best: dict[int, float] = {}
            for k in cand:
                s = find(story[k])
                best[s] = max(best.get(s, 0.0), float(probs[i, k]))
            for s in list(best):
                recent = member_list[s][-members:]
                mean_link[s] = float(np.mean(probs[i, recent]))
                if centroid_gate is not None:
                    c = sums[s]
                    if float(doc_vecs[i] @ c) / max(float(np.linalg.norm(c)), 1e-9) < centroid_gate:
                        best[s] = min(best[s], threshold - 1e-6)
                total, count = cohesion[s]
                if cohesion_gate is not None and count > 0 and mean_link[s] < cohesion_gate * total / count:
                    best[s] = min(best[s], threshold - 1e-6)
            ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
        else:
            ranked = []
        if ranked and ranked[0][1] >= threshold:
            s = ranked[0][0]
            bridged = [t for t, p in ranked[1:] if p >= merge]
            if bridged and ranked[0][1] >= merge:
                # Merge into the oldest story (smallest id), as the clusterer does.
                keep = min([s, *bridged])
                for t in [s, *bridged]:
                    if t != keep:
                        parent[t] = keep
                        sums[keep] = sums[keep] + sums.pop(t)
                        member_list[keep] = sorted(member_list[keep] + member_list.pop(t))
                        a, b = cohesion.pop(t)
                        cohesion[keep][0] += a
                        cohesion[keep][1] += b
                s = keep
            recent = member_list[s][-members:]
            cohesion[s][0] += float(np.sum(probs[i, recent]))
            cohesion[s][1] += len(recent)
        else:
            s = next_id
            next_id += 1
            sums[s] = np.zeros(doc_vecs.shape[1])
            member_list[s] = []
            cohesion[s] = [0.0, 0]
        story[i] = s
        sums[s] = sums[s] + doc_vecs[i]
        member_list[s].append(i)
        if split is not None and len(member_list[s]) >= next_check.get(s, split[1]):
            distance, min_size, growth = split
            group = member_list[s]
            labels = average_link_groups(probs[np.ix_(group, group)], distance)
            parts: dict[int, list[int]] = {}
            for member, label in zip(group, labels, strict=True):
                parts.setdefault(label, []).append(member)
            for label, part in parts.items():
                if label == 0:  # the earliest member's part keeps the story
                    target = s
                else:
                    target, next_id = next_id, next_id + 1
                    cohesion[target] = [0.0, 0]
                    for k in part:
                        story[k] = target
                member_list[target] = part
                sums[target] = doc_vecs[part].sum(axis=0)
                next_check[target] = max(min_size, math.ceil(len(part) * growth))
    return [find(s) for s in story]


# ---------------------------------------------------------------- data and protocol


@dataclass(slots=True)
class Day:
    name: str
    articles: list[Any]
    feats: list[sim.ArticleFeatures]
    extras: list[Extras]
    gold: dict[str, str]
    block: np.ndarray  # pair features, articles in publication order
    doc_vecs: np.ndarray

    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        rows, cols = np.triu_indices(len(self.articles), 1)
        labels = np.array([self.gold[a.id] for a in self.articles])
        return self.block[rows, cols], (labels[rows] == labels[cols]).astype(int)

    def candidate_pairs(self, candidates: int = 40) -> tuple[np.ndarray, np.ndarray]:
        """Only the pairs the clusterer scores: each article with its nearest earlier articles."""
        labels = np.array([self.gold[a.id] for a in self.articles])
        rows, cols = [], []
        for i in range(1, len(self.articles)):
            near = np.argsort(-(self.doc_vecs[:i] @ self.doc_vecs[i]), kind="stable")[:candidates]
            rows.extend([i] * len(near))
            cols.extend(near.tolist())
        r, c = np.array(rows), np.array(cols)
        return self.block[r, c], (labels[r] == labels[c]).astype(int)

    def score(self, labels: Sequence[int]) -> Any:
        return score_clusters(self.gold, {a.id: str(s) for a, s in zip(self.articles, labels, strict=True)})


class _Unpickler(pickle.Unpickler):
    """Finds this module's classes whether the cache was written by the script (``__main__``) or an import."""

    def find_class(self, module: str, name: str) -> Any:
        if (module in ("__main__", __name__) or module.endswith("cluster_experiments")) and name in (
            "Day",
            "Extras",
        ):
            return globals()[name]
        return super().find_class(module, name)


def prepare(cache: Path, golds: Sequence[Path] = GOLDS) -> list[Day]:
    if cache.exists():
        with cache.open("rb") as handle:
            return [augment(day) for day in _Unpickler(handle).load()]
    from marsad.commands.cluster import _gold_articles, _gold_day

    articles: list[Any] = []
    rows: dict[str, dict[str, Any]] = {}
    for gold in golds:
        part, part_rows = _gold_articles(gold, CORPUS)
        articles += [a for a in part if a.id not in rows]
        rows.update(part_rows)
    articles.sort(key=lambda a: (a.published.timestamp() if a.published else math.inf, a.id))
    feats = sim.featurize(
        [a.title or "" for a in articles], [a.text for a in articles], [a.published for a in articles]
    )
    extras = compute_extras([a.title or "" for a in articles], [a.text for a in articles], feats)
    by_day: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        by_day.setdefault(_gold_day(rows[article.id]), []).append(i)
    days = []
    for name in sorted(by_day, key=lambda d: datetime.strptime(d, "%d %b %Y")):
        idx = by_day[name]
        f = [feats[i] for i in idx]
        e = [extras[i] for i in idx]
        days.append(
            Day(
                name,
                [articles[i] for i in idx],
                f,
                e,
                {articles[i].id: str(rows[articles[i].id]["story_id"]) for i in idx},
                pair_block(f, e),
                np.vstack([x.doc_vec for x in f]).astype(np.float64),
            )
        )
    with cache.open("wb") as handle:
        pickle.dump(days, handle)
    return [augment(day) for day in days]


Fit = Callable[[np.ndarray, np.ndarray], Callable[[np.ndarray], np.ndarray]]


def logistic(columns: Sequence[str], c: float = 1.0) -> Fit:
    """Standardised logistic regression over the named columns of :data:`ALL`."""
    from sklearn.linear_model import LogisticRegression

    cols = [ALL.index(name) for name in columns]

    def fit(x: np.ndarray, y: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
        z = x[:, cols]
        mean, scale = z.mean(axis=0), z.std(axis=0) + 1e-9
        model = LogisticRegression(C=c, max_iter=5000).fit((z - mean) / scale, y)
        return lambda rows: model.predict_proba((rows[..., cols] - mean) / scale)[..., 1]

    return fit


def boosting(columns: Sequence[str]) -> Fit:
    """Gradient-boosted trees (scikit-learn, shallow and strongly regularised) over the named columns."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    cols = [ALL.index(name) for name in columns]

    def fit(x: np.ndarray, y: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
        model = HistGradientBoostingClassifier(
            max_depth=3,
            learning_rate=0.05,
            max_iter=200,
            min_samples_leaf=40,
            l2_regularization=1.0,
            random_state=0,
        ).fit(x[:, cols], y)
        return lambda rows: model.predict_proba(rows[..., cols].reshape(-1, len(cols)))[:, 1].reshape(
            rows.shape[:-1]
        )

    return fit


def probabilities(day: Day, model: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
    n = len(day.articles)
    return model(day.block.reshape(n * n, -1)).reshape(n, n)


def split_pass(
    labels: Sequence[int], probs: np.ndarray, distance: float | tuple[float, int] | None, min_size: int = 6
) -> list[int]:
    """A post-pass over finished clusters: average-link re-clustering (distance 1 − P) inside every cluster
    of at least ``min_size`` articles, cut at ``distance``; each resulting group becomes its own story.

    Single link lets one bridging article (a round-up of two matches) chain two events; inside such a
    cluster the mean link between the two events stays low while the links within each are high.
    Not online: it re-assigns articles already placed (see docs/clustering.md)."""
    from sklearn.cluster import AgglomerativeClustering

    out = list(labels)
    if distance is None:
        return out
    if isinstance(distance, tuple):  # (distance, min_size), for grids over both
        distance, min_size = distance
    fresh = max(out) + 1
    for label in sorted(set(out)):
        members = [i for i, x in enumerate(out) if x == label]
        if len(members) < min_size:
            continue
        dist = 1.0 - probs[np.ix_(members, members)]
        np.fill_diagonal(dist, 0.0)
        groups = AgglomerativeClustering(
            n_clusters=None, metric="precomputed", linkage="average", distance_threshold=distance
        ).fit_predict(dist)
        for group in sorted(set(groups.tolist()) - {int(groups[0])}):
            for member, g in zip(members, groups, strict=True):
                if g == group:
                    out[member] = fresh
            fresh += 1
    return out


@dataclass(slots=True)
class Fold:
    test: str
    threshold: float
    merge: float
    gate: Any
    p: float
    r: float
    f1: float
    ap: float  # average precision of P(same story) over the test day's candidate pairs
    oracle: float  # best test-day B³ F1 anywhere on the grid (the ceiling of tuning)

    def __str__(self) -> str:
        gate = f", gate/split {self.gate}" if self.gate is not None else ""
        return (
            f"{self.test}: F1 {self.f1:.3f} (P {self.p:.3f} R {self.r:.3f}; t {self.threshold}, "
            f"merge {self.merge}{gate}) AP {self.ap:.3f} oracle {self.oracle:.3f}"
        )


def cross_validate(
    days: list[Day],
    fit: Fit,
    gates: Sequence[float | None] = (None,),
    cohesion: Sequence[float | None] = (None,),
    extra_train: tuple[np.ndarray, np.ndarray] | None = None,
    candidates_only: bool = False,
    splits: Sequence[float | tuple[float, int] | None] = (None,),
    online: Sequence[tuple[float, int, float] | None] = (None,),
) -> tuple[list[Fold], float]:
    """Leave one day out: fit and tune on the other days (tuning: mean B³ F1 over them), score the
    held-out day; the folds and their mean B³ F1.  With two days: fit on one, score the other."""
    from sklearn.metrics import average_precision_score

    results = []
    for test in days:
        trains = [d for d in days if d is not test]
        parts = [t.candidate_pairs() if candidates_only else t.pairs() for t in trains]
        if extra_train is not None:
            parts.append(extra_train)
        x, y = np.vstack([p[0] for p in parts]), np.concatenate([p[1] for p in parts])
        model = fit(x, y)
        p_trains = [probabilities(t, model) for t in trains]
        p_test = probabilities(test, model)
        best: tuple[float, float, float, float | None, float | None, Any] | None = None
        oracle = 0.0
        for t, m, g, r, o in itertools.product(THRESHOLDS, MERGES, gates, cohesion, online):
            if m < t:
                continue
            on_trains = [
                replay(p, d.doc_vecs, t, m, centroid_gate=g, cohesion_gate=r, split=o)
                for p, d in zip(p_trains, trains, strict=True)
            ]
            on_test = replay(p_test, test.doc_vecs, t, m, centroid_gate=g, cohesion_gate=r, split=o)
            for sp in splits:
                f1 = float(
                    np.mean(
                        [
                            d.score(split_pass(lab, p, sp)).bcubed_f1
                            for d, lab, p in zip(trains, on_trains, p_trains, strict=True)
                        ]
                    )
                )
                if best is None or f1 > best[0] + 1e-9:
                    best = (f1, t, m, g, r, sp if o is None else o)
                oracle = max(oracle, test.score(split_pass(on_test, p_test, sp)).bcubed_f1)
        assert best is not None
        _, t, m, g, r, d = best
        o = d if isinstance(d, tuple) and len(d) == 3 else None
        labels = replay(p_test, test.doc_vecs, t, m, centroid_gate=g, cohesion_gate=r, split=o)
        s = test.score(split_pass(labels, p_test, None if o else d))
        xc, yc = test.candidate_pairs()
        ap = float(average_precision_score(yc, model(xc)))
        knob = g or r or d
        results.append(Fold(test.name, t, m, knob, s.bcubed_p, s.bcubed_r, s.bcubed_f1, ap, oracle))
    return results, float(np.mean([fold.f1 for fold in results]))


def check(days: list[Day]) -> None:
    """The replay against the real clusterer (usearch, ``run_online``) for the shipped recipe."""
    for test in days:
        trains = [d for d in days if d is not test]
        parts = [story_pair_features(d.feats, d.gold, [a.id for a in d.articles]) for d in trains]
        model = fit_story_model(
            np.vstack([p[0] for p in parts]), np.concatenate([p[1] for p in parts]), exclude=STORY_EXCLUDE
        )
        probs = probabilities(test, lambda rows, model=model: model(rows[:, : len(sim.FEATURES)]))
        for t, m in ((0.9, 0.98), (0.8, 0.95), (0.5, 0.98)):
            real = score_clusters(
                test.gold,
                run_online(test.articles, test.feats, ClusterSettings(threshold=t, merge_threshold=m), model),
            ).bcubed_f1
            again = test.score(replay(probs, test.doc_vecs, t, m)).bcubed_f1
            print(f"check {test.name} t={t} m={m}: run_online {real:.4f}, replay {again:.4f}")


def semeval_pairs(
    cache: Path, same_below: float = 1.5, different_above: float = 3.0
) -> tuple[np.ndarray, np.ndarray]:
    """Same-language SemEval-2022 pairs as story pairs: Overall ≤ ``same_below`` same story, ≥
    ``different_above`` different, the middle dropped.  Only the shipped features are computed (the
    extras are left at 0 and must not be used with these rows); time_close is 0.5 (no dates) and the
    domain column is 1, so the model can keep the two sources' baselines apart."""
    if cache.exists():
        with cache.open("rb") as handle:
            x, y = pickle.load(handle)
        return np.hstack([x, np.zeros((len(x), len(LATE)))]), y
    from marsad.cluster.train import semeval_pair_features
    from marsad.commands._jsonl import read_jsonl

    rows = [r for r in read_jsonl(PAIRS) if r.get("lang1") == r.get("lang2")]
    rows = [r for r in rows if float(r["Overall"]) <= same_below or float(r["Overall"]) >= different_above]
    base = semeval_pair_features(rows)
    x = np.zeros((len(rows), len(ALL) - len(LATE)))
    x[:, : base.shape[1]] = base
    x[:, ALL.index("semeval_domain")] = 1.0
    y = np.array([float(r["Overall"]) <= same_below for r in rows], dtype=int)
    with cache.open("wb") as handle:
        pickle.dump((x, y), handle)
    return np.hstack([x, np.zeros((len(x), len(LATE)))]), y


#: The shipped clusterer's split-check grid (as ``marsad eval clustering`` tunes it).
SHIPPED_SPLIT = (None, *itertools.product((0.6, 0.7, 0.8), (4, 6, 10), (1.0,)))


def variants() -> dict[str, dict[str, Any]]:
    base = BEFORE
    ship = {"online": SHIPPED_SPLIT}
    return {
        # Three labelled days (issue 5): every row includes the shipped split check.
        "3d: shipped": {"fit": logistic(SHIPPED), **ship},
        "3d: shipped + same_outlet": {"fit": logistic([*SHIPPED, "same_outlet"]), **ship},
        "3d: shipped + title_names": {"fit": logistic([*SHIPPED, "title_names"]), **ship},
        "3d: shipped + same_outlet + title_names": {
            "fit": logistic([*SHIPPED, "same_outlet", "title_names"]),
            **ship,
        },
        "3d: shipped + sent_max": {"fit": logistic([*SHIPPED, "sent_max"]), **ship},
        "3d: shipped + focus": {"fit": logistic([*SHIPPED, "focus"]), **ship},
        "3d: shipped + title_name_conflict": {"fit": logistic([*SHIPPED, "title_name_conflict"]), **ship},
        "3d: shipped + title_vec_lead": {"fit": logistic([*SHIPPED, "title_vec_lead"]), **ship},
        "3d: shipped without names": {"fit": logistic([f for f in SHIPPED if f != "names"]), **ship},
        "3d: shipped with C = 0.1": {"fit": logistic(SHIPPED, c=0.1), **ship},
        "3d: boosted trees (shipped features)": {"fit": boosting(SHIPPED), **ship},
        "before (9 features)": {"fit": logistic(BEFORE)},
        "shipped (+ char_rank)": {"fit": logistic(SHIPPED)},
        "+ sent_max": {"fit": logistic([*base, "sent_max"])},
        "+ sent_top3": {"fit": logistic([*base, "sent_top3"])},
        "+ title_sent": {"fit": logistic([*base, "title_sent"])},
        "+ sent_max + title_sent": {"fit": logistic([*base, "sent_max", "title_sent"])},
        "+ title_vec_lead": {"fit": logistic([*base, "title_vec_lead"])},
        "+ lead_words": {"fit": logistic([*base, "lead_words"])},
        "+ bm25": {"fit": logistic([*base, "bm25"])},
        "bm25 instead of word_tfidf": {"fit": logistic([f if f != "word_tfidf" else "bm25" for f in base])},
        "+ title_num_conflict": {"fit": logistic([*base, "title_num_conflict"])},
        "+ title_name_conflict": {"fit": logistic([*base, "title_name_conflict"])},
        "+ focus": {"fit": logistic([*base, "focus"])},
        "+ top_terms": {"fit": logistic([*base, "top_terms"])},
        "+ use_doc_rank": {"fit": logistic([*base, "use_doc_rank"])},
        "+ word_rank": {"fit": logistic([*base, "word_rank"])},
        "+ title_chars_rank": {"fit": logistic([*base, "title_chars_rank"])},
        "+ char_rel": {"fit": logistic([*base, "char_rel"])},
        "+ char_rank + word_rank + title_chars_rank": {
            "fit": logistic([*base, "char_rank", "word_rank", "title_chars_rank"])
        },
        "+ all extras (no ranks)": {"fit": logistic([*base, *EXTRA[:10]])},
        "centroid gate 0.3–0.6": {"fit": logistic(base), "gates": (None, 0.3, 0.4, 0.5, 0.6)},
        "cohesion gate ρ 0.3–0.8": {"fit": logistic(base), "cohesion": (None, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)},
        "fitted on candidate pairs only": {"fit": logistic(base), "candidates_only": True},
        "boosted trees (9 features)": {"fit": boosting(base)},
        "boosted trees + all extras": {"fit": boosting([*base, *EXTRA[:10]])},
        "+ SemEval pairs (same-language; Overall ≤ 1.5 vs ≥ 3)": {
            "fit": logistic([*base, "semeval_domain"]),
            "semeval": True,
        },
        **{f"without {name}": {"fit": logistic([f for f in base if f != name])} for name in base},
        "shipped + sent_max": {"fit": logistic([*SHIPPED, "sent_max"])},
        "shipped + focus": {"fit": logistic([*SHIPPED, "focus"])},
        "shipped without names": {"fit": logistic([f for f in SHIPPED if f != "names"])},
        "shipped, cohesion gate": {"fit": logistic(SHIPPED), "cohesion": (None, 0.3, 0.5, 0.7)},
        "before + post-pass split (average link; d 0.5–0.9)": {"fit": logistic(BEFORE), "splits": SPLITS},
        "shipped + post-pass split (average link; d 0.5–0.9)": {"fit": logistic(SHIPPED), "splits": SPLITS},
        "shipped + online split (d 0.5–0.9 × min size 4/6/10 × growth 1.25)": {
            "fit": logistic(SHIPPED),
            "online": (None, *itertools.product((0.5, 0.6, 0.7, 0.8, 0.9), (4, 6, 10), (1.25,))),
        },
        "shipped + online split (d 0.6–0.8 × min size 4/6/10; every growth)": {
            "fit": logistic(SHIPPED),
            "online": tuple(itertools.product((0.6, 0.7, 0.8), (4, 6, 10), (1.0,))),
        },
        "shipped + post-pass split (d 0.5–0.9 × min size 4/6/10)": {
            "fit": logistic(SHIPPED),
            "splits": (None, *itertools.product((0.5, 0.6, 0.7, 0.8, 0.9), (4, 6, 10))),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cache", type=Path, default=Path("/tmp/marsad_cluster_exp_3days.pkl"))
    parser.add_argument("--semeval-cache", type=Path, default=Path("/tmp/marsad_cluster_exp_semeval.pkl"))
    parser.add_argument("--only", default="", help="Comma-separated variant names (default: all).")
    parser.add_argument("--check", action="store_true", help="Compare the replay with run_online first.")
    parser.add_argument(
        "--dev-only",
        action="store_true",
        help="Only the two dev days (10–11 Apr), as the tables before the third day were made.",
    )
    args = parser.parse_args()
    if args.dev_only and args.cache == parser.get_default("cache"):
        args.cache = Path("/tmp/marsad_cluster_exp.pkl")
    days = prepare(args.cache, GOLDS[:1] if args.dev_only else GOLDS)
    if args.check:
        check(days)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    for name, spec in variants().items():
        if chosen and name not in chosen:
            continue
        results, mean = cross_validate(
            days,
            spec["fit"],
            spec.get("gates", (None,)),
            spec.get("cohesion", (None,)),
            extra_train=semeval_pairs(args.semeval_cache) if spec.get("semeval") else None,
            candidates_only=spec.get("candidates_only", False),
            splits=spec.get("splits", (None,)),
            online=spec.get("online", (None,)),
        )
        print(f"{name:45s} mean {mean:.4f} | " + " | ".join(str(fold) for fold in results), flush=True)


if __name__ == "__main__":
    main()
