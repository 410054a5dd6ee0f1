# ruff: noqa: SIM905, E501 -- word lists are data: one long line each reads better than a wrapped column.
"""Word lists for claim comparison, all in ``marsad.text.normalize`` form (ا for أإآ, ي for ى, ه for ة).

Kept as data, separate from the rules, so a reviewer can see at a glance what the comparison
treats as a function word, a negator, a number, a date or a paraphrase.  Every list is general
Arabic/news vocabulary; none is tied to a story.
"""

from __future__ import annotations

# Function words: ignored when measuring overlap and never taken as a "differing predicate".
STOPWORDS = frozenset(
    """
    في من الي علي عن مع عند لدي الى على ان انه انها انهم ما ماذا لا لم لن قد ثم او ام بل و ف ب ل ك
    هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتين اللواتي هو هي هم هما نحن انا انت كان كانت
    يكون تكون كانوا يكون كل بعض جميع غير بين حتي منذ خلال بعد قبل حيث اذا لكن لكنه لكنها كما ايضا
    وقد فقد وكان وكانت فيما بينما عبر حول نحو لدى امام بان وان كما اي الا عليه عليها فيه فيها منه
    منها له لها لهم به بها بهم اليه اليها عنه عنها انما اما هناك هنا وهو وهي وهم التى اليوم امس
    قال قالت وقال وقالت اضاف اضافت واضاف واضافت اكد اكدت واكد واكدت ذكر ذكرت وذكر وذكرت اشار اشارت
    واشار واشارت اوضح اوضحت واوضح واوضحت تابع وتابع يقول تقول قوله بحسب حسب وفق وفقا نقلا ونقلت نقلت
    قائلا قائله مؤكدا مؤكده مشيرا مشيره موضحا موضحه مضيفا مضيفه معتبرا معتبره لافتا لافته
    خصوصا وخصوصا خاصه وخاصه لاسيما سيما تحديدا وتحديدا حين لما تحت فوق
    the a an of to in on at for and or is are was were by with from that this as it be has have had
    """.split()
)

# Negators: the next content word is negated.  ``نفي`` verbs negate the clause they introduce.
NEGATORS = frozenset(
    "لم لن لا ليس ليست ليسوا لسنا لست عدم دون بدون غير ولم ولن ولا وليس وليست وعدم ودون نفي نفت ينفي تنفي ونفي ونفت".split()
)
# "لا يزال" (still), "لا سيما" (especially), "لا بد" (must): not negations.
NOT_NEGATED = frozenset("يزال تزال يزالون تزالان زال زالت زالوا سيما بد فقط".split())
# Verbal negators: the polarity rule only trusts these (and denial verbs); ليس/غير/دون before a
# noun usually contrast ("نحو الإرهاب وليس الحكومة") rather than deny a shared statement.
VERBAL_NEGATORS = frozenset("لم لن لا عدم ولم ولن ولا وعدم نفي نفت ينفي تنفي ونفي ونفت".split())
# Denial verbs report that someone denied something ("نفت السعودية تلك الاتهامات", "ينفي الآخر":
# negates/excludes): their object is not negated in the outlet's own voice, so they never make a
# word "negated" for the polarity rule (they still mark a statement's negation as unreliable).
DENIAL_VERBS = frozenset("نفي نفت ينفي تنفي ونفي ونفت".split())

