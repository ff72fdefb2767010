"""Events as the contract's `events` export records, and as GeoJSON."""
from __future__ import annotations

from typing import Any

from ..model import Event

EVENT_FIELDS = ("event_id", "type", "mode", "summary", "date_start", "date_end", "date_precision",
                "status", "actors", "location", "mentions", "doc_ids", "outlets",
                "independent_sources", "conflicts")
# Left out of GeoJSON properties: the evidence texts make a map layer heavy.
HEAVY = ("mentions", "location")


def mention_record(m: Any) -> dict[str, Any]:
    return {"doc_id": m.doc_id, "outlet": m.outlet, "sentence": m.sentence, "start": m.start,
            "end": m.end, "trigger": m.trigger, "attributed_to": m.attributed_to,
            "quote": m.quote, "framing": m.framing}


def event_record(event: Event) -> dict[str, Any]:
    """The `events` record of ../shared/CONTRACT.md (mentions also carry their framing)."""
    loc = event.location
    return {
        "event_id": event.event_id, "type": event.type, "mode": event.mode,
        "summary": event.summary, "date_start": event.date_start, "date_end": event.date_end,
        "date_precision": event.date_precision, "status": event.status,
        "actors": [a.to_record() for a in event.actors],
        "location": None if loc is None else {
            "place_id": loc.place_id, "name": loc.name, "lat": loc.lat, "lon": loc.lon,
            "country": loc.country, "admin1": loc.admin1, "feature": loc.feature},
        "mentions": [mention_record(m) for m in event.mentions],
        "doc_ids": list(event.doc_ids), "outlets": list(event.outlets),
        "independent_sources": event.independent_sources,
        "conflicts": [{"field": c.field, "values": [{"value": v.value, "doc_ids": list(v.doc_ids)}
                                                    for v in c.values]}
                      for c in event.conflicts],
    }


def events_to_geojson(events: list[Event]) -> dict[str, Any]:
    """FeatureCollection with one Point per located event; properties: the record minus
    the mentions (the place is kept as ``place``/``country``)."""
    features = []
    for e in events:
        loc = e.location
        if loc is None or loc.lat is None or loc.lon is None:
            continue
        try:
            lon, lat = float(loc.lon), float(loc.lat)
        except (TypeError, ValueError):
            continue
        rec = event_record(e)
        props = {k: v for k, v in rec.items() if k not in HEAVY}
        props.update(place=loc.name, place_id=loc.place_id, country=loc.country,
                     mention_count=len(e.mentions))
        features.append({"type": "Feature", "id": e.event_id,
                         "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": props})
    return {"type": "FeatureCollection", "features": features}
