"""The cited story brief: an extractive summary where every sentence names every article behind it.

Nothing here writes new text.  Summary sentences are statements the comparison stage already
cut out of the articles (verbatim spans, possibly a clause of a longer sentence), one per fact,
chosen by centrality (how much of the story a statement echoes) with maximal-marginal-relevance
redundancy removal.  Citations are the fact's sources plus any other article that carries a
near-identical statement, so a journalist can check each line against every outlet that says it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from marsad.compare import lexicon as lx
from marsad.compare import semantic
from marsad.compare.claims import read_claim
from marsad.compare.sentences import overlap
from marsad.compare.story import split_statements
from marsad.text import normalize
from marsad.types import Article, Fact, Quote, Story, SummarySentence

MMR_LAMBDA = 0.7
REDUNDANT = 0.8  # cosine above which a candidate repeats a chosen sentence
NEAR_IDENTICAL = 0.8  # word overlap at which another article's statement supports a sentence
MIN_CONTENT_WORDS = 5
STATUS_WEIGHT = {"agreed": 1.0, "unique": 0.8, "conflict": 0.0}
# Words of attribution ("according to a source's statements to the agency"): a clause made only of
# them says who spoke, not what happened, and makes a poor summary line.
_ATTRIBUTION = lx.ATTRIBUTION


@dataclass(slots=True)
class _Candidate:
    fact: Fact
    text: str
    article_id: str
    position: tuple[int, int]
    support: int


def _vectors(texts: list[str]) -> np.ndarray:
    """Sentence vectors: the packaged encoder, else normalised bag-of-stems (still deterministic)."""
    embedded = semantic.embed(texts)
    if embedded is not None:
        return embedded
    vocab: dict[str, int] = {}
    rows = []
    for text in texts:
        row: dict[int, float] = {}
        for stem in read_claim(text).content_stems:
            row[vocab.setdefault(stem, len(vocab))] = 1.0
        rows.append(row)
    matrix = np.zeros((len(texts), max(1, len(vocab))), dtype=np.float32)
    for i, row in enumerate(rows):
        for j, value in row.items():
            matrix[i, j] = value
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9
    return matrix


def _readability(statement: str, article_text: str) -> tuple[bool, int]:
    """Prefer a statement that opens its sentence (it reads on its own), then the fuller one."""
    offset = article_text.find(statement)
    before = article_text[:offset].rstrip(' \t"“”«»')
    opens = offset <= 0 or not before or before[-1] in ".!?؟\n"
    return opens, len(read_claim(statement).content)


def _substance(text: str) -> int:
    """Content words that are not attribution words."""
    claim = read_claim(text)
    forms = ((claim.tokens[i], claim.tokens[i][1:], claim.stems[i]) for i in claim.content)
    return sum(1 for f in forms if not any(x in _ATTRIBUTION for x in f))


def summarize_story(
    articles: Sequence[Article], facts: Sequence[Fact], max_sentences: int = 8
) -> list[SummarySentence]:
    """Up to ``max_sentences`` cited sentences, one per fact, in reading order.

    Conflicting facts are left to the comparison table: the summary states what can be stated.
    """
    by_id = {a.id: a for a in articles}
    rank = {a.id: r for r, a in enumerate(articles)}
    statements = [s for a in articles for s in split_statements(a)]
    candidates: list[_Candidate] = []
    for fact in facts:
        if STATUS_WEIGHT.get(fact.status, 0.0) == 0.0:
            continue
        sources = [s for s in fact.sources if s.article_id in by_id and s.text in by_id[s.article_id].text]
        if not sources:
            continue
        best = max(sources, key=lambda s: _readability(s.text, by_id[s.article_id].text))
        if _substance(best.text) < MIN_CONTENT_WORDS:
            continue
        offset = by_id[best.article_id].text.find(best.text)
        support = len({s.article_id for s in sources})
        candidates.append(
            _Candidate(fact, best.text, best.article_id, (rank[best.article_id], offset), support)
        )
    if not candidates:
        return []
    all_texts = [s.text for s in statements] or [c.text for c in candidates]
    story_vectors = _vectors(all_texts)
    cand_vectors = _vectors([c.text for c in candidates])
    centrality = (cand_vectors @ story_vectors.T).mean(axis=1)
    weights = np.array(
        [STATUS_WEIGHT[c.fact.status] * (1.0 + 0.25 * (c.support - 1)) for c in candidates], dtype=np.float32
    )
    relevance = centrality * weights
    chosen: list[int] = []
    remaining = list(range(len(candidates)))
    while remaining and len(chosen) < max_sentences:

        def mmr(i: int) -> float:
            if not chosen:
                return float(relevance[i])
            similar = max(float(cand_vectors[i] @ cand_vectors[j]) for j in chosen)
            return MMR_LAMBDA * float(relevance[i]) - (1 - MMR_LAMBDA) * similar

        best_i = max(remaining, key=lambda i: (mmr(i), -i))
        remaining.remove(best_i)
        if chosen and max(float(cand_vectors[best_i] @ cand_vectors[j]) for j in chosen) >= REDUNDANT:
            continue
        chosen.append(best_i)
    chosen.sort(key=lambda i: candidates[i].position)
    return [SummarySentence(candidates[i].text, _citations(candidates[i], statements, rank)) for i in chosen]


def _citations(candidate: _Candidate, statements: Sequence, rank: dict[str, int]) -> list[str]:
    """Every article that supports the sentence: the fact's sources and near-identical statements."""
    cited = {s.article_id for s in candidate.fact.sources if s.article_id in rank}
    claim = read_claim(candidate.text)
    for statement in statements:
        if statement.article_id in cited:
            continue
        if overlap(claim, read_claim(statement.text)) >= NEAR_IDENTICAL:
            cited.add(statement.article_id)
    return sorted(cited, key=lambda a: rank[a])


