"""Raw text → entity mentions with character offsets into the displayed text."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache

from marsad.extract.entities.consistency import propagate, propagate_surnames, surnames
from marsad.extract.entities.gazetteer import Gazetteer
from marsad.extract.entities.metrics import spans as iob_spans
from marsad.extract.entities.model import Tagger, get_tagger
from marsad.extract.entities.rules import (
    TRAILING_STOP,
    apply_rules,
    drop_adjectives,
    drop_idioms,
    extend_region_heads,
    first_names,
    join_hyphenated,
    outlet_gazetteer,
    split_at_first_names,
    trim_party_heads,
)
from marsad.extract.entities.tokenize import token_spans
from marsad.text import arabic_ratio, normalize
from marsad.types import Mention

DEFAULT_TYPES = frozenset({"PER", "ORG", "LOC"})
MIN_ARABIC_RATIO = 0.3
_PROCLITICS = "وفبلك"
# Titles and roles the tagger sometimes pulls into a PER span; names never start with them.
_LEADING_TITLES = frozenset(
    normalize(w)
    for w in [
        "الرئيس",
        "رئيس",
        "وزير",
        "الوزير",
        "المتحدث",
        "الناطق",
        "السفير",
        "المندوب",
        "مندوب",
        "نائب",
        "الملك",
        "الأمير",
        "الشيخ",
        "السيد",
        "السيدة",
        "الجنرال",
        "العقيد",
        "اللواء",
        "العميد",
        "الدكتور",
        "المستشار",
        "المستشارة",
        "السيناتور",
        "الزعيم",
        "القائد",
    ]
)


def clitic_length(token: str, counts: dict[str, int]) -> int:
    """How many leading characters of ``token`` are attached proclitics (و ف ب ل ك, لـ).

    Conventions (news_dev): the article stays inside the span; for ل + ال (للأمم) only the ل
    goes (span لأمم).  A bare proclitic before a non-article word is split off only when the
    rest is a much commoner word than the whole in the news corpora (وفرنسا: 865 vs فرنسا:
    4421 → فرنسا; but وليد: 364 vs ليد: 11 stays whole).
    """
    if len(token) > 1 and token[0] in _PROCLITICS and token[1] == "\u0640":  # لـ / بـ + tatweel
        return len(token) - len(token[1:].lstrip("\u0640"))
    own = counts.get(normalize(token), 0)
    for k in (1, 2):
        if len(token) <= k + 1 or token[k - 1] not in _PROCLITICS:
            break
        rest = token[k:]
        if rest.startswith("ال") and len(rest) > 3:
            return k
        if token[k - 1] == "ل" and rest.startswith("ل") and len(rest) > 2:
            return k  # للأمم → لأمم
        if rest[0] == "\u0640":
            return len(token) - len(rest.lstrip("\u0640"))
        if len(rest) >= 3 and counts.get(normalize(rest), 0) > 2 * own + 20:
            return k
    return 0


def find_mentions(
    text: str,
    article_id: str,
    types: Collection[str] = DEFAULT_TYPES,
    tagger: Tagger | None = None,
) -> list[Mention]:
    """Named-entity mentions in ``text`` (offsets into ``text``), in order of appearance.

    MISC is left out by default because news readers care about people, bodies and places.
    The model is Arabic-only: a text that is mostly not Arabic gets no mentions rather than
    unreliable ones (Latin names inside Arabic text, such as CNN, are still tagged).
    """
    if arabic_ratio(text) < MIN_ARABIC_RATIO:
        return []
    tagger = tagger or get_tagger()
    offsets = token_spans(text)
    tokens = [text[s:e] for s, e in offsets]
    tags: list[str] = []
    # Line breaks end sentences too (titles, captions and paragraphs rarely end with '.').
    start = 0
    for i in range(1, len(offsets) + 1):
        if i == len(offsets) or "\n" in text[offsets[i - 1][1] : offsets[i][0]]:
            tags.extend(tagger.tag(tokens[start:i]))
            start = i
    tags = split_at_first_names(tokens, tags, _first_names(tagger))
    tags = propagate(tokens, tags)
    gazetteer = _lookup(tagger)
    tags = apply_rules(tokens, tags, _outlets(), tagger.resources.counts, gazetteer, _news_names())
    tags = join_hyphenated(tokens, offsets, tags)
    tags = trim_party_heads(tokens, tags)
    tags = extend_region_heads(tokens, tags)
    tags = drop_adjectives(tokens, tags, gazetteer)
    tags = drop_idioms(tokens, tags)
    tags = propagate_surnames(tokens, tags, gazetteer)
    # A surname seen right after a first name is the whole word (فالون is not ف + الون).
    whole = surnames(tokens, tags, gazetteer)
    return mentions_from_tags(text, article_id, offsets, tags, tagger.resources.counts, types, whole)


_FIRST_NAMES: dict[int, frozenset[str]] = {}


def _first_names(tagger: Tagger) -> frozenset[str]:
    key = id(tagger.resources.gazetteer)
    if key not in _FIRST_NAMES:
        _FIRST_NAMES[key] = first_names(tagger.resources.gazetteer)
    return _FIRST_NAMES[key]


@cache
def _outlets() -> Gazetteer:
    from marsad.extract.entities.gazetteer import read_list
    from marsad.extract.entities.model import CURATED_DIR

    return outlet_gazetteer(read_list(CURATED_DIR / "outlets.txt", "ORG"))


_LOOKUPS: dict[int, Gazetteer] = {}


def _lookup(tagger: Tagger) -> Gazetteer:
    """The tagger's gazetteer with the curated news names laid over it (for the news rules)."""
    key = id(tagger.resources.gazetteer)
    if key not in _LOOKUPS:
        _LOOKUPS[key] = {**tagger.resources.gazetteer, **_news_names()}
    return _LOOKUPS[key]


@cache
def _news_names() -> Gazetteer:
    from marsad.extract.entities.gazetteer import build_gazetteer, read_list
    from marsad.extract.entities.model import CURATED_DIR

    return build_gazetteer(read_list(CURATED_DIR / "news_names.tsv"))


def mentions_from_tags(
    text: str,
    article_id: str,
    offsets: Sequence[tuple[int, int]],
    tags: Sequence[str],
    counts: dict[str, int],
    types: Collection[str] = DEFAULT_TYPES,
    whole: Collection[str] = (),
) -> list[Mention]:
    """Turn token tags into mentions, applying the span conventions (no clitic, no title, no #).

    Words in ``whole`` (normalised) are never split into proclitic + rest."""
    tokens = [text[s:e] for s, e in offsets]
    mentions: list[Mention] = []
    for kind, first, last in iob_spans(tags):
        if kind not in types:
            continue
        while kind == "PER" and last - first > 1 and normalize(tokens[first]) in _LEADING_TITLES:
            first += 1
        while first < last and tokens[first] in {"#", "@"}:
            first += 1
        if first >= last:
            continue
        while last - first > 1 and normalize(tokens[last - 1]) in TRAILING_STOP:
            last -= 1
        cut = 0 if normalize(tokens[first]) in whole else clitic_length(tokens[first], counts)
        start = offsets[first][0] + cut
        end = offsets[last - 1][1]
        if end > start:
            mentions.append(Mention(article_id, start, end, text[start:end], kind))  # type: ignore[arg-type]
    return mentions
