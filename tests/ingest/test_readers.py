"""Readers: every format and encoding becomes RawRecords; bad inputs become Drops, never crashes."""

from __future__ import annotations

import gzip
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.errors import InputError
from marsad.ingest import FieldMap, ReadOptions, decode_bytes, read_inputs
from marsad.types import Drop, RawRecord

ARABIC = "وصل الرئيس إلى موسكو أمس بعد أن منحته روسيا حق اللجوء."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARABIC.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ARABIC.encode("utf-8"), "utf-8-sig"),
        (ARABIC.encode("utf-16"), "utf-16"),
        (ARABIC.encode("utf-16-le"), "utf-16-le"),
        (ARABIC.encode("cp1256"), "cp1256"),
        (ARABIC.encode("iso-8859-6"), "iso-8859-6"),
    ],
)
def test_decode_bytes_reads_arabic_encodings(data, encoding):
    text, found = decode_bytes(data)
    assert text == ARABIC
    assert found == encoding


@pytest.mark.parametrize("data", [b"", b"   \n ", b"\x00\x01\x02\xff\xfe\x00" * 50])
def test_decode_bytes_refuses_empty_and_binary(data):
    with pytest.raises(InputError):
        decode_bytes(data)


def test_bad_files_become_drops_and_the_batch_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "broken.json").write_text('[{"id": 1, "text": ', encoding="utf-8")
    (tmp_path / "broken.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    results = list(read_inputs([tmp_path, tmp_path / "missing.txt"]))
    records = [r for r in results if isinstance(r, RawRecord)]
    drops = {r.source.rsplit("/", 1)[-1]: r.error for r in results if isinstance(r, Drop)}
    assert [r.id for r in records] == ["good"]
    assert set(drops) == {"binary.bin", "broken.gz", "broken.json", "empty.txt", "missing.txt"}
    assert "empty" in drops["empty.txt"]
    assert "binary" in drops["binary.bin"]
    assert "malformed JSON" in drops["broken.json"]
    assert "gzip" in drops["broken.gz"]
    assert "no such file" in drops["missing.txt"]


def test_jsonl_field_names_and_overrides(tmp_path):
    rows = [
        {"docno": "a1", "title": "عنوان", "content": ARABIC, "date": "2024-12-09T10:00:00", "site": "موقع"},
        {
            "url": "https://x.example/2",
            "body": ARABIC,
            "time": "Tue, 10 Apr 2018 14:11:16 +0400",
            "src": "CNN",
        },
        {"my_id": "c3", "story": ARABIC, "when": "2018-04-10"},
    ]
    path = tmp_path / "records.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()))
    options = ReadOptions(fields=FieldMap().with_overrides(id="my_id", text="story", published="when"))
    a, b, c = read_inputs([path], options)
    assert (a.id, a.title, a.published, a.outlet, a.kind) == (
        "a1",
        "عنوان",
        "2024-12-09T10:00:00",
        "موقع",
        "body",
    )
    assert (b.id, b.url, b.outlet) == ("https://x.example/2", "https://x.example/2", "CNN")
    assert (c.id, c.content, c.published) == ("c3", ARABIC, "2018-04-10")


def test_json_array_and_atom(tmp_path):
    (tmp_path / "list.json").write_text(json.dumps([{"id": "x", "text": ARABIC}]), encoding="utf-8")
    (tmp_path / "feed.atom").write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>أخبار</title>'
        "<entry><id>urn:1</id><title>خبر</title><updated>2024-12-09T08:00:00Z</updated>"
        f"<content type='html'>&lt;p&gt;{ARABIC}&lt;/p&gt;</content></entry></feed>",
        encoding="utf-8",
    )
    records = list(read_inputs([tmp_path]))
    assert [(r.id, r.content) for r in records] == [("urn:1", ARABIC), ("x", ARABIC)]
    assert records[0].outlet == "أخبار" and records[0].published == "2024-12-09T08:00:00Z"


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_reading_arbitrary_bytes_never_raises(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "input.txt"
    path.write_bytes(data)
    for result in read_inputs([path]):
        assert isinstance(result, RawRecord | Drop)
