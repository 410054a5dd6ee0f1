"""Story-level comparison: align the statements of a story's articles into agreed/unique/conflict facts.

Each article is cut into claims (sentences, then clauses at commas and clause connectors, each a
verbatim span of the article).  Claims of different articles are aligned when they share enough
content words or meaning; aligned claims are grouped (at most one claim per article per fact,
strongest alignments first) and every pair in a group goes through the same
:func:`~marsad.compare.sentences.compare_sentences` used for single pairs.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from marsad.compare import semantic
from marsad.compare.claims import read_claim, same_word, synonym_groups, synonyms
from marsad.compare.sentences import Comparison, compare_sentences, overlap
from marsad.text import split_sentences
from marsad.types import Article, Fact, FactSource

# Alignment of two claims into one fact is stricter than "related" for a given pair: a story has
# many loosely related sentences and only the same statement should be grouped.
ALIGN_DICE = 0.4
ALIGN_COSINE = 0.72
ALIGN_MIN_DICE_WITH_COSINE = 0.2
MIN_CONTENT_WORDS = 4
COMMON_SHARE = 0.1
CONFLICT_ALIGNMENT = 1.2  # weighted Dice + cosine of a pair whose values are compared

_CLAUSE_BREAK = re.compile(r"[،؛;:]\s+|\s+(?=(?:لكن|ولكن|فضلا عن|فضلًا عن|في حين|بينما)\s)")
# A coordinated clause ("... في اللاذقية ومنشأة بحرية في طرطوس تعتبر ...") is cut off only when
# both sides are long enough to be claims of their own.
_AND = re.compile(r"\s+(?=و[^\W\d_]{3,})")
LONG_CLAUSE = 8


@dataclass(frozen=True, slots=True)
class Statement:
    """A verbatim span of an article that says one thing (or a few tightly bound things)."""

    article_id: str
    source_key: str  # the outlet when known, else the article: what counts towards "agreed"
    text: str
    start: int
    order: int


def split_statements(article: Article) -> list[Statement]:
    """Sentences of the article, cut into clauses where a clause would stand on its own."""
    key = (article.outlet or "").strip() or f"article:{article.id}"
    out: list[Statement] = []
    for sentence in split_sentences(article.text, article.language or "ar"):
        pieces: list[tuple[int, int]] = []
        cursor = 0
        for match in _CLAUSE_BREAK.finditer(sentence.text):
            pieces.append((cursor, match.start()))
            cursor = match.end()
        pieces.append((cursor, len(sentence.text)))
        pieces = [cut for piece in pieces for cut in _split_long(sentence.text, *piece)]
        merged: list[tuple[int, int]] = []
        for start, end in pieces:
            # A clause too short to carry a claim stays with its neighbour.
            short = len(read_claim(sentence.text[start:end]).content) < MIN_CONTENT_WORDS
            if merged and (
                short or len(read_claim(sentence.text[slice(*merged[-1])]).content) < MIN_CONTENT_WORDS
            ):
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        for start, end in merged:
            text = sentence.text[start:end].strip(" ،؛;:.")
            if len(read_claim(text).content) < MIN_CONTENT_WORDS:
                continue
            offset = sentence.start + sentence.text.find(text, start)
            out.append(Statement(article.id, key, text, offset, len(out)))
    return out


def _split_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a long clause at the coordinating و that leaves two claim-sized halves."""
    piece = text[start:end]
    if len(read_claim(piece).content) < 2 * LONG_CLAUSE:
        return [(start, end)]
    for match in _AND.finditer(piece):
        left, right = piece[: match.start()], piece[match.end() :]
        if len(read_claim(left).content) >= LONG_CLAUSE and len(read_claim(right).content) >= LONG_CLAUSE:
            cut = start + match.end()
            return [(start, start + match.start()), *_split_long(text, cut, end)]
    return [(start, end)]


