"""Rule-based quote extraction: statement span, speaker (with light coreference) and channel chain.

Why rules: there is no public Arabic quote-attribution corpus, the dev set is 173 quotes, and news
reported speech is formulaic (verb of saying + subject + إن/أن or a quotation).  The extractor
works sentence by sentence on tokens with offsets, so every span indexes the displayed text.

Pipeline per article:
1. pair quotation marks and split sentences without cutting inside a quotation;
2. find reporting cues (verbs, participles, source attributions, relays "نقلت X عن Y");
3. for each cue parse the speaker noun phrase, the medium/channel modifiers ("في بيان نشرته
   وكالة X"، "عبر تليجرام"، "لوكالة X") and the content span following the dev-set conventions;
4. resolve continuations (وأضاف، مضيفا) and back-references (الوكالة، المصدر) to earlier
   speakers, and fill ``speaker_full`` from the fullest mention in the article.

Optional entity mentions (PER) only sharpen noun-phrase boundaries; every rule works without them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from marsad.extract.quotes import lexicon as lx
from marsad.extract.quotes.english import EnQuote, embedded_posts, english_sentence, split_title
from marsad.text import arabic_ratio, normalize
from marsad.types import Mention, Quote

_TOKEN = re.compile(
    r"#?[\w\u064b-\u065f\u0670\u0640]+(?:[._\-][\w\u064b-\u065f\u0670\u0640]+)*|\S", re.UNICODE
)
_OPEN_QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"', "”": "”"}
_QUOTE_CHARS = set('«»“”„"')
_PUNCT_STOP = set(",،:؛;.!?؟)(-–—/")
_MAX_NP = 14
_PREPS = lx.norm_set("في على عبر خلال أمام عن إلى مع من لدى حول بشأن ضد")
_STATEMENT_FILLERS = lx.norm_set(
    "له لها لهم مقتضب صحفي صحافي رسمي مشترك صدر صادر نشر مكتوب متلفز مصور أصدره "
    "أصدرته المنشور المنشورة أذيعت أذيع بثت بث نشرت لاحقة لاحق أخرى سابقة سابق مطولة مقتضبة"
)
_ADVERBS = lx.norm_set("بقوة بشدة مجددا أيضا كذلك مرة أخرى بدوره بدورها مرارا تكرارا بالقول")
_CLAUSE_MARKERS = lx.norm_set(
    "لكن ولكن كانت وكانت كان وكان إلا ألا حين بينما فيما وفيما ثم حيث يذكر أن لكنها "
    "لكنه لكنهم ولكنها ولكنه ولكنهم"
)
_ANNOUNCED = lx.norm_set(
    "وفاة مقتل استقالة اعتراض إسقاط تدمير طرد اعتقال إطلاق فتح إغلاق تعيين إقالة رفض قبول "
    "موافقة دعم استعداد عزم نية بدء انتهاء وقف تعليق تأجيل إلغاء تشكيل إجراء إرسال سحب حرص خبر "
    "تأييد ترحيب إصابة ارتفاع انخفاض تراجع مصرع سقوط تحطم"
)
_PATRONYMIC = lx.norm_set("بن بنت ابن آل أبو أبي")
_NOMINAL_PARTICIPLES = tuple(
    normalize(w) for w in lx.words_of("مطالب داعي معرب نافي مؤكد محذر معلن مكرر مبدي مناشد واصف")
)
# Quantifiers whose "من" phrase belongs to the noun phrase ("العديد من إدارات الفنادق").
_QUANTIFIERS = lx.norm_set("العديد الكثير عدد بعض أحد إحدى مجموعة كل")
_FOR_HIS_PART = lx.norm_set("جهته جهتها جهتهم ناحيته ناحيتها ناحيتهم جانبه جانبها جانبهم")
_NEGATIONS = lx.norm_set("لم ولم لن ولن لا ولا ما وما")
_FAINNA = lx.norm_set("فإن فان فإنه فإنها فإنهم")
_PREP_PRONOUNS = lx.norm_set("عنها عنه عنهم لها له لهم فيها فيه عليها عليه إليها إليه منها منه")
_MEDIA_OBJECTS = lx.norm_set("مقطع مقاطع فيديو صور صورة لقطات تسجيل خريطة")
_STATEMENT_VERBS = lx.norm_set("جاء تضمن ورد")
_DOCUMENT_HEADS = lx.norm_set("بيان قرار رسالة تقرير")
_OBJ_NOUNS = lx.norm_set("مجتمع مسؤولين بريطانيين معارضة نظام رعايا مواطنين مواطني سكان حكومات أطراف")
# Quantifiers that open the object of an object-taking verb ("ودعا جميع أطراف القتال إلى"): no subject.
_ALL = lx.norm_set("جميع كافة كل")
# One-word "speakers" that are function words, never a speaker ("ذلك يشير إلى"، "لم يعلن سوى عن").
_NOT_SPEAKERS = lx.norm_set("كل سوى عادة لم ولم هو هي وهو وهي جميع كافة أيضا ذلك هذا هذه تلك ها هم")
# Words that open an adverbial, a clause or a complement, never a speaker noun phrase: a subject
# candidate starting with one means the cue's subject is not written there ("قال خلالها إن"، "قال
# بعدها"، "بيد أنها شددت"، "لفت أنه"), so the speaker is the clause's or the last one's.
_NOT_SUBJECT_START = lx.norm_set(
    "خلالها خلاله خلالهم بعدها بعده بعدهم قبلها قبله بيد أنه أنها أنهم أنهما إنه إنها إنهم إنهما "
    "عندما بعدما حينما لما لأنه لأنها عند أنا نحن ثم لكنه لكنها بالإنجليزية "
    "بالعربية بالفرنسية بالقول بقوله بقولها"
)
_ON_IT = lx.norm_set("عليها عليه عليهم عليهما")
_IN_IT = lx.norm_set("فيها فيه")
# Nouns of a relation in construct state before a name ("محامي X"، "زوجة X"): the relative speaks.
_RELATION_NOUNS = lx.norm_set(
    "محامي محامية محاميه زوجة زوج ابن ابنة نجل شقيق شقيقة والد والدة أرملة صديق صديقة حارس"
)
_PROGRAMME = lx.norm_set("برنامج")
_INTERVIEW_STEM = normalize("مقابلة")
# An interview with a possessive ("حديثه"، "مقابلتها"، "لقائه"): the speaker's own interview.
_POSSESSED_INTERVIEW = lx.norm_set("حديثه حديثها حديثهم مقابلته مقابلتها مقابلتهم لقائه لقائها حواره حوارها")
# Occasions of speech, not documents: "حسبما اعترف في اللقاء" has the one interviewed as speaker.
_INTERVIEWS = lx.norm_set("لقاء مقابلة حديث حوار مؤتمر")
# "نقلت X عن Y قوله/إعلانه ...": the relayed act before its content.
_RELAYED_SAYING = lx.norm_set("قوله قولها قولهم إعلانه إعلانها إعلانهم تأكيده تأكيدها")
# Adverbs made of a time preposition and a pronoun ("خلالها"، "بعدها"): they follow the verb of saying
# before its subject or stand for none.
_PRON_ADVERBS = lx.norm_set(
    "خلالها خلاله خلالهم بعدها بعده بعدهم قبلها قبله حينها حينه وقتها عندها عندئذ بالإنجليزية بالعربية "
    "بالفرنسية بالإنكليزية"
)
# Conjunctions that can stand before a fronted subject ("لأن المحققين اعتبروا"): not part of it.
_SUBJECT_CONJ = lx.norm_set("لأن لكن حيث فيما بينما إذ فإن")
# Units after a number that make it an age or a duration ("وقالت 37 عاما"), not a counted group.
_AGE_UNITS = lx.norm_set("عاما عام سنة سنوات سنين يوما أيام ساعة ساعات شهرا أشهر")
_RELATIVE = lx.norm_set("الذي التي الذين اللذين اللتين")
# The outlet's own reporters, in the first person plural ("مراسلنا"، "موفدتنا").
_OWN_REPORTERS = lx.norm_set("مراسلنا مراسلتنا مراسلونا مندوبنا مندوبتنا موفدنا موفدتنا محررنا")
# Listeners a statement is addressed to ("قال للصحفيين"، "أكد لضابط").
_AUDIENCE_NOUNS = lx.norm_set(
    "صحفيين صحافيين صحفيون صحافيون الصحفيين الصحافيين ضابط الضابط نواب النواب حضور الحضور أنصاره "
    "أنصارها مؤيديه مؤيديها جمهور الجمهور طلاب الطلاب"
)
# An apposition that glosses a name ("، واسمها الحقيقي X،") rather than naming a new speaker.
_CALLED = lx.norm_set("تدعى يدعى تسمى يسمى المدعو المدعوة")
_NAME_GLOSS = lx.norm_set("واسمه واسمها اسمه اسمها واسمهم واسمهما المعروف المعروفة الملقب الملقبة")
# Words after which أن/إن is not a verb's complementizer ("بعد أن"، "إلا أن"، "يجب أن").
_NOT_BEFORE_COMP = lx.norm_set(
    "بعد قبل منذ دون بدون حتى رغم كما إلا الا غير بيد لا ما لو إذ يجب ينبغي يمكن لابد بد سبق مجرد"
)
# Agent nouns whose complement with عن belongs to the noun phrase ("المدافعون عن حقوق الإنسان").
_AN_GOVERNORS = lx.norm_set("مدافع مدافعون مدافعين مدافعة مسؤول مسؤولون مسؤولين مسؤولة مسؤولو")
# Heads of an organisation named after a person ("مكتب رئيس الوزراء بنيامين نتانياهو").
_OFFICE_HEADS = lx.norm_set("مكتب ديوان إدارة حكومة عائلة أسرة حملة")
_INFORMED = lx.norm_set("مطلع مطلعة مطلعون مطلعين مقرب مقربة مقربون مقربين")
# Media of one's own ("موقعه الرسمي"، "حسابها"، "صفحته"، "قناتهم"): with a possessive suffix.
_OWN_MEDIA = tuple(normalize(w) for w in lx.words_of("موقع حساب صفحت قنات"))
# Statement media that also take ب ("بتغريدة أخرى"، "ببيان"): not رد/تعليق ("برد قوي" is content).
_MEDIUM_PREPS = lx.norm_set("في خلال أثناء")
_WARN = lx.norm_set("حذر حذرت يحذر تحذر")  # "حذر X من": X is the one warned
_INTERVIEW = lx.norm_set("مقابلة حديث حوار لقاء")
_GAVE = lx.norm_set("أدلى أدلت أدلوا")  # "أدلى بتصريحاته لـ X": gave a statement to a medium
_B_STATEMENT = lx.norm_set("تغريدة تغريدات بيان تصريح تصريحات رسالة منشور مقابلة")
_DESCRIBE = lx.norm_set("وصف وصفت")
# Verbs whose بـ-complement needs an object before it ("اتهم X Y بـ"، "وصف X Y بأنه"): the noun
# phrase between verb and بـ holds the subject and the object, or the object alone (zero subject).
_OBJECT_B = lx.norm_set("وصف وصفت يصف تصف اتهم اتهمت يتهم تتهم طالب طالبت")
# Of those, the ones whose object is required: a lone noun phrase before بـ is the object.
_OBJECT_REQUIRED = lx.norm_set("وصف وصفت يصف تصف اتهم اتهمت يتهم تتهم")
# Definite adjectives without the nisba ending; they do not start an object after a definite noun.
_PLAIN_ADJECTIVES = lx.norm_set(
    "الحر الحرة العام العامة الأبيض الأعلى العليا الكبير الكبرى الأكبر المتحدة السابق السابقة الأسبق"
    " الجديد الجديدة الحالي الحالية الأول الأولى الخاص الخاصة الدائم الدائمة المعني المعنية المشتركة"
    " المستقلة المستقل الركن المفوض المساعد"
)
_AGE_WORDS = lx.norm_set("البالغ البالغة البالغين البالغون البالغتين")
# Words after an outlet's quoted name that describe it and are not part of the name.
_OUTLET_DESCRIPTORS = lx.norm_set("الصادرة الصادر الناطقة الناطق التابعة التابع المملوكة المقربة المقرب")
# Locative nouns that, with ب, stay inside an organisation's name ("المديرية العامة ... بمنطقة القصيم").
_LOCATIVES = lx.norm_set("منطقة محافظة مدينة ولاية إمارة مقاطعة بلدية")
# First parts of compound first names ("عبد العزيز"، "أبو بكر").
_NAME_PREFIXES = lx.norm_set("عبد أبو أبي بن")
_DEMONSTRATIVES = lx.norm_set("ذلك هذا هذه تلك ذاك")
# "بن"/"بنت" inside a name are not the preposition بـ; "آل" (normalised "ال") opens a family name
_NAME_PARTICLES = lx.norm_set("بن بنت آل")
# pronouns of respect standing for a named dignitary (Gulf news style)
_HONORIFIC_PRONOUNS = lx.norm_set("سموه سموها معاليه معاليها سعادته سعادتها فخامته سماحته")
# Pronouns opening an appositive clause after a name ("، وهو عضو في ...،").
_APPOS_PRON = lx.norm_set("وهو وهي وهم وهما")
# Narrator tags that end an indirect span ("... أكثر أمانا على حد تعبيره").
_AS_HE_PUT = re.compile(
    r"\s*(?:،|,)?\s*(?:على|حسب|بحسب)\s+حد\s+(?:تعبيره|تعبيرها|تعبيرهم|قوله|قولها|قولهم|وصفه|وصفها)\s*$"
)
_CUT_AFTER_COMMA = tuple(
    normalize(p)
    for p in (
        "وذلك",
        "في حين",
        "بينما",
        "فيما",
        "غير أن",
        "إلا أن",
        "ليضاف",
        "والذي",
        "والتي",
        "ويأتي",
        "وتأتي",
        "وهي الحصيلة",
        "وهو ما",
        "وهي ما",
        "حيث",
        "ومن الممكن",
        "ومن المتوقع",
        "ومن المقرر",
        "ومن المنتظر",
        "جاء ذلك",
        "دون أن",
        "دون إبداء",
        "في إشارة",  # the narrator's gloss on what the speaker meant
        "عقب",  # "...، عقب اجتماع": the narrator's time frame after the content
        "مما أدى",  # "...، مما أدى إلى"/"مما تسبب في": the narrator's account of consequences
        "مما تسبب",
        "مما أسفر",
        "التفاصيل",  # page furniture: "، التفاصيل: <linked headline>"
        "مما",
        "ما أثار",
    )
)
# "إن «...»، ولكنه لم يسهب": narrator's aside after a closed quotation
_BUT = ("لكن", "ولكن")
# Nouns for claims and reports: after a nominal verb's subject they start the object.
_CLAIM_NOUNS = lx.norm_set("تقارير التقارير مزاعم المزاعم اتهامات الاتهامات ادعاءات شائعات")
_WHERE = lx.norm_set("حيث فيما بينما")
_BUT_PRON = lx.norm_set("لكنه لكنها لكنهم لكنهما")
# Who the words were said to (not a channel: the reporters are the article's own source).
_AUDIENCE = lx.norm_set(
    "للصحفيين للصحافيين للإعلاميين للمراسلين للصحافة للحضور للنواب لصحفيين لصحافيين لإعلاميين لمراسلين"
)
# "عندما سئلت عن ...": a time clause between the speaker and the content.
_WHEN = lx.norm_set("عندما وعندما حينما")
_PUBLISH = lx.norm_set("نشر نشرت نشروا أصدر أصدرت بث بثت")
_REPORTER = lx.norm_set("مراسل مراسلة مراسلو مراسلي")
_BAND_LETTERS = lx.norm_set("أف إف اف أم إم ام")  # "الجوهرة أف أم"
# Clause openers that are not verbs (a clause before a joined cue starting with them lends no subject).
_NOT_VERBS = lx.norm_set("هناك هنا ثمة كما لقد وقد قد إنه إنها أنه أنها هذا هذه ذلك تلك")
_ANSWER = lx.norm_set("أجاب أجابت أجابوا")
# Nouns of time that open a fronted adverbial ("والشهر الماضي"، "العام الماضي").
_TIME_NOUNS = lx.norm_set("الشهر الأسبوع العام السنة الأيام الليلة الساعة")
# Auxiliaries and negated verbs that open a clause: after "وأضاف" they start the content, not a name.
_AFTER_CLAUSE = lx.norm_set("بعدما عندما حينما")
_TIME_ADJ = lx.norm_set("الماضي الماضية المقبل المقبلة الحالي الحالية الجاري الجارية")
_CLAUSE_VERBS = lx.norm_set("كان كانت كانوا كانا ليس ليست ليسوا لم لن لا يجب ينبغي سيتم تم")
_REGARDING = tuple(normalize(p) for p in ("فيما يتعلق", "فيما يخص"))
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DATELINE = re.compile(r"^[^\n]{0,80}?\)\s*[-–—]+\s*")


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    norm: str  # normalised, hashtags/underscores removed

    @property
    def is_word(self) -> bool:
        return self.norm[:1].isalnum()


@dataclass(slots=True)
class _Speaker:
    """A parsed speaker: surface text at the cue plus what the article lets us resolve."""

    text: str
    full: str
    type: str
    head: str  # normalised head word without the article, for back-references
    name: str | None = None  # person name part, when one was found
    channel: list[str] = field(default_factory=list)
    by_reference: bool = False


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    direct: bool
    speaker: _Speaker
    channel: list[str]
    cue: str
    # False when the channel is a one-off attribution ("وفقا لما جاء على موقعه الرسمي") that the
    # next statements of the same speaker do not inherit
    carry: bool = True
    # True when the channel was taken over from an earlier statement, not named at this one
    inherited: bool = False


# ------------------------------------------------------------------------------------------------
# tokens, quotation marks, sentences


def _norm_tok(text: str) -> str:
    return normalize(text).replace("#", "").replace("_", " ")


# The name "علي" and the preposition "على" normalise alike (ى → ي).  In a text that spells the
# preposition with ى, a bare "علي" is the name: it gets a norm of its own so it is never a preposition.
_ALI = "علي"
_ALI_NAME = "علي\u200c"


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    ali_name = "على" in text
    return [
        _Tok(
            m.start() + start,
            m.end() + start,
            m.group(),
            _ALI_NAME if ali_name and m.group() == _ALI else _norm_tok(m.group()),
        )
        for m in _TOKEN.finditer(text[start:end])
    ]


def _quote_pairs(text: str) -> dict[int, int]:
    """Map each opening quotation mark to its closing one (ASCII quotes pair within a paragraph)."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == "«" or ch == "“" or ch == "„":
            stack.append(i)
        elif (ch == "»" or ch == "”") and stack:
            pairs[stack.pop()] = i
    # ASCII and stray ” used both ways: pair in order inside each paragraph.
    carry: int | None = None
    for para in re.finditer(r"[^\n]+", text):
        marks = [para.start() + m.start() for m in re.finditer('"', para.group())]
        if carry is not None and marks and len(marks) % 2 == 1:
            pairs[carry] = marks.pop(0)
            carry = None
        elif carry is not None:
            carry = None
        for a, b in zip(marks[0::2], marks[1::2], strict=False):
            pairs[a] = b
        if len(marks) % 2 == 1:
            carry = marks[-1]
    return {a: b for a, b in pairs.items() if b - a < 2000}


def _abbreviation_dot(text: str, i: int) -> bool:
    """A dot inside "إن.بي.سي"/"أ.ف.ب" or after an initial ("د. سلطان"): not a sentence end."""
    k = i
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    word = text[k:i]
    if not word or len(word) > 3:
        return False
    if k > 0 and text[k - 1] == ".":
        return True  # the last piece of a dotted abbreviation
    nxt = text[i + 1 : i + 2]
    if nxt.isalpha():
        return True  # "إن.بي.سي"
    return len(word) == 1 and nxt == " " and text[i + 2 : i + 3].isalpha()  # "د. سلطان"


def _sentences(text: str, pairs: dict[int, int]) -> list[tuple[int, int]]:
    """Sentence spans that never cut inside a quotation."""
    inside = [False] * (len(text) + 1)
    for a, b in pairs.items():
        for i in range(a, b):
            inside[i] = True
    spans = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        cut = None
        if ch == "\n" and not inside[i]:
            cut = i
        elif (
            ch in ".!?؟"
            and not inside[i]
            and not (ch == "." and _abbreviation_dot(text, i))
            and (
                i + 1 >= n
                or text[i + 1].isspace()
                or ("\u0621" <= text[i + 1] <= "\u064a" and i > 0 and text[i - 1].isalpha())
            )
        ):
            cut = i + 1
        if cut is not None:
            if text[start:cut].strip():
                spans.append((start, cut))
            start = cut
        i += 1
    if text[start:].strip():
        spans.append((start, n))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


# ------------------------------------------------------------------------------------------------
# word classes


_KNOWN_WORDS: frozenset[str] = frozenset()


def _title_with_surname(norms: list[str], k0: int, end: int) -> int:
    """Start of a name that is a lone surname right after a definite title: the title stays with it
    ("الوزير بخاري"), as annotated (the surface form at the cue), while a full name drops it
    ("وزير الخارجية عادل الجبير" → "عادل الجبير")."""
    if end - k0 == 1 and k0 >= 1 and norms[k0 - 1] in lx.TITLE_WORDS and norms[k0 - 1].startswith("ال"):
        return k0 - 1
    return k0


def _not_subject_start(words: list[_Tok]) -> bool:
    """Whether a candidate speaker opens with a word no speaker noun phrase starts with."""
    first = words[0]
    conj = first.norm[:1] in "وف" and first.norm not in _KNOWN_WORDS  # "والي" is a governor, not و + إلى
    bare = first.norm[1:] if conj and first.norm[1:] in _PREPS else first.norm
    if len(first.norm) == 1 and first.norm.isalpha():
        return True  # a lone prefix letter ("بـ"، "لـ") split from its word
    if first.norm in _NOT_SUBJECT_START or (bare in _PREPS and first.text != _ALI):
        return True  # "وفي طلب للتعليق ..."; "علي" may be the name where على is spelt with ي
    if "\u064b" in first.text:
        return True  # tanwin al-fath marks an indefinite accusative, an object ("طلب قراراً حاسماً")
    return first.norm[:1].isdigit() and len(words) > 1 and words[1].norm in _AGE_UNITS


def _addressee_start(t: _Tok) -> bool:
    """A word right after a verb of saying that opens its addressee, medium or purpose ("قال
    للصحافيين"، "وقال لـ"رويترز""، "طلب للتعليق"، "وقال لشبكتنا"), never its subject."""
    if t.text.startswith("لـ") or (t.text.startswith("لل") and len(t.norm) > 3):
        return True
    return t.norm.startswith("ل") and t.norm.endswith("نا") and len(t.norm) > 4


def _possessed_interview(norm: str) -> bool:
    return norm in _POSSESSED_INTERVIEW


def _strip_al(norm: str) -> str:
    return norm[2:] if norm.startswith("ال") else norm


def _b_masdar(norm: str) -> bool:
    """ "بتحسين"، "بمحاسبة"، "بعقوبات"، "بزعزعة": ب + a verbal noun or plural, the complement of طالب /
    وعد / هدد / اتهم rather than a name starting with ب ("بوتين"، "بومبيو"، "بري")."""
    if not norm.startswith("ب") or len(norm) < 5:
        return False
    rest = norm[1:]
    return rest[:1] in "تم" or rest.endswith(("ه", "ات"))


def _strip_conj(norm: str) -> str:
    """Drop a leading و/ف conjunction when what remains is a definite word or a lexicon word."""
    if norm in lx.TITLE_WORDS:
        return norm  # "والي" (a governor), not و + "الي"
    if len(norm) > 3 and norm[0] in "وف" and (norm[1:].startswith("ال") or norm[1:] in _KNOWN_WORDS):
        return norm[1:]
    return norm


def _adjective(norm: str) -> bool:
    """Nisba-like adjective ending (الروسي، العربية، الدوليين)."""
    return norm.startswith("ال") and norm.endswith(("ي", "يه", "يين", "يون"))


def _base(norm: str, vocab: frozenset[str]) -> str | None:
    """``norm`` or ``norm`` without its conjunction, if either is in ``vocab``."""
    if norm in vocab:
        return norm
    if len(norm) > 2 and norm[0] in "وف" and norm[1:] in vocab:
        return norm[1:]
    if len(norm) > 4 and norm.startswith("ول") and norm[2:] in vocab:
        return norm[2:]
    if len(norm) > 3 and norm.endswith("و") and norm[-2:] != "وو":
        # a plural verb written without its final alif ("أفادو" for "أفادوا"), a common slip
        return _base(norm + "ا", vocab)
    return None


_SAY = lx.SAY_VERBS | frozenset({normalize("قول")})
_KNOWN_WORDS = (
    lx.TITLE_WORDS | lx.ANON_HEADS | lx.ORG_HEADS | lx.PLACE_WORDS | lx.TIME_WORDS | lx.OUTLET_HEADS | _SAY
)
_COMP_FREE = lx.COMPLEMENTIZERS_FREE | frozenset({normalize("فإن")})
_COMP_PRON = lx.COMPLEMENTIZERS_PRON


def _is_comp(t: _Tok) -> bool:
    return t.norm in _COMP_FREE or t.norm in _COMP_PRON


def _is_quote(t: _Tok) -> bool:
    return t.text in _QUOTE_CHARS


def _definite(norm: str) -> bool:
    n = _strip_conj(norm) if not norm.startswith("ال") else norm
    return n.startswith("ال") or n.startswith("لل")


