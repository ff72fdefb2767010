"""fuse: merge event mentions across (and within) documents into canonical events.

    events = fuse(mentions, sources)                  # first run
    events = fuse(new_mentions, sources, existing=events)   # incremental: returns ALL events

Each returned Event keeps its mentions (the evidence), the documents and outlets telling
it, how many independent sources that is (syndicated copies count once) and where the
sources disagree (``conflicts``). ``render_timeline`` prints them for a terminal; pass it
``sources=`` (the same doc_id -> SourceInfo, with ``title``/``path``) to name documents
without an outlet by their title or file name.

Merging knowledge (type families, lexical fields such as truce/deal/agreement or
war/hostilities/clashes, temporal and determiner cues) is data: data/lexicon.json.
"""
from __future__ import annotations

from typing import Optional

from ..model import Event, EventMention
from .build import build_event
from .cluster import Clusterer
from .features import Feats, features, mention_id_of
from .lexicon import content_words
from .record import event_record
from .sources import SourceInfo, source_key
from .timeline import render_timeline

__all__ = ["SourceInfo", "fuse", "event_record", "render_timeline"]

PRECISION_ORDER = {"day": 0, "week": 1, "range": 2, "month": 3, "year": 4}


def _feats(i: int, m: EventMention, sources: dict[str, SourceInfo],
           doc_words: Optional[dict[str, frozenset[str]]] = None) -> Feats:
    info = sources.get(m.doc_id)
    if m.outlet is None and info is not None and info.outlet:
        m.outlet = info.outlet
    return features(i, m, info.published if info else None,
                    source_key(m.doc_id, sources, m.outlet),
                    (doc_words or {}).get(m.doc_id, frozenset()))


def _doc_words(mentions: list, existing: Optional[list[Event]]) -> dict[str, frozenset[str]]:
    """Per article, the content words of all the sentences its mentions were found in: what
    the article is about (its names, places, subject), to tell whether two articles telling
    a text-only event (no date, no place) tell the same story."""
    sents: dict[str, dict[str, None]] = {}
    for m in list(mentions or []) + [x for e in existing or [] if isinstance(e, Event)
                                      for x in e.mentions]:
        if isinstance(m, EventMention) and m.sentence:
            sents.setdefault(m.doc_id, {})[m.sentence] = None
    return {d: frozenset().union(*(content_words(s) for s in ss)) for d, ss in sents.items()}


def _original_of(doc_id: str, sources: dict[str, SourceInfo]) -> str:
    info = sources.get(doc_id)
    return info.duplicate_of if info is not None and info.duplicate_of else doc_id


def _telling(m: EventMention, sources: dict[str, SourceInfo]) -> tuple:
    """What makes two mentions the same words of the same story."""
    return (_original_of(m.doc_id, sources), m.type, (m.trigger or "").lower(),
            " ".join((m.sentence or "").lower().split()))


def _order(f: Feats) -> tuple:
    # Precise, dated, located mentions seed the clusters; vague ones then join them.
    prec = PRECISION_ORDER.get(f.mention.date_precision or "", 5)
    if f.width > 31 and prec < 4:
        prec = 4.5              # a span of months or years is vaguer than a month or a year
    return (not f.strong, prec,
            f.lo if f.lo is not None else 0, -f.level, f.mention_id)


def fuse(mentions: list[EventMention], sources: Optional[dict[str, SourceInfo]] = None,
         existing: Optional[list[Event]] = None) -> list[Event]:
    """Merge ``mentions`` (into ``existing`` events when given) and return all events.

    Existing events no new mention joins are returned unchanged (same objects); an event
    that gains mentions is rebuilt and keeps its event_id. New events get an id derived
    from their earliest (smallest) mention id, so the same input gives the same ids.
    Sets ``event_id`` on every mention.
    """
    sources = sources or {}
    words = _doc_words(mentions, existing)
    clusterer = Clusterer()
    kept: dict[int, Event] = {}
    seen_ids: set[str] = set()
    for event in existing or []:
        if not isinstance(event, Event):
            continue
        members = []
        for m in event.mentions:
            f = _feats(len(members), m, sources, words)
            seen_ids.add(f.mention_id)
            members.append(f)
        if not members:
            continue
        c = clusterer.seed(members, event.event_id)
        kept[c.cid] = event
    new: list[Feats] = []
    for i, m in enumerate(mentions or []):
        if not isinstance(m, EventMention) or not m.type:
            continue
        mid = mention_id_of(m)
        if mid in seen_ids:          # already merged: re-running changes nothing
            continue
        seen_ids.add(mid)
        m.mention_id = mid
        new.append(_feats(i, m, sources, words))
    # A mention in a syndicated copy (a near or exact duplicate found at ingest) that
    # repeats a mention of the original joins that mention's event directly: copies add
    # evidence, never events. Originals go first so their events exist.
    told: dict[tuple, object] = {}
    for c in clusterer.clusters:
        for g in c.members:
            told.setdefault(_telling(g.mention, sources), c)
    copies = [f for f in new if _original_of(f.mention.doc_id, sources) != f.mention.doc_id]
    firsts = [f for f in new if _original_of(f.mention.doc_id, sources) == f.mention.doc_id]
    copy_ids = {id(f) for f in copies}      # identity: Feats compare field by field
    for f in sorted(firsts, key=_order) + sorted(copies, key=_order):
        key = _telling(f.mention, sources)
        c = told.get(key)
        c = clusterer.join(c, f) if c is not None and id(f) in copy_ids else clusterer.add(f)
        told.setdefault(key, c)
    out: list[Event] = []
    for c in clusterer.clusters:
        if not c.touched and c.cid in kept:
            out.append(kept[c.cid])
        else:
            out.append(build_event(c.members, c.event_id))
    out.sort(key=lambda e: (e.date_start is None, e.date_start or "", e.event_id))
    return out
