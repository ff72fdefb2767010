"""The same text with the same metadata is annotated once per process; copies get equal,
independent annotations."""
from __future__ import annotations

import polemos.annotate as annotate_mod
from polemos.ingest.document import build_document
from polemos.ingest.readers import digest
from polemos.model import RawInput

TEXT = ("Militia fighters shelled the river port of Kisangani on Monday, killing three "
        "people, the provincial governor said. The army said it would send reinforcements "
        "to the town by Friday.")


def _raw(source: str, text: str = TEXT, published: str = "2024-03-06") -> RawInput:
    return RawInput(source=source, kind="text", content=text,
                    raw_hash=digest((source + text).encode()), meta={"published": published})


def test_identical_texts_are_annotated_once(monkeypatch):
    calls = []
    real = annotate_mod.annotate_events
    monkeypatch.setattr(annotate_mod, "_MEMO", type(annotate_mod._MEMO)())
    monkeypatch.setattr(annotate_mod, "annotate_events",
                        lambda docs, backend=None: (calls.append(len(docs)), real(docs, backend)))
    docs = [build_document(_raw(f"copy{i}.txt")) for i in range(3)]
    annotate_mod.annotate(docs[:2])
    annotate_mod.annotate(docs[2:])                 # a later batch: served from memory
    assert calls == [1, 0]
    first = docs[0]
    assert first.mentions and first.places and first.timexes
    for other in docs[1:]:
        assert [(m.type, m.start, m.trigger) for m in other.mentions] == \
            [(m.type, m.start, m.trigger) for m in first.mentions]
        assert [p.place_id for p in other.places] == [p.place_id for p in first.places]
        # independent objects: the store sets per-document ids on them
        assert all(a is not b for a, b in zip(other.mentions, first.mentions))


def test_other_metadata_is_annotated_again(monkeypatch):
    monkeypatch.setattr(annotate_mod, "_MEMO", type(annotate_mod._MEMO)())
    a = build_document(_raw("a.txt", published="2024-03-06"))
    b = build_document(_raw("b.txt", published="2023-01-10"))
    annotate_mod.annotate([a, b])
    # "on Monday" resolves against each document's own publication date
    assert {t.date_start for t in a.timexes} != {t.date_start for t in b.timexes}
