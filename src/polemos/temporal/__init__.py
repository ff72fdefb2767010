"""The `temporal` stage: time expressions, event dating, and dating undated articles.

    from polemos.temporal import extract_timexes, infer_publication_date, date_for_span

All three are pure functions over text (no model, no I/O beyond a small lexicon read once)
and never raise on bad input.
"""
from __future__ import annotations

from .attach import date_for_span
from .extract import extract_timexes
from .pubdate import infer_publication_date

__all__ = ["extract_timexes", "infer_publication_date", "date_for_span"]
