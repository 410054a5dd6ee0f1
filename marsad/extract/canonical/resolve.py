"""Cross-article entity resolution: mentions → canonical entities with variants and roles.

Three passes, each conservative: (1) mentions whose folded, title-free, vowel-skeleton keys
are equal are one entity; (2) a short form (surname, first word, name without its head noun)
joins the one longer entity that contains it, preferring entities seen in the same article,
and stays alone when two longer entities compete (دميتري with both بيسكوف and بوليانسكي);
(3) a Latin-script form joins the one Arabic entity with the same consonant skeleton.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from marsad.extract.canonical.keys import (
    HEAD_SKELETONS,
    ROLE_HEADS,
    STATE_SKELETONS,
    is_latin,
    name_key,
    name_tokens,
    phonetic_key,
    strip_titles,
)
from marsad.text import normalize
from marsad.types import Entity, Mention

_STOP = re.compile(r"[.،,؛;:!?؟\"«»()\n]")


def _clean_surface(mention: Mention) -> str:
    text = mention.text.replace("#", "").replace("_", " ").strip()
    if mention.type in (None, "PER"):
        words = text.split()
        kept = strip_titles([normalize(w) for w in words])
        text = " ".join(words[len(words) - len(kept) :])
    return text


def _role_before(text: str, start: int) -> str | None:
    """A title phrase right before a mention (…المتحدث باسم الكرملين [دميتري بيسكوف])."""
    window = text[max(0, start - 80) : start]
    cut = max(window.rfind(m) for m in '.،,؛;:!?؟"«»()\n')
    words = window[cut + 1 :].split()[-5:]
    for i, word in enumerate(words):
        bare = normalize(word)
        if bare[:1] in "وف" and bare[1:] in ROLE_HEADS:
            bare = bare[1:]
            words[i] = word[1:]
        if bare in ROLE_HEADS:
            return " ".join(words[i:]) or None
    return None


def _role_after(text: str, end: int) -> str | None:
    """An apposition after a mention ([بيسكوف]، المتحدث باسم الكرملين، …)."""
    rest = text[end : end + 80]
    stripped = rest.lstrip()
    if not stripped.startswith(("،", ",")):
        return None
    phrase = _STOP.split(stripped[1:], maxsplit=1)[0].split()[:5]
    if phrase and normalize(phrase[0]) in ROLE_HEADS:
        return " ".join(phrase)
    return None


def entity_id(kind: str, key: Sequence[str]) -> str:
    """Stable id: the same type and canonical key give the same id in every run and story."""
    digest = hashlib.sha1(f"{kind}|{' '.join(key)}".encode()).hexdigest()[:12]
    return f"{kind.lower()}_{digest}"


class _Group:
    __slots__ = ("articles", "forms", "key", "mentions", "types")

    def __init__(self, key: tuple[str, ...]) -> None:
        self.key = key
        self.forms: set[tuple[str, ...]] = set()
        self.mentions: list[Mention] = []
        self.types: Counter = Counter()
        self.articles: set[str] = set()

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.forms.add(
            tuple(t[2:] if t.startswith("ال") and len(t) > 3 else t for t in name_tokens(mention.text))
        )
        self.types[mention.type or "MISC"] += 1
        self.articles.add(mention.article_id)

    def absorb(self, other: _Group) -> None:
        for m in other.mentions:
            self.add(m)

    @property
    def kind(self) -> str:
        return self.types.most_common(1)[0][0]


#: How many times more mentions a fuller body name needs than its rival to take their shared short form.
DOMINANT_SHARE = 3


def _contains(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return n < len(long) and any(long[i : i + n] == short for i in range(len(long) - n + 1))


def _short_form_of(short: _Group, long: _Group) -> bool:
    """Whether ``short`` can be a short form of ``long``.

    People: any contiguous part (surname الأسد, first name بشار).  Bodies and places: the
    beginning of the name (مجلس الأمن ⊂ مجلس الأمن الدولي) or the name after a generic head
    noun (رويترز ⊂ وكالة رويترز) — never a later word (دمشق is not غوطة دمشق, السعودية is
    not جنرال إلكتريك-السعودية).
    """
    s, lg = short.key[1:], long.key[1:]
    if len(s) == 1 and len(lg) > 1 and lg[0] in STATE_SKELETONS and lg[-1] == s[0]:
        return short.kind == long.kind == "LOC"  # السعودية ⊂ المملكة العربية السعودية
    if not _contains(s, lg) or not _compatible(short, long):
        return False
    # Very short skeletons collide (بشير/بشار → بشر): those must match letter for letter.
    if any(len(t) <= 3 for t in s) and not any(_contains(f, g) for f in short.forms for g in long.forms):
        return False
    if short.kind == "PER" and long.kind == "PER":
        return True
    n = len(s)
    if lg[1 : 1 + n] == s and lg[0] in HEAD_SKELETONS:
        return True  # رويترز ⊂ وكالة رويترز
    # مجلس الأمن ⊂ مجلس الأمن الدولي, but a name the news uses far more often than the longer one is
    # not its short form: it is another body (مجلس الأمن is not مجلس الأمن البريطاني, الأمم المتحدة
    # is not الأمم المتحدة للطفولة).
    return lg[:n] == s and len(short.mentions) <= DOMINANT_SHARE * len(long.mentions)


def _pick(candidates: list[_Group], group: _Group) -> _Group | None:
    """The single longer entity a short form belongs to, or None when ambiguous."""
    if not candidates:
        return None
    local = [c for c in candidates if c.articles & group.articles]
    pool = local or candidates
    # Candidates that nest inside each other are one chain: keep the longest of each chain.
    maximal = [c for c in pool if not any(_contains(c.key[1:], o.key[1:]) for o in pool if o is not c)]
    if len(maximal) == 1:
        return maximal[0]
    if group.kind == "PER" or any(c.kind == "PER" for c in maximal):
        return None  # دميتري with both بيسكوف and بوليانسكي: two people, never guessed
    # A body's short name with several fuller namesakes (مجلس الأمن: الدولي, البريطاني) is the one the
    # news names far more often; without such a clear favourite it stays apart.
    ranked = sorted(maximal, key=lambda c: -len(c.mentions))
    return ranked[0] if len(ranked[0].mentions) >= DOMINANT_SHARE * len(ranked[1].mentions) else None


def resolve_entities(mentions: Sequence[Mention], texts: Mapping[str, str]) -> list[Entity]:
    """Group ``mentions`` (from any number of articles) into canonical entities.

    ``texts`` maps article ids to their text, used to read the roles around person mentions.
    Returns entities sorted by number of mentions (most mentioned first).
    """
    groups: dict[tuple[str, ...], _Group] = {}
    latin: list[Mention] = []
    keyed: list[tuple[tuple[str, ...], Mention]] = []
    for mention in mentions:
        if is_latin(mention.text):
            latin.append(mention)
            continue
        key = name_key(mention.text, mention.type)
        if key:
            # People and non-people never share a key (البشير the man, بشار the town).
            keyed.append(((("P" if mention.type == "PER" else "N"), *key), mention))
    known = {k for k, _ in keyed}
    final_key: dict[int, tuple[str, ...]] = {}
    for key, mention in keyed:
        # A span written after a dropped ل (لأمم المتحدة, from للأمم) is the article form.
        first = normalize(mention.text.split()[0]) if mention.text.split() else ""
        if first.startswith("ل") and not first.startswith("لل") and len(first) > 3:
            alt = (key[0], *name_key("ال" + mention.text[1:], mention.type))
            if alt in known and alt != key:
                key = alt
        groups.setdefault(key, _Group(key)).add(mention)
        final_key[id(mention)] = key

    _join_glosses(groups, [(final_key[id(m)], m) for _, m in keyed], texts)

    # Pass 2: short forms join the unique longer entity that contains them (shortest first).
    merged: dict[tuple[str, ...], _Group] = dict(groups)
    # A longer entity containing a short form holds its first token: looking only there keeps the
    # pass near-linear in the number of names (a run's worth, not one story's, goes through it).
    order = {key: i for i, key in enumerate(groups)}
    holding: dict[str, set[tuple[str, ...]]] = {}
    for key in groups:
        for token in key[1:]:
            holding.setdefault(token, set()).add(key)
    for key in sorted(groups, key=len):
        group = merged.get(key)
        if group is None or len(key) < 2:
            continue
        near = sorted((k for k in holding.get(key[1], ()) if k != key and k in merged), key=order.__getitem__)
        candidates = [merged[k] for k in near if _short_form_of(group, merged[k])]
        target = _pick(candidates, group)
        if target is not None:
            target.absorb(group)
            del merged[key]

    # Pass 3: Latin-script mentions join the Arabic entity with the same consonant skeleton.
    for mention in latin:
        words = name_tokens(mention.text)
        if not words:
            continue
        spelled = _spelled_matches(mention.text, merged.values())
        if spelled is not None:
            spelled.add(mention)
            continue
        pkey = tuple(phonetic_key(w) for w in words)
        matches = [
            g
            for g in merged.values()
            if tuple(phonetic_key(w) for w in g.key[1:][-len(pkey) :]) == pkey
            or (len(pkey) == 1 and phonetic_key(g.key[-1]) == pkey[0])
        ]
        if len({id(g) for g in matches}) == 1:
            matches[0].add(mention)
        else:
            key = ("L", *(normalize(w) for w in words))
            merged.setdefault(key, _Group(key)).add(mention)

    entities = [_to_entity(g, texts) for g in merged.values()]
    entities.sort(key=lambda e: (-len(e.mentions), e.name))
    return entities


# What may stand between a body's name and its acronym or gloss: وكالة الأنباء السورية "سانا",
# مكتب التحقيقات الفدرالي (اف بي اي).
_GLOSS_GAPS = frozenset({"(", '"', "«", "(«", '("', "'", "“"})


def _join_glosses(
    groups: dict[tuple[str, ...], _Group],
    keyed: Sequence[tuple[tuple[str, ...], Mention]],
    texts: Mapping[str, str],
) -> None:
    """A short name written in brackets or quotes right after a body's full name is that body:
    its group joins the full name's group (every mention of the acronym in the run follows)."""
    key_of = {id(m): k for k, m in keyed}
    moved: dict[tuple[str, ...], tuple[str, ...]] = {}
    by_article: dict[str, list[Mention]] = {}
    for _, m in keyed:
        by_article.setdefault(m.article_id, []).append(m)
    for article, ms in by_article.items():
        text = texts.get(article)
        if not text:
            continue
        ms.sort(key=lambda m: m.start)
        for a, b in itertools.pairwise(ms):
            gap = "".join(text[a.end : b.start].split())
            if gap not in _GLOSS_GAPS or {a.type, b.type} - {"ORG", "LOC"}:
                continue
            if len(name_tokens(a.text)) < 2 or len(name_tokens(b.text)) > 3:
                continue
            ka, kb = _find(moved, key_of[id(a)]), _find(moved, key_of[id(b)])
            if ka != kb:
                groups[ka].absorb(groups.pop(kb))
                moved[kb] = ka


