"""Calendar arithmetic: turn the parsed pieces of an expression into TIMEX values and ISO dates.

Kept apart from the patterns so the resolution rules (which weekday a bare "الاثنين" means,
which year "نوفمبر الماضي" picks) can be read and tested on their own.  Every function is pure;
``ref`` is the publication date, or None when it is unknown — then relative expressions keep a
relative value (``PRESENT_REF``, ``PRESENT_REF-P1D``) and no resolved date, never today's date.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

# Hours of each part of day, for ordering events inside a day on the timeline.
TOD_HOURS: dict[str, tuple[str, str]] = {
    "MO": ("06:00", "11:59"),
    "MI": ("12:00", "13:59"),
    "AF": ("12:00", "17:59"),
    "EV": ("18:00", "21:59"),
    "NI": ("21:00", "23:59"),
    "DT": ("08:00", "17:59"),
}


@dataclass(slots=True)
class Resolved:
    """What an expression means: its TIMEX value (as written, Recognizers-Text style), the ISO
    bounds of the period it denotes (None when not anchored) and the fully resolved TIMEX value
    (every X filled from the reference) that a timeline or a news annotation compares."""

    type: str
    value: str
    start: str | None = None
    end: str | None = None
    concrete: str | None = None


def iso(d: date) -> str:
    return d.isoformat()


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def month_bounds(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def rel_value(offset: int, unit: str) -> str:
    """The unresolved form of "offset units from the reference" (PRESENT_REF-P1D)."""
    if offset == 0:
        return "PRESENT_REF"
    sign = "+" if offset > 0 else "-"
    return f"PRESENT_REF{sign}P{abs(offset)}{unit}"


def weekday_near(ref: date, wd: int, direction: int) -> date:
    """The weekday ``wd`` (ISO 1–7) nearest ``ref``.

    direction -1: strictly before; +1: strictly after; 0: on or before (news narrate the past);
    2: on or after (bare weekday in a future context).
    """
    delta = (ref.isoweekday() - wd) % 7
    if direction == -1:
        return ref - timedelta(days=delta or 7)
    if direction == 0:
        return ref - timedelta(days=delta)
    ahead = (wd - ref.isoweekday()) % 7
    if direction == 1:
        return ref + timedelta(days=ahead or 7)
    return ref + timedelta(days=ahead)


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def week_monday(d: date) -> date:
    return d - timedelta(days=d.isoweekday() - 1)


def year_for_month_day(
    ref: date, m: int, d: int | None, direction: int, carry: int | None, tense: int = 0
) -> int:
    """Year of a day-month (or month) written without one.

    الماضي/المقبل pick the latest past / next future occurrence; otherwise a year carried from
    a preceding full date in the same text (chronologies), else the publication year — moved
    back a year when that would put the date more than six months after publication (news
    report the past: "في 27 ديسمبر" in a January article is last December).  ``tense`` is the
    clause's (``rules.clause_tense``): a past clause never puts the date after publication
    ("وكان التضخم بلغ ذروته في يوليو" in April is last July), a future one never before it
    ("ستعقد القمة في 12 مارس" in December is next March).
    """
    day = d or 1
    if direction < 0:
        cand = safe_date(ref.year, m, min(day, 28) if d is None else day) or date(ref.year, m, 1)
        if d is None:
            return ref.year if m < ref.month else ref.year - 1
        return ref.year if cand < ref else ref.year - 1
    if direction > 0:
        if d is None:
            return ref.year if m > ref.month else ref.year + 1
        cand = safe_date(ref.year, m, day) or date(ref.year, m, 1)
        return ref.year if cand > ref else ref.year + 1
    if carry is not None:
        return carry
    cand = safe_date(ref.year, m, min(day, 28)) or date(ref.year, m, 1)
    if tense:
        # a past clause cannot date after publication (a day of slack for time zones); a future one
        # is moved on only when the date is well behind ("اعتبارا من 1 سبتمبر" on 3 September is a
        # start already made)
        ahead = m > ref.month if d is None else (cand - ref).days > 1
        behind = m < ref.month - 1 if d is None else (ref - cand).days > 14
        if tense < 0 and ahead:
            return ref.year - 1
        if tense > 0 and behind:
            return ref.year + 1
        if tense > 0:
            return ref.year
    if (cand - ref).days > 183:
        return ref.year - 1
    return ref.year


def fmt_num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def duration_value(parts: list[tuple[float | None, str]]) -> str:
    """ISO 8601 duration from (count, unit) parts; unit letters Y M W D H MIN S DEC.

    An unspecified count (أيام، ساعات) is written X, as TimeML does (PXD, PTXH).
    """
    date_order = ["Y", "M", "W", "D"]
    time_order = ["H", "MIN", "S"]
    acc: dict[str, float | None] = {}
    for n, unit in parts:
        if unit in ("DEC", "CEN"):
            scale = 10 if unit == "DEC" else 100
            unit, n = "Y", (n * scale if n is not None else None)
        if unit in acc and acc[unit] is not None and n is not None:
            acc[unit] = acc[unit] + n  # type: ignore[operator]
        else:
            acc[unit] = n
    out = "P"
    for u in date_order:
        if u in acc:
            out += ("X" if acc[u] is None else fmt_num(acc[u])) + u  # type: ignore[arg-type]
    tpart = ""
    for u in time_order:
        if u in acc:
            letter = "M" if u == "MIN" else u
            tpart += ("X" if acc[u] is None else fmt_num(acc[u])) + letter  # type: ignore[arg-type]
    if tpart:
        out += "T" + tpart
    return out if out != "P" else "PXD"


def shift(ref: datetime, parts: list[tuple[float | None, str]], sign: int) -> datetime:
    """``ref`` moved by a duration (vague counts taken as 3, as Recognizers-Text does)."""
    out = ref
    for n, unit in parts:
        k = 3.0 if n is None else n
        if unit in ("DEC", "CEN"):
            unit, k = "Y", k * (10 if unit == "DEC" else 100)
        if unit == "Y":
            out = datetime.combine(add_months(out.date(), int(sign * 12 * k)), out.time())
        elif unit == "M":
            out = datetime.combine(add_months(out.date(), int(sign * k)), out.time())
        elif unit == "W":
            out += timedelta(weeks=sign * k)
        elif unit == "D":
            out += timedelta(days=sign * k)
        elif unit == "H":
            out += timedelta(hours=sign * k)
        elif unit == "MIN":
            out += timedelta(minutes=sign * k)
        elif unit == "S":
            out += timedelta(seconds=sign * k)
    return out
