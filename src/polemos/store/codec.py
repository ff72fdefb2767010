"""Stage records to and from the JSON kept in the store."""
from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import Any, Optional, TypeVar

from ..model import (ActorRef, Conflict, ConflictValue, Event, EventMention, Location,
                     PlaceMention, Timex)

T = TypeVar("T")


def dumps(obj: Any) -> str:
    if isinstance(obj, list):
        obj = [asdict(o) if hasattr(o, "__dataclass_fields__") else o for o in obj]
    elif hasattr(obj, "__dataclass_fields__"):
        obj = asdict(obj)
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _build(cls: type[T], data: dict[str, Any]) -> T:
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})


def timex(data: dict[str, Any]) -> Timex:
    return _build(Timex, data)


def place(data: dict[str, Any]) -> PlaceMention:
    return _build(PlaceMention, data)


def location(data: Optional[dict[str, Any]]) -> Optional[Location]:
    return _build(Location, data) if data else None


def mention(data: dict[str, Any]) -> EventMention:
    m = _build(EventMention, data)
    m.actors = [_build(ActorRef, a) for a in data.get("actors") or []]
    m.location = location(data.get("location"))
    return m


def event(data: dict[str, Any]) -> Event:
    e = _build(Event, data)
    e.actors = [_build(ActorRef, a) for a in data.get("actors") or []]
    e.location = location(data.get("location"))
    e.mentions = [mention(m) for m in data.get("mentions") or []]
    e.conflicts = [Conflict(field=c["field"], values=[_build(ConflictValue, v) for v in c["values"]])
                   for c in data.get("conflicts") or []]
    return e
