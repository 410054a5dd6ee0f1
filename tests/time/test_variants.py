"""Generated surface variants of the Recognizers-Text constructions (issue 7, round 2).

Each construction the specs show once is checked across the variants an unseen sentence may use:
other weekdays, numbers, units and months, feminine/masculine ordinals, dual forms, the
direction words, Arabic-Indic digits, with and without a clock word.  Expected values are
computed from the construction's convention, not copied from a spec or news item; the reference
mirrors the specs' (Monday 7 November 2016).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from marsad.extract.time import extract_resolved, extract_times

REF = datetime(2016, 11, 7)  # Monday

WEEKDAYS = {1: "الاثنين", 2: "الثلاثاء", 3: "الأربعاء", 4: "الخميس", 5: "الجمعة", 6: "السبت", 7: "الأحد"}
BARE_WEEKDAYS = {2: "ثلاثاء", 3: "أربعاء", 4: "خميس", 5: "جمعة", 6: "سبت"}
ORD_M = {1: "الأول", 2: "الثاني", 3: "الثالث", 4: "الرابع"}
ORD_F = {1: "الأولى", 2: "الثانية", 3: "الثالثة", 4: "الرابعة"}
HOURS_F = {1: "الواحدة", 2: "الثانية", 3: "الثالثة", 5: "الخامسة", 7: "السابعة", 8: "الثامنة", 9: "التاسعة"}


def _values(text: str, ref: datetime = REF) -> list[str]:
    return [e.value for e in extract_times(text, ref)]


def _nth_weekday(year: int, month: int, wd: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))


def _weekday_ordinals() -> list[tuple[str, str]]:
    # "الأحد الثاني": the n-th such weekday of the reference month; الجمعة takes the feminine
    out = []
    for wd, name in WEEKDAYS.items():
        for n in (1, 2, 3, 4):
            word = ORD_F[n] if name == "الجمعة" else ORD_M[n]
            out.append((f"سأعود {name} {word}", _nth_weekday(2016, 11, wd, n).isoformat()))
    return out


@pytest.mark.parametrize(("text", "value"), _weekday_ordinals())
def test_weekday_ordinal_of_month(text: str, value: str) -> None:
    assert value in _values(text)


@pytest.mark.parametrize("wd", sorted(BARE_WEEKDAYS))
def test_every_bare_weekday(wd: int) -> None:
    assert _values(f"نلتقي كل {BARE_WEEKDAYS[wd]}") == [f"XXXX-WXX-{wd}"]


def test_every_ahad_is_everyone() -> None:
    assert _values("كل أحد يعرف ذلك") == []  # "كل أحد": everyone


@pytest.mark.parametrize(
    ("word", "code"), [("صباح", "TMO"), ("مساء", "TEV"), ("ليلة", "TNI"), ("فجر", "TMO")]
)
def test_every_part_of_day(word: str, code: str) -> None:
    assert _values(f"أتمشى كل {word}") == [code]


def test_every_era_is_not_a_set() -> None:
    assert _values("وبوسع كل عصر أن يجد فيها شيئا") == []  # "كل عصر": every era


@pytest.mark.parametrize(
    ("season", "code"), [("الصيف", "SU"), ("الشتاء", "WI"), ("الربيع", "SP"), ("الخريف", "FA")]
)
@pytest.mark.parametrize(("word", "year"), [("القادم", 2017), ("المقبل", 2017), ("الماضي", 2015)])
def test_season_with_direction(season: str, code: str, word: str, year: int) -> None:
    assert _values(f"سأسافر {season} {word}") == [f"{year}-{code}"]


@pytest.mark.parametrize(
    ("text", "ref", "value", "concrete"),
    [
        ("الصيف المقبل", datetime(2018, 1, 10), "2019-SU", "2018-SU"),
        ("الربيع الماضي", datetime(2015, 9, 1), "2014-SP", "2015-SP"),
        ("الخريف المقبل", datetime(2016, 11, 7), "2017-FA", "2017-FA"),
    ],
)
def test_season_two_readings(text: str, ref: datetime, value: str, concrete: str) -> None:
    # value shifts the year as the specs do for "<month> المقبل"; concrete is the news reading
    (found,) = extract_resolved(f"بدأت المفاوضات {text}", ref)
    assert (found.expr.value, found.concrete) == (value, concrete)


def test_quarter_hour_noun_phrase_is_not_a_duration() -> None:
    assert _values("سيطر على ربع الساعة الأول من المباراة") == []


def test_arab_spring_is_not_a_season() -> None:
    assert _values("منذ الربيع العربي") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("لمدة ربع ساعة", "PT0.25H"),
        ("لمدة نصف ساعة", "PT0.5H"),
        ("لمدة ربع قرن", "P25Y"),
    ],
)
def test_fraction_durations(text: str, value: str) -> None:
    assert _values(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("في ساعتين", "2016-11-07T02:00:00"),
        ("في نصف ساعة", "2016-11-07T00:30:00"),
        ("في ربع ساعة", "2016-11-07T00:15:00"),
    ],
)
def test_in_dual_or_fraction(text: str, value: str) -> None:
    assert _values(text) == [value]


@pytest.mark.parametrize("h", sorted(HOURS_F))
@pytest.mark.parametrize(
    ("frac", "delta"),
    [("ربع ساعة قبل", -15), ("ربع ساعة بعد", 15), ("نصف ساعة بعد", 30), ("دقيقتين قبل", -2)],
)
def test_fraction_before_after_hour(h: int, frac: str, delta: int) -> None:
    hh, mm = divmod(h * 60 + delta, 60)
    assert _values(f"سأصل {frac} {HOURS_F[h]}") == [f"T{hh:02d}:{mm:02d}"]


@pytest.mark.parametrize("h", [1, 5, 8, 11])
@pytest.mark.parametrize(
    ("tail", "add"), [("هذا المساء", 12), ("هذا الصباح", 0), ("، الليلة", 12), ("الليلة", 12)]
)
def test_bare_hour_before_todays_part_of_day(h: int, tail: str, add: int) -> None:
    hour = h + add if not (tail.endswith("الليلة") and h < 5) else h
    assert _values(f"سأعود {h} {tail}") == [f"2016-11-07T{hour:02d}"]


def test_bare_hour_guarded_after_article_word() -> None:
    assert "2016-11-07T21" not in _values("المادة 9 الليلة")


@pytest.mark.parametrize(("tod", "add"), [("العصر", 12), ("المساء", 12), ("الفجر", 0), ("الظهيرة", 12)])
@pytest.mark.parametrize("h", [2, 4, 5])
def test_part_of_day_then_hour(tod: str, add: int, h: int) -> None:
    assert _values(f"سأعود {tod} الساعة {h}") == [f"T{h + add:02d}"]


@pytest.mark.parametrize("h", [3, 7, 9])
@pytest.mark.parametrize(
    ("tod", "day", "add"), [("صباح", "الغد", 0), ("مساء", "اليوم", 12), ("بعد ظهر", "الغد", 12)]
)
def test_hour_word_of_part_of_day(h: int, tod: str, day: str, add: int) -> None:
    d = "2016-11-08" if day == "الغد" else "2016-11-07"
    assert _values(f"سأعود {HOURS_F[h]} من {tod} {day}") == [f"{d}T{h + add:02d}"]


def test_this_afternoon() -> None:
    assert _values("سأعود هذه الظهيرة") == ["2016-11-07TAF"]
    assert _values("سأعود الظهيرة") == ["T12"]


@pytest.mark.parametrize(("y1", "y2"), [(2010, 2015), (1990, 1999), (2001, 2020)])
def test_year_span_between(y1: int, y2: int) -> None:
    # "بين X و Y" ends at Y as "بين X-Y" and "من X حتى Y" do; the dual "عامي" names both years
    assert _values(f"بين {y1} و {y2}") == [f"({y1}-01-01,{y2}-01-01,P{y2 - y1}Y)"]
    assert _values(f"في عامي {y1} و{y2}") == [f"({y1}-01-01,{y2 + 1}-01-01,P{y2 + 1 - y1}Y)"]


@pytest.mark.parametrize(("word", "n"), [("العقدين", 2), ("العقود الثلاثة", 3)])
@pytest.mark.parametrize(("direction", "sign"), [("الماضية", -1), ("القادمة", 1)])
def test_decades_are_calendar_decades(word: str, n: int, direction: str, sign: int) -> None:
    if word == "العقدين":
        direction = {"الماضية": "الماضيين", "القادمة": "القادمين"}[direction]
    lo, hi = (2010 - 10 * n, 2010) if sign < 0 else (2020, 2020 + 10 * n)
    assert _values(f"في {word} {direction}") == [f"({lo}-01-01,{hi}-01-01,P{10 * n}Y)"]


@pytest.mark.parametrize(
    ("count", "unit", "n", "code"),
    [("الستة", "أشهر", 6, "M"), ("العشرة", "أيام", 10, "D"), ("الثلاثة", "أسابيع", 3, "W")],
)
def test_article_number_before_plural_unit(count: str, unit: str, n: int, code: str) -> None:
    vals = _values(f"خلال {count} {unit} الماضية")
    assert len(vals) == 1 and vals[0].endswith(f",2016-11-07,P{n}{code})")


@pytest.mark.parametrize("month", ["مارس", "آب", "يوليو"])
@pytest.mark.parametrize(
    ("tail", "year"), [("من العام المقبل", 2017), ("العام الماضي", 2015), ("من هذا العام", 2016)]
)
def test_month_with_year_phrase(month: str, tail: str, year: int) -> None:
    mo = {"مارس": 3, "آب": 8, "يوليو": 7}[month]
    assert _values(f"سأسافر في {month} {tail}") == [f"{year}-{mo:02d}"]


def test_maras_verb_still_guarded() -> None:
    assert not any(v.startswith("XXXX-03") for v in _values("مارس الرياضة طوال حياته"))


@pytest.mark.parametrize(("mo", "y"), [(5, 2016), (11, 2019), (1, 2001)])
def test_month_first_numeric_month_year(mo: int, y: int) -> None:
    assert _values(f"صدر في {mo}/{y}") == [f"{y}-{mo:02d}"]


@pytest.mark.parametrize("wd", [1, 4, 7])
@pytest.mark.parametrize(("week", "shift"), [("الأسبوع المقبل", 7), ("الأسبوع الماضي", -7)])
def test_weekday_then_week_without_min(wd: int, week: str, shift: int) -> None:
    day = date(2016, 11, 7) + timedelta(days=wd - 1 + shift)
    assert _values(f"سأعود {WEEKDAYS[wd]} {week}") == [day.isoformat()]


@pytest.mark.parametrize(("start", "n"), [(5, 2), (4, 3), (6, 1)])
def test_bare_weekday_to_next_weekday(start: int, n: int) -> None:
    # "من الجمعة حتى الأحد القادم": the start is the last such weekday before that Sunday
    end = date(2016, 11, 13)
    begin = end - timedelta(days=n)
    assert _values(f"سأغيب من {WEEKDAYS[start]} حتى الأحد القادم") == [f"({begin},{end},P{n}D)"]


@pytest.mark.parametrize("n", [2, 3, 45])
@pytest.mark.parametrize(("unit", "code"), [("ساعات", "H"), ("دقيقة", "M")])
def test_after_n_in_the_future_is_a_stretch(n: int, unit: str, code: str) -> None:
    end = REF + (timedelta(hours=n) if code == "H" else timedelta(minutes=n))
    value = f"(2016-11-07T00:00:00,{end:%Y-%m-%dT%H:%M:%S},PT{n}{code})"
    assert _values(f"سيحدث بعد {n} {unit} في المستقبل") == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("في رأس السنة", "XXXX-01-01"),
        ("في يوم الأم", "XXXX-03-21"),
        ("في يوم المرأة العالمي", "XXXX-03-08"),
        ("في عشية عيد الميلاد", "XXXX-12-24"),
        ("في الكريسماس 2018", "2018-12-25"),
        ("في يوم كولومبوس", "XXXX-10-WXX-1-2"),
        ("في الجمعة العظيمة", "2016-03-25"),
        ("في عيد القديس باتريك", "XXXX-03-17"),
    ],
)
def test_more_holiday_names(text: str, value: str) -> None:
    assert _values(f"سأعود {text}") == [value]


@pytest.mark.parametrize("text", ["رأس السنة الصينية", "يوم المرأة الإيرانية", "الربيع العربي"])
def test_other_calendars_and_national_days_dropped(text: str) -> None:
    assert _values(f"احتفلوا بـ{text}") == []


@pytest.mark.parametrize(("text", "start"), [("رمضان 2015", "2015-06-18"), ("شعبان 2001", "2001-10-17")])
def test_hijri_month_with_gregorian_year(text: str, start: str) -> None:
    found = extract_times(f"زرتهم في {text}", REF)
    assert len(found) == 1 and found[0].resolved_start == start


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("الأحد قبل الماضي", "2016-10-30"),
        ("الخميس قبل الماضي", "2016-10-27"),
        ("الأسبوع قبل الماضي", "2016-W43"),
        ("الشهر قبل الماضي", "2016-09"),
        ("العام قبل الماضي", "2014"),
        ("السنة قبل الماضية", "2014"),
        ("السنة بعد القادمة", "2018"),
    ],
)
def test_before_last_and_after_next(text: str, value: str) -> None:
    assert _values(f"سافرت {text}") == [value]


@pytest.mark.parametrize(("unit", "code"), [("الساعة", "H"), ("الدقيقة", "M")])
@pytest.mark.parametrize("tail", ["الماضية", "الأخيرة", "القادمة", "المقبلة"])
def test_the_last_or_next_hour(unit: str, code: str, tail: str) -> None:
    step = timedelta(hours=1) if code == "H" else timedelta(minutes=1)
    a, b = (REF - step, REF) if tail in ("الماضية", "الأخيرة") else (REF, REF + step)
    value = f"({a:%Y-%m-%dT%H:%M:%S},{b:%Y-%m-%dT%H:%M:%S},PT1{code})"
    assert _values(f"قتل ثلاثة خلال {unit} {tail}") == [value]


def test_last_minute_of_a_match_is_not_relative() -> None:
    assert _values("سجل في الدقيقة الأخيرة من المباراة") == []


@pytest.mark.parametrize(
    ("hour", "h"), [("واحدة", 1), ("ثلاثة", 3), ("أربع", 4), ("سبعة", 7), ("عشرة", 10), ("اثنا عشر", 12)]
)
@pytest.mark.parametrize(("frac", "delta"), [("وربع", 15), ("ونصف", 30), ("وثلث", 20), ("إلا ربع", -15)])
def test_cardinal_hour_with_fraction(hour: str, h: int, frac: str, delta: int) -> None:
    hh, mm = divmod(h * 60 + delta, 60)
    assert _values(f"سأعود الساعة {hour} {frac}") == [f"T{hh:02d}:{mm:02d}"]
    pm = hh + 12 if hh < 12 else hh
    assert _values(f"سأعود {hour} {frac} مساء") == [f"T{pm:02d}:{mm:02d}"]


@pytest.mark.parametrize("text", ["بلغ العدد ثلاثة ونصف مليون", "استمر خمس وعشرين دقيقة"])
def test_cardinal_quantities_stay_quantities(text: str) -> None:
    assert not any(v.startswith("T") for v in _values(text))


@pytest.mark.parametrize(("word", "mo"), [("المارس", 3), ("اليناير", 1), ("الأكتوبر", 10)])
def test_month_with_article_after_fi(word: str, mo: int) -> None:
    assert _values(f"ولدت في {word}") == [f"XXXX-{mo:02d}"]


@pytest.mark.parametrize(("d", "mo", "y"), [(6, 6, 2021), (15, 3, 2017)])
@pytest.mark.parametrize(("h", "mi"), [(12, 15), (9, 30)])
def test_numeric_date_then_dotted_time(d: int, mo: int, y: int, h: int, mi: int) -> None:
    assert _values(f"{d}/{mo}/{y} {h}.{mi}") == [f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}"]


@pytest.mark.parametrize(("day", "date_"), [("اليوم", "2016-11-07"), ("غدا", "2016-11-08")])
@pytest.mark.parametrize("h", [5, 9])
def test_day_word_then_fi_hour(day: str, date_: str, h: int) -> None:
    assert _values(f"سأعود {day} في {h}") == [f"{date_}T{h:02d}"]


@pytest.mark.parametrize(
    ("unit", "code"), [("ساعة", "PT{}H"), ("يوم", "P{}D"), ("سنة", "P{}Y"), ("شهر", "P{}M")]
)
@pytest.mark.parametrize(("frac", "add"), [("ونصف", 0.5), ("وربع", 0.25)])
def test_unit_and_a_fraction(unit: str, code: str, frac: str, add: float) -> None:
    assert _values(f"استمر {unit} {frac}") == [code.format(1 + add)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ساعتين وربع", "PT2.25H"),
        ("ثلاث ساعات وربع", "PT3.25H"),
        ("ثلاثة أرباع الساعة", "PT0.75H"),
        ("ثانيتين", "PT2S"),
        ("قرن", "P100Y"),
    ],
)
def test_more_duration_shapes(text: str, value: str) -> None:
    assert _values(f"سأغادر لمدة {text}") == [value]
