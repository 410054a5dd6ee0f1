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
FACILITY_HEADS = frozenset(normalize(w) for w in ("قاعدة", "مطار", "ميناء", "منفذ", "معبر"))
# Adjectives that make "head + word" a description (قاعدة جوية, مطار عسكري), not a name.
_FACILITY_ADJECTIVES = frozenset(
    normalize(w)
    for w in ("جوية", "جوي", "عسكرية", "عسكري", "بحرية", "بحري", "حربية", "حربي", "سرية", "سري", "جديدة")
)
# Border crossings are mostly named with the article (منفذ النويصيب, معبر الكرامة).
_DEFINITE_NAME_HEADS = frozenset(normalize(w) for w in ("منفذ", "معبر"))
FACILITY_SUFFIXES = frozenset(normalize(w) for w in ("الجوية", "الجوي", "الدولي", "الدولية", "البحرية"))
# A word this frequent in the news corpora is a common noun or adjective, not a place name.
COMMON_WORD_COUNT = 1500
RARE_DEFINITE_NAME = 300


def facility_phrases(
    tokens: Sequence[str], tags: Sequence[str], counts: dict[str, int]
) -> list[tuple[int, int]]:
    """(start, end) token ranges of named facilities; the name must be rare or tagged by the CRF."""
    forms = [normalize(t) for t in tokens]
    found = []
    for i in range(len(forms) - 1):
        head = forms[i][1:] if forms[i][:1] in "وبلف" and forms[i][1:] in FACILITY_HEADS else forms[i]
        name = forms[i + 1]
        if head not in FACILITY_HEADS or not name.isalpha() or name in _FACILITY_ADJECTIVES:
            continue
        # منفذ is also "perpetrator" (منفذ الاعتداء): a definite name must be a rare word.
        rare = counts.get(name, 0) < RARE_DEFINITE_NAME
        if name.startswith("ال") and (head not in _DEFINITE_NAME_HEADS or not rare):
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
    tokens: Sequence[str],
    tags: Sequence[str],
    outlets: Gazetteer,
    counts: dict[str, int],
    gazetteer: Gazetteer | None = None,
    news_names: Gazetteer | None = None,
) -> list[str]:
    """CRF tags with rule spans laid over them: a rule span replaces any CRF span it overlaps
    when it is at least as long, and fills untagged stretches otherwise.  ``gazetteer`` enables
    the army/ministry-by-adjective rule, ``news_names`` the curated news list (applied last, so
    it wins over an outlet of the same length: الشرق الأوسط the region)."""
    out = list(tags)
    rule_spans = [(s, e, "ORG") for s, e in org_phrases(tokens)]
    rule_spans += [(s, e, "LOC") for s, e in facility_phrases(tokens, tags, counts)]
    if gazetteer is not None:
        rule_spans += [(s, e, "ORG") for s, e in adjective_orgs(tokens, gazetteer)]
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
    if news_names:
        curated = curated_phrases(tokens, news_names)
        for start, end, _ in curated:
            # A tagger or head-noun span running one adjective or title past a curated name
            # (حزب الله الإرهابي, حزب الله السيد …) is cut back to the name.
            if end >= len(out):
                continue
            extra = normalize(tokens[end])
            if not (extra.startswith("ال") and (extra.endswith(("ي", "يه")) or extra in _TITLES_AFTER)):
                continue
            if out[end].startswith("I-") and not _continues(out, end + 1):
                out[end] = "O"
            rule_spans = [(s, e - 1 if (s, e) == (start, end + 1) else e, k) for s, e, k in rule_spans]
        rule_spans += curated
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


# --- News additions (raw text only): curated names, armies and ministries by adjective, hyphenated
# names, adjective and idiom guards.  Written from the error classes of news_dev and news_blind1.

# Head nouns that make the following name a medium (صحيفة الشرق الأوسط is the paper, not the region).
MEDIA_HEADS = frozenset(normalize(w) for w in ("صحيفة", "جريدة", "مجلة", "قناة", "موقع", "إذاعة"))
_CLITICS = "وفبلك"


def _heads(form: str, heads: frozenset[str]) -> bool:
    return form in heads or (form[:1] in _CLITICS and form[1:] in heads)


