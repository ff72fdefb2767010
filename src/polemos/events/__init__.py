"""The ``events`` stage: PLOVER event mentions with who/whom/where/when, status and
attribution.

    from polemos.events import extract_mentions, extract_mentions_batch, BACKENDS
    mentions = extract_mentions(body, doc_id="d1", timexes=[], places=[], published=None)

Backends (``BACKENDS``, chosen by name): ``rules`` (lexicons + dependency patterns) and
``embeddings`` (MiniLM sentence embeddings vs labelled prototypes); an unknown name
raises ValueError listing the valid ones. Bad input never raises: no events.
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any, Optional

from ..model import EventMention, PlaceMention, Timex

log = logging.getLogger(__name__)
DEFAULT_BACKEND = "rules"

__all__ = ["extract_mentions", "extract_mentions_batch", "BACKENDS", "DEFAULT_BACKEND",
           "get_backend"]


def __getattr__(name: str) -> Any:          # BACKENDS without import-time work
    if name == "BACKENDS":
        from .backends import BACKENDS
        return BACKENDS
    raise AttributeError(name)


def get_backend(name: Optional[str]) -> Any:
    from .backends import get_backend as _get
    return _get(name)


def extract_mentions_batch(items: list[dict], backend: str = DEFAULT_BACKEND,
                           nlp: Any = None) -> list[list[EventMention]]:
    """Mentions for each item ({body, doc_id, timexes, places, published, outlet}); one
    ``nlp.pipe`` over the candidate sentences of all items. Raises ValueError only for an
    unknown backend name; a missing spaCy model gives empty lists and an error log."""
    be = get_backend(backend)
    if not items:
        return []
    if nlp is None:
        from ..nlp import ModelNotFound, load_nlp
        try:
            nlp = load_nlp()
        except ModelNotFound as exc:
            log.error("%s", exc)
            return [[] for _ in items]
    from .extract import extract_batch
    return extract_batch(list(items), be, nlp)


def extract_mentions(body: str, *, doc_id: str, timexes: list[Timex],
                     places: list[PlaceMention], published: Optional[dt.date],
                     outlet: Optional[str] = None, backend: str = DEFAULT_BACKEND,
                     nlp: Any = None) -> list[EventMention]:
    """Event mentions of one body; offsets index ``body``."""
    return extract_mentions_batch([{"body": body, "doc_id": doc_id, "timexes": timexes,
                                    "places": places, "published": published,
                                    "outlet": outlet}], backend=backend, nlp=nlp)[0]
