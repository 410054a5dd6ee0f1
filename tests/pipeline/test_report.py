"""The end-to-end run: the Python API, the CLI and the report contract (validated by its schema)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

import marsad
from marsad.cli import app

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" / "report.schema.json").read_text())


@pytest.fixture(scope="module")
def sample_report(examples_dir):
    return marsad.analyze([examples_dir])


def test_report_validates_against_the_schema(sample_report):
    report = sample_report.to_dict()
    jsonschema.validate(report, SCHEMA)
    assert report["marsad_version"] == marsad.__version__
    assert len(report["articles"]) == 3 and report["errors"] == []


def test_sample_articles_form_one_story(sample_report):
    (story,) = sample_report.stories
    assert sorted(story.article_ids) == sorted(a.id for a in sample_report.articles)
    assert story.first_seen.isoformat() == "2024-12-08T22:43:00"


def test_sample_story_timeline_runs_from_2015_to_the_security_council_session(sample_report):
    dates = [event.date for event in sample_report.stories[0].timeline]
    assert dates[0] == "2015"
    assert dates.index("2024-11-27") < dates.index("2024-12-08TMO") < dates.index("2024-12-08TEV")
    assert dates[-1].startswith("2024-12-09")
    dawn = next(e for e in sample_report.stories[0].timeline if e.date == "2024-12-08TMO")
    assert "دمشق" in dawn.text


def test_every_summary_sentence_is_in_a_cited_article(sample_report):
    texts = {a.id: a.text for a in sample_report.articles}
    (story,) = sample_report.stories
    assert story.summary
    for sentence in story.summary:
        assert sentence.citations
        assert any(sentence.text in texts[c] for c in sentence.citations)


def test_offsets_in_the_report_index_article_text(sample_report):
    report = sample_report.to_dict()
    texts = {a["id"]: a["text"] for a in report["articles"]}
    for story in report["stories"]:
        for item in [m for e in story["entities"] for m in e["mentions"]] + story["time_expressions"]:
            assert texts[item["article_id"]][item["start"] : item["end"]] == item["text"]


def test_analyze_accepts_strings_and_records():
    report = marsad.analyze(
        [
            "وصل الرئيس إلى موسكو أمس بعد أن منحته روسيا حق اللجوء.\n\nوقال مصدر إن الاتفاق أبرم.",
            {
                "id": "r1",
                "title": "عنوان",
                "text": "نص خبر آخر عن الأسد في موسكو.",
                "published": "2024-12-09",
            },
            {"id": "r2"},
        ]
    )
    ids = sorted(a.id for a in report.articles)
    assert ids[0] == "r1" and ids[1].startswith("text-")
    assert [e.source for e in report.errors] == ["<record 3>"]
    jsonschema.validate(report.to_dict(), SCHEMA)


def test_cli_run_search_show(tmp_path, examples_dir):
    runner = CliRunner()
    out, db = tmp_path / "report.json", tmp_path / "m.db"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00\x00")
    result = runner.invoke(
        app, ["run", str(examples_dir), str(bad), "--out", str(out), "--db", str(db), "-q"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    jsonschema.validate(report, SCHEMA)
    assert [e["source"] for e in report["errors"]] == [str(bad)]
    again = runner.invoke(app, ["ingest", str(examples_dir), "--db", str(db)])
    assert "0 new, 0 updated, 3 unchanged" in again.output
    found = runner.invoke(app, ["search", "بيسكوف", "--db", str(db), "--json"])
    assert [json.loads(line)["article_id"] for line in found.output.splitlines()] == ["004_f877c02c904e1861"]
    shown = runner.invoke(app, ["show", "002_c609f999885a7f1f", "--db", str(db)])
    assert json.loads(shown.output)["outlet"] == "جورنالك"
    story_id = report["stories"][0]["id"]
    brief = runner.invoke(app, ["brief", "004_f877c02c904e1861", "--db", str(db)])
    assert brief.exit_code == 0, brief.output
    assert brief.output.startswith(f"# {report['stories'][0]['title']}")
    assert "## Timeline" in brief.output and story_id
    listed = runner.invoke(app, ["entity", "بيسكوف", "--db", str(db)], env={"COLUMNS": "200"})
    assert "دميتري بيسكوف" in listed.output and story_id in listed.output
    missing = runner.invoke(app, ["show", "nope", "--db", str(db)])
    assert missing.exit_code == 1
    assert runner.invoke(app, ["--version"]).output.strip() == f"marsad {marsad.__version__}"