# Cardinal number words → value (gender and case forms; ``ال`` is stripped before lookup).
NUMBER_WORDS: dict[str, float] = {
    **dict.fromkeys(["واحد", "واحده"], 1),
    **dict.fromkeys(["اثنان", "اثنين", "اثنتان", "اثنتين"], 2),
    **dict.fromkeys(["ثلاث", "ثلاثه"], 3),
    **dict.fromkeys(["اربع", "اربعه"], 4),
    **dict.fromkeys(["خمس", "خمسه"], 5),
    **dict.fromkeys(["ست", "سته"], 6),
    **dict.fromkeys(["سبع", "سبعه"], 7),
    **dict.fromkeys(["ثماني", "ثمانيه", "ثمان"], 8),
    **dict.fromkeys(["تسع", "تسعه"], 9),
    **dict.fromkeys(["عشر", "عشره"], 10),
    **dict.fromkeys(["عشرون", "عشرين"], 20),
    **dict.fromkeys(["ثلاثون", "ثلاثين"], 30),
    **dict.fromkeys(["اربعون", "اربعين"], 40),
    **dict.fromkeys(["خمسون", "خمسين"], 50),
    **dict.fromkeys(["ستون", "ستين"], 60),
    **dict.fromkeys(["سبعون", "سبعين"], 70),
    **dict.fromkeys(["ثمانون", "ثمانين"], 80),
    **dict.fromkeys(["تسعون", "تسعين"], 90),
    **dict.fromkeys(["مئه", "مائه"], 100),
    **dict.fromkeys(["مئتي", "مئتين", "مئتان", "مائتي", "مائتين", "مائتان"], 200),
    **dict.fromkeys(["ثلاثمئه", "ثلاثمائه"], 300),
    **dict.fromkeys(["اربعمئه", "اربعمائه"], 400),
    **dict.fromkeys(["خمسمئه", "خمسمائه"], 500),
}
# Ordinals, read as numbers only before a month name ("الرابع من مارس").
ORDINAL_WORDS: dict[str, int] = {
    "اول": 1,
    "ثاني": 2,
    "ثالث": 3,
    "رابع": 4,
    "خامس": 5,
    "سادس": 6,
    "سابع": 7,
    "ثامن": 8,
    "تاسع": 9,
    "عاشر": 10,
}
SCALES: dict[str, float] = {
    **dict.fromkeys(["الف", "الفا", "الاف", "آلاف"], 1e3),
    **dict.fromkeys(["مليون", "مليونا", "ملايين", "million"], 1e6),
    **dict.fromkeys(["مليار", "مليارا", "مليارات", "بليون", "billion"], 1e9),
}
PERCENT_WORDS = frozenset(["بالمئه", "بالمائه", "%"])
# Qualifiers before a number: approximately / more than / less than; "على الأقل" after it.
APPROX = frozenset("نحو حوالي قرابه زهاء يقارب يناهز تقريبا ونحو وحوالي".split())
MORE = frozenset("اكثر يزيد تزيد يربو يفوق تفوق تجاوز يتجاوز تتجاوز تجاوزت".split())
LESS = frozenset("اقل دون".split())

MONTHS: dict[str, int] = {
    **dict.fromkeys(["يناير", "كانون الثاني"], 1),
    **dict.fromkeys(["فبراير", "شباط"], 2),
    **dict.fromkeys(["مارس", "اذار"], 3),
    **dict.fromkeys(["ابريل", "نيسان"], 4),
    **dict.fromkeys(["مايو", "ايار"], 5),
    **dict.fromkeys(["يونيو", "يونيه", "حزيران"], 6),
    **dict.fromkeys(["يوليو", "يوليه", "تموز"], 7),
    **dict.fromkeys(["اغسطس", "اب"], 8),
    **dict.fromkeys(["سبتمبر", "ايلول"], 9),
    **dict.fromkeys(["اكتوبر", "تشرين الاول"], 10),
    **dict.fromkeys(["نوفمبر", "تشرين الثاني"], 11),
    **dict.fromkeys(["ديسمبر", "كانون الاول"], 12),
}
WEEKDAYS: dict[str, int] = {
    "الاحد": 0,
    "الاثنين": 1,
    "الثلاثاء": 2,
    "الاربعاء": 3,
    "الخميس": 4,
    "الجمعه": 5,
    "السبت": 6,
}

# Role nouns: a person named with two different roles in two outlets is a conflict.
ROLES = frozenset(
    "رئيس نائب مدير وزير مستشار متحدث سفير مندوب امين قائد مساعد زعيم ملك امير محافظ عضو مبعوث".split()
)

