"""Output formats, registered by name; built-ins use the same registry as plugins."""
from __future__ import annotations

import csv
import json
from typing import IO, Any, Callable, Iterable

from ..errors import UserError

Writer = Callable[[Iterable[dict[str, Any]], IO[str], str], None]
WRITERS: dict[str, Writer] = {}
BINARY = {"parquet"}
# Formats that only make sense for some kinds of records.
ONLY_FOR = {"geojson": {"events", "mentions", "places"}, "plover": {"events", "mentions"},
            "acled": {"events", "mentions"}}


def writer(name: str) -> Callable[[Writer], Writer]:
    def register(fn: Writer) -> Writer:
        WRITERS[name] = fn
        return fn
    return register


def get_writer(fmt: str, kind: str) -> Writer:
    if fmt not in WRITERS:
        raise UserError(f"unknown format '{fmt}'; choose one of: {', '.join(sorted(WRITERS))}")
    if fmt in ONLY_FOR and kind not in ONLY_FOR[fmt]:
        raise UserError(f"format '{fmt}' is for {', '.join(sorted(ONLY_FOR[fmt]))}, not {kind}; "
                        f"try --format jsonl")
    return WRITERS[fmt]


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
            for k, v in record.items()}


@writer("jsonl")
def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str], kind: str) -> None:
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


@writer("csv")
def write_csv(records: Iterable[dict[str, Any]], out: IO[str], kind: str) -> None:
    w = None
    for rec in records:
        if w is None:
            w = csv.DictWriter(out, fieldnames=list(rec), extrasaction="ignore")
            w.writeheader()
        w.writerow(_flat(rec))


@writer("parquet")
def write_parquet(records: Iterable[dict[str, Any]], out: Any, kind: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [_flat(r) for r in records]
    columns = list(rows[0]) if rows else ["doc_id"]
    table = pa.table({c: [r.get(c) for r in rows] for c in columns})
    pq.write_table(table, out)


def feature_collection(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """GeoJSON FeatureCollection: one Point per record that has a place (an event's or a
    mention's ``location``, or a place record itself); properties are the record without
    its location, plus the place's name, id and country as flat fields for map tools."""
    features = []
    for rec in records:
        loc = rec.get("location") or (rec if "lat" in rec else None)
        if not loc:
            continue
        try:
            lon, lat = float(loc["lon"]), float(loc["lat"])
        except (KeyError, TypeError, ValueError):
            continue
        props = {k: v for k, v in rec.items() if k != "location"}
        if loc is not rec:
            props.update(place=loc.get("name"), place_id=loc.get("place_id"),
                         country=loc.get("country"))
        features.append({"type": "Feature", "id": rec.get("event_id") or rec.get("place_id"),
                         "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": props})
    return {"type": "FeatureCollection", "features": features}


@writer("geojson")
def write_geojson(records: Iterable[dict[str, Any]], out: IO[str], kind: str) -> None:
    json.dump(feature_collection(records), out, ensure_ascii=False)
    out.write("\n")


def _actor(rec: dict[str, Any], role: str) -> dict[str, Any]:
    return next((a for a in rec.get("actors") or [] if a.get("role") == role), {})


@writer("plover")
def write_plover(records: Iterable[dict[str, Any]], out: IO[str], kind: str) -> None:
    """PLOVER/POLECAT-style JSON lines: one event with its actors, date and location."""
    for rec in records:
        src, tgt, loc = _actor(rec, "source"), _actor(rec, "target"), rec.get("location") or {}
        out.write(json.dumps({
            "id": rec.get("event_id"), "date": rec.get("date_start"),
            "date_precision": rec.get("date_precision"),
            "event_type": rec.get("type"), "mode": rec.get("mode"), "context": None,
            "source": src.get("name"), "source_country": src.get("country"),
            "source_sector": src.get("sector"), "target": tgt.get("name"),
            "target_country": tgt.get("country"), "target_sector": tgt.get("sector"),
            "location": loc.get("name"), "lat": loc.get("lat"), "lon": loc.get("lon"),
            "country": loc.get("country"), "status": rec.get("status"),
            "sources": rec.get("doc_ids"), "text": [m.get("sentence") for m in rec.get("mentions") or []],
        }, ensure_ascii=False) + "\n")


# PLOVER categories to ACLED's event types (closest in meaning; ACLED codes no verbal
# cooperation, so those land in "Strategic developments").
_ACLED = {"ASSAULT": "Battles", "COERCE": "Violence against civilians",
          "PROTEST": "Protests", "MOBILIZE": "Strategic developments",
          "SANCTION": "Strategic developments", "THREATEN": "Strategic developments"}


@writer("acled")
def write_acled(records: Iterable[dict[str, Any]], out: IO[str], kind: str) -> None:
    cols = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2",
            "country", "admin1", "location", "latitude", "longitude", "geo_precision",
            "source", "notes", "fatalities"]
    w = csv.DictWriter(out, fieldnames=cols)
    w.writeheader()
    for rec in records:
        loc = rec.get("location") or {}
        numbers = [m for m in rec.get("conflicts") or [] if m.get("field") == "killed"]
        killed = max((v["value"] for c in numbers for v in c["values"]), default=None)
        w.writerow({
            "event_id_cnty": rec.get("event_id"), "event_date": rec.get("date_start"),
            "event_type": _ACLED.get(rec.get("type") or "", "Strategic developments"),
            "sub_event_type": rec.get("mode") or rec.get("type"),
            "actor1": _actor(rec, "source").get("name"), "actor2": _actor(rec, "target").get("name"),
            "country": loc.get("country"), "admin1": loc.get("admin1"), "location": loc.get("name"),
            "latitude": loc.get("lat"), "longitude": loc.get("lon"),
            "geo_precision": 1 if loc.get("feature") in ("city", "town", "village") else 2,
            "source": "; ".join(o for o in rec.get("outlets") or [] if o),
            "notes": rec.get("summary"), "fatalities": killed if killed is not None else "",
        })
