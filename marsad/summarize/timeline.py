"""The story timeline: dated events from resolved time expressions, merged across outlets.

An event is the sentence that carries a resolved date (or date and part of day).  Sentences from
different articles that fall on the same date and say the same thing become one event citing every
article.  An article with no dated sentence contributes its publication, marked as such.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from marsad.compare.lexicon import STOPWORDS
from marsad.text.arabic import light_stem, words
from marsad.text.sentences import Sentence, split_sentences
from marsad.types import Article, TimeExpr, TimelineEvent

# Parts of the day in the order they happen (TIMEX3 TOD codes; DA = dawn).
_TOD_ORDER = {"DA": 0, "MO": 1, "MI": 2, "AF": 3, "DT": 4, "EV": 5, "NI": 6}
_DATE_VALUE = re.compile(r"^(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T(?P<time>\d{2}(?::\d{2})?|[A-Z]{2}))?$")
_SAME_EVENT_OVERLAP = 0.3
_CLAUSE_BREAK = re.compile(r"[،,؛;]\s*")
_MIN_CLAUSE_WORDS = 8
_MAX_EVENT_CHARS = 400


@dataclass(slots=True)
class _Event:
    date: str
    text: str
    article_ids: list[str]
    key_words: set[str] = field(default_factory=set)
    from_publication: bool = False


def build_timeline(articles: Sequence[Article], expressions: Sequence[TimeExpr]) -> list[TimelineEvent]:
    """Dated events of a story in time order, each citing the articles that report it."""
    by_article: dict[str, list[TimeExpr]] = {}
    for expression in expressions:
        by_article.setdefault(expression.article_id, []).append(expression)
    events: list[_Event] = []
    for article in articles:
        if article.duplicate_of is not None:
            continue
        dated = _dated_sentences(article, by_article.get(article.id, []))
        if not dated and article.published is not None:
            text = article.title or _first_sentence(article.text)
            dated = [(_publication_value(article), text, True)]
        for date, text, from_publication in dated:
            _merge(events, _Event(date, text, [article.id], _content_stems(text), from_publication))
    events.sort(key=lambda e: (_sort_key(e.date), e.from_publication))
    return [TimelineEvent(e.date, e.text, e.article_ids, e.from_publication) for e in events]


def timeline_date(expression: TimeExpr) -> str | None:
    """The date (and part of day or clock time) an expression pins, or None for durations, sets,
    ranges, "now" and unresolved expressions."""
    from marsad.extract.time import timeline_value

    return timeline_value(expression)


def _dated_sentences(article: Article, expressions: Sequence[TimeExpr]) -> list[tuple[str, str, bool]]:
    sentences = split_sentences(article.text, article.language or "ar")
    dated: dict[int, list[tuple[str, TimeExpr]]] = {}
    for expression in sorted(expressions, key=lambda e: e.start):
        date = timeline_date(expression)
        sentence = _sentence_at(sentences, expression.start)
        if date is not None and sentence is not None:
            dated.setdefault(sentence.start, []).append((date, expression))
    found: list[tuple[str, str, bool]] = []
    for sentence in sentences:
        items = dated.get(sentence.start, [])
        dates = {date for date, _ in items}
        for date in sorted(dates):
            if len(dates) == 1:
                text = sentence.text
            else:  # one sentence, several dated events: each gets the clause around its expression
                expression = next(e for d, e in items if d == date)
                text = _clause_around(
                    sentence, expression.start - sentence.start, expression.end - sentence.start
                )
            found.append((date, _trim(text), False))
    return found


def _clause_around(sentence: Sentence, start: int, end: int) -> str:
    """The comma-delimited clause holding [start, end), widened to its neighbours while it is too
    short to say what happened (a clause like "فجر أمس" alone)."""
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence.text)] + [len(sentence.text) + 1]
    index = max(i for i, cut in enumerate(cuts[:-1]) if cut <= start)
    first, last = index, index + 1
    while last < len(cuts) - 1 and cuts[last] < end:
        last += 1
    while len(sentence.text[cuts[first] : cuts[last]].split()) < _MIN_CLAUSE_WORDS:
        if first > 0:
            first -= 1
        elif last < len(cuts) - 1:
            last += 1
        else:
            break
        if last < len(cuts) - 1 and len(sentence.text[cuts[first] : cuts[last]].split()) < _MIN_CLAUSE_WORDS:
            last += 1
    return sentence.text[cuts[first] : cuts[last]].strip(" ،,؛;")


def _sentence_at(sentences: Sequence[Sentence], offset: int) -> Sentence | None:
    return next((s for s in sentences if s.start <= offset < s.end), None)


def _merge(events: list[_Event], new: _Event) -> None:
    """Add ``new`` to the event it most resembles on the same day, or as an event of its own."""
    best, best_score = None, _SAME_EVENT_OVERLAP
    for event in events:
        if event.from_publication != new.from_publication or not _same_day(event.date, new.date):
            continue
        if set(event.article_ids) & set(new.article_ids):
            continue  # two sentences of one article are two events
        shared = len(event.key_words & new.key_words)
        dice = 2 * shared / max(1, len(event.key_words) + len(new.key_words))
        if dice >= best_score:
            best, best_score = event, dice
    if best is None:
        events.append(new)
        return
    best.article_ids.extend(a for a in new.article_ids if a not in best.article_ids)
    if len(new.date) > len(best.date):  # "مساء الأحد" pins the event better than "أمس"
        best.date, best.text, best.key_words = new.date, new.text, new.key_words


def _same_day(a: str, b: str) -> bool:
    """Equal dates, or a day and a part of that day (one event told at two precisions)."""
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) == 10 and longer.startswith(shorter + "T")


def _content_stems(text: str) -> set[str]:
    return {light_stem(w) for w in words(text) if w not in STOPWORDS}


def _sort_key(date: str) -> tuple[str, int, str]:
    match = _DATE_VALUE.match(date)
    if match is None:
        return (date, 9, "")
    time = match.group("time") or ""
    if time in _TOD_ORDER:
        return (match.group("date"), _TOD_ORDER[time], "")
    if time:
        hour = int(time[:2])
        tod = 0 if hour < 6 else 1 if hour < 12 else 3 if hour < 17 else 5 if hour < 21 else 6
        return (match.group("date"), tod, time)
    return (match.group("date"), -1, "")


def _publication_value(article: Article) -> str:
    assert article.published is not None
    if article.metadata.get("published_precision") == "day":
        return article.published.date().isoformat()
    return article.published.strftime("%Y-%m-%dT%H:%M")


def _first_sentence(text: str) -> str:
    sentences = split_sentences(text)
    return _trim(sentences[0].text) if sentences else _trim(text)


def _trim(text: str) -> str:
    if len(text) <= _MAX_EVENT_CHARS:
        return text
    return text[:_MAX_EVENT_CHARS].rsplit(" ", 1)[0] + " …"