def _find(moved: dict[tuple[str, ...], tuple[str, ...]], key: tuple[str, ...]) -> tuple[str, ...]:
    while key in moved:
        key = moved[key]
    return key


# Arabic names of Latin letters, as acronyms are written out (سي إن إن = CNN, اف بي اي = FBI).
_LETTER_NAMES = {
    normalize(k): v
    for k, v in {
        "إيه": "A",
        "بي": "BP",
        "سي": "C",
        "دي": "D",
        "إي": "EI",
        "إف": "F",
        "جي": "G",
        "إتش": "H",
        "آي": "I",
        "جيه": "J",
        "كيه": "K",
        "إل": "L",
        "إم": "M",
        "إن": "N",
        "أو": "O",
        "كيو": "Q",
        "آر": "R",
        "إس": "S",
        "تي": "T",
        "يو": "U",
        "في": "V",
        "دبليو": "W",
        "إكس": "X",
        "واي": "Y",
        "زد": "Z",
    }.items()
}


def _spelled_matches(text: str, groups: Iterable[_Group]) -> _Group | None:
    """The one Arabic group that spells a Latin acronym letter by letter (CNN → سي إن إن)."""
    letters = text.strip()
    if not (2 <= len(letters) <= 6 and letters.isascii() and letters.isalpha() and letters.isupper()):
        return None
    found = []
    for group in groups:
        for form in group.forms:
            if len(form) == len(letters) and all(
                ch in _LETTER_NAMES.get(tok, "") for tok, ch in zip(form, letters, strict=True)
            ):
                found.append(group)
                break
    return found[0] if len({id(g) for g in found}) == 1 else None


