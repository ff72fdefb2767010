"""Export records of the contract, read from the store."""
from __future__ import annotations

import hashlib
import json
from typing import Any, Iterator

from ..fuse.record import mention_record
from ..store.store import Store


def event_records(store: Store) -> Iterator[dict[str, Any]]:
    from ..fuse.record import event_record
    for event in store.load_events():
        yield event_record(event)


def mention_records(store: Store) -> Iterator[dict[str, Any]]:
    """One record per mention: an event restricted to one document."""
    for m in store.mention_rows():
        yield {
            "mention_id": m.mention_id, "event_id": m.event_id, "doc_id": m.doc_id,
            "type": m.type, "mode": m.mode, "summary": m.summary,
            "date_start": m.date_start, "date_end": m.date_end,
            "date_precision": m.date_precision, "status": m.status,
            "actors": [a.to_record() for a in m.actors],
            "location": m.location.__dict__ if m.location else None,
            "mentions": [mention_record(m)],
            "doc_ids": [m.doc_id], "outlets": [m.outlet] if m.outlet else [],
            "trigger": m.trigger, "trigger_start": m.trigger_start,
            "trigger_end": m.trigger_end, "attributed_to": m.attributed_to, "quote": m.quote,
            "framing": m.framing, "numbers": m.numbers,
        }


def place_records(store: Store) -> Iterator[dict[str, Any]]:
    places: dict[str, dict[str, Any]] = {}
    for row, doc_places in store.document_places():
        for p in doc_places:
            rec = places.setdefault(p["place_id"], {
                "place_id": p["place_id"], "name": p["name"], "aliases": [],
                "lat": p["lat"], "lon": p["lon"], "country": p.get("country"),
                "admin1": p.get("admin1"), "feature": p.get("feature"), "mentions": []})
            if p["text"] != rec["name"] and p["text"] not in rec["aliases"]:
                rec["aliases"].append(p["text"])
            rec["mentions"].append({"doc_id": row["doc_id"], "start": p["start"],
                                    "end": p["end"], "text": p["text"]})
    yield from sorted(places.values(), key=lambda r: (-len(r["mentions"]), r["name"]))


def actor_records(store: Store) -> Iterator[dict[str, Any]]:
    actors: dict[tuple, dict[str, Any]] = {}
    for m in store.mention_rows():
        for a in m.actors:
            key = (a.country, a.sector)
            actor_id = hashlib.sha256(json.dumps(key).encode()).hexdigest()[:12]
            rec = actors.setdefault(key, {"actor_id": actor_id, "name": a.name, "aliases": [],
                                          "country": a.country, "sector": a.sector,
                                          "mentions": []})
            if a.name != rec["name"] and a.name not in rec["aliases"]:
                rec["aliases"].append(a.name)
            rec["mentions"].append({"doc_id": m.doc_id, "mention_id": m.mention_id,
                                    "role": a.role, "start": a.start, "end": a.end})
    yield from sorted(actors.values(), key=lambda r: -len(r["mentions"]))
