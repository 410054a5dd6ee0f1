"""The SQLite store: idempotent ingest, round-trips, normalised search, transactions, schema."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.clean import content_hash
from marsad.errors import StoreError
from marsad.store import SCHEMA_VERSION, SQLiteStore
from marsad.types import Article, Embed, Entity, Mention, Paragraph, Story


def make_article(article_id: str, text: str, **extra) -> Article:
    return Article(
        id=article_id,
        source=f"{article_id}.txt",
        text=text,
        content_hash=content_hash(text),
        paragraphs=[Paragraph(text, "ar", 0)],
        **extra,
    )


@pytest.fixture
def store(tmp_path):
    with SQLiteStore(tmp_path / "test.db") as opened:
        yield opened


def test_same_article_twice_changes_nothing(store):
    article = make_article("a", "وصلَ الرئيسُ إلى موسكو", title="عنوان", published=datetime(2024, 12, 9, 8, 30))
    assert store.put_articles([article]).inserted == 1
    assert store.put_articles([article]).unchanged == 1
    assert store.count_articles() == 1
    edited = replace(article, text="نص جديد", content_hash=content_hash("نص جديد"))
    assert store.put_articles([edited]).updated == 1
    assert store.get_article("a").text == "نص جديد"
    assert store.search("موسكو") == []


def test_round_trip_keeps_every_field(store):
    article = make_article(
        "b",
        "نص الخبر",
        title="عنوان",
        url="https://x.example/b",
        outlet="موقع",
        published=datetime(2024, 12, 8, 22, 43),
        language="ar",
        captions=["صورة (رويترز)"],
        embeds=[Embed("tweet", "NEW: text", "en")],
        furniture=["0 تعليق"],
        metadata={"section": "أخبار"},
    )
    store.put_articles([article])
    assert store.get_article("b") == article


def test_search_matches_spelling_variants_and_clitics(store):
    store.put_articles(
        [
            make_article("1", "وصل الرئيس بشار الأسد إلى موسكو مع عائلته", title="الأسد في موسكو"),
            make_article("2", "قال المتحدث باسم الكرملين دميتري بيسكوف إن القرار اتخذه بوتين"),
        ]
    )
    assert [h.article_id for h in store.search("الاسد")] == ["1"]
    assert [h.article_id for h in store.search("والكرملين")] == ["2"]
    assert [h.article_id for h in store.search("عائلتة")] == ["1"]  # taa marbuta / haa
    hit = store.search("موسكو")[0]
    assert "موسكو" in hit.snippet and hit.title == "الأسد في موسكو"
    assert store.search('"; DROP TABLE articles; --') == []


def test_a_failed_batch_leaves_nothing_half_written(store):
    good = make_article("ok", "نص سليم")
    bad = make_article("bad", "نص")
    bad.text = None  # type: ignore[assignment]  # violates NOT NULL inside the transaction
    with pytest.raises(sqlite3.IntegrityError):
        store.put_articles([good, bad])
    assert store.count_articles() == 0


def test_stories_and_entities_are_listed_per_entity(store):
    entity = Entity("e1", "بشار الأسد", "PER", ["الأسد"], [Mention("a", 0, 5, "الأسد")])
    store.put_stories(
        [Story("s1", "قصة", ["a"], entities=[entity]), Story("s2", "قصة أخرى", ["b"], entities=[entity])]
    )
    assert store.stories_of_entity("e1") == ["s1", "s2"]
    assert store.get_story("s1")["article_ids"] == ["a"]
    assert store.find_entities("الاسد")[0]["id"] == "e1"


def test_schema_version_and_foreign_files(tmp_path):
    with SQLiteStore(tmp_path / "v.db") as store:
        assert store.schema_version == SCHEMA_VERSION
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("hello")
    with pytest.raises(StoreError, match="not a Marsad store"):
        SQLiteStore(not_a_db)
    newer = sqlite3.connect(tmp_path / "v.db")
    newer.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    newer.commit()
    newer.close()
    with pytest.raises(StoreError, match="newer Marsad"):
        SQLiteStore(tmp_path / "v.db")


def test_a_version_2_store_opens_upgraded_with_its_data(tmp_path):
    """Stores written before article findings (v3) and split logs (v4) gain those tables and keep
    their articles and stories."""
    path = tmp_path / "old.db"
    article = make_article("a", "وصل الرئيس إلى موسكو أمس")
    with SQLiteStore(path) as store:
        store.put_articles([article])
        store.put_stories([Story(id="s1", title="t", article_ids=["a"])])
    old = sqlite3.connect(path)
    old.execute("DROP TABLE article_findings")
    old.execute("DROP TABLE story_splits")
    old.execute("UPDATE meta SET value='2' WHERE key='schema_version'")
    old.commit()
    old.close()
    with SQLiteStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.get_article("a").text == article.text
        assert store.get_story("s1")["article_ids"] == ["a"]
        assert store.get_findings([article], "any") == {}
        store.put_findings([(article, {"mentions": [], "times": [], "quotes": []})], "x")
        assert store.get_findings([article], "x") == {"a": {"mentions": [], "times": [], "quotes": []}}


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=200), st.text(max_size=40))
def test_any_text_round_trips_and_search_never_fails(text, query):
    with SQLiteStore(":memory:") as store:
        article = make_article("x", text)
        store.put_articles([article])
        assert store.get_article("x").text == text
        store.search(query)


def test_a_split_rewrites_membership_and_is_recorded(store):
    store.put_stories([Story("s1", "قصة", ["a", "b", "c", "d"])])
    # The clusterer split c and d off into s2: both stories are put again, whole.
    store.put_stories([Story("s1", "قصة", ["a", "b"]), Story("s2", "قصة أخرى", ["c", "d"])])
    store.put_story_splits([("s2", "s1")])
    assert store.stories_of_article("c") == ["s2"] and store.stories_of_article("a") == ["s1"]
    assert store.get_story("s1")["article_ids"] == ["a", "b"]
    assert store.story_splits() == [("s2", "s1")]


def test_a_story_split_back_out_of_a_merge_is_found_under_its_own_id(store):
    store.put_stories([Story("s1", "قصة", ["a"]), Story("s2", "قصة أخرى", ["b"])])
    store.put_stories([Story("s1", "قصة", ["a", "b"], merged_from=["s2"])])
    assert store.resolve_story_id("s2") == "s1"
    store.put_stories([Story("s1", "قصة", ["a"]), Story("s2", "قصة أخرى", ["b"])])
    assert store.resolve_story_id("s2") == "s2" and store.get_story("s2")["article_ids"] == ["b"]
    assert store.stories_of_article("b") == ["s2"]