# Paraphrase groups seen in news copy: words of one group never count as a differing predicate.
SYNONYMS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "سجناء معتقلين معتقلون مسجونين",
        "قال اكد اوضح اضاف ذكر صرح اعلن افاد اشار",
        "شكل صوره",
        "مرتبط مرتبطه قريب قريبه مقرب مقربه",
        "محادثات مفاوضات مباحثات",
        "بلاد دوله بلد",
        "يستعد يتحضر يتاهب",
        "قرار مرسوم امر",
        "قتيل ضحيه قتلي ضحايا",
        "امن سلامه",
        "وطني قومي",
        "جماعات فصائل مجموعات قوي",
        "وصل توجه",
        "بلده منطقه مدينه قريه ناحيه",
        "ينبغي يجب عليكم عليه",
        # Broken plurals of counted people: "6 أطفال" and "11 طفلا" count one thing.
        # Causal links: "بسبب سلسلة من النتائج" / "على خلفية سلسلة من النتائج".
        "سبب بسبب خلفيه جراء اثر",
        "طفل اطفال",
        "امراه نساء",
        # "24 أبريل الحالي" / "24 أبريل الجاري": this month, two words.
        "حالي جاري",
        # Sending help or forces: "أرسلت السلطات 14 سيارة إسعاف" / "سخرت … نحو 50 سيارة إسعاف".
        "ارسل ارسلت سخر سخرت بعث بعثت حشد حشدت",
        # Aboard: "كان على متنها نحو مئة عسكري" / "كانت تقل أكثر من 200 شخص".
        "متن تقل يقل",
    )
)
# Words of attribution (who spoke, through which medium), not of what happened.
ATTRIBUTION = frozenset(
    "مصدر مصادر تصريحات تصريح وكالة بيان مسؤول متحدث المتحدث باسم نقلتها نقلته صحيفة موقع قناة".split()
)
# Reporting verbs: a weekday right after one dates the report, not the event reported.
CUE_VERBS = frozenset(
    "قال اعلن اكد ذكر اوضح اشار افاد صرح نقل كشف تعهد توعد حذر اضاف نفي اعلنت قالت اكدت ذكرت افادت".split()
)
# Generic nouns that paraphrase a specific one ("المنطقة" for "سوريا", "الرجال" for "الجنود").
GENERIC = frozenset(
    "منطقه بلد بلاد دوله مدينه بلده رجال اشخاص شخص مسؤول مسؤولون جهه طرف اطراف اخر اخري".split()
)
# Heads whose relational adjective names *which* one (nationality, team, office), not a value of it.
IDENTITY_HEADS = frozenset(
    "رئيس فريق منتخب نادي نظير رابطه اتحاد لجنه وزير وزاره جيش قوات نظام حكومه سفير لاعب مدرب نجم رئاسه جمهوريه زعيم قائد فصيل حزب حركه تنظيم جماعه كنيسه مجلس وكاله استخبارات مخابرات منظمه هيئه اتفاق اتفاقيه".split()
)
# Titles of whoever leads (a head of state is "president" in one outlet, "leader" in another).
LEADER_ROLES = frozenset("رئيس زعيم قائد مدير".split())
# Second-in-command titles: "deputy director" against "head" is a conflict even though both name the
# same office ("رئيسها" / "نائب مدير عام المنظمة").
DEPUTY_ROLES = frozenset("نائب مساعد".split())
# Nouns naming a kind of place: "إلى مطار X" / "إلى مدينة Y" give a destination X / Y.
PLACE_TYPES = frozenset("مدينه مطار ميناء بلده قريه محافظه ولايه منطقه قاعده عاصمه".split())
# Kinds of people a count can be of; the generic ones ("persons") may count any of the others.
PERSON_NOUNS = frozenset(
    "شخص اشخاص فرد افراد عسكري عسكريين عسكريا جندي جنود راكب ركاب مسافر مسافرين مدني مدنيين عنصر عناصر"
    " مهاجر مهاجرين لاجي لاجيين".split()
)
GENERIC_PERSONS = frozenset("شخص اشخاص فرد افراد".split())
# "بينهم 26 عنصرا": a count of part of a group, never compared with the group's total.
SUBSET_MARKERS = frozenset("بينهم بينها منهم منها بينهن منهن".split())
# Verbs of asking with "من": "طلب من X" names the addressee X, a value of the statement.  (دعا/حث X
# are left out: in verb-first sentences the noun after them is as often the one who asks.)
REQUEST_FROM = frozenset("طلب طلبت تطلب يطلب نطلب".split())
# A value said to be unknown or not given ("أسباب الحادث لا تزال مجهولة", "دون تفاصيل عن الحصيلة").
UNKNOWN_WORDS = frozenset("مجهول مجهوله مجهولا غامض غامضه غامضا".split())
UNKNOWN_AFTER_NEGATOR = frozenset(
    "معروف معروفه واضح واضحه يعرف تعرف يتضح تتضح يتحدد تتحدد تحدد يحدد تعلن يعلن تكشف يكشف تذكر يذكر تقدم يقدم ذكر ابداء تقديم اعطاء الكشف تحديد اعلان تفاصيل".split()
)
# The cause given: "السبب يعود إلى", "ناجم عن"; hedged causes ("قد يعود", "ربما") are not given.
CAUSE_LINKS = frozenset("يعود يرجع ناجم ناتج نتيجه جراء هو الي".split())
HEDGES = frozenset("قد ربما يرجح يحتمل محتمل يعتقد يشتبه مرجح احتمال".split())
# Words that say a count is of the dead (the toll a "no details of the toll" statement lacks).
TOLL_WORDS = frozenset("مقتل قتل قتلي قتيل قتيلا وفاه مصرع حياه ضحايا ضحيه حصيله".split())
# Casualty words: a count of the dead is never compared with a count of the injured.
KILLED = frozenset("قتل مقتل قتلي قتيل قتيلا مصرع وفاه حياه ضحايا لقي لقوا حتف حتفهم حتفه".split())
INJURED = frozenset("اصابه اصيب اصابات جرح جريح جرحي مصاب مصابين اصيبوا".split())
# Verbs of an event happening somewhere ("وقع الحادث في", "سقطت الطائرة على").
EVENT_VERBS = frozenset("وقع وقعت حدث حدثت سقط سقطت تحطم تحطمت انفجر انفجرت اندلع اندلعت".split())
# "another", "the second": a statement about a further event of the same kind, not the same one.
OTHER_EVENT = frozenset("اخر اخري ثان ثاني ثانيه الثاني الثانيه الاخر الاخري".split())
# Expectation, prediction and demand: a number after them is what someone expected or asked for,
# not what happened ("توقعوا أن يحصد ما لا يقل عن 60 مقعدا", "طالب بإنزال عقوبة السجن 20 عاما").
EXPECTATION = frozenset(
    "توقع توقعت توقعوا يتوقع تتوقع يتوقعون متوقع متوقعه المتوقع توقعات التوقعات مرتقب المرتقب طالب طالبت طالبوا يطالب تطالب".split()
)
# Sums asked for or needed ("طلبت … هبات بقيمة", "تحتاج إلى", "نداء لجمع") and sums pledged or paid
# ("تعهدات بقيمة", "تبرعت بـ"): an appeal and its response are two figures.
ASKED_SUMS = frozenset(
    "طلب طلبت يطلب تطلب طلبات ناشد ناشدت مناشده نداء يحتاج تحتاج احتياج احتياجات حاجه لجمع يسعي تسعي مطلوب المطلوب".split()
)
GIVEN_SUMS = frozenset(
    "تعهد تعهدت تعهدوا تعهدات التعهدات تبرع تبرعت تبرعات التبرعات منح قدم قدمت دفع دفعت جمعت جمع".split()
)
# Currencies: a sum of money is never the same count as a number of things ("3 مليارات دولار" /
# "40 دولة": the light stem دول is a prefix of دولار).
CURRENCIES = frozenset("دولار يورو جنيه ريال درهم دينار ليره استرليني يوان روبل روبيه".split())
# The start and the end of a visit or a meeting: a day said of each is two days, not one told twice.
VISIT_START = frozenset("وصل وصلت يصل تصل يصلون وصول بدا بدات يبدا تبدا بدء استهل يستهل".split())
VISIT_END = frozenset(
    "انهي انهت ينهي تنهي سينهي ستنهي اختتم اختتمت يختتم تختتم غادر غادرت يغادر تغادر مغادره ختام".split()
)
# What is left to reach a mark ("بقي له 4 أهداف ليعادل"): a difference, not a level.
REMAINDER = frozenset("بقي تبقي يتبقي يبقي متبقي المتبقي".split())
# Verbs of change: "ارتفع من 665 إلى 804" gives two values, not a range.
CHANGE_VERBS = frozenset(
    "ارتفع ارتفعت يرتفع ترتفع انخفض انخفضت ينخفض تنخفض تراجع تراجعت زاد زادت يزيد قفز قفزت هبط هبطت صعد صعدت".split()
)
# "N إضافية": an increment on another sum, not a total.
# "500 مليون دولار إضافية", "1400 وحدة أخرى": added to another figure (not "6 آخرين", other people).
ADDITIONAL = frozenset("اضافي اضافيه اضافيا اضافيين اضافيتين اخري".split())
# People counted: their counts run up over time like tolls (running totals are not compared with
# one day's count).
PEOPLE_WORDS = frozenset(
    "مدني مدنيين مدنيا طفل اطفال طفلا امراه نساء رجل رجال لاجي لاجيين نازح نازحين مهاجر مهاجرين".split()
)
# People who left a place: a count of them is not a toll ("20 ألف مدني خرجوا").
DISPLACED = frozenset("خرج خرجوا نزح نزحوا نزوح فر فروا غادر غادروا اجلاء اجلي هربوا".split())
# "معظمهم من المدنيين": the count is of a mixed group.
MOSTLY = frozenset("معظمهم غالبيتهم اغلبهم معظمها غالبيتها اغلبها".split())
# Market readings: a price in one report and another in the next are two moments of a session.
TRADING = frozenset("تداول التداول تعاملات التعاملات جلسه الجلسه".split())
# Mutually exclusive modifiers: two different members of a group said of the same thing conflict.
CONTRASTS: tuple[frozenset[str], ...] = (
    frozenset("داخلي خارجي".split()),
    frozenset("سنوي شهري اسبوعي يومي فصلي ربعي".split()),
    frozenset("شمال جنوب شرق غرب شمالي جنوبي شرقي غربي".split()),
)


