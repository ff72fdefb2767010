"""Hand-built mentions about wars other than the seeds' (places with approximate coordinates)."""
from __future__ import annotations

import itertools
from typing import Optional



from polemos.fuse import SourceInfo
from polemos.model import ActorRef, EventMention, Location

# Approximate points; only distances between them matter to the tests.
PLACES = {
    "el-fasher": Location("geonames:1", "El Fasher", 13.63, 25.35, "SDN", "North Darfur", "city"),
    "kutum": Location("geonames:2", "Kutum", 14.20, 24.66, "SDN", "North Darfur", "town"),
    "north-darfur": Location("iso:SD-DN", "North Darfur", 15.77, 24.90, "SDN", "North Darfur", "admin1"),
    "nyala": Location("geonames:3", "Nyala", 12.05, 24.88, "SDN", "South Darfur", "city"),
    "fasher-south": Location("geonames:6", "Shagra", 13.45, 25.30, "SDN", "North Darfur", "village"),
    "tawila": Location("geonames:4", "Tawila", 13.50, 24.88, "SDN", "North Darfur", "village"),
    # three villages on a line, 40 km apart: chains of "near" places
    "v1": Location("geonames:11", "Village One", 10.00, 30.00, "SSD", "Upper Nile", "village"),
    "v2": Location("geonames:12", "Village Two", 10.00, 30.365, "SSD", "Upper Nile", "village"),
    "v3": Location("geonames:13", "Village Three", 10.00, 30.73, "SSD", "Upper Nile", "village"),
    "abeche": Location("geonames:5", "Abeche", 13.83, 20.83, "TCD", "Ouaddai", "city"),
    # a named region and a district, a neighbouring country, a capital far away
    "darfur": Location("region:darfur", "Darfur", 13.5, 24.5, "SDN", None, "region"),
    "west-darfur": Location("iso:SD-DW", "West Darfur", 13.0, 22.5, "SDN", "West Darfur", "admin1"),
    "chad": Location("country:TCD", "Chad", 15.0, 19.0, "TCD", None, "country"),
    "jeddah": Location("geonames:7", "Jeddah", 21.54, 39.17, "SAU", "Makkah", "city"),
    "khartoum": Location("geonames:8", "Khartoum", 15.50, 32.56, "SDN", "Khartoum", "city"),
}
RSF = ActorRef("Rapid Support Forces", "source", "SDN", "REB")
SAF = ActorRef("Sudanese army", "target", "SDN", "MIL")
_ids = itertools.count()


def mk(doc: str, *, type: str = "ASSAULT", trigger: str = "attacked", place: Optional[str] = "el-fasher",
       date: Optional[str] = "2024-05-02", end: Optional[str] = None, precision: Optional[str] = "day",
       actors: Optional[list[ActorRef]] = None, outlet: Optional[str] = None,
       numbers: Optional[dict[str, int]] = None, framing: Optional[str] = None,
       sentence: Optional[str] = None, status: str = "occurred") -> EventMention:
    n = next(_ids)
    sent = sentence or f"Fighters {trigger} positions in {PLACES[place].name if place else 'the area'}."
    return EventMention(
        doc_id=doc, type=type, trigger=trigger, start=10 * n, end=10 * n + len(sent), sentence=sent,
        actors=list(actors if actors is not None else [RSF, SAF]),
        location=PLACES[place] if place else None, date_start=date,
        date_end=end or date, date_precision=precision if date else None, status=status,
        framing=framing, numbers=dict(numbers or {}), outlet=outlet, mention_id=f"m{n:05d}")


def src(doc: str, outlet: Optional[str] = None, wire: Optional[list[str]] = None,
        duplicate_of: Optional[str] = None, published: Optional[str] = "2024-05-03") -> SourceInfo:
    return SourceInfo(doc_id=doc, outlet=outlet, wire=list(wire or []), duplicate_of=duplicate_of,
                      published=published)



def three_outlets() -> tuple[list[EventMention], dict[str, SourceInfo]]:
    """One attack told by three outlets at three date precisions and two place levels."""
    ms = [
        mk("d-a", outlet="Desert Courier", date="2024-05-02", precision="day", trigger="attacked",
           framing="terrorist assault", numbers={"killed": 5}),
        mk("d-b", outlet="Nile Observer", date="2024-05-01", end="2024-05-10", precision="range",
           trigger="attack", framing="liberation operation", numbers={"killed": 7}),
        mk("d-c", outlet="Sahel Wire Review", place="north-darfur", date="2024-05", end="2024-05-31",
           precision="month", trigger="attack", numbers={"killed": 7}),
    ]
    ms[2].date_start = "2024-05-01"
    sources = {d: src(d, o) for d, o in (("d-a", "Desert Courier"), ("d-b", "Nile Observer"),
                                        ("d-c", "Sahel Wire Review"))}
    return ms, sources
