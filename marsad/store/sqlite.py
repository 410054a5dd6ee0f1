"""EDGE: the default store, one SQLite file in WAL mode with FTS5 search over normalised text."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from marsad.errors import StoreError
from marsad.text.arabic import light_stem, normalize, search_key, word_spans
from marsad.types import Article, Embed, Entity, Paragraph, Story, record_to_dict

SCHEMA_VERSION = 4

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT,
    outlet TEXT,
    published TEXT,
    language TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    duplicate_of TEXT,
    data TEXT NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE IF NOT EXISTS story_articles (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    PRIMARY KEY (story_id, article_id)
);
CREATE INDEX IF NOT EXISTS story_articles_article ON story_articles(article_id);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entity_stories (
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL,
    PRIMARY KEY (entity_id, story_id)
);
CREATE INDEX IF NOT EXISTS entity_stories_story ON entity_stories(story_id);
CREATE TABLE IF NOT EXISTS story_merges (
    story_id TEXT PRIMARY KEY,
    merged_into TEXT NOT NULL,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE IF NOT EXISTS story_splits (
    story_id TEXT NOT NULL,
    split_from TEXT NOT NULL,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX IF NOT EXISTS story_splits_story ON story_splits(story_id);
CREATE TABLE IF NOT EXISTS cluster_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    data BLOB NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE IF NOT EXISTS article_findings (
    article_id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    extractor TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS errors (
    source TEXT NOT NULL,
    error TEXT NOT NULL,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
"""


@dataclass(frozen=True, slots=True)
class PutResult:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True, slots=True)
class SearchHit:
    article_id: str
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str
    score: float