def _definite_head(form: str, heads: frozenset[str]) -> bool:
    """A definite head with or without proclitics (الجيش, والجيش, للجيش)."""
    definite = form.startswith(("ال", "لل")) or (form[:1] in _CLITICS and form[1:].startswith("ال"))
    return definite and "ال" + core(form) in heads


def gentilic(form: str, gazetteer: Gazetteer) -> bool:
    """Whether a normalised word is a nationality adjective of a known country or region
    (السوري ← سوريا, الإسرائيلية ← إسرائيل, الصومالي ← الصومال, السعودية ← السعودية)."""
    word = core(form)
    if word.endswith("يه"):
        stem = word[:-2]
    elif word.endswith("ي"):
        stem = word[:-1]
    else:
        return False
    if len(stem) < 2:
        return False
    candidates = (stem, stem + "ا", stem + "يا", stem + "يه", stem + "ه")
    return any(gazetteer.get((c,)) == "LOC" for c in candidates)


# "Army + nationality adjective" is an organisation in the news conventions (الجيش الصومالي, ORG),
# while "forces + adjective" (القوات الروسية) is a description and stays untagged.
ARMY_HEADS = frozenset(normalize(w) for w in ("الجيش",))
# A ministry's short form with a feminine nationality adjective (الخارجية القطرية = the ministry);
# after وزير the adjective belongs to the minister (وزير الخارجية الروسي) and nothing is tagged.
MINISTRY_SHORT = frozenset(normalize(w) for w in ("الخارجية", "الداخلية", "الدفاع", "الخزانة"))
_MINISTER = frozenset(normalize(w) for w in ("وزير", "وزيرة", "الوزير", "نائب", "وكيل", "وزارة"))


