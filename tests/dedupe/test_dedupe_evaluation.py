"""The independent labeller, synthetic copies and scorer behind ``marsad eval dedupe``."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.dedupe import NearDuplicateIndex
from marsad.dedupe import evaluation as ev

TEXT = (
    "أعلنت وزارة الصحة اليوم تسجيل 120 حالة إصابة جديدة في مختلف المناطق. "
    "وقال المتحدث باسم الوزارة إن معظم الحالات مستقرة وتتلقى العلاج في المستشفيات. "
    "وأضاف أن فرق الترصد تتابع المخالطين في الرياض وجدة والدمام منذ أسبوعين. "
    "كما أكد أن الوزارة ستعلن عن إجراءات وقائية إضافية خلال الأيام المقبلة بعد اجتماع اللجنة العليا."
)
OTHER = (
    "فاز فريق الهلال على ضيفه النصر بهدفين مقابل هدف في المباراة التي أقيمت مساء أمس على ملعب "
    "الملك فهد الدولي ضمن منافسات الجولة الخامسة من الدوري، وسط حضور جماهيري كبير تجاوز خمسين ألف متفرج."
)


def test_copy_score_extremes() -> None:
    assert ev.copy_score(TEXT, TEXT) == 1.0
    assert ev.copy_score(TEXT, OTHER) == 0.0
    assert ev.copy_score(TEXT, "") == 0.0


def test_copy_score_is_containment_of_the_shorter_text() -> None:
    first_two = ". ".join(TEXT.split(". ")[:2]) + "."
    assert ev.copy_score(first_two, TEXT) == 1.0
    assert ev.copy_score(TEXT, first_two) == 1.0
    assert ev.copy_score(TEXT, first_two + " " + OTHER) < ev.COPY_MIN


@pytest.mark.parametrize("kind", ev.SYNTHETIC_KINDS)
def test_synthetic_copies_are_deterministic_and_detected(kind: str) -> None:
    one = ev.synthetic_copy(TEXT, kind, random.Random(3))
    assert one == ev.synthetic_copy(TEXT, kind, random.Random(3))
    assert one != TEXT
    index = NearDuplicateIndex()
    index.add("original", TEXT)
    assert index.add("copy", one) == "original"


def test_digit_swap() -> None:
    assert ev.synthetic_copy("بلغ العدد 120 حالة", "digits", random.Random(0)) == "بلغ العدد ١٢٠ حالة"


def test_scores() -> None:
    doc = ev.EvalDoc("x", "s", 1, "t")
    pairs = [
        ev.LabelledPair(str(n), "g", "k", "dev", doc, doc, label)
        for n, label in enumerate([True, True, False, False])
    ]
    s = ev.score(pairs, {"0": True, "1": False, "2": True, "3": False})
    assert (s.tp, s.fp, s.fn, s.tn) == (1, 1, 1, 1)
    assert s.precision == s.recall == s.f1 == 0.5


def test_split_is_fixed_by_seed() -> None:
    assert ev._split_of("736000", 13) == ev._split_of("736000", 13)
    assert {ev._split_of(str(day), 13) for day in range(20)} == {"dev", "heldout"}


def test_dedupe_command(tmp_path: Path) -> None:
    from marsad.cli import app

    source = tmp_path / "in.jsonl"
    rows = [{"id": "a", "text": TEXT}, {"id": "b", "text": OTHER}, {"id": "c", "text": "عاجل: " + TEXT}]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["dedupe", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").splitlines() == [
        '{"id": "a", "duplicate_of": null}',
        '{"id": "b", "duplicate_of": null}',
        '{"id": "c", "duplicate_of": "a"}',
    ]


def test_real_candidates_from_shared_corpus() -> None:
    corpus = Path("../shared/data/corpora/saudinewsnet.jsonl.gz")
    if not corpus.exists():
        pytest.skip("../shared is not available")
    import gzip
    import itertools

    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in itertools.islice(handle, 1500)]
    docs = ev.snn_docs(records)
    pairs = ev.candidate_pairs(docs, 0.6)
    assert pairs, "same-day cross-outlet copies exist in SaudiNewsNet"
    for i, j, cosine in pairs[:50]:
        assert docs[i].source != docs[j].source
        assert docs[i].day <= docs[j].day
        assert cosine >= 0.6
