"""The three bundled sample scrapes: furniture out, captions and embeds apart, no body sentence lost."""

from __future__ import annotations

from datetime import datetime

import pytest

from marsad.clean import clean_batch
from marsad.ingest import read_inputs
from marsad.types import Article


@pytest.fixture(scope="module")
def samples(examples_dir) -> dict[str, Article]:
    articles = clean_batch(list(read_inputs([examples_dir])))
    assert all(isinstance(a, Article) for a in articles)
    return {a.id[:3]: a for a in articles}  # type: ignore[union-attr]


def test_run_on_header_is_split_into_caption_title_section_and_dateline(samples):
    article = samples["000"]
    assert (
        article.title == '"الأسد ظهر".. روسيا تمنح بشار حق اللجوء عقب اتفاق لتأمين قواعدها العسكرية في سوريا'
    )
    assert article.captions == [
        "حساب الرئاسة السورية على إكس الرئيسان الروسي فلاديمير بوتين والسوري السابق بشار الأسد، 25 يوليو 2024"
    ]
    assert article.published == datetime(2024, 12, 9)
    assert article.metadata["published_precision"] == "day"
    assert article.text.startswith("وصل الرئيس السوري السابق بشار الأسد مع عائلته إلى موسكو، أمس")
    assert article.text.endswith("لمجلس الأمن الدولي بشأن سوريا، الاثنين.")
    for furniture in ("منشور الاثنين", "قسم الأخبار", "حساب الرئاسة", "25 يوليو 2024"):
        assert furniture not in article.text
    assert article.outlet is None  # the scrape never names its outlet


def test_headline_outlet_dateline_and_widgets(samples):
    article = samples["002"]
    assert (
        article.title
        == "الرئيس الأسد يصل إلى موسكو والخارجية الروسية تقول إنها على اتصال مع المعارضة السورية"
    )
    assert article.outlet == "جورنالك"
    assert article.published == datetime(2024, 12, 8, 22, 43)
    assert article.text.startswith("قالت وزارة الخارجية الروسية في بيان، اليوم الأحد")
    assert article.text.endswith("بما في ذلك بمساعدة الأمم المتحدة.")
    for furniture in ("تعليق", "طباعة", "زوارنا الكرام", "المصدر: موقع", "ذات صلة", "إخترنا لك"):
        assert furniture not in article.text
    # Cross-heads belong to the article and stay.
    assert "الرئيس بشار الأسد يصل موسكو برفقة عائلته" in article.text
    assert "روسيا تدعو لعقد جلسة طارئة لمجلس الأمن بشأن الوضع في سوريا" in article.text


def test_embedded_tweet_is_kept_apart_in_english(samples):
    article = samples["004"]
    assert len(article.embeds) == 1
    tweet = article.embeds[0]
    assert tweet.kind == "tweet"
    assert tweet.language == "en"
    assert tweet.text.startswith("NEW: The rapid collapse of the Assad regime")
    assert tweet.text.endswith("(@TheStudyofWar) December 8, 2024")
    assert "pic.twitter.com" not in article.text and "Institute for the Study of War" not in article.text
    assert article.text.endswith("أضرت بمصداقية الرئيس الروسي فلاديمير بوتين بين حلفائه.")
    assert article.title is None and article.published is None
    assert all(p.language == "ar" for p in article.paragraphs)


@pytest.mark.parametrize("sample", ["000", "002", "004"])
def test_no_body_sentence_is_lost(samples, examples_dir, sample):
    article = samples[sample]
    raw = next(examples_dir.glob(f"{sample}_*.txt")).read_text(encoding="utf-8")
    removed = [*article.furniture, *article.captions, *(e.text for e in article.embeds)]
    removed += [part for part in (article.title, article.outlet) if part]
    leftover = raw
    for paragraph in article.paragraphs:
        assert paragraph.text in raw
        assert article.text[paragraph.start : paragraph.end] == paragraph.text
        leftover = leftover.replace(paragraph.text, " ", 1)
    for piece in sorted(removed, key=len, reverse=True):
        for line in piece.split("\n"):
            leftover = leftover.replace(line, " ", 1)
    # Whatever is neither body nor a removed part must be only separators.
    assert leftover.split() == [] or all(
        len(token) <= 3 and not token.isalpha() for token in leftover.split()
    )


BODY = (
    "أدلى الناخبون التونسيون بأصواتهم في أول انتخابات بلدية منذ الثورة، وسط إقبال وصفته الهيئة المستقلة"
    " للانتخابات بالضعيف، وقالت الهيئة إن النتائج الأولية ستعلن خلال يومين."
)


@pytest.mark.parametrize(
    ("scrape", "title"),
    [
        # A site-name line above a run-on header: title and date still come from the header.
        (f"شبكة الأخبار المغاربية\nانتخابات بلدية في تونس وسط إقبال ضعيف منشور الأحد 6 مايو 2018 {BODY}",
         "انتخابات بلدية في تونس وسط إقبال ضعيف"),
        # The headline on its own line, the dateline run into the first paragraph.
        (f"انتخابات بلدية في تونس وسط إقبال ضعيف\nمنشور الأحد 6 مايو 2018 {BODY}",
         "انتخابات بلدية في تونس وسط إقبال ضعيف"),
    ],
)
def test_a_run_on_dateline_below_short_header_lines_is_still_found(scrape, title, tmp_path):
    path = tmp_path / "scrape.txt"
    path.write_text(scrape, encoding="utf-8")
    (article,) = clean_batch(list(read_inputs([path])))
    assert isinstance(article, Article)
    assert article.title == title
    assert article.published == datetime(2018, 5, 6)
    assert article.text.startswith("أدلى الناخبون التونسيون")
    assert "منشور" not in article.text and "شبكة الأخبار" not in article.text
