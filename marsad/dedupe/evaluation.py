"""Near-duplicate evaluation sets built from the shared corpora, and the scorer for ``marsad eval dedupe``.

Three sources of labelled pairs (see docs/dedupe.md for counts and spot checks):

* **real** -- cross-outlet pairs from SaudiNewsNet (outlets republishing Saudi Press Agency texts) and
  ANT (agency copies across BBC/CNN/Al Arabiya/France 24/Sky News), found as candidates by TF-IDF
  cosine within a day and labelled by :func:`copy_score`, an independent alignment measure
  (difflib matching blocks of normalised words, sentence by sentence), *not* by the shingle sets the
  system uses;
* **synthetic** -- ANT articles copied with a changed header/footer, dropped and reordered sentences,
  light rewording, other digit forms, or only the first 50-70 % kept;
* **hard negatives** -- different articles on one event (same gold story in
  ``ant_dev_stories.jsonl``, different outlets), same-day same-topic articles with high lexical
  overlap (the real candidates labelled as non-copies), and unrelated articles wrapped in the same
  boilerplate.

Everything is deterministic for a given seed.  No file I/O here: callers pass the records in.
"""

from __future__ import annotations

import dataclasses
import random
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from email.utils import parsedate_to_datetime

from marsad.evaluate.metrics import f1 as f1_score
from marsad.text import normalize, split_sentences

# Labelling rule (applied to real pairs only): the share of the shorter text's words that sit in
# aligned runs of >= ``MIN_RUN_WORDS`` words of the longer text.  >= COPY_MIN is a copy, < DISTINCT_MAX
# is a different article, the band between is left out of the set as ambiguous (and counted).
MIN_RUN_WORDS = 4
COPY_MIN = 0.6
DISTINCT_MAX = 0.35
MIN_WORDS = 25


@dataclass(frozen=True, slots=True)
class EvalDoc:
    """One article of an evaluation pair."""

    id: str
    source: str
    day: int  # proleptic ordinal of the publication (or crawl) day
    text: str


@dataclass(frozen=True, slots=True)
class LabelledPair:
    """Two articles, the earlier first, and whether the second is a copy of (or contains) the first."""

    pair_id: str
    group: str  # snn_real | ant_real | ant_story | synthetic
    kind: str  # finer origin: wire_copy, hard_negative, synthetic:partial, ...
    split: str  # dev | heldout
    first: EvalDoc
    second: EvalDoc
    label: bool
    label_score: float | None = None


@dataclass(slots=True)
class BuildStats:
    """How many candidate pairs each group produced and how many were left out as ambiguous."""

    candidates: dict[str, int] = field(default_factory=dict)
    ambiguous: dict[str, int] = field(default_factory=dict)
    # The left-out pairs themselves (label False, kind "ambiguous"), to show where systems cut.
    ambiguous_pairs: list[LabelledPair] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------------
# Independent labeller


_NON_WORD = re.compile(r"[^\w\s]+")


def _plain_words(text: str) -> list[str]:
    """Whitespace words of the normalised text, punctuation blanked (deliberately not dedupe_tokens)."""
    folded = "".join(" " if unicodedata.category(c).startswith("P") else c for c in normalize(text))
    return _NON_WORD.sub(" ", folded).split()


def copy_score(text_a: str, text_b: str) -> float:
    """Share of the shorter text's words found, in order, in runs of >= 4 words of the other text.

    Each sentence of the shorter text is aligned on its own against the whole longer text with
    ``difflib.SequenceMatcher`` (so reordered sentences still count, and a rewritten word only breaks
    the run around it).  1.0 = the shorter text is a verbatim excerpt; about 0 = no shared phrasing.
    """
    words_a, words_b = _plain_words(text_a), _plain_words(text_b)
    if not words_a or not words_b:
        return 0.0
    short_text, long_words = (text_a, words_b) if len(words_a) <= len(words_b) else (text_b, words_a)
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(long_words)
    covered = total = 0
    for sentence in split_sentences(short_text):
        sentence_words = _plain_words(sentence.text)
        total += len(sentence_words)
        matcher.set_seq1(sentence_words)
        covered += sum(b.size for b in matcher.get_matching_blocks() if b.size >= MIN_RUN_WORDS)
    return covered / total if total else 0.0


