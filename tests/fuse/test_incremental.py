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
