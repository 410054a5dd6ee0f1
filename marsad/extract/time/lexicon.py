"""Word lists for Arabic (and English) time expressions, in the folded form of ``normalize_aligned``.

Every entry is written as ``marsad.text.normalize_aligned`` folds it (أ/إ/آ → ا, ى → ي, ة → ه,
Eastern digits → ASCII, Latin lower-cased), because matching runs on a folded copy of the text.
The lists are the regional month-name families Arabic news mixes freely (Egypt/Gulf, Levant/Iraq,
Maghreb), the Hijri months, weekdays, ordinal and cardinal numbers and duration units.
"""

from __future__ import annotations

import re
from typing import Any

# Gregorian months.  Ambiguous names (a verb, a common word) are only accepted next to a day,
# a year or a cue word; they are listed in ``AMBIGUOUS_MONTHS``.
MONTHS: dict[str, int] = {
    # Egypt / Gulf (transliterated)
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "ابريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يوليو": 7,
    "يوليه": 7,
    "اغسطس": 8,
    "سبتمبر": 9,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
    # Levant / Iraq (Syriac)
    "كانون الثاني": 1,
    "شباط": 2,
    "اذار": 3,
    "نيسان": 4,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "اب": 8,
    "ايلول": 9,
    "تشرين الاول": 10,
    "تشرين الثاني": 11,
    "كانون الاول": 12,
    # Maghreb (French-derived: Algeria/Tunisia; Moroccan forms)
    "جانفي": 1,
    "فيفري": 2,
    "افريل": 4,
    "ماي": 5,
    "جوان": 6,
    "جويليه": 7,
    "جويلية": 7,
    "اوت": 8,
    "يوليوز": 7,
    "غشت": 8,
    "شتنبر": 9,
    "نونبر": 11,
    "دجنبر": 12,
    "دسمبر": 12,
}
AMBIGUOUS_MONTHS = frozenset({"مارس", "اب", "ماي", "جوان", "اوت", "غشت", "تموز"})

HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1,
    "صفر": 2,
    "ربيع الاول": 3,
    "ربيع الثاني": 4,
    "ربيع الاخر": 4,
    "جمادي الاولي": 5,
    "جمادي الاول": 5,
    "جمادي الثانيه": 6,
    "جمادي الثاني": 6,
    "جمادي الاخره": 6,
    "جمادي الاخر": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعده": 11,
    "ذي القعده": 11,
    "ذو الحجه": 12,
    "ذي الحجه": 12,
}

EN_MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

# ISO weekday numbers (Monday = 1 … Sunday = 7), as TIMEX ``XXXX-WXX-n`` uses them.
WEEKDAYS: dict[str, int] = {
    "الاثنين": 1,
    "الثلاثاء": 2,
    "الاربعاء": 3,
    "الخميس": 4,
    "الجمعه": 5,
    "السبت": 6,
    "الاحد": 7,
}
# Without the article, only after يوم/أيام/كل يوم ("يوم اثنين", "أيام الجمعة").
WEEKDAYS_BARE: dict[str, int] = {
    "اثنين": 1,
    "ثلاثاء": 2,
    "اربعاء": 3,
    "خميس": 4,
    "جمعه": 5,
    "سبت": 6,
    "احد": 7,
}
EN_WEEKDAYS: dict[str, int] = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}

_UNITS_ORD = {
    "حادي": 1,
    "حاديه": 1,
    "ثاني": 2,
    "ثانيه": 2,
    "ثالث": 3,
    "ثالثه": 3,
    "رابع": 4,
    "رابعه": 4,
    "خامس": 5,
    "خامسه": 5,
    "سادس": 6,
    "سادسه": 6,
    "سابع": 7,
    "سابعه": 7,
    "ثامن": 8,
    "ثامنه": 8,
    "تاسع": 9,
    "تاسعه": 9,
}


def _ordinals() -> dict[str, int]:
    """Ordinal day words 1–31 with their article (الأول … الحادي والثلاثين), both genders."""
    out: dict[str, int] = {"الاول": 1, "الاولي": 1, "العاشر": 10, "العاشره": 10}
    for word, n in _UNITS_ORD.items():
        if n >= 2:
            out["ال" + word] = n
        for ten in ("عشر", "عشره"):
            out[f"ال{word} {ten}"] = 10 + n
        for tens, tv in (("العشرين", 20), ("العشرون", 20), ("الثلاثين", 30), ("الثلاثون", 30)):
            if tv + n <= 31:
                out[f"ال{word} و{tens}"] = tv + n
    for tens, tv in (("العشرين", 20), ("العشرون", 20), ("الثلاثين", 30), ("الثلاثون", 30)):
        out[tens] = tv
    return out