def _is_cue_word(norm: str) -> bool:
    return _base(norm, _SAY) is not None or _base(norm, lx.PARTICIPLES) is not None


def _say_with_object(norm: str) -> bool:
    """A verb of saying/relaying with an object pronoun ("أعلنها"، "نقلتها")."""
    for suf in ("ها", "ه", "هم"):
        if norm.endswith(suf) and len(norm) > len(suf) + 2:
            stem = norm[: -len(suf)]
            if stem in _SAY or stem in lx.RELAY_VERBS or (stem.endswith("ت") and stem in _SAY):
                return True
    return norm in lx.RELAY_VERBS


def _platform_at(toks: list[_Tok], k: int, limit: int) -> tuple[str, int] | None:
    """A social-media platform name at token k ("تويتر"، "بتلغرام"، "فيس بوك"): (surface, index after)."""
    if k >= limit or not toks[k].is_word:
        return None
    if k + 1 < limit and toks[k + 1].is_word:
        two = toks[k].norm + " " + toks[k + 1].norm
        if two in lx.PLATFORMS or (two[:1] == "ب" and two[1:] in lx.PLATFORMS):
            first = toks[k].text[1:] if two not in lx.PLATFORMS else toks[k].text
            return f"{first} {toks[k + 1].text}", k + 2
    n = toks[k].norm
    cand = n[1:] if n[:1] == "ب" else n
    if cand in lx.PLATFORMS:
        return toks[k].text[len(toks[k].text) - len(cand) :], k + 1
    return None


def _l_outlet_phrase(toks: list[_Tok], j: int, limit: int) -> bool:
    """A multi-word outlet name whose first word carries ``ل`` ("لبي بي سي"، "لسكاي نيوز"): a channel
    phrase ("قال X لبي بي سي إن"), never part of the speaker's name."""
    rest = toks[j].norm[1:]
    if not rest:
        return False
    words = [rest] + [t.norm for t in toks[j + 1 : min(limit, j + 4)] if t.is_word]
    joined = " ".join(words)
    return any(joined.startswith(p) and " " in p for p in lx.OUTLET_PHRASES)


def _occasion(norm: str) -> bool:
    """An occasion, document, month or time-span noun: "في" before it opens an adverbial."""
    if norm in lx.OCCASION_NOUNS or norm in lx.MONTH_WORDS:
        return True
    for suffix in ("هما", "هم", "ها", "ه"):
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 3:
            stem = norm[: -len(suffix)]
            # "مقالها"، "بيانه"، "كلمتها" (ة written ت before a suffix)
            if stem in lx.OCCASION_NOUNS or stem in lx.STATEMENT_WORDS:
                return True
            if stem[:-1] + "ه" in lx.STATEMENT_WORDS:
                return True
    return False


_MASC_ORG_HEADS = lx.norm_set(
    """
    جيش الجيش مرصد المرصد تحالف التحالف مجلس المجلس بيت البيت مكتب المكتب حزب الحزب اتحاد الاتحاد
    برلمان البرلمان كرملين الكرملين بيان البيان تقرير التقرير مركز المركز جهاز الجهاز موقع الموقع
    """
)
_FEM_NAME_EXCEPTIONS = lx.norm_set("خليفة حمزة أسامة طلحة عبيدة معاوية عكرمة")
# Nouns for a person that introduce a name like a title ("الممثلة الكندية رايتشل مكادامز").
_PERSON_NOUNS = lx.norm_set(
    """
    الممثل الممثلة المغني المغنية الفنان الفنانة الكاتب الكاتبة الناشط الناشطة الصحفي الصحفية الصحافي
    الصحافية المحامي المحامية اللاعب اللاعبة المذيع المذيعة المخرج المخرجة الطبيب الطبيبة الباحث
    الباحثة الأستاذ الأستاذة الطالب الطالبة المدرب المدربة زوجته زوجها شقيقه شقيقته والدته والده كاتب
    """
)


def _cue_gender(norm: str) -> str | None:
    """Gender of a singular cue verb or participle: "f" ("وقالت"، "تقول"، "مضيفة"), "m" ("وأضاف"، "مضيفا")."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    if w.endswith("ت") and (w[:-1] in lx.SAY_VERBS or w[:-1] in lx.NOMINAL_VERBS):
        return "f"
    if w in lx.PARTICIPLES:
        if w.endswith("ه"):
            return "f"
        if w.endswith("ا"):
            return "m"
        return None
    if w in lx.SAY_VERBS or w in lx.NOMINAL_VERBS:
        if (
            w[:1] == "ت"
            and not w.endswith(("ون", "ان"))
            and w[:-1] + "ت" not in lx.SAY_VERBS
            and w + "ت" not in lx.SAY_VERBS
        ):
            # "تقول"، "تضيف" (present, feminine); a past verb that begins with ت ("تابع"، "تعهد"،
            # "تساءل") has its feminine in -ت and is masculine
            return "f"  # "تقول"، "تضيف"
        if w[:1] == "ي" and not w.endswith(("ون", "ان")):
            return "m"
        if not w.endswith(("وا", "ا", "ت")):
            return "m"
    return None


def _speaker_gender(sp: _Speaker) -> str | None:
    """Grammatical gender a verb takes with this speaker, when the phrase shows it: a body or title
    ending in ة (الوزارة، المتحدثة) is feminine, a country or city too; a masculine title or body
    (الوزير، الجيش، المرصد) masculine; a bare person's name says nothing."""
    words = normalize(sp.text).replace("#", "").split()
    if not words:
        return None
    head = _strip_conj(words[0])
    hb = head[2:] if head.startswith("ال") else head
    if head in _MASC_ORG_HEADS or hb in _MASC_ORG_HEADS:
        return "m"
    if head in lx.PLACE_WORDS and len(words) <= 2:
        return "f"  # countries and cities take feminine verbs
    known = (
        head in lx.TITLE_WORDS
        or head in lx.ORG_HEADS
        or hb in lx.ORG_HEADS
        or head in lx.ANON_HEADS
        or head in _PERSON_NOUNS
    )
    if not known and not (sp.type != "PER" and head.startswith("ال")):
        return None
    if head in ("مصادر", "المصادر", "مسؤولون", "مسؤولين", "نشطاء", "ناشطون", "شهود", "سكان"):
        return None  # plurals: the verb agrees as a plural (or feminine singular for things)
    if hb.endswith("ه") and hb not in _FEM_NAME_EXCEPTIONS:
        return "f"
    if head in lx.TITLE_WORDS or head in lx.ANON_HEADS or head in _PERSON_NOUNS:
        # a title says "man" only when it has a feminine form ("الوزير"/"الوزيرة"); "عضو" does not
        fem = head + "ه"
        return "m" if fem in lx.TITLE_WORDS or fem in _PERSON_NOUNS or fem in lx.ANON_HEADS else None
    return "m" if known else None  # "الأم": an unlisted noun without ة says nothing


def _split_coordinated(name: str) -> list[str]:
    """Two media joined by و ('وكالة "أسوشيتد برس" وقناة "سكاي نيوز"') are two channels."""
    words = name.split()
    for m in range(1, len(words)):
        w = normalize(words[m])
        if len(w) > 3 and w[0] == "و" and w[1:] in lx.OUTLET_HEADS and m + 1 < len(words):
            return [" ".join(words[:m]), *_split_coordinated(" ".join(words[m:])[1:])]
    return [name]


def _person_gender(sp: _Speaker) -> str | None:
    """Like ``_speaker_gender``, falling back on the full form for a person: the title is often only
    there ("الوزير سامي العلي" quoted as "سامي العلي")."""
    g = _speaker_gender(sp)
    if g is None and sp.type == "PER" and sp.full != sp.text:
        g = _speaker_gender(_Speaker(sp.full, sp.full, sp.type, sp.head))
    return g


def _clean_channel(name: str) -> str:
    """A channel name without the time adverbials a relay put after it ("نقلت وكالة X، السبت، عن"،
    "نقلت رويترز، في وقت سابق، عن"، "وسائل إعلام رسمية في كوريا الأحد")."""
    head, sep, rest = name.partition("،")
    if not sep:
        head, sep, rest = name.partition(",")
    if sep:
        first = normalize(rest.split()[0]) if rest.split() else ""
        if not rest.strip() or first in lx.TIME_WORDS or first in lx.TIME_PREPS or first == "في":
            name = head.strip()
        elif _base(first, _SAY) or (first[:1] == "و" and not _definite(first) and len(rest.split()) >= 3):
            # 'ووفقا لمجلة "X" ، وجهت دانيلز الشكر': the clause after a fronted source, not its name
            name = head.strip()
    words = name.split()
    while len(words) > 1 and normalize(words[-1]) in lx.TIME_WORDS:
        words.pop()
    return " ".join(words)


def _strip_b(norm: str) -> str:
    return norm[1:] if norm.startswith("ب") else norm


def _l_medium(toks: list[_Tok], j: int, limit: int) -> bool:
    """``لرويترز``، ``لوكالة ...``، ``لبي بي سي``: a medium the words were said to."""
    n = toks[j].norm
    if not n.startswith("ل") or n.startswith("ال") or not toks[j].is_word:
        return False
    return n[1:] in lx.KNOWN_OUTLETS or n[1:] in lx.OUTLET_HEADS or _l_outlet_phrase(toks, j, limit)


def _outlet_like(norm_text: str) -> bool:
    words = norm_text.split()
    if not words:
        return False
    head = _strip_conj(words[0])
    if head.startswith("ل") and head[1:] in lx.OUTLET_HEADS:
        head = head[1:]
    if head in lx.OUTLET_HEADS or head in lx.KNOWN_OUTLETS:
        return True
    if len(words) == 1 and head.startswith("ال") and head[2:] in lx.OUTLET_HEADS:
        return True  # "الصحيفة" / "للصحيفة" (resolved to the last named outlet by ``channel_name``)
    if any(w in lx.KNOWN_OUTLETS for w in words[:3]):
        return True
    return any(p in norm_text for p in lx.OUTLET_PHRASES)


# ------------------------------------------------------------------------------------------------
# the extractor