# ---------------------------------------------------------------------------------------------------
# Corpus records -> EvalDoc


def snn_docs(records: Iterable[dict]) -> list[EvalDoc]:
    """SaudiNewsNet records (``source, url, date_extracted, content``) as EvalDocs (crawl day)."""
    docs = []
    for i, r in enumerate(records):
        text = r.get("content") or ""
        day = date.fromisoformat(r["date_extracted"][:10]).toordinal()
        docs.append(EvalDoc(f"snn-{i:05d}", r["source"], day, text))
    return docs


def _ant_day(record: dict) -> int:
    try:
        return parsedate_to_datetime(record["time"]).date().toordinal()
    except (KeyError, TypeError, ValueError, IndexError):
        stamp = record["docno"].rsplit("-", 1)[-1]
        return date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8])).toordinal()


def ant_docs(records: Iterable[dict]) -> list[EvalDoc]:
    """ANT multi-source records (``docno, src, time, text``) as EvalDocs."""
    return [EvalDoc(r["docno"], r["src"], _ant_day(r), r.get("text") or "") for r in records]


# ---------------------------------------------------------------------------------------------------
# Candidate pairs (TF-IDF cosine within a day window, different outlets)


def candidate_pairs(
    docs: Sequence[EvalDoc], min_cosine: float, max_day_gap: int = 1, cross_source: bool = True
) -> list[tuple[int, int, float]]:
    """(i, j, cosine) for docs ``i < j`` (by day, then position) that look alike to TF-IDF.

    Word TF-IDF is a third, unrelated view of the texts: it only proposes pairs; the labels come
    from :func:`copy_score`.
    """
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    keep = [i for i, d in enumerate(docs) if len(d.text.split()) >= MIN_WORDS]
    keep.sort(key=lambda i: (docs[i].day, i))
    vectorizer = TfidfVectorizer(
        preprocessor=normalize, min_df=2, max_df=0.2, sublinear_tf=True, dtype=np.float32
    )
    matrix = vectorizer.fit_transform([docs[i].text for i in keep]).tocsr()
    days = np.array([docs[i].day for i in keep])
    sources = np.array([docs[i].source for i in keep])
    pairs: list[tuple[int, int, float]] = []
    step = 400
    for start in range(0, len(keep), step):
        stop = min(start + step, len(keep))
        hi = int(np.searchsorted(days, days[stop - 1] + max_day_gap, side="right"))
        block = (matrix[start:stop] @ matrix[start:hi].T).toarray()
        rows, cols = np.nonzero(block >= min_cosine)
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            i, j = start + r, start + c
            if j <= i or days[j] - days[i] > max_day_gap:
                continue
            if cross_source and sources[i] == sources[j]:
                continue
            pairs.append((keep[i], keep[j], float(block[r, c])))
    return pairs


# ---------------------------------------------------------------------------------------------------
# Synthetic copies


_HEADERS = (
    "الرياض - واس:",
    "(رويترز) -",
    "القاهرة - وكالات:",
    "عاجل | ",
    "المصدر: وكالة الأنباء الفرنسية - ",
    "دبي - العربية.نت",
    "بيروت - أ ف ب:",
)
_FOOTERS = (
    "تابعونا على تويتر وفيسبوك لمزيد من الأخبار العاجلة.",
    "جميع الحقوق محفوظة © 2018",
    "اقرأ أيضاً: أبرز عناوين الصحف اليوم",
    "للمزيد من الأخبار زوروا موقعنا www.example-news.com",
    "شارك هذا الخبر عبر واتساب",
)
# Light rewording: the swaps an editor makes without changing the content.
_SYNONYMS = {
    "قال": "أفاد",
    "أكد": "شدد",
    "أضاف": "تابع",
    "أعلن": "كشف",
    "أوضح": "بيّن",
    "اليوم": "الیوم",
    "الذي": "اللذي",
    "خلال": "أثناء",
    "كما": "وكذلك",
    "إن": "أن",
    "بعد": "عقب",
    "حيث": "إذ",
    "مع": "برفقة",
    "أيضا": "كذلك",
    "وقال": "وأفاد",
    "وأضاف": "وتابع",
    "عن": "حول",
    "لكن": "غير أن",
}
_WESTERN_TO_EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_EASTERN_TO_WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")

