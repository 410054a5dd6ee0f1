"""A near-duplicate copy of an article: its own findings reach the story, its quotes are not listed twice."""

from __future__ import annotations

import marsad
from marsad.summarize import brief_markdown

# Wire-style text written for this test: the copy adds a closing paragraph the original lacks.
BODY = (
    "أعلن وزير الخارجية الأردني أيمن الصفدي في عمان، أمس الأحد، أن بلاده ستستضيف مؤتمرا إقليميا "
    'حول المياه الشهر المقبل بمشاركة عشر دول. وقال الصفدي في مؤتمر صحفي: "إن أزمة المياه تهدد '
    'استقرار المنطقة كلها ولا يمكن لأي دولة أن تواجهها وحدها". وأضاف أن المؤتمر سيبحث مشاريع '
    "مشتركة لتحلية مياه البحر ونقلها إلى المدن الكبرى، مشيرا إلى أن الحكومة خصصت تمويلا أوليا "
    "للدراسات الفنية. وأوضح الوزير أن الدعوات وجهت إلى وزراء المياه في الدول المجاورة وإلى ممثلين "
    "عن البنك الدولي والأمم المتحدة، وأن جدول الأعمال سيعلن خلال الأسبوع الجاري."
)
EXTRA = "\n\nمن جهته، رحب المدير الإقليمي للبنك الدولي فريد بلحاج بالمبادرة الأردنية."


def test_copy_findings_reach_the_story_and_shared_quotes_are_listed_once() -> None:
    records = [
        {
            "id": "wire-1",
            "title": "الأردن يستضيف مؤتمرا للمياه",
            "text": BODY,
            "date": "2024-03-11T10:00:00",
            "outlet": "وكالة أ",
        },
        {
            "id": "copy-1",
            "title": "الأردن يستضيف مؤتمرا إقليميا للمياه",
            "text": BODY + EXTRA,
            "date": "2024-03-11T12:00:00",
            "outlet": "صحيفة ب",
        },
    ]
    report = marsad.analyze(records)
    by_id = {a.id: a for a in report.articles}
    assert by_id["copy-1"].duplicate_of == "wire-1"
    (story,) = report.stories
    mentioned_in = {m.article_id for e in story.entities for m in e.mentions}
    assert mentioned_in == {"wire-1", "copy-1"}
    assert any("بلحاج" in e.name for e in story.entities)  # only the copy names him
    quoted_in = {q.article_id for q in story.quotes}
    assert quoted_in == {"wire-1", "copy-1"}
    brief = brief_markdown(story, report.articles)
    quotes_section = brief.split("## Quotes")[1].split("## Comparison")[0]
    quote_lines = [line for line in quotes_section.splitlines() if "أزمة المياه تهدد" in line]
    assert len(quote_lines) == 1 and "[1]" in quote_lines[0] and "[2]" in quote_lines[0]