class _Article:
    """State for one article: tokens per sentence, quotation pairs, speakers seen so far."""

    def __init__(self, text: str, outlet: str | None, mentions: Sequence[Mention] | None = None) -> None:
        self.text = text
        # person-name spans from the entity tagger, when the caller has them: they let a name that
        # the rules would cut ("تريبور بانستيتر" with its ب-initial word) stay whole
        # "موقعها الإلكتروني"-style channels: a person's or body's own site relays its words, a
        # news agency's own site does not (it is the agency itself)
        self.own_media: set[str] = set()
        self.person_spans = sorted((m.start, m.end) for m in mentions or () if m.type == "PER")
        # words the tagger put in a place or organisation name: a dropped first name is never one
        # ("شرطة مونستر أندريه بودين" with "مونستر" a LOC)
        self.non_person_words = {
            normalize(w) for m in mentions or () if m.type != "PER" for w in m.text.split()
        }
        self.pairs = _quote_pairs(text)
        self.own = tuple(normalize(a) for a in lx.OWN_OUTLET_ALIASES.get((outlet or "").lower(), ()))
        if outlet:
            self.own = (*self.own, normalize(outlet))
        self.quotes: list[_Raw] = []
        self.last: _Speaker | None = None
        self.history: list[_Speaker] = []
        self.outlets: list[str] = []
        self.sent_has_quote = False
        # a titled person who acted in a sentence without a quote since the last quote ("وحضر محامي
        # X، Y، التكريم.")، with the sentence start: the next zero-subject "وقال" is theirs
        self.narrated: tuple[_Speaker, int] | None = None

    # -- helpers on tokens -------------------------------------------------------------------
    def surface(self, toks: list[_Tok], a: int, b: int) -> str:
        """Text from token a to token b-1, cleaned of outer punctuation; ``لل``/``ل`` prefixes undone."""
        if a >= b:
            return ""
        s = self.text[toks[a].start : toks[b - 1].end]
        s = s.strip(" ,،:\n\t-–—")
        return " ".join(s.split())

    def closing(self, tok: _Tok) -> int | None:
        return self.pairs.get(tok.start)

    def in_name(self, toks: list[_Tok], j: int) -> bool:
        """Whether token j continues a tagged person name that starts at an earlier token."""
        t = toks[j]
        return j > 0 and any(
            a < t.start and t.end <= b and a <= toks[j - 1].start for a, b in self.person_spans
        )

    def name_ending_at(self, end: int) -> int | None:
        """Start of a tagged person name ending at character ``end``."""
        for a, b in self.person_spans:
            if b == end:
                return a
        return None

    # -- noun phrases ------------------------------------------------------------------------
    def parse_np(self, toks: list[_Tok], i: int, limit: int, nominal: bool, stop_b: bool) -> int:
        """Index after the speaker noun phrase starting at ``i`` (== i when there is none)."""
        j = i
        has_title = False
        name_run = 0
        while j < limit and j - i < _MAX_NP:
            t = toks[j]
            if j > i and t.is_word and (t.norm in _AUDIENCE or t.norm in _WHEN or t.norm == "اي"):
                break  # "سارة ساندرز للصحافيين عندما سئلت": the audience and a time clause follow
            if j > i and t.norm[:1] == "ل" and t.norm[1:] in _REPORTER:
                break  # "صرح والي مدنين الطاهر المطماطي لمراسلة ...": whom it was said to
            if not t.is_word:
                if t.text == "(" and j > i:
                    k = j + 1
                    while k < limit and toks[k].text != ")" and k - j < 8:
                        k += 1
                    if k < limit and toks[k].text == ")":
                        j = k + 1
                        continue
                if _is_quote(t) and (end := self.closing(t)) is not None:
                    inner = _tokens(self.text, t.start + 1, end)
                    after = next((x for x in toks[j + 1 :] if x.start > end), None)
                    if (
                        j == i
                        and 0 < len(inner) <= 3
                        and self.text[end + 1 : end + 2] == ":"
                        and self.text[end + 2 : end + 4].strip()[:1] in _QUOTE_CHARS
                    ):
                        # 'وأضاف "الفوزان": "..."': a quoted name, then the quotation
                        j = self.tok_after(toks, end + 1)
                        break
                    prev_head = toks[j - 1].norm if j > i else ""
                    prev_head = prev_head[2:] if prev_head.startswith("ال") else prev_head
                    # "منظمة حظر الأسلحة الكيماوية "OPCW"": a Latin acronym in quotation marks after a name
                    latin = len(inner) == 1 and inner[0].text.isascii() and inner[0].text.isupper()
                    acronym = j > i and len(inner) <= 2 and (_outlet_like(toks[i].norm) or latin)
                    if (
                        0 < len(inner) <= (4 if j == i else 6)
                        and (j == i or acronym or prev_head in lx.ORG_HEADS or prev_head in lx.OUTLET_HEADS)
                        and not any(_is_comp(x) for x in inner[:1])
                        and (
                            (after is not None and (after.is_word or after.text in ",،"))
                            or (
                                j > i
                                and (prev_head in lx.OUTLET_HEADS or prev_head in lx.ORG_HEADS or acronym)
                            )
                        )
                        and (
                            self.text[end + 1 : end + 2] != ":"
                            or (
                                len(inner) <= 3
                                and self.text[end + 2 : end + 4].strip()[:1] in _QUOTE_CHARS
                                and j == i
                            )
                        )
                    ):
                        k = j + 1
                        while k < len(toks) and toks[k].start <= end:
                            k += 1
                        j = k
                        continue
                    if t.text == '"' and j > i and self.closing(t) is None:
                        j += 1
                        continue
                break
            n = t.norm
            if _is_comp(t) or n in _RELATIVE or n == normalize("قوله") or n == normalize("قولها"):
                break
            if n in _FAINNA or n == normalize("ردا") or (j > i and _say_with_object(n)):
                break
            if j == i and n in lx.TIME_PREPS and j + 1 < limit and toks[j + 1].is_word:
                break  # "وقال بعد اللقاء:": an adverbial, the subject is implicit
            if j == i and n.startswith("ل") and not n.startswith("ال") and len(n) > 3:
                rest = ("ا" + n[1:]) if n.startswith("لل") else n[1:]
                rest_b = rest[2:] if rest.startswith("ال") else rest
                if rest_b in lx.OUTLET_HEADS or rest in lx.KNOWN_OUTLETS:
                    break  # "وقال للصحيفة:": the medium, the subject is implicit
            if (
                j > i
                and n.startswith("ب")
                and (n[1:] in _LOCATIVES or n[1:] in lx.ORG_HEADS)
                and j + 1 < limit
                and _definite(toks[j + 1].norm)
            ):
                j += 2  # "المديرية العامة للشؤون الصحية بمنطقة القصيم"
                continue
            informed = n in _INFORMED and j > i and self._head_anon(toks[j - 1].norm)  # "مصدر مطلع"
            if (n in lx.TIME_WORDS or _strip_conj(n) in lx.TIME_WORDS) and not informed:
                if j == i:
                    j += 1
                    i = j
                    continue
                break
            if j == i and n in _ADVERBS:
                j += 1
                i = j
                continue  # "حذرت مجدداً إسرائيل"
            if n in ("قد", "ما") or n in _ADVERBS:
                break
            if j > i and n[:1] == "ب" and n[1:] in _B_STATEMENT:
                break  # "وذكر الشيخ القطري بتغريدة أخرى قوله"
            if j > i and _strip_conj(n) in _AGE_WORDS:
                break  # "فاطمة البالغة من العمر 30 عاما": the age phrase is skipped by ``modifiers``
            if j == i and nominal and n.endswith(("ها", "هم", "هما")) and n not in _KNOWN_WORDS:
                break  # "نفت ضلوعها": a pronoun-suffixed noun is the object, not the subject
            if (
                j == i
                and nominal
                and n.startswith("با")
                and len(n) >= 5
                and (n.endswith(("ه", "اء")) or n.startswith(("باست", "بات")))
                and not self.in_name_tok(t)
            ):
                break  # "وتعهد بإجازة قانون"، "طالب باتخاذ": a بـ + verbal noun complement, no subject
            if j == i and nominal and n in _ALL and not (j + 1 < limit and toks[j + 1].norm == "من"):
                break  # "ودعا جميع أطراف القتال إلى": the object; the subject is implicit
            if j > i and _is_cue_word(n):
                break
            if j > i and (_base(n, lx.RELAY_VERBS) or n in lx.RELAY_VERBS):
                break
            if j > i and _base(n, lx.SOURCE_CUES):
                break  # "وأشارت الوكالة نقلا عن مصادر"
            if n == normalize("عن") and j > i and toks[j - 1].norm in (normalize("صادر"), normalize("صادرة")):
                j += 1
                continue
            if n in _PREPS:
                nxt = toks[j + 1].norm if j + 1 < limit else ""
                nxt_b = nxt[2:] if nxt.startswith("ال") else nxt
                prev_b = _strip_conj(toks[j - 1].norm) if j > i else ""
                prev_b = prev_b[2:] if prev_b.startswith("ال") else prev_b
                if n == normalize("عن") and prev_b in _AN_GOVERNORS and j + 1 < limit and toks[j + 1].is_word:
                    j += 1  # "المدافعون عن حقوق الإنسان"، "المسؤول عن الملف"
                    continue
                if n == normalize("على") and prev_b in _INFORMED and j + 1 < limit and toks[j + 1].is_word:
                    j += 1  # "مصادر مطلعة على الخطط"
                    continue
                keep = (
                    j > i
                    and n in (normalize("في"), normalize("لدى"), normalize("من"))
                    # "وقال جيلنهال في العرض الأول": a tagged name is complete, the phrase is an adverbial
                    and self.name_ending_at(toks[j - 1].end) is None
                    and nxt not in lx.STATEMENT_WORDS
                    and nxt_b not in lx.STATEMENT_WORDS
                    and nxt not in lx.TIME_WORDS
                    and nxt not in ("وقت", "ان", "اجل")
                    and not _occasion(nxt)
                    and not nxt.startswith(normalize("سؤال"))
                    and nxt[:1].isalpha()
                    and (
                        n != normalize("من")
                        or self._head_anon(toks[i].norm)
                        or _strip_conj(toks[i].norm) in _QUANTIFIERS
                    )
                )
                if not keep:
                    break
                j += 1
                continue
            if j > i and n.startswith("ل") and not n.startswith("ال") and n.startswith("لل") is not False:
                pass
            if j > i and n.startswith("ل") and not n.startswith("ال"):
                rest = n[1:]
                if rest.startswith("ل"):
                    rest = "ا" + rest
                rest_b = rest[2:] if rest.startswith("ال") else rest
                if (
                    rest in lx.OUTLET_HEADS
                    or rest_b in lx.OUTLET_HEADS
                    or rest in lx.KNOWN_OUTLETS
                    or (not rest and j + 1 < limit)
                    or n == "ل"
                    or _l_outlet_phrase(toks, j, limit)
                ) and _strip_conj(toks[j - 1].norm) not in _REPORTER:
                    break  # (but "مراسل لوكالة الأنباء" is whose reporter, not a channel)
            if (
                j > i
                and n.startswith("ب")
                and not n.startswith("باسم")
                and n not in _NAME_PARTICLES
                and stop_b
                and not self.in_name(toks, j)
            ):
                break
            if j > i and n.startswith("بال") and nominal and not has_title:
                break
            base = _strip_conj(n) if j == i else n
            if (
                nominal
                and j > i
                and has_title
                and name_run >= 1
                and base in lx.TITLE_WORDS
                and base not in lx.RANK_WORDS
                and toks[j - 1].norm not in _PATRONYMIC
            ):
                break  # "واتهم الشيخ سلطان بن سحيم أمير قطر السابق بـ": the object
            if base in lx.TITLE_WORDS:
                has_title = True
            if (
                j > i
                and n[:1] == "و"
                and len(n) > 3
                and (
                    n[1:] in lx.ORG_HEADS
                    or n[1:] in lx.OUTLET_HEADS
                    or n[1:] in lx.PLACE_WORDS
                    or n[1:].startswith(normalize("نظير"))  # "الرئاسة الفلسطينية ونظيرتها الإسرائيلية"
                )
            ):
                j += 1
                continue
            if j > i and n in _ANNOUNCED and (nominal or _definite(toks[j - 1].norm)):
                break
            if nominal and j > i and n in _DEMONSTRATIVES and toks[j - 1].norm not in _PREPS:
                break  # "وأكد المدير هذه المعلومة": a demonstrative starts the object
            if nominal and j > i and n in _CLAIM_NOUNS:
                break  # "ونفى مسؤولون أميركيون تقارير عن ...": the claim is the object
            if (
                nominal
                and j > i
                and n in lx.PLACE_WORDS
                and (toks[j - 1].norm in lx.PLACE_WORDS or toks[j - 1].norm[1:] in lx.PLACE_WORDS)
            ):
                break  # "اتهمت روسيا وسوريا إسرائيل بـ": the object
            if (
                nominal
                and j > i
                and self.person_spans
                and any(a == t.start for a, _ in self.person_spans)
                and self.name_ending_at(toks[j - 1].end) is not None
            ):
                break  # "ووصف ترامب هيكس بأنها": two tagged names, the second is the object
            if (
                nominal
                and j > i
                and has_title
                and not _definite(n)
                and n not in _PATRONYMIC
                and toks[j - 1].norm not in _PATRONYMIC
                and not self.in_name(toks, j)
                and self.name_ending_at(toks[j - 1].end) is not None
            ):
                break  # "رفض وزير الخارجية الألماني هايكو ماس انتقادات": the tagged name ends the subject
            if nominal and j > i and _definite(n) and self.name_ending_at(toks[j - 1].end) is not None:
                break  # "وطالبت ميرك إربه الساسة بـ": the tagged name ends the subject
            if nominal and j > i and _definite(n):
                prev = toks[j - 1].norm
                nb = n[2:] if n.startswith("ال") else n
                if (
                    (n in lx.PLACE_WORDS or nb in lx.ORG_HEADS or n in lx.ORG_HEADS or nb in _OBJ_NOUNS)
                    and toks[j - 1].is_word
                    and prev not in _PREPS
                    and prev not in lx.TITLE_WORDS
                    and prev != "باسم"
                    and (_definite(prev) or prev in lx.PLACE_WORDS or prev not in _KNOWN_WORDS)
                    and not _adjective(prev)
                    and not n.startswith("ل")
                ):
                    break
            if (
                nominal
                and j > i
                and n in lx.ORG_HEADS
                and toks[j - 1].is_word
                and toks[j - 1].norm not in _KNOWN_WORDS
                and toks[j - 1].norm[1:] not in _KNOWN_WORDS  # "وعضو هيئة كبار العلماء"
                and not _definite(toks[j - 1].norm)
                and toks[j - 1].norm not in _PATRONYMIC
                and toks[j - 1].norm not in _PREPS
                and not toks[j - 1].norm.startswith(("ل", "ب"))
                and (j - i >= 2 or self.name_ending_at(toks[j - 1].end) is not None)
                and j + 1 < limit
                and toks[j + 1].is_word
            ) or (nominal and j > i and n in lx.ORG_HEADS and toks[j - 1].norm in lx.PLACE_WORDS):
                break  # "ودعت روسيا مجلس الأمن إلى"، "دعت منظمة هيومن رايتس ووتش مجلس حقوق الإنسان إلى"
            if nominal and j > i and not _definite(n) and n != "باسم" and not self.in_name(toks, j):
                prev = toks[j - 1].norm
                if has_title:
                    if name_run >= 3 and n not in _PATRONYMIC and prev not in _PATRONYMIC:
                        break
                    name_run += 1
                elif (_definite(prev) or prev == "باسم" or not toks[j - 1].is_word) and not (
                    n.startswith("ل") and toks[j - 1].is_word
                ):
                    break
            elif nominal and (_definite(n) or n in _PREPS):
                name_run = 0
            j += 1
        return j

    @staticmethod
    def actor_head(norm: str) -> bool:
        """Whether a noun phrase starting with ``norm`` names a typical speaker (body, title, place,
        source, medium) rather than a thing talked about."""
        n = _strip_conj(norm)
        nb = n[2:] if n.startswith("ال") else n
        return (
            n in lx.ORG_HEADS
            or nb in lx.ORG_HEADS
            or n in lx.TITLE_WORDS
            or nb in lx.TITLE_WORDS
            or n in lx.PLACE_WORDS
            or n in lx.ANON_HEADS
            or nb in lx.ANON_HEADS
            or _outlet_like(n)
            or not n.startswith("ال")  # a bare name
        )

    @staticmethod
    def _head_anon(norm: str) -> bool:
        return _strip_conj(norm) in lx.ANON_HEADS

    def make_speaker(self, toks: list[_Tok], a: int, b: int, prefix_l: bool = False) -> _Speaker | None:
        """Build a speaker from tokens a..b (``prefix_l``: first token carries a ``ل``/``لل`` prefix)."""
        words = [t for t in toks[a:b] if t.is_word]
        if not words or (len(words) == 1 and words[0].norm in _NOT_SPEAKERS):
            return None
        if not prefix_l and len(words) > 1 and words[0].norm in _SUBJECT_CONJ and words[0] is toks[a]:
            return self.make_speaker(toks, a + 1, b)
        if not prefix_l and _not_subject_start(words):
            return None
        text = self.surface(toks, a, b)
        first_norm = toks[a].norm
        if (
            not prefix_l
            and first_norm[:1] == "و"
            and len(first_norm) > 3
            and first_norm not in lx.TITLE_WORDS
            and (first_norm[1:].startswith("ال") or first_norm[1:] in lx.TITLE_WORDS)
        ):
            text = text[1:]
        if prefix_l:
            first = toks[a].text
            if first.startswith("لل"):
                fixed = "ال" + first[2:]
            elif first.startswith("ل"):
                fixed = first[1:].lstrip("ـ")
            else:
                fixed = first
            text = fixed + self.text[toks[a].end : toks[b - 1].end]
            text = " ".join(text.strip(" ,،:").split())
        ali_name = "على" in self.text
        norms = [
            _ALI_NAME if ali_name and w == _ALI else normalize(w)
            for w in text.replace("#", "").replace("_", " ").split()
        ]
        norms = [n.strip('"«»“”()') for n in norms]
        norms = [n for n in norms if n]
        if not norms:
            return None
        head = _strip_conj(norms[0]) if len(norms[0]) > 3 and norms[0][0] == "و" else norms[0]
        head_b = head[2:] if head.startswith("ال") else head
        # person name: trailing run of non-lexicon words after a title
        name = None
        has_title = any(n in lx.TITLE_WORDS for n in norms)
        # "مستشار للرئيس التركي رجب طيب أردوغان": an indefinite title whose complement (ل + title)
        # holds the name; the name is the complement's, the speaker stays unnamed
        complement_name = (
            len(norms) > 2
            and norms[0] in lx.TITLE_WORDS
            and not norms[0].startswith("ال")
            and norms[1][:1] == "ل"
            and ("ال" + norms[1][2:] in lx.TITLE_WORDS or norms[1][1:] in lx.TITLE_WORDS)
        )
        surf_words = text.split()
        if len(surf_words) != len(norms):
            surf_words = [w for w in surf_words if w.strip('"«»“”()')]
        if has_title and len(surf_words) == len(norms) and not complement_name:
            last_title = max(k for k, n in enumerate(norms) if n in lx.TITLE_WORDS)
            run: list[int] = []
            for k in range(len(norms) - 1, last_title, -1):
                n = norms[k]
                nisba = (
                    n.startswith("ال")
                    and k == len(norms) - 1
                    and k - 1 > last_title
                    and not norms[k - 1].startswith("ال")
                    and norms[k - 1] not in _KNOWN_WORDS
                )
                compound = (
                    n.startswith("ال") and run and k - 1 > last_title and norms[k - 1] in _NAME_PREFIXES
                ) or (n in _PATRONYMIC and bool(run))
                hamza_al = surf_words[k].startswith(("إل", "أل"))  # "إلستير": a name, not the article
                if (
                    (not n.startswith("ال") or nisba or (run and k == len(norms) - 1) or compound or hamza_al)
                    and n not in lx.TITLE_WORDS
                    and n not in _PREPS
                    and n not in lx.PLACE_WORDS
                    and n != "باسم"
                    and not n.startswith(("بال", "لل", "وال"))
                    and not (n[:1] in "بل" and (n[1:] in lx.ORG_HEADS or n[1:] in _LOCATIVES))
                    and not (k - 1 >= 0 and norms[k - 1] in _PREPS and (run or k == len(norms) - 1) is False)
                    and not (n.endswith(("ها", "هم", "هما", "ته")) and len(n) > 4)
                    and (n not in _KNOWN_WORDS or n in lx.RANK_WORDS)
                ):
                    run.insert(0, k)
                else:
                    break
            trimmed = False
            while run and run[0] - 1 >= 0 and norms[run[0] - 1] in _PREPS and len(run) > 1:
                run = run[1:]  # "في فيينا ميخائيل أوليانوف": the word after a preposition is its object
                trimmed = True
            if trimmed and len(run) > 2:
                run = run[-2:]
            if (
                run
                and run[0] - 1 >= 0
                and (norms[run[0] - 1] in lx.TITLE_WORDS or norms[run[0] - 1] in lx.ORG_HEADS)
                and not norms[run[0] - 1].startswith("ال")
            ):
                run = []
            if run and run[0] - 1 >= 0 and norms[run[0] - 1] == "باسم" and len(run) <= 3:
                # "المتحدث باسم فيلق الرحمن": what follows باسم is the body spoken for, not the
                # spokesperson's name; the unnamed spokesperson keeps the whole phrase (annotation
                # convention: "متحدث باسم الجيش"، "المتحدث الأمني باسم وزارة الداخلية" are ANON)
                run = []
            if len(run) >= 4 and not any(norms[k] in _PATRONYMIC for k in run):
                run = run[-2:]
            if run and not (len(run) == 1 and norms[run[0]].startswith("ال")):
                k0 = run[0]
                while k0 - 1 >= 0 and norms[k0 - 1] in lx.RANK_WORDS:
                    k0 -= 1
                k0 = _title_with_surname(norms, k0, run[-1] + 1)
                name = " ".join(surf_words[k0 : run[-1] + 1])
        if name is None and "،" in text:
            tail = text.rsplit("،", 1)[1].split()
            if len(tail) >= 2 and normalize(tail[0]) in _CALLED:
                tail = tail[1:]  # "شاهدة عيان، تدعى X": the verb of naming is not part of the name
            tn = [normalize(w) for w in tail]
            if 0 < len(tail) <= 4 and all(
                x not in _KNOWN_WORDS and x not in _PREPS and not _definite(x) for x in tn[:1]
            ):
                name = " ".join(tail)
                has_title = True
        if name is None and has_title and len(surf_words) == len(norms):
            lead: list[int] = []
            for k, n in enumerate(norms):
                if n in lx.TITLE_WORDS or n in _KNOWN_WORDS or n in _PREPS:
                    break
                if n.startswith("ال") and not lead:
                    break
                lead.append(k)
            if (
                lead
                and len(lead) <= 4
                and lead[-1] + 1 < len(norms)
                and norms[lead[-1] + 1] in lx.TITLE_WORDS
            ):
                name = " ".join(surf_words[: lead[-1] + 1])
        if (
            name is None
            and not complement_name
            and (has_title or head.startswith("ال"))
            and self.person_spans
            and len(surf_words) == len(norms)
        ):
            a0 = self.name_ending_at(toks[b - 1].end)
            if a0 is not None and a0 > toks[a].start:
                words_in = self.text[a0 : toks[b - 1].end].split()
                k0 = len(surf_words) - len(words_in)
                # the tagger often drops a first name ("علي رضا تنكسيري" → "رضا تنكسيري")
                while (
                    k0 - 1 >= 0
                    and not norms[k0 - 1].startswith("ال")
                    and norms[k0 - 1] not in lx.TITLE_WORDS
                    and norms[k0 - 1] not in _KNOWN_WORDS
                    and norms[k0 - 1] not in _PREPS
                    and norms[k0 - 1] != "باسم"
                    and norms[k0 - 1] not in self.non_person_words
                    and len(surf_words) - k0 < 4
                ):
                    k0 -= 1
                while k0 - 1 >= 0 and norms[k0 - 1] in lx.RANK_WORDS:
                    k0 -= 1  # ranks stay with the name ("العقيد المالكي")
                k0 = _title_with_surname(norms, k0, len(norms))
                if 0 <= k0 < len(surf_words) and not (k0 >= 1 and norms[k0 - 1] == "باسم"):
                    name = " ".join(surf_words[k0:])
        if name and (head in lx.ANON_HEADS or head_b in lx.ANON_HEADS):
            nw = len(name.split())
            if " ".join(surf_words[-nw:]) == name and any(x in _PREPS for x in norms[: len(norms) - nw]):
                # "مصادر قريبة من ملف الرئيس الأسبق نيكولا ساركوزي": the name is what the unnamed
                # sources are close to, not who they are
                name = None
        if name and len(norms) == len(name.split()) + 1 and norms[0] in _RELATION_NOUNS:
            # "محامي الحجاجي": the person named is whose lawyer it is; the lawyer speaks, unnamed
            return _Speaker(text=text, full=text, type="ANON", head=head_b, name=None)
        if name and head_b in _OFFICE_HEADS and not head.startswith("ال"):
            # the office speaks, not the person it is named after ("مكتب علي خامنئي")
            return _Speaker(text=text, full=text, type="ORG", head=head_b, name=None)
        if head in lx.ANON_HEADS or head_b in lx.ANON_HEADS:
            stype = "PER" if name else "ANON"
        elif name:
            stype = "PER"
        elif head in lx.TITLE_WORDS or head_b in lx.TITLE_WORDS:
            stype = (
                "PER" if (len(norms) > 1 and norms[1] in lx.PLACE_WORDS) or head.startswith("ال") else "ANON"
            )
        elif (
            head in lx.ORG_HEADS
            or head_b in lx.ORG_HEADS
            or head in lx.PLACE_WORDS
            or _outlet_like(head)
            or head.startswith("ال")
            or len(norms) > 2
            or any(x in _KNOWN_WORDS or x[:1].isdigit() for x in norms)
        ):
            stype = "ORG"
        else:
            stype = "PER"  # one or two unknown words: most likely a name ("هادي"، "حسام حسن")
        return _Speaker(
            text=name or text,
            full=text,
            type=stype,
            head=head_b,
            name=name,
        )

    def resolve(self, sp: _Speaker) -> _Speaker:
        """Attach a back-reference or surname to an earlier speaker (light coreference)."""
        norms = normalize(sp.text).replace("#", "").split()
        if not norms:
            return sp

        # single surname / short name -> earlier person
        if sp.name is None and len(norms) <= 2:
            for prev in reversed(self.history):
                if prev.type == "PER" and prev.name:
                    pn = normalize(prev.name).replace("#", "").split()
                    if pn and norms[-1] == pn[-1]:
                        sp.type = "PER"
                        sp.full = prev.full
                        sp.name = sp.text
                        return sp
        if norms[0].startswith("ال") and sp.name is None:
            bare = " ".join([norms[0][2:], *norms[1:]])
            for prev in reversed(self.history):
                if normalize(prev.full).replace("#", "") == bare:
                    sp.full, sp.type, sp.by_reference = prev.full, prev.type, True
                    sp.channel = list(prev.channel) if prev.type == "ANON" else []
                    return sp
        # definite description -> earlier speaker with the same head
        if norms[0].startswith("ال") and sp.name is None and len(norms) <= 2:
            for prev in reversed(self.history):
                if prev.head == sp.head and prev is not sp and normalize(prev.full) != normalize(sp.text):
                    sp.full = prev.full
                    sp.type = prev.type
                    sp.by_reference = True
                    if prev.type == "ANON" or sp.head in _DOCUMENT_HEADS:
                        sp.channel = list(prev.channel)
                    return sp
            if len(norms) == 1:
                for prev in reversed(self.history):
                    pn = normalize(prev.full).split()
                    if prev.type == "ORG" and len(pn) > 1 and norms[0] in pn[1:]:
                        sp.full, sp.type, sp.by_reference = prev.full, prev.type, True
                        return sp
            if sp.head in _DOCUMENT_HEADS and self.last is not None:
                # "وأضاف البيان" right after a relayed statement: same statement, same channel
                sp.type = "ORG"
                sp.by_reference = True
                sp.channel = list(self.last.channel)
        return sp

    # -- channels ------------------------------------------------------------------------------
    def outlet_np(self, toks: list[_Tok], i: int, limit: int, strip_l: bool = False) -> tuple[str, int]:
        """Parse a medium name (``وكالة الأنباء السعودية "واس"``, ``رويترز``, ``تليجرام``)."""
        if i >= limit:
            return "", i
        t = toks[i]
        j = i
        words: list[str] = []
        first = t.text
        norm = t.norm
        if strip_l and norm.startswith("ل") and not norm.startswith("ال"):
            first = ("ال" + first[2:]) if first.startswith("لل") else first[1:].lstrip("ـ")
            norm = normalize(first)
            if not first:
                j += 1
                if j >= limit:
                    return "", j
                t = toks[j]
                first, norm = t.text, t.norm
        if _is_quote(t) and (end := self.closing(t)) is not None:
            inner = self.text[t.start + 1 : end].strip()
            k = j
            while k < limit and toks[k].start <= end:
                k += 1
            return inner, k
        # platform with a preposition prefix ("بتلغرام")
        if norm[:1] == "ب" and norm[1:] in lx.KNOWN_OUTLETS:
            return first[1:], j + 1
        if not t.is_word:
            return "", j
        head = norm[2:] if norm.startswith("ال") else norm
        words.append(first)
        j += 1
        if head in lx.OUTLET_HEADS or norm in lx.OUTLET_HEADS:
            while j < limit and len(words) < 6:
                u = toks[j]
                if u.text == "(":
                    m = j + 1
                    while m < limit and toks[m].text != ")" and m - j < 6:
                        m += 1
                    if m < limit and toks[m].text == ")":
                        words.append(self.text[u.start : toks[m].end])
                        j = m + 1
                        continue
                    break
                if _is_quote(u) and (end := self.closing(u)) is not None:
                    inner = _tokens(self.text, u.start + 1, end)
                    if len(inner) <= 3:
                        words.append(self.text[u.start : end + 1])
                        while j < limit and toks[j].start <= end:
                            j += 1
                        continue
                    break
                phrase = next(
                    (
                        ph
                        for ph in lx.OUTLET_PHRASES
                        if ph.count(" ") >= 1
                        and " ".join(x.norm for x in toks[j : j + ph.count(" ") + 1]) == ph
                    ),
                    None,
                )
                if phrase is not None:
                    # "محطة سي إن إن": a listed name goes on through a word that looks like إن
                    m = phrase.count(" ") + 1
                    words += [x.text for x in toks[j : j + m]]
                    j += m
                    continue
                if not u.is_word or _is_comp(u) or u.norm in _PREPS or u.norm in lx.TIME_WORDS:
                    break
                if u.norm in _RELATIVE or u.norm in lx.RELAY_VERBS or _is_cue_word(u.norm):
                    break
                if u.norm in _OUTLET_DESCRIPTORS:
                    break
                if u.norm.startswith("و") and u.norm[1:] in lx.OUTLET_HEADS:
                    break
                # a foreign name goes on without the article ("صحيفة نيويورك تايمز"، "وول ستريت جورنال");
                # an indefinite word after a definite one starts something else
                foreign = (
                    len(words) < 4
                    and not _definite(normalize(words[-1]))
                    and u.norm not in _KNOWN_WORDS
                    and not self.in_name_tok(u)
                )
                indefinite = not _definite(u.norm) and u.norm not in lx.KNOWN_OUTLETS
                if len(words) >= 2 and indefinite and not foreign:
                    break
                if (
                    len(words) >= 2
                    and not _definite(normalize(words[-1]))
                    and _definite(u.norm)
                    and not _adjective(u.norm)
                    and (u.norm in lx.TITLE_WORDS or u.norm[2:] in lx.TITLE_WORDS)
                ):
                    break  # "مقابلة مع قناة فوكس الزعيم الكوري ...": the object of the verb begins
                words.append(u.text)
                j += 1
        else:
            # a bare name: extend through known multi-word outlet names ("فرانس برس")
            while j < limit and toks[j].is_word and toks[j].norm in lx.KNOWN_OUTLETS and len(words) < 3:
                words.append(toks[j].text)
                j += 1
            # or through a listed multi-word name whose words are not names on their own ("بي بي سي")
            if len(words) == 1:
                for ph in lx.OUTLET_PHRASES:
                    m = ph.count(" ")
                    nxt = [u.norm for u in toks[j : j + m] if u.is_word]
                    if m and len(nxt) == m and " ".join([norm, *nxt]) == ph:
                        words += [u.text for u in toks[j : j + m]]
                        j += m
                        break
        # platform mentioned inside ("قناتهم الرسمية بتلغرام", "حسابه على تويتر")
        own_name = _outlet_like(normalize(" ".join(words)))
        for k in range(j, min(limit, j + 8)):
            if own_name or toks[k].text in ".،,:" or _is_comp(toks[k]):
                break
            plat = _platform_at(toks, k, limit)
            if plat is not None:
                return plat
            if _is_quote(toks[k]) and (end := self.closing(toks[k])) is not None:
                inner = self.text[toks[k].start + 1 : end].strip()
                if normalize(inner) in lx.PLATFORMS:
                    return inner, self.tok_after(toks, end + 1)
        return " ".join(words).strip(), j

    def platform_phrase(self, toks: list[_Tok], k: int, limit: int, span: int = 6) -> tuple[str, int] | None:
        """A platform inside a short phrase ("صفحته على فيس بوك"، "حسابه في تويتر"): (name, index after)."""
        for m in range(k, min(limit, k + span)):
            t = toks[m]
            if _is_quote(t) and (end := self.closing(t)) is not None:
                inner = self.text[t.start + 1 : end].strip()
                if normalize(inner) in lx.PLATFORMS:
                    return inner, self.tok_after(toks, end + 1)  # 'موقع التواصل الاجتماعي “فيس بوك”'
            if t.text in ".،,:" or _is_comp(t) or _is_quote(t):
                return None
            plat = _platform_at(toks, m, limit)
            if plat is not None:
                return plat
        return None

    def programme_at(self, toks: list[_Tok], k: int, limit: int) -> tuple[str, int] | None:
        """A broadcast programme named at token k ("برنامج "60 دقيقة""، "برنامج بوليتيكا"): (name, after)."""
        if k + 1 >= limit or toks[k].norm not in _PROGRAMME:
            return None
        nxt = toks[k + 1]
        if _is_quote(nxt) and (end := self.closing(nxt)) is not None and end - nxt.start < 40:
            after = self.tok_after(toks, end + 1)
            return self.text[toks[k].start : end + 1], after
        if nxt.is_word and not _definite(nxt.norm) and nxt.norm not in _KNOWN_WORDS:
            return self.surface(toks, k, k + 2), k + 2
        return None

    def channel_name(self, name: str) -> str:
        """Resolve a definite description used as a medium ("الوكالة") to the last named outlet."""
        words = normalize(name).split()
        if len(words) == 1 and words[0].startswith("ال") and words[0] not in lx.KNOWN_OUTLETS:
            for sp in reversed(self.history):
                # "ونقل المرصد عن ...": an organisation named in full earlier
                full = normalize(sp.full).split()
                if sp.type == "ORG" and len(full) > 1 and full[0] == words[0]:
                    return sp.full
            for prev in reversed(self.outlets):
                if len(normalize(prev).split()) > 1:
                    return prev
        if _outlet_like(normalize(name)) and len(words) > 1:
            self.outlets.append(name)
        return name

    def is_own(self, name: str) -> bool:
        n = normalize(name).strip(' "«»“”')
        return bool(n) and any(n == o or n.endswith((" " + o, '"' + o, "«" + o)) for o in self.own)

    def modifiers(self, toks: list[_Tok], j: int, limit: int) -> tuple[int, list[str], _Speaker | None]:
        """Medium/channel phrases after the speaker: في بيان (نشرته X)، عبر X، لوكالة X، على لسان Y."""
        channel: list[str] = []
        through: _Speaker | None = None
        guard = 0
        while j < limit and guard < 12:
            guard += 1
            t = toks[j]
            n = t.norm
            if (
                t.text in ",،"
                or (n in lx.TIME_WORDS and n not in lx.TIME_PREPS)
                or n in _ADVERBS
                or n == "قد"
            ):
                # a comma before the content is skipped only when more modifiers/content follow
                j += 1
                continue
            if j + 1 < limit and toks[j + 1].norm == n and t.is_word:
                j += 1  # a doubled word in the source ("في في مقابلة")
                continue
            if t.text == "(":
                k = j + 1
                while k < limit and toks[k].text != ")" and k - j < 6:
                    k += 1
                inner = toks[j + 1 : k]
                if (
                    k < limit
                    and toks[k].text == ")"
                    and any(
                        x.text.isdigit() or x.norm in lx.MONTH_WORDS or x.norm in lx.TIME_WORDS for x in inner
                    )
                ):
                    j = k + 1  # "الاثنين الماضي (9 أبريل)"
                    continue
            if _strip_conj(n) in _AGE_WORDS and j + 2 < limit and toks[j + 1].norm == "من":
                k = j + 2
                while k < limit and k - j < 6 and toks[k].is_word and not _is_comp(toks[k]):
                    k += 1
                    if toks[k - 1].norm in ("عاما", "عام", "سنة", "سنه", "اعوام", "سنوات"):
                        break
                j = k  # "البالغة من العمر 30 عاما"
                continue
            if n in _AUDIENCE:
                j += 1
                continue
            if n in _WHEN:
                # "عندما سئلت عن المزاعم الروسية: "..."": skip the clause up to the colon or content
                k = j + 1
                while k < limit and k - j < 12 and toks[k].text != ":" and not _is_comp(toks[k]):
                    if _is_quote(toks[k]) or toks[k].text in ".؛":
                        break
                    k += 1
                if k < limit and (toks[k].text == ":" or _is_comp(toks[k])):
                    j = k
                    continue
                break
            if _strip_b(n) in (normalize("قوله"), normalize("قولها"), normalize("قولهم")):
                # "وذكر X بتغريدة أخرى قوله:"، "علق مسؤولون على الإجراء بقولهم إنه"
                j += 1
                continue
            if n[:1] == "ب" and n[1:] in _B_STATEMENT:
                j += 1  # "بتغريدة أخرى"، "ببيان" (a statement word with ب)
                while (
                    j < limit and toks[j].is_word and toks[j].norm in (normalize("أخرى"), normalize("لاحقة"))
                ):
                    j += 1
                continue
            if (
                _base(n, lx.SOURCE_CUES)
                and j + 2 < limit
                and toks[j + 1].norm in ("ما", "لما")
                and (toks[j + 2].norm in lx.RELAY_VERBS or _base(toks[j + 2].norm, lx.RELAY_VERBS))
            ):
                name, k = self.outlet_np(toks, j + 3, limit)  # "وصرحت X بحسب ما نقلته صحيفة Y، أن"
                if name and not self.is_own(name):
                    channel.append(name)
                j = max(k, j + 3)
                continue
            own = self.own_medium_np(toks, j, limit)
            if own is not None:
                if not self.is_own(own[0]):
                    channel.append(own[0])
                    self.own_media.add(normalize(own[0]))
                j = own[1]
                continue
            if (
                n in _MEDIUM_PREPS
                and j + 1 < limit
                and (n == normalize("في") or self.medium_ahead(toks, j, limit))
            ):
                # "في مقابلة مع X"، "خلال مقابلة مع قناة فوكس"، "أثناء حديث لـ X"
                nx = toks[j + 1].norm
                nxb = nx[2:] if nx.startswith("ال") else nx
                if _possessed_interview(nx):
                    nxb = _INTERVIEW_STEM  # "في حديثه مع"، "أثناء مقابلته في"
                if nx in lx.STATEMENT_WORDS or nxb in lx.STATEMENT_WORDS:
                    interview = nxb == _INTERVIEW_STEM or nxb in _INTERVIEW
                    j += 2
                    # "في بيان له"، "في بيان مقتضب"، "في بيان صدر اليوم"
                    k = j
                    while k < limit and k - j < 6:
                        u = toks[k]
                        un = u.norm
                        programme = self.programme_at(toks, k + 1, limit) if interview else None
                        if programme is not None and un in (normalize("مع"), normalize("في"), normalize("ل")):
                            # "في حديثه مع برنامج "60 دقيقة""، "أثناء مقابلته في برنامج X": the programme
                            if not self.is_own(programme[0]):
                                channel.append(programme[0])
                            k = programme[1]
                            break
                        if un in (normalize("مع"),) or (
                            un.startswith("ل")
                            and un not in ("له", "لها", "لهم")
                            and un not in _STATEMENT_FILLERS
                        ):
                            name, k2 = self.outlet_np(
                                toks, k + 1 if un == normalize("مع") else k, limit, True
                            )
                            if name and _outlet_like(normalize(name)):
                                if not self.is_own(name):
                                    channel.append(name)
                                k = k2
                            elif un == normalize("مع"):
                                k = self.parse_np(toks, k + 1, limit, nominal=True, stop_b=False)
                            else:
                                # "في تصريح للزميلة باربرا ستار لـCNN:": a person, go on to the opener
                                m = k
                                while (
                                    m < limit and m - k < 10 and not _is_comp(toks[m]) and toks[m].text != ":"
                                ):
                                    m += 1
                                if m < limit and m - k < 10:
                                    k = m
                            break
                        if un in lx.RELAY_VERBS or un in (
                            normalize("نشرته"),
                            normalize("نشرتها"),
                            normalize("أصدرته"),
                            normalize("أصدرتها"),
                            normalize("بثته"),
                        ):
                            name, k = self.outlet_np(toks, k + 1, limit)
                            if name and not self.is_own(name):
                                channel.append(name)
                            break
                        if un == normalize("على") and k + 1 < limit and toks[k + 1].norm == normalize("لسان"):
                            break
                        if _is_comp(u) or _is_quote(u) or u.text in ":,،" or un in (normalize("عبر"),):
                            break
                        if un not in _STATEMENT_FILLERS and un not in lx.TIME_WORDS:
                            # "في رسالة باللغة الإنجليزية على حسابها الرسمي على تويتر:" — a platform
                            # named inside the phrase is the channel
                            m = k
                            first_quote = None
                            while m < limit and m - k < 14 and not _is_comp(toks[m]):
                                if _is_quote(toks[m]) and (cl := self.closing(toks[m])) is not None:
                                    m2 = self.tok_after(toks, cl + 1)
                                    short = len(self.text[toks[m].start + 1 : cl].split()) <= 4
                                    if short and m2 < limit and (toks[m2].is_word or toks[m2].text in ",،"):
                                        first_quote = m if first_quote is None else first_quote
                                        m = m2  # 'بمناسبة الذكرى لـ"نكبة فلسطين"، إن': a quoted name
                                        continue
                                if not toks[m].is_word:
                                    break
                                m += 1
                            if first_quote is not None:
                                m3 = m
                                while m3 < limit and m3 - m < 5 and toks[m3].text in ",،":
                                    m3 += 1
                                if not (m3 < limit and _is_comp(toks[m3])):
                                    # 'في بيان "المرحلة صعبة"، مضيفا': the quotation is the content
                                    m = first_quote
                            if (
                                m < limit
                                and m - k < 14
                                and (_is_comp(toks[m]) or toks[m].text == ":" or _is_quote(toks[m]))
                            ):
                                plat = self.platform_phrase(toks, k, m, span=10)
                                if plat is not None and not self.is_own(plat[0]):
                                    channel.append(plat[0])
                                k = m
                            elif m < limit and m - k < 14 and toks[m].text in ",،":
                                # "في رسالة وجهها إلى حلف شمال الأطلسي، الجمعة، أن": commas and a day
                                # between the statement phrase and the complementizer
                                m2 = m
                                while (
                                    m2 < limit
                                    and m2 - m < 5
                                    and (toks[m2].text in ",،" or toks[m2].norm in lx.TIME_WORDS)
                                ):
                                    m2 += 1
                                if m2 < limit and _is_comp(toks[m2]):
                                    k = m2
                            break
                        k += 1
                    j = k
                    continue
                if nx in lx.TIME_WORDS or nx == "وقت" or nx in lx.MONTH_WORDS:
                    j += 2
                    while (
                        j < limit
                        and (toks[j].is_word or toks[j].text == "/")
                        and not _is_comp(toks[j])
                        and j < limit
                        and (
                            toks[j].norm in lx.TIME_WORDS
                            or toks[j].norm in lx.MONTH_WORDS
                            or toks[j].text == "/"
                            or toks[j].norm in ("سابق", "من", "لاحق", "يوم")
                        )
                    ):
                        j += 1
                    continue
                plat = self.platform_phrase(toks, j + 1, limit)
                if plat is not None:
                    if not self.is_own(plat[0]):
                        channel.append(plat[0])
                    j = plat[1]
                    continue
                # any other short prepositional phrase before the content: skipped below
            if n in (normalize("عبر"), normalize("على")) and j + 1 < limit:
                if n == normalize("على") and toks[j + 1].norm == normalize("لسان"):
                    k = self.parse_np(toks, j + 2, limit, nominal=False, stop_b=False)
                    through = self.make_speaker(toks, j + 2, k)
                    j = k
                    continue
                name, k = self.outlet_np(toks, j + 1, limit)
                nname = normalize(name)
                if name and (
                    _outlet_like(nname) or nname.split()[0] in lx.KNOWN_OUTLETS or nname in lx.PLATFORMS
                ):
                    if not self.is_own(name):
                        channel.append(name)
                    j = k
                    continue
                if n == normalize("على"):
                    # "على موقعها على الإنترنت": skip a short phrase
                    k = j + 1
                    while k < limit and k - j < 5 and toks[k].is_word and not _is_comp(toks[k]):
                        k += 1
                    j = k
                    continue
                break
            if n[:1] == "ل" and n[1:] in _REPORTER:
                # "صرح X لمراسلة الجوهرة أف أم"، "قال لمراسل رويترز": the reporter's medium relays
                k = j + 1
                if k < limit and toks[k].is_word:
                    name, k = self.outlet_np(toks, k, limit)
                    while name and k < limit and toks[k].norm in _BAND_LETTERS:
                        name = self.surface(toks, j + 1, k + 1)
                        k += 1  # "الجوهرة أف أم": a radio's band letters
                    if name and not self.is_own(name):
                        channel.append(self.channel_name(name))
                    k = max(k, j + 1)
                j = k
                continue
            if n.startswith("ل") and not n.startswith("ال") and n not in ("له", "لها") and n not in _PREPS:
                name, k = self.outlet_np(toks, j, limit, strip_l=True)
                if name and _outlet_like(normalize(name)):
                    if not self.is_own(name):
                        channel.append(name)
                    j = k
                    continue
                break
            if n in lx.RELAY_VERBS:
                name, k = self.outlet_np(toks, j + 1, limit)
                if name and not self.is_own(name):
                    channel.append(name)
                j = k
                continue
            if n in _PREPS and n not in (normalize("إلى"), normalize("عن"), normalize("من")):
                k = j + 1
                while (
                    k < limit
                    and k - j < 9
                    and (toks[k].is_word or toks[k].text == "/")
                    and not _is_comp(toks[k])
                ):
                    k += 1
                if k < limit and k - j < 9 and (_is_comp(toks[k]) or toks[k].text == ":"):
                    j = k
                    continue
            if (
                (n in lx.TIME_PREPS or n == normalize("حين"))
                and j + 1 < limit
                and toks[j + 1].norm.startswith(normalize("سؤال"))
            ):
                # "لدى سؤاله عن وفاة المرأة:": when asked, then the answer
                k = j + 2
                while k < limit and k - j < 14 and not _is_comp(toks[k]) and toks[k].text != ":":
                    if toks[k].text in ".؛" or _is_quote(toks[k]):
                        break
                    k += 1
                if k < limit and k - j < 14 and (_is_comp(toks[k]) or toks[k].text == ":"):
                    j = k
                    continue
            if n == normalize("في") and j + 1 < limit and _occasion(toks[j + 1].norm):
                # "أكدت الصحيفة في مقالها وقوع ..."، "تعهد الزعماء في ختام قمتهم بمنع ..."، "في بلاغ تلقت
                # الجوهرة نسخة منه اليوم أنه": the occasion is an adverbial before the content
                k = j + 2
                while k < limit and k - j < 15 and toks[k].is_word and not _is_comp(toks[k]):
                    k += 1
                if k < limit and k - j < 15 and _is_comp(toks[k]):
                    j = k
                    continue
                k = j + 2
                while (
                    k < limit
                    and k - j < 5
                    and toks[k].is_word
                    and not _is_comp(toks[k])
                    and toks[k].norm[:1] != "ب"
                    and (
                        _definite(toks[k].norm)
                        or _occasion(toks[k].norm)
                        or toks[k].norm in _PREP_PRONOUNS
                        or toks[k].norm in lx.MONTH_WORDS
                        or toks[k].text.isdigit()
                        or toks[k].norm.endswith(("هم", "ها", "ه"))
                        or (toks[k].norm.endswith("ي") and len(toks[k].norm) > 4)
                    )
                ):
                    k += 1
                if k < limit and toks[k].text in ",،":
                    k += 1
                j = k
                continue
            if n == normalize("ردا") and j + 2 < limit and toks[j + 1].norm == normalize("على"):
                j += 3 if toks[j + 2].norm in (normalize("سؤال"), normalize("أسئلة")) else 2
                continue
            if n == normalize("عن") and channel and j + 1 < limit:
                k = j + 1
                while k < limit and k - j < 12 and toks[k].text not in ",،:" and not _is_quote(toks[k]):
                    k += 1
                if k < limit and (toks[k].text in ",،:" or _is_quote(toks[k])):
                    j = k
                    continue
                break
            if n in lx.TIME_PREPS and j + 1 < limit and toks[j + 1].norm in lx.MONTH_WORDS:
                k = j + 1  # "مطلع شباط/فبراير"
                while k < limit and (
                    toks[k].norm in lx.MONTH_WORDS
                    or toks[k].text == "/"
                    or toks[k].text.isdigit()
                    or toks[k].norm in lx.TIME_WORDS
                ):
                    k += 1
                j = k
                continue
            if (
                n in lx.TIME_PREPS
                and j + 2 < limit
                and _definite(toks[j + 1].norm)
                and toks[j + 2].norm[:1] == "ب"
                and not toks[j + 2].norm.startswith("بال")
            ):
                j += 2  # "وتوعدت إيران غداة الهجوم بالانتقام"
                continue
            if n in lx.TIME_PREPS or n == normalize("أمام"):
                k = j + 1
                while (
                    k < limit
                    and k - j < 9
                    and toks[k].is_word
                    and not _is_comp(toks[k])
                    and toks[k].norm not in (normalize("إلى"), normalize("عن"), normalize("من"))
                ):
                    k += 1
                if k < limit and (
                    _is_comp(toks[k])
                    or toks[k].text in ':"“«'
                    or toks[k].norm in (normalize("إلى"), "من", normalize("عن"))
                ):
                    j = k
                    continue
                if (
                    k + 1 < limit
                    and toks[k].text in ",،"
                    and (_is_comp(toks[k + 1]) or _is_quote(toks[k + 1]))
                ):
                    j = k + 1  # "منذ أشهر، إن"
                    continue
                break
            break
        return j, channel, through

    # -- content -------------------------------------------------------------------------------
    def content(
        self, toks: list[_Tok], j: int, sent_end: int, nominal: bool
    ) -> tuple[int, int, bool, int] | None:
        """(start, end, direct, token index after) of the reported content starting at token j."""
        if j >= len(toks):
            return None
        t = toks[j]
        if t.text == ":":
            j += 1
            if j >= len(toks):
                return None
            t = toks[j]
            if t.norm in _COMP_FREE and j + 1 < len(toks) and not _is_quote(toks[j + 1]):
                # "قالت سيدة: إن بناتها ...": a reported clause, not verbatim words
                s = toks[j + 1].start
                e = self.content_end(toks, j + 1, sent_end)
                return (s, e, False, self.tok_after(toks, e)) if e > s else None
            if not _is_quote(t):
                s = t.start
                e = self.content_end(toks, j, sent_end)
                return (s, e, True, self.tok_after(toks, e)) if e > s else None
        if _is_quote(t) and (close := self.closing(t)) is not None:
            got = self.quoted(toks, t.start, close, sent_end)
            if got is not None or not nominal or j == 0 or toks[j - 1].norm not in _PREPS:
                return got
            # 'حذر من "تصعيد" قد يؤدي إلى ...': a short quoted word opens a nominal content after
            # the verb's preposition; the content goes on past it (handled as a nominal object)
        if t.text == '"' and self.closing(t) is None and j > 0 and toks[j - 1].text == ":":
            # 'أردف قائلا: "...' with no closing mark: the quotation runs to the end of the paragraph
            para = self.text.find("\n", t.start)
            e = len(self.text) if para < 0 else para
            s = t.start + 1
            while e > s and self.text[e - 1] in ' .,،\n"':
                e -= 1
            if len(self.text[s:e].split()) >= 3:
                return s, e, True, self.tok_after(toks, e)
        if t.text in "«“" and self.closing(t) is None:
            # an unclosed quotation runs to the end of its paragraph (a multi-paragraph quotation
            # reopens the next paragraph with a new mark and no cue: see ``continuation``)
            para = self.text.find("\n", t.start)
            s, e = t.start + 1, max(sent_end, len(self.text) if para < 0 else para)
            while e > s and self.text[e - 1] in " .,،\n”»":
                e -= 1
            return (s, e, True, self.tok_after(toks, sent_end)) if len(self.text[s:e].split()) >= 3 else None
        if t.norm in _COMP_FREE:
            if (
                j + 1 < len(toks)
                and _is_quote(toks[j + 1])
                and (close := self.closing(toks[j + 1])) is not None
            ):
                after = self.text[close + 1 : sent_end].strip(" .،,\n")
                if not after or self.cut_at(toks, self.tok_after(toks, close + 1)) or after.startswith(_BUT):
                    return self.quoted(toks, toks[j + 1].start, close, sent_end)
            if j + 1 >= len(toks):
                return None
            s = toks[j + 1].start
            e = self.content_end(toks, j + 1, sent_end)
            return (s, e, False, self.tok_after(toks, e)) if e > s else None
        if t.norm in _COMP_PRON or t.norm in (normalize("فإنه"), normalize("فإنها"), normalize("فإنهم")):
            if (
                j + 1 < len(toks)
                and _is_quote(toks[j + 1])
                and (close := self.closing(toks[j + 1])) is not None
            ):
                after = self.text[close + 1 : sent_end].strip(" .،,\n")
                if not after or self.cut_at(toks, self.tok_after(toks, close + 1)) or after.startswith(_BUT):
                    return self.quoted(toks, toks[j + 1].start, close, sent_end)
            s = t.start
            e = self.content_end(toks, j + 1, sent_end)
            return (s, e, False, self.tok_after(toks, e)) if e > s else None
        if nominal and (t.is_word or _is_quote(t)) and not _is_cue_word(t.norm):
            s = t.start
            e = self.content_end(toks, j, sent_end)
            if e - s < 8:
                return None
            if t.norm in _DEMONSTRATIVES and len(self.text[s:e].split()) <= 5:
                return None  # "أكد X هذه الحالة لصحيفة ...": an anaphoric object says nothing new
            return s, e, False, self.tok_after(toks, e)
        return None

    def tok_after(self, toks: list[_Tok], pos: int) -> int:
        for k, t in enumerate(toks):
            if t.start >= pos:
                return k
        return len(toks)

    def quoted(
        self, toks: list[_Tok], open_pos: int, close: int, sent_end: int
    ) -> tuple[int, int, bool, int] | None:
        s, e = open_pos + 1, close
        if len(self.text[s:e].split()) < 3:
            return None
        inner = self.text[s:e]
        m = re.match(r"\s*(?:إن|أن|بأن)\s+", inner)
        if m:
            s += m.end()
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1] in " .,،\n":
            e -= 1
        return s, e, True, self.tok_after(toks, close + 1)

    def cut_at(self, toks: list[_Tok], k: int) -> bool:
        """Whether the token at k starts a new clause that ends the current content."""
        if k >= len(toks):
            return True
        t = toks[k]
        if t.text in ",،":
            k += 1
            if k >= len(toks):
                return True
            t = toks[k]
            rest = normalize(self.text[t.start : t.start + 20])
            if rest.startswith(_REGARDING):
                return False  # "، فيما يتعلق بـ": part of the clause, not a new one
            if any(rest.startswith(c) for c in _CUT_AFTER_COMMA):
                return True
            if _base(t.norm, lx.SOURCE_CUES) or _base(t.norm, lx.PARTICIPLES):
                return True
            if t.norm in ("لكن", "ولكن") and any(
                _base(x.norm, _SAY) and _base(x.norm, _SAY) not in lx.CLAUSE_ONLY for x in toks[k + 1 : k + 6]
            ):
                return True  # "...، لكن مكتب الرئيسة قال": a new speaker's clause
            if t.norm.startswith("و") and _base(t.norm, _SAY) and len(t.norm) > 3:
                return True
            return bool(t.norm == "كما" and k + 1 < len(toks) and _base(toks[k + 1].norm, _SAY))
        if t.text == "." or t.text == "\n":
            return True
        if t.norm.startswith("و") and len(t.norm) > 3 and _base(t.norm, _SAY):
            return True  # "..." وأضاف البيان بأن
        return bool(_base(t.norm, lx.PARTICIPLES))

    def content_end(self, toks: list[_Tok], j: int, sent_end: int) -> int:
        """End of an indirect content span: sentence end, or before a new clause/attribution."""
        k = j
        end = sent_end
        while k < len(toks):
            t = toks[k]
            if t.start >= sent_end:
                break
            if _is_quote(t) and (close := self.closing(t)) is not None and close < sent_end:
                k = self.tok_after(toks, close + 1)
                continue
            if (
                k > j
                and t.norm in (normalize("عبر"), normalize("على"))
                and self.trailing_medium(toks, k) is not None
            ):
                end = t.start  # "أعلن وفاة X عبر صفحته على فيس بوك": the medium, not the content
                break
            if k > j and t.text == "؛":
                end = t.start  # "...؛ حيث تقدمت"، "...؛ موضحة أن": a new clause
                break
            if k > j and self.cut_at(toks, k) and t.text in ",،":
                end = t.start
                break
            if k > j and _base(t.norm, lx.PARTICIPLES) and toks[k - 1].text in '"”»':
                end = t.start  # '..."فعالة للغاية،" مضيفاً بأن': a new clause after the quotation
                break
            if (
                k > j
                and toks[k - 1].text in '"”»'
                and t.norm[:1] == "و"
                and len(t.norm) > 3
                and (t.norm[1:] in lx.SAY_VERBS or t.norm[1:] in lx.NOMINAL_VERBS)
            ):
                end = t.start  # 'إن الهجمات "فعل جبناء" وتعهد بإجازة قانون': a second statement
                break
            if (
                k > j
                and t.norm == normalize("وذلك")
                and k + 1 < len(toks)
                and toks[k + 1].norm in lx.TIME_PREPS
            ):
                end = t.start  # "... بأسرع ما يمكن وذلك بعد أن قال ماكرون"
                break
            if (
                k > j
                and _base(t.norm, lx.PARTICIPLES)
                and k + 1 < len(toks)
                and (_is_comp(toks[k + 1]) or toks[k + 1].text in ':"“«')
            ):
                end = t.start  # "... 15 عاما وسخر من انتقاداتهم قائلا إنهم": a new statement
                break
            if (
                k > j
                and (_strip_conj(t.norm) in _BUT_PRON or t.norm in _WHERE or t.norm in _AFTER_CLAUSE)
                and any(_base(x.norm, _SAY) for x in toks[k + 1 : k + 3])
            ):
                # "أنه يريد سحب القوات لكنه أشار إلى"، "... بعدما أعلنت إيران خطة": a new statement
                end = t.start
                break
            if k > j and t.text == ":" and k + 1 < len(toks) and _is_quote(toks[k + 1]):
                end = t.start  # "مشيرا إلى أن ...: «...»": the quotation belongs to the main verb
                break
            if t.text in ",،" and k - j >= 5 and k + 1 < len(toks) and toks[k + 1].norm in _RELATIVE:
                end = t.start
                break
            n = t.norm
            if k > j and _base(n, lx.SOURCE_CUES) and _base(n, lx.SOURCE_CUES) in (normalize("وفق"), "وفقا"):
                # "تسير وفق جدول زمني": a manner adverbial unless a source follows
                nx = toks[k + 1] if k + 1 < len(toks) else None
                if nx is not None and not (
                    nx.norm in ("ما", "لما")
                    or _is_quote(nx)
                    or _definite(nx.norm)
                    or nx.norm.startswith("ل")
                    or _strip_conj(nx.norm) in lx.ANON_HEADS
                    or _outlet_like(nx.norm)
                ):
                    k += 1
                    continue
            if k > j and _base(n, lx.SOURCE_CUES):
                end = t.start
                break
            if (
                k > j
                and n.startswith("و")
                and _base(n, _SAY)
                and len(n) > 3
                and _base(n, _SAY) not in lx.NOMINAL_VERBS | lx.CLAUSE_ONLY
                and any(_is_comp(x) or x.text in ':"“«' for x in toks[k + 1 : k + 12])
            ):
                end = t.start
                break
            if (
                k > j
                and n.startswith("و")
                and n.endswith("وا")
                and _base(n, _SAY)
                and k + 1 < len(toks)
                and toks[k + 1].is_word
            ):
                end = t.start  # "أنهم حصلوا على عينات ... وأكدوا وجود الكلور": a second statement
                break
            k += 1
        s0 = toks[j].start if j < len(toks) else end
        while end > s0 and self.text[end - 1] in " .,،:؛\n-–—":
            end -= 1
        m = _AS_HE_PUT.search(self.text, s0, end)
        if m is not None and m.start() > s0:
            end = m.start()
        return end

    # -- cues ----------------------------------------------------------------------------------
    def sentence(self, s0: int, s1: int) -> None:
        toks = _tokens(self.text, s0, s1)
        n = len(toks)
        covered: list[tuple[int, int]] = []
        pending_channel: list[str] = []
        fronted = self.fronted_medium(toks)
        if fronted is not None:
            pending_channel.append(fronted)
        sent_quotes: list[_Raw] = []
        self.sent_has_quote = False
        i = 0
        while i < n:
            t = toks[i]
            if any(a <= t.start < b for a, b in covered):
                i += 1
                continue
            norm = t.norm
            produced: _Raw | None = None
            nxt_i = i + 1
            if _base(norm, lx.SOURCE_CUES) or (
                norm == normalize("كما")
                and i + 1 < n
                and _base(toks[i + 1].norm, _SAY)
                and i > 0
                and toks[i - 1].text in ",،"
            ):
                res = self.source_cue(toks, i, s0, s1, sent_quotes, pending_channel)
                if res is not None:
                    produced, nxt_i = res
            elif norm in (
                normalize("نقلت"),
                normalize("ونقلت"),
                normalize("نقل"),
                normalize("ونقل"),
                normalize("تنقل"),
                normalize("وتنقل"),
            ):
                res = self.relay_cue(toks, i, s1)
                if res is not None:
                    produced, nxt_i = res
            elif _base(norm, _STATEMENT_VERBS) and i + 1 < n:
                res = self.statement_cue(toks, i, s1)
                if res is not None:
                    produced, nxt_i = res
            elif _base(norm, lx.PARTICIPLES):
                res = self.participle_cue(toks, i, s1)
                if res is not None:
                    produced, nxt_i = res
            elif _base(norm, _SAY):
                res = self.verb_cue(toks, i, s0, s1)
                if res is None:
                    res = self.distant_cue(toks, i, s1)
                if res is not None:
                    produced, nxt_i = res
            if produced is not None:
                if not produced.channel and i > 0 and toks[i - 1].norm == normalize("حيث"):
                    # "علق X في تغريدة على صفحته بموقع التواصل الاجتماعي، تويتر، حيث قال": the
                    # platform named earlier in the sentence carries the words
                    for m in range(max(0, i - 16), i):
                        plat = _platform_at(toks, m, i)
                        if plat is not None:
                            produced.channel = [plat[0]]
                            break
                if pending_channel:
                    for c in pending_channel:
                        if normalize(c) not in {normalize(x) for x in produced.channel}:
                            produced.channel.append(c)
                    pending_channel = []
                produced = self.relay_nested(produced)
                prev_q = self.quotes[-1] if self.quotes else None
                if (
                    not produced.channel
                    and prev_q is not None
                    and prev_q.channel
                    and prev_q.carry
                    and normalize(prev_q.speaker.full) == normalize(produced.speaker.full)
                    and produced.start - prev_q.end < 400
                ):
                    produced.channel = list(prev_q.channel)
                    produced.inherited = True
                produced.channel = [self.channel_name(c) for c in produced.channel]
                if _outlet_like(normalize(produced.speaker.full)):
                    self.channel_name(produced.speaker.full)
                self.quotes.append(produced)
                sent_quotes.append(produced)
                covered.append((produced.start, produced.end))
                self.sent_has_quote = True
                sp = produced.speaker
                sp.channel = list(produced.channel)
                self.last = sp
                self.history.append(sp)
                i = max(nxt_i, i + 1)
                # continue scanning right after the cue phrase for indirect content (new clauses
                # inside it were cut), after the span for direct quotes
                continue
            i += 1
        if not sent_quotes:
            self.medium_note(toks)
            self.continuation(s0, s1)
        if not sent_quotes and not (self.quotes and self.quotes[-1].start >= s0):
            self.note_narrated(toks, s0)

    def note_narrated(self, toks: list[_Tok], s0: int) -> None:
        """Remember the subject of a quote-less verb-first sentence when it is a person introduced
        by a title or a person noun ("وحضر محامي دانيلز، مايكل آفيناتي، ..."): a following
        zero-subject cue continues that person, not the speaker quoted before the sentence."""
        if not toks or not toks[0].is_word or _definite(toks[0].norm) or toks[0].norm[:1] != "و":
            return
        if _strip_conj(toks[0].norm) in _CLAUSE_MARKERS or _base(toks[0].norm, _SAY):
            return
        if len(toks) > 2 and (_strip_conj(toks[1].norm) in lx.TITLE_WORDS or toks[1].norm in _PERSON_NOUNS):
            # "وحضر محامي دانيلز، مايكل آفيناتي، ...": a tagged name apposed to the title
            for m in range(2, min(len(toks), 9)):
                # the person's own name is apposed after a comma or follows a definite title
                # ("المحامي X"); right after an indefinite title it is the complement ("محامي دانيلز")
                own = toks[m - 1].text in ",،" or (m == 2 and _definite(toks[1].norm))
                if own and toks[m].is_word and self.in_name_tok(toks[m]):
                    e = m + 1
                    while e < len(toks) and toks[e].is_word and self.in_name_tok(toks[e]):
                        e += 1
                    sp0 = self.make_speaker(toks, m, e)
                    if sp0 is not None:
                        sp0.type = "PER"
                        sp0.name = sp0.text
                        sp0.full = " ".join(self.surface(toks, 1, e).split())
                        self.narrated = (sp0, s0)
                    return
                if toks[m].text in ".:" or _is_cue_word(toks[m].norm):
                    break
        sp = self.clause_subject(toks, len(toks))
        if sp is None or sp.type != "PER" or sp.name is None:
            return
        first = _strip_conj(normalize(sp.text).split()[0]) if sp.text.strip() else ""
        if first not in lx.TITLE_WORDS and first not in _PERSON_NOUNS:
            return
        self.narrated = (sp, s0)

    def continuation(self, s0: int, s1: int) -> None:
        """A paragraph that opens with a quotation and has no cue, right after a direct quote that
        ran to the end of the previous paragraph: the same speaker goes on (English-style
        multi-paragraph quotation)."""
        prev = self.quotes[-1] if self.quotes else None
        if prev is None or not prev.direct or self.text[s0] not in '«“"':
            return
        gap = self.text[prev.end : s0]
        if "\n" not in gap or len(gap.strip(' .,،\n”»"')) > 0:
            return
        close = self.pairs.get(s0)
        if close is None:
            return
        s, e = s0 + 1, close
        while e > s and self.text[e - 1] in " .,،\n":
            e -= 1
        if len(self.text[s:e].split()) < 3:
            return
        sp = prev.speaker
        spk = _Speaker(sp.text, sp.full, sp.type, sp.head, sp.name, list(sp.channel), True)
        self.quotes.append(_Raw(s, e, True, spk, list(prev.channel), prev.cue))

    def relay_nested(self, q: _Raw) -> _Raw:
        """ "X (a medium) said that Y said that Z" → speaker Y, channel [..., X]."""
        if q.direct or not _outlet_like(normalize(q.speaker.full)):
            return q
        toks = _tokens(self.text, q.start, q.end)
        for k, t in enumerate(toks[:16]):
            b = _base(t.norm, _SAY)
            if b and b not in lx.NOMINAL_VERBS and k > 0:
                sp = self.make_speaker(toks, 0, self._trim_np(toks, 0, k))
                if sp is None or (sp.type == "ORG" and not sp.name):
                    return q
                mods_j, ch, _ = self.modifiers(toks, k + 1, len(toks))
                c = self.content(toks, mods_j, q.end, nominal=False)
                if c is None:
                    return q
                s, e, direct, _ = c
                sp = self.resolve(sp)
                channel = ch + [q.speaker.text] + [x for x in q.channel if x]
                return _Raw(s, e, direct, sp, channel, t.text)
            if _is_comp(t):
                return q
        return q

    def _trim_np(self, toks: list[_Tok], a: int, b: int) -> int:
        while b > a and not toks[b - 1].is_word:
            b -= 1
        return b

    def pre_subject(self, toks: list[_Tok], i: int) -> tuple[int, int] | None:
        """Subject written before its verb ("لكن موسكو نفت"، "المسؤولين يقولون")."""
        for m in range(i - 1, max(-1, i - 16), -1):
            if toks[m].text in ".،,:؛":
                break
            if toks[m].norm in _WHEN:
                return None  # "وعندما سئلت إن كانت X ... أجابت": the clause's subject is the last speaker
        k = i - 1
        while k >= 0 and toks[k].norm in ("قد",):
            k -= 1
        end = k + 1
        while k >= 0 and toks[k].text not in ",،.:؛" and i - k <= 10:
            n = toks[k].norm
            if (
                n in _CLAUSE_MARKERS
                or n
                in (
                    "لكن",
                    "ولكن",
                    "كانت",
                    "وكانت",
                    "كان",
                    "وكان",
                    normalize("أن"),
                    normalize("إن"),
                    "ثم",
                    "بينما",
                    "فيما",
                    normalize("حين"),
                    "هذا",
                    "اذ",
                    "فقد",
                    "وقد",
                    "قد",
                    "ما",
                    normalize("إلا"),
                    "كما",
                    "وكما",
                )
                or n in _RELATIVE
            ):
                break
            if _is_quote(toks[k]):
                break
            if _base(n, _SAY) and k < i - 1:
                break
            k -= 1
        start = k + 1
        while start < end and not toks[start].is_word:
            start += 1
        if start >= end:
            return None
        if toks[start].norm in _PREPS and start >= 2:
            # "نشرت شرطة المدينة تغريدة على تويتر تقول": the statement's publisher speaks
            st = toks[start - 1].norm
            if st in lx.STATEMENT_WORDS or st[2:] in lx.STATEMENT_WORDS:
                v = next(
                    (m for m in range(start - 2, max(-1, start - 9), -1) if _base(toks[m].norm, _PUBLISH)),
                    None,
                )
                if v is not None and v + 1 < start - 1:
                    return v + 1, start - 1
            return None
        for m in range(start + 1, end - 1):
            nxt = toks[m + 1]
            if toks[m].norm == normalize("في") and (_occasion(nxt.norm) or nxt.text.isdigit()):
                end = m  # "وكان المؤتمر الوطني في يناير 2013 قد أقر": a time adverbial
                break
        clause = self.clause_before(toks, start, end, i)
        if clause is not None:
            return clause
        tp = next((m for m in range(end - 1, start - 1, -1) if toks[m].norm in lx.TIME_PREPS), None)
        if tp is not None:
            # "(جاء القرار) بعد أيام من تقارير ذكرت أن": the subject follows the time phrase's "من"
            m = next((m for m in range(tp + 1, end) if toks[m].norm == "من"), None)
            if m is None or m + 1 >= end:
                return None
            start = m + 1
        for m in range(start + 1, end - 1):
            sw = toks[m].norm[2:] if toks[m].norm.startswith("ال") else toks[m].norm
            statement = toks[m].norm in lx.STATEMENT_WORDS or sw in lx.STATEMENT_WORDS
            if statement and toks[m + 1].norm in _PREPS:
                end = m  # "نشرت شرطة المدينة تغريدة على تويتر تقول": the publisher, not the platform
                break
        for m in range(end - 1, start, -1):
            nm = toks[m].norm
            if nm[:1] == "و" and nm[1:].startswith("ال"):
                start = m
                break
        if toks[k].norm in _RELATIVE if k >= 0 else False:
            # "الرئيس ... ترامب الذي أعلن": the antecedent before the relative pronoun
            return None
        return start, end

    def clause_before(self, toks: list[_Tok], start: int, end: int, i: int) -> tuple[int, int] | None:
        """The subject of a clause written before the cue: "أصدرت X بيانا قالت فيه" (a publishing verb
        first) and "خرجت الفتاة المحجبة عن صمتها وقالت" / "الفتاة خرجت عن صمتها وقالت" (a cue joined
        by و to an earlier verb shares its subject), not the whole clause."""
        if end - start < 2:
            return None
        first = toks[start]
        cue = toks[i].norm
        joined = cue[:1] in "وف" and len(cue) > 3 and _is_cue_word(cue[1:])
        if not first.is_word or self.in_name(toks, start) or first.norm in self.non_person_words:
            return None
        publish = _base(first.norm, _PUBLISH) is not None
        if (
            (publish or joined)
            and not _definite(first.norm)
            and first.norm not in _KNOWN_WORDS
            and first.norm not in _NOT_VERBS
        ):
            a = start + 1  # verb-first: the subject follows the verb
            svo = False
        elif (
            joined and (_definite(first.norm) or first.norm in lx.PLACE_WORDS) and self.actor_head(first.norm)
        ):
            a = start  # subject-first: the subject runs to the first bare word (its verb)
            svo = True
        else:
            return None
        if a >= end or not toks[a].is_word or toks[a].norm in _PREPS:
            return None
        if not svo and toks[a].norm.endswith("ا") and not self.in_name(toks, a):
            return None  # "شهد الفريق تطورا ... وقال": an indefinite object, not a subject
        b = self.parse_np(toks, a, end, nominal=True, stop_b=True)
        for m in range(a + 1, b):
            if toks[m].norm in _PREPS:
                b = m
                break
            bare = toks[m].is_word and not _definite(toks[m].norm) and toks[m].norm not in lx.PLACE_WORDS
            if svo and bare and not self.in_name(toks, m):
                b = m
                break
        return (a, b) if a < b < end or (a < b and svo) else None

    def relative_antecedent(self, toks: list[_Tok], rel: int) -> tuple[int, int] | None:
        k = rel - 1
        end = rel
        while k >= 0 and rel - k <= 6 and toks[k].is_word:
            n = toks[k].norm
            if n in _PREPS or _base(n, _SAY) or _base(n, lx.SOURCE_CUES) or n in ("ما", "لما"):
                break
            if n.startswith("و") and len(n) > 3 and (n[1:].startswith("ال") or n[1:] in lx.TITLE_WORDS):
                return (k, end)  # "والرئيس الأمريكي ..." – conjunction stripped by make_speaker
            k -= 1
        start = k + 1
        if k >= 0 and toks[k].norm in ("ما", "لما") and start + 1 < end:
            start += 1  # "وهو ما رفضته إسرائيل التي قالت": the verb after ما is not the antecedent
        return (start, end) if start < end else None

    def verb_cue(self, toks: list[_Tok], i: int, s0: int, s1: int) -> tuple[_Raw, int] | None:
        t = toks[i]
        verb = _base(t.norm, _SAY)
        assert verb is not None
        # plural forms ("أكدوا"، "نفوا") take a nominal complement like their singular
        nominal = verb in lx.NOMINAL_VERBS or (verb.endswith("وا") and verb[:-2] in lx.NOMINAL_VERBS)
        prep = lx.VERB_PREPOSITION.get(verb)
        n = len(toks)
        # "يذكر أن" / "ذكر أن" sentence-initial without subject is the narrator's "note that"
        if t.norm in (normalize("يذكر"), normalize("ويذكر")):
            return None
        if verb == normalize("كتب") and i + 1 < len(toks) and toks[i + 1].norm in _ON_IT:
            return None  # "لافتات كتب عليها "..."": an inscription, passive, no speaker
        if i > 0 and toks[i - 1].norm in ("ما", "لما", normalize("حسبما")):
            return None  # "وفق ما أوردت X", "كما ذكرت X": a source attribution, handled there
        if (
            i > 0
            and (toks[i - 1].norm in _PREPS or toks[i - 1].norm in lx.TIME_PREPS)
            and verb != normalize("قول")
        ):
            return None  # "عبر طلب وقف علاجهم": a verbal noun, not a verb ("من قول X إن" is a cue)
        # "وقال" opens a verb-first clause: a subject written before it belongs to another clause
        marked = self.marked_subject(toks, i) if t.norm == verb else None
        if marked is not None:
            return self.finish_verb(toks, i, marked, [], i + 1, s1, nominal, prep)
        stop_b = verb in {
            normalize(v)
            for v in (
                "طالب",
                "طالبت",
                "يطالب",
                "تطالب",
                "اتهم",
                "اتهمت",
                "يتهم",
                "تتهم",
                "توعد",
                "هدد",
                "هددت",
                "وصف",
                "وصفت",
                "أقر",
                "أقرت",
                "صرح",
                "صرحت",
                "وعد",
                "وعدت",
                "تعهد",
                "تعهدت",
            )
        }
        first = i + 1
        if first < n and _base(toks[first].norm, lx.PARTICIPLES):
            first += 1  # "وأردف قائلا"
        if first < n and self.audience(toks[first]) and not _l_medium(toks, first, n):
            # "وأكد لضابط شرطة متخف أيضا أنه"، "وقال للصحفيين إن": an audience right after the verb,
            # the subject is the last speaker's
            c = next((m for m in range(first + 1, min(n, first + 7)) if _is_comp(toks[m])), None)
            if c is not None and all(x.is_word for x in toks[first:c]):
                return self.finish_verb(toks, i, None, [], c, s1, nominal, prep)
        if first < n and toks[first].norm in _PREP_PRONOUNS:
            first += 1  # "قال عنها بوش"
        # "وقال خلالها إن"، "وقالت بعدها إن": an adverbial; the subject comes after it or is the last
        # speaker's, and the content search starts after it
        while first < n and toks[first].norm in _PRON_ADVERBS:
            first += 1
        if (
            first + 1 < n
            and toks[first].text.startswith("لل")
            and (_is_comp(toks[first + 1]) or _is_quote(toks[first + 1]) or toks[first + 1].text == ":")
            and not _l_medium(toks, first, n)
        ):
            first += 1  # 'وأضاف لليبرمان "..."': the one addressed, right before the content
        lead = first
        if (
            first < n
            and toks[first].norm in _CLAUSE_VERBS
            and t.norm[:1] == "و"
            and verb in (normalize("أضاف"), normalize("تابع"), normalize("أردف"))
        ):
            # "وأضاف كانت "على قيد الحياة" عند وصولها": a continuation whose clause opens with a verb
            # and no complementizer; the subject is the last speaker and the clause is the content
            return self.finish_verb(toks, i, None, [], first, s1, True, prep)
        if (
            first < n
            and nominal
            and (_strip_conj(t.norm).endswith("وا") or t.norm.endswith("وا"))
            and toks[first].is_word
            and not _is_comp(toks[first])
        ):
            # "وأكدوا وجود الكلور": a verb before its subject agrees in the singular, so a plural
            # verb has a pronoun subject and what follows is its object; after a quote of the same
            # sentence that subject is the quote's speaker ("أفادوا أن ... وأكدوا")
            prev = self.quotes[-1] if self.quotes else None
            same = prev is not None and s0 <= prev.start and prev.end <= t.start
            return self.finish_verb(toks, i, prev.speaker if same else None, [], first, s1, nominal, prep)
        if first < n and toks[first].norm in _HONORIFIC_PRONOUNS:
            # "وأكد سموه"، "وقال معاليه": a pronoun of respect, the subject is the person last named
            return self.finish_verb(toks, i, None, [], first + 1, s1, nominal, prep)
        if (
            stop_b
            and first < n
            and (toks[first].norm.startswith("بال") or _b_masdar(toks[first].norm))
            and len(toks[first].norm) > 4
            and toks[first].norm not in self.non_person_words
            and not self.in_name_tok(toks[first])
        ):
            # "قد وعد بالقضاء على ..."، "وطالب بالإفراج عن": the complement follows the verb at once,
            # so the subject is the clause's or the last speaker
            return self.finish_verb(toks, i, None, [], first, s1, True, prep)
        j = self.parse_np(toks, first, n, nominal=nominal, stop_b=stop_b)
        np_a, np_b = first, j
        # skip leading time words inside the NP range
        while np_a < np_b and (toks[np_a].norm in lx.TIME_WORDS or toks[np_a].norm in _ADVERBS):
            np_a += 1
        if (
            np_a + 1 < n
            and toks[np_a].norm in _TIME_NOUNS
            and toks[np_a + 1].norm in lx.TIME_WORDS | _TIME_ADJ
        ):
            # "قد أشار الأسبوع الماضي إلى"، "وقال الأسبوع الماضي الوزير": a time phrase, not the subject
            np_a += 2
            j = self.parse_np(toks, np_a, n, nominal=nominal, stop_b=stop_b) if np_a < n else np_a
            np_b = j
        speaker: _Speaker | None = None
        if np_b > np_a and not _addressee_start(toks[np_a]):
            speaker = self.make_speaker(toks, np_a, np_b)
        if speaker is not None and nominal and np_b - np_a >= 3:
            cut = self.object_after_name(toks, np_a, np_b, speaker)
            if cut is not None:
                speaker, j = cut
        if (
            speaker is not None
            and (prep is not None or (np_b < n and toks[np_b].norm == normalize("إلى")))
            and np_b - np_a == 1
            and toks[np_a].norm in lx.PLACE_WORDS
            and toks[np_a].norm.endswith("ا")
            and not _strip_conj(t.norm).endswith("ت")
            and not _strip_conj(t.norm).startswith("ت")
        ):
            # "ودعا روسيا إلى": a masculine verb does not agree with a country name (feminine), so the
            # country is the object and the subject is the clause's
            speaker = None
            j = np_a
        if (
            speaker is not None
            and nominal
            and np_b - np_a >= 2
            and (toks[np_a].norm in lx.PLACE_WORDS or toks[np_a].norm in self.non_person_words)
            and toks[np_a].norm not in lx.ORG_HEADS
            and not _definite(toks[np_a + 1].norm)
            and toks[np_a + 1].norm[:1] != "و"
            and toks[np_a + 1].norm not in _KNOWN_WORDS
            and toks[np_a + 1].norm not in self.non_person_words
        ):
            # "أعلنت بريطانيا قدوم خبراء"، "تتهم أنقرة غولن بـ": a one-word country or city is the whole
            # subject; what follows without the article starts the object
            sp_cut = self.make_speaker(toks, np_a, np_a + 1)
            if sp_cut is not None:
                speaker, j = sp_cut, np_a + 1
        if speaker is not None and nominal and np_b > np_a and self.possessed_noun(toks[np_a]):
            # "وأعلن وقوفه مع قوات الشرعية": a noun with a possessive suffix is the object of a
            # zero-subject verb, never a name
            speaker = None
            j = np_a
        if (
            speaker is not None
            and (
                (
                    _strip_conj(t.norm) in _OBJECT_B
                    and any(x.norm.startswith("ب") for x in toks[j : j + 3])  # "الحكومة مرة أخرى باستخدام"
                )
                or (
                    _strip_conj(t.norm) in _WARN
                    and any(x.norm == normalize("من") for x in toks[j : j + 8])  # "حذرت تل أبيب الأسد من"
                )
            )
        ):
            cut = self.object_split(toks, np_a, np_b)
            if cut is not None:
                sp_cut = self.make_speaker(toks, np_a, cut)
                if sp_cut is not None:
                    speaker, j = sp_cut, cut
        if (
            speaker is not None
            and _strip_conj(t.norm) in _OBJECT_REQUIRED
            and t.norm[:1] != "ي"
            and _strip_conj(t.norm)[:1] != "ي"
            and j < n
            and toks[j].norm.startswith("ب")
            and speaker.name is None
            and not self.actor_head(toks[np_a].norm)
        ):
            # "بينما وصف المرأة الغربية بأنها ...": one noun phrase before بـ is the object, the
            # subject is the clause's (two would be "وصف ترامب الاتفاق بأنه")
            speaker = None
            j = first
        for _ in range(2):
            if j < n and toks[j].text in ",،" and speaker is not None:
                k = j + 1
                while k < n and toks[k].text not in ",،.:" and k - j < 14 and not _is_comp(toks[k]):
                    if prep is not None and toks[k].norm == prep:
                        break
                    if k > j + 2 and _l_medium(toks, k, n):
                        break  # "، إدوارد زابونا لبي بي سي إن": the medium after the name
                    if _is_quote(toks[k]) and (cl := self.closing(toks[k])) is not None:
                        k = self.tok_after(toks, cl + 1)
                        continue
                    k += 1
                if k < n and prep is not None and toks[k].norm == prep and k > j + 1:
                    seg = [x for x in toks[j + 1 : k] if x.is_word]
                    if seg and seg[0].norm in lx.TITLE_WORDS:
                        speaker.full = " ".join((speaker.full + "، " + self.surface(toks, j + 1, k)).split())
                        j = k
                        break
                seg0 = [x.norm for x in toks[j + 1 : k] if x.is_word]
                bare_name = (
                    0 < len(seg0) <= 4
                    and all(x not in _KNOWN_WORDS and x not in _PREPS and not _definite(x) for x in seg0[:-1])
                    and not _definite(seg0[0])
                    and seg0[0] not in _RELATIVE
                    and all(x not in lx.TIME_WORDS for x in seg0)
                    and not _l_medium(toks, j + 1, n)  # "، لـCNN،": the medium, left to ``modifiers``
                )
                # "متحدث باسم المستشفى، إدوارد زابونا إن": a name of two words or more closes the
                # apposition without a second comma when the content or a medium follows at once
                open_name = (
                    k < n
                    and len(seg0) >= 2
                    and not nominal  # "، كينيث وارد، مخاوف من أن": a nominal verb's object
                    and seg0[0] not in _CLAUSE_VERBS  # "، لا أعتقد أن": first-person speech
                    and not any(x in _PREPS for x in seg0)
                    and toks[k].is_word
                    and (_is_comp(toks[k]) or _l_medium(toks, k, n))
                )
                if k < n and (toks[k].text == ":" or open_name) and bare_name:
                    sp2 = self.make_speaker(toks, np_a, k)
                    if sp2 is not None:
                        # "شاهدة عيان، تدعى X:": the verb of naming is not part of the name
                        called = j + 2 < k and toks[j + 1].norm in _CALLED
                        sp2.name = sp2.text = self.surface(toks, j + 2 if called else j + 1, k)
                        sp2.type = "PER"
                        sp2.full = " ".join((self.surface(toks, np_a, np_b) + " " + sp2.name).split())
                        speaker = sp2
                    j = k
                    break
                if (
                    k < n
                    and toks[k].text in ",،"
                    and k + 1 < n
                    and (
                        bare_name
                        or (nominal and seg0 and seg0[0] in lx.TITLE_WORDS)
                        or _is_comp(toks[k + 1])
                        or _is_quote(toks[k + 1])
                        or toks[k + 1].norm in lx.TIME_WORDS
                        or toks[k + 1].norm in (normalize("في"), normalize("عبر"), normalize("إلى"))
                    )
                ):
                    seg = [x for x in toks[j + 1 : k] if x.is_word]
                    segn = [x.norm for x in seg]
                    if segn and (segn[0] in _PREPS or _l_medium(toks, j + 1, n)):
                        break
                    if segn and segn[0] in _NAME_GLOSS:
                        j = k  # "وتزعم دانيلز، واسمها الحقيقي X، أنها": a gloss on the name, skipped
                        continue
                    if len(seg) >= 2 and segn[0] in _CALLED:
                        # "شاهدة عيان، تدعى X،": the verb of naming is not part of the name
                        seg, segn = seg[1:], segn[1:]
                        j = j + 1
                    if seg and segn[0] not in _RELATIVE and all(x not in lx.TIME_WORDS for x in segn):
                        rank_name = (
                            segn[0] in lx.RANK_WORDS
                            and len(seg) >= 2
                            and (not _definite(segn[-2]) or segn[-2] in _NAME_PARTICLES)
                        )
                        if rank_name or (
                            len(seg) <= 4
                            and not _definite(segn[0])
                            and segn[0] not in lx.TITLE_WORDS
                            and all(x not in _KNOWN_WORDS and x not in _PREPS for x in segn)
                        ):
                            # a name after the title
                            sp2 = self.make_speaker(toks, np_a, k)
                            if sp2 is not None:
                                sp2.name = self.surface(toks, j + 1, k)
                                sp2.text = sp2.name
                                sp2.type = "PER"
                                sp2.full = " ".join((self.surface(toks, np_a, np_b) + " " + sp2.name).split())
                                speaker = sp2
                        elif segn[0] in lx.TITLE_WORDS or (
                            normalize(speaker.text).split()[-1:] and speaker.name
                        ):
                            speaker.full = " ".join(
                                (speaker.full + "، " + self.surface(toks, j + 1, k)).split()
                            )
                    j = k
                    continue
            break
        if speaker is not None and j < n and toks[j].norm in _RELATIVE:
            k = j + 1
            while k < n and k - j < 16 and toks[k].text not in ",،." and not _is_comp(toks[k]):
                if stop_b and k - j > 2 and toks[k].norm.startswith("ب") and not self.in_name(toks, k):
                    break  # "ووعدت الشركة التي مقرها في دبي بـ "التعاون التام"": the complement
                k += 1
            if k < n and (toks[k].text in ",،" or _is_comp(toks[k]) or (stop_b and toks[k].norm[:1] == "ب")):
                speaker.full = " ".join((speaker.full + " " + self.surface(toks, j, k)).split())
                j = k
        if speaker is not None and not nominal and j < n and toks[j].text in ",،":
            k = self.appositive_end(toks, j, n)
            if k is not None:
                j = k
        if (
            speaker is not None
            and nominal
            and j + 1 < n
            and toks[j].text in ",،"
            and toks[j + 1].norm in _APPOS_PRON
        ):
            k = next((m for m in range(j + 2, min(n, j + 16)) if toks[m].text in ",،"), None)
            if k is not None:
                j = k  # "أعلنت X، وهي من أقرب مساعدي الرئيس، استقالتها"
        if speaker is None and j > i + 1:
            j = max(i + 1, lead if lead <= j else i + 1)
        return self.finish_verb(toks, i, speaker, [], j, s1, nominal, prep)

    def distant_cue(self, toks: list[_Tok], i: int, s1: int) -> tuple[_Raw, int] | None:
        """A verb of saying whose complementizer comes after material the speaker parse does not
        cover ("قال ترامب، في وقت متأخر من يوم السبت، إن"، "وقال X لصحيفة Y الأحد، إن"، "قالت مصادر
        دبلوماسية وأخرى تابعة للمعارضة إن"): the subject noun phrase right after the verb speaks, a
        medium in the skipped stretch is the channel.  Only when the usual parse found nothing, and
        only with a named subject (never a zero subject: a missed cue then stays missed rather than
        going to the previous speaker)."""
        t = toks[i]
        n = len(toks)
        verb = _base(t.norm, _SAY)
        if verb is None or t.norm[:1] in "يت" or _strip_conj(t.norm)[:1] in "يت":
            return None  # present tense: habitual or narrator's ("يقول المثل")
        if i > 0 and (
            toks[i - 1].norm in _PREPS
            or toks[i - 1].norm in lx.TIME_PREPS
            or toks[i - 1].norm in ("ما", "لما", normalize("حسبما"), normalize("كما"))
        ):
            return None
        prep = lx.VERB_PREPOSITION.get(verb)
        first = i + 1
        while first < n and (toks[first].norm in lx.TIME_WORDS or toks[first].norm in _ADVERBS):
            first += 1
        if (
            first >= n
            or not toks[first].is_word
            or _is_comp(toks[first])
            or toks[first].norm in _PREPS
            or toks[first].text.rstrip("ـ") == "ل"
        ):
            return None  # "عبر قناة": the preposition, not the verb; "أوضحت لـ"X" مصادر": an audience first
        k = None
        for m in range(first + 1, min(n, first + 28)):
            x = toks[m]
            if prep is not None:
                # "وأشار الحوثيون عبر قناة "المسيرة" الناطقة باسمهم إلى أن": the verb's own preposition
                if x.norm == prep and m + 1 < n and _is_comp(toks[m + 1]):
                    k = m
                    break
                if _is_comp(x):
                    return None
            if x.text in ".:؛\n" or _is_cue_word(x.norm) or _base(x.norm, lx.SOURCE_CUES):
                return None
            if _is_quote(x) and (cl := self.closing(x)) is not None:
                # a quoted name inside the stretch ('لقناة "آر تي إي"'); a quotation is content only
                # right after a comma or a time word, which the usual parse already tries
                if len(self.text[x.start + 1 : cl].split()) > 4:
                    return None
                continue
            if _is_comp(x):
                prev = toks[m - 1]
                pn = _strip_conj(prev.norm)
                # the stretch must end like a speaker's modifiers: a comma, a time word, a definite
                # noun ("تابعة للمعارضة إن"), or hold a medium ("لصحيفة X الأحد إن"); a verb right
                # before أن ("لا أعتقد أن"، "يفترض أن") makes it a clause of its own
                medium = any(_l_medium(toks, q, m) for q in range(first + 1, m))
                if (
                    prev.text in ",،"
                    or pn in lx.TIME_WORDS
                    or medium
                    or (_definite(prev.norm) and pn not in _NOT_BEFORE_COMP)
                ):
                    k = m
                break
            if x.norm in _NEGATIONS or _strip_conj(x.norm) in _NOT_BEFORE_COMP:
                return None
        if k is None or k - first < 2:
            return None
        end = self.parse_np(toks, first, k, nominal=False, stop_b=False)
        if end <= first:
            return None
        if self.in_name_tok(toks[first]):
            # "وأضاف بن حسن ضيف برنامج "بوليتيكا" اليوم أنه": a tagged name is the whole speaker,
            # what follows it is an apposition or an adverbial
            e = first + 1
            while e < end and toks[e].is_word and self.in_name_tok(toks[e]):
                e += 1
            end = e
        speaker = self.make_speaker(toks, first, end)
        if speaker is None:
            return None
        apposed = self.apposed_name_before(toks, end, k) or self.apposed_name_after(toks, end, k)
        if apposed is not None:
            # "وقال ... البارز للعقيد معمر القذافي في ذلك الوقت، عبد الحكيم بالحاج، إنه": the name
            # between the last two commas is the speaker the long description was about
            a, b = apposed
            sp2 = self.make_speaker(toks, a, b)
            if sp2 is not None:
                sp2.type, sp2.name = "PER", sp2.text
                sp2.full = " ".join(self.surface(toks, first, b).split())
                speaker = sp2
        elif (
            end < k
            and _is_quote(toks[end])
            and (cl := self.closing(toks[end])) is not None
            and 1 <= len(self.text[toks[end].start + 1 : cl].split()) <= 4
            and (_strip_conj(toks[end - 1].norm) in lx.TITLE_WORDS or toks[end - 1].norm in lx.RANK_WORDS)
        ):
            # 'وقال العميد الركن "ذياب القبلي"، قائد اللواء، إن': a quoted name after the rank
            name = self.text[toks[end].start + 1 : cl].strip()
            full = " ".join((self.surface(toks, first, end) + " " + name).split())
            speaker = _Speaker(name, full, "PER", speaker.head, name)
        _, channel, through = self.modifiers(toks, end, k)
        if through is not None:
            speaker = through
        if not channel:
            # "، الذي يخضع للتحقيق ...، لصحيفة نيويورك تايمز إنه": the medium after a relative clause
            q = next((q for q in range(end, k) if _l_medium(toks, q, k)), None)
            if q is not None:
                name, _ = self.outlet_np(toks, q, k, strip_l=True)
                if name:
                    channel = [name]
        channel = [c for c in channel if not self.is_own(c)]
        return self.finish_verb(toks, i, speaker, channel, k, s1, False, prep)

    def apposed_name_after(self, toks: list[_Tok], a: int, k: int) -> tuple[int, int] | None:
        """Token range of a tagged person name set off by commas right after token a (the end of a
        title phrase) and before token k: "محامي ترامب، مايكل كوهين، الذي ..."."""
        if a + 2 >= k or toks[a].text not in ",،":
            return None
        e = a + 1
        while e < k and toks[e].is_word and self.in_name_tok(toks[e]):
            e += 1
        if e == a + 1 or e >= k or toks[e].text not in ",،":
            return None
        return a + 1, e

    def audience(self, t: _Tok) -> bool:
        """A ل-phrase naming whom the words were said to ("للصحفيين"، "لضابط"، "لـ مراسلين")."""
        w = t.norm
        if not t.is_word or not w.startswith("ل") or w.startswith("ال") or self.in_name_tok(t):
            return False
        rest = w[1:].lstrip("ـ")
        if w.startswith("لل"):
            rest = "ال" + w[2:]
        rb = rest[2:] if rest.startswith("ال") else rest
        return (
            rest in _AUDIENCE_NOUNS
            or rb in _AUDIENCE_NOUNS
            or rest in lx.TITLE_WORDS
            or rest in _PERSON_NOUNS
            or rest in lx.ANON_HEADS
        )

    def apposed_name_before(self, toks: list[_Tok], a: int, k: int) -> tuple[int, int] | None:
        """Token range of a tagged person name set off by commas right before token k (the
        complementizer) and after token a: "، عبد الحكيم بالحاج، إنه"."""
        if k - 1 <= a or toks[k - 1].text not in ",،":
            return None
        e = k - 1
        b = e
        while b - 1 > a and toks[b - 1].is_word and self.in_name_tok(toks[b - 1]):
            b -= 1
        if b == e or b - 1 < a or toks[b - 1].text not in ",،":
            return None
        return b, e

    def possessed_noun(self, t: _Tok) -> bool:
        """An indefinite noun carrying a possessive pronoun ("وقوفه"، "رفضها"، "دعمهم"), as written
        (ه, not the ة of a feminine noun); tagged names ("عبدالله") are excluded by the tagger and
        by the ``الله`` ending."""
        w = t.text.rstrip("ًٌٍَُِّْ")
        if not t.is_word or _definite(t.norm) or self.in_name_tok(t) or w.endswith("الله") or len(w) < 4:
            return False
        if t.norm[:1] in "لب":  # "لدولته": a prepositional phrase, not the object
            return False
        return w.endswith(("هما", "هم", "ها")) or (w.endswith("ه") and not w.endswith(("اه", "وه", "يه")))

    def in_name_tok(self, t: _Tok) -> bool:
        return any(a <= t.start < b for a, b in self.person_spans)

    def object_after_name(
        self, toks: list[_Tok], a: int, b: int, speaker: _Speaker
    ) -> tuple[_Speaker, int] | None:
        """ "اتهم وزير الداخلية ساجد جاويد موسكو بـ"، "حذر نائب الرئيس مايك بنس تركيا من": a country,
        city or organisation right after a titled person's name is the verb's object."""
        for m in range(a + 2, b):
            u = toks[m]
            if not u.is_word:
                return None
            un = u.norm[2:] if u.norm.startswith("ال") else u.norm
            if not (u.norm in lx.PLACE_WORDS or un in lx.ORG_HEADS or u.norm in lx.ORG_HEADS):
                continue
            if self.in_name_tok(u) or not toks[m - 1].is_word:
                continue
            if speaker.name is not None and normalize(u.text) not in normalize(speaker.name):
                return None  # the name found stops before it: nothing to cut
            sp = self.make_speaker(toks, a, m)
            if sp is not None and sp.type == "PER" and sp.name is not None:
                words = sp.name.split()
                # the name ends the cut phrase: the place word was not inside a title
                if self.surface(toks, a, m).endswith(words[-1]):
                    return sp, m
        return None

    def object_split(self, toks: list[_Tok], a: int, b: int) -> int | None:
        """Where the object starts inside "subject object" before بـ: a definite noun right after a
        complete definite phrase ("الجيش الروسي | الخوذ البيضاء"، "الصحيفة | الملصق") cannot be an
        idafa complement (the head would have no article), so unless it is an adjective it is the
        object."""
        for m in range(a + 1, b):
            n, prev = toks[m].norm, toks[m - 1].norm
            if not (toks[m].is_word and toks[m - 1].is_word):
                return None
            if (
                _definite(n)
                and not n.startswith(("لل", "بال", "وال"))
                and _definite(prev)
                and not _adjective(n)
                and n not in _PLAIN_ADJECTIVES
                and n not in lx.RANK_WORDS
                and prev not in lx.RANK_WORDS
                and not self.in_name(toks, m)
            ):
                return m
            bare = [x.norm for x in toks[a:m]]
            if (
                _definite(n)
                and m - a >= 2
                and not n.startswith(("لل", "بال", "وال"))
                and all(not _definite(x) and x not in _KNOWN_WORDS and x not in _PREPS for x in bare)
            ):
                return m  # "وطالبت ميرك إربه | الساسة": a bare two-word name, then the object
        return None

    def appositive_end(self, toks: list[_Tok], j: int, n: int) -> int | None:
        """Index of the content opener after an appositive clause starting at the comma ``j``.

        "قال X، وهو عضو في ... "بوكو حرام" إن"، "قالت X، التي أعلن ترامب تعيينها ...: "..."":
        the clause (a relative or a "وهو ..." apposition, within a few words of the comma) may hold
        its own verbs; the content starts at the first complementizer or colon that follows a comma,
        a closing quotation mark or the colon itself.
        """
        head = [t.norm for t in toks[j + 1 : j + 7]]
        titled = bool(head) and head[0] in lx.TITLE_WORDS and head[0].startswith("ال")
        # "قال رضا بلحاج، الممثل القانوني لحزب X إن": a title apposed without a closing comma
        open_title = bool(head) and (head[0] in lx.TITLE_WORDS or head[0] in _PERSON_NOUNS)
        # "وأوضح الغنوشي، على هامش انعقاد مجلس الشورى، أن": a short adverbial between commas
        # (channel phrases such as "، في بيان نشرته X،" are left to ``modifiers``)
        adverbial = bool(head) and (
            head[0] in lx.TIME_PREPS or (head[0] == normalize("على") and head[1:2] == [normalize("هامش")])
        )
        if not head or not (
            head[0] in _APPOS_PRON or any(x in _RELATIVE for x in head) or titled or adverbial or open_title
        ):
            return None
        k = j + 1
        while k < n and k - j < 40:
            t = toks[k]
            if t.text in ".؛" or (adverbial and (k - j > 12 or _base(t.norm, _SAY))):
                return None
            cl = self.closing(t) if _is_quote(t) else None
            if titled and k - j > 1 and cl is not None and len(self.text[t.start : cl].split()) > 6:
                return k  # "، العضو في الحكومة ... "سنواصل ..."": the quotation is the content
            if (
                titled
                and k - j > 1
                and t.norm.startswith("ل")
                and (_outlet_like(t.norm) or _l_medium(toks, k, n))
            ):
                return k  # "، العضو في الحكومة الأمنية لإذاعة الجيش": the medium follows
            if head[0] in _APPOS_PRON and k - j > 2 and t.norm in _COMP_FREE:
                return k  # "، وهو عضو أيضاً في الحكومة أن"
            if open_title and (_base(t.norm, _SAY) or t.norm in _RELATIVE or t.text in ",،"):
                open_title = False  # a verb, relative or second comma: not a plain title phrase
                plain = not (titled or head[0] in _APPOS_PRON or any(x in _RELATIVE for x in head))
                if plain and t.text not in ",،":
                    return None
            if open_title and k - j > 2 and t.norm in _COMP_FREE:
                return k  # "، المتحدث باسم الشرطة في جاوة الشرقية إن"
            if _is_quote(t) and (cl := self.closing(t)) is not None:
                if len(self.text[t.start : cl].split()) > 6:
                    return None  # a long quotation is content, not part of the apposition
                k = self.tok_after(toks, cl + 1)
                if k < n and (_is_comp(toks[k]) or toks[k].text == ":"):
                    return k
                continue
            if t.text == ":":
                return k
            if _is_comp(t) and toks[k - 1].text in ",،":
                return k
            k += 1
        return None

    def marked_subject(self, toks: list[_Tok], i: int) -> _Speaker | None:
        """Subject before the verb after a clause marker: "لكن موسكو نفت"، "وكانت السلطات كشفت"."""
        appos = self.name_apposition_before(toks, i)
        if appos is not None:
            return appos
        for m in range(i - 1, max(-1, i - 16), -1):
            if toks[m].text in ".،,:؛":
                break
            if toks[m].norm in _WHEN:
                return None  # "وعندما سئلت إن كانت X ... أجابت": the clause's subject is the last speaker
        k = i - 1
        if k >= 1 and toks[k].text in ",،" and toks[k - 1].is_word:
            # "ويذكر أن الجبير، أكد": a comma may set a short fronted subject off its verb
            m = k - 1
            while m >= 0 and k - m <= 3 and toks[m].is_word and toks[m].norm not in _CLAUSE_MARKERS:
                m -= 1
            if m >= 0 and toks[m].norm in _CLAUSE_MARKERS and k - m >= 2:
                k -= 1
        if k >= 0 and toks[k].norm == "قد":
            k -= 1
        end = k + 1
        # a relative clause inside the subject ("ترامب الذي يتوقع أن يعقد قمة ... أعرب") is skipped first
        m = k
        while m >= 0 and i - m <= 20 and toks[m].is_word and toks[m].norm not in _RELATIVE:
            m -= 1
        if m >= 0 and i - m <= 20 and toks[m].norm in _RELATIVE:
            end = m
            k = m - 1
        while k >= 0 and i - k <= 24 and toks[k].is_word and toks[k].norm not in _CLAUSE_MARKERS:
            k -= 1
        marker = k >= 0 and toks[k].is_word and toks[k].norm in _CLAUSE_MARKERS
        start = k + 1
        rel = next((m for m in range(start, end) if toks[m].norm in _RELATIVE), None)
        if rel is not None:
            end = rel  # "وكان الرئيس ... ترامب الذي يتوقع أن ... أعرب": the subject precedes the relative
        for m in range(start + 1, end - 1):
            nxt = toks[m + 1]
            if toks[m].norm == normalize("في") and (_occasion(nxt.norm) or nxt.text.isdigit()):
                end = m  # "وكان المجلس الوطني في يناير 2013 قد أقر": a time adverbial
                break
        if start >= end:
            return None
        inner = [t.norm for t in toks[start:end]]
        if any(x in _FOR_HIS_PART for x in inner):
            return None
        if any(x in lx.TIME_WORDS or _strip_conj(x) in _TIME_NOUNS for x in inner):
            return None  # "والشهر الماضي قال X": a fronted time phrase, not the subject
        allowed = (normalize("في"), normalize("لدى"), normalize("من"))
        if any(_is_cue_word(x) or (x in _PREPS and x not in allowed) for x in inner):
            return None
        if any(_is_comp(t) for t in toks[start:end]):
            return None  # a clause, not a noun phrase
        if not marker:
            if not (k < 0 or toks[k].text in ",،.") or end - start > 3:
                return None
            # sentence- or clause-initial noun phrase directly before its verb ("الحوثيون أعلنوا")
            first = inner[0]
            if not (_definite(first) or first in lx.ANON_HEADS or first in lx.PLACE_WORDS):
                return None
        elif end - start > 10:
            return None
        sp = self.make_speaker(toks, start, end)
        return self.resolve(sp) if sp is not None else None

    def name_apposition_before(self, toks: list[_Tok], i: int) -> _Speaker | None:
        """ "إلا أن منظمته، فاطمة خلف، قالت": a name between commas right before the verb."""
        c2 = i - 1
        if c2 >= 0 and toks[c2].norm == "قد":
            c2 -= 1  # "، الجنرال جون نيكولسون، قد قال"
        if c2 < 3 or toks[c2].text not in ",،":
            return None
        c1 = next((m for m in range(c2 - 1, max(-1, c2 - 7), -1) if toks[m].text in ",،"), None)
        if c1 is None or c2 - c1 < 2:
            return None
        seg = [t.norm for t in toks[c1 + 1 : c2]]
        if not all(toks[m].is_word for m in range(c1 + 1, c2)) or len(seg) > 5:
            return None
        # a rank opens the name ("، الجنرال جون نيكولسون،"); the rest must look like a bare name
        rest = seg[1:] if seg[0] in lx.RANK_WORDS and len(seg) >= 3 else seg
        if len(rest) > 4 or any(
            x in _KNOWN_WORDS or x in _PREPS or _definite(x) or x in lx.TIME_WORDS for x in rest
        ):
            return None
        k = c1 - 1
        while k >= 0 and c1 - k <= 6 and toks[k].is_word and toks[k].norm not in _CLAUSE_MARKERS:
            k -= 1
        if k < 0 or toks[k].norm not in _CLAUSE_MARKERS or k + 1 >= c1:
            return None
        name = self.surface(toks, c1 + 1, c2)
        desc = self.surface(toks, k + 1, c1)
        return _Speaker(
            text=name, full=f"{desc}، {name}", type="PER", head=normalize(name).split()[0], name=name
        )

    def finish_verb(
        self,
        toks: list[_Tok],
        i: int,
        speaker: _Speaker | None,
        channel: list[str],
        j: int,
        s1: int,
        nominal: bool,
        prep: str | None,
    ) -> tuple[_Raw, int] | None:
        t = toks[i]
        n = len(toks)
        verb = _base(t.norm, _SAY) or ""
        mods_j, channel2, through = self.modifiers(toks, j, n)
        channel = channel + channel2
        if through is not None:
            speaker = through
        j = mods_j
        # "وقالت المنظمة - بحسب ما نقلته وكالة فرانس برس عن رئيسها، بيتر سلامة - إن"
        if j < n and toks[j].text in "-–—":
            k = j + 1
            while k < n and toks[k].text not in "-–—" and k - j < 20:
                k += 1
            if k < n:
                inner = self.source_phrase(toks, j + 1, k)
                if inner is not None:
                    sp_in, ch_in = inner
                    if sp_in is not None:
                        if not ch_in and speaker is not None:
                            # "قالت المنظمة - نقلا عن منظمات محلية -": the organisation relays
                            ch_in = [self.resolve(speaker).full]
                        speaker = sp_in
                    channel += ch_in
                j = k + 1
        if (
            speaker is not None
            and j + 2 < n
            and _strip_conj(toks[j].norm) == normalize("نقلا")
            and toks[j + 1].norm == normalize("عن")
        ):
            k = self.parse_np(toks, j + 2, n, nominal=False, stop_b=False)
            for m in range(j + 3, k):
                # "نقلا عن مسؤول بالمخابرات ووثائق سرية": the first source is the speaker
                conj = (
                    toks[m].norm[:1] == "و" and len(toks[m].norm) > 3 and toks[m].norm[1:] not in _KNOWN_WORDS
                )
                if conj and (_definite(toks[m - 1].norm) or toks[m - 1].norm in lx.ANON_HEADS):
                    k = m
                    break
            inner = self.make_speaker(toks, j + 2, k) if k > j + 2 else None
            if inner is not None:
                relay = self.resolve(speaker)
                channel = [*channel, relay.full or relay.text]
                speaker = inner
                j, more, _ = self.modifiers(toks, k, n)
                while (
                    j < n
                    and not _is_comp(toks[j])
                    and toks[j].text not in ':"“«'
                    and toks[j].is_word
                    and j - k < 4
                ):
                    j += 1  # "ووثائق سرية" before the content
                channel += more
        if (
            not nominal
            and verb in (normalize("صرح"), normalize("صرحت"), normalize("أفاد"), normalize("أفادت"))
            and j < n
            and toks[j].norm.startswith("ب")
            and not _is_comp(toks[j])
            and len(toks[j].norm) > 3
        ):
            nominal = True  # "وصرحت متحدثة باسم الشرطة بسقوط عدد من القتلى": a nominal complement
        if prep is not None:
            if j < n and toks[j].norm == prep:
                j += 1
            elif not (j < n and _is_comp(toks[j])):
                return None
        elif (
            j < n
            and toks[j].norm in (normalize("عن"), normalize("إلى"))
            and not nominal
            and verb not in lx.CLAUSE_ONLY
        ):
            j += 1
            nominal = True
        elif j < n and toks[j].norm in (normalize("عن"), normalize("من"), normalize("إلى")) and nominal:
            if toks[j].norm == normalize("من") and verb in (normalize("طلبت"), normalize("طلب")):
                k = self.parse_np(toks, j + 1, n, nominal=True, stop_b=False)
                j = k if k > j + 1 else j + 1
            else:
                j += 1
        c = self.content(toks, j, s1, nominal=nominal or prep is not None)
        if (
            c is None
            and verb in _ANSWER
            and j < n
            and _is_quote(toks[j])
            and (close := self.closing(toks[j])) is not None
            and close > toks[j].start + 1
        ):
            # 'أجابت "نعم"': an answer is a statement however short (other quotations need 3 words)
            c = (toks[j].start + 1, close, True, self.tok_after(toks, close + 1))
        resume: int | None = None
        if c is None and prep is None and j < n and _base(toks[j].norm, lx.PARTICIPLES):
            # "قال X في بيان، مشيرا إلى أن ...: «...»": the quotation after the colon is the verb's
            # content; the participle keeps its own clause and is scanned next
            for k in range(j + 1, n - 1):
                if toks[k].text == ":" and _is_quote(toks[k + 1]) and self.closing(toks[k + 1]) is not None:
                    c = self.content(toks, k, s1, nominal=False)
                    resume = j
                    break
        if c is None:
            return None
        s, e, direct, after = c
        if resume is not None:
            after = resume
        k_after = self.tok_after(toks, e)
        while k_after < n and toks[k_after].text in ",،":
            k_after += 1
        if not direct and k_after < n and toks[k_after].norm in (normalize("عبر"), normalize("على")):
            medium = self.trailing_medium(toks, k_after)
            if medium is not None and not self.is_own(medium):
                channel = [*channel, medium]
        by_ref = False
        if speaker is None:
            pre = self.pre_subject(toks, i)
            owner = None
            if pre is not None and not channel and pre[1] < i:
                # "نشرت X تغريدة على تويتر تقول": the platform between the publisher and the verb
                plat = self.platform_phrase(toks, pre[1], i)
                if plat is not None and not self.is_own(plat[0]):
                    channel = [plat[0]]
            if pre is not None:
                lo = pre[0]
                if (
                    lo >= 3
                    and toks[lo].norm.startswith("ل")
                    and not toks[lo].norm.startswith("ال")
                    and _is_quote(toks[lo - 1])
                ):
                    # 'تصريحات "مماثلة" لروحاني قال': the owner of a statement noun before a quoted
                    # adjective; the pre-verb stretch starts after the closing mark
                    lo = next((m for m in range(lo - 2, max(-1, lo - 6), -1) if _is_quote(toks[m])), lo) - 1
                owner = self.statement_owner(toks, max(lo, 0), pre[1])
                speaker = owner[0] if owner else self.make_speaker(toks, *pre)
            elif (
                i > 0
                and toks[i - 1].norm in _RELATIVE
                and (toks[i].norm.endswith(("ها", "هم")) or toks[i].norm[-2:] == "اه")
            ):
                # "روسيا التي دعاها إلى": a verb carrying an object pronoun has the antecedent as
                # its object; its subject is left unsaid, so no speaker can be given, except for a
                # description ("التي وصفها بـ"..."") whose describer is the one already speaking
                if not toks[i].norm.startswith(normalize("وصف")):
                    return None
            elif i > 0 and toks[i - 1].norm in _RELATIVE:
                ante = self.relative_antecedent(toks, i - 1)
                if ante is not None:
                    a0 = ante[0]
                    owner = self.statement_owner(toks, *ante)
                    pl = toks[a0].norm.startswith("ل") and not toks[a0].norm.startswith("ال")
                    speaker = owner[0] if owner else self.make_speaker(toks, a0, ante[1], prefix_l=pl)
            elif i > 1 and i + 1 < n and toks[i + 1].norm in _IN_IT and toks[i - 1].text in ",،":
                # "بعد تغريدة لترامب، قال فيها إن": the pronoun of فيها is the statement before the
                # comma, whose owner speaks
                a0 = next((m for m in range(i - 2, max(-1, i - 8), -1) if toks[m].text in ".،,:؛"), -1) + 1
                owner = self.statement_owner(toks, a0, i - 1)
                speaker = owner[0] if owner else None
            if owner is not None and owner[1] and not channel:
                channel = [owner[1]]
            if speaker is None and not self.sent_has_quote:
                speaker = self.clause_subject(toks, i)
            if speaker is None:
                if self.last is None:
                    return None
                prev = self.agreeing_antecedent(_cue_gender(t.norm), t.start)
                narrated = self.narrated_antecedent(i, t.start, _cue_gender(t.norm))
                if narrated is not None:
                    prev = narrated
                speaker = _Speaker(
                    prev.text, prev.full, prev.type, prev.head, prev.name, list(prev.channel), True
                )
                speaker = self.as_written(speaker, t.start)
                by_ref = True
                if not channel:
                    channel = list(prev.channel)
        if not by_ref:
            speaker = self.resolve(speaker)
            if not channel and speaker.by_reference:
                channel = list(speaker.channel)
        if _outlet_like(normalize(speaker.full)):
            channel = [c for c in channel if normalize(c) not in self.own_media]
        return _Raw(s, e, direct, speaker, channel, t.text), after

    def narrated_antecedent(self, i: int, cue_start: int, gender: str | None) -> _Speaker | None:
        """The titled person who acted in the sentence right before a sentence-initial zero-subject
        cue, after the last quote, when the cue's gender allows it."""
        if self.narrated is None or i != 0 or self.last is None:
            return None
        sp, start = self.narrated
        since = self.quotes[-1].end if self.quotes else 0
        if start < since or cue_start - start > 600:
            return None
        if normalize(sp.full) == normalize(self.last.full):
            return None
        sg = _person_gender(sp)
        if gender is not None and sg is not None and sg != gender:
            return None
        return sp

    def agreeing_antecedent(self, gender: str | None, cue_start: int) -> _Speaker:
        """The last speaker, unless the cue's gender clearly disagrees with it ("قالت الوزارة ...
        وأضاف" after a man spoke before her): then a person of the cue's gender introduced since the
        last quote ("وتقوم الممثلة الكندية X بدور ... وقالت"), else the latest earlier speaker of
        that gender."""
        last = self.last
        assert last is not None
        last_gender = _speaker_gender(last)
        if last_gender is None and last.type == "PER":
            # a bare name: its title where the article gave one ("الممثل جيك جيلنهال")
            last_gender = _speaker_gender(_Speaker(last.full, last.full, last.type, last.head))
        if gender is None or last_gender == gender or (last_gender is None and gender == "m"):
            return last
        since = self.quotes[-1].end if self.quotes else 0
        introduced = self.introduced_person(gender, max(since, cue_start - 600), cue_start)
        if introduced is not None:
            return introduced
        if last_gender is None:
            return last
        earlier = [p for p in reversed(self.history[-6:]) if normalize(p.full) != normalize(last.full)]
        for prev in earlier:
            if _person_gender(prev) == gender:
                return prev
        for prev in earlier:
            # "وتابع" after a country or a ministry spoke: a man named without a title is the
            # nearest speaker the verb can agree with
            if prev.type == "PER" and _person_gender(prev) is None:
                return prev
        return last

    def introduced_person(self, gender: str, a: int, b: int) -> _Speaker | None:
        """The last person named after a title of ``gender`` between characters a and b ("الممثلة
        الكندية رايتشل مكادامز")."""
        toks = _tokens(self.text, a, b)
        found: _Speaker | None = None
        for k, t in enumerate(toks):
            n = _strip_conj(t.norm)
            if n not in lx.TITLE_WORDS and n not in _PERSON_NOUNS:
                continue
            if (n.endswith("ه") and n not in _FEM_NAME_EXCEPTIONS) != (gender == "f"):
                continue
            for m in range(k + 1, min(len(toks), k + 5)):
                start = self.name_ending_at(toks[m].end)
                if start is not None and start >= toks[k + 1].start:
                    sp = self.make_speaker(toks, k, m + 1)
                    if sp is not None and sp.type == "PER":
                        found = sp
                    break
                if not toks[m].is_word:
                    break
        return found

    def statement_owner(self, toks: list[_Tok], a: int, b: int) -> tuple[_Speaker, str] | None:
        """ "في بيان لماكين قال فيه"، "تغريدة ترامب التي قال فيها": the statement's owner speaks;
        a tweet also names its platform (the channel, "" when none)."""
        for m in range(b - 1, a - 1, -1):
            w = toks[m].norm
            wb = w[2:] if w.startswith("ال") else w
            if (w in lx.STATEMENT_WORDS or wb in lx.STATEMENT_WORDS) and m + 1 < b:
                k = m + 1
                if _is_quote(toks[k]) and (cl := self.closing(toks[k])) is not None:
                    k = self.tok_after(toks, cl + 1)  # 'تصريحات "مماثلة" لروحاني': a quoted adjective
                e = b
                while e > k + 1 and toks[e - 1].norm in lx.TIME_WORDS:
                    e -= 1  # "لروحاني الأحد قال خلالها": the day is not part of the owner
                if k >= e:
                    return None
                first = toks[k].norm
                pl = first.startswith("ل") and not first.startswith("ال")
                sp = self.make_speaker(toks, k, e, prefix_l=pl)
                if sp is None:
                    return None
                sp = self.resolve(sp)
                return sp, ("تويتر" if wb.startswith(normalize("تغريد")) else "")
        return None

    def clause_subject(self, toks: list[_Tok], i: int) -> _Speaker | None:
        """Subject of the sentence's first clause, for "X did Y، ووصفه ..." without an earlier quote."""
        if any(t.norm in _WHEN for t in toks[:i]):
            return None  # "وعندما سئلت ... أجابت": a passive time clause has no subject to lend
        k = 0
        while k < i and toks[k].is_word and toks[k].norm in _CLAUSE_MARKERS:
            k += 1
        if k >= i or not toks[k].is_word:
            return None
        if toks[k].norm in _NEGATIONS:
            k += 1
            if k >= i:
                return None
        if toks[k].norm == "من" and k + 1 < i and toks[k + 1].norm in _FOR_HIS_PART:
            k += 2  # "من جهته رد X، ...، قائلا"
            while k < i and toks[k].text in ",،":
                k += 1
            if k >= i or not toks[k].is_word:
                return None
        if _strip_conj(toks[k].norm) in lx.TIME_PREPS or toks[k].norm in lx.TIME_PREPS:
            # "وقبل أسبوعين، أطلق الرئيس ...": a fronted adverbial ends at its comma
            comma = next((m for m in range(k + 1, min(i, k + 8)) if toks[m].text in ",،"), None)
            if comma is None:
                return None
            k = comma + 1
            if k >= i or not toks[k].is_word:
                return None
        if _base(toks[k].norm, _STATEMENT_VERBS) or toks[k].norm in _DEMONSTRATIVES:
            return None  # "جاء ذلك في بيان ...، حيث قال": the subject is the previous speaker
        first = toks[k].norm
        svo = _definite(first) or first in lx.ANON_HEADS or first in lx.PLACE_WORDS
        a = k if svo else k + 1
        if a >= i or not toks[a].is_word or toks[a].norm in _PREPS:
            return None
        b = self.parse_np(toks, a, i, nominal=True, stop_b=True)
        for m in range(a + 1, b):
            if m == a + 1 and toks[m].norm == "من" and toks[a].norm in _QUANTIFIERS:
                continue  # "الكثير من الجماعات قاطعت ...، مطالبة": a quantity of a group
            if toks[m].norm in _PREPS or (self.possessed_noun(toks[m]) and not self.in_name(toks, m)):
                b = m  # "وعاود أردوغان تصريحاته ...، قائلا": a possessed noun is the object
                break
            # "يذكر أن إسرائيل شنت ضربات، مشيرة": subject-first, the first bare word is the verb
            bare = toks[m].is_word and not _definite(toks[m].norm) and toks[m].norm not in lx.PLACE_WORDS
            if svo and bare and not self.in_name(toks, m):
                b = m
                break
        if b <= a:
            return None
        sp = self.make_speaker(toks, a, b)
        if sp is not None and sp.name is None and b + 2 < i and toks[b].text in ",،":
            # "دافع الرئيس الأمريكي، دونالد ترامب، عن ...، موضحا": a bare name apposed between commas
            c = next((m for m in range(b + 2, min(i, b + 6)) if toks[m].text in ",،"), None)
            seg = [x.norm for x in toks[b + 1 : c]] if c is not None else []
            if (
                seg
                and seg[0][:1].isalpha()
                and not (toks[c + 1].norm[:1] == "و" and not toks[c + 1].norm.startswith("وال"))  # "، X، وY،"
                and all(x.is_word for x in toks[b + 1 : c])
                and all(not _definite(x) and x not in _KNOWN_WORDS and x not in _PREPS for x in seg)
                and seg[0] not in _RELATIVE
                and seg[0] not in _CLAUSE_VERBS
            ):
                sp2 = self.make_speaker(toks, a, c)
                if sp2 is not None:
                    sp2.name = sp2.text = self.surface(toks, b + 1, c)
                    sp2.type = "PER"
                    sp2.full = " ".join((self.surface(toks, a, b) + "، " + sp2.name).split())
                    sp = sp2
        if sp is not None and sp.name is None and b < i and toks[b].norm in _PREPS:
            # "وأكد رئيس اللجنة ... في شأن ... فيم ديستلمانز": the NP was cut at a preposition before
            # the name; an earlier mention that starts the same way gives the person
            lead = " ".join(normalize(sp.text).split())
            for prev in reversed(self.history):
                pf = " ".join(normalize(prev.full).replace("#", "").replace("،", " ").split())
                if prev.type == "PER" and prev.name and len(lead.split()) >= 2 and pf.startswith(lead):
                    return _Speaker(
                        prev.text, prev.full, "PER", prev.head, prev.name, list(prev.channel), True
                    )
        return self.resolve(sp) if sp is not None else None

    def as_written(self, sp: _Speaker, cue_start: int) -> _Speaker:
        """A zero-subject continuation names its antecedent as the article last wrote it (annotation
        convention): when a person was named again, by surname only, after their last quote ("وكان
        بخاري زار ...، وقال"، "جاء ذلك في تغريدة لقرقاش ... حيث قال"), that later form is the speaker."""
        titled = sp.head in lx.TITLE_WORDS
        if sp.type != "PER" and not titled:
            return sp
        name = normalize(sp.name or sp.text).replace("#", "").split()
        if len(name) < 2:
            return sp
        if sp.type != "PER":
            name = ["", ""]  # an unnamed title: only its definite description can be found
        lo = self.quotes[-1].end if self.quotes else 0
        if cue_start - lo > 600 or cue_start <= lo:
            return sp
        win = _tokens(self.text, lo, cue_start)
        for k in range(len(win) - 1, -1, -1):
            w = win[k].norm
            if w.startswith("لل"):
                w = "ال" + w[2:]
            elif w[:1] in "لو" and w[1:] == name[-1]:
                w = w[1:]
            if w != name[-1]:
                title = self.title_description(win, k, sp)
                if title is not None:
                    return _Speaker(title, sp.full, sp.type, sp.head, title, list(sp.channel), True)
                continue
            prev = win[k - 1].norm if k >= 1 else ""
            if prev == name[-2] or prev in _PATRONYMIC or prev in _NAME_PARTICLES:
                return sp  # the full name again: keep it
            a = k
            if prev in lx.RANK_WORDS or (prev in lx.TITLE_WORDS and prev.startswith("ال")):
                a = k - 1  # "الوزير بخاري": a definite title stays with a lone surname
            surf = self.text[win[a].start : win[k].end].replace("#", "")
            first = surf.split()[0]
            if first[:1] in "لو" and normalize(first[1:]) in (name[-1], prev):
                surf = surf[1:]
            return _Speaker(surf, sp.full, sp.type, sp.head, surf, list(sp.channel), True)
        return sp

    def title_description(self, win: list[_Tok], k: int, sp: _Speaker) -> str | None:
        """ "تغريدة للوزير القطري": a definite title (and its adjectives) that the speaker's fuller
        form carries, written after their last quote; the surface form without the ل prefix."""
        w = win[k].norm
        if w.startswith("لل"):
            w = "ال" + w[2:]
        elif w[:1] == "و" and w[1:].startswith("ال"):
            w = w[1:]
        if not w.startswith("ال") or w[2:] not in lx.TITLE_WORDS or w in lx.RANK_WORDS:
            return None
        full = set(normalize(sp.full).replace("#", "").replace("،", " ").split())
        if w[2:] not in full and w not in full:
            return None
        if k + 1 < len(win) and win[k + 1].is_word and not _definite(win[k + 1].norm):
            return None  # a title before a name: the name rule decides
        m = k + 1
        while m < len(win) and win[m].is_word and _adjective(win[m].norm) and win[m].norm in full:
            m += 1
        surf = self.text[win[k].start : win[m - 1].end]
        if surf.startswith("لل"):
            surf = "ال" + surf[2:]
        elif surf[:1] == "و":
            surf = surf[1:]
        return surf

    def participle_cue(self, toks: list[_Tok], i: int, s1: int) -> tuple[_Raw, int] | None:
        if i > 0 and toks[i - 1].text in "-–—":
            return None  # "سبق- متابعة:": a byline, not a continuation
        if not self.sent_has_quote and i > 0:
            sp0 = self.clause_subject(toks, i)
            if sp0 is not None:
                self.last = sp0
        if self.last is None:
            return None
        j = i + 1
        part = _base(toks[i].norm, lx.PARTICIPLES) or ""
        if part.startswith(normalize("واصف")) and not any(
            x.norm.startswith((normalize("بأن"), "علي")) or _is_quote(x) for x in toks[i + 1 : i + 6]
        ):
            return None  # "واصفاً برأيه الحل": no description of anything
        if j < len(toks) and toks[j].norm in (normalize("عن"), normalize("إلى")):
            j += 1
        c = self.content(toks, j, s1, nominal=part.startswith(_NOMINAL_PARTICIPLES))
        if c is None:
            return None
        s, e, direct, after = c
        last = self.last
        sp = _Speaker(last.text, last.full, last.type, last.head, last.name, list(last.channel), True)
        sp = self.as_written(sp, toks[i].start)
        return _Raw(s, e, direct, sp, list(last.channel), toks[i].text), after

    def relay_cue(self, toks: list[_Tok], i: int, s1: int) -> tuple[_Raw, int] | None:
        """ "نقلت وكالة X عن Y (قوله) إن ..." / "نقلت الوكالة على لسان Y قوله"."""
        n = len(toks)
        k = i + 1
        while (
            k < n
            and k - i < 12
            and toks[k].norm not in (normalize("عن"),)
            and not (toks[k].norm == normalize("على") and k + 1 < n and toks[k + 1].norm == normalize("لسان"))
        ):
            k += 1
        if k >= n or k - i >= 12:
            return None
        channel_name = self.surface(toks, i + 1, k)
        a = k + (2 if toks[k].norm == normalize("على") else 1)
        if (
            a + 1 < n
            and toks[a].norm in lx.STATEMENT_WORDS
            and toks[a + 1].norm[:1] == "ل"
            and not toks[a + 1].norm.startswith("ال")
        ):
            a += 1  # "نقلت رويترز عن تصريحات للمسؤول X": the statement's owner speaks
            j = self.parse_np(toks, a, n, nominal=False, stop_b=False)
            speaker = self.make_speaker(toks, a, j, prefix_l=True)
        else:
            j = self.parse_np(toks, a, n, nominal=False, stop_b=False)
            speaker = self.make_speaker(toks, a, j)
        if speaker is None:
            return None
        if j < n and toks[j].text in "-–—":
            # "عن مصدر مطلع- لم تذكر هويته- إعلانه": the narrator's aside between dashes
            k = next((m for m in range(j + 1, min(n, j + 12)) if toks[m].text in "-–—"), None)
            if k is not None:
                j = k + 1
        while j < n and (toks[j].text in ",،" or toks[j].norm in _RELAYED_SAYING):
            j += 1
        mods_j, ch, _ = self.modifiers(toks, j, n)
        c = self.content(toks, mods_j, s1, nominal=True)
        if c is None:
            return None
        s, e, direct, after = c
        speaker = self.resolve(speaker)
        channel = ch + ([channel_name] if channel_name and not self.is_own(channel_name) else [])
        if _base(normalize(channel_name).split()[0] if channel_name else "", lx.ANON_HEADS):
            channel = ch
        return _Raw(s, e, direct, speaker, channel, toks[i].text), after

    def statement_cue(self, toks: list[_Tok], i: int, s1: int) -> tuple[_Raw, int] | None:
        """ "جاء في بيان للتحالف أن"، "وجاء في البيان:"، "تضمن بيان للمتحدث ... أن"."""
        n = len(toks)
        j = i + 1
        if toks[j].norm in _DEMONSTRATIVES:
            self.statement_source(toks, j + 1, n)
            return None
        if toks[j].norm == normalize("في"):
            j += 1
        if j >= n:
            return None
        sw = toks[j].norm
        swb = sw[2:] if sw.startswith("ال") else sw
        if sw not in lx.STATEMENT_WORDS and swb not in lx.STATEMENT_WORDS:
            return None
        sw_at = j
        j += 1
        speaker = None
        if j < n and toks[j].norm.startswith("ل") and toks[j].is_word and not toks[j].norm.startswith("ال"):
            k = self.parse_np(toks, j, n, nominal=False, stop_b=False)
            # parse_np stops at ل-outlets; here the ل belongs to the owner of the statement
            if k == j:
                k = self.parse_np(toks, j + 1, n, nominal=False, stop_b=False) if j + 1 < n else j
                k = max(k, j + 1)
            speaker = self.make_speaker(toks, j, k, prefix_l=True)
            if speaker is not None and sw_at == i + 1 and not sw.startswith("ال"):
                # "وتضمن بيان للمديرية أن": the statement is the verb's subject, so it is the speaker
                # (as "وقال بيان لشركة X"); in "جاء في بيان لـ X" the owner speaks
                phrase = self.surface(toks, sw_at, k)
                speaker = _Speaker(text=phrase, full=phrase, type="ORG", head=swb, name=None)
            j = k
        plat = None
        if j + 1 < n and toks[j].norm in (normalize("على"), normalize("عبر"), normalize("في")):
            plat = _platform_at(toks, j + 1, n)  # "تضمن بيان للمديرية على فيس بوك أن"
            if plat is not None:
                j = plat[1]
        mods_j, channel, through = self.modifiers(toks, j, n)
        if plat is not None:
            channel = [plat[0], *channel]
        if through is not None:
            speaker = through
        if speaker is None:
            speaker = self.make_speaker(
                toks,
                i + 2 if toks[i + 1].norm == normalize("في") else i + 1,
                i + 3 if toks[i + 1].norm == normalize("في") else i + 2,
            )
        if speaker is None:
            return None
        speaker.type = speaker.type if speaker.name or speaker.type != "ANON" else "ORG"
        c = self.content(toks, mods_j, s1, nominal=False)
        if c is None:
            return None
        s, e, direct, after = c
        speaker = self.resolve(speaker)
        if not channel and speaker.by_reference:
            channel = list(speaker.channel)
        return _Raw(s, e, direct, speaker, channel, toks[i].text), after

    def medium_after(self, toks: list[_Tok], j: int, span: int = 12) -> str | None:
        """The first medium given after مع or ل in toks[j:j+span] ("لمحطات تلفزيونية تركية"،
        "في مقابلة مع قناة X"), stopping at a clause boundary; ل-words that are not media are skipped."""
        n = len(toks)
        for k in range(j, min(n, j + span)):
            un = toks[k].norm
            if _is_comp(toks[k]) or _is_quote(toks[k]) or toks[k].text in ":.؛" or _base(un, _SAY):
                return None
            if un == normalize("مع") or (un.startswith("ل") and not un.startswith("ال") and len(un) > 2):
                name, _ = self.outlet_np(toks, k + 1 if un == normalize("مع") else k, n, True)
                if name and _outlet_like(normalize(name)):
                    return None if self.is_own(name) else name
        return None

    def backfill_medium(self, name: str) -> None:
        """A quote-less sentence tells how the last speaker's words came out ("وأدلى X بهذا التصريح
        لمحطات تلفزيونية تركية"، "جاء ذلك في مقابلة مع قناة Y"): their latest quotes without a
        channel, back to one that has its own, get it."""
        last = self.last
        if last is None or not self.quotes:
            return
        start = None
        for q in reversed(self.quotes):
            if not _same_entity(q.speaker, last):
                continue
            if q.channel or (start is not None and start - q.end > _SHARE_BACKWARD_NOTE):
                break
            q.channel = [name]
            q.inherited = False
            start = q.start
        if start is not None:
            last.channel = [name]

    def medium_note(self, toks: list[_Tok]) -> None:
        """ "وأدلى X بهذا التصريح لـ Y" in a sentence without a quote: Y relayed X's last words."""
        if len(toks) < 4 or self.last is None:
            return
        first = toks[0].norm
        if first not in _GAVE and first[1:] not in _GAVE:
            return
        # the subject, when named, must be the last speaker ("وأدلى تشاووش أوغلو بهذا التصريح")
        k = 1
        while k < len(toks) and k < 6 and not toks[k].norm.startswith("ب"):
            k += 1
        if k >= len(toks) or k >= 6:
            return
        if k > 1:
            surf = self.surface(toks, 1, k)
            subj = _Speaker(surf, surf, "PER", "", surf)
            if not _same_entity(subj, self.last) and normalize(subj.text) not in normalize(self.last.full):
                return
        if (
            _strip_b(toks[k].norm) not in _DEMONSTRATIVES
            and _strip_b(toks[k].norm) not in _B_STATEMENT
            and (toks[k].norm[1:] not in lx.STATEMENT_WORDS)
        ):
            return
        name = self.medium_after(toks, k + 1)
        if name is not None:
            self.backfill_medium(name)

    def fronted_medium(self, toks: list[_Tok]) -> str | None:
        """ "وخلال مقابلة حصرية مع القنوات الفرنسية X، الأحد، قال ماكرون": a sentence that opens
        with an interview or statement given to a medium names the channel of its first quote."""
        first = toks[0].norm if toks else ""
        if len(toks) < 4 or (first not in _MEDIUM_PREPS and first[1:] not in _MEDIUM_PREPS):
            return None
        sw = toks[1].norm
        if sw not in lx.STATEMENT_WORDS and (sw[2:] if sw.startswith("ال") else sw) not in lx.STATEMENT_WORDS:
            return None
        for k in range(2, min(len(toks), 10)):
            un = toks[k].norm
            if _is_comp(toks[k]) or _is_quote(toks[k]) or toks[k].text in ":,،" or _base(un, _SAY):
                return None
            if un == normalize("مع") or (un.startswith("ل") and not un.startswith("ال") and len(un) > 2):
                name, e = self.outlet_np(toks, k + 1 if un == normalize("مع") else k, len(toks), True)
                if not name or not _outlet_like(normalize(name)):
                    continue  # "دامت لساعتين مع القنوات الفرنسية"
                if self.is_own(name):
                    return None
                # the verb of saying must follow the phrase in this sentence
                if any(_base(t.norm, _SAY) for t in toks[e : e + 8]):
                    return name
                return None
        return None

    def medium_ahead(self, toks: list[_Tok], j: int, limit: int) -> bool:
        """ "خلال مقابلة مع قناة فوكس": a statement word, then a medium after مع or ل (a time phrase
        "خلال لقاء لحزبه" or "خلال الاجتماع" is not a medium)."""
        for k in range(j + 2, min(limit, j + 8)):
            un = toks[k].norm
            if _is_comp(toks[k]) or _is_quote(toks[k]) or toks[k].text in ":,،":
                return False
            if un == normalize("مع") or (un.startswith("ل") and not un.startswith("ال") and len(un) > 2):
                name, _ = self.outlet_np(toks, k + 1 if un == normalize("مع") else k, limit, True)
                return bool(name) and _outlet_like(normalize(name))
        return False

    def own_medium_np(self, toks: list[_Tok], j: int, n: int) -> tuple[str, int] | None:
        """ "على موقعها الإلكتروني"، "عبر حسابه الرسمي" (no platform named): (name, index after)."""
        if j + 1 >= n or toks[j].norm not in (normalize("على"), normalize("عبر"), normalize("في")):
            return None
        w = toks[j + 1].norm
        if not any(w.startswith(h) and 0 < len(w) - len(h) <= 2 for h in _OWN_MEDIA):
            return None
        if self.platform_phrase(toks, j + 1, n, span=10) is not None:
            return None  # "على حسابها على تويتر": the platform is the channel
        k = j + 2
        while k < n and toks[k].is_word and _definite(toks[k].norm) and k - j < 5:
            k += 1
        return self.surface(toks, j + 1, k), k

    def trailing_medium(self, toks: list[_Tok], k: int) -> str | None:
        """A platform or own site named right after a statement ("عبر صفحته على “فيس بوك”")."""
        n = len(toks)
        if k + 1 >= n:
            return None
        w = toks[k + 1].norm
        if not (
            any(w.startswith(h) and 0 < len(w) - len(h) <= 2 for h in _OWN_MEDIA)
            or _platform_at(toks, k + 1, n) is not None
        ):
            return None
        plat = self.platform_phrase(toks, k + 1, n, span=10)
        if plat is not None:
            return plat[0]
        own = self.own_medium_np(toks, k, n)
        return own[0] if own is not None else None

    def own_medium(self, toks: list[_Tok], j: int, n: int) -> str | None:
        """ "جاء على موقعه الرسمي"، "نشر على حسابه في تويتر": the medium named after جاء/نشر/ورد."""
        if j + 2 >= n or _base(toks[j].norm, _STATEMENT_VERBS | frozenset({normalize("نشر")})) is None:
            return None
        if toks[j + 1].norm not in (normalize("على"), normalize("في"), normalize("عبر")):
            return None
        plat = self.platform_phrase(toks, j + 2, n)
        if plat is not None:
            return plat[0]
        w = toks[j + 2].norm
        if not any(w.startswith(h) and len(w) - len(h) <= 2 for h in _OWN_MEDIA):
            return None
        k = j + 3
        while (
            k < n and toks[k].is_word and _definite(toks[k].norm) and _adjective(toks[k].norm) and k - j < 5
        ):
            k += 1
        return self.surface(toks, j + 2, k)

    def statement_source(self, toks: list[_Tok], j: int, n: int) -> None:
        """ "جاء ذلك في بيان لوزارة الخارجية" after a person's words: the ministry relayed them.

        The statement's owner becomes the channel of the last speaker's quotes that have none
        (and of the speaker, so that continuations keep it).  A statement of the speaker's own
        ("في بيان له"، "في مؤتمر صحافي له") or by the same organisation adds nothing.
        """
        last = self.last
        if last is None or j >= n or toks[j].norm != normalize("في"):
            return
        for m in range(j + 1, min(n, j + 14)):
            # "جاء ذلك في تغريدة لقرقاش على صفحته بموقع التواصل الاجتماعي، تويتر، حيث قال"
            if _is_comp(toks[m]) or _is_quote(toks[m]) or toks[m].norm in (normalize("حيث"),):
                break
            plat = _platform_at(toks, m, n)
            if plat is not None:
                for q in self.quotes:
                    same = q.speaker is last or normalize(q.speaker.full) == normalize(last.full)
                    if same and not q.channel:
                        q.channel = [plat[0]]
                last.channel = [plat[0]]
                return
        if j + 1 < n and (toks[j + 1].norm in _INTERVIEW or toks[j + 1].norm[2:] in _INTERVIEW):
            medium = self.medium_after(toks, j + 2)
            if medium is not None:
                self.backfill_medium(medium)  # "جاء ذلك في مقابلة مع قناة X"
                return
        if last.type == "ORG":
            return
        j += 1
        if j >= n:
            return
        sw = toks[j].norm
        if sw not in lx.STATEMENT_WORDS and (sw[2:] if sw.startswith("ال") else sw) not in lx.STATEMENT_WORDS:
            return
        j += 1
        if j >= n or not toks[j].is_word or not toks[j].norm.startswith("ل") or toks[j].norm.startswith("ال"):
            return
        if toks[j].norm in ("له", "لها", "لهم"):
            return
        k = self.parse_np(toks, j, n, nominal=False, stop_b=False)
        if k == j:
            k = max(self.parse_np(toks, j + 1, n, nominal=False, stop_b=False), j + 1)
        owner = self.make_speaker(toks, j, k, prefix_l=True)
        if owner is None or owner.type not in ("ORG",) or owner.name:
            return
        name = owner.full
        if normalize(name) in normalize(last.full):
            return
        for q in self.quotes:
            same = q.speaker is last or normalize(q.speaker.full) == normalize(last.full)
            if same and not q.channel:
                q.channel = [name]
        last.channel = [name]

    def source_phrase(self, toks: list[_Tok], a: int, b: int) -> tuple[_Speaker | None, list[str]] | None:
        """Parse "بحسب ما نقلته X عن Y" / "نقلا عن معلومات نشرتها Y" inside a parenthetical."""
        words = [t for t in toks[a:b] if t.is_word]
        if not words:
            return None
        an = [t.norm for t in toks[a:b]]
        if normalize("عن") in an:
            k = a + an.index(normalize("عن"))
            pre = self.surface(toks, a, k)
            pre_toks = _tokens(self.text, toks[a].start, toks[k].start)
            ch = []
            # the medium is the NP after a relay verb in the part before "عن"
            for m, t in enumerate(pre_toks):
                if t.norm in lx.RELAY_VERBS or _base(t.norm, lx.RELAY_VERBS):
                    name, _ = self.outlet_np(pre_toks, m + 1, len(pre_toks))
                    if name:
                        ch.append(name)
                    break
            del pre
            # after "عن": skip "معلومات نشرتها" / "رئيسها،"
            j = k + 1
            seg = toks[j:b]
            segn = [t.norm for t in seg]
            for m, sn in enumerate(segn):
                if sn in lx.RELAY_VERBS or sn in (normalize("نشرتها"), normalize("نشرته")):
                    j = k + 1 + m + 1
                    break
            # "رئيسها، بيتر سلامة"
            comma = next((m for m in range(j, b) if toks[m].text in ",،"), None)
            if comma is not None and comma + 1 < b:
                sp = self.make_speaker(toks, comma + 1, self._trim_np(toks, comma + 1, b))
                if sp is not None and sp.type != "ORG":
                    sp.type = "PER"
                    sp.name = sp.text
                    return sp, ch
            sp = self.make_speaker(toks, j, self._trim_np(toks, j, b))
            return sp, ch
        return None

    def source_cue(
        self,
        toks: list[_Tok],
        i: int,
        s0: int,
        s1: int,
        sent_quotes: list[_Raw],
        pending: list[str],
    ) -> tuple[_Raw, int] | None:
        """ "X، وفقا لـ Y" / "حسب Y، فإن X" / "وحسب رويترز، قال ..." / "وفقا لما نقلته Y عن Z"."""
        n = len(toks)
        j = i + 1
        cue_norm = toks[i].norm
        verb_kind = None  # "say" | "relay" | None (bare)
        if cue_norm == normalize("كما"):
            verb_kind = "say"
            j = i + 2
        elif cue_norm == normalize("نقلا") or cue_norm == normalize("ونقلا"):
            if j < n and toks[j].norm == normalize("عن"):
                j += 1
            verb_kind = None
        else:
            if j < n and toks[j].norm in (normalize("لما"), "ما"):
                j += 1
                site = self.own_medium(toks, j, n)
                if site is not None:
                    prev = sent_quotes[-1] if sent_quotes else None
                    if prev is not None and prev.end <= toks[i].start and toks[i].start - prev.end < 40:
                        if normalize(site) not in {normalize(c) for c in prev.channel}:
                            prev.channel.append(site)
                            prev.carry = False
                        return None
                if j < n:
                    v = toks[j].norm
                    verb_kind = "relay" if (v in lx.RELAY_VERBS or _base(v, lx.RELAY_VERBS)) else "say"
                    j += 1
            elif _strip_conj(cue_norm) == normalize("حسبما") and j < n:
                v = toks[j].norm
                verb_kind = "relay" if v in lx.RELAY_VERBS else "say"
                j += 1
        # the attributed NP (may carry ل / لل)
        prefix_l = False
        while j < n and toks[j].norm in lx.TIME_WORDS:
            j += 1
        if j < n and toks[j].is_word and toks[j].norm.startswith("ل") and not toks[j].norm.startswith("ال"):
            prefix_l = True
        if (j < n and toks[j].text == "ل") or (j < n and toks[j].text in ("لـ",)):
            j += 1
            prefix_l = False
        a = j
        # statement words: "حسب تصريحات مصدر"، "وفقا لبيان ..."
        skipped_statement = False
        if a < n:
            an = toks[a].norm[1:] if prefix_l else toks[a].norm
            anb = an[2:] if an.startswith("ال") else an
            if (an in lx.STATEMENT_WORDS or anb in lx.STATEMENT_WORDS) and a + 1 < n:
                skipped_statement = True
                a += 1
                prefix_l = False
            elif not _definite(an):
                # "بحسب حصيلة نهائية أوردتها اللجنة"، "وفق أرقام نشرتها الوزارة": the body that
                # published the figures is the speaker, not the figures
                for m in range(a + 1, min(n, a + 4)):
                    w = toks[m].norm
                    stem = w[:-2] if w.endswith("ها") else w[:-1] if w.endswith("ه") else ""
                    if not toks[m].is_word:
                        break
                    if stem and (stem in lx.RELAY_VERBS or stem in _PUBLISH or _base(stem, _SAY)):
                        if m + 1 < n and toks[m + 1].is_word:
                            skipped_statement = True
                            a = m + 1
                            prefix_l = False
                        break
        if a < n and _is_quote(toks[a]) and (close := self.closing(toks[a])) is not None:
            k = self.tok_after(toks, close + 1)
            speaker = _Speaker(self.text[toks[a].start + 1 : close].strip(), "", "ORG", "")
            speaker.full = speaker.text
            speaker.head = normalize(speaker.text).split()[0] if speaker.text else ""
            if _outlet_like(normalize(speaker.text)):
                speaker.type = "ORG"
        else:
            k = self.parse_np(toks, a, n, nominal=False, stop_b=False) if a < n else a
            if k == a and prefix_l and a < n:
                k = self.parse_np(toks, a + 1, n, nominal=False, stop_b=False)
                k = max(k, a + 1)
            speaker = self.make_speaker(toks, a, k, prefix_l=prefix_l) if k > a else None
        if (
            speaker is None
            and k < n
            and toks[k].norm == normalize("في")
            and k + 1 < n
            and _strip_al(toks[k + 1].norm) not in _INTERVIEWS
        ):
            # "وفق ما أعلن في بيان": the statement itself is the speaker ("حسبما اعترف في اللقاء" is
            # an occasion: the speaker is the one already speaking)
            speaker = self.make_speaker(toks, k + 1, k + 2)
            if speaker is not None:
                speaker.type = "ORG"
            k += 2
        if (
            speaker is None
            and k + 1 < n
            and toks[k].norm == normalize("في")
            and _strip_al(toks[k + 1].norm) in _INTERVIEWS
            and self.last is not None
        ):
            prev = self.last  # "حسبما اعترف في اللقاء": the one already speaking
            speaker = _Speaker(
                prev.text, prev.full, prev.type, prev.head, prev.name, list(prev.channel), True
            )
            k += 2
        if speaker is not None and k + 1 < n and toks[k].text in ",،":
            m = k + 1
            while m < n and toks[m].is_word and m - k <= 5:
                m += 1
            seg = [x.norm for x in toks[k + 1 : m]]
            if (
                0 < len(seg) <= 4
                and (m >= n or toks[m].text in ".,،")
                and all(x not in _KNOWN_WORDS and x not in _PREPS for x in seg)
                and not _definite(seg[0])
                and not any(_base(x, lx.SOURCE_CUES) for x in seg)
            ):
                speaker.name = speaker.text = self.surface(toks, k + 1, m)
                speaker.full = speaker.full + "، " + speaker.name
                speaker.type = "PER"
                k = m
        if speaker is None or (
            speaker.head in _MEDIA_OBJECTS or normalize(speaker.full).split()[0] in _MEDIA_OBJECTS
        ):
            return None
        if self.is_own(speaker.full) and not (k < n and toks[k].norm == normalize("عن")):
            return None  # "حسبما علمت بي بي سي" in a BBC article: the outlet's own reporting
        mods_k, channel, through = self.modifiers(toks, k, n)
        if through is not None:
            speaker = through
        k = mods_k
        if k < n and _say_with_object(toks[k].norm):
            k2 = self.parse_np(toks, k + 1, n, nominal=False, stop_b=False)
            inner = self.make_speaker(toks, k + 1, k2)
            if inner is not None:
                speaker = inner
                mods_k, channel, _ = self.modifiers(toks, k2, n)
                k = mods_k
        # "نقلته X عن Y": speaker Y, channel X
        if (
            k < n
            and toks[k].norm == normalize("عن")
            and (verb_kind == "relay" or _strip_conj(cue_norm) == normalize("نقلا"))
        ):
            k2 = self.parse_np(toks, k + 1, n, nominal=True, stop_b=False)
            inner = self.make_speaker(toks, k + 1, k2)
            if inner is not None:
                channel = [speaker.full, *channel]
                speaker = inner
                k = k2
        if skipped_statement and channel and speaker.type == "ORG" and not speaker.name:
            # "وفقا لبيان حوثي منشور عبر قناتهم بتلغرام": a platform for the previous quote
            pass
        speaker = self.resolve(speaker)
        cue_text = self.text[toks[i].start : toks[max(i, min(k, n) - 1)].end] if verb_kind else toks[i].text
        # 1. trailing attribution of a quote earlier in this sentence
        prev = sent_quotes[-1] if sent_quotes else None
        if prev is not None and prev.end <= toks[i].start and toks[i].start - prev.end < 40:
            sp_norm = normalize(speaker.full)
            if verb_kind == "relay" or _outlet_like(sp_norm) or skipped_statement:
                same = [q for q in sent_quotes if normalize(q.speaker.full) == normalize(prev.speaker.full)]
                # "وفقا لبيان ... عبر تلغرام": only the statement's medium; "وفقا لما نقله بيان
                # الخارجية": a statement that relays someone's words makes its issuer the channel
                outer = [*channel, speaker.full] if not skipped_statement or verb_kind == "relay" else channel
                for q in same or [prev]:
                    for c in outer:
                        if normalize(c) == normalize(q.speaker.full):
                            continue
                        if c and not self.is_own(c) and normalize(c) not in {normalize(x) for x in q.channel}:
                            q.channel.append(c)
                    q.speaker.channel = list(q.channel)
            elif (
                verb_kind is None
                and speaker.type == "ANON"
                and (
                    _outlet_like(normalize(prev.speaker.full))
                    or _strip_conj(cue_norm) == normalize("نقلا")  # "... طفلين، نقلا عن مصادر طبية"
                )
            ):
                # "ذكر تلفزيون النهار أن ... وفقا لمصادر": the medium relays the sources; after a
                # non-medium speaker ("أعلنت المحكمة ... حسب الإحصاءات") the source is nested
                relay = prev.speaker
                prev.channel = [relay.full, *prev.channel]
                prev.speaker = speaker
                speaker.channel = list(prev.channel)
                if relay.type != "PER":
                    self.last = speaker  # a medium's report goes on; a person quoting sources goes on
            return None
        # 2. "وحسب رويترز، قال المصدر ...": a channel for the next quote of the sentence
        if k > 0 and k < n and toks[k - 1].text in ",،" and _base(toks[k].norm, _SAY):
            k -= 1  # ``modifiers`` stepped over the comma before the verb
        if k < n and toks[k].text in ",،" and k + 1 < n:
            nxt = toks[k + 1]
            if _base(nxt.norm, _SAY) or nxt.norm in _FAINNA:
                if nxt.norm in _FAINNA:
                    c = self.content(toks, k + 1, s1, nominal=False)
                    if c is None:
                        return None
                    s, e, direct, after = c
                    ch = channel or list(speaker.channel)
                    return _Raw(s, e, direct, speaker, ch, toks[i].text), after
                if _outlet_like(normalize(speaker.full)):
                    pending.extend([*channel, speaker.full])
                    return None
        if k < n and toks[k].norm in _FAINNA:
            c = self.content(toks, k, s1, nominal=False)
            if c is None:
                return None
            s, e, direct, after = c
            return _Raw(s, e, direct, speaker, channel or list(speaker.channel), toks[i].text), after
        # 3. content before the attribution, from the clause start
        start_tok = 0
        for m in range(i - 1, -1, -1):
            if toks[m].text in ".:؛":
                start_tok = m + 1
                break
        if prev is not None and prev.end <= toks[i].start:
            # the attributed clause starts after the sentence's previous quote; a relative clause
            # hanging off that quote ("...، والتي أدت إلى ... حسب الإحصاءات") stays nested in it
            k0 = self.tok_after(toks, prev.end)
            while k0 < i and not toks[k0].is_word:
                k0 += 1
            if k0 < i and _strip_conj(toks[k0].norm) in _RELATIVE:
                return None
            start_tok = max(start_tok, k0)
        if start_tok >= i:
            return None
        s = toks[start_tok].start
        head = self.text[s : toks[i].start]
        dl = _DATELINE.match(head)
        if dl:
            s += dl.end()
        head_norm = normalize(self.text[s : toks[i].start])
        for op in lx.OPENERS:
            if head_norm.startswith(op):
                s += len(op)
                while s < toks[i].start and self.text[s] in " ،,":
                    s += 1
                break
        e = toks[i].start
        while e > s and self.text[e - 1] in " ,،\n":
            e -= 1
        if e - s < 10:
            return None
        nk = k + 1 if k < n and toks[k].text in ",،" else k
        if (
            verb_kind is None
            and nk < n
            and toks[nk - 1].text in ",،"
            and toks[nk].is_word
            and not _base(toks[nk].norm, _SAY)
            and toks[nk].norm not in _FAINNA
            and len(self.text[s:e].split()) <= 6
        ):
            # "وأسفرت الضربة، وفق المرصد، عن مقتل 14": the clause goes on after the attribution
            e = self.content_end(toks, nk, s1)
        if len(self.text[s:e].split()) > 30:
            # page furniture before the lede (headline, byline, date): start after the last date
            years = list(_YEAR.finditer(self.text, s, e))
            if years and len(self.text[years[-1].end() : e].split()) >= 6:
                s = years[-1].end()
                while s < e and not self.text[s].isalnum():
                    s += 1
        # a quotation wrapping the whole clause is direct
        direct = False
        if self.text[s] in _OPEN_QUOTES and self.pairs.get(s) == e - 1:
            s, e, direct = s + 1, e - 1, True
        if any(a0 <= s < b0 or a0 < e <= b0 for a0, b0 in ((q.start, q.end) for q in sent_quotes)):
            return None
        if not channel and speaker.by_reference:
            channel = list(speaker.channel)
        return _Raw(s, e, direct, speaker, [c for c in channel if not self.is_own(c)], cue_text), k


