"""Learned furniture: lines that repeat across many articles of one outlet are site furniture.

The same idea as line-level deduplication in jusText/boilerpipe-style cleaners and in web-corpus
pipelines: a navigation line, a newsletter call or a copyright notice is printed identically on
every page of a site, while article sentences are not.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from marsad.text.arabic import normalize


def line_key(line: str) -> str:
    return " ".join(normalize(line).split())


@dataclass(slots=True)
class FurnitureModel:
    """Counts of normalised lines per outlet; a line seen in enough articles is furniture.

    ``min_articles`` guards small batches (three articles of a story may share a quoted line);
    ``min_share`` keeps a line that happens to recur in a large outlet from counting.
    """

    min_articles: int = 4
    min_share: float = 0.3
    line_counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    article_counts: Counter[str] = field(default_factory=Counter)

    def observe(self, group: str, lines: Iterable[str]) -> None:
        """Record one article's lines under its outlet (or source folder) ``group``."""
        keys = {line_key(line) for line in lines if line.strip()}
        self.line_counts[group].update(keys)
        self.article_counts[group] += 1

    def is_furniture(self, group: str, line: str) -> bool:
        total = self.article_counts.get(group, 0)
        if total < self.min_articles:
            return False
        seen = self.line_counts[group].get(line_key(line), 0)
        # Long lines need stronger evidence: a repeated sentence may be a genuine wire lead.
        if len(line.split()) > 25:
            return seen >= max(self.min_articles, total * 0.6)
        return seen >= self.min_articles and seen >= total * self.min_share
