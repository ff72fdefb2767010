"""The Python API of the contract: analyze_text and open_store."""
import pytest

import polemos
from polemos.errors import UserError

SENTENCE = ("Rebel fighters shelled the town of El Fasher in Darfur on Tuesday, killing five "
            "civilians, the army said.")


@pytest.fixture(scope="module")
def doc():
    return polemos.analyze_text(SENTENCE, published="2024-05-02", clean=False)


def test_clean_false_keeps_text_verbatim(doc):
    assert doc.body == SENTENCE
    assert doc.published == "2024-05-02" and doc.published_source == "metadata"


def test_every_annotation_indexes_the_body(doc):
    assert doc.timexes and doc.places and doc.mentions
    for t in doc.timexes:
        assert doc.body[t.start:t.end] == t.text
    for p in doc.places:
        assert doc.body[p.start:p.end] == p.text
    for m in doc.mentions:
        assert doc.body[m.start:m.end] == m.sentence
        assert doc.body[m.trigger_start:m.trigger_end] == m.trigger


def test_single_sentence_gives_its_event(doc):
    assert any(m.type == "ASSAULT" for m in doc.mentions)
    tuesday = next(t for t in doc.timexes if t.text == "Tuesday")
    assert tuesday.date_start == "2024-04-30"


def test_undated_text_is_dated_from_its_clues():
    text = ("Government forces retook the port on Monday, officials said on Tuesday. "
            "On March 4, rebels had seized the port after a week of fighting. "
            "The clashes came nearly two years after the 2022 truce.")
    doc = polemos.analyze_text(text)
    assert doc.published_source == "inferred" and doc.published is not None


def test_empty_text_is_a_user_error():
    with pytest.raises(UserError):
        polemos.analyze_text("   ")


def test_open_store_iterators(tmp_path, wire_article):
    (tmp_path / "a.txt").write_text(wire_article)
    store = polemos.open_store(tmp_path / "s")
    summary = store.analyze([str(tmp_path / "a.txt")], quiet=True)
    assert summary.ok == 1
    [doc] = list(store.documents())
    assert doc["dateline"] == "Khartoum"
    events = list(store.events())
    mentions = list(store.mentions())
    assert mentions and events
    assert {m["event_id"] for m in mentions} <= {e["event_id"] for e in events}
    assert any(p["name"] == "El Fasher" or "Fasher" in p["name"] for p in store.places())
