"""Value rules of the fifth round: confirmed counts, minutes, journeys, and what is not one figure."""

from __future__ import annotations

import pytest

from marsad.compare import compare_sentences
from marsad.compare.claims import read_claim
from marsad.compare.sentences import _scores

CONFLICTS = [
    # two confirmed counts ("at least") of one toll
    (
        "لقي 19 شخصا على الأقل مصرعهم إثر غرق مركب يقل مهاجرين قبالة سواحل قبرص",
        "لقي 16 شخصا على الأقل مصرعهم إثر غرق مركب يقل مهاجرين قبالة سواحل قبرص",
        "number: 19 شخصا ≠ 16 شخصا",
    ),
    # one toll under two nouns and two casualty words, the first followed by the missing
    (
        "أقال رئيس الوزراء وزير الداخلية بعد ثلاثة أيام على مقتل 68 شخصا وفقد عشرات في غرق مركب للمهاجرين",
        "أقال رئيس الحكومة وزير داخليته بعد ثلاثة أيام من غرق مركب للمهاجرين أودى بحياة 66 مهاجرا",
        "number: 68 شخصا ≠ 66 مهاجرا",
    ),
    # a minute in parentheses after the player, against the minute in words
    (
        "وخرج صلاح باكيا ودخل بدلا منه آدم لالانا في الدقيقة 31",
        "وخرج صلاح باكيا ودخل بدلا منه آدم لالانا (30).",
        "minute: لالانا 31 ≠ 30",
    ),
    # one journey, two destinations (the other place is a later leg)
    (
        "قال الاتحاد إن بعثته ستتوجه الأربعاء إلى إسبانيا للقاء اللاعب وطاقمه الذين سيتوجهون إلى إسبانيا",
        "قال الاتحاد إن بعثته ستتوجه، الأربعاء، إلى بريطانيا للقاء اللاعب وطاقمه الذين سيتوجهون إلى إسبانيا",
        "place: إسبانيا ≠ بريطانيا",
    ),
    # the number reached counts the noun after "عدد", a relative clause away
    (
        "وقتل 40 فلسطينيا برصاص القوات الإسرائيلية منذ أن بدأت الاحتجاجات يوم 30 مارس",
        "وبذلك يرتفع عدد الفلسطينيين الذين قتلوا منذ اندلاع الاحتجاجات التي بدأت في 30 مارس إلى 45.",
        "number: 40 فلسطينيا برصاص ≠ 45",
    ),
    # one sentence told in years and in days
    (
        "أصدرت محكمة أمريكية حكما بالسجن 14 عاما على مستشار سابق للرئيس",
        "قضت محكمة في واشنطن على المستشار السابق للرئيس بالسجن 14 يوما بسبب كذبه",
        "number: 14 عاما ≠ 14 يوما بسبب",
    ),
    # "في المئة" is a percentage
    (
        "تمكن الجيش من السيطرة على 80 في المئة من الغوطة الشرقية",
        "تمكن الجيش من السيطرة على نحو 65 بالمئة من الغوطة الشرقية",
        "number: 80 في المئة ≠ 65 بالمئة",
    ),
]

