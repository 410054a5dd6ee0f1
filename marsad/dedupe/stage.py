"""The dedupe stage over :class:`marsad.types.Article` records."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from marsad.dedupe.index import NearDuplicateIndex
from marsad.types import Article


def mark_duplicates(
    articles: Iterable[Article], index: NearDuplicateIndex | None = None
) -> Iterator[Article]:
    """Yield each article with ``duplicate_of`` set to the earlier article it copies (else ``None``).

    Arrival order matters: the first copy seen is the original.  Pass a long-lived ``index`` to
    deduplicate a stream across batches; a fresh one is made otherwise.
    """
    index = index if index is not None else NearDuplicateIndex()
    for article in articles:
        duplicate = index.add(article.id, article.text)
        yield (
            article
            if article.duplicate_of == duplicate
            else dataclasses.replace(article, duplicate_of=duplicate)
        )