def _cite(article_ids: Sequence[str], numbers: dict[str, int]) -> str:
    return "".join(f"[{numbers[a]}]" for a in article_ids if a in numbers)


def _cell(text: str, limit: int = 160) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def brief_markdown(story: Story, articles: Sequence[Article]) -> str:
    """The story brief as Markdown: summary with [n] citations, timeline, entities, quotes, comparison.

    Facts and summary are taken from the story when present and computed from ``articles``
    otherwise; empty entity, quote or timeline lists render as a short "none yet" line.
    """
    from marsad.compare import compare_story

    order = {a: n for n, a in enumerate(story.article_ids)}
    ordered = sorted(articles, key=lambda a: order.get(a.id, len(order)))
    numbers = {a.id: n + 1 for n, a in enumerate(ordered)}
    facts = list(story.facts) or compare_story(ordered)
    summary = list(story.summary) or summarize_story(ordered, facts)

    lines = [f"# {story.title or 'Story ' + story.id}", ""]
    outlets = sorted({a.outlet for a in ordered if a.outlet} | set(story.outlets))
    meta = [f"{len(ordered)} articles"]
    if outlets:
        meta.append("outlets: " + ", ".join(outlets))
    if story.first_seen:
        meta.append(f"first seen {story.first_seen.isoformat()}")
    if story.last_seen:
        meta.append(f"last seen {story.last_seen.isoformat()}")
    lines += ["_" + " · ".join(meta) + "_", "", "## Summary", ""]
    lines += [f"- {s.text} {_cite(s.citations, numbers)}".rstrip() for s in summary] or ["_No summary._"]

    lines += ["", "## Timeline", ""]
    events = story.timeline  # already in time order, parts of the day included (dawn before evening)
    lines += [
        f"- **{e.date}** {e.text} {_cite(e.article_ids, numbers)}".rstrip()
        + (" _(publication date)_" if e.from_publication else "")
        for e in events
    ] or ["_No dated events yet._"]

    lines += ["", "## Main entities", ""]
    entities = sorted(story.entities, key=lambda e: (-len(e.mentions), e.name))[:12]
    lines += [
        f"- **{e.name}** ({e.type}, {len(e.mentions)} mentions)"
        + (f" — {', '.join(e.roles)}" if e.roles else "")
        for e in entities
    ] or ["_No entities yet._"]

    lines += ["", "## Quotes", ""]
    # A statement carried word for word by several articles (wire copies) is listed once, citing all.
    carried: dict[tuple[str, str, str], list[str]] = {}
    first_of: dict[tuple[str, str, str], Quote] = {}
    for quote in story.quotes:
        speaker = quote.speaker_full or quote.speaker or "unattributed"
        key = (speaker, " → ".join(quote.channel), normalize(" ".join(quote.text.split())))
        first_of.setdefault(key, quote)
        carried.setdefault(key, []).append(quote.article_id)
    for key, quote in first_of.items():
        speaker, channel, _ = key
        via = f" (via {channel})" if channel else ""
        mark = f"«{_cell(quote.text, 300)}»" if quote.direct else _cell(quote.text, 300)
        cited = list(dict.fromkeys(carried[key]))
        lines.append(f"- {mark} — **{speaker}**{via} {_cite(cited, numbers)}".rstrip())
    if not story.quotes:
        lines.append("_No quotes yet._")

    lines += ["", "## Comparison", ""]
    if facts:
        lines += ["| status | fact | who says what |", "|---|---|---|"]
        for status in ("conflict", "agreed", "unique"):
            for fact in (f for f in facts if f.status == status):
                says = "<br>".join(
                    f"{_cite([s.article_id], numbers)} {_cell(s.text, 120)}" for s in fact.sources
                )
                detail = f" ({_cell(fact.detail, 80)})" if fact.detail and status == "conflict" else ""
                lines.append(f"| {status}{detail} | {_cell(fact.text)} | {says} |")
    else:
        lines.append("_No facts compared._")

    lines += ["", "## Sources", ""]
    for article in ordered:
        label = article.title or article.id
        parts = [
            p for p in (article.outlet, article.published.isoformat() if article.published else None) if p
        ]
        link = f" <{article.url}>" if article.url else ""
        lines.append(f"{numbers[article.id]}. {label}" + (f" — {', '.join(parts)}" if parts else "") + link)
    return "\n".join(lines) + "\n"


__all__ = ["brief_markdown", "summarize_story"]
