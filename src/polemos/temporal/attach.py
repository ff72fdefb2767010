"""date_for_span: the date of an event clause, from the timexes around it."""
from __future__ import annotations

import re
from typing import Any, Optional

from ..model import Timex

_PRECISION_RANK = {"day": 0, "week": 1, "range": 2, "month": 3, "season": 4, "year": 5,
                   "decade": 6}
_SENT_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])|\n")
# Token distance beyond which a timex is not taken as attached in the parse.
_MAX_HOPS = 4


def _usable(t: Timex) -> bool:
    """Durations, sets and vague references never date an event."""
    return t.kind == "date" and (t.date_start is not None or t.date_end is not None) \
        and t.value not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 1000)
    s0 = lo
    for m in _SENT_END.finditer(text, lo, min(len(text), start + 4)):
        if m.end() <= start:          # the lookahead needs to see past ``start``
            s0 = m.end()
    m = _SENT_END.search(text, max(start, end - 1))
    return s0, (m.start() + 1 if m else len(text))


def _parse_attached(doc: Any, trigger: int, t: Timex) -> Optional[int]:
    """Hops from the timex head up to the trigger token in a spaCy parse, or None."""
    try:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        trig = next((tok for tok in doc if tok.idx <= trigger < tok.idx + len(tok)), None)
        if span is None or trig is None:
            return None
        tok, hops = span.root, 0
        while tok.head is not tok and hops < _MAX_HOPS:
            tok, hops = tok.head, hops + 1
            if tok == trig:
                return hops
            if tok.pos_ in ("VERB", "AUX") and tok != trig:
                return None   # attached to another verb first
        return None
    except (AttributeError, TypeError, ValueError):
        return None


def date_for_span(timexes: list[Timex], text: str, start: int, end: int,
                  trigger: Optional[int] = None, doc: Any = None) -> Timex | None:
    """Best timex to date the event told in text[start:end).

    Preference: a timex attached to the trigger in the parse (when ``doc``, a spaCy Doc of
    the same text, and ``trigger``, the trigger's character offset, are given); then a
    timex inside the span, most precise first, nearest to the trigger (or span start);
    then the nearest one in the same sentence; else None (the caller falls back to the
    publication date). Durations, sets and vague references are never returned."""
    if not timexes or not isinstance(text, str) or start is None or end is None:
        return None
    start, end = max(0, int(start)), min(len(text), int(end))
    if end <= start:
        return None
    focus = trigger if trigger is not None else start
    usable = [t for t in timexes if _usable(t)]
    inside = [t for t in usable if t.start >= start and t.end <= end]
    if inside:
        if doc is not None and trigger is not None:
            attached = [(h, t) for t in inside
                        if (h := _parse_attached(doc, trigger, t)) is not None]
            if attached:
                return min(attached, key=lambda ht: (ht[0], -ht[1].confidence))[1]
        return min(inside, key=lambda t: (_PRECISION_RANK.get(t.precision or "", 9),
                                          abs(t.start - focus), -t.confidence))
    s0, s1 = _sentence(text, start, end)
    near = [t for t in usable if t.start >= s0 and t.end <= s1]
    if not near:
        return None
    return min(near, key=lambda t: (min(abs(t.start - end), abs(t.end - start)),
                                    _PRECISION_RANK.get(t.precision or "", 9)))
