"""One id per real-world entity across the stories of a run."""

from __future__ import annotations

from marsad.extract.canonical import align_entity_ids, resolve_entities
from marsad.types import Mention


def _story(article_id: str, names: list[tuple[str, str]]) -> list:
    mentions, offset = [], 0
    for name, kind in names:
        mentions.append(Mention(article_id, offset, offset + len(name), name, kind))
        offset += len(name) + 1
    return resolve_entities(mentions, {})


def _ids(entities: list) -> dict[str, str]:
    return {e.name: e.id for e in entities}


def test_short_name_in_one_story_takes_the_full_name_id_of_another() -> None:
    first = _story("a1", [("وكالة رويترز", "ORG"), ("جبهة البوليساريو", "ORG")])
    second = _story("b1", [("رويترز", "ORG"), ("رويترز", "ORG"), ("البوليساريو", "ORG")])
    assert _ids(first)["وكالة رويترز"] != _ids(second)["رويترز"]
    changes = align_entity_ids([first, second])
    assert _ids(first)["وكالة رويترز"] == _ids(second)["رويترز"]
    assert _ids(first)["جبهة البوليساريو"] == _ids(second)["البوليساريو"]
    assert changes[0] == {} and len(changes[1]) == 2


def test_people_sharing_a_name_stay_apart() -> None:
    first = _story("a1", [("بشار الأسد", "PER"), ("الأسد", "PER"), ("الأسد", "PER"), ("الأسد", "PER")])
    second = _story("b1", [("حافظ الأسد", "PER"), ("الأسد", "PER")])
    third = _story("c1", [("دميتري بيسكوف", "PER"), ("دميتري بوليانسكي", "PER")])
    before = [_ids(s) for s in (first, second, third)]
    align_entity_ids([first, second, third])
    assert [_ids(s) for s in (first, second, third)] == before
    assert _ids(first)["بشار الأسد"] != _ids(second)["حافظ الأسد"]


def test_a_body_is_not_linked_across_stories_by_the_beginning_of_its_name() -> None:
    # Nothing ties الأمم المتحدة in one story to الأمم المتحدة للطفولة in another: mention counts
    # from unrelated stories do not decide it.
    first = _story("a1", [("الأمم المتحدة", "ORG")] * 2)
    second = _story("b1", [("الأمم المتحدة للطفولة", "ORG")] * 3)
    before = [_ids(first), _ids(second)]
    assert align_entity_ids([first, second]) == [{}, {}]
    assert [_ids(first), _ids(second)] == before
