"""A chronological plain-text view of merged events for an 80-120 column terminal."""
from __future__ import annotations

import textwrap
from typing import Optional

from ..model import Event
from .lexicon import family
from .sources import SourceInfo, source_label

_PREC_NOTE = {"week": "week", "month": "month", "year": "year", "range": "range"}


def date_label(e: Event) -> str:
    if not e.date_start:
        return "undated"
    start, end, p = e.date_start, e.date_end or e.date_start, e.date_precision or "day"
    if p == "month":
        return f"{start[:7]} (month)"
    if p == "year":
        return f"{start[:4]} (year)"
    if end == start:
        return f"{start} ({p})"
    return f"{start}..{end} ({_PREC_NOTE.get(p, p)})"


def _matches_place(e: Event, needle: str) -> bool:
    needle = needle.strip().lower()
    places = [e.location] + [m.location for m in e.mentions]
    for loc in places:
        if loc is None:
            continue
        for v in (loc.name, loc.admin1, loc.country, loc.place_id):
            if v and needle in str(v).lower():
                return True
    return False


def _matches_type(e: Event, wanted: str) -> bool:
    w = wanted.strip().upper()
    return e.type.upper() == w or family(e.type).upper() == w


def select(events: list[Event], since: Optional[str] = None, until: Optional[str] = None,
           place: Optional[str] = None, type: Optional[str] = None) -> list[Event]:
    """Events overlapping [since, until] (undated ones drop out when a date bound is set),
    at a place whose name, region or country contains ``place``, of a PLOVER type or
    family ``type``; sorted by date, undated last."""
    out = []
    for e in events:
        if since or until:
            if not e.date_start:
                continue
            end = (e.date_end or e.date_start)[:10]
            if since and end < since[:10]:
                continue
            if until and e.date_start[:10] > until[:10]:
                continue
        if place and not _matches_place(e, place):
            continue
        if type and not _matches_type(e, type):
            continue
        out.append(e)
    out.sort(key=lambda e: (e.date_start is None, e.date_start or "", e.date_end or "", e.event_id))
    return out


def _field(label: str, text: str, width: int) -> list[str]:
    head = f"  {label:<10}"
    return textwrap.wrap(text, width=width, initial_indent=head,
                         subsequent_indent=" " * len(head), break_long_words=True) or [head.rstrip()]


def render_event(e: Event, width: int = 100,
                 sources: Optional[dict[str, SourceInfo]] = None) -> str:
    kind = e.type + (f" / {e.mode}" if e.mode else "")
    status = "" if e.status == "occurred" else f"  [{e.status}]"
    lines = textwrap.wrap(f"{date_label(e)}  {kind}{status}", width=width) or [""]
    lines += textwrap.wrap(e.summary or "(no summary)", width=width,
                           initial_indent="  ", subsequent_indent="  ")
    if e.location is not None:
        loc = e.location
        extra = ", ".join(x for x in (loc.admin1, loc.country) if x and x != loc.name)
        lines += _field("Place:", loc.name + (f" ({extra})" if extra else ""), width)
    ndocs = len(e.doc_ids)
    src = f"{e.independent_sources} independent, {ndocs} document{'s' if ndocs != 1 else ''}"
    outlet_of = {m.doc_id: m.outlet for m in e.mentions if m.outlet}
    labels = {d: source_label(d, sources, outlet_of.get(d)) for d in e.doc_ids}
    named = list(dict.fromkeys(labels[d] for d in e.doc_ids))
    if named:
        src += " - " + ", ".join(named)
    lines += _field("Sources:", src, width)
    # each outlet's own words for the event: its triggers and defining noun phrases
    frames: dict[str, list[str]] = {}
    for m in e.mentions:
        who = labels.get(m.doc_id) or source_label(m.doc_id, sources, m.outlet)
        words = frames.setdefault(who, [])
        for w in (m.trigger, m.framing):
            if w and f'"{w}"' not in words:
                words.append(f'"{w}"')
    items = [f"{who}: {', '.join(ws[:4])}" for who, ws in frames.items() if ws]
    if items:
        lines += _field("Framing:", "; ".join(items[:8]) + (" ..." if len(items) > 8 else ""), width)
    for c in e.conflicts:
        vals = "; ".join(f"{v.value} [{', '.join(labels.get(d) or d[:12] for d in v.doc_ids[:4])}"
                         f"{' ...' if len(v.doc_ids) > 4 else ''}]" for v in c.values)
        lines += _field("Conflict:", f"{c.field}: {vals}", width)
    return "\n".join(lines)


def render_timeline(events: list[Event], *, since: Optional[str] = None,
                    until: Optional[str] = None, place: Optional[str] = None,
                    type: Optional[str] = None, width: int = 100,
                    sources: Optional[dict[str, SourceInfo]] = None) -> str:
    """Plain-text timeline, one block per event, chronological, undated events last.

    ``sources`` (doc_id -> SourceInfo, as given to ``fuse``) names documents whose outlet
    is unknown by their title or file name instead of an id."""
    width = max(40, min(int(width or 100), 200))
    chosen = select(list(events or []), since, until, place, type)
    filters = ", ".join(f"{k} {v}" for k, v in (("since", since), ("until", until),
                                               ("place", place), ("type", type)) if v)
    head = f"{len(chosen)} event{'s' if len(chosen) != 1 else ''}"
    if filters:
        head += f" ({filters}; {len(events or [])} in all)"
    if not chosen:
        return head + "\n" + ("No event matches these filters." if filters else "No events yet.")
    rule = "-" * min(width, 80)
    blocks = [render_event(e, width, sources) for e in chosen]
    return head + "\n" + rule + "\n" + ("\n" + rule + "\n").join(blocks) + "\n" + rule
