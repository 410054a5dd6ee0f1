"""Realistic inputs built from real ANT articles: HTML pages with site furniture, plain-text scrapes,
legacy encodings, RSS and WARC.  The rules under test must hold on all of them, not on the samples."""

from __future__ import annotations

import html
import io
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime

OUTLET_NAMES = {
    "BBC": "بي بي سي عربي",
    "CNN": "سي إن إن بالعربية",
    "alarabia": "العربية نت",
    "france24": "فرانس 24",
    "skynews": "سكاي نيوز عربية",
}


def paragraphs_of(record: dict) -> list[str]:
    return [" ".join(p.split()) for p in record["text"].split("\n") if p.strip()]


def published_of(record: dict) -> datetime:
    return parsedate_to_datetime(record["time"])


def html_page(record: dict, variant: int) -> str:
    """A news page with nav, share widgets, a captioned photo, a tweet, read-also and a footer."""
    outlet = OUTLET_NAMES.get(record["src"], record["src"])
    title = html.escape(record["title"])
    published = published_of(record).isoformat()
    body = paragraphs_of(record)
    middle = len(body) // 2
    blocks = [f"<p>{html.escape(p)}</p>" for p in body[:middle]]
    blocks.append(
        '<figure><img src="/img/1.jpg" alt=""><figcaption>صورة من موقع الحدث (رويترز)</figcaption></figure>'
    )
    if variant % 2 == 0:
        blocks.append(
            '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Breaking: officials confirm the news '
            "tonight pic.twitter.com/AbC123</p>&mdash; Example Desk (@ExampleDesk) "
            '<a href="https://twitter.com/ExampleDesk/status/1">April 10, 2018</a></blockquote>'
        )
    blocks.append('<div class="read-also"><p>اقرأ أيضا: عنوان خبر آخر لا علاقة له بالموضوع</p></div>')
    blocks += [f"<p>{html.escape(p)}</p>" for p in body[middle:]]
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{title} | {html.escape(outlet)}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{html.escape(outlet)}">
<meta property="article:published_time" content="{published}">
</head><body>
<header><nav><a href="/">الرئيسية</a> <a href="/politics">سياسة</a> <a href="/sport">رياضة</a></nav></header>
<main><article>
<h1>{title}</h1>
<div class="share"><a>شارك</a> <a>تويتر</a> <a>فيسبوك</a> <a>واتساب</a> <span>0 تعليق</span></div>
{"".join(blocks)}
</article>
<aside><h3>الأكثر قراءة</h3><ul><li><a href="/a">خبر أول في القائمة الجانبية</a></li>
<li><a href="/b">خبر ثان في القائمة الجانبية</a></li></ul></aside></main>
<footer><p>جميع الحقوق محفوظة © {html.escape(outlet)} 2018</p></footer>
</body></html>"""


def text_scrape(record: dict, variant: int) -> str:
    """A page flattened to text: headline - outlet, widgets, dateline, body, read-also, related links."""
    outlet = OUTLET_NAMES.get(record["src"], record["src"])
    moment = published_of(record)
    body = paragraphs_of(record)
    if variant % 2 == 0:
        dateline = f"نشر في: {moment:%d/%m/%Y} - {moment:%H:%M}"
    else:
        dateline = f"آخر تحديث {moment.day} {_ARABIC_MONTHS[moment.month - 1]} {moment.year}"
    lines = [
        f"{record['title']} - {outlet}",
        "",
        "12 تعليق ارسل طباعة",
        "",
        dateline,
        "",
        *[p + "\n" for p in body[:2]],
        "اقرأ أيضا",
        "عنوان خبر آخر في الموقع",
        "",
        *[p + "\n" for p in body[2:]],
        f"المصدر: موقع {outlet} الإخباري",
        "",
        "أخبار ذات صلة",
        "",
        "خبر ذو صلة أول",
        "خبر ذو صلة ثان",
    ]
    return "\n".join(lines)


_ARABIC_MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]


def rss_feed(records: list[dict]) -> str:
    items = []
    for record in records:
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs_of(record))
        items.append(
            f"<item><title>{html.escape(record['title'])}</title><link>https://example.org/{record['docno']}</link>"
            f"<guid>{record['docno']}</guid><pubDate>{format_datetime(published_of(record))}</pubDate>"
            f"<description>{html.escape(body)}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>قناة الأخبار</title>'
        f"<link>https://example.org/</link><description>أخبار</description>{''.join(items)}</channel></rss>"
    )


def warc_bytes(pages: list[tuple[str, str]]) -> bytes:
    """A gzipped WARC with one HTTP response record per (url, html) pair."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, page in pages:
        payload = page.encode("utf-8")
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers)
        )
    return buffer.getvalue()
