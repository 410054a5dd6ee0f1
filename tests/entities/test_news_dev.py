"""news_dev (../shared): the scorer's conventions and the resolver on gold spans."""

from __future__ import annotations

from pathlib import Path

import pytest

NEWS = Path("../shared/data/ner/news_dev")
CORPORA = Path("../shared/data/corpora")

pytestmark = pytest.mark.skipif(not (NEWS / "ant_dev_entities.jsonl").exists(), reason="../shared absent")


def test_resolver_on_gold_spans_reaches_target() -> None:
    from marsad.extract.canonical import resolve_entities
    from marsad.extract.entities.evaluation import _bcubed, news_articles
    from marsad.types import Mention

    texts, gold = news_articles(NEWS, CORPORA)
    mentions = [Mention(g["docno"], g["start"], g["end"], g["text"], g["type"]) for g in gold]
    system = {}
    for entity in resolve_entities(mentions, texts):
        for m in entity.mentions:
            system[(m.article_id, m.start, m.end)] = entity.id
    gold_ids = {(g["docno"], g["start"], g["end"]): g["entity"] for g in gold}
    _, _, f1, n = _bcubed(gold_ids, system)
    assert n == len(gold) == 316
    assert f1 >= 0.95


def test_bcubed_toy() -> None:
    from marsad.extract.entities.evaluation import _bcubed

    gold = {1: "a", 2: "a", 3: "b"}
    assert _bcubed(gold, {1: "x", 2: "x", 3: "y"})[2] == 1.0
    p, r, _, n = _bcubed(gold, {1: "x", 2: "y", 3: "z"})
    assert (p, n) == (1.0, 3)
    assert abs(r - (0.5 + 0.5 + 1) / 3) < 1e-9
