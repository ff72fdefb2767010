import sqlite3

import pytest

from polemos.errors import UserError
from polemos.model import ActorRef, Document, EventMention, Rejection
from polemos.store.schema import SCHEMA_VERSION
from polemos.store.store import DB_NAME, Store


def test_migrations_recorded_and_wal(tmp_path):
    store = Store(tmp_path / "s")
    assert store.schema_version == SCHEMA_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()
    assert Store(tmp_path / "s").schema_version == SCHEMA_VERSION  # re-open is idempotent


def test_document_and_mentions_round_trip(tmp_path):
    store = Store(tmp_path / "s")
    doc = Document(doc_id="d1", path="a.txt", body="Troops shelled the town.", raw_hash="h",
                   author=["A. Writer"], wire=["AFP"], published="2024-01-02")
    doc.mentions = [EventMention(doc_id="d1", type="ASSAULT", trigger="shelled", start=0,
                                 end=24, sentence=doc.body, mention_id="m1",
                                 actors=[ActorRef(name="troops", role="source", sector="MIL")])]
    store.put_document(doc)
    [rec] = list(store.documents())
    assert rec["author"] == ["A. Writer"] and rec["wire"] == ["AFP"]
    [m] = list(store.mention_rows())
    assert m.actors[0].sector == "MIL" and m.sentence == doc.body
    assert store.seen_input("a.txt", "h")[1] == "ok"


def test_failed_transaction_leaves_nothing(tmp_path):
    store = Store(tmp_path / "s")
    with pytest.raises(RuntimeError):
        with store.atomic() as c:
            c.execute("INSERT INTO documents (doc_id, status, seq) VALUES ('x', 'ok', 1)")
            raise RuntimeError("crash mid-article")
    assert not store.has_document("x")


def test_rejection_recorded(tmp_path):
    store = Store(tmp_path / "s")
    store.put_rejection(Rejection("bad.bin", "binary input", "h2"), "r1")
    [rec] = list(store.documents())
    assert rec["status"] == "rejected" and rec["reason"] == "binary input"


def test_missing_store_is_user_error(tmp_path):
    with pytest.raises(UserError, match="polemos analyze"):
        Store(tmp_path / "nothing", create=False)


def test_corrupt_store_is_user_error(tmp_path):
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / DB_NAME).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(UserError, match="not a usable"):
        Store(tmp_path / "s")
