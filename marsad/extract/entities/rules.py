"""News-convention rules layered over the CRF for raw articles (not used for CoNLL output).

ANERcorp, the CRF's main training set, leaves ministries and councils untagged (وزارة X is
O in all 33 of its occurrences), while news readers — and Marsad's news annotation — treat
وزارة الدفاع, مجلس الشيوخ الأميركي, لجنة الطاقة والتجارة as organisations.  A head-noun
rule recovers them: an indefinite institutional head followed by a chain of definite words.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.extract.entities.gazetteer import Gazetteer, core, match
from marsad.text import normalize

# Indefinite heads of institution names (construct state, so no article).
ORG_HEADS = frozenset(
    normalize(w)
    for w in (
        "وزارة",
        "مجلس",
        "لجنة",
        "منظمة",
        "وكالة",
        "هيئة",
        "جامعة",
        "حزب",
        "حركة",
        "جبهة",
        "محكمة",
        "مكتب",
        "مفوضية",
        "صندوق",
        "بنك",
        "مصرف",
        "اتحاد",
        "تنظيم",
        "تيار",
    )
)
# Definite words that end a name rather than continue it: days, deictics, relatives.
_STOP = frozenset(
    normalize(w)
    for w in (
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الأحد",
        "الماضي",
        "الماضية",
        "المقبل",
        "المقبلة",
        "الحالي",
        "الحالية",
        "اليوم",
        "الآن",
        "الذي",
        "التي",
        "الذين",
        "اللذين",
        "اللتين",
        "اللذان",
        "اللتان",
        "اللواتي",
        "الأول",
        "الأولى",
        "الثاني",
        "الثانية",
        "الأخير",
        "الأخيرة",
        "العام",
        "الأسبوع",
        "الشهر",
        "الجديد",
        "الجديدة",
        "التابع",
        "التابعة",
        "التابعتين",
        "التابعين",
        "الحاكم",
        "الحاكمة",
        "الرسمي",
        "الرسمية",
    )
)
# Words never at the end of a name (a CRF span ending in a weekday is trimmed).
TRAILING_STOP = _STOP
MAX_CHAIN = 5


def _definite(form: str) -> bool:
    return (form.startswith("ال") or form.startswith("وال")) and len(form) > 3 and form not in _STOP


def org_phrases(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) token ranges of head-noun organisation names (وزارة الخارجية والتعاون الدولي)."""
    forms = [normalize(t) for t in tokens]
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(forms):
        head = forms[i]
        bare = head[1:] if head[:1] in "وبلف" and head[1:] in ORG_HEADS else head
        if bare not in ORG_HEADS or (i + 1 < len(forms) and forms[i + 1] in ORG_HEADS):
            i += 1  # حزب جبهة التحرير: the name starts at the second head
            continue
        j = i + 1
        while j < len(forms) and j - i <= MAX_CHAIN:
            if _definite(forms[j]):
                j += 1
            elif j == i + 1 and j + 1 < len(forms) and forms[j].isalpha() and _definite(forms[j + 1]):
                j += 2  # منظمة حظر الأسلحة: one indefinite noun in construct, then definites
            else:
                break
        if j > i + 1:
            found.append((i, j))
            i = j
        else:
            i += 1
    return found


# Facilities named "head + name (+ standard adjective)": قاعدة حميميم الجوية, مطار مقديشو الدولي.
FACILITY_HEADS = frozenset(normalize(w) for w in ("قاعدة", "مطار", "ميناء"))
FACILITY_SUFFIXES = frozenset(normalize(w) for w in ("الجوية", "الجوي", "الدولي", "الدولية", "البحرية"))
# A word this frequent in the news corpora is a common noun or adjective, not a place name.
COMMON_WORD_COUNT = 1500


