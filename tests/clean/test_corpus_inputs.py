"""The cleaner's rules on varied inputs built from real ANT articles (HTML pages, text scrapes,
cp1256 / ISO-8859-6 / UTF-16 files, RSS, WARC, learned furniture): no body paragraph lost,
furniture out, captions and embeds apart, title/outlet/date found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.clean import clean_batch
from marsad.ingest import read_inputs
from marsad.types import Article, Drop
from tests.clean.pages import (
    OUTLET_NAMES,
    html_page,
    paragraphs_of,
    published_of,
    rss_feed,
    text_scrape,
    warc_bytes,
)

FURNITURE = ("جميع الحقوق محفوظة", "شارك", "تعليق", "اقرأ أيضا", "الأكثر قراءة", "ذات صلة", "المصدر: موقع")


def _clean(paths: list[Path]) -> list[Article | Drop]:
    return clean_batch(list(read_inputs(paths)))


def _assert_body_kept(article: Article, record: dict) -> None:
    for paragraph in paragraphs_of(record):
        assert paragraph in article.text, f"lost body paragraph of {record['docno']}: {paragraph[:60]}"


def _assert_no_furniture(article: Article) -> None:
    for phrase in FURNITURE:
        # A phrase may occur inside a genuine sentence; it must not stand as a line of its own.
        assert all(not p.text.startswith(phrase) for p in article.paragraphs), phrase


@pytest.mark.parametrize("index", range(10))
def test_html_pages(tmp_path, ant_sample, index):
    record = ant_sample[index * 2 % len(ant_sample)]
    path = tmp_path / f"{record['docno']}.html"
    path.write_text(html_page(record, index), encoding="utf-8")
    (article,) = _clean([path])
    assert isinstance(article, Article)
    _assert_body_kept(article, record)
    _assert_no_furniture(article)
    assert article.title == " ".join(record["title"].split())
    assert article.outlet == OUTLET_NAMES[record["src"]]
    assert article.published == published_of(record)
    assert article.captions == ["صورة من موقع الحدث (رويترز)"]
    assert "رويترز)" not in article.text.split("\n")[0] or "(رويترز)" in record["text"]
    if index % 2 == 0:
        assert [e.kind for e in article.embeds] == ["tweet"]
        assert article.embeds[0].language == "en"
        assert "ExampleDesk" not in article.text
    assert article.language == "ar"


@pytest.mark.parametrize("index", range(6))
@pytest.mark.parametrize("encoding", ["utf-8", "cp1256"])
def test_text_scrapes(tmp_path, ant_sample, index, encoding):
    record = ant_sample[(index * 3 + 1) % len(ant_sample)]
    path = tmp_path / f"{record['docno']}.txt"
    path.write_bytes(text_scrape(record, index).encode(encoding, errors="ignore"))
    (article,) = _clean([path])
    assert isinstance(article, Article)
    expected = dict(record)
    expected["text"] = record["text"].encode(encoding, errors="ignore").decode(encoding)
    _assert_body_kept(article, expected)
    _assert_no_furniture(article)
    assert len(article.paragraphs) == len(paragraphs_of(expected))
    assert article.outlet == OUTLET_NAMES[record["src"]]
    moment = published_of(record).replace(tzinfo=None)
    if index % 2 == 0:
        assert article.published == moment.replace(second=0)
    else:
        assert article.published == moment.replace(hour=0, minute=0, second=0)
        assert article.metadata["published_precision"] == "day"


@pytest.mark.parametrize("encoding", ["iso-8859-6", "utf-16", "utf-8-sig"])
def test_other_encodings(tmp_path, ant_sample, encoding):
    record = ant_sample[7]
    path = tmp_path / "page.txt"
    body = "\n\n".join(paragraphs_of(record))
    path.write_bytes(body.encode(encoding, errors="ignore"))
    (article,) = _clean([path])
    assert isinstance(article, Article)
    first = paragraphs_of(record)[0].encode(encoding, errors="ignore").decode(encoding)
    assert first.split()[:5] == article.text.split()[:5]


def test_rss_feed(tmp_path, ant_sample):
    records = ant_sample[:5]
    path = tmp_path / "feed.xml"
    path.write_text(rss_feed(records), encoding="utf-8")
    articles = _clean([path])
    assert [a.id for a in articles] == [r["docno"] for r in records]
    for article, record in zip(articles, records, strict=True):
        assert isinstance(article, Article)
        _assert_body_kept(article, record)
        assert article.title == record["title"].strip()
        assert article.url == f"https://example.org/{record['docno']}"
        assert article.published == published_of(record)
        assert article.outlet == "قناة الأخبار"


def test_warc_archive(tmp_path, ant_sample):
    records = ant_sample[10:13]
    pages = [(f"https://news.example/{r['docno']}", html_page(r, 1)) for r in records]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes(pages))
    articles = _clean([path])
    assert [a.id for a in articles] == [url for url, _ in pages]
    for article, record in zip(articles, records, strict=True):
        assert isinstance(article, Article)
        _assert_body_kept(article, record)
        assert article.url.startswith("https://news.example/")


def test_jsonl_with_broken_lines(tmp_path, ant_sample):
    records = ant_sample[:4]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(2, '{"docno": "broken", "text": ')
    lines.append(json.dumps({"docno": "empty", "text": ""}))
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    results = _clean([path])
    articles = [r for r in results if isinstance(r, Article)]
    drops = [r for r in results if isinstance(r, Drop)]
    assert [a.id for a in articles] == [r["docno"] for r in records]
    assert [d.source for d in drops] == [f"{path}:3", f"{path}:6"]
    assert "malformed JSON" in drops[0].error and "no text" in drops[1].error
    for article, record in zip(articles, records, strict=True):
        assert article.text == "\n\n".join(paragraphs_of(record))
        assert article.outlet == record["src"]
        assert article.published == published_of(record)


def test_learned_furniture_removes_an_outlets_repeated_lines(tmp_path, ant_sample):
    records = [r for r in ant_sample if r["src"] == ant_sample[0]["src"]][:5]
    folder = tmp_path / "outlet"
    folder.mkdir()
    footer = "تابعوا آخر المستجدات لحظة بلحظة مع فريقنا في كل مكان"  # in no phrase list
    for record in records:
        text = "\n\n".join(paragraphs_of(record)) + "\n\n" + footer
        (folder / f"{record['docno']}.txt").write_text(text, encoding="utf-8")
    articles = _clean([folder])
    assert len(articles) == 5
    for article in articles:
        assert isinstance(article, Article)
        assert footer not in article.text
        assert footer in article.furniture
