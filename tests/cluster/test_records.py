"""The temporary JSONL/text reader of the clustering commands."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from pathlib import Path

from marsad.cluster._records import article_from_record, parse_date, read_articles


def test_parse_date_forms() -> None:
    rfc = parse_date("Tue, 10 Apr 2018 14:11:16 +0400")
    assert rfc is not None and rfc.utcoffset() == timedelta(hours=4) and rfc.hour == 14
    iso = parse_date("2015-07-21 02:51:32")
    assert iso is not None and (iso.year, iso.month, iso.day) == (2015, 7, 21)
    assert parse_date("أمس") is None
    assert parse_date(None) is None


def test_article_from_ant_record() -> None:
    record = {
        "docno": "AL-1",
        "src": "alarabia",
        "title": "عنوان",
        "text": "نص الخبر",
        "time": "Tue, 10 Apr 2018",
    }
    article = article_from_record(record, "ant", "fallback")
    assert article is not None
    assert (article.id, article.outlet, article.title) == ("AL-1", "alarabia", "عنوان")
    assert article.content_hash == hashlib.sha1("نص الخبر".encode()).hexdigest()
    assert article_from_record({"id": "x", "text": "  "}, "s", "f") is None


def test_read_jsonl_and_text(tmp_path: Path) -> None:
    jsonl = tmp_path / "in.jsonl"
    rows = [{"url": "u1", "content": "خبر أول", "source": "spa"}, {"id": 7, "body": "خبر ثان"}, {"id": 8}]
    jsonl.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\nnot json\n", encoding="utf-8"
    )
    got = list(read_articles(jsonl))
    assert [(a.id, a.outlet) for a in got] == [("u1", "spa"), ("7", None)]
    text = tmp_path / "story.txt"
    text.write_text("الأسد يصل إلى موسكو", encoding="utf-8")
    (article,) = read_articles(text)
    assert article.id == "story" and article.text == "الأسد يصل إلى موسكو"