class _Related:
    """The stems of a story's vocabulary that ``same_word`` or ``synonyms`` match with a stem.

    Testing every stem against every other is the quadratic part of comparing a large story.
    Stems that match share a key: one letter edited (or a short ending added) leaves the first or
    the last two letters of the word, or of its body after و/ف, in place, and synonyms share their
    paraphrase group; so only the stems under a stem's keys are tested, once per stem.
    """

    def __init__(self, vocabulary: Iterable[str]) -> None:
        self._buckets: dict[str, set[str]] = defaultdict(set)
        for stem in vocabulary:
            for key in self._keys(stem):
                self._buckets[key].add(stem)
        self._found: dict[str, frozenset[str]] = {}

    @staticmethod
    def _keys(stem: str) -> set[str]:
        bodies = [stem, stem[1:]] if stem[:1] in ("و", "ف") and len(stem) >= 4 else [stem]
        keys = {f"<{body[:2]}" for body in bodies} | {f">{body[-2:]}" for body in bodies}
        return keys | {f"#{group}" for group in synonym_groups(stem)}

    def __call__(self, stem: str) -> frozenset[str]:
        """Matching stems of the vocabulary (``stem`` itself included when it is one)."""
        found = self._found.get(stem)
        if found is None:
            candidates = set().union(*(self._buckets.get(key, ()) for key in self._keys(stem)))
            found = frozenset(y for y in candidates if same_word(stem, y) or synonyms(stem, y))
            self._found[stem] = found
        return found


def _aligned(
    a: Statement, b: Statement, cosine: float | None, weights: dict[str, float], related: _Related
) -> float:
    """Alignment strength (0 when the two statements should not share a fact)."""
    ca, cb = read_claim(a.text), read_claim(b.text)
    stems_b = set(cb.content_stems)
    informative = {
        x
        for x in ca.content_stems
        if weights.get(x, 0.0) >= weights.get("", 0.0) and not related(x).isdisjoint(stems_b)
    }
    if not informative:
        return 0.0
    dice = overlap(ca, cb, weights, related)
    if len(informative) == 1 and (dice < ALIGN_DICE + 0.1 or (cosine or 0.0) < ALIGN_COSINE):
        return 0.0
    if dice >= ALIGN_DICE:
        return dice + (cosine or 0.0)
    if cosine is not None and cosine >= ALIGN_COSINE and dice >= ALIGN_MIN_DICE_WITH_COSINE:
        return dice + cosine
    return 0.0


def _index_key(stem: str) -> str:
    """The key a stem is indexed under to find candidate pairs.

    Exact stems miss the variants ``overlap`` accepts (سوري/سور, ضمنو/ضمن, سلامة/أمن), so
    a statement could never be paired with its paraphrase: words of one paraphrase group share
    the group's key and longer stems lose their last letter.  Candidates are scored afterwards.
    """
    groups = synonym_groups(stem)
    if groups:
        return f"#{min(groups)}"
    return stem[:-1] if len(stem) >= 4 and not stem.isdigit() else stem