SYNTHETIC_KINDS = ("boilerplate", "drop_reorder", "reword", "digits", "partial", "mixed")


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)] or [text]


def _reword(text: str, rng: random.Random, rate: float) -> str:
    out = []
    changed = False
    for word in text.split(" "):
        if word in _SYNONYMS and rng.random() < rate * 4:
            out.append(_SYNONYMS[word])
            changed = True
        elif rng.random() < rate / 3:
            changed = True  # an editor's cut of a single word
        else:
            out.append(word)
    if not changed:  # short texts: make sure a reworded copy differs from its original
        swap = next((n for n, word in enumerate(out) if word in _SYNONYMS), None)
        if swap is not None:
            out[swap] = _SYNONYMS[out[swap]]
        elif len(out) > 2:
            out.pop(len(out) // 2)
    return " ".join(out)


def _swap_digits(text: str) -> str:
    if re.search("[0-9]", text):
        return text.translate(_WESTERN_TO_EASTERN)
    return text.translate(_EASTERN_TO_WESTERN)


def synthetic_copy(text: str, kind: str, rng: random.Random) -> str:
    """A copy of ``text`` transformed the way a republishing outlet would (``kind`` in SYNTHETIC_KINDS)."""
    sentences = _sentences(text)
    if kind in ("drop_reorder", "mixed") and len(sentences) > 3:
        drop = max(1, len(sentences) // 8)
        for _ in range(drop):
            sentences.pop(rng.randrange(1, len(sentences)))
        i = rng.randrange(0, len(sentences) - 1)
        sentences[i], sentences[i + 1] = sentences[i + 1], sentences[i]
    if kind == "partial":
        share = rng.uniform(0.5, 0.7)
        total = sum(len(s) for s in sentences)
        kept, size = [], 0
        for s in sentences:
            if kept and size + len(s) > share * total:
                break
            kept.append(s)
            size += len(s)
        sentences = kept
    body = " ".join(sentences)
    if kind in ("reword", "mixed"):
        body = _reword(body, rng, 0.03)
    if kind in ("digits", "mixed"):
        body = _swap_digits(body)
    if kind in ("boilerplate", "mixed", "partial"):
        body = f"{rng.choice(_HEADERS)} {body}\n{rng.choice(_FOOTERS)}"
    return body


def _wrap(text: str, header: str, footer: str) -> str:
    return f"{header} {text}\n{footer}"


# ---------------------------------------------------------------------------------------------------
# Building the set


def _split_of(key: str, seed: int) -> str:
    """dev or heldout, fixed by a seeded hash of ``key`` (a day or an article id)."""
    return "dev" if zlib.crc32(f"{seed}:{key}".encode()) % 2 == 0 else "heldout"


def _labelled(
    docs: Sequence[EvalDoc],
    candidates: Iterable[tuple[int, int]],
    group: str,
    seed: int,
    stats: BuildStats,
    positive_kind: str,
    negative_kind: str,
    split_keys: Sequence[str] | None = None,
) -> list[LabelledPair]:
    """Label ``candidates`` with :func:`copy_score`; split by day unless ``split_keys`` are given."""
    pairs = []
    ambiguous = 0
    count = 0
    for n, (i, j) in enumerate(candidates):
        count += 1
        a, b = docs[i], docs[j]
        score = copy_score(a.text, b.text)
        label = score >= COPY_MIN
        pair = LabelledPair(
            f"{group}:{a.id}:{b.id}",
            group,
            positive_kind if label else negative_kind,
            _split_of(split_keys[n] if split_keys else str(a.day), seed),
            a,
            b,
            label,
            round(score, 4),
        )
        if DISTINCT_MAX <= score < COPY_MIN:
            ambiguous += 1
            stats.ambiguous_pairs.append(dataclasses.replace(pair, kind="ambiguous"))
            continue
        pairs.append(pair)
    stats.candidates[group] = stats.candidates.get(group, 0) + count
    stats.ambiguous[group] = stats.ambiguous.get(group, 0) + ambiguous
    return pairs


def _sample(items: list, limit: int, rng: random.Random) -> list:
    return items if len(items) <= limit else rng.sample(items, limit)


def real_pairs(
    docs: Sequence[EvalDoc],
    group: str,
    seed: int,
    stats: BuildStats,
    limit: int,
    min_cosine: float = 0.3,
) -> list[LabelledPair]:
    """Cross-outlet candidate pairs labelled by :func:`copy_score` (copies vs same-topic negatives).

    Candidates are sampled in two strata (cosine >= 0.6, which holds most copies, and the rest) so
    the set has both classes in useful numbers; ``limit`` caps each stratum.
    """
    rng = random.Random(seed)
    found = candidate_pairs(docs, min_cosine)
    high = sorted((i, j) for i, j, c in found if c >= 0.6)
    low = sorted((i, j) for i, j, c in found if c < 0.6)
    chosen = sorted(_sample(high, limit, rng)) + sorted(_sample(low, limit, rng))
    return _labelled(docs, chosen, group, seed, stats, "wire_copy", "same_topic")


def story_pairs(
    docs: Sequence[EvalDoc], stories: Iterable[dict], seed: int, stats: BuildStats, limit: int
) -> list[LabelledPair]:
    """Pairs of one gold story from different outlets (ANT dev stories), labelled by copy_score.

    The dev stories cover two days only, so the dev/held-out split goes by story; at most ``limit``
    pairs are sampled (the Douma story alone has thousands).
    """
    position = {d.id: i for i, d in enumerate(docs)}
    by_story: dict[str, list[int]] = {}
    for row in stories:
        if row["id"] in position and len(docs[position[row["id"]]].text.split()) >= MIN_WORDS:
            by_story.setdefault(row["story_id"], []).append(position[row["id"]])
    candidates = []
    for story, members in sorted(by_story.items()):
        members.sort(key=lambda i: (docs[i].day, docs[i].id))
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if docs[i].source != docs[j].source:
                    candidates.append((i, j, story))
    chosen = sorted(_sample(candidates, limit, random.Random(seed)))
    return _labelled(
        docs,
        [(i, j) for i, j, _ in chosen],
        "ant_story",
        seed,
        stats,
        "agency_copy",
        "same_event",
        split_keys=[story for _, _, story in chosen],
    )


def synthetic_pairs(docs: Sequence[EvalDoc], seed: int, count: int) -> list[LabelledPair]:
    """``count`` synthetic copies of ANT articles, plus as many shared-boilerplate negatives."""
    rng = random.Random(seed)
    eligible = [d for d in docs if 80 <= len(d.text.split()) <= 1500]
    chosen = rng.sample(eligible, min(count, len(eligible)))
    pairs: list[LabelledPair] = []
    for n, doc in enumerate(chosen):
        kind = SYNTHETIC_KINDS[n % len(SYNTHETIC_KINDS)]
        copy = EvalDoc(f"{doc.id}~{kind}", "synthetic", doc.day, synthetic_copy(doc.text, kind, rng))
        pairs.append(
            LabelledPair(
                f"synthetic:{copy.id}",
                "synthetic",
                f"synthetic:{kind}",
                _split_of(doc.id, seed),
                doc,
                copy,
                True,
            )
        )
    # Negatives: two different articles of one outlet, day and category prefix, same header and footer.
    by_slot: dict[tuple[str, int, str], list[EvalDoc]] = {}
    for d in eligible:
        by_slot.setdefault((d.source, d.day, d.id.split("-")[1] if "-" in d.id else ""), []).append(d)
    slots = sorted(k for k, v in by_slot.items() if len(v) >= 2)
    rng.shuffle(slots)
    for key in slots[:count]:
        a, b = rng.sample(by_slot[key], 2)
        header, footer = rng.choice(_HEADERS), rng.choice(_FOOTERS)
        wa = EvalDoc(f"{a.id}~wrapped", a.source, a.day, _wrap(a.text, header, footer))
        wb = EvalDoc(f"{b.id}~wrapped", b.source, b.day, _wrap(b.text, header, footer))
        if copy_score(wa.text, wb.text) >= DISTINCT_MAX:
            continue  # the corpus itself holds a copy here; not a clean negative
        pairs.append(
            LabelledPair(
                f"synthetic:{wa.id}:{wb.id}",
                "synthetic",
                "shared_boilerplate",
                _split_of(a.id, seed),
                wa,
                wb,
                False,
            )
        )
    return pairs


# ---------------------------------------------------------------------------------------------------
# Scoring


PairDecider = Callable[[LabelledPair], bool]


@dataclass(frozen=True, slots=True)
class Scores:
    """Confusion counts with precision, recall and F1 (1.0 when the denominator is empty)."""

    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return f1_score(p, r)


def score(pairs: Iterable[LabelledPair], predictions: dict[str, bool]) -> Scores:
    """Confusion counts of ``predictions`` (pair_id -> predicted copy) against the labels."""
    tp = fp = fn = tn = 0
    for p in pairs:
        predicted = predictions[p.pair_id]
        if predicted and p.label:
            tp += 1
        elif predicted:
            fp += 1
        elif p.label:
            fn += 1
        else:
            tn += 1
    return Scores(tp, fp, fn, tn)


def marsad_decider(settings: object | None = None) -> PairDecider:
    """Marsad's NearDuplicateIndex on a fresh index per pair: is the second reported as a copy?"""
    from marsad.dedupe.index import DedupeSettings, NearDuplicateIndex

    def decide(pair: LabelledPair) -> bool:
        index = NearDuplicateIndex(settings if isinstance(settings, DedupeSettings) else None)
        index.add(pair.first.id, pair.first.text)
        return index.add(pair.second.id, pair.second.text) == pair.first.id

    return decide


def datasketch_decider(threshold: float | None = None, num_perm: int = 128) -> PairDecider:
    """datasketch ``MinHashLSH`` (its defaults unless ``threshold`` is given) over the same shingles.

    Like Marsad it sees word n-gram shingles of the normalised tokens, so the comparison isolates
    the retrieval-and-decision method.  A query hit means "duplicate", as datasketch users do.
    """
    from datasketch import MinHash, MinHashLSH

    from marsad.dedupe.index import DedupeSettings
    from marsad.dedupe.shingles import dedupe_tokens, word_shingles

    size = DedupeSettings().shingle_words

    def sketch(text: str) -> MinHash:
        m = MinHash(num_perm=num_perm)
        m.update_batch([s.encode("utf-8") for s in word_shingles(dedupe_tokens(text), size)])
        return m

    # The (bands, rows) datasketch derives from its threshold, computed once: constructing an index
    # re-runs that optimisation (about 20 ms), which would dominate a per-pair evaluation.
    import inspect

    default = inspect.signature(MinHashLSH).parameters["threshold"].default  # 0.9 in datasketch 2.0
    chosen_threshold = default if threshold is None else threshold
    probe = MinHashLSH(chosen_threshold, num_perm)
    params = (probe.b, probe.r)

    def decide(pair: LabelledPair) -> bool:
        lsh = MinHashLSH(chosen_threshold, num_perm, params=params)
        lsh.insert(pair.first.id, sketch(pair.first.text))
        return pair.first.id in lsh.query(sketch(pair.second.text))

    return decide


def crowded_predictions(pairs: Sequence[LabelledPair], settings: object | None = None) -> dict[str, bool]:
    """Marsad with every pair's first article in *one* index (thousands of same-topic articles).

    The per-pair runs never exercise the caps on common anchors and on candidates; here each second
    article is looked up (read-only) among all first articles, and counts as found when its pair's
    first article is among the verified matches.
    """
    from marsad.dedupe.index import DedupeSettings, NearDuplicateIndex

    index = NearDuplicateIndex(settings if isinstance(settings, DedupeSettings) else None)
    firsts = {p.first.id: p.first for p in pairs}
    for doc in sorted(firsts.values(), key=lambda d: (d.day, d.id)):
        index.add(doc.id, doc.text)
    return {p.pair_id: any(m.article_id == p.first.id for m in index.matches(p.second.text)) for p in pairs}