def adjective_orgs(tokens: Sequence[str], gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of الجيش + nationality adjective(s) and ministry short forms + adjective."""
    forms = [normalize(t) for t in tokens]
    found = []
    for i in range(len(forms) - 1):
        nxt = forms[i + 1]
        if not (nxt.startswith("ال") and gentilic(nxt, gazetteer)):
            continue
        army = _definite_head(forms[i], ARMY_HEADS)
        ministry = (
            _definite_head(forms[i], MINISTRY_SHORT)
            and nxt.endswith("يه")
            and not (i > 0 and _heads(forms[i - 1], _MINISTER))
        )
        if army or ministry:
            found.append((i, i + 2))
    return found


_TITLES_AFTER = frozenset(normalize(w) for w in ("السيد", "الشيخ"))


def _continues(tags: Sequence[str], i: int) -> bool:
    return i < len(tags) and tags[i].startswith("I-")


def curated_phrases(tokens: Sequence[str], names: Gazetteer) -> list[tuple[int, int, str]]:
    """Longest matches of a curated name list; the first word may carry a proclitic (لحزب الله)."""
    cores = [core(normalize(t)) for t in tokens]
    longest = max((len(k) for k in names), default=0)
    found = []
    i = 0
    while i < len(cores):
        hit = None
        for n in range(min(longest, len(cores) - i), 0, -1):
            rest = tuple(cores[i + 1 : i + n])
            first = cores[i]
            options = [first]
            if first[:1] in _CLITICS and len(first) > 3:
                options.append(core(first[1:]))
            label = next((names[(f, *rest)] for f in options if (f, *rest) in names), None)
            if label:
                hit = (i, i + n, label)
                break
        if hit:
            kind = hit[2]
            if kind == "LOC" and i > 0 and _heads(normalize(tokens[i - 1]), MEDIA_HEADS):
                kind = "ORG"
            found.append((hit[0], hit[1], kind))
            i = hit[1]
        else:
            i += 1
    return found


def join_hyphenated(
    tokens: Sequence[str], offsets: Sequence[tuple[int, int]], tags: Sequence[str]
) -> list[str]:
    """Names written with a hyphen (كيم جونغ-أون, مون جاي-إن, جنرال إلكتريك-سافران) are one span.

    The tokeniser cuts at '-', so the tagger sees كيم جونغ | - | أون.  A PER span of two or more
    words (a family name and a first syllable) or an ORG span, followed by '-' and a word with no
    space on either side, takes that word in.  A one-word PER before the hyphen is left alone:
    قمة كيم-ترامب names two people.
    """
    out = list(tags)
    i = 0
    while i < len(out):
        if not out[i].startswith("B-") or out[i][2:] not in ("PER", "ORG"):
            i += 1
            continue
        kind = out[i][2:]
        j = i + 1
        while j < len(out) and out[j] == "I-" + kind:
            j += 1
        while (
            j + 1 < len(tokens)
            and tokens[j] == "-"
            and offsets[j][0] == offsets[j - 1][1]
            and offsets[j + 1][0] == offsets[j][1]
            and tokens[j + 1].isalpha()
            and (kind == "ORG" or j - i >= 2)
        ):
            k = j + 2
            while k < len(out) and out[k].startswith("I-"):
                k += 1
            for m in range(j, k):
                out[m] = "I-" + kind
            j = k
        i = j
    return out


# A feminine nationality adjective agreeing with the word before it is not the country
# (قاعدة جوية سورية, الصحيفة السعودية); the country after a verb or preposition is kept.
def drop_adjectives(tokens: Sequence[str], tags: Sequence[str], gazetteer: Gazetteer) -> list[str]:
    out = list(tags)
    forms = [normalize(t) for t in tokens]
    for i in range(1, len(out)):
        if out[i] not in ("B-LOC", "B-ORG") or (i + 1 < len(out) and out[i + 1].startswith("I-")):
            continue
        prev, word = forms[i - 1], forms[i]
        if not (word.endswith("يه") and prev.endswith("ه") and len(prev) > 3 and out[i - 1] == "O"):
            continue
        if word.startswith("ال") != prev.startswith("ال") or not gentilic(word, gazetteer):
            continue
        out[i] = "O"
    return out


# حسن is a common name and a common noun: "حسن نية", "حسن الجوار" (good faith, good neighbourliness).
_HASAN_IDIOMS = frozenset(
    normalize(w)
    for w in ("نية", "النية", "جوار", "الجوار", "الظن", "ظن", "سير", "التعامل", "الخلق", "الأداء", "التدبير")
)


def drop_idioms(tokens: Sequence[str], tags: Sequence[str]) -> list[str]:
    out = list(tags)
    for i in range(len(out) - 1):
        if (
            out[i] == "B-PER"
            and normalize(tokens[i]) == normalize("حسن")
            and normalize(tokens[i + 1]) in _HASAN_IDIOMS
        ):
            out[i] = "O"
            if out[i + 1] == "I-PER":  # حسن الجوار tagged as one two-word name
                out[i + 1] = "O"
                if i + 2 < len(out) and out[i + 2] == "I-PER":
                    out[i + 2] = "B-PER"
    return out


# Movements and parties are named without their head noun (news conventions: حزب جبهة التحرير
# الوطني → جبهة التحرير الوطني, تنظيم الدولة الإسلامية → الدولة الإسلامية); حزب الله keeps it.
PARTY_HEADS = frozenset(normalize(w) for w in ("حزب", "تنظيم", "حركة"))


def trim_party_heads(tokens: Sequence[str], tags: Sequence[str]) -> list[str]:
    out = list(tags)
    for i in range(len(out) - 1):
        if (
            out[i] == "B-ORG"
            and out[i + 1] == "I-ORG"
            and _heads(normalize(tokens[i]), PARTY_HEADS)
            and normalize(tokens[i + 1]) != normalize("الله")
            and (normalize(tokens[i + 1]).startswith("ال") or normalize(tokens[i + 1]) in ORG_HEADS)
        ):
            out[i], out[i + 1] = "O", "B-ORG"
    return out


# Region heads that are part of the place's usual name (ريف دمشق the governorate, مرتفعات الجولان,
# غوطة دمشق): a place right after one takes it in.
REGION_HEADS = frozenset(normalize(w) for w in ("ريف", "مرتفعات", "غوطة", "هضبة"))


def extend_region_heads(tokens: Sequence[str], tags: Sequence[str]) -> list[str]:
    out = list(tags)
    for i in range(len(out) - 1):
        if out[i] == "O" and out[i + 1] == "B-LOC" and _heads(normalize(tokens[i]), REGION_HEADS):
            out[i], out[i + 1] = "B-LOC", "I-LOC"
    return out
