"""summarize_story and brief_markdown: verbatim, fully cited sentences; graceful empty sections."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.compare import compare_story
from marsad.summarize import brief_markdown, summarize_story
from marsad.types import Article, Entity, Fact, FactSource, Mention, Quote, Story, TimelineEvent


@pytest.fixture(scope="module")
def sample(examples_dir: Path) -> tuple[list[Article], list[Fact]]:
    from marsad.clean import clean_batch
    from marsad.ingest import read_inputs

    articles = [a for a in clean_batch(list(read_inputs([str(examples_dir)]))) if isinstance(a, Article)]
    return articles, compare_story(articles)


def test_every_sentence_is_cited_verbatim(sample: tuple[list[Article], list[Fact]]) -> None:
    articles, facts = sample
    texts = {a.id: a.text for a in articles}
    summary = summarize_story(articles, facts, max_sentences=8)
    assert 3 <= len(summary) <= 8
    for sentence in summary:
        assert sentence.citations
        assert any(sentence.text in texts[c] for c in sentence.citations)
    assert len({s.text for s in summary}) == len(summary)


def test_summary_cites_every_supporting_article(sample: tuple[list[Article], list[Fact]]) -> None:
    articles, facts = sample
    summary = summarize_story(articles, facts)
    by_text = {s.text: s for s in summary}
    for fact in facts:
        for source in fact.sources:
            if source.text in by_text:
                assert {s.article_id for s in fact.sources} <= set(by_text[source.text].citations)


def test_conflicts_stay_out_of_the_summary(sample: tuple[list[Article], list[Fact]]) -> None:
    articles, facts = sample
    conflict_texts = {s.text for f in facts if f.status == "conflict" for s in f.sources}
    assert not conflict_texts & {s.text for s in summarize_story(articles, facts)}


def test_empty_inputs() -> None:
    assert summarize_story([], []) == []


def _article(article_id: str, text: str, outlet: str) -> Article:
    return Article(
        id=article_id, source=article_id, text=text, content_hash=article_id, outlet=outlet, title=outlet
    )


def test_brief_markdown_renders_empty_lists() -> None:
    a = _article("a", "أعلنت وزارة الدفاع الجزائرية مقتل 257 شخصا في تحطم طائرة عسكرية قرب العاصمة.", "X")
    b = _article("b", "أعلنت وزارة الدفاع الجزائرية مقتل 257 شخصا في تحطم طائرة عسكرية قرب العاصمة.", "Y")
    markdown = brief_markdown(Story(id="s1", title="تحطم طائرة", article_ids=["a", "b"]), [a, b])
    assert markdown.startswith("# تحطم طائرة\n")
    for heading in (
        "## Summary",
        "## Timeline",
        "## Main entities",
        "## Quotes",
        "## Comparison",
        "## Sources",
    ):
        assert heading in markdown
    assert "_No quotes yet._" in markdown and "_No entities yet._" in markdown
    assert "قرب العاصمة [1][2]" in markdown
    assert "| agreed |" in markdown


def test_brief_markdown_uses_story_records() -> None:
    a = _article("a", "قال المتحدث إن الاجتماع سيعقد غدا في جنيف بحضور جميع الأطراف المعنية بالأزمة.", "X")
    story = Story(
        id="s2",
        title="اجتماع جنيف",
        article_ids=["a"],
        entities=[Entity("e1", "جنيف", "LOC", mentions=[Mention("a", 40, 44, "جنيف")])],
        quotes=[Quote("a", 16, 70, "الاجتماع سيعقد غدا في جنيف", False, "المتحدث", channel=["X"])],
        timeline=[TimelineEvent("2024-12-10", "الاجتماع في جنيف", ["a"])],
        facts=[Fact("الاجتماع سيعقد غدا في جنيف", "unique", [FactSource("a", "الاجتماع سيعقد غدا في جنيف")])],
    )
    markdown = brief_markdown(story, [a])
    assert "- **2024-12-10** الاجتماع في جنيف [1]" in markdown
    assert "- **جنيف** (LOC, 1 mentions)" in markdown
    assert "— **المتحدث** (via X) [1]" in markdown
    assert "| unique | الاجتماع سيعقد غدا في جنيف | [1] الاجتماع سيعقد غدا في جنيف |" in markdown
