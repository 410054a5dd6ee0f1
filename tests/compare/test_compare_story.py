"""compare_story on the three sample articles and on constructed stories; the CLI contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.compare import compare_story
from marsad.types import Article, Fact


def _article(article_id: str, text: str, outlet: str | None) -> Article:
    return Article(id=article_id, source=article_id, text=text, content_hash=article_id, outlet=outlet)


@pytest.fixture(scope="module")
def sample_facts(examples_dir: Path) -> tuple[list[Article], list[Fact]]:
    from marsad.clean import clean_batch
    from marsad.ingest import read_inputs

    articles = [a for a in clean_batch(list(read_inputs([str(examples_dir)]))) if isinstance(a, Article)]
    return articles, compare_story(articles)


def _facts_with(facts: list[Fact], *words: str) -> list[Fact]:
    return [f for f in facts if any(all(w in s.text for w in words) for s in f.sources)]


def test_sample_conflict_is_tartus(sample_facts: tuple[list[Article], list[Fact]]) -> None:
    _, facts = sample_facts
    conflicts = [f for f in facts if f.status == "conflict"]
    assert len(conflicts) == 1
    assert "طرطوس" in conflicts[0].text
    assert {s.text.count("لإطلاق") + s.text.count("لإصلاح") for s in conflicts[0].sources} == {1}


def test_sample_agreed_and_unique(sample_facts: tuple[list[Article], list[Fact]]) -> None:
    _, facts = sample_facts
    for words in (("موسكو", "عائلته"), ("تأهب قصوى",), ("لم تشارك",), ("القواعد العسكرية", "الدبلوماسية")):
        assert any(f.status == "agreed" for f in _facts_with(facts, *words)), words
    for words in (("لم تشارك",), ("جميع", "اتصال")):
        (fact,) = [f for f in _facts_with(facts, *words) if f.status == "agreed"]
        assert len({s.article_id for s in fact.sources}) == 2, words
    # Told by all three: the arrival, the bases on high alert, and the opposition's guarantee
    # (each article words the guarantee differently: ضمنوا سلامة / ضَمِن قادتها أمن / قدّمت ضمانات).
    for words in (("موسكو", "عائلته"), ("تأهب قصوى",), ("القواعد العسكرية", "الدبلوماسية")):
        best = max(_facts_with(facts, *words), key=lambda f: len({s.article_id for s in f.sources}))
        assert best.status == "agreed" and len({s.article_id for s in best.sources}) == 3, words
    (guarantee,) = _facts_with(facts, "ضمنوا")
    assert any("ضمانات" in s.text for s in guarantee.sources)
    for words in (("حلب",), ("الجعفري",), ("علم المعارضة",)):
        found = _facts_with(facts, *words)
        assert found and all(f.status == "unique" for f in found), words


def test_sources_are_verbatim(sample_facts: tuple[list[Article], list[Fact]]) -> None:
    articles, facts = sample_facts
    texts = {a.id: a.text for a in articles}
    for fact in facts:
        assert fact.sources
        for source in fact.sources:
            assert source.text in texts[source.article_id]


def test_same_outlet_is_not_agreement() -> None:
    text = "أعلنت وزارة الدفاع الجزائرية مقتل 257 شخصا في تحطم طائرة عسكرية قرب العاصمة الجزائر."
    same = compare_story([_article("a", text, "X"), _article("b", text, "X")])
    assert [f.status for f in same] == ["unique"]
    two = compare_story([_article("a", text, "X"), _article("b", text, "Y")])
    assert [f.status for f in two] == ["agreed"]
    unknown = compare_story([_article("a", text, None), _article("b", text, None)])
    assert [f.status for f in unknown] == ["agreed"]


def test_story_conflict_on_numbers() -> None:
    a = _article("a", "أعلنت وزارة الدفاع الجزائرية مقتل 257 شخصا في تحطم طائرة عسكرية قرب العاصمة.", "X")
    b = _article("b", "أعلنت وزارة الدفاع الجزائرية مقتل 180 شخصا في تحطم طائرة عسكرية قرب العاصمة.", "Y")
    facts = compare_story([a, b])
    assert [(f.status, f.detail) for f in facts] == [("conflict", "number: 257 شخصا ≠ 180 شخصا")]
    assert [s.article_id for s in facts[0].sources] == ["a", "b"]


def test_compare_command(tmp_path: Path) -> None:
    from marsad.cli import app

    pairs = tmp_path / "pairs.jsonl"
    rows = [
        {
            "pair_id": "p1",
            "text_a": "نص. أرسلت السلطات 14 سيارة إسعاف إلى موقع الحادث.",
            "sentence_a": "أرسلت السلطات 14 سيارة إسعاف إلى موقع الحادث",
            "text_b": "أرسلت السلطات نحو 50 سيارة إسعاف إلى موقع الحادث.",
            "sentence_b": "أرسلت السلطات نحو 50 سيارة إسعاف إلى موقع الحادث",
        },
        {
            "pair_id": "p2",
            "text_a": "قتل 257 شخصا في تحطم الطائرة.",
            "sentence_a": "قتل 257 شخصا في تحطم الطائرة",
            "text_b": "قتل نحو 250 شخصا في تحطم الطائرة.",
            "sentence_b": "قتل نحو 250 شخصا في تحطم الطائرة",
        },
    ]
    pairs.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["compare", str(pairs), "--out", str(out)])
    assert result.exit_code == 0, result.output
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(g["pair_id"], g["status"]) for g in got] == [("p1", "conflict"), ("p2", "agreed")]
    assert all(set(g) == {"pair_id", "status", "detail"} for g in got)