def _compatible(short: _Group, long: _Group) -> bool:
    """Types must agree, except that LOC/ORG confusions of the tagger may still link."""
    a, b = short.kind, long.kind
    return a == b or {a, b} <= {"LOC", "ORG"}


def _to_entity(group: _Group, texts: Mapping[str, str]) -> Entity:
    surfaces = Counter(_clean_surface(m) for m in group.mentions)
    arabic = [s for s in surfaces if not is_latin(s)] or list(surfaces)
    # Canonical name: the fullest form, then the most frequent, then a fixed order.
    name = max(arabic, key=lambda s: (len(s.split()), surfaces[s], s))
    roles: Counter = Counter()
    if group.kind == "PER":
        for m in group.mentions:
            text = texts.get(m.article_id)
            if not text:
                continue
            for role in (_role_before(text, m.start), _role_after(text, m.end)):
                role = (role or "").replace("#", " ").replace("_", " ").strip()
                if role:
                    roles[" ".join(role.split())] += 1
    kind = group.kind
    return Entity(
        id=entity_id(kind, name_key(name, kind)),
        name=name,
        type=kind,  # type: ignore[arg-type]
        variants=sorted(surfaces, key=lambda s: (-surfaces[s], s)),
        mentions=sorted(group.mentions, key=lambda m: (m.article_id, m.start)),
        roles=[r for r, _ in roles.most_common()],
    )