def _normalized() -> None:
    """Fold every list through ``normalize`` (hamza seats, taa marbuta) so look-ups always match."""
    from marsad.text import normalize

    glb = globals()
    for name in (
        "STOPWORDS",
        "NEGATORS",
        "NOT_NEGATED",
        "VERBAL_NEGATORS",
        "DENIAL_VERBS",
        "EXPECTATION",
        "REMAINDER",
        "ASKED_SUMS",
        "VISIT_START",
        "VISIT_END",
        "CURRENCIES",
        "GIVEN_SUMS",
        "TRADING",
        "ADDITIONAL",
        "DISPLACED",
        "PEOPLE_WORDS",
        "CHANGE_VERBS",
        "MOSTLY",
        "PERCENT_WORDS",
        "APPROX",
        "MORE",
        "LESS",
        "ROLES",
        "ATTRIBUTION",
        "CUE_VERBS",
        "GENERIC",
        "IDENTITY_HEADS",
        "LEADER_ROLES",
        "DEPUTY_ROLES",
        "PLACE_TYPES",
        "PERSON_NOUNS",
        "GENERIC_PERSONS",
        "SUBSET_MARKERS",
        "REQUEST_FROM",
        "UNKNOWN_WORDS",
        "UNKNOWN_AFTER_NEGATOR",
        "CAUSE_LINKS",
        "HEDGES",
        "TOLL_WORDS",
        "KILLED",
        "INJURED",
        "EVENT_VERBS",
        "OTHER_EVENT",
    ):
        glb[name] = frozenset(normalize(w) for w in glb[name])
    for name in ("NUMBER_WORDS", "ORDINAL_WORDS", "SCALES", "MONTHS", "WEEKDAYS"):
        glb[name] = {normalize(k): v for k, v in glb[name].items()}
    for name in ("SYNONYMS", "CONTRASTS"):
        glb[name] = tuple(frozenset(normalize(w) for w in group) for group in glb[name])


_normalized()
