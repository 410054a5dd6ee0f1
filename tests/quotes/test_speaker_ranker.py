"""Speaker surface-form conventions, batch-9 constructions, the scorer's matching helper and the experimental
speaker chooser (candidates, training, cross-validation, the ``--ranker-cv`` option)."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from marsad.extract.quotes import extract_quotes
from marsad.extract.quotes.ranker import (
    Candidate,
    CvItem,
    Ranker,
    candidates,
    cross_validate,
    cv_items,
    rerank,
    train_ranker,
)
from marsad.extract.quotes.scoring import match_quotes, norm
from marsad.types import Mention
from tests.conftest import shared_path


def _one(text: str, **kw):
    quotes = extract_quotes(text, **kw)
    assert len(quotes) == 1, quotes
    return quotes[0]


# -- surface-form conventions ------------------------------------------------------------------


def test_unnamed_spokesperson_keeps_the_whole_phrase():
    # the body after باسم is who the spokesperson speaks for, not a name
    q = _one("وقال المتحدث باسم فيلق الرحمن إن روسيا تصر على التصعيد.")
    assert q.speaker == "المتحدث باسم فيلق الرحمن"


def test_unnamed_spokesperson_even_when_the_tagger_calls_the_body_a_person():
    text = "وقال المتحدث باسم فيلق الرحمن إن روسيا تصر على التصعيد."
    a = text.index("فيلق")
    wrong = [Mention("d", a, a + len("فيلق الرحمن"), "فيلق الرحمن", "PER")]
    assert _one(text, mentions=wrong).speaker == "المتحدث باسم فيلق الرحمن"


def test_named_spokesperson_still_gives_the_name():
    q = _one("وقال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو لن ترد.")
    assert q.speaker == "ديمتري بيسكوف"
    assert "المتحدث باسم الكرملين" in q.speaker_full


def test_title_with_a_lone_surname_stays_and_continuations_inherit_it():
    text = (
        "وأوضح الوزير بخاري في تصريح للصحيفة أن عملية سحب السفير إجرائية. "
        "وشدد على أن العلاقات في أفضل حالاتها."
    )
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["الوزير بخاري", "الوزير بخاري"]


def test_full_name_after_a_title_drops_the_title():
    q = _one("وقال وزير الخارجية عادل الجبير إن المملكة ترحب بالقرار.")
    assert q.speaker == "عادل الجبير"


# -- matching ------------------------------------------------------------------------------------


def test_match_quotes_pairs_like_the_scorer():
    text = "وقالت الوزارة إن الوضع مستقر تماما في المدينة. وأضاف المصدر أن المحادثات مستمرة."
    quotes = extract_quotes(text)
    gold = [
        {
            "docno": "d",
            "quote_text": "الوضع مستقر تماما في المدينة",
            "speaker": "الوزارة",
            "speaker_full": "الوزارة",
        }
    ]
    pairs = match_quotes(text, gold, quotes)
    assert len(pairs) == 1
    assert pairs[0][1].text == "الوضع مستقر تماما في المدينة"


# -- the chooser ---------------------------------------------------------------------------------


def test_candidates_include_rules_choice_spans_and_earlier_speakers():
    text = "وقال وزير الخارجية سيرغي لافروف إن موسكو سترد. وأضاف أن الرد سيكون قويا."
    q0, q1 = extract_quotes(text)
    first = {norm(c.surface): c for c in candidates(text, q0, [], [])}
    assert first[norm(q0.speaker)].feats["eq_rule"] == 1.0
    assert any(c.feats.get("src_after_cue") for c in first.values())
    second = {norm(c.surface): c for c in candidates(text, q1, [], [q0.speaker or ""])}
    assert second[norm("سيرغي لافروف")].feats.get("src_prev_1") == 1.0


def test_rerank_with_a_rule_trusting_model_changes_nothing():
    text = "وقال وزير الخارجية سيرغي لافروف إن موسكو سترد. وأضاف أن الرد سيكون قويا."
    quotes = extract_quotes(text)
    same = rerank(text, quotes, None, Ranker({"eq_rule": 5.0}))
    assert [(q.start, q.speaker) for q in same] == [(q.start, q.speaker) for q in quotes]


def test_train_ranker_learns_a_separating_feature_and_round_trips(tmp_path: Path):
    def item(good: str, bad: str) -> tuple[list[Candidate], set[str]]:
        return [Candidate(good, {"f_good": 1.0}), Candidate(bad, {"f_bad": 1.0})], {norm(good)}

    data = [[item("الوزارة", "المدينة"), item("المصدر", "الحكومة")], [item("الجيش", "البلاد")]]
    model = train_ranker(data, c_reg=10.0)
    assert model.weights["f_good"] > model.weights["f_bad"]
    path = tmp_path / "w.json"
    model.save(path, {"note": "test"})
    again = Ranker.load(path)
    c = Candidate("x", {"f_good": 1.0})
    assert abs(again.score(c) - model.score(c)) < 1e-4


def test_cross_validate_counts_rules_ranker_and_oracle():
    def it(rule_right: bool) -> CvItem:
        rule = Candidate("أ ب", {"eq_rule": 1.0})
        other = Candidate("ج د", {})
        gold = {norm("أ ب")} if rule_right else {norm("ج د")}
        return CvItem([rule, other], gold, rule_right)

    groups = {"g1": [it(True), it(True)], "g2": [it(True), it(False)]}
    rows = {r.group: r for r in cross_validate(groups)}
    assert (rows["g2"].n, rows["g2"].rules_ok, rows["g2"].oracle_ok) == (2, 1, 2)
    assert rows["g2"].ranker_ok == 1  # trained on g1 only, where the rule is always right


def test_cv_items_only_for_matched_quotes():
    text = "وقالت الوزارة إن الوضع مستقر تماما في المدينة. وأضاف المصدر أن المحادثات مستمرة."
    gold = [
        {
            "docno": "d",
            "quote_text": "الوضع مستقر تماما في المدينة",
            "speaker": "الوزارة",
            "speaker_full": "الوزارة",
        }
    ]
    items = cv_items(text, gold, extract_quotes(text), None)
    assert len(items) == 1 and items[0].rules_ok


def test_eval_ranker_cv_option_prints_the_table():
    shared_path("data", "quotes", "ant_dev_quotes.jsonl")
    from marsad.cli import app

    res = CliRunner().invoke(app, ["eval", "quotes", "--no-tagger", "--ranker-cv"], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "leave-one-group-out" in res.output
    assert "pooled" in res.output


# -- constructions from batch 9 ------------------------------------------------------------------


def test_rank_first_apposition_with_family_name_particle():
    q = _one("وقال وزير الخارجية القطري، الشيخ محمد بن عبدالرحمن آل ثاني، إن الأزمة مسؤولية الجميع.")
    assert q.speaker == "الشيخ محمد بن عبدالرحمن آل ثاني"


def test_foreign_rank_starts_an_apposition_name():
    text = (
        "وأوضح مدير المناورات في القيادة المركزية الأميركية، الميجور جنرال جون موت، أن المناورات كانت الأولى."
    )
    assert _one(text).speaker == "الميجور جنرال جون موت"


def test_pronoun_of_respect_takes_the_person_last_named():
    text = "وصف الأمير محمد بن ناصر، الحادث بأنه عمل إرهابي. وأكد سموه أن الأمن مستتب."
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["الأمير محمد بن ناصر", "الأمير محمد بن ناصر"]


def test_intiqad_is_a_cue_and_the_participle_keeps_the_speaker():
    text = (
        "وانتقد الوزير القطري، وفقا لما نقلته وكالة الأنباء القطرية، مسألة عدم احترام قواعد الحرب "
        'قائلا: "نعتقد أن مسؤوليتنا أوسع بكثير من ذلك".'
    )
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["الوزير القطري", "الوزير القطري"]
    assert all(q.channel == ["وكالة الأنباء القطرية"] for q in quotes)


def test_press_briefing_is_not_part_of_the_speaker():
    text = "ويشمل الوفد مسؤولين كبار وفقا لما ذكره رئيس المكتب الرئاسي إم جونغ-سيوك في تنوير صحفي."
    assert _one(text).speaker == "إم جونغ-سيوك"


def test_comma_between_fronted_subject_and_verb():
    text = "وقال ترامب إن البلاد بخير. ويذكر أن الجبير، أكد في تصريحات سابقة أن على قطر دفع الثمن."
    assert [q.speaker for q in extract_quotes(text)] == ["ترامب", "الجبير"]
