"""Exact keys, near-duplicate decisions and invariants of marsad.dedupe on Arabic news text."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.dedupe import (
    DedupeSettings,
    NearDuplicateIndex,
    Postings,
    dedupe_tokens,
    exact_key,
    find_duplicates,
    mark_duplicates,
    word_shingles,
)

# A Saudi Press Agency style wire text (invented for the tests) and what outlets do with it.
WIRE = (
    "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس. "
    "دشن صاحب السمو الملكي أمير منطقة الرياض اليوم مشروع توسعة مستشفى الملك فهد الجامعي بتكلفة "
    "تبلغ 450 مليون ريال، ويضم المشروع 300 سرير إضافي وأقساماً متخصصة للطوارئ والعناية المركزة. "
    "وأوضح مدير الشؤون الصحية بالمنطقة أن التوسعة تأتي ضمن خطة الوزارة لرفع الطاقة الاستيعابية "
    "للمستشفيات الحكومية وتقليص مدة انتظار المرضى في أقسام الطوارئ. "
    "وأضاف أن المرحلة الأولى من المشروع ستنتهي خلال ثمانية عشر شهراً، على أن تبدأ المرحلة الثانية "
    "مطلع العام المقبل بإنشاء مركز لأبحاث الأمراض المزمنة ومختبرات حديثة. "
    "وأشار إلى أن المستشفى استقبل خلال العام الماضي أكثر من مليون مراجع في العيادات الخارجية، "
    "وأن المشروع الجديد سيسهم في توفير ألف وظيفة للكوادر الوطنية من الأطباء والممرضين والفنيين. "
    "وفي ختام الحفل تجول سموه في أرجاء المشروع واستمع إلى شرح مفصل عن مراحل التنفيذ والمخططات الهندسية."
)

# The same wire text republished with a new intro, a changed footer and Eastern digits.
WIRE_COPY = (
    "صحيفة الوطن - متابعات: في خطوة ينتظرها سكان العاصمة منذ سنوات، "
    "دشن صاحب السمو الملكي أمير منطقة الرياض اليوم مشروع توسعة مستشفى الملك فهد الجامعي بتكلفة "
    "تبلغ ٤٥٠ مليون ريال، ويضم المشروع ٣٠٠ سرير إضافي وأقساماً متخصصة للطوارئ والعناية المركزة. "
    "وأوضح مدير الشؤون الصحية بالمنطقة أن التوسعة تأتي ضمن خطة الوزارة لرفع الطاقة الاستيعابية "
    "للمستشفيات الحكومية وتقليص مدة انتظار المرضى في أقسام الطوارئ. "
    "وأضاف أن المرحلة الأولى من المشروع ستنتهي خلال ثمانية عشر شهراً، على أن تبدأ المرحلة الثانية "
    "مطلع العام المقبل بإنشاء مركز لأبحاث الأمراض المزمنة ومختبرات حديثة. "
    "وأشار إلى أن المستشفى استقبل خلال العام الماضي أكثر من مليون مراجع في العيادات الخارجية، "
    "وأن المشروع الجديد سيسهم في توفير ألف وظيفة للكوادر الوطنية من الأطباء والممرضين والفنيين. "
    "تابعونا على تويتر لمزيد من الأخبار المحلية."
)

# An outlet that kept only the first half of the wire text.
WIRE_HALF = (
    "دشن صاحب السمو الملكي أمير منطقة الرياض اليوم مشروع توسعة مستشفى الملك فهد الجامعي بتكلفة "
    "تبلغ 450 مليون ريال، ويضم المشروع 300 سرير إضافي وأقساماً متخصصة للطوارئ والعناية المركزة. "
    "وأوضح مدير الشؤون الصحية بالمنطقة أن التوسعة تأتي ضمن خطة الوزارة لرفع الطاقة الاستيعابية "
    "للمستشفيات الحكومية وتقليص مدة انتظار المرضى في أقسام الطوارئ."
)

# A different article on the same event: own reporting, same names and numbers.
SAME_EVENT = (
    "شهدت العاصمة أمس حفل تدشين توسعة مستشفى الملك فهد الجامعي برعاية أمير منطقة الرياض، "
    "وسط حضور رسمي كبير من المسؤولين في القطاع الصحي. وقال عدد من المراجعين للصحيفة إن الزحام "
    "في قسم الطوارئ كان يضطرهم إلى الانتظار ساعات طويلة، معربين عن أملهم في أن تنهي الأسرة "
    "الجديدة البالغ عددها 300 سرير هذه المعاناة. ويرى مختصون في الإدارة الصحية أن كلفة المشروع، "
    "وهي 450 مليون ريال، تعكس توجه الدولة نحو الاستثمار في البنية التحتية للمستشفيات، غير أنهم "
    "نبهوا إلى أن نقص الكوادر التمريضية يبقى التحدي الأكبر أمام تشغيل الأقسام الجديدة بكامل طاقتها. "
    "ولم تعلن الجامعة حتى الآن عن موعد فتح باب التوظيف في المستشفى بعد التوسعة."
)


def test_tokens_fold_diacritics_digits_and_punctuation() -> None:
    assert dedupe_tokens("أَعلنت الوزارةُ، تسجيل ١٬٥٠٠ حالة؛ و2015م") == [
        "اعلنت",
        "الوزاره",
        "تسجيل",
        "1500",
        "حاله",
        "2015",
    ]


@pytest.mark.parametrize(
    "variant",
    [
        "أعلنت الوزارة تسجيل 15 حالة جديدة في الرياض",
        "أَعْلَنَتِ الوزارةُ تسجيلَ ١٥ حالةً جديدةً في الرياض",  # diacritics, Eastern digits
        "  أعلنت   الوزارة\nتسجيل ۱۵ حالة جديدة، في الرياض.",  # whitespace, Persian digits, punctuation
        "أعلنـــت الوزارة تسجيل 15 حاله جديده في الرياض",  # tatweel, taa marbuta spelled haa
    ],
)
def test_exact_key_ignores_form(variant: str) -> None:
    assert exact_key(variant) == exact_key("أعلنت الوزارة تسجيل 15 حالة جديدة في الرياض")


def test_exact_key_changes_with_a_word() -> None:
    assert exact_key("أعلنت الوزارة تسجيل 15 حالة") != exact_key("أعلنت الوزارة تسجيل 16 حالة")
    assert len(exact_key("نص")) == 32


def test_word_shingles() -> None:
    assert word_shingles(["a", "b", "c", "d"], 3) == ["a b c", "b c d"]
    assert word_shingles(["a", "b"], 3) == ["a b"]
    assert word_shingles([], 3) == []


def test_exact_copy_with_diacritics_is_a_duplicate() -> None:
    index = NearDuplicateIndex()
    assert index.add("wire", WIRE) is None
    assert index.add("copy", WIRE.replace("دشن", "دشّن").replace("450", "٤٥٠")) == "wire"


def test_wire_copy_with_new_intro_and_footer_is_a_near_duplicate() -> None:
    index = NearDuplicateIndex()
    assert index.add("wire", WIRE) is None
    best = index.matches(WIRE_COPY)[0]
    assert best.article_id == "wire"
    assert (best.shared, round(best.overlap, 3), round(best.jaccard, 3)) == (105, 0.861, 0.709)
    assert index.add("outlet", WIRE_COPY) == "wire"


def test_partial_copy_is_a_near_duplicate_either_way_round() -> None:
    index = NearDuplicateIndex()
    index.add("wire", WIRE)
    assert index.add("half", WIRE_HALF) == "wire"
    reverse = NearDuplicateIndex()
    reverse.add("half", WIRE_HALF)
    assert reverse.add("wire", WIRE) == "half"


def test_different_article_on_the_same_event_is_not_a_duplicate() -> None:
    index = NearDuplicateIndex()
    index.add("wire", WIRE)
    assert index.matches(SAME_EVENT) == []
    assert index.add("report", SAME_EVENT) is None


def test_add_is_idempotent() -> None:
    index = NearDuplicateIndex()
    assert index.add("wire", WIRE) is None
    assert index.add("outlet", WIRE_COPY) == "wire"
    assert index.add("outlet", WIRE_COPY) == "wire"
    assert index.add("outlet", SAME_EVENT) == "wire"  # the first answer stands
    assert index.add("wire", WIRE) is None
    assert len(index) == 2
    assert index.duplicate_of("outlet") == "wire"


def test_copies_point_at_the_first_article_of_their_group() -> None:
    index = NearDuplicateIndex()
    index.add("half", WIRE_HALF)
    index.add("wire", WIRE)
    assert index.add("outlet", WIRE_COPY) == "half"


def test_empty_and_tiny_texts_never_match() -> None:
    index = NearDuplicateIndex()
    assert index.add("a", "") is None
    assert index.add("b", "") is None
    assert index.add("c", "فيديو") is None
    assert index.add("d", "فيديو") is None
    assert index.add("e", "شاهد الفيديو الكامل هنا") is None
    assert index.add("f", "شاهد الفيديو الكامل هنا") is None
    assert index.add("g", "شاهد الفيديو الكامل هنا الآن") is None
    assert index.add("h", "شاهد الفيديو الكامل هنا الآن") == "g"  # five words: exact copies count


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="multiple"):
        NearDuplicateIndex(DedupeSettings(num_perm=128, num_bands=48))


def test_postings_runs_keep_hits() -> None:
    small, large = Postings(recent_postings=2, ratio=2), Postings()
    rows = [[5, 9], [9, 11], [9], [2, 3, 4, 9, 11], [1], [9]]  # small: runs are merged
    for position, keys in enumerate(rows):
        small.add(position, np.array(keys, dtype=np.uint32))
        large.add(position, np.array(keys, dtype=np.uint32))
    query = np.array([9, 11, 12], dtype=np.uint32)
    for postings in (small, large):
        (p10, c10), (p2, c2), (p_one, c_one) = postings.hits((query, 10), (query, 2), (np.array([1, 5]), 9))
        assert dict(zip(p10.tolist(), c10.tolist(), strict=True)) == {0: 1, 1: 2, 2: 1, 3: 2, 5: 1}
        assert dict(zip(p2.tolist(), c2.tolist(), strict=True)) == {1: 1, 3: 1}  # key 9: five articles
        assert dict(zip(p_one.tolist(), c_one.tolist(), strict=True)) == {0: 1, 4: 1}
    assert len(small) == len(large) == 12
    assert [p.size for p, _ in Postings().hits((query, 10))] == [0]


def test_find_duplicates() -> None:
    items = [("wire", WIRE), ("report", SAME_EVENT), ("outlet", WIRE_COPY), ("half", WIRE_HALF), ("wire", "")]
    assert find_duplicates(items) == {"outlet": "wire", "half": "wire"}


_SENTENCES = [s for s in (WIRE + " " + SAME_EVENT).split(". ") if s]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "c", "d", "e", "f", "g"]),
            st.lists(st.sampled_from(_SENTENCES), min_size=0, max_size=5),
        ),
        max_size=12,
    )
)
def test_find_duplicates_points_backwards_and_is_deterministic(raw: list[tuple[str, list[str]]]) -> None:
    items = [(article_id, ". ".join(parts)) for article_id, parts in raw]
    first_seen: dict[str, int] = {}
    for n, (article_id, _) in enumerate(items):
        first_seen.setdefault(article_id, n)
    found = find_duplicates(items)
    for article_id, original in found.items():
        assert original != article_id
        assert first_seen[original] < first_seen[article_id]
    assert find_duplicates(items) == found


def test_mark_duplicates_sets_the_article_field() -> None:
    from marsad.types import Article

    articles = [
        Article(id="wire", source="was", text=WIRE, content_hash="h1"),
        Article(id="report", source="alyaum", text=SAME_EVENT, content_hash="h2"),
        Article(id="outlet", source="okaz", text=WIRE_COPY, content_hash="h3"),
    ]
    marked = list(mark_duplicates(articles))
    assert [a.duplicate_of for a in marked] == [None, None, "wire"]
    assert marked[0] is articles[0]
    assert articles[2].duplicate_of is None  # inputs are not mutated
