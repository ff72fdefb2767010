"""Merging mentions into events: what merges, what stays apart, what the event keeps."""
from __future__ import annotations

from fuse_cases import PLACES, RSF, SAF, mk, src

from polemos.fuse import fuse
from polemos.model import ActorRef


def test_three_outlets_at_different_precisions_merge(three_outlets):
    ms, sources = three_outlets
    events = fuse(ms, sources)
    assert len(events) == 1
    e = events[0]
    # the most precise date and place the mentions support
    assert (e.date_start, e.date_end, e.date_precision) == ("2024-05-02", "2024-05-02", "day")
    assert e.location.name == "El Fasher"
    assert e.independent_sources == 3
    assert e.outlets == ["Desert Courier", "Nile Observer", "Sahel Wire Review"]
    assert all(m.event_id == e.event_id for m in ms)


def test_same_type_and_place_on_other_days_stay_apart():
    ms = [mk("d1", date="2024-05-02"), mk("d2", date="2024-05-02"),
          mk("d3", date="2024-05-09"), mk("d4", date="2024-05-20")]
    events = fuse(ms, {})
    assert sorted(len(e.mentions) for e in events) == [1, 1, 2]
    assert [e.date_start for e in events] == ["2024-05-02", "2024-05-09", "2024-05-20"]


def test_one_day_apart_is_tolerated_for_day_dates():
    # time zones and "overnight" put one strike on two adjacent days
    events = fuse([mk("d1", date="2024-05-02"), mk("d2", date="2024-05-03")], {})
    assert len(events) == 1


def test_nearby_town_merges_far_town_does_not():
    near = fuse([mk("d1", place="el-fasher"), mk("d2", place="fasher-south")], {})  # ~21 km
    edge = fuse([mk("d1", place="el-fasher"), mk("d2", place="tawila")], {})  # ~53 km
    far = fuse([mk("d1", place="el-fasher"), mk("d2", place="nyala")], {})     # ~175 km
    assert len(far) == 2
    assert len(near) == 1 and near[0].location.name == "El Fasher"
    # El Fasher - Tawila is about 53 km on these points: just outside the 50 km radius
    assert len(edge) == 2
    kutum = fuse([mk("d1", place="kutum"), mk("d2", place="north-darfur")], {})
    assert len(kutum) == 1 and kutum[0].location.name == "Kutum"


def test_other_country_never_merges():
    events = fuse([mk("d1", place="el-fasher"), mk("d2", place="abeche")], {})
    assert len(events) == 2


def test_other_type_family_never_merges():
    events = fuse([mk("d1"), mk("d2", type="PROTEST", trigger="protested")], {})
    assert len(events) == 2


def test_no_chaining_of_near_places():
    # v1-v2 and v2-v3 are 40 km apart, v1-v3 80 km: not one event
    events = fuse([mk("a", place="v1"), mk("b", place="v2"), mk("c", place="v3")], {})
    assert len(events) >= 2
    for e in events:
        names = {m.location.name for m in e.mentions}
        assert not {"Village One", "Village Three"} <= names


def test_placeless_mentions_need_shared_actors():
    other = [ActorRef("Popular Defence Militia", "source", None, None)]
    ms = [mk("d1", place=None), mk("d2", place=None), mk("d3", place=None, actors=other)]
    events = fuse(ms, {})
    sizes = sorted(len(e.mentions) for e in events)
    assert sizes == [1, 2]
    merged = next(e for e in events if len(e.mentions) == 2)
    assert {m.doc_id for m in merged.mentions} == {"d1", "d2"}


def test_swapped_roles_merge_and_are_listed_as_conflict():
    swapped = [ActorRef(SAF.name, "source", "SDN", "MIL"), ActorRef(RSF.name, "target", "SDN", "REB")]
    events = fuse([mk("d1"), mk("d2", actors=swapped)], {})
    assert len(events) == 1
    fields = {c.field for c in events[0].conflicts}
    assert {"source_actor", "target_actor"} <= fields


def test_syndicated_copies_count_once():
    ms = [mk("w1", outlet="Coast Daily"), mk("w2", outlet="Valley Times"),
          mk("w3", outlet="Hill Post"), mk("own", outlet="Frontline Monitor")]
    sources = {"w1": src("w1", "Coast Daily", ["AFP"]), "w2": src("w2", "Valley Times", ["AFP"]),
               "w3": src("w3", "Hill Post", duplicate_of="w1"),
               "own": src("own", "Frontline Monitor")}
    events = fuse(ms, sources)
    assert len(events) == 1
    e = events[0]
    assert len(e.doc_ids) == 4
    assert e.independent_sources == 2


def test_killed_numbers_conflict_lists_each_value_with_its_documents(three_outlets):
    ms, sources = three_outlets
    e = fuse(ms, sources)[0]
    killed = next(c for c in e.conflicts if c.field == "killed")
    values = {v.value: v.doc_ids for v in killed.values}
    assert values == {5: ["d-a"], 7: ["d-b", "d-c"]}
    # a day inside the range and the month is no date disagreement
    assert "date" not in {c.field for c in e.conflicts}


def test_date_conflict_when_days_cannot_both_be_true():
    e = fuse([mk("d1", date="2024-05-02"), mk("d2", date="2024-05-03")], {})[0]
    dates = next(c for c in e.conflicts if c.field == "date")
    assert {v.value for v in dates.values} == {"2024-05-02", "2024-05-03"}


def test_framing_is_kept_per_mention(three_outlets):
    ms, sources = three_outlets
    e = fuse(ms, sources)[0]
    frames = {m.outlet: m.framing for m in e.mentions}
    assert frames["Desert Courier"] == "terrorist assault"
    assert frames["Nile Observer"] == "liberation operation"


def test_bad_input_does_not_raise():
    assert fuse([], {}) == []
    odd = mk("d1", date="not a date")
    odd.location = None
    odd.actors = []
    events = fuse([odd, "junk", None], None)  # type: ignore[list-item]
    assert len(events) == 1 and events[0].date_start is None


def test_place_may_have_no_coordinates():
    loc = PLACES["el-fasher"]
    m1, m2 = mk("d1"), mk("d2")
    for m in (m1, m2):
        m.location = type(loc)(loc.place_id, loc.name, None, None, loc.country)  # type: ignore[arg-type]
    assert len(fuse([m1, m2], {})) == 1


def test_statements_in_one_capital_need_a_shared_speaker():
    govt = [ActorRef("Foreign ministry", "source", "SDN", "GOV")]
    ngo = [ActorRef("Relief coalition", "source", None, "NGO")]
    same = fuse([mk("d1", type="ACCUSE", trigger="accused", actors=govt),
                 mk("d2", type="ACCUSE", trigger="condemned", actors=govt)], {})
    other = fuse([mk("d1", type="ACCUSE", trigger="accused", actors=govt),
                  mk("d2", type="ACCUSE", trigger="accused", actors=ngo)], {})
    assert len(same) == 1 and len(other) == 2
