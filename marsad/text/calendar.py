"""Arabic calendar vocabulary (month and weekday names of every region) and a parser for the
publication datelines news sites print ("منشور الاثنين 9 ديسمبر 2024", "اليوم الأحد 8 ديسمبر 2024
10:43 مساءً", "نشر في: 09/12/2024 - 10:43")."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from marsad.text.arabic import normalize

# Month names as printed (normalised keys are derived below): Egyptian/Gulf transliterations,
# Levantine/Iraqi Syriac names, Maghreb (Algeria/Tunisia: جانفي…; Morocco: دجنبر…), English.
_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("يناير", "كانون الثاني", "جانفي", "جانفييه", "January", "Jan"),
    2: ("فبراير", "شباط", "فيفري", "فبرير", "February", "Feb"),
    3: ("مارس", "آذار", "March", "Mar"),
    4: ("أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "ابريل", "April", "Apr"),
    5: ("مايو", "أيار", "ماي", "May"),
    6: ("يونيو", "يونيه", "حزيران", "جوان", "يونيو", "June", "Jun"),
    7: ("يوليو", "يوليه", "تموز", "جويلية", "يوليوز", "July", "Jul"),
    8: ("أغسطس", "اغسطس", "آب", "أوت", "غشت", "August", "Aug"),
    9: ("سبتمبر", "أيلول", "شتنبر", "September", "Sep", "Sept"),
    10: ("أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول", "October", "Oct"),
    11: ("نوفمبر", "تشرين الثاني", "نونبر", "November", "Nov"),
    12: ("ديسمبر", "كانون الأول", "كانون الاول", "دجنبر", "December", "Dec"),
}
_WEEKDAY_NAMES: dict[int, tuple[str, ...]] = {
    0: ("الاثنين", "الإثنين", "اثنين", "Monday"),
    1: ("الثلاثاء", "Tuesday"),
    2: ("الأربعاء", "الاربعاء", "Wednesday"),
    3: ("الخميس", "Thursday"),
    4: ("الجمعة", "Friday"),
    5: ("السبت", "Saturday"),
    6: ("الأحد", "الاحد", "Sunday"),
}

MONTHS: dict[str, int] = {normalize(name): month for month, names in _MONTH_NAMES.items() for name in names}
WEEKDAYS: dict[str, int] = {normalize(name): day for day, names in _WEEKDAY_NAMES.items() for name in names}


def _alternation(names: dict[str, int]) -> str:
    # Longest first so "تشرين الثاني" wins over a shorter prefix; spaces may vary in scraped text.
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))


MONTH_PATTERN = _alternation(MONTHS)
WEEKDAY_PATTERN = _alternation(WEEKDAYS)

# Works on normalised text (see marsad.text.normalize): digits are ASCII, alef/yaa folded.
_CLOCK = r"(?P<hour>\d{1,2})[:٫.](?P<minute>\d{2})(?::\d{2})?\s*(?P<ampm>صباحا|مساء|ص|م|am|pm)?"
_DAY_MONTH_YEAR = (
    rf"(?P<day>\d{{1,2}})\s*(?:من\s+)?(?P<month>{MONTH_PATTERN})"
    rf"(?:\s*/\s*(?:{MONTH_PATTERN}))?\s*،?\s*(?P<year>\d{{4}})"
)
_NUMERIC = r"(?P<nday>\d{1,2})[/.-](?P<nmonth>\d{1,2})[/.-](?P<nyear>\d{4})"
_ISO = r"(?P<iyear>\d{4})-(?P<imonth>\d{1,2})-(?P<iday>\d{1,2})"
DATE_WITH_CLOCK = re.compile(
    rf"(?:(?P<weekday>{WEEKDAY_PATTERN})\s*،?\s*)?(?:{_DAY_MONTH_YEAR}|{_NUMERIC}|{_ISO})"
    rf"(?:\s*(?:[-–|،,]|الساعه|في)?\s*(?:الساعه\s*)?{_CLOCK})?",
    re.IGNORECASE,
)
# Words that introduce a publication dateline in site headers.
_TRIGGER_TAIL = rf"\s*:?\s*(?:يوم\s+)?(?=(?:{WEEKDAY_PATTERN})?\s*،?\s*\d)"
# Strong triggers only ever introduce a dateline; "اليوم <weekday> <date>" also opens body
# sentences, so it counts only on header or furniture lines.
STRONG_DATELINE_TRIGGER = re.compile(
    r"(?:منشور|نشر\s+في|نشر\s+بتاريخ|تاريخ\s+النشر|اخر\s+تحديث|تم\s+النشر|بتاريخ|posted|published|updated)"
    + _TRIGGER_TAIL,
    re.IGNORECASE,
)
DATELINE_TRIGGER = re.compile(
    r"(?:منشور|نشر\s+في|نشر|تاريخ\s+النشر|اخر\s+تحديث|محدث|بتاريخ|اليوم|posted|published|updated)"
    + _TRIGGER_TAIL,
    re.IGNORECASE,
)


def parse_date_match(match: re.Match[str]) -> datetime | None:
    """The datetime a :data:`DATE_WITH_CLOCK` match names (naive, local to the outlet)."""
    groups = match.groupdict()
    try:
        if groups.get("day"):
            month_name = re.sub(r"\s+", " ", groups["month"]).lower()
            year, month, day = int(groups["year"]), MONTHS[month_name], int(groups["day"])
        elif groups.get("nday"):
            year, month, day = int(groups["nyear"]), int(groups["nmonth"]), int(groups["nday"])
        else:
            year, month, day = int(groups["iyear"]), int(groups["imonth"]), int(groups["iday"])
        hour = minute = 0
        if groups.get("hour"):
            hour, minute = int(groups["hour"]), int(groups["minute"])
            ampm = (groups.get("ampm") or "").lower()
            if ampm in ("م", "مساء", "pm") and hour < 12:
                hour += 12
            elif ampm in ("ص", "صباحا", "am") and hour == 12:
                hour = 0
        return datetime(year, month, day, hour, minute)
    except (KeyError, ValueError):
        return None


def parse_published(value: str | None) -> datetime | None:
    """A publication time from metadata in any common form (ISO, RFC 2822, Arabic dateline)."""
    if not value:
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    match = DATE_WITH_CLOCK.search(normalize(value))
    if match:
        return parse_date_match(match)
    return None
