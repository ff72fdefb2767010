"""Incremental merging and stable ids."""
from __future__ import annotations

import copy

from fuse_cases import mk

from polemos.fuse import fuse


def _batch():
    return [mk("d1", date="2024-05-02"), mk("d2", date="2024-05-02"),
            mk("d3", date="2024-05-15", place="nyala")]


def test_same_input_gives_same_ids():
    ms = _batch()
    a = fuse(copy.deepcopy(ms), {})
    b = fuse(copy.deepcopy(ms), {})
    assert [e.event_id for e in a] == [e.event_id for e in b]
    assert len({e.event_id for e in a}) == 2


def test_new_mentions_remerge_only_the_events_they_touch():
    first = fuse(_batch(), {})
    by_place = {e.location.name: e for e in first}
    untouched, touched = by_place["Nyala"], by_place["El Fasher"]
    late = mk("d4", date="2024-05-02")
    events = fuse([late], {}, existing=first)
    assert len(events) == 2
    now = {e.location.name: e for e in events}
    assert now["Nyala"] is untouched                  # not rebuilt
    assert now["El Fasher"].event_id == touched.event_id
    assert len(now["El Fasher"].mentions) == 3
    assert late.event_id == touched.event_id


def test_rerunning_with_merged_mentions_changes_nothing():
    ms = _batch()
    first = fuse(ms, {})
    again = fuse(ms, {}, existing=first)
    assert [e.event_id for e in again] == [e.event_id for e in first]
    assert [len(e.mentions) for e in again] == [len(e.mentions) for e in first]


def test_new_event_gets_new_id_and_old_ones_survive():
    first = fuse(_batch(), {})
    events = fuse([mk("d9", date="2024-06-30", place="kutum")], {}, existing=first)
    assert len(events) == 3
    assert {e.event_id for e in first} < {e.event_id for e in events}


def test_syndicated_copy_adds_evidence_not_events():
    from polemos.fuse import SourceInfo, fuse
    from polemos.model import EventMention

    def mention(doc):
        sentence = "Militia fighters shelled the market in Nyala on Monday, killing six."
        return EventMention(doc_id=doc, type="ASSAULT", trigger="shelled", start=0,
                            end=len(sentence), sentence=sentence, date_start="2024-03-04",
                            date_end="2024-03-04", date_precision="day")
    sources = {"orig": SourceInfo("orig", "Paper A", ["AFP"], None, "2024-03-05"),
               "copy1": SourceInfo("copy1", "Paper B", ["AFP"], "orig", "2024-03-05"),
               "copy2": SourceInfo("copy2", "Paper C", [], "orig", "2024-03-05")}
    first = fuse([mention("orig")], sources)
    events = fuse([mention("copy1"), mention("copy2")], sources, existing=first)
    assert len(events) == 1
    assert sorted(events[0].doc_ids) == ["copy1", "copy2", "orig"]
    assert events[0].independent_sources == 1
