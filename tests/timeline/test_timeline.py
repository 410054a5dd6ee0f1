"""The story timeline: events from resolved expressions, merged across outlets, in time order."""

from __future__ import annotations

from datetime import datetime

from marsad.clean import content_hash
from marsad.summarize.timeline import build_timeline
from marsad.types import Article, TimeExpr


def article(
    article_id: str, text: str, published: datetime | None = None, title: str | None = None
) -> Article:
    return Article(
        article_id, f"{article_id}.txt", text, content_hash(text), title=title, published=published
    )


def expression(item: Article, phrase: str, value: str, kind: str = "date") -> TimeExpr:
    start = item.text.index(phrase)
    return TimeExpr(item.id, start, start + len(phrase), phrase, kind, value, resolved_start=value[:10])


def test_events_merge_across_outlets_and_sort_by_date_and_part_of_day():
    a = article("a", "وصلت الفصائل إلى دمشق فجر أمس. ووصل الرئيس إلى موسكو مساء أمس مع عائلته.")
    b = article("b", "وصل الرئيس مع عائلته إلى موسكو مساء الأحد. وتأسست الحركة عام 2015.")
    expressions = [
        expression(a, "فجر أمس", "2024-12-08TDA"),
        expression(a, "مساء أمس", "2024-12-08TEV"),
        expression(b, "مساء الأحد", "2024-12-08TEV"),
        expression(b, "عام 2015", "2015"),
    ]
    timeline = build_timeline([a, b], expressions)
    assert [(e.date, e.article_ids) for e in timeline] == [
        ("2015", ["b"]),
        ("2024-12-08TDA", ["a"]),
        ("2024-12-08TEV", ["a", "b"]),
    ]
    assert timeline[1].text == "وصلت الفصائل إلى دمشق فجر أمس."
    assert not any(e.from_publication for e in timeline)


def test_undated_articles_fall_back_to_publication_and_durations_are_not_events():
    dated = article("p", "خبر بلا تاريخ في نصه.", published=datetime(2024, 12, 9, 10, 0), title="عنوان الخبر")
    undated = article("u", "خبر لا نعرف متى نشر.")
    span = TimeExpr("p", 0, 3, "خبر", "duration", "P3D", resolved_start=None)
    timeline = build_timeline([dated, undated], [span])
    assert [(e.date, e.text, e.from_publication) for e in timeline] == [
        ("2024-12-09T10:00", "عنوان الخبر", True)
    ]