def _en_raw(q: EnQuote) -> _Raw:
    name, full = split_title(q.speaker)
    sp = _Speaker(name, full, q.speaker_type, name.lower(), name if q.speaker_type == "PER" else None)
    return _Raw(q.start, q.end, q.direct, sp, list(q.channel), q.cue)


def _fullest(quotes: list[_Raw], text: str) -> None:
    """``speaker_full``: the longest mention of the same person/organisation in the article."""
    pers: dict[str, str] = {}
    for q in quotes:
        sp = q.speaker
        if sp.type == "PER" and sp.name:
            key = normalize(sp.name).replace("#", "").split()[-1]
            if len(sp.full) > len(pers.get(key, "")):
                pers[key] = sp.full
    for q in quotes:
        sp = q.speaker
        if sp.type == "PER" and sp.name:
            key = normalize(sp.name).replace("#", "").split()[-1]
            if key in pers and len(pers[key]) > len(sp.full):
                sp.full = pers[key]
        sp.full = " ".join(sp.full.replace("#", "").replace("_", " ").split())


def _name_words(s: str) -> list[str]:
    return normalize(s).replace("#", "").replace("_", " ").split()


def _same_entity(a: _Speaker, b: _Speaker) -> bool:
    """Whether two speakers of one article are the same person or body: the same full form, or for
    persons a name whose words all occur in the other's full form ("تشوي" and "تشوي سون هوي")."""
    if a is b:
        return True
    fa, fb = _name_words(a.full or a.text), _name_words(b.full or b.text)
    if fa and fa == fb:
        return True
    if "ORG" in (a.type, b.type) or "PER" not in (a.type, b.type):
        return False  # a title alone may be typed ANON ("الوزير الإسرائيلي" for ليبرمان)
    for x, full in ((a, fb), (b, fa)):
        words = _name_words(x.name or x.text)
        if words and all(w in full for w in words):
            return True
    return False


