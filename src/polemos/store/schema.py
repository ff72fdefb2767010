"""Store schema as an ordered registry of named migrations.

Applied names are recorded in ``migrations``; opening a store applies the missing ones
in order, each in its own transaction. Never edit a released migration: add one.
"""
from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", """
        CREATE TABLE inputs (
            source TEXT NOT NULL, raw_hash TEXT NOT NULL, doc_id TEXT NOT NULL,
            status TEXT NOT NULL, reason TEXT, seen_at TEXT NOT NULL,
            PRIMARY KEY (source, raw_hash));
        CREATE TABLE documents (
            doc_id TEXT PRIMARY KEY, path TEXT, url TEXT, status TEXT NOT NULL,
            duplicate_of TEXT, reason TEXT, title TEXT, outlet TEXT,
            author TEXT NOT NULL DEFAULT '[]', wire TEXT NOT NULL DEFAULT '[]',
            dateline TEXT, published TEXT, published_source TEXT,
            published_confidence REAL NOT NULL DEFAULT 0, language TEXT,
            body TEXT NOT NULL DEFAULT '', raw_hash TEXT,
            timexes TEXT NOT NULL DEFAULT '[]', places TEXT NOT NULL DEFAULT '[]',
            seq INTEGER NOT NULL);
        CREATE INDEX documents_status ON documents(status);
        CREATE TABLE signatures (doc_id TEXT PRIMARY KEY, sig BLOB NOT NULL);
        CREATE TABLE lsh (band_key TEXT NOT NULL, doc_id TEXT NOT NULL);
        CREATE INDEX lsh_band ON lsh(band_key);
    """),
    ("0002_mentions_events", """
        CREATE TABLE mentions (
            mention_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, event_id TEXT,
            type TEXT NOT NULL, date_start TEXT, data TEXT NOT NULL);
        CREATE INDEX mentions_doc ON mentions(doc_id);
        CREATE INDEX mentions_event ON mentions(event_id);
        CREATE TABLE events (
            event_id TEXT PRIMARY KEY, type TEXT NOT NULL, date_start TEXT, date_end TEXT,
            place_name TEXT, data TEXT NOT NULL);
        CREATE INDEX events_date ON events(date_start);
        CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT);
    """),
    ("0003_fulltext", """
        CREATE VIRTUAL TABLE documents_fts USING fts5(title, body, content='documents',
            content_rowid='rowid');
        CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
        END;
        CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, body)
            VALUES ('delete', old.rowid, old.title, old.body);
        END;
    """),
]

SCHEMA_VERSION = len(MIGRATIONS)