ORDINALS: dict[str, int] = _ordinals()

# Cardinal number words, folded.  Compound numbers are read by ``parse_number_words``.
CARD_UNITS: dict[str, int] = {
    "واحد": 1,
    "واحده": 1,
    "احد": 1,
    "احدي": 1,
    "اثنان": 2,
    "اثنين": 2,
    "اثنتان": 2,
    "اثنتين": 2,
    "اثني": 2,
    "اثنا": 2,
    "ثلاث": 3,
    "ثلاثه": 3,
    "اربع": 4,
    "اربعه": 4,
    "خمس": 5,
    "خمسه": 5,
    "ست": 6,
    "سته": 6,
    "سبع": 7,
    "سبعه": 7,
    "ثمان": 8,
    "ثماني": 8,
    "ثمانيه": 8,
    "تسع": 9,
    "تسعه": 9,
    "عشر": 10,
    "عشره": 10,
}
CARD_TENS: dict[str, int] = {
    "عشرون": 20,
    "عشرين": 20,
    "ثلاثون": 30,
    "ثلاثين": 30,
    "اربعون": 40,
    "اربعين": 40,
    "خمسون": 50,
    "خمسين": 50,
    "ستون": 60,
    "ستين": 60,
    "سبعون": 70,
    "سبعين": 70,
    "ثمانون": 80,
    "ثمانين": 80,
    "تسعون": 90,
    "تسعين": 90,
}
CARD_HUNDREDS: dict[str, int] = {
    "ميه": 100,
    "مايه": 100,
    "ميتين": 200,
    "مايتين": 200,
    "ميتان": 200,
    "مايتان": 200,
    "ثلاثمايه": 300,
    "ثلاثميه": 300,
    "اربعمايه": 400,
    "اربعميه": 400,
    "خمسمايه": 500,
    "خمسميه": 500,
    "ستمايه": 600,
    "ستميه": 600,
    "سبعمايه": 700,
    "سبعميه": 700,
    "ثمانمايه": 800,
    "ثمانميه": 800,
    "تسعمايه": 900,
    "تسعميه": 900,
}
CARD_THOUSANDS: dict[str, int] = {"الف": 1000, "الفين": 2000, "الفان": 2000, "الالفين": 2000}

NUMBER_WORDS: dict[str, int] = {**CARD_UNITS, **CARD_TENS, **CARD_HUNDREDS, **CARD_THOUSANDS}


def parse_number_words(phrase: str) -> int | None:
    """Value of a folded Arabic cardinal phrase ("أربع وعشرين" → 24, "ألفين وثمانية عشر" → 2018).

    Words are joined by و; a unit followed by عشر/عشرة is a teen.  Returns None when a word is
    not a number word, so callers can reject the match instead of guessing.
    """
    tokens = [t for t in re.split(r"\s+", phrase.strip()) if t]
    parts: list[str] = []
    for tok in tokens:
        if tok.startswith("و") and tok[1:] in NUMBER_WORDS and tok not in NUMBER_WORDS:
            parts.append(tok[1:])
        else:
            parts.append(tok)
    total = 0
    i = 0
    while i < len(parts):
        word = parts[i]
        if word not in NUMBER_WORDS:
            return None
        value = NUMBER_WORDS[word]
        if (
            value < 10
            and i + 1 < len(parts)
            and parts[i + 1] in ("عشر", "عشره")
            and not tokens[i + 1].startswith("و")
        ):
            value += 10
            i += 1
        if word in CARD_THOUSANDS and total:
            total *= 1000
        else:
            total += value
        i += 1
    return total


# Duration units: folded form → (TIMEX unit letter, count implied by the form or None, is_time).
# A dual form (يومين) carries its count; a plural without a number is an unspecified quantity.
UNITS: dict[str, tuple[str, int | None]] = {}


def _unit(letter: str, singular: list[str], dual: list[str], plural: list[str]) -> None:
    for w in singular:
        UNITS[w] = (letter, 1)
    for w in dual:
        UNITS[w] = (letter, 2)
    for w in plural:
        UNITS[w] = (letter, None)


