"""`polemos demo` on the bundled corpus (fiction in five formats), end to end."""
import json

import pytest

from polemos.cli import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    store = tmp_path_factory.mktemp("demo") / "store"
    assert main(["demo", "--store", str(store), "--quiet"]) == 0
    return store


def _export(store, kind, capsys):
    capsys.readouterr()
    assert main(["export", kind, "--store", str(store)]) == 0
    return [json.loads(x) for x in capsys.readouterr().out.splitlines()]


def test_every_record_accounted_for(demo, capsys):
    docs = _export(demo, "documents", capsys)
    assert len(docs) == 12  # ten files, the feed and the JSONL holding two articles each
    statuses = sorted(d["status"] for d in docs)
    assert statuses.count("duplicate") == 1 and statuses.count("ok") == 11
    dup = next(d for d in docs if d["status"] == "duplicate")
    assert dup["path"].endswith("04_afp_ceasefire_copy.txt")
    original = next(d for d in docs if d["doc_id"] == dup["duplicate_of"])
    assert original["path"].endswith("03_afp_ceasefire.txt")


def test_undated_articles_inferred_near_the_events(demo, capsys):
    docs = {d["path"].rsplit("/", 1)[-1]: d for d in _export(demo, "documents", capsys)}
    for name in ("03_afp_ceasefire.txt", "08_undated_analysis.txt"):
        doc = docs[name]
        assert doc["published_source"] == "inferred"
        assert "2025-05-13" <= doc["published"] <= "2025-05-20"


def test_old_and_new_city_names_are_one_place(demo, capsys):
    places = _export(demo, "places", capsys)
    khujand = [p for p in places if p["name"] == "Khujand"]
    assert len(khujand) == 1 and "Leninabad" in khujand[0]["aliases"]


def test_events_merge_across_outlets(demo, capsys):
    events = _export(demo, "events", capsys)
    assert any(len(e["doc_ids"]) >= 3 for e in events)
    multi = [e for e in events if len(e["outlets"]) >= 2]
    assert multi and all(e["independent_sources"] <= len(e["doc_ids"]) for e in events)


def test_timeline_prints_dates_and_sources(demo, capsys):
    capsys.readouterr()
    assert main(["timeline", "--store", str(demo), "--since", "2025-05-13",
                 "--until", "2025-05-31"]) == 0
    out = capsys.readouterr().out
    assert "2025-05" in out and "Sources" in out
