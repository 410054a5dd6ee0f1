"""End-to-end checks with the real encoder and packaged model (a handful of embeddings)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.clean import clean_batch
from marsad.cli import app
from marsad.cluster.online import OnlineStoryClusterer
from marsad.ingest import read_inputs
from marsad.types import Article

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SHARED = Path("../shared/data")

UNRELATED = (
    "ليفربول يتأهل إلى نصف نهائي دوري أبطال أوروبا بعد فوزه على مانشستر سيتي بهدفين مقابل هدف في ملعب "
    "الاتحاد، وسجل محمد صلاح وروبرتو فيرمينو هدفي الفريق."
)


def read_articles(path: Path) -> list[Article]:
    return [a for a in clean_batch(list(read_inputs([path]))) if isinstance(a, Article)]


def _article(ident: str, text: str) -> Article:
    return Article(ident, "test", text, hashlib.sha1(text.encode()).hexdigest())


def test_sample_articles_form_one_story() -> None:
    samples = read_articles(EXAMPLES)
    assert len(samples) == 3
    clusterer = OnlineStoryClusterer()
    story_ids = clusterer.add_many([*samples, _article("football", UNRELATED)])
    assert story_ids[0] == story_ids[1] == story_ids[2] != story_ids[3]
    (story,) = [s for s in clusterer.stories() if s.size == 3]
    assert story.title  # a representative (guessed) headline


def test_similarity_command(tmp_path: Path) -> None:
    samples = [a.text for path in sorted(EXAMPLES.glob("*.txt")) for a in read_articles(path)]
    pairs = tmp_path / "pairs.jsonl"
    rows = [
        {"pair_id": "same", "text1": samples[0], "text2": samples[1], "lang1": "ar", "lang2": "ar"},
        {"pair_id": "other", "text1": samples[0], "text2": UNRELATED},
    ]
    pairs.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = tmp_path / "scores.jsonl"
    result = CliRunner().invoke(app, ["similarity", str(pairs), "--out", str(out)])
    assert result.exit_code == 0, result.output
    scores = {r["pair_id"]: r["score"] for r in map(json.loads, out.read_text().splitlines())}
    assert set(scores) == {"same", "other"}
    assert 1.0 <= scores["same"] < scores["other"] <= 4.0


def test_cluster_command_on_examples(tmp_path: Path) -> None:
    out = tmp_path / "clusters.jsonl"
    stories = tmp_path / "stories.jsonl"
    files = [str(p) for p in sorted(EXAMPLES.glob("*.txt"))]
    result = CliRunner().invoke(app, ["cluster", *files, "--out", str(out), "--stories", str(stories)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 3 and len({line["story_id"] for line in lines}) == 1
    (story,) = [json.loads(line) for line in stories.read_text().splitlines()]
    assert story["size"] == 3 and story["merged_from"] == []


def test_gold_reader_on_shared_data() -> None:
    gold = SHARED / "stories" / "ant_dev_stories.jsonl"
    corpus = SHARED / "corpora" / "ant_multisource_v2.1.jsonl.gz"
    if not gold.exists() or not corpus.exists():
        pytest.skip("../shared is not available")
    from marsad.commands.cluster import _gold_articles

    articles, rows = _gold_articles(gold, corpus)
    assert len(articles) == len(rows) == 404
    assert all(a.published is not None and a.title for a in articles)


ENGLISH = (
    "Former Syrian President Bashar al-Assad arrived in Moscow with his family after Russia granted them "
    "asylum on humanitarian grounds, a Kremlin source told Interfax, adding that a deal had been reached to "
    "guarantee the safety of Russian military bases in Syria."
)


def test_arabic_and_english_on_one_event_join() -> None:
    (sample,) = read_articles(EXAMPLES / "000_7fda30ff5ca7b374.txt")
    clusterer = OnlineStoryClusterer()
    arabic, english, football = clusterer.add_many(
        [sample, _article("en", ENGLISH), _article("football", UNRELATED)]
    )
    assert arabic == english != football


def test_the_split_check_keeps_the_samples_and_their_english_rewrite_together() -> None:
    """Four articles on one event reach the packaged split check (from 4 members): it must not cut the
    English rewrite out of the Arabic story (its pairs with the other samples score P ≈ 0)."""
    samples = read_articles(EXAMPLES)
    english = _article("en", ENGLISH)
    for articles in ([*samples, english], [samples[0], english, *samples[1:]]):
        clusterer = OnlineStoryClusterer()
        assert clusterer.settings.split_distance is not None and clusterer.settings.split_min_size <= 4
        clusterer.add_many([*articles, _article("football", UNRELATED)])
        assert clusterer.splits() == []
        assignments = clusterer.assignments()
        assert len({assignments[a.id] for a in articles}) == 1
        assert assignments["football"] != assignments["en"]
