"""Model-free pieces: tokenisation, clitic spans, IOB chunking, scoring, the CoNLL contract."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from marsad.extract.entities.conll import tag_conll
from marsad.extract.entities.data import parse_conll_line
from marsad.extract.entities.gazetteer import build_gazetteer, core, match
from marsad.extract.entities.mentions import clitic_length
from marsad.extract.entities.metrics import score, spans
from marsad.extract.entities.tokenize import split_at_periods, token_spans


def test_tokens_split_punctuation_and_keep_clitics() -> None:
    text = "وصل الأسد إلى موسكو، وقال (بيسكوف): «نعم»."
    tokens = [text[s:e] for s, e in token_spans(text)]
    assert tokens == [
        "وصل",
        "الأسد",
        "إلى",
        "موسكو",
        "،",
        "وقال",
        "(",
        "بيسكوف",
        ")",
        ":",
        "«",
        "نعم",
        "»",
        ".",
    ]


def test_diacritics_and_tatweel_stay_inside_words() -> None:
    text = "عسكريًّا لـروسيا"
    assert [text[s:e] for s, e in token_spans(text)] == ["عسكريًّا", "لـروسيا"]


def test_sentences_cut_at_periods() -> None:
    assert list(split_at_periods(["a", "b", ".", "c", "?", "d"])) == [(0, 3), (3, 5), (5, 6)]


def test_clitic_length_follows_news_conventions() -> None:
    counts = {"روسيا": 5000, "وروسيا": 20, "وليد": 900, "ليد": 10}
    assert clitic_length("والولايات", counts) == 1
    assert clitic_length("للأمم", counts) == 1
    assert clitic_length("وللأمم", counts) == 2
    assert clitic_length("وروسيا", counts) == 1
    assert clitic_length("وليد", counts) == 0
    assert clitic_length("لـروسيا", counts) == 2
    assert clitic_length("الأسد", counts) == 0


def test_core_strips_clitics_and_article() -> None:
    assert core("والولايات") == "ولايات"
    assert core("للامم") == "امم"
    assert core("بغداد") == "بغداد"


def test_gazetteer_longest_match() -> None:
    gaz = build_gazetteer([("الولايات المتحدة", "LOC"), ("مجلس الأمن", "ORG"), ("مجلس الأمن الدولي", "ORG")])
    cores = [core(w) for w in ["في", "والولايات", "المتحده", "مجلس", "الامن", "الدولي"]]
    assert match(cores, gaz) == ["O", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "I-ORG"]


def test_spans_conlleval_style() -> None:
    assert spans(["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]) == [
        ("PER", 0, 2),
        ("LOC", 3, 4),
        ("LOC", 4, 5),
        ("ORG", 5, 6),
    ]


def test_score_exact_match() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    result = score(gold, pred)
    assert result["LOC"]["f1"] == 1.0
    assert result["PER"]["f1"] == 0.0
    assert result["ALL"]["precision"] == 0.5
    assert result["ALL"]["recall"] == 0.5


def test_parse_conll_line() -> None:
    assert parse_conll_line("موسكو B-LOC") == ("موسكو", "B-LOC")
    assert parse_conll_line(" O") == ("", "O")
    assert parse_conll_line("كلمة") == ("كلمة", "O")


class _FakeTagger:
    """Tags every token O except those in a fixed set: isolates the file contract."""

    def tag(self, tokens):
        return ["B-LOC" if t == "موسكو" else "O" for t in tokens]


def test_conll_contract_is_line_for_line() -> None:
    raw = "وصل O\nإلى O\nموسكو B-LOC\n. O\n\nثم\n O\n"
    out = tag_conll(raw, tagger=_FakeTagger())  # type: ignore[arg-type]
    assert out == "وصل\tO\nإلى\tO\nموسكو\tB-LOC\n.\tO\n\nثم\tO\n\tO\n"


@given(st.lists(st.sampled_from(["موسكو", "في", ".", "", "x"]), max_size=40), st.booleans())
def test_conll_output_keeps_line_count(tokens: list[str], trailing_blank: bool) -> None:
    raw = "\n".join(tokens) + ("\n" if trailing_blank else "")
    out = tag_conll(raw, tagger=_FakeTagger())  # type: ignore[arg-type]
    assert len(out.splitlines()) == len(raw.splitlines())
    for line_in, line_out in zip(raw.splitlines(), out.splitlines(), strict=True):
        assert (line_out == "") == (line_in.strip() == "")
