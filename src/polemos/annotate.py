"""Per-document NLP stages after ingest: time, places, events.

Each stage is imported lazily (no heavy work at import); the gazetteer and the spaCy
model are loaded once per process and reused.
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Optional

from .model import Document

log = logging.getLogger(__name__)
# Event rules and lexicons are written for English; other languages get dates and
# places (both work from numerals and names) but no event mentions.
EVENT_LANGUAGES = {"en", "und", None}
_gazetteer = None


def gazetteer():
    global _gazetteer
    if _gazetteer is None:
        from .geo import Gazetteer
        _gazetteer = Gazetteer.load()
    return _gazetteer


def annotate_time(doc: Document) -> None:
    from .temporal import extract_timexes, infer_publication_date

    anchor = dt.date.fromisoformat(doc.published) if doc.published else None
    doc.timexes = extract_timexes(doc.body, anchor)
    if anchor is None:
        date, confidence, reason = infer_publication_date(doc.body, doc.timexes)
        if date is not None:
            doc.published = date.isoformat()
            doc.published_source = "inferred"
            doc.published_confidence = round(float(confidence), 3)
            doc.timexes = extract_timexes(doc.body, date)
        else:
            log.debug("%s: no publication date inferred (%s)", doc.path, reason)


def annotate_places(doc: Document) -> None:
    from .geo import find_places
    doc.places = find_places(doc.body, gazetteer(), dateline=doc.dateline)


def annotate_events(docs: list[Document], backend: Optional[str] = None) -> None:
    from .events import DEFAULT_BACKEND, extract_mentions_batch

    todo = [d for d in docs if d.language in EVENT_LANGUAGES and d.body]
    if not todo:
        return
    items = [{"body": d.body, "doc_id": d.doc_id, "timexes": d.timexes, "places": d.places,
              "published": dt.date.fromisoformat(d.published) if d.published else None,
              "outlet": d.outlet} for d in todo]
    results = extract_mentions_batch(items, backend=backend or DEFAULT_BACKEND)
    for d, mentions in zip(todo, results):
        d.mentions = mentions


def _available(module: str) -> bool:
    import importlib.util
    try:
        return importlib.util.find_spec(f"polemos.{module}.__init__") is not None
    except ModuleNotFoundError:
        return False


def annotate(docs: list[Document], backend: Optional[str] = None) -> None:
    time_ok, geo_ok, events_ok = (_available(m) for m in ("temporal", "geo", "events"))
    for doc in docs:
        if time_ok:
            annotate_time(doc)
        if geo_ok:
            annotate_places(doc)
    if events_ok:
        annotate_events(docs, backend)
