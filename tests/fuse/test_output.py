"""Export records, GeoJSON and the terminal timeline."""
from __future__ import annotations

import json

from fuse_cases import mk

from polemos.export.writers import feature_collection
from polemos.fuse import event_record, fuse, render_timeline
from polemos.fuse.lexicon import DATA, validate

CONTRACT_FIELDS = {"event_id", "type", "mode", "summary", "date_start", "date_end",
                   "date_precision", "status", "actors", "location", "mentions", "doc_ids",
                   "outlets", "independent_sources", "conflicts"}


def _events():
    return fuse([
        mk("d1", outlet="Desert Courier", date="2024-05-02", framing="terrorist assault",
           numbers={"killed": 5}),
        mk("d2", outlet="Nile Observer", date="2024-05-02", framing="liberation operation",
           numbers={"killed": 9}),
        mk("d3", outlet="Nile Observer", type="PROTEST", trigger="rallied", place="nyala",
           date="2024-06-10", actors=[]),
        mk("d4", outlet="Desert Courier", place=None, date=None, trigger="shelled"),
    ], {})


def test_lexicon_data_is_consistent():
    assert validate(json.loads(DATA.read_text(encoding="utf-8"))) == []
    assert validate({"families": {"x": ["ASSAULT", "NOPE"]}, "stem_suffixes": ["s"]})


def test_event_record_has_exactly_the_contract_fields():
    for e in _events():
        rec = event_record(e)
        assert set(rec) == CONTRACT_FIELDS
        json.dumps(rec)
        for m in rec["mentions"]:
            assert {"doc_id", "outlet", "sentence", "start", "end", "trigger", "attributed_to",
                    "quote"} <= set(m)
        for c in rec["conflicts"]:
            assert set(c) == {"field", "values"}
            assert all(set(v) == {"value", "doc_ids"} for v in c["values"])


def test_geojson_has_a_point_per_located_event():
    events = _events()
    gj = feature_collection(event_record(e) for e in events)
    located = [e for e in events if e.location is not None]
    assert gj["type"] == "FeatureCollection"
    assert len(gj["features"]) == len(located) == 2
    f = gj["features"][0]
    assert f["geometry"]["type"] == "Point"
    assert f["geometry"]["coordinates"] == [25.35, 13.63]
    assert f["properties"]["independent_sources"] == 2
    assert "location" not in f["properties"] and f["properties"]["place_id"]
    assert len(f["properties"]["mentions"]) == 2     # the evidence travels with the point
    json.dumps(gj)


def test_timeline_is_chronological_with_undated_last_and_fits_width():
    text = render_timeline(_events(), width=80)
    assert all(len(line) <= 80 for line in text.splitlines())
    a, b, c = text.index("2024-05-02"), text.index("2024-06-10"), text.index("undated")
    assert a < b < c
    assert "2 independent" in text
    flat = " ".join(text.split())
    assert '"terrorist assault"' in flat and '"liberation operation"' in flat
    # the canonical summary takes no outlet's framing
    assert "terrorist" not in text.splitlines()[3]
    assert "killed: 5" in text and "9 [" in text


def test_timeline_filters():
    events = _events()
    since = render_timeline(events, since="2024-06-01")
    assert "2024-06-10" in since and "2024-05-02" not in since and "undated" not in since
    until = render_timeline(events, until="2024-05-31")
    assert "2024-05-02" in until and "2024-06-10" not in until
    place = render_timeline(events, place="nyala")
    assert "PROTEST" in place and "ASSAULT" not in place
    by_type = render_timeline(events, type="ASSAULT")
    assert "PROTEST" not in by_type and _blocks(by_type) == 2
    by_family = render_timeline(events, type="violence")
    assert "PROTEST" not in by_family and _blocks(by_family) == 2
    none = render_timeline(events, place="Atlantis")
    assert none.startswith("0 events") and "No event matches" in none


def _blocks(text: str) -> int:
    """Event blocks in a rendered timeline (the line after each rule)."""
    lines = text.splitlines()
    return sum(1 for i, line in enumerate(lines[:-1]) if set(line) == {"-"} and lines[i + 1].strip())


def test_summary_is_a_short_who_what_whom_where_line():
    e = fuse([mk("d1", trigger="shelled"), mk("d2", trigger="shelled")], {})[0]
    assert e.summary == "Rapid Support Forces (REB) \u2192 Sudanese army (MIL): ASSAULT, 'shelled', El Fasher"
    lone = fuse([mk("d3", type="PROTEST", trigger="rallied", place=None, actors=[])], {})[0]
    assert lone.summary == "PROTEST, 'rallied'"


def test_timeline_names_documents_without_outlet_by_title_or_file_name():
    from polemos.fuse import SourceInfo

    ms = [mk("abc123456789", trigger="shelled"), mk("def987654321", trigger="shelled"),
          mk("fff000111222", trigger="shelled")]
    sources = {
        "abc123456789": SourceInfo("abc123456789", title="Shelling of El Fasher market kills "
                                                        "dozens as siege tightens, residents say"),
        "def987654321": SourceInfo("def987654321", path="/data/sudan/2024-05-02_fasher.txt"),
        "fff000111222": SourceInfo("fff000111222"),
    }
    events = fuse(ms, sources)
    text = " ".join(render_timeline(events, sources=sources, width=100).split())
    assert '"Shelling of El Fasher market kills dozens..."' in text
    assert "2024-05-02_fasher.txt" in text
    assert "doc fff00011" in text
    bare = render_timeline(events)
    assert "doc abc12345" in bare and "Shelling of" not in bare
