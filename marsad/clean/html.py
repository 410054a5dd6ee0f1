"""HTML pages → body text and metadata through trafilatura, with captions and embeds kept apart."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.types import Embed

_EMBED_XPATHS = {
    "tweet": "//blockquote[contains(@class,'twitter-tweet')]",
    "instagram": "//blockquote[contains(@class,'instagram-media')]",
    "tiktok": "//blockquote[contains(@class,'tiktok-embed')]",
    "facebook": "//div[contains(@class,'fb-post')]",
}


@dataclass(slots=True)
class PageParts:
    text: str = ""
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    captions: list[str] = field(default_factory=list)
    embeds: list[Embed] = field(default_factory=list)


def extract_page(html: str, url: str | None = None) -> PageParts:
    """Body and metadata of a news page; figure captions and social embeds are lifted out first
    so they can be reported apart and never leak into the body."""
    import lxml.html
    import trafilatura

    parts = PageParts(url=url)
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return parts
    for caption in tree.xpath("//figcaption | //*[contains(@class,'caption')][not(self::body)]"):
        text = " ".join(caption.text_content().split())
        if text and text not in parts.captions:
            parts.captions.append(text)
        _remove(caption)
    for kind, xpath in _EMBED_XPATHS.items():
        for node in tree.xpath(xpath):
            text = "\n".join(
                line.strip() for line in node.text_content().strip().splitlines() if line.strip()
            )
            if text:
                parts.embeds.append(Embed(kind=kind, text=text))
            _remove(node)
    for node in tree.xpath("//iframe | //script | //style | //noscript"):
        _remove(node)
    parts.published = _meta_published(tree)
    # trafilatura is given the serialised tree: on some pages it returns nothing for an lxml tree
    # it did not parse itself, while the same markup as a string extracts fine.
    document = trafilatura.bare_extraction(
        lxml.html.tostring(tree, encoding="unicode"),
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
    )
    if document is None:
        return parts
    data = document if isinstance(document, dict) else document.as_dict()
    parts.text = data.get("text") or ""
    parts.title = data.get("title")
    parts.outlet = data.get("sitename")
    parts.published = parts.published or data.get("date")
    parts.url = url or data.get("url")
    return parts


_PUBLISHED_XPATHS = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//meta[@name='pubdate' or @name='publishdate' or @name='date']/@content",
    "//*[@itemprop='datePublished']/@datetime",
    "//time[@datetime]/@datetime",
)


def _meta_published(tree: object) -> str | None:
    """The full publication timestamp pages declare (trafilatura keeps only the day)."""
    for xpath in _PUBLISHED_XPATHS:
        values = tree.xpath(xpath)  # type: ignore[attr-defined]
        if values and str(values[0]).strip():
            return str(values[0]).strip()
    return None


def _remove(node: object) -> None:
    parent = node.getparent()  # type: ignore[attr-defined]
    if parent is None:
        return
    tail = node.tail  # type: ignore[attr-defined]
    if tail and tail.strip():
        previous = node.getprevious()  # type: ignore[attr-defined]
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(node)
