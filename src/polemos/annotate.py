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


def gazetteer():
    """The gazetteer (Gazetteer.load caches it per process)."""
    from .geo import Gazetteer
    return Gazetteer.load()


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


def annotate(docs: list[Document], backend: Optional[str] = None) -> None:
    for doc in docs:
        annotate_time(doc)
        annotate_places(doc)
    annotate_events(docs, backend)