_unit("D", ["يوم", "يوما"], ["يومين", "يومان"], ["ايام", "اياما"])
_unit("W", ["اسبوع", "اسبوعا"], ["اسبوعين", "اسبوعان"], ["اسابيع"])
_unit("M", ["شهر", "شهرا"], ["شهرين", "شهران"], ["اشهر", "شهور"])
_unit("Y", ["سنه", "عام", "عاما", "سنوات"], ["سنتين", "سنتان", "عامين", "عامان"], ["اعوام", "سنين"])
_unit("H", ["ساعه"], ["ساعتين", "ساعتان"], ["ساعات"])
_unit("MIN", ["دقيقه"], ["دقيقتين", "دقيقتان"], ["دقائق"])
_unit("S", ["ثانيه"], ["ثانيتين", "ثانيتان"], ["ثوان", "ثواني"])
_unit("DEC", ["عقد"], ["عقدين", "عقدان"], ["عقود"])
_unit("CEN", ["قرن", "قرنا"], ["قرنين", "قرنان"], ["قرون"])
# "سنوات" is a plural; keep it countable with a number ("3 سنوات") but vague alone.
UNITS["سنوات"] = ("Y", None)

# Parts of the day → TIMEX TOD code (news convention: dawn counts as morning).
TOD_WORDS: dict[str, str] = {
    "فجر": "MO",
    "صباح": "MO",
    "ضحي": "MO",
    "ظهر": "MI",
    "بعد ظهر": "AF",
    "عصر": "AF",
    "مساء": "EV",
    "ليل": "NI",
    "ليله": "NI",
}


def _fold(word: str) -> str:
    from marsad.text import normalize_aligned

    return normalize_aligned(word).replace("\u2060", "")


def _fold_keys(table: dict[str, Any]) -> None:
    """Rewrite a table's keys in folded form in place (so "مائة"/"دقائق" match folded text)."""
    items = list(table.items())
    table.clear()
    for key, value in items:
        table[_fold(key)] = value


for _table in (
    MONTHS,
    HIJRI_MONTHS,
    EN_MONTHS,
    WEEKDAYS,
    WEEKDAYS_BARE,
    ORDINALS,
    CARD_UNITS,
    CARD_TENS,
    CARD_HUNDREDS,
    CARD_THOUSANDS,
    NUMBER_WORDS,
    UNITS,
    TOD_WORDS,
):
    _fold_keys(_table)
AMBIGUOUS_MONTHS = frozenset(_fold(w) for w in AMBIGUOUS_MONTHS)

# ``اليوم`` that is not "today".  Outlets whose name ends in اليوم (a mention is a name, not a date).
OUTLETS_WITH_YAWM = frozenset(
    _fold(w)
    for w in (
        "روسيا اليوم",
        "المصري اليوم",
        "الإمارات اليوم",
        "عين اليوم",
        "أخبار اليوم",
        "فلسطين اليوم",
        "اليوم السابع",
        "تركيا اليوم",
        "عمان اليوم",
    )
)
# Nouns that, right before اليوم, make it "nowadays" (عالم اليوم، نحن اليوم، أما اليوم): TimeML's
# PRESENT_REF rather than the publication day.
NOWADAYS_HEADS = frozenset(
    _fold(w)
    for w in (
        "أما",
        "وأما",
        "فأما",
        "العالم",
        "عالم",
        "عالمنا",
        "مجتمعنا",
        "مجتمعاتنا",
        "واقعنا",
        "نحن",
        "ونحن",
        "جيل",
        "شباب",
        "أجيال",
        "إنسان",
    )
)
# Places often named at the head of a clause ("سوريا اليوم تعيش …" = today's Syria); CLDR's
# Arabic territory names are added when babel is installed (see ``place_names``).
PLACES = frozenset(
    _fold(w)
    for w in (
        "سوريا",
        "سورية",
        "لبنان",
        "العراق",
        "مصر",
        "اليمن",
        "ليبيا",
        "تونس",
        "الجزائر",
        "المغرب",
        "السعودية",
        "المملكة",
        "الإمارات",
        "قطر",
        "الكويت",
        "البحرين",
        "عمان",
        "الأردن",
        "فلسطين",
        "إيران",
        "تركيا",
        "روسيا",
        "أمريكا",
        "أميركا",
        "أوروبا",
        "أفريقيا",
        "إفريقيا",
        "آسيا",
        "الخليج",
        "المنطقة",
        "غزة",
        "القدس",
        "السودان",
        "الصين",
        "إسرائيل",
    )
)


def place_names() -> frozenset[str]:
    """Folded place names: the built-in list plus CLDR territories (via babel, when present)."""
    global _PLACE_CACHE
    if _PLACE_CACHE is None:
        names = set(PLACES)
        try:
            from babel import Locale

            for code, name in Locale("ar").territories.items():
                if code.isalpha():
                    names.add(_fold(name.split("(")[0].strip()))
        except Exception:  # babel missing or without Arabic data: the built-in list still works
            pass
        _PLACE_CACHE = frozenset(names)
    return _PLACE_CACHE


_PLACE_CACHE: frozenset[str] | None = None
