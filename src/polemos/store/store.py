"""The embedded store: one SQLite file (WAL) in a folder, one writer, many readers."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

import numpy as np

from ..errors import UserError
from ..model import Document, Event, EventMention, Rejection
from . import codec
from .schema import MIGRATIONS

DB_NAME = "polemos.sqlite3"
_DOC_COLUMNS = ("doc_id", "path", "url", "status", "duplicate_of", "reason", "title", "outlet",
                "author", "wire", "dateline", "published", "published_source",
                "published_confidence", "language", "body", "raw_hash", "timexes", "places", "seq")


class Store:
    def __init__(self, path: str | Path = "polemos-store", create: bool = True):
        self.dir = Path(path)
        db = self.dir / DB_NAME
        if not db.exists() and not create:
            raise UserError(f"no Polemos store at '{self.dir}'. Run `polemos analyze PATH "
                            f"--store {self.dir}` first.")
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(db, timeout=30, isolation_level=None,
                                        check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise UserError(f"the store at '{self.dir}' is not a usable Polemos store "
                            f"({exc}). Point --store at another folder.") from exc
        except OSError as exc:
            raise UserError(f"cannot create the store at '{self.dir}': {exc.strerror}") from exc

    # -- schema ------------------------------------------------------------------
    def _migrate(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS migrations "
                          "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        applied = {r[0] for r in self.conn.execute("SELECT name FROM migrations")}
        unknown = applied - {name for name, _ in MIGRATIONS}
        if unknown:
            raise UserError(f"the store at '{self.dir}' was written by a newer Polemos "
                            f"(migration {sorted(unknown)[-1]}); upgrade polemos.")
        for name, sql in MIGRATIONS:
            if name in applied:
                continue
            with self.atomic():
                for statement in _statements(sql):
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO migrations VALUES (?, ?)", (name, _now()))

    @property
    def schema_version(self) -> int:
        return self.conn.execute("SELECT count(*) FROM migrations").fetchone()[0]

    @contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """One transaction: everything inside is written, or nothing."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    # -- inputs and documents ----------------------------------------------------
    def seen_input(self, source: str, raw_hash: str) -> Optional[tuple[str, str, Optional[str]]]:
        """(doc_id, status, reason) if this exact input was already processed."""
        row = self.conn.execute("SELECT doc_id, status, reason FROM inputs WHERE source=? AND "
                                "raw_hash=?", (source, raw_hash)).fetchone()
        return tuple(row) if row else None  # type: ignore[return-value]

    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE doc_id=?", (doc_id,)).fetchone() is not None

    def _next_seq(self) -> int:
        return self.conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM documents").fetchone()[0]

    def put_rejection(self, rej: Rejection, doc_id: str) -> None:
        with self.atomic() as c:
            c.execute("INSERT OR IGNORE INTO documents (doc_id, path, status, reason, raw_hash, seq) "
                      "VALUES (?, ?, 'rejected', ?, ?, ?)",
                      (doc_id, rej.source, rej.reason, rej.raw_hash, self._next_seq()))
            c.execute("INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, 'rejected', ?, ?)",
                      (rej.source, rej.raw_hash, doc_id, rej.reason, _now()))

    def put_document(self, doc: Document, sig: Optional[np.ndarray] = None,
                     band_keys: Iterable[str] = ()) -> None:
        """The document, its signature and its mentions in one transaction."""
        row = doc.to_record()
        row.update(author=json.dumps(doc.author, ensure_ascii=False),
                   wire=json.dumps(doc.wire, ensure_ascii=False), raw_hash=doc.raw_hash,
                   timexes=codec.dumps(doc.timexes), places=codec.dumps(doc.places))
        with self.atomic() as c:
            row["seq"] = self._next_seq()
            c.execute(f"INSERT OR REPLACE INTO documents ({','.join(_DOC_COLUMNS)}) VALUES "
                      f"({','.join('?' * len(_DOC_COLUMNS))})", [row[k] for k in _DOC_COLUMNS])
            if sig is not None:
                c.execute("INSERT OR REPLACE INTO signatures VALUES (?, ?)", (doc.doc_id, sig.tobytes()))
                c.executemany("INSERT INTO lsh VALUES (?, ?)", [(k, doc.doc_id) for k in band_keys])
            _put_mentions(c, doc)
            c.execute("INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?, ?)",
                      (doc.path or "", doc.raw_hash or "", doc.doc_id, doc.status, doc.reason, _now()))

    def lsh_candidates(self, band_keys: list[str]) -> list[tuple[str, np.ndarray]]:
        if not band_keys:
            return []
        rows = self.conn.execute(
            f"SELECT DISTINCT s.doc_id, s.sig FROM lsh l JOIN signatures s ON s.doc_id = l.doc_id "
            f"WHERE l.band_key IN ({','.join('?' * len(band_keys))})", band_keys).fetchall()
        return [(doc_id, np.frombuffer(sig, dtype=np.uint64)) for doc_id, sig in rows]

    def document_rows(self, status: Optional[str] = None) -> Iterator[dict[str, Any]]:
        sql = f"SELECT {','.join(_DOC_COLUMNS)} FROM documents"
        params: tuple = ()
        if status:
            sql, params = sql + " WHERE status=?", (status,)
        for row in self.conn.execute(sql + " ORDER BY seq", params):
            yield dict(zip(_DOC_COLUMNS, row))

    def documents(self) -> Iterator[dict[str, Any]]:
        """`documents` export records."""
        for row in self.document_rows():
            yield {k: row[k] for k in Document.RECORD_FIELDS} | _lists(row)

    def document(self, doc_id: str) -> Optional[Document]:
        """A stored document (without its annotations), or None."""
        row = next(iter(self.conn.execute(
            f"SELECT {','.join(_DOC_COLUMNS)} FROM documents WHERE doc_id=?", (doc_id,))), None)
        if row is None:
            return None
        rec = dict(zip(_DOC_COLUMNS, row))
        return Document(**({k: rec[k] for k in (*Document.RECORD_FIELDS, "raw_hash")}
                           | _lists(rec)))

    def redate_document(self, doc: Document) -> None:
        """Store a document's new publication date and the annotations that depend on it;
        its old mentions leave their events, so every event is merged again by the next
        re-merge (new ids only where the evidence changed)."""
        with self.atomic() as c:
            c.execute("UPDATE documents SET published=?, published_source=?, "
                      "published_confidence=?, timexes=?, places=? WHERE doc_id=?",
                      (doc.published, doc.published_source, doc.published_confidence,
                       codec.dumps(doc.timexes), codec.dumps(doc.places), doc.doc_id))
            _put_mentions(c, doc)
            c.execute("DELETE FROM events")
            c.execute("UPDATE mentions SET event_id=NULL, data=json_set(data, '$.event_id', "
                      "json('null'))")

    def document_places(self) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
        for row in self.document_rows():
            if row["status"] != "rejected":
                yield row, json.loads(row["places"])

    # -- mentions and events -----------------------------------------------------
    def unmerged_mentions(self) -> list[EventMention]:
        return [codec.mention(json.loads(d)) for (d,) in self.conn.execute(
            "SELECT data FROM mentions WHERE event_id IS NULL ORDER BY doc_id, mention_id")]

    def mention_rows(self) -> Iterator[EventMention]:
        for (d,) in self.conn.execute("SELECT data FROM mentions ORDER BY rowid"):
            yield codec.mention(json.loads(d))

    def load_events(self) -> list[Event]:
        return [codec.event(json.loads(d)) for (d,) in
                self.conn.execute("SELECT data FROM events ORDER BY date_start, event_id")]

    def replace_events(self, events: list[Event]) -> None:
        with self.atomic() as c:
            c.execute("DELETE FROM events")
            c.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)",
                          [(e.event_id, e.type, e.date_start, e.date_end,
                            e.location.name if e.location else None, codec.dumps(e)) for e in events])
            for e in events:
                c.executemany("UPDATE mentions SET event_id=?, data=json_set(data, '$.event_id', ?) "
                              "WHERE mention_id=?",
                              [(e.event_id, e.event_id, m.mention_id) for m in e.mentions])

    def counts(self) -> dict[str, int]:
        return dict(self.conn.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall())

    # -- the Python API of the contract -------------------------------------------
    def analyze(self, paths: list[str], **options: Any) -> Any:
        from ..pipeline import run_analysis
        return run_analysis(self, paths, **options)

    def events(self) -> Iterator[dict[str, Any]]:
        from ..export.records import event_records
        return event_records(self)

    def mentions(self) -> Iterator[dict[str, Any]]:
        from ..export.records import mention_records
        return mention_records(self)

    def places(self) -> Iterator[dict[str, Any]]:
        from ..export.records import place_records
        return place_records(self)

    def actors(self) -> Iterator[dict[str, Any]]:
        from ..export.records import actor_records
        return actor_records(self)


def _lists(row: dict[str, Any]) -> dict[str, list[str]]:
    """A document row's author and wire lists (stored as JSON text)."""
    return {"author": json.loads(row["author"]), "wire": json.loads(row["wire"])}


def _put_mentions(c: sqlite3.Connection, doc: Document) -> None:
    """Replace a document's mentions (inside the caller's transaction)."""
    c.execute("DELETE FROM mentions WHERE doc_id=?", (doc.doc_id,))
    c.executemany("INSERT OR REPLACE INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
                  [(m.mention_id, doc.doc_id, m.event_id, m.type, m.date_start,
                    codec.dumps(m)) for m in doc.mentions])


def _statements(sql: str) -> list[str]:
    """Split a migration script on top-level semicolons (trigger bodies kept whole)."""
    out, buf, depth = [], [], 0
    for part in sql.split(";"):
        buf.append(part)
        depth += part.upper().count("BEGIN") - part.upper().count("END")
        if depth <= 0 and "".join(buf).strip():
            out.append(";".join(buf).strip())
            buf, depth = [], 0
    return out


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def open_store(path: str | Path = "polemos-store") -> Store:
    return Store(path)