def _candidate_pairs(statements: list[Statement]) -> list[tuple[float, int, int]]:
    """Aligned statement pairs, strongest first (same-article pairs included: they are repeats)."""
    vectors = semantic.embed([s.text for s in statements])
    by_stem: dict[str, set[int]] = defaultdict(set)
    index: dict[str, set[int]] = defaultdict(set)
    for n, statement in enumerate(statements):
        for stem in set(read_claim(statement.text).content_stems):
            by_stem[stem].add(n)
            index[_index_key(stem)].add(n)
    total = len(statements)
    weights = {stem: math.log((total + 1) / (len(members) + 0.5)) for stem, members in by_stem.items()}
    # "" holds the weight of a word found in a fifth of the statements: rarer words are informative.
    # (never fewer than the number of articles, which every shared statement reaches).
    articles = len({s.article_id for s in statements})
    weights[""] = math.log((total + 1) / (max(articles, COMMON_SHARE * total) + 0.5))
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in index.values():
        if len(members) > 200:  # a word in most statements says nothing about alignment
            continue
        ordered = sorted(members)
        for x, i in enumerate(ordered):
            for j in ordered[x + 1 :]:
                shared[(i, j)] += 1
    pairs: list[tuple[float, int, int]] = []
    related = _Related(by_stem)
    for (i, j), count in shared.items():
        if count < 2:
            continue
        cosine = float(vectors[i] @ vectors[j]) if vectors is not None else None
        strength = _aligned(statements[i], statements[j], cosine, weights, related)
        if strength > 0:
            pairs.append((strength, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


def compare_story(articles: Sequence[Article]) -> list[Fact]:
    """Facts of a story: each aligned statement group marked agreed, unique or conflict.

    Agreement needs two *outlets* (articles of one outlet, or of an unknown outlet, count once
    each only when the outlet is unknown), so a wire copy republished by one site never makes a
    fact "agreed" on its own.  Facts come in reading order of their first statement.
    """
    statements = [s for article in articles for s in split_statements(article)]
    texts = {a.id: a.text for a in articles}
    pairs = _candidate_pairs(statements)
    aligned = {(i, j) for _, i, j in pairs} | {(j, i) for _, i, j in pairs}
    # Conflicts are only looked for between closely aligned statements: loosely related ones
    # (same people, another event) differ in values without contradicting each other.
    close = {(i, j) for strength, i, j in pairs if strength >= CONFLICT_ALIGNMENT}
    close |= {(j, i) for i, j in close}
    group_of: dict[int, int] = {}
    groups: dict[int, list[int]] = {}
    for _strength, i, j in pairs:
        if statements[i].article_id == statements[j].article_id:
            continue  # repeats inside an article only matter when their groups meet
        gi, gj = group_of.get(i), group_of.get(j)
        if gi is not None and gi == gj:
            continue
        members_i = groups[gi] if gi is not None else [i]
        members_j = groups[gj] if gj is not None else [j]
        if not _can_merge(members_i, members_j, statements, aligned):
            continue
        new = min(members_i + members_j)
        for old in {gi, gj} - {None}:
            groups.pop(old)  # type: ignore[arg-type]
        groups[new] = sorted(members_i + members_j)
        for m in groups[new]:
            group_of[m] = new
    for n in range(len(statements)):
        if n not in group_of:
            groups[n] = [n]
            group_of[n] = n
    article_rank = {a.id: r for r, a in enumerate(articles)}
    facts: list[tuple[tuple[int, int], Fact]] = []
    for members in groups.values():
        chosen = [statements[m] for m in members]
        links = {(a, b) for a in members for b in members if (a, b) in close}
        local = {(members.index(a), members.index(b)) for a, b in links}
        facts.append(((article_rank[chosen[0].article_id], chosen[0].order), _fact(chosen, texts, local)))
    facts.sort(key=lambda item: item[0])
    return [fact for _, fact in facts]


def _can_merge(
    members_i: list[int], members_j: list[int], statements: list[Statement], aligned: set[tuple[int, int]]
) -> bool:
    """Two groups merge when most of their cross-article pairs align, and no article brings two
    statements that do not align with each other.

    An article may repeat a statement (a lead and a quote saying the same); it may not put two
    different claims into one fact.  Requiring half of the pairs to align (average linkage) stops
    a chain of loosely related statements from growing into one catch-all fact.
    """
    cross = linked = 0
    for x in members_i:
        for y in members_j:
            same_article = statements[x].article_id == statements[y].article_id
            if same_article and (x, y) not in aligned:
                return False
            if not same_article:
                cross += 1
                linked += (x, y) in aligned
    return cross == 0 or linked * 2 >= cross


def _fact(members: list[Statement], texts: dict[str, str], links: set[tuple[int, int]]) -> Fact:
    """Status of one group; only directly aligned statement pairs are compared for conflicts."""
    sources = [FactSource(m.article_id, m.text) for m in members]
    outlets = {m.source_key for m in members}
    conflict: Comparison | None = None
    for x, a in enumerate(members):
        for y, b in enumerate(members[x + 1 :], start=x + 1):
            if a.source_key == b.source_key or (x, y) not in links:
                continue
            verdict = compare_sentences(
                a.text, b.text, texts.get(a.article_id, ""), texts.get(b.article_id, "")
            )
            if verdict.status == "conflict" and (conflict is None or verdict.score > conflict.score):
                conflict = verdict
    text = max(members, key=lambda m: len(read_claim(m.text).content)).text if members else ""
    if conflict is not None:
        return Fact(text, "conflict", sources, conflict.detail)
    if len(outlets) >= 2:
        return Fact(text, "agreed", sources, f"{len(outlets)} outlets")
    return Fact(text, "unique", sources, None)
