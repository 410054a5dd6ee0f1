"""Runs that continue a store: new articles join earlier stories, reruns change nothing, merges
are recorded, and a failed run leaves the store as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from marsad.analysis import run_on_store, to_records
from marsad.cluster.state import StateFormatError, dump_state, load_state
from marsad.pipeline import Pipeline
from marsad.report import story_to_dict
from marsad.store import SQLiteStore
from marsad.types import Article, ArticleFindings, Story


def test_state_bytes_round_trip_keeps_arrays_and_nested_values() -> None:
    state = {
        "n": 3,
        "names": {"بوتين": 2, "x": None},
        "rows": [{"vec": np.arange(4, dtype=np.float32), "ids": np.array([1, 2], dtype=np.int64)}],
        "flag": np.float64(0.5),
    }
    back = load_state(dump_state(state))
    assert back["n"] == 3 and back["names"] == {"بوتين": 2, "x": None} and back["flag"] == 0.5
    assert back["rows"][0]["vec"].dtype == np.float32
    assert back["rows"][0]["vec"].tolist() == [0.0, 1.0, 2.0, 3.0]
    assert back["rows"][0]["ids"].tolist() == [1, 2]


@pytest.mark.parametrize("data", [b"", b"pickle?", dump_state({"a": np.zeros(3)})[:-5]])
def test_broken_state_bytes_raise_a_clear_error(data: bytes) -> None:
    with pytest.raises(StateFormatError):
        load_state(data)


def _story_content(story: Story) -> dict:
    data = story_to_dict(story)
    data.pop("id")  # named after the article that opened it, which depends on arrival order
    return data


def test_articles_arriving_one_run_at_a_time_build_the_same_story(examples_dir: Path, tmp_path: Path) -> None:
    files = sorted(examples_dir.iterdir())
    whole = Pipeline().run(to_records(files))
    with SQLiteStore(tmp_path / "inc.db") as store:
        reports = [run_on_store(Pipeline(), to_records([path]), store) for path in files]
        assert [len(r.stories[0].article_ids) for r in reports] == [1, 2, 3]
        # The report of a later run carries the earlier articles of the stories it touched.
        assert {a.id for a in reports[-1].articles} == {a.id for a in whole.articles}
        assert _story_content(reports[-1].stories[0]) == _story_content(whole.stories[0])
        story_id = reports[-1].stories[0].id
        stored_before = store.get_story(story_id)

        again = run_on_store(Pipeline(), to_records(files), store)
        assert [s.id for s in again.stories] == [story_id]
        assert store.get_story(story_id) == stored_before
        assert store.count_articles() == 3
        assert len(store.list_stories()) == 1


def test_merged_story_ids_point_at_the_surviving_story(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "m.db") as store:
        store.put_stories(
            [Story(id="s-a", title="a", article_ids=["1"]), Story(id="s-b", title="b", article_ids=["2"])]
        )
        store.put_stories([Story(id="s-a", title="a", article_ids=["1", "2", "3"], merged_from=["s-b"])])
        assert store.resolve_story_id("s-b") == "s-a"
        assert store.get_story("s-b")["article_ids"] == ["1", "2", "3"]
        assert store.stories_of_article("2") == ["s-a"]
        assert len(store.list_stories()) == 1


def test_a_failing_run_leaves_the_store_untouched(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    article = Article(id="a1", source="x", text="نص قصير عن خبر ما", content_hash="h1", title="خبر")
    with SQLiteStore(path) as store:
        with pytest.raises(RuntimeError), store.batch():
            store.put_articles([article])
            store.put_cluster_state(dump_state({"k": 1}))
            raise RuntimeError("crash in the middle of a run")
        assert store.count_articles() == 0 and store.get_cluster_state() is None
    assert sqlite3.connect(path).execute("select count(*) from articles").fetchone()[0] == 0


def test_a_wire_copy_in_a_later_run_points_at_the_earlier_article(examples_dir: Path, tmp_path: Path) -> None:
    original = sorted(examples_dir.iterdir())[0]
    text = original.read_text(encoding="utf-8")
    copy = tmp_path / "copy.txt"
    # A syndicated copy: same header and body, the outlet's own closing line added.
    copy.write_text(text.rstrip() + "\n\nتابعوا آخر الأخبار على موقعنا وحساباتنا", encoding="utf-8")
    with SQLiteStore(tmp_path / "d.db") as store:
        first = run_on_store(Pipeline(), to_records([original]), store)
        second = run_on_store(Pipeline(), to_records([copy]), store)
        (earlier_id,) = [a.id for a in first.articles]
        (story,) = second.stories
        assert sorted(story.article_ids) == sorted([earlier_id, "copy"])
        assert second.article("copy").duplicate_of == earlier_id
        assert store.get_article("copy").duplicate_of == earlier_id


def test_a_later_run_reads_earlier_articles_findings_back_instead_of_extracting_again(
    examples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import marsad.pipeline

    files = sorted(examples_dir.iterdir())
    extracted: list[str] = []
    real = marsad.pipeline.extract_article

    def counting(article: Article) -> ArticleFindings:
        extracted.append(article.id)
        return real(article)

    monkeypatch.setattr(marsad.pipeline, "extract_article", counting)
    with SQLiteStore(tmp_path / "f.db") as store:
        first = run_on_store(Pipeline(), to_records(files[:2]), store)
        assert sorted(extracted) == sorted(a.id for a in first.articles)
        extracted.clear()
        last = run_on_store(Pipeline(), to_records(files[2:]), store)
        new_ids = {a.id for a in last.articles} - {a.id for a in first.articles}
        # Only the new article is extracted; the story still holds all three articles' findings.
        assert set(extracted) == new_ids
        assert {m.article_id for e in last.stories[0].entities for m in e.mentions} == {
            a.id for a in last.articles
        }


def test_saved_findings_are_ignored_once_the_text_or_the_extractor_changes(tmp_path: Path) -> None:
    article = Article(id="a1", source="x", text="قال بوتين", content_hash="h1")
    with SQLiteStore(tmp_path / "g.db") as store:
        store.put_findings([(article, {"mentions": [], "times": [], "quotes": []})], extractor="v1")
        assert store.get_findings([article], "v1") == {"a1": {"mentions": [], "times": [], "quotes": []}}
        assert store.get_findings([article], "v2") == {}
        edited = Article(id="a1", source="x", text="قال بوتين أمس", content_hash="h2")
        assert store.get_findings([edited], "v1") == {}


_VISIT = [
    "وصل الرئيس الفرنسي إلى الرياض في زيارة رسمية تستمر يومين يبحث خلالها التعاون الاقتصادي مع السعودية.",
    "الرئيس الفرنسي يصل الرياض في زيارة رسمية ليومين لبحث التعاون الاقتصادي مع المملكة.",
    "بدأ الرئيس الفرنسي زيارة رسمية إلى الرياض تستمر يومين تتناول التعاون الاقتصادي بين البلدين.",
    "زيارة رسمية للرئيس الفرنسي إلى الرياض تستمر يومين وتركز على التعاون الاقتصادي مع السعودية.",
]
_MATCH = [
    "فاز ليفربول على مانشستر سيتي بثلاثة أهداف دون رد في ذهاب ربع نهائي دوري أبطال أوروبا.",
    "ليفربول يهزم مانشستر سيتي بثلاثية نظيفة في ذهاب ربع نهائي دوري الأبطال.",
    "ثلاثية نظيفة لليفربول في مرمى مانشستر سيتي في ذهاب ربع نهائي دوري أبطال أوروبا.",
    "انتصر ليفربول على مانشستر سيتي بثلاثة أهداف نظيفة في ذهاب ربع نهائي دوري الأبطال.",
]


def _chain_records() -> list[dict[str, str]]:
    """A visit, a news round-up covering the visit and a match, then the match: one chained story."""
    texts = [*_VISIT, "موجز الأخبار: " + _VISIT[0] + " " + _MATCH[0], *_MATCH]
    names = ["v0", "v1", "v2", "v3", "roundup", "m0", "m1", "m2", "m3"]
    return [
        {"id": name, "title": text[:40], "text": text, "published": f"2018-04-10T{8 + n:02d}:00:00+00:00"}
        for n, (name, text) in enumerate(zip(names, texts, strict=True))
    ]


def _split_store(path: Path, runs: list[list[dict[str, str]]]) -> SQLiteStore:
    """A store whose clusterer links on the USE cosine alone (P = sigmoid(20·cos − 6): the round-up links
    to both events, the events not to each other) and checks for splits from 7 members."""
    from marsad.cluster.online import ClusterSettings, OnlineStoryClusterer
    from marsad.cluster.similarity import FEATURES, PairModel
    from marsad.pipeline import PipelineOptions

    coef = np.zeros(len(FEATURES))
    coef[FEATURES.index("use_doc")] = 20.0
    model = PairModel(
        [True] * len(FEATURES), np.zeros(len(FEATURES)), np.ones(len(FEATURES)), coef, -6.0, "logistic"
    )
    settings = ClusterSettings(threshold=0.5, merge_threshold=1.01, split_distance=0.7, split_min_size=7)
    store = SQLiteStore(path)
    store.put_cluster_state(dump_state(OnlineStoryClusterer(settings, model).state_dict()))
    for run in runs:
        run_on_store(Pipeline(PipelineOptions(extract=False)), to_records(run), store)
    return store


def test_a_split_moves_articles_of_an_earlier_run_to_their_own_story(tmp_path: Path) -> None:
    from marsad.cluster.online import story_id_for

    records = _chain_records()
    with _split_store(tmp_path / "two.db", [records[:6], records[6:]]) as store:
        visit, match = story_id_for("v0"), story_id_for("m0")
        # m0 came in the first run, in the chained story; the second run's split moved it.
        assert store.story_splits() == [(match, visit)]
        assert {a: store.stories_of_article(a) for a in ("v0", "roundup", "m0", "m3")} == {
            "v0": [visit],
            "roundup": [visit],
            "m0": [match],
            "m3": [match],
        }
        assert sorted(store.get_story(match)["article_ids"]) == ["m0", "m1", "m2", "m3"]
        assert "m0" not in store.get_story(visit)["article_ids"]
        two = {a["id"]: store.stories_of_article(a["id"]) for a in records}
    with _split_store(tmp_path / "one.db", [records]) as store:
        assert {a["id"]: store.stories_of_article(a["id"]) for a in records} == two