AGREED = [
    # an appeal's target and the pledges it drew
    (
        "وطلبت الأمم المتحدة هبات بقيمة 3 مليارات دولار لتمويل الحاجات الإنسانية لليمن",
        "ونتج عن المؤتمر تعهدات بقيمة 2.01 مليار دولار من 40 دولة لتمويل الحاجات الإنسانية لليمن",
    ),
    # a campaign's toll and one day's
    (
        "يسيطر الجيش على نصف الغوطة الشرقية في العمليات العسكرية التي أدت إلى مقتل 900 من المدنيين",
        "ووثق المرصد السوري الأحد مقتل 12 مدنيا في القصف على الغوطة الشرقية",
    ),
    # in a list of goals, the minute of a player the other statement never names
    (
        "وسجل ماني في الدقيقة التاسعة قبل أن يسجل ميلنر بالخطأ في مرمى فريقه في الدقيقة 15",
        "وسجل ماني في الدقيقة 9 وجيورجينهو فاينالدوم في الدقيقة 25 وسجل ميلنر بالخطأ في مرمى فريقه",
    ),
    # how far the count has got is no result
    (
        "وبعد فرز 50 بالمئة من الأصوات حصل التحالف الحاكم على 55 بالمئة من الأصوات",
        "وحصل التحالف الحاكم على 55 بالمئة من الأصوات بحسب الوكالة",
    ),
    # an exit poll and the count
    (
        "وبحسب نتائج الاستطلاع حصد مرشح الحزب الشيوعي 11,2 بالمئة من الأصوات",
        "وحصد مرشح الحزب الشيوعي 13,4 في المئة من الأصوات",
    ),
    # a decimal figure cut to its whole part
    (
        "أعلنت الوزارة زيادة أسعار الكهرباء بنسب متوسطها 26 في المئة اعتبارا من يوليو",
        "أعلنت الوزارة زيادة أسعار الكهرباء بمتوسط 26,6% اعتبارا من يوليو",
    ),
    # a whole paid in parts and one part
    (
        "أمر الرئيس بفرض رسوم على ما قيمته 50 مليار دولار من البضائع وبدء تنفيذ أول دفعة الجمعة",
        "فرضت الولايات المتحدة رسوما على بضائع بقيمة 34 مليار دولار ودخل القرار حيز التنفيذ الجمعة",
    ),
    # a day's fall and the fall over five years
    (
        "خسرت الليرة التركية 1.6 بالمائة من قيمتها أمام الدولار يوم الأربعاء",
        "في السنوات الخمس الأخيرة خسرت الليرة التركية 65 في المئة من قيمتها أمام الدولار",
    ),
    # a sum of money and a number of countries (دول is a prefix of دولار)
    (
        "وطلبت المنظمة 3 مليارات دولار من المانحين في المؤتمر",
        "وشارك في المؤتمر 40 دولة ومنظمة من المانحين",
    ),
    # two outlets' conversions of one sum
    (
        "باعت الشركة 5% من وحدة الحفر مقابل ملياري درهم (544.6 مليون دولار)",
        "تستحوذ الشركة على حصة 5 بالمئة في وحدة الحفر مقابل ملياري درهم (550 مليون دولار)",
    ),
    # the fourth goal's minute and the fifth's
    (
        "وسجل صلاح الهدف الثالث عند الدقيقة 29، قبل أن يضيف محسن هدفا",
        "وسجل محسن الهدف الرابع في الدقيقة 73، قبل أن يضيف صلاح هدفا",
    ),
    # the last day of a visit and its first
    (
        "يذكر أن وزير الخارجية سينهي زيارته إلى السعودية، الأربعاء، ويتجه إلى تركيا",
        "وصل وزير الخارجية مايك بومبيو صباح الثلاثاء إلى السعودية لعقد لقاءات",
    ),
    # "more than 70" and 75
    (
        "فاز بوتين بولاية رابعة بنسبة تتجاوز 70% من الأصوات",
        "فاز بوتين بولاية رابعة بـ75 في المئة من الأصوات",
    ),
]


@pytest.mark.parametrize(("a", "b", "detail"), CONFLICTS)
def test_value_conflicts(a: str, b: str, detail: str) -> None:
    verdict = compare_sentences(a, b)
    assert (verdict.status, verdict.detail) == ("conflict", detail)


@pytest.mark.parametrize(("a", "b"), AGREED)
def test_not_one_figure(a: str, b: str) -> None:
    assert compare_sentences(a, b).status != "conflict"
    assert compare_sentences(b, a).status != "conflict"


def test_bare_ahad_is_not_sunday() -> None:
    assert read_claim("وأسفر الهجوم عن مقتل أحد أفراد الدورية").weekdays == set()
    assert read_claim("وصل الوفد يوم أحد الشعانين").weekdays == {0}
    assert read_claim("والأحد الماضي وصل الوفد").weekdays == {0}


def test_february_and_results_at_the_end_of_a_sentence() -> None:
    assert read_claim("بدأ الهجوم في 18 فبراير على الغوطة").dates == {(2, 18)}
    assert _scores(read_claim("عقب فوزه على المتصدر الهلال 2-صفر.")) == {(0, 2)}