def facility_phrases(
    tokens: Sequence[str], tags: Sequence[str], counts: dict[str, int]
) -> list[tuple[int, int]]:
    """(start, end) token ranges of named facilities; the name must be rare or tagged by the CRF."""
    forms = [normalize(t) for t in tokens]
    found = []
    for i in range(len(forms) - 1):
        head = forms[i][1:] if forms[i][:1] in "وبلف" and forms[i][1:] in FACILITY_HEADS else forms[i]
        name = forms[i + 1]
        if head not in FACILITY_HEADS or not name.isalpha() or name.startswith("ال"):
            continue
        if counts.get(name, 0) >= COMMON_WORD_COUNT and tags[i + 1] == "O":
            continue
        end = i + 3 if i + 2 < len(forms) and forms[i + 2] in FACILITY_SUFFIXES else i + 2
        found.append((i, end))
    return found


def first_names(gazetteer: Gazetteer, min_count: int = 3) -> frozenset[str]:
    """Given names: words that begin at least ``min_count`` multi-word person names."""
    from collections import Counter

    counts = Counter(key[0] for key, kind in gazetteer.items() if kind == "PER" and len(key) > 1)
    return frozenset(w for w, n in counts.items() if n >= min_count and len(w) > 2)


def split_at_first_names(tokens: Sequence[str], tags: Sequence[str], names: frozenset[str]) -> list[str]:
    """Cut a place/organisation span where a person's name starts inside it
    (محادثات أستانا أحمد طعمة: one LOC span → أستانا | أحمد طعمة)."""
    out = list(tags)
    i = 0
    while i < len(out):
        if not out[i].startswith("B-") or out[i] == "B-PER":
            i += 1
            continue
        j = i + 1
        while j < len(out) and out[j] == "I-" + out[i][2:]:
            j += 1
        for k in range(i + 1, j - 1):
            if core(normalize(tokens[k])) in names:
                out[k] = "B-PER"
                for m in range(k + 1, j):
                    out[m] = "I-PER"
                break
        i = j
    return out


def outlet_gazetteer(entries: Sequence[tuple[str, str]]) -> Gazetteer:
    """Curated outlet names safe to tag on sight: several words, or one word without ال
    (العربية, الحياة, الوطن are also ordinary words and are left to the CRF)."""
    from marsad.extract.entities.gazetteer import build_gazetteer

    safe = [(n, t) for n, t in entries if len(n.split()) > 1 or not normalize(n).startswith("ال")]
    return build_gazetteer(safe)


def apply_rules(
    tokens: Sequence[str], tags: Sequence[str], outlets: Gazetteer, counts: dict[str, int]
) -> list[str]:
    """CRF tags with rule spans laid over them: a rule span replaces any CRF span it overlaps
    when it is at least as long, and fills untagged stretches otherwise."""
    out = list(tags)
    rule_spans = [(s, e, "ORG") for s, e in org_phrases(tokens)]
    rule_spans += [(s, e, "LOC") for s, e in facility_phrases(tokens, tags, counts)]
    gaz_tags = match([core(normalize(t)) for t in tokens], outlets)
    i = 0
    while i < len(gaz_tags):
        if gaz_tags[i].startswith("B-"):
            j = i + 1
            while j < len(gaz_tags) and gaz_tags[j].startswith("I-"):
                j += 1
            rule_spans.append((i, j, gaz_tags[i][2:]))
            i = j
        else:
            i += 1
    for start, end, kind in rule_spans:
        lo, hi = start, end
        # Extend over CRF spans cut by the rule so no half-span is left behind.
        while lo > 0 and out[lo].startswith("I-"):
            lo -= 1
        while hi < len(out) and out[hi].startswith("I-"):
            hi += 1
        crf_len = max((b - a for a, b in _runs(out, lo, hi)), default=0)
        if crf_len > end - start:
            continue
        for k in range(lo, hi):
            out[k] = "O"
        out[start] = "B-" + kind
        for k in range(start + 1, end):
            out[k] = "I-" + kind
    return out


def _runs(tags: Sequence[str], lo: int, hi: int) -> list[tuple[int, int]]:
    runs = []
    i = lo
    while i < hi:
        if tags[i] != "O":
            j = i + 1
            while j < hi and tags[j].startswith("I-"):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs
