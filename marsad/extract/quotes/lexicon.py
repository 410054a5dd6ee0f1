"""Word lists behind quote extraction: reporting cues, channel words, titles, anonymous heads, outlets.

Every list is stored in its *normalised* form (``marsad.text.normalize``: alef forms → ا, ة → ه,
ى → ي, no diacritics), because the extractor compares normalised tokens.  The lists are general
Arabic/English news vocabulary, not tuned to any article: add to them freely.
"""

from __future__ import annotations

from marsad.text import normalize


def words_of(text: str) -> list[str]:
    """The whitespace-separated words of a word-list literal."""
    return text.split()


def norm_set(words: str) -> frozenset[str]:
    """The normalised forms of a word-list literal, for membership tests on normalised tokens."""
    return frozenset(normalize(w) for w in words.split())


# --- reporting cues -------------------------------------------------------------------------------
# Finite verbs of saying that take a clause (إن/أن), a quotation or a colon.  Feminine, plural, dual
# and present forms are listed explicitly (Arabic morphology is too irregular for a stemmer here).
SAY_VERBS = norm_set(
    """
    قال قالت قالوا قالا قالتا يقول تقول يقولون تقولان
    أضاف أضافت أضافوا يضيف تضيف يضيفون
    أكد أكدت أكدوا يؤكد تؤكد يؤكدون
    أوضح أوضحت أوضحوا يوضح توضح
    ذكر ذكرت ذكروا تذكر
    صرح صرحت صرحوا يصرح تصرح
    أفاد أفادت أفادوا يفيد تفيد
    أورد أوردت
    تابع تابعت
    أردف أردفت
    اعتبر اعتبرت اعتبروا يعتبر تعتبر
    رأى رأت يرى
    أشار أشارت أشاروا يشير تشير
    لفت لفتت
    شدد شددت شددوا يشدد تشدد
    أبلغ أبلغت
    كشف كشفت كشفوا
    زعم زعمت يزعم تزعم يزعمون
    نفى نفت نفوا ينفي تنفي
    أعلن أعلنت أعلنوا يعلن تعلن
    طالب طالبت طالبوا يطالب تطالب
    طلب طلبت
    دعا دعت دعوا يدعو تدعو دعاها دعاه دعاهم
    حذر حذرت حذروا يحذر تحذر
    اتهم اتهمت اتهموا يتهم تتهم
    دان دانت أدان أدانت ندد نددت انتقد انتقدت انتقدوا ينتقد تنتقد
    وصف وصفت وصفها وصفه
    أعرب أعربت عبر عبرت
    أقر أقرت
    توعد توعدت هدد هددت تعهد تعهدت وعد وعدت وعدوا
    أبدى أبدت
    يأمل تأمل
    بينت بينوا نوه نوهت نصح نصحت أفتى أفتت رحب رحبت رحبوا
    علق علقت علقوا أجاب أجابت أجابوا
    نشر نشرت كتب كتبت يكتب
    أبان أبانت توقع توقعت توقعوا رجح رجحت ادعى ادعت ادعوا
    استطرد استطردت استدرك استدركت تساءل تساءلت كرر كررت شرح شرحت
    لاحظ لاحظت أوصى أوصت اقترح اقترحت تمنى تمنت ألمح ألمحت لمح لمحت نبه نبهت أفصح أفصحت
    """
)
# Verbs whose content can be a bare noun phrase ("أعلن البيت الأبيض استقالة ...").
NOMINAL_VERBS = norm_set(
    """
    أعلن أعلنت أعلنوا يعلن تعلن أكد أكدت نفى نفت نفوا ينفي تنفي طالب طالبت يطالب تطالب طلبت طلب
    دعا دعت يدعو تدعو دعاها دعاه دعاهم ذكر ذكرت اتهم اتهمت اتهموا يتهم تتهم
    دان دانت أدان أدانت ندد نددت انتقد انتقدت انتقدوا ينتقد تنتقد وصف وصفت وصفها وصفه
    أعرب أعربت عبر عبرت كشف كشفت حذر حذرت أقر أقرت توعد توعدت هدد هددت نصح نصحت أفتى أفتت رحب رحبت رحبوا
    تعهد تعهدت وعد وعدت وعدوا أبدى أبدت
    """
)
# Verbs that need their preposition to be a cue (أشار إلى، أعرب عن، كشف عن ...).
VERB_PREPOSITION = {
    normalize(k): normalize(v)
    for k, v in {
        "أشار": "إلى",
        "أشارت": "إلى",
        "أشاروا": "إلى",
        "يشير": "إلى",
        "تشير": "إلى",
        "لفت": "إلى",
        "لفتت": "إلى",
        "أعرب": "عن",
        "أعربت": "عن",
        "عبر": "عن",
        "عبرت": "عن",
        "نوه": "إلى",
        "نوهت": "إلى",
        # hinting and alerting take إلى ("ألمح إلى أن"، "نبه إلى أن"), disclosing عن ("أفصح عن أن")
        "ألمح": "إلى",
        "ألمحت": "إلى",
        "لمح": "إلى",
        "لمحت": "إلى",
        "نبه": "إلى",
        "نبهت": "إلى",
        "أفصح": "عن",
        "أفصحت": "عن",
    }.items()
}
# Verbs that are cues only when a clause or quotation follows (too ambiguous otherwise).
# "نشر"/"كتب" (posted, wrote) report speech only when a clause or quotation follows ("كتب على تويتر أن").
CLAUSE_ONLY = norm_set(
    "تابع تابعت رأى رأت يرى اعتبر اعتبرت يعتبر لفت لفتت زعم زعمت يأمل تأمل أبلغ أبلغت "
    "نشر نشرت كتب كتبت يكتب بينت بينوا "
    # verbs of claiming, conceding, predicting, wishing, asking and closing a speech: statements only
    # with a clause or quotation ("توقع البنك أن"، "واستطرد قائلا:"), otherwise ordinary verbs
    # ("توقع الاتفاق"، "إبان الفترة")
    "أبان أبانت توقع توقعت توقعوا رجح رجحت ادعى ادعت ادعوا استطرد استطردت "
    "استدرك استدركت تساءل تساءلت كرر كررت شرح شرحت لاحظ لاحظت أوصى أوصت "
    "اقترح اقترحت تمنى تمنت"
)
# Participles continuing the current subject: "، مضيفا أن ..."، "قائلة: ..."
PARTICIPLES = norm_set(
    """
    قائلا قائلة قائلين مضيفا مضيفة مضيفين مؤكدا مؤكدة موضحا موضحة مشيرا مشيرة مشيرين لافتا لافتة
    معتبرا معتبرة مشددا مشددة محذرا محذرة مطالبا مطالبة مطالبين داعيا داعية معربا معربة نافيا نافية
    محددة محددا متابعا متابعة معلنا معلنة
    متوقعا متوقعة مكررا مكررة مبينا مبينة منوها منوهة مبديا مبدية مستطردا مستطردة مناشدا مناشدة
    واصفا واصفة
    متسائلا متسائلة مستدركا مستدركة
    """
)
# Source attributions: "بحسب X"، "وفقا لـ X"، "حسبما قالت X"، "نقلا عن X".
SOURCE_CUES = norm_set("حسب بحسب وفق وفقا طبقا حسبما نقلا وبحسب")
# Verbs of relaying: "نقلت وكالة X عن Y"، "بحسب ما نقلته X".
RELAY_VERBS = norm_set(
    "أصدرته أصدرتها نقلت نقل نقلته نقلتها نقله نقلها ينقل تنقل "
    "أوردت أورده أوردته أوردتها بثته بثتها نشرته نشرتها أذاعه أذاعته أذاعتها أذاعها بثه بثها"
)