def _refers_back(sp: _Speaker) -> bool:
    """A person or unnamed source mentioned by a back-reference (zero subject, pronoun, participle,
    surname or title alone), not named afresh."""
    if sp.type == "ORG":
        return False
    words = _name_words(sp.text)
    if sp.name is None and words and words[0].startswith("ال"):
        return True  # "المتحدث الإعلامي"، "الوزير الإسرائيلي": a definite title
    # a surname alone ("تشوي" after "تشوي سون هوي"); a full name again is a fresh mention
    return sp.by_reference or (len(words) == 1 and words != _name_words(sp.full))


# Characters between two statements of one speaker over which a relayed statement's channel is
# shared (another speaker's quote may sit in between)
_SHARE_FORWARD = 700
# how far back a statement's medium named after it ("وأدلى X بهذا التصريح لـ Y") reaches
_SHARE_BACKWARD_NOTE = 700


def _share_channels(quotes: list[_Raw]) -> None:
    """All quotes of one relayed statement share its channel (annotation convention): a statement
    whose channel is named ("وقالت X في بيان نشرته وكالة Y") gives it to the speaker's later quotes
    without one that refer back to them ("وأضافت"، "وتابعت ناصر"، "الوزير"), also across another
    speaker's quote in between, which the in-sentence carry to the very next quote misses.  A
    one-off medium (``carry`` False) is not shared.  Earlier quotes do not take a channel named
    later (a lede before "وقال X لرويترز"): on dev and batches 1-14 that cost more than it fixed."""
    order = sorted(quotes, key=lambda r: r.start)
    named = [q for q in order if q.channel and q.carry and not q.inherited]
    for q in named:
        k = order.index(q)
        # forward: later quotes without a channel, up to one that names its own
        last_end = q.end
        for p in order[k + 1 :]:
            if not _same_entity(p.speaker, q.speaker):
                continue  # another speaker's quote in between does not end the statement
            if (p.channel and not p.inherited) or p.start - last_end > _SHARE_FORWARD:
                break
            if not p.channel and not _refers_back(p.speaker):
                # named again in full ("وقالت بيتر سلامة"، "وأوضحت وزارة الداخلية" after someone
                # else spoke): a statement of its own, not the relayed one going on
                break
            if not p.channel:
                p.channel = list(q.channel)
                p.inherited = True
            last_end = p.end