class SQLiteStore:
    """Articles, stories and entities in one SQLite file.

    Every write is one transaction: a batch lands whole or not at all.  Putting an article whose
    id and content hash are already stored is a no-op, so re-ingesting changes nothing.
    """

    def __init__(self, path: str | Path = "marsad.db") -> None:
        self.path = str(path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as error:
            raise StoreError(f"cannot open the store at {self.path}: {error}") from error
        self._db.row_factory = sqlite3.Row
        try:
            if self.path != ":memory:":
                self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA busy_timeout=10000")
        except sqlite3.DatabaseError as error:
            self._db.close()
            raise StoreError(
                f"{self.path} is not a Marsad store (SQLite says: {error}); pass another --db"
            ) from error
        self._migrate()

    # -- schema -------------------------------------------------------------------------------
    def _migrate(self) -> None:
        try:
            with self._transaction():
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                row = self._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
                if row is not None and int(row["value"]) > SCHEMA_VERSION:
                    raise StoreError(
                        f"{self.path} was written by a newer Marsad "
                        f"(schema {row['value']} > {SCHEMA_VERSION}); upgrade Marsad to read it"
                    )
                # Versions 2, 3 and 4 only added tables (story merges, clusterer state; article
                # findings; story splits), created above.
                self._db.execute(
                    "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE"
                    " SET value=excluded.value",
                    (str(SCHEMA_VERSION),),
                )
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path} is not a Marsad store: {error}") from error

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0])

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    def batch(self) -> _Transaction:
        """One transaction around several puts: a run's articles, stories and clusterer state land
        together or not at all.  The puts inside join it instead of opening their own."""
        return _Transaction(self._db)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles -----------------------------------------------------------------------------
    def put_articles(self, articles: Iterable[Article]) -> PutResult:
        inserted = updated = unchanged = 0
        with self._transaction():
            for article in articles:
                row = self._db.execute(
                    "SELECT content_hash, duplicate_of FROM articles WHERE id=?", (article.id,)
                ).fetchone()
                if row is not None and row["content_hash"] == article.content_hash:
                    if row["duplicate_of"] != article.duplicate_of and article.duplicate_of is not None:
                        self._db.execute(
                            "UPDATE articles SET duplicate_of=? WHERE id=?",
                            (article.duplicate_of, article.id),
                        )
                    unchanged += 1
                    continue
                values = _article_row(article)
                if row is None:
                    self._db.execute(
                        "INSERT INTO articles (id, source, url, title, outlet, published, language, text,"
                        " content_hash, duplicate_of, data) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        values,
                    )
                    inserted += 1
                else:
                    self._db.execute(
                        "UPDATE articles SET source=?, url=?, title=?, outlet=?, published=?, language=?,"
                        " text=?, content_hash=?, duplicate_of=?, data=? WHERE id=?",
                        (*values[1:], article.id),
                    )
                    self._db.execute("DELETE FROM articles_fts WHERE id=?", (article.id,))
                    updated += 1
                self._db.execute(
                    "INSERT INTO articles_fts (id, title, body) VALUES (?,?,?)",
                    (article.id, search_key(article.title or ""), search_key(article.text)),
                )
        return PutResult(inserted, updated, unchanged)

    def get_article(self, article_id: str) -> Article | None:
        row = self._db.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
        return _row_article(row) if row else None

    def has_article(self, article_id: str, content_hash: str | None = None) -> bool:
        row = self._db.execute("SELECT content_hash FROM articles WHERE id=?", (article_id,)).fetchone()
        return row is not None and (content_hash is None or row[0] == content_hash)

    def iter_articles(self, ids: Sequence[str] | None = None) -> Iterator[Article]:
        if ids is None:
            cursor = self._db.execute("SELECT * FROM articles ORDER BY published, id")
            for row in cursor:
                yield _row_article(row)
            return
        for article_id in ids:
            article = self.get_article(article_id)
            if article is not None:
                yield article

    def count_articles(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search; the query is normalised like the index, so spelling variants match."""
        terms = search_key(query).split()
        if not terms:
            return []
        match = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
        rows = self._db.execute(
            "SELECT a.id, a.title, a.outlet, a.published, a.text, bm25(articles_fts, 0.0, 3.0, 1.0) AS score"
            " FROM articles_fts JOIN articles a ON a.id = articles_fts.id"
            " WHERE articles_fts MATCH ? ORDER BY score LIMIT ?",
            (match, limit),
        ).fetchall()
        return [
            SearchHit(
                r["id"],
                r["title"],
                r["outlet"],
                r["published"],
                snippet(r["text"], terms),
                -float(r["score"]),
            )
            for r in rows
        ]

    # -- per-article findings ------------------------------------------------------------------
    def put_findings(self, rows: Iterable[tuple[Article, dict[str, Any]]], extractor: str) -> None:
        """Keep what the extractors found in each article, keyed by its text and the extractor
        version, so a later run that re-analyses its story reads it back instead of extracting again."""
        with self._transaction():
            self._db.executemany(
                "INSERT INTO article_findings VALUES (?,?,?,?) ON CONFLICT(article_id) DO UPDATE SET"
                " content_hash=excluded.content_hash, extractor=excluded.extractor, data=excluded.data",
                [
                    (a.id, a.content_hash, extractor, json.dumps(data, ensure_ascii=False))
                    for a, data in rows
                ],
            )

    def get_findings(self, articles: Sequence[Article], extractor: str) -> dict[str, dict[str, Any]]:
        """Saved findings of ``articles`` that are still valid: same text, same extractor version."""
        found: dict[str, dict[str, Any]] = {}
        for article in articles:
            row = self._db.execute(
                "SELECT content_hash, extractor, data FROM article_findings WHERE article_id=?",
                (article.id,),
            ).fetchone()
            if row and row["content_hash"] == article.content_hash and row["extractor"] == extractor:
                found[article.id] = json.loads(row["data"])
        return found

    # -- stories and entities -----------------------------------------------------------------
    def put_stories(self, stories: Iterable[Story]) -> int:
        count = 0
        with self._transaction():
            for story in stories:
                for merged_id in story.merged_from:
                    self._retire_story(merged_id, story.id)
                # A live story is not merged away: a split can bring back the id of a story that had
                # been merged (marsad.cluster.online), and its articles are found under it again.
                self._db.execute("DELETE FROM story_merges WHERE story_id=?", (story.id,))
                data = json.dumps(record_to_dict(story), ensure_ascii=False)
                self._db.execute(
                    "INSERT INTO stories (id, title, data) VALUES (?,?,?) ON CONFLICT(id) DO UPDATE SET"
                    " title=excluded.title, data=excluded.data,"
                    " updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                    (story.id, story.title, data),
                )
                self._db.execute("DELETE FROM story_articles WHERE story_id=?", (story.id,))
                self._db.executemany(
                    "INSERT OR IGNORE INTO story_articles VALUES (?,?)",
                    [(story.id, a) for a in story.article_ids],
                )
                self._db.execute("DELETE FROM entity_stories WHERE story_id=?", (story.id,))
                for entity in story.entities:
                    self._put_entity(entity)
                    self._db.execute(
                        "INSERT OR IGNORE INTO entity_stories VALUES (?,?)", (entity.id, story.id)
                    )
                count += 1
        return count

    def _retire_story(self, story_id: str, merged_into: str) -> None:
        """A story merged into another: its row goes, its id keeps pointing at the survivor."""
        self._db.execute("DELETE FROM stories WHERE id=?", (story_id,))
        self._db.execute("DELETE FROM story_articles WHERE story_id=?", (story_id,))
        self._db.execute("DELETE FROM entity_stories WHERE story_id=?", (story_id,))
        self._db.execute(
            "INSERT INTO story_merges (story_id, merged_into) VALUES (?,?) ON CONFLICT(story_id)"
            " DO UPDATE SET merged_into=excluded.merged_into",
            (story_id, merged_into),
        )

    def resolve_story_id(self, story_id: str) -> str:
        """The id a story lives under now (itself, or the story it was merged into)."""
        seen = {story_id}
        while True:
            row = self._db.execute(
                "SELECT merged_into FROM story_merges WHERE story_id=?", (story_id,)
            ).fetchone()
            if row is None or row[0] in seen:
                return story_id
            story_id = row[0]
            seen.add(story_id)

    def put_story_splits(self, splits: Iterable[tuple[str, str]]) -> None:
        """Log stories split off others by the clusterer: (new story id, story it came from), one row
        per event (a story merged back and split again is logged twice).  The membership itself is
        rewritten by :meth:`put_stories` of both stories."""
        with self._transaction():
            self._db.executemany("INSERT INTO story_splits (story_id, split_from) VALUES (?,?)", list(splits))

    def story_splits(self) -> list[tuple[str, str]]:
        """Every logged split, oldest first: (new story id, story it was split from)."""
        rows = self._db.execute("SELECT story_id, split_from FROM story_splits ORDER BY rowid")
        return [(r[0], r[1]) for r in rows]

    # -- clusterer state ----------------------------------------------------------------------
    def get_cluster_state(self) -> bytes | None:
        row = self._db.execute("SELECT data FROM cluster_state WHERE id=1").fetchone()
        return bytes(row[0]) if row else None

    def put_cluster_state(self, data: bytes) -> None:
        with self._transaction():
            self._db.execute(
                "INSERT INTO cluster_state (id, data) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET"
                " data=excluded.data, updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                (sqlite3.Binary(data),),
            )

    def _put_entity(self, entity: Entity) -> None:
        row = self._db.execute("SELECT data FROM entities WHERE id=?", (entity.id,)).fetchone()
        variants = list(entity.variants)
        roles = list(entity.roles)
        if row is not None:
            stored = json.loads(row["data"])
            variants = sorted({*stored.get("variants", []), *variants})
            roles = sorted({*stored.get("roles", []), *roles})
        data = json.dumps({"variants": variants, "roles": roles}, ensure_ascii=False)
        # The canonical name is the fullest one seen in any story.
        if row is not None:
            stored_name = self._db.execute("SELECT name FROM entities WHERE id=?", (entity.id,)).fetchone()[0]
            if len(stored_name) > len(entity.name):
                entity = Entity(entity.id, stored_name, entity.type)
        self._db.execute(
            "INSERT INTO entities (id, name, type, data) VALUES (?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
            " name=excluded.name, type=excluded.type, data=excluded.data",
            (entity.id, entity.name, entity.type, data),
        )

    def get_story(self, story_id: str) -> dict[str, Any] | None:
        """A stored story by id; the id of a story merged away gives the story it became."""
        row = self._db.execute(
            "SELECT data FROM stories WHERE id=?", (self.resolve_story_id(story_id),)
        ).fetchone()
        return json.loads(row["data"]) if row else None

    def list_stories(self, limit: int = 100) -> list[dict[str, Any]]:
        rows = self._db.execute(
            "SELECT data FROM stories ORDER BY updated_at DESC LIMIT ?", (limit,)
        ).fetchall()
        return [json.loads(r["data"]) for r in rows]

    def stories_of_article(self, article_id: str) -> list[str]:
        rows = self._db.execute("SELECT story_id FROM story_articles WHERE article_id=?", (article_id,))
        return [r[0] for r in rows]

    def stories_of_entity(self, entity_id: str) -> list[str]:
        rows = self._db.execute(
            "SELECT story_id FROM entity_stories WHERE entity_id=? ORDER BY story_id", (entity_id,)
        )
        return [r[0] for r in rows]

    def find_entities(self, name: str) -> list[dict[str, Any]]:
        key = search_key(name)
        rows = self._db.execute("SELECT id, name, type, data FROM entities").fetchall()
        found = []
        for row in rows:
            data = json.loads(row["data"])
            names = [row["name"], *data.get("variants", [])]
            if any(key and key in search_key(n) for n in names):
                found.append({"id": row["id"], "name": row["name"], "type": row["type"], **data})
        return found

    # -- errors -------------------------------------------------------------------------------
    def put_errors(self, errors: Iterable[tuple[str, str]]) -> None:
        with self._transaction():
            self._db.executemany("INSERT INTO errors (source, error) VALUES (?,?)", list(errors))


def snippet(text: str, terms: Sequence[str], width: int = 12) -> str:
    """A window of ``width`` words of the *original* text around the first matching word."""
    spans = word_spans(text)
    wanted = set(terms)
    hit = next((i for i, (a, b) in enumerate(spans) if light_stem(normalize(text[a:b])) in wanted), 0)
    first, last = max(0, hit - width // 2), min(len(spans), hit + width // 2 + 1)
    if not spans:
        return text[:120]
    piece = text[spans[first][0] : spans[last - 1][1]]
    return ("… " if first > 0 else "") + " ".join(piece.split()) + (" …" if last < len(spans) else "")


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception: nothing half-written."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._outermost = False

    def __enter__(self) -> None:
        # Nested inside an open transaction (SQLiteStore.batch): join it.
        self._outermost = not self._db.in_transaction
        if self._outermost:
            self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if not self._outermost:
            return
        if exc_type is None:
            self._db.execute("COMMIT")
        else:
            self._db.execute("ROLLBACK")


def _article_row(article: Article) -> tuple[Any, ...]:
    data = {
        "paragraphs": [
            {"text": p.text, "language": p.language, "start": p.start} for p in article.paragraphs
        ],
        "captions": article.captions,
        "embeds": [record_to_dict(e) for e in article.embeds],
        "furniture": article.furniture,
        "metadata": article.metadata,
    }
    return (
        article.id,
        article.source,
        article.url,
        article.title,
        article.outlet,
        article.published.isoformat() if article.published else None,
        article.language,
        article.text,
        article.content_hash,
        article.duplicate_of,
        json.dumps(data, ensure_ascii=False, default=str),
    )


def _row_article(row: sqlite3.Row) -> Article:
    data = json.loads(row["data"])
    return Article(
        id=row["id"],
        source=row["source"],
        text=row["text"],
        content_hash=row["content_hash"],
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        published=datetime.fromisoformat(row["published"]) if row["published"] else None,
        language=row["language"],
        paragraphs=[Paragraph(**p) for p in data.get("paragraphs", [])],
        captions=data.get("captions", []),
        embeds=[Embed(**e) for e in data.get("embeds", [])],
        furniture=data.get("furniture", []),
        duplicate_of=row["duplicate_of"],
        metadata=data.get("metadata", {}),
    )


__all__ = ["SCHEMA_VERSION", "PutResult", "SQLiteStore", "SearchHit"]
