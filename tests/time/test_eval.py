"""The evaluation on ../shared data (skipped when absent) and the batch CLI contract."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli import app
from marsad.commands.dates import _eval_news, _eval_specs, _ours, load_news, load_specs
from marsad.extract.time.scoring import match_spans, span_prf, split_of
from tests.conftest import shared_path


def test_scoring_helpers() -> None:
    assert match_spans([(0, 5), (10, 12)], [(3, 8), (11, 20), (30, 31)]) == [(0, 0), (1, 1)]
    prf = span_prf([(0, 5)], [(0, 5), (6, 7)], strict=True)
    assert (prf.matched, prf.system, prf.gold) == (1, 2, 1)
    assert split_of("x") == split_of("x") and {split_of(str(i)) for i in range(50)} == {"dev", "heldout"}


def test_specs_meet_targets() -> None:
    cases = load_specs(shared_path("data", "dates", "recognizers_text_ar"))
    res = _eval_specs(cases, _ours)
    assert res["heldout"]["overlap"].f1 >= 0.90
    assert res["all"]["overlap"].f1 >= 0.90
    assert res["all"]["matched"].value >= 0.85
    # regression floors at the levels reached on 23 Nov 2026 (see docs/dates.md); since round 3 both
    # halves are training material, so these guard against regressions, not estimate unseen accuracy
    assert res["all"]["value"].value >= 0.95
    assert res["heldout"]["matched"].value >= 0.94


def test_news_dev_meets_targets() -> None:
    folder = shared_path("data", "dates", "news_dev")
    corpus = shared_path("data", "corpora", "ant_multisource_v2.1.jsonl.gz")
    res = _eval_news(load_news(folder, corpus), lambda t, r: _ours(t, r, news=True))
    assert res["overlap"].f1 >= 0.85
    assert res["value"].value >= 0.95


def test_blind_news_sets_regression_floor(tmp_path: Path) -> None:
    """docs/dates_annotations: three real-news sets annotated before the system was run on them (first
    runs: span F1 0.902 / 0.931 / 0.857, value 0.726 / 0.832 / 0.758); each was then used for fixes, so
    these floors only guard the fixes (see docs/dates.md)."""
    folder = Path(__file__).resolve().parents[2] / "docs" / "dates_annotations"
    corpus = shared_path("data", "corpora", "ant_multisource_v2.1.jsonl.gz")
    shared_path("data", "corpora", "saudinewsnet.jsonl.gz")
    combined = tmp_path / "blind.jsonl"  # one pass over the corpora for the three sets
    names = ("news_blind_timex.jsonl", "news_blind2_timex.jsonl", "news_blind3_timex.jsonl")
    combined.write_text("".join((folder / n).read_text(encoding="utf-8") for n in names), encoding="utf-8")
    docs = load_news(combined, corpus)
    assert len(docs) == 40 and sum(len(d.gold) for d in docs) == 461
    res = _eval_news(docs, lambda t, r: _ours(t, r, news=True))
    assert res["overlap"].f1 >= 0.95
    assert res["value"].value >= 0.92


def test_blind_news_set4_floor() -> None:
    """Set 4 (round 5) was run once at the end of the round: value 0.876 (HEAD code 0.871), span F1
    0.932.  It is now seen; the floor guards against regressions of that first run."""
    folder = Path(__file__).resolve().parents[2] / "docs" / "dates_annotations"
    corpus = shared_path("data", "corpora", "ant_multisource_v2.1.jsonl.gz")
    shared_path("data", "corpora", "saudinewsnet.jsonl.gz")
    shared_path("data", "corpora", "ant_jawharafm_v1.1.jsonl.gz")
    docs = load_news(folder / "news_blind4_timex.jsonl", corpus)
    assert len(docs) == 15 and sum(len(d.gold) for d in docs) == 184
    res = _eval_news(docs, lambda t, r: _ours(t, r, news=True))
    assert res["overlap"].f1 >= 0.93
    assert res["value"].value >= 0.87


def test_batch_contract(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    dst = tmp_path / "out.jsonl"
    rows = [
        {"id": "a", "text": "وصل أمس إلى موسكو", "reference": "2024-12-09"},
        {"id": "b", "text": "غدا الاثنين", "reference": None},
    ]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    result = CliRunner().invoke(app, ["dates", "--batch", str(src), "--out", str(dst)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    expr = out[0]["expressions"][0]
    assert set(expr) == {"start", "end", "text", "type", "value"}
    assert expr == {"start": 4, "end": 7, "text": "أمس", "type": "date", "value": "2024-12-08"}
    assert out[1]["expressions"][0]["value"] == "PRESENT_REF+P1D"


def test_single_text_command() -> None:
    result = CliRunner().invoke(app, ["dates", "--ref", "2024-12-08T22:43", "غدا الاثنين"])
    assert result.exit_code == 0
    assert "2024-12-09" in result.output
