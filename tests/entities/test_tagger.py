"""The shipped tagger on exact Arabic examples, the CoNLL command, and the sample articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.extract.entities.model import MODEL_FILE, MODELS_DIR

pytestmark = pytest.mark.skipif(not (MODELS_DIR / MODEL_FILE).exists(), reason="NER model not built")

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="module")
def tagger():
    from marsad.extract.entities import get_tagger

    return get_tagger()


def _found(text: str, tagger) -> set[tuple[str, str]]:
    from marsad.extract.entities import find_mentions

    return {(m.type, m.text) for m in find_mentions(text, "t", tagger=tagger)}


def test_people_places_and_bodies(tagger) -> None:
    text = "وقال المتحدث باسم الكرملين دميتري بيسكوف إن الرئيس فلاديمير بوتين التقى بشار الأسد في موسكو."
    found = _found(text, tagger)
    assert ("PER", "دميتري بيسكوف") in found
    assert ("PER", "فلاديمير بوتين") in found
    assert ("PER", "بشار الأسد") in found
    assert ("LOC", "موسكو") in found


def test_clitics_and_titles_stay_outside_spans(tagger) -> None:
    found = _found("وصل وزير الخارجية إلى والولايات المتحدة ثم إلى بريطانيا وفرنسا.", tagger)
    assert ("LOC", "الولايات المتحدة") in found
    assert ("LOC", "فرنسا") in found


def test_head_noun_organisations(tagger) -> None:
    found = _found("وقالت وزارة الخارجية الروسية في بيان إن مجلس الأمن الدولي سيجتمع الاثنين.", tagger)
    assert ("ORG", "وزارة الخارجية الروسية") in found
    assert ("ORG", "مجلس الأمن الدولي") in found


def test_offsets_point_into_the_text(tagger) -> None:
    from marsad.extract.entities import find_mentions

    text = "قال #ترامب لـرويترز إن بوتين في موسكو.\nوصل الأسد إلى موسكو"
    for m in find_mentions(text, "a", tagger=tagger):
        assert text[m.start : m.end] == m.text
        assert m.text == m.text.strip()
        assert not m.text.startswith(("#", "لـ"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([*"ابتسموكلرين و.،#\n", "بوتين ", "موسكو ", "لـ"]), max_size=40).map("".join))
def test_any_text_gives_valid_spans(tagger, text: str) -> None:
    from marsad.extract.entities import find_mentions

    mentions = find_mentions(text, "x", tagger=tagger)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
    assert mentions == find_mentions(text, "x", tagger=tagger)


def test_conll_command_line_for_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from marsad.cli import app

    src = tmp_path / "in.conll"
    src.write_text("وصل O\nبوتين B-PERS\nإلى O\nموسكو B-LOC\n. O\n\nثم\n O\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["ner", str(src), "--format", "conll"])
    assert result.exit_code == 0, result.output
    lines = result.output.split("\n")
    assert lines[:6] == ["وصل\tO", "بوتين\tB-PER", "إلى\tO", "موسكو\tB-LOC", ".\tO", ""]
    assert lines[6].startswith("ثم\t") and lines[7].startswith("\t")
    assert len(result.output.splitlines()) == 8


# Names a reader marks in the three sample articles, as they are spelled there.
SAMPLE_NAMES = {
    "000_7fda30ff5ca7b374.txt": [
        ("PER", "فلاديمير بوتين"),
        ("PER", "بشار الأسد"),
        ("PER", "ميخائيل أوليانوف"),
        ("PER", "ديمتري بوليانسكي"),
        ("ORG", "الكرملين"),
        ("ORG", "رويترز"),
        ("ORG", "هيئة تحرير الشام"),
        ("ORG", "مجلس الأمن الدولي"),
        ("ORG", "وزارة الخارجية الروسية"),
        ("LOC", "موسكو"),
        ("LOC", "سوريا"),
        ("LOC", "دمشق"),
        ("LOC", "حلب"),
        ("LOC", "فيينا"),
        ("LOC", "اللاذقية"),
        ("LOC", "طرطوس"),
        ("LOC", "قاعدة حميميم الجوية"),
    ],
    "002_c609f999885a7f1f.txt": [
        ("PER", "بشار الأسد"),
        ("PER", "أحمد طعمة"),
        ("PER", "دميتري بوليانسكي"),
        ("ORG", "الكرملين"),
        ("ORG", "سبوتنيك"),
        ("ORG", "تاس"),
        ("ORG", "الأمم المتحدة"),
        ("ORG", "مجلس الأمن"),
        ("LOC", "جنيف"),
        ("LOC", "موسكو"),
    ],
    "004_f877c02c904e1861.txt": [
        ("PER", "دميتري بيسكوف"),
        ("PER", "فلاديمير بوتين"),
        ("PER", "بشار الأسد"),
        ("ORG", "الكرملين"),
        ("ORG", "وزارة الخارجية الروسية"),
        ("LOC", "طرطوس"),
        ("LOC", "دمشق"),
        ("LOC", "موسكو"),
    ],
}


@pytest.mark.parametrize("name", sorted(SAMPLE_NAMES))
def test_sample_articles(tagger, name: str) -> None:
    path = EXAMPLES / name
    if not path.exists():
        pytest.skip("sample articles not present")
    found = _found(path.read_text(encoding="utf-8"), tagger)
    missing = [n for n in SAMPLE_NAMES[name] if n not in found]
    assert not missing


def test_sample_story_identities(tagger) -> None:
    from marsad.extract.canonical import resolve_entities
    from marsad.extract.entities import find_mentions

    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))}
    if len(texts) < 3:
        pytest.skip("sample articles not present")
    mentions = [m for name, text in texts.items() for m in find_mentions(text, name, tagger=tagger)]
    entities = resolve_entities(mentions, texts)
    by_name = {e.name: e for e in entities}
    ids = {v: e.id for e in entities for v in e.variants}
    assert ids["دميتري بيسكوف"] != ids["دميتري بوليانسكي"]
    assert ids["ديمتري بوليانسكي"] == ids["دميتري بوليانسكي"]
    assert ids["الأسد"] == ids["بشار الأسد"]
    assert ids["بيسكوف"] == ids["دميتري بيسكوف"]
    assert len(by_name["بشار الأسد"].mentions) >= 10
    assert len({m.article_id for m in by_name["بشار الأسد"].mentions}) == 3


def test_mostly_latin_text_gives_no_mentions(tagger) -> None:
    from marsad.extract.entities import find_mentions

    assert (
        find_mentions("Russian President Vladimir Putin met Bashar al-Assad in Moscow.", "e", tagger=tagger)
        == []
    )
