"""Matching keys for names: orthographic folding, title stripping, vowel skeletons, and a
Latin↔Arabic phonetic key for linking English forms to Arabic ones.

Why skeletons: foreign names are written with or without long vowels (ديمتري / دميتري,
ترامب / ترمب, زوكربرغ / زوكربيرغ); removing medial ا و ي after folding makes them equal while
different names (بيسكوف, بوليانسكي) stay different.
"""

from __future__ import annotations

import re

from marsad.text import normalize

# Leading titles and roles dropped from a name (normalised spelling, single words).
TITLE_WORDS = frozenset(
    normalize(w)
    for w in [
        "الرئيس",
        "رئيس",
        "رئيسة",
        "الرئيسة",
        "وزير",
        "الوزير",
        "وزيرة",
        "المتحدث",
        "المتحدثة",
        "الناطق",
        "الناطقة",
        "باسم",
        "السفير",
        "سفير",
        "المندوب",
        "مندوب",
        "مندوبة",
        "نائب",
        "النائب",
        "الملك",
        "الملكة",
        "الأمير",
        "الشيخ",
        "السيد",
        "السيدة",
        "الجنرال",
        "العقيد",
        "اللواء",
        "العميد",
        "الفريق",
        "المشير",
        "الدكتور",
        "الدكتورة",
        "د",
        "المستشار",
        "المستشارة",
        "السيناتور",
        "الزعيم",
        "القائد",
        "ولي",
        "العهد",
        "الأمين",
        "العام",
        "رئيسي",
        "الإمام",
        "البابا",
        "الحاكم",
        "المحافظ",
        "العاهل",
        "زعيم",
        "قائد",
        "مدير",
        "المدير",
        "الملياردير",
        "الناشط",
        "السابق",
        "السابقة",
        "الحالي",
    ]
)
# Words that announce a role before a name (the start of a role phrase).
ROLE_HEADS = TITLE_WORDS - {normalize(w) for w in ("باسم", "السابق", "السابقة", "الحالي", "العام", "العهد")}
# Endings that do not change an organisation's identity (مجلس الأمن = مجلس الأمن الدولي).
GENERIC_SUFFIXES = frozenset(normalize(w) for w in ("الدولي", "الدولية", "العالمي", "العالمية"))
# Generic head nouns that may precede a name (وكالة رويترز = رويترز), as vowel skeletons.
HEAD_NOUNS = (
    "وكالة",
    "صحيفة",
    "قناة",
    "شركة",
    "موقع",
    "مدينة",
    "منطقة",
    "محافظة",
    "دولة",
    "جمهورية",
    "مملكة",
    # A ministry goes by its portfolio and adjective too (الخارجية القطرية = وزارة الخارجية القطرية).
    "وزارة",
    # Movements and parties go by their bare name too (جبهة البوليساريو = البوليساريو).  Not
    # مطار or قاعدة (مطار دمشق is not دمشق), nor جماعة, whose skeleton is جامعة's (جامعة القاهرة).
    "جبهة",
    "حركة",
    "حزب",
    "تنظيم",
)
_TOKEN = re.compile(r"[\w\u0600-\u060b\u060d-\u061a\u061c-\u061e\u0620-\u06ff]+")
_MEDIAL_VOWELS = re.compile("[اوي]")


def name_tokens(text: str) -> list[str]:
    """Normalised words of a name: hashtag marks and underscores removed, article kept."""
    text = text.replace("_", " ").replace("#", " ").replace("\u0640", "")
    return _TOKEN.findall(normalize(text))


def strip_titles(tokens: list[str]) -> list[str]:
    """Drop leading title/role words (الرئيس، المتحدث باسم …) while a name remains."""
    i = 0
    while i < len(tokens) - 1 and tokens[i] in TITLE_WORDS:
        i += 1
    return tokens[i:]


def skeleton(token: str) -> str:
    """Article-less word with medial long vowels removed (ديمتري, دميتري → دمتر)."""
    if token.startswith("ال") and len(token) > 3:
        token = token[2:]
    if len(token) <= 2:
        return token
    return token[0] + _MEDIAL_VOWELS.sub("", token[1:-1]) + token[-1].replace("ي", "").replace("ا", "")


def name_key(text: str, kind: str | None = None) -> tuple[str, ...]:
    """Key under which spellings of one name meet."""
    tokens = strip_titles(name_tokens(text)) if kind in (None, "PER") else name_tokens(text)
    while len(tokens) > 1 and tokens[-1] in GENERIC_SUFFIXES:
        tokens = tokens[:-1]
    return tuple(skeleton(t) for t in tokens)


# Phonetic classes shared by Arabic letters and Latin letters (consonant skeleton only).
_AR_CLASS = {
    **dict.fromkeys("بپ", "B"),
    **dict.fromkeys("تطث", "T"),
    **dict.fromkeys("دذض", "D"),
    **dict.fromkeys("سصش", "S"),
    **dict.fromkeys("زظ", "Z"),
    **dict.fromkeys("كقگ", "K"),
    **dict.fromkeys("غج", "G"),
    **dict.fromkeys("خح", "H"),
    "ف": "F",
    "ڤ": "F",
    "ل": "L",
    "م": "M",
    "ن": "N",
    "ر": "R",
}
_LATIN_DIGRAPHS = (("sh", "S"), ("kh", "H"), ("gh", "G"), ("th", "T"), ("dh", "D"), ("ph", "F"), ("ch", "S"))
_LATIN_CLASS = {
    "b": "B",
    "p": "B",
    "t": "T",
    "d": "D",
    "s": "S",
    "z": "Z",
    "k": "K",
    "q": "K",
    "c": "K",
    "g": "G",
    "j": "G",
    "f": "F",
    "v": "F",
    "l": "L",
    "m": "M",
    "n": "N",
    "r": "R",
    "x": "KS",
}


def phonetic_key(word: str) -> str:
    """Consonant-class skeleton of one word in either script (Putin, بوتين → BTN)."""
    word = normalize(word)
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    if re.search("[a-z]", word):
        for digraph, cls in _LATIN_DIGRAPHS:
            word = word.replace(digraph, cls)
        out = [ch if ch.isupper() else _LATIN_CLASS.get(ch, "") for ch in word]
        key = "".join(out)
    else:
        key = "".join(_AR_CLASS.get(ch, "") for ch in word)
    return re.sub(r"(.)\1+", r"\1", key)


def is_latin(text: str) -> bool:
    return bool(re.search("[A-Za-z]", text)) and not re.search("[\u0621-\u064a]", text)


HEAD_SKELETONS = frozenset(skeleton(normalize(w)) for w in HEAD_NOUNS)
# Heads of a state's formal name whose last word is its short name (المملكة العربية السعودية =
# السعودية, سلطنة عمان = عمان); the words between are adjectives.
STATE_SKELETONS = frozenset(skeleton(normalize(w)) for w in ("المملكة", "مملكة", "سلطنة", "دولة", "إمارة"))