# Complementizers: free-standing ones are dropped from the span, pronoun-bearing ones are kept.
COMPLEMENTIZERS_FREE = norm_set("إن أن بأن وأن وإن فإن")
COMPLEMENTIZERS_PRON = norm_set(
    """
    إنه إنها إنهم إنهما إننا إني أنه أنها أنهم أنهما أننا بأنه بأنها بأنهم بأنهما بأننا بأنّه
    """
)

# --- noun phrases ---------------------------------------------------------------------------------
# Words that introduce the medium of a statement right after the speaker: "في بيان"، "في مقابلة".
STATEMENT_WORDS = norm_set(
    """
    بيان بيانه بيانها بيانهم البيان تصريح تصريحات تصريحه تصريحاته تصريحاتها تصريحها مقابلة حديث
    مؤتمر كلمة كلمته رسالة تغريدة تغريدات منشور خطاب خطابه لقاء حوار اتصال رده ردها رد تعليق تعليقه
    تعليقها مقال مقاله اجتماع اجتماعه اجتماعها إيجاز تنوير ندوة إفادة إفادتها إفادته جلسة
    """
)
# Words ending a speaker noun phrase (time adverbs, discourse words).
TIME_WORDS = norm_set(
    """
    الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد اليوم أمس غدا الليلة مساء صباح ظهر فجر
    أيضا كذلك بدوره بدورها مؤخرا سابقا لاحقا حاليا صباحا مساء الماضي يوم بعيد بعد قبل عقب أثناء
    إثر عصر ليل الآن ذلك هذا فيه فيها منذ مطلع أواخر أوائل منتصف وقتها حينها آنذاك غداة عشية
    """
)
# Month names (Gregorian, Levantine, transliterated): "في فبراير/شباط الماضي" is a time phrase.
MONTH_WORDS = norm_set(
    """
    يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
    كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين جانفي فيفري أفريل ماي جوان جويلية أوت
    """
)
# Nouns of an occasion, a document or a stretch of time: "في" before one of them opens an adverbial
# after a complete speaker ("وصرحت ماي في منتدى الربيع"، "ذكرت الصحيفة في تقرير"، "أعلن الجهاز في بداية
# أكتوبر"), never a part of the speaker's name ("مسؤول في وزارة الصحة" stays whole).
OCCASION_NOUNS = norm_set(
    """
    تقرير تقريرها تقريره تقارير بلاغ بلاغها بلاغه منتدى افتتاحية افتتاحيتها مقالها مقالة شهادة الشهادة
    شهادته شهادتها ختام بداية نهاية أعقاب مستهل غضون ضوء سياق إطار حفل احتفال مراسم زيارة زيارته
    زيارتها جولة جولته جولتها مناسبة ذكرى أول آخر تصريحات تصريحاتها تغريدته تغريدتها رسالته رسالتها
    كتاب كتابه بيانات نشرة نشرتها برنامج حلقة الموقع المكان الميدان
    """
)
# Prepositional time words that take an object ("بعد اللقاء"، "قبل توقيع مذكرة"): the phrase is an
# adverbial, never the start of a speaker noun phrase.
TIME_PREPS = norm_set("بعد قبل عقب إثر أثناء خلال منذ عند بعيد قبيل لدى مطلع غداة عشية")
# Titles that are followed by a person's name ("وزير الخارجية الروسي سيرغي لافروف").
TITLE_WORDS = norm_set(
    """
    الرئيس رئيس رئيسة الرئيسة وزير وزيرة الوزير الوزيرة المتحدث المتحدثة متحدث متحدثة الناطق الناطقة
    والي الوالي
    ناطق السفير سفير السفيرة المندوب مندوب مندوبة المبعوث مبعوث مبعوثة النائب نائب نائبة مساعد مساعدة
    المستشار مستشار المستشارة مدير المدير مديرة المديرة الأمين أمين الزعيم زعيم القائد قائد عضو
    الملك الملكة الأمير أمير الأميرة ولي المرشد المفوض مفوض رئيسها رئيسه وزيرها وزيره ممثل الممثل
    العقيد الجنرال اللواء العميد المقدم الرائد الفريق المشير الشيخ الدكتور د السيد السيدة البروفيسور
    الحاخام البابا الإمام القاضي المدعي النقيب الداعية الكاتب الصحفي الصحافي المحامي محامي محامية الخبير
    خبير المحلل الباحث الأستاذ أستاذ الناشط ناشط المعارض المدرب اللاعب الفنان المغني الممثل المخرج المرشح
    السيناتور النائبة العضو المفتي الأسقف البطريرك المطران المبعوثة الملكة المهندس المهندسة
    """
)
# Ranks and honorifics kept in ``speaker`` together with the name ("العقيد تركي المالكي", "الشيخ تميم").
RANK_WORDS = norm_set(
    "العقيد الجنرال اللواء العميد المقدم الرائد الفريق المشير الشيخ الدكتور الركن الأمير المهندس المهندسة"
    " الميجور الكولونيل الأدميرال"
)
# Heads of anonymous speakers (ANON): unnamed sources, officials, activists, witnesses.
ANON_HEADS = norm_set(
    """
    مصدر مصادر مصدران المصدر المصادر مسؤول مسؤولون مسؤولين مسؤولة المسؤول المسؤولون المسؤولين مسؤولو
    ناشطون ناشطين نشطاء ناشط الناشطون شهود شاهد سكان مراسلون مراسل مراسلة مراسلو دبلوماسي دبلوماسيون
    دبلوماسيين خبراء محللون محلل متحدثا مسعفون أطباء طبيب مصدرا مسؤولا تقارير التقارير مواطنون
    """
)
# Heads that make an NP an organisation, a document or a medium.
ORG_HEADS = norm_set(
    """
    وزارة الوزارة الحكومة حكومة الجيش جيش وكالة الوكالة منظمة المنظمة التحالف تحالف البيت الرئاسة
    جمهورية الجمهورية مملكة دولة الدولة
    قوات القوات بيان البيان وسائل شبكة قناة القناة صحيفة الصحيفة تلفزيون التلفزيون موقع الموقع المرصد
    مجلس المجلس الخارجية الداخلية الدفاع الشرطة السلطات سلطات الأمم البعثة بعثة السفارة سفارة حزب الحزب
    جماعة الجماعة الحركة حركة هيئة الهيئة لجنة اللجنة مكتب المكتب محكمة المحكمة البرلمان الكرملين
    القرار قرار المعهد معهد مركز المركز الاتحاد اتحاد الدفاع الشركة شركة الحوثيون الميليشيات
    شرطة إدارة الإدارة أمانة الأمانة بلدية البلدية جامعة الجامعة نقابة النقابة مستشفى المستشفى نيابة النيابة
    مديرية المديرية قيادة القيادة رئاسة إمارة الإمارة وكالات منظمات جمعية الجمعية المنظمات تنظيم التنظيم
    جبهة الجبهة
    """
)
# Words that, prefixed to an outlet name, make a channel noun phrase.
OUTLET_HEADS = norm_set(
    """
    وكالة وكالات قناة القناة قنوات شبكة شبكات صحف وسائل صحيفة جريدة محطة محطات
    تلفزيون التلفزيون إذاعة راديو موقع حساب منصة مجلة
    """
)
# Short single-word names of news agencies, broadcasters and platforms (Arabic and Latin spellings).
# A channel is written "as in the article"; this list only helps recognise a bare name as a medium.
KNOWN_OUTLETS = norm_set(
    """
    رويترز فرانس برس أ.ف.ب الفرنسية أسوشيتد بريس برس الأناضول تاس تاس إنترفاكس انترفاكس إنترفاكس سبوتنيك
    نوفوستي ريا واس سانا سونا إرنا فارس تسنيم شينخوا يونهاب كيودو وام بترا قنا كونا واج معا وفا
    تويتر إكس تليجرام تلغرام تيليغرام تيليجرام فيسبوك يوتيوب إنستغرام انستغرام تيك توك
    العربية الجزيرة الحدث المسيرة المنار الميادين بي.بي.سي سي.إن.إن سكاي سي.إن.بي.سي سي.بي.إس
    Reuters AFP AP Interfax TASS Sputnik RIA Anadolu Xinhua Twitter X Telegram Facebook YouTube BBC CNN
    Bloomberg
    """
)
# Social-media platforms: a statement posted there has the platform as its channel.
PLATFORMS = norm_set(
    """
    تويتر إكس تليجرام تلغرام تيليغرام تيليجرام فيسبوك فيس_بوك يوتيوب إنستغرام انستغرام انستجرام تيك_توك
    سناب_شات واتساب Twitter X Telegram Facebook YouTube Instagram TikTok
    """
) | frozenset({normalize("فيس بوك"), normalize("تيك توك"), normalize("سناب شات")})
# Multi-word outlet names (matched as a phrase in normalised text).
OUTLET_PHRASES = tuple(
    normalize(p)
    for p in (
        "فرانس برس",
        "أسوشيتد برس",
        "أسوشيتد بريس",
        "بي بي سي",
        "سي إن إن",
        "سكاي نيوز",
        "روسيا اليوم",
        "ريا نوفوستي",
        "نيويورك تايمز",
        "واشنطن بوست",
        "وول ستريت جورنال",
        "وكالة الأنباء",
        "الأنباء الرسمية",
    )
)
# Aliases of the reporting outlets (the ``outlet`` argument): words said *to* the article's own outlet
# are not relayed, so they do not make a channel.
OWN_OUTLET_ALIASES: dict[str, tuple[str, ...]] = {
    "cnn": ("cnn", "سي إن إن", "سي ان ان"),
    "bbc": ("bbc", "بي بي سي", "بي.بي.سي"),
    "alarabia": ("العربية", "العربية.نت", "alarabiya"),
    "alarabiya": ("العربية", "العربية.نت", "alarabiya"),
    "france24": ("فرانس 24", "فرانس24", "france 24", "france24"),
    "skynews": ("سكاي نيوز", "سكاي نيوز عربية", "sky news"),
    "aljazeera": ("الجزيرة", "al jazeera"),
    # SaudiNewsNet sources (the corpus ``source`` field); titles that are also ordinary words or other
    # media ("اليوم" in "روسيا اليوم", "الجزيرة" the channel, "الرياض" the city) only with صحيفة/جريدة
    "sabq": ("سبق", "صحيفة سبق"),
    "okaz": ("عكاظ", "صحيفة عكاظ"),
    "alriyadh": ("صحيفة الرياض", "جريدة الرياض"),
    "aljazirah": ("صحيفة الجزيرة", "جريدة الجزيرة"),
    "alyaum": ("صحيفة اليوم", "جريدة اليوم"),
    "alwatan": ("صحيفة الوطن", "جريدة الوطن"),
    "almadina": ("صحيفة المدينة", "جريدة المدينة"),
    "aawsat": ("الشرق الأوسط", "الشرق الاوسط"),
    "aleqtisadiya": ("الاقتصادية",),
    "alweeam": ("الوئام",),
    "3alyoum": ("عاجل", "عين اليوم"),
    # JawharaFM (ANT ``src`` "Jawhara FM"): its reporters and programmes are its own reporting
    "jawhara fm": ("الجوهرة أف أم", "الجوهرة اف ام", "الجوهرة إف إم", "جوهرة أف أم", "الجوهرة"),
}
# Discourse openers stripped before a sentence-initial source attribution span.
OPENERS = tuple(
    normalize(p) for p in ("في سياق متصل", "من جهة أخرى", "من جهته", "من جهتها", "في غضون ذلك", "وفي")
)
# Places used as actors ("موسكو نفت") are organisations, not people.
PLACE_WORDS = norm_set(
    """
    موسكو واشنطن لندن باريس بكين طهران دمشق الرياض أنقرة القاهرة الدوحة برلين بيونغ بيونغيانغ كييف
    روسيا أمريكا أميركا الولايات بريطانيا فرنسا ألمانيا الصين إيران تركيا سوريا السعودية المملكة مصر قطر
    الإمارات إسرائيل اليابان الهند العراق لبنان الأردن الجزائر المغرب السودان ليبيا اليمن تونس أوكرانيا
    كوريا البحرين الكويت عمان باكستان أفغانستان الاتحاد بيروت بغداد عمان
    """
)

# --- English --------------------------------------------------------------------------------------
EN_SAY = frozenset(
    words_of(
        "said says say told tells added adds stated states announced announces warned "
        "warns claimed claims insisted insists noted notes explained explains wrote "
        "writes tweeted tweets confirmed confirms denied denies argued argues"
    )
)
EN_ANON = frozenset(
    words_of("source sources official officials spokesman spokeswoman spokesperson witnesses")
)
EN_PLATFORMS = frozenset(words_of("twitter telegram facebook x youtube instagram"))