def _unique_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span whose text also occurs earlier in the article by a few characters (its trailing
    punctuation first), so that the text alone locates it: consumers and the scorer find quotes by
    their first occurrence (the annotation convention does the same for repeated contents)."""
    if text.find(text[start:end]) == start:
        return start, end
    for e in range(end + 1, min(len(text), end + 4) + 1):
        if text[e - 1] == "\n":
            break
        if text.find(text[start:e]) == start:
            return start, e
    for s in range(start - 1, max(-1, start - 24), -1):
        if text[s] == "\n":
            break
        if text.find(text[s:end]) == s:
            return s, end
    return start, end


def extract_quotes(
    text: str,
    article_id: str = "",
    outlet: str | None = None,
    title: str | None = None,
    mentions: Sequence[Mention] | None = None,
) -> list[Quote]:
    """All reported statements in ``text`` with speaker, channel chain and cue.

    ``outlet`` (e.g. ``"CNN"``) lets the extractor drop channels that are the article's own outlet
    ("قال لـ CNN").  ``title`` is accepted for the command-line contract but not used: headlines
    restate the body.  ``mentions`` (entity mentions from ``marsad.extract.entities``) are optional:
    person mentions keep tagged names whole inside speaker noun phrases; without them the rules alone
    decide the speaker boundaries.
    """
    del title
    if not text or not text.strip():
        return []
    art = _Article(text, outlet, mentions)
    platform = "تويتر" if arabic_ratio(text) >= 0.3 else "Twitter"
    posts = [(p.start, p.end) for p in embedded_posts(text, platform)]
    for p in embedded_posts(text, platform):
        art.quotes.append(_en_raw(p))
    for s0, s1 in _sentences(text, art.pairs):
        if any(a <= s0 < b or s0 <= a < s1 for a, b in posts):
            continue
        if arabic_ratio(text[s0:s1]) < 0.3:
            art.quotes.extend(_en_raw(q) for q in english_sentence(text, s0, s1))
            continue
        art.sentence(s0, s1)
    _fullest(art.quotes, text)
    _share_channels(art.quotes)
    out: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for q in sorted(art.quotes, key=lambda r: r.start):
        if q.end <= q.start or (q.start, q.end) in seen:
            continue
        if normalize(q.speaker.text).split()[:1] and normalize(q.speaker.text).split()[0] in _OWN_REPORTERS:
            continue  # "وأفاد مراسلنا في عدن أن": the outlet's own reporting, not a relayed statement
        seen.add((q.start, q.end))
        channel: list[str] = []
        for c in (part for c0 in q.channel for part in _split_coordinated(c0)):
            c = _clean_channel(" ".join(c.split()).strip(" ،,"))
            if c and normalize(c) not in {normalize(x) for x in channel} and not art.is_own(c):
                channel.append(c)
        start, end = _unique_span(text, q.start, q.end)
        out.append(
            Quote(
                article_id=article_id,
                start=start,
                end=end,
                text=text[start:end],
                direct=q.direct,
                speaker=q.speaker.text,
                speaker_full=q.speaker.full or q.speaker.text,
                speaker_type=q.speaker.type,  # type: ignore[arg-type]
                channel=channel,
                cue=q.cue,
            )
        )
    return out
