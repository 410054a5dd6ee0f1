"""English reported speech and embedded social-media posts.

English news attribution is far more regular than Arabic ("X said", ""...," X said", "according
to X", "X told Reuters"), so a few patterns with a capitalised-name heuristic cover most of it.
Embedded posts ("— Name (@handle) December 8, 2024" after the post text) are quotes whose channel
is the platform.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.extract.quotes import lexicon as lx

_SAY = "|".join(sorted(lx.EN_SAY, key=len, reverse=True))
_NAME = (
    r"(?:[A-Z][\w.'’-]*|al-|bin|de|of|the|for|and)(?:\s+(?:[A-Z][\w.'’-]*|al-|bin|de|of|the|for|and)){0,6}"
)
_SUBJ = (
    rf"(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:{_NAME})"
    r"|[Tt]he\s+[\w\s'’-]{3,60}?"
)
_CHANNEL_WORDS = (
    r"(?:Reuters|AFP|AP|the Associated Press|Interfax|TASS|Tass|Sputnik|RIA Novosti|Anadolu|Xinhua"
    r"|CNN|BBC|Al Jazeera|Al Arabiya|the BBC|Bloomberg)"
)

# "..." / “...” followed by ", X said" or ", said X"
_ANON_SUBJ = (
    r"(?:[Aa]n?\s+|[Tt]he\s+|[Tt]wo\s+|[Ss]everal\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:source|sources|official|officials|spokesman|spokeswoman|spokesperson|witnesses|diplomats?)"
)
_SUBJ = rf"{_ANON_SUBJ}|{_SUBJ}"
_DIRECT_AFTER = re.compile(
    rf"[\"“](?P<q>[^\"”]{{8,}}?)[,.]?[\"”],?\s+(?:(?P<s1>{_SUBJ})\s+(?P<v1>{_SAY})|(?P<v2>{_SAY})\s+(?P<s2>{_SUBJ}))"
    rf"(?:\s+(?:to|told)\s+(?P<ch>{_CHANNEL_WORDS}))?"
)
# "X said (on Monday) (that) ..." / "X told Reuters (that) ..."
_SAID_THAT = re.compile(
    rf"(?P<s>{_SUBJ})\s+(?P<v>{_SAY})(?:\s+(?P<ch>{_CHANNEL_WORDS}))?(?:\s+(?:on|in|late|early)\s+\w+(?:\s+\w+)?)?"
    r"(?:\s+(?:that))?[,:]?\s+(?P<c>[\"“]?[A-Za-z0-9\"“][^\n]{8,}?)[.]?$"
)
_ACCORDING = re.compile(r"^(?P<c>.{12,}?),?\s+according to\s+(?P<s>[^.,;]{2,80})[.]?$")
_SIGNATURE = re.compile(
    r"^\s*[—–-]\s*(?P<name>[^\n(]{2,80}?)\s*\(@(?P<handle>\w{1,30})\)[^\n]*$", re.MULTILINE
)
_PIC = re.compile(r"\s*(?:pic\.twitter\.com/\S+|https?://t\.co/\S+)\s*$")


@dataclass(slots=True)
class EnQuote:
    start: int
    end: int
    direct: bool
    speaker: str  # the phrase as written; extract_quotes splits off the title
    speaker_type: str
    channel: list[str]
    cue: str


_TITLES = frozenset(
    lx.words_of(
        "spokesman spokeswoman spokesperson minister president secretary ambassador envoy general colonel "
        "chief director leader premier senator governor mayor king prince chancellor adviser advisor "
        "commander representative deputy"
    )
)


def split_title(phrase: str) -> tuple[str, str]:
    """(name, full): "Kremlin spokesman Dmitry Peskov" → ("Dmitry Peskov", the whole phrase)."""
    words = phrase.split()
    last = max((k for k, w in enumerate(words) if w.lower().strip(",") in _TITLES), default=-1)
    tail = words[last + 1 :]
    if last >= 0 and tail and all(w[:1].isupper() for w in tail):
        return " ".join(tail), phrase
    return phrase, phrase


def english_type(name: str) -> str:
    """PER / ORG / ANON for an English speaker phrase."""
    words = name.split()
    low = {w.lower().strip(".,") for w in words}
    if words and words[-1].lower().strip(".,") in lx.EN_ANON:
        return "ANON"
    org_words = {
        "ministry", "institute", "agency", "government", "army", "police", "office", "department",
        "council", "company", "group", "committee", "organization", "organisation", "embassy", "kremlin",
        "white", "house", "pentagon", "state", "statement", "court", "party", "union", "nations",
        "coalition", "military", "forces", "news", "times", "post", "reuters", "afp",
    }  # fmt: skip
    if split_title(name)[0] != name:
        return "PER"
    if low & org_words or (len(words) == 1 and words[0].isupper()):
        return "ORG"
    return "PER"


def _clean_subject(s: str) -> str:
    s = re.sub(r"^(?:and|but|while|as)\s+", "", s.strip(), flags=re.IGNORECASE)
    return s.strip(" ,")


def english_sentence(text: str, s0: int, s1: int) -> list[EnQuote]:
    """Quotes in one English sentence ``text[s0:s1]``."""
    sent = text[s0:s1]
    out: list[EnQuote] = []
    for m in _DIRECT_AFTER.finditer(sent):
        who = _clean_subject(m.group("s1") or m.group("s2") or "")
        if not who:
            continue
        ch = [m.group("ch")] if m.group("ch") else []
        out.append(
            EnQuote(
                s0 + m.start("q"),
                s0 + m.end("q"),
                True,
                who,
                english_type(who),
                ch,
                m.group("v1") or m.group("v2"),
            )
        )
    if out:
        return out
    m = _ACCORDING.match(sent)
    if m:
        who = m.group("s").strip()
        return [
            EnQuote(s0 + m.start("c"), s0 + m.end("c"), False, who, english_type(who), [], "according to")
        ]
    m = _SAID_THAT.search(sent)
    if m:
        who = _clean_subject(m.group("s"))
        if who and who.split()[0].lower() not in {"it", "he", "she", "they", "who", "which"}:
            s, e = s0 + m.start("c"), s0 + m.end("c")
            direct = text[s] in '"“' and text[e - 1] in '"”'
            if direct:
                s, e = s + 1, e - 1
            ch = [m.group("ch")] if m.group("ch") else []
            return [EnQuote(s, e, direct, who, english_type(who), ch, m.group("v"))]
    return out


def embedded_posts(text: str, platform: str) -> list[EnQuote]:
    """Posts embedded in a page: the paragraphs right above a "— Name (@handle) date" signature."""
    out: list[EnQuote] = []
    for sig in _SIGNATURE.finditer(text):
        end = sig.start()
        paras = []
        cursor = end
        for para in reversed(list(re.finditer(r"[^\n]+", text[:end]))):
            body = para.group().strip()
            if not body:
                continue
            latin = sum(c.isascii() and c.isalpha() for c in body)
            letters = sum(c.isalpha() for c in body) or 1
            if latin / letters < 0.5 or len(paras) >= 3 or cursor - para.end() > 3:
                break
            paras.append(para)
            cursor = para.start()
        if not paras:
            continue
        s = paras[-1].start()
        e = paras[0].end()
        tail = _PIC.search(text, s, e)
        if tail:
            e = tail.start()
        while e > s and text[e - 1] in " .…\n":
            e -= 1
        if e - s < 10:
            continue
        name = sig.group("name").strip()
        out.append(EnQuote(s, e, True, name, english_type(name), [platform], "—"))
    return out
