"""Canonical entities: same and different identities across spellings and articles."""

from __future__ import annotations

from marsad.extract.canonical import name_key, phonetic_key, resolve_entities, skeleton
from marsad.types import Mention


def _mentions(text: str, names: list[tuple[str, str]], article: str = "a1") -> list[Mention]:
    out = []
    for name, kind in names:
        start = text.index(name)
        out.append(Mention(article, start, start + len(name), name, kind))  # type: ignore[arg-type]
    return out


def _at(text: str, surface: str, article: str, nth: int = 0) -> Mention:
    """The ``nth`` occurrence of ``surface`` in ``text`` as a PER mention."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(article, start, start + len(surface), surface, "PER")


def _entity_of(entities, surface: str):
    return next(e for e in entities if any(m.text == surface for m in e.mentions))


def test_vowel_spelling_variants_share_a_key() -> None:
    assert skeleton("ديمتري") == skeleton("دميتري")
    assert name_key("ترامب") == name_key("ترمب")
    assert name_key("زوكربيرغ") == name_key("زوكربرغ")
    assert name_key("دميتري بيسكوف") != name_key("دميتري بوليانسكي")


def test_titles_are_stripped_from_person_keys() -> None:
    assert name_key("الرئيس بشار الأسد", "PER") == name_key("بشار الأسد", "PER")
    assert name_key("المتحدث باسم الكرملين", "ORG") != name_key("الكرملين", "ORG")


def test_same_and_different_people_across_articles() -> None:
    t1 = "وقال المتحدث باسم الكرملين دميتري بيسكوف إن بشار الأسد وصل. وقال بيسكوف إن الأسد بخير."
    t2 = "وقال مندوب روسيا ديمتري بوليانسكي إن بشار الجعفري تحدث. وأضاف بوليانسكي أن الجعفري غادر."
    t3 = "وقال السفير دميتري بوليانسكي إن الرئيس بشار الأسد في موسكو."
    mentions = [
        _at(t1, "دميتري بيسكوف", "a1"),
        _at(t1, "بشار الأسد", "a1"),
        _at(t1, "بيسكوف", "a1", nth=1),
        _at(t1, "الأسد", "a1", nth=1),
        _at(t2, "ديمتري بوليانسكي", "a2"),
        _at(t2, "بشار الجعفري", "a2"),
        _at(t2, "الجعفري", "a2", nth=1),
        _at(t3, "دميتري بوليانسكي", "a3"),
        _at(t3, "بشار الأسد", "a3"),
    ]
    entities = resolve_entities(mentions, {"a1": t1, "a2": t2, "a3": t3})
    peskov = _entity_of(entities, "دميتري بيسكوف")
    polyanskiy = _entity_of(entities, "ديمتري بوليانسكي")
    assad = _entity_of(entities, "بشار الأسد")
    jaafari = _entity_of(entities, "بشار الجعفري")
    assert peskov.id != polyanskiy.id
    assert assad.id != jaafari.id
    assert _entity_of(entities, "دميتري بوليانسكي").id == polyanskiy.id
    assert _entity_of(entities, "بيسكوف").id == peskov.id
    assert _entity_of(entities, "الأسد").id == assad.id
    assert _entity_of(entities, "الجعفري").id == jaafari.id
    assert assad.name == "بشار الأسد"
    assert "المتحدث باسم الكرملين" in peskov.roles
    assert {m.article_id for m in assad.mentions} == {"a1", "a3"}


def test_first_name_alone_stays_apart_when_ambiguous() -> None:
    text = "دميتري بيسكوف ودميتري بوليانسكي تحدثا. ثم قال دميتري كلاما."
    mentions = _mentions(text, [("دميتري بيسكوف", "PER"), ("دميتري بوليانسكي", "PER")])
    start = text.index("دميتري كلاما")
    mentions.append(Mention("a1", start, start + 6, "دميتري", "PER"))
    entities = resolve_entities(mentions, {"a1": text})
    assert len(entities) == 3


def test_english_form_links_to_arabic() -> None:
    text = "قال الرئيس فلاديمير بوتين ذلك. Putin said so."
    mentions = _mentions(text, [("فلاديمير بوتين", "PER"), ("Putin", "PER")])
    entities = resolve_entities(mentions, {"a1": text})
    assert len(entities) == 1
    assert entities[0].name == "فلاديمير بوتين"
    assert phonetic_key("Putin") == phonetic_key("بوتين")


def test_place_is_not_absorbed_by_a_longer_name_ending_with_it() -> None:
    text = "في غوطة دمشق وفي دمشق. مجلس الأمن الدولي ومجلس الأمن."
    mentions = _mentions(text, [("غوطة دمشق", "LOC"), ("مجلس الأمن الدولي", "ORG")])
    start = text.index("دمشق.")
    mentions.append(Mention("a1", start, start + 4, "دمشق", "LOC"))
    start = text.rindex("مجلس الأمن")
    mentions.append(Mention("a1", start, start + 10, "مجلس الأمن", "ORG"))
    entities = resolve_entities(mentions, {"a1": text})
    assert len(entities) == 3
    unsc = _entity_of(entities, "مجلس الأمن")
    assert len(unsc.mentions) == 2


def test_ids_are_stable_and_type_prefixed() -> None:
    text = "وصل بشار الأسد إلى موسكو"
    mentions = _mentions(text, [("بشار الأسد", "PER"), ("موسكو", "LOC")])
    first = resolve_entities(mentions, {"a1": text})
    second = resolve_entities(list(reversed(mentions)), {"a1": text})
    assert sorted(e.id for e in first) == sorted(e.id for e in second)
    assert {e.id.split("_")[0] for e in first} == {"per", "loc"}


def test_a_much_more_frequent_short_name_is_not_a_rare_longer_bodys_short_form() -> None:
    un_council = [Mention(a, 0, 17, "مجلس الأمن الدولي", "ORG") for a in "bcdef"]
    mentions = [
        Mention("a", 0, 10, "مجلس الأمن", "ORG"),
        Mention("a", 20, 40, "مجلس الأمن البريطاني", "ORG"),
        Mention("b", 30, 40, "مجلس الأمن", "ORG"),
        *un_council,
    ]
    names = {e.name: len(e.mentions) for e in resolve_entities(mentions, {})}
    assert names == {"مجلس الأمن الدولي": 7, "مجلس الأمن البريطاني": 1}
    # A short form of a body mentioned as often as it still joins it.
    who = [Mention("a", 0, 20, "منظمة الصحة العالمية", "ORG"), Mention("a", 30, 41, "منظمة الصحة", "ORG")]
    assert [len(e.mentions) for e in resolve_entities(who, {})] == [2]


def test_a_movement_goes_by_its_bare_name_but_a_university_is_not_its_city() -> None:
    # Each bare name comes first, so that text.index finds it and not its copy inside the longer name.
    text = "أعلنت البوليساريو أن جبهة البوليساريو لن تشارك. وتجول الوفد في القاهرة ثم زار جامعة القاهرة."
    mentions = _mentions(
        text,
        [("جبهة البوليساريو", "ORG"), ("البوليساريو", "ORG"), ("جامعة القاهرة", "ORG"), ("القاهرة", "LOC")],
    )
    entities = resolve_entities(mentions, {"a1": text})
    names = sorted(e.name for e in entities)
    assert names == ["القاهرة", "جامعة القاهرة", "جبهة البوليساريو"]
