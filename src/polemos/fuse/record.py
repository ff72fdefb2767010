"""Events as the contract's `events` export records."""
from __future__ import annotations

from typing import Any

from ..model import Event


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
