"""News-path rules layered over the tagger (raw text only): curated names, armies and ministries by
adjective, hyphenated names, adjective/idiom guards, surnames, and the resolver's news links."""

from __future__ import annotations

from marsad.extract.canonical import resolve_entities
from marsad.extract.entities.consistency import propagate_surnames
from marsad.extract.entities.gazetteer import build_gazetteer
from marsad.extract.entities.rules import (
    adjective_orgs,
    apply_rules,
    curated_phrases,
    drop_adjectives,
    drop_idioms,
    extend_region_heads,
    gentilic,
    join_hyphenated,
    trim_party_heads,
)
from marsad.extract.entities.tokenize import token_spans
from marsad.text import normalize
from marsad.types import Mention

GAZ = build_gazetteer([("سوريا", "LOC"), ("إسرائيل", "LOC"), ("قطر", "LOC"), ("الخليل", "LOC")])


def _tok(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    offsets = token_spans(text)
    return [text[s:e] for s, e in offsets], offsets


def test_gentilic_adjectives_come_from_known_places() -> None:
    assert gentilic(normalize("السوري"), GAZ)
    assert gentilic(normalize("الإسرائيلية"), GAZ)
    assert not gentilic(normalize("النظامي"), GAZ)


def test_army_and_ministry_short_forms_are_organisations() -> None:
    tokens, _ = _tok("قصف الجيش السوري مواقع وقالت الخارجية القطرية إن القوات السورية تقدمت")
    spans = [" ".join(tokens[s:e]) for s, e in adjective_orgs(tokens, GAZ)]
    assert spans == ["الجيش السوري", "الخارجية القطرية"]
    # The adjective after وزير belongs to the minister: nothing is tagged.
    tokens, _ = _tok("قال وزير الخارجية القطرية")
    assert adjective_orgs(tokens, GAZ) == []


def test_curated_names_take_a_proclitic_and_media_heads_make_outlets() -> None:
    names = build_gazetteer([("الشرق الأوسط", "LOC"), ("حزب الله", "ORG")])
    tokens, _ = _tok("عقوبات على قادة لحزب الله في الشرق الأوسط بحسب صحيفة الشرق الأوسط")
    found = [(" ".join(tokens[s:e]), k) for s, e, k in curated_phrases(tokens, names)]
    assert found == [("لحزب الله", "ORG"), ("الشرق الأوسط", "LOC"), ("الشرق الأوسط", "ORG")]


def test_hyphenated_names_are_one_span_but_two_names_stay_apart() -> None:
    tokens, offsets = _tok("التقى كيم جونغ-أون في قمة كيم-ترامب")
    tags = ["O", "B-PER", "I-PER", "O", "B-PER", "O", "O", "B-PER", "O", "B-PER"]
    out = join_hyphenated(tokens, offsets, tags)
    assert out[1:5] == ["B-PER", "I-PER", "I-PER", "I-PER"]
    assert out[7:] == ["B-PER", "O", "B-PER"]
    # A spaced hyphen is punctuation, not part of a name.
    tokens, offsets = _tok("كيم جونغ - أون")
    assert join_hyphenated(tokens, offsets, ["B-PER", "I-PER", "O", "B-PER"])[2] == "O"


def test_agreeing_adjective_is_not_the_country() -> None:
    tokens, _ = _tok("في قاعدة جوية سورية وفي سورية")
    tags = ["O", "O", "O", "B-LOC", "O", "B-LOC"]
    assert drop_adjectives(tokens, tags, GAZ) == ["O", "O", "O", "O", "O", "B-LOC"]


def test_hasan_idioms_are_not_people() -> None:
    tokens, _ = _tok("كبادرة حسن نية وقال حسن")
    assert drop_idioms(tokens, ["O", "B-PER", "O", "O", "B-PER"]) == ["O", "O", "O", "O", "B-PER"]
    tokens, _ = _tok("مبادئ حسن الجوار")
    assert drop_idioms(tokens, ["O", "B-PER", "I-PER"]) == ["O", "O", "O"]


def test_curated_name_cuts_a_trailing_adjective() -> None:
    names = build_gazetteer([("حزب الله", "ORG")])
    tokens, _ = _tok("داعمة لحزب الله الإرهابي وقادة حزب الله اللبناني")
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"]
    out = apply_rules(tokens, tags, {}, {}, GAZ, names)
    assert out == ["O", "B-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "O"]


def test_surnames_of_full_names_are_tagged_alone() -> None:
    tokens, _ = _tok("قال مايكل فالون إن لكن فالون وعبد الله وفي 25 ماي 2017 قالت تيريزا ماي")
    tags = ["O"] * len(tokens)
    tags[1:3] = ["B-PER", "I-PER"]
    tags[tokens.index("تيريزا") : tokens.index("تيريزا") + 2] = ["B-PER", "I-PER"]
    out = propagate_surnames(tokens, tags, GAZ)
    assert out[tokens.index("فالون", 3)] == "B-PER"
    assert out[tokens.index("ماي")] == "O"  # a month next to digits
    assert out[tokens.index("الله")] == "O"


def test_surname_is_not_a_known_place() -> None:
    tokens, _ = _tok("قال حسين الخليل ثم زار الخليل")
    out = propagate_surnames(tokens, ["O", "B-PER", "I-PER", "O", "O", "O"], GAZ)
    assert out[-1] == "O"


def test_party_heads_drop_and_region_heads_join() -> None:
    tokens, _ = _tok("تنظيم الدولة الإسلامية وحزب الله في ريف دمشق")
    tags = ["B-ORG", "I-ORG", "I-ORG", "B-ORG", "I-ORG", "O", "O", "B-LOC"]
    out = extend_region_heads(tokens, trim_party_heads(tokens, tags))
    assert out == ["O", "B-ORG", "I-ORG", "B-ORG", "I-ORG", "O", "B-LOC", "I-LOC"]


def _mention(text: str, doc: str, surface: str, kind: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(doc, start, start + len(surface), surface, kind)  # type: ignore[arg-type]


def _groups(mentions: list[Mention], texts: dict[str, str]) -> list[set[str]]:
    return [{m.text for m in e.mentions} for e in resolve_entities(mentions, texts)]


def test_acronym_in_brackets_joins_the_full_name() -> None:
    text = 'ذكرت وكالة الأنباء السورية "سانا" أن ... وقالت سانا'
    ms = [
        _mention(text, "a", "وكالة الأنباء السورية", "ORG"),
        _mention(text, "a", "سانا", "ORG"),
        _mention(text, "a", "سانا", "ORG", 1),
    ]
    assert _groups(ms, {"a": text}) == [{"وكالة الأنباء السورية", "سانا"}]


def test_latin_acronym_joins_its_arabic_spelling() -> None:
    text = "قالت شبكة سي إن إن ... وأضافت CNN"
    ms = [_mention(text, "a", "سي إن إن", "ORG"), _mention(text, "a", "CNN", "ORG")]
    assert _groups(ms, {"a": text}) == [{"سي إن إن", "CNN"}]


def test_state_long_form_joins_its_short_name_only() -> None:
    text = "أعلنت المملكة العربية السعودية ثم السعودية وسوريا"
    ms = [
        _mention(text, "a", "المملكة العربية السعودية", "LOC"),
        _mention(text, "a", "السعودية", "LOC", 1),
        _mention(text, "a", "سوريا", "LOC"),
    ]
    groups = _groups(ms, {"a": text})
    assert {"المملكة العربية السعودية", "السعودية"} in groups
    assert {"سوريا"} in groups
