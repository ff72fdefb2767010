"""extract_timexes: every temporal expression of a text, normalised against an anchor."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ..model import Timex
from .dates import quarter_range
from .normalise import normalise, to_timex
from .scan import Parsed, scan

# How far (characters, same sentence) a time of day looks for the day it belongs to
# ("on Tuesday at dawn", "dawn on Tuesday").
_POD_REACH = 60


def _coerce_anchor(anchor: object) -> Optional[dt.date]:
    if anchor is None:
        return None
    if isinstance(anchor, dt.datetime):
        return anchor.date()
    if isinstance(anchor, dt.date):
        return anchor
    if isinstance(anchor, str):
        try:
            return dt.date.fromisoformat(anchor.strip()[:10])
        except ValueError:
            return None
    return None


def timexes_from_parsed(parsed: list[Parsed], anchor: Optional[dt.date]) -> list[Timex]:
    out: list[Timex] = []
    for p in parsed:
        try:
            norm = normalise(p, anchor)
        except (ValueError, KeyError, TypeError, AttributeError, IndexError,
                OverflowError) as exc:  # never let one odd expression stop a document
            from .normalise import Norm
            norm = Norm(note=f"could not normalise: {type(exc).__name__}")
        out.append(to_timex(p, norm, anchor))
    _attach_times_of_day(parsed, out)
    _quarter_context(parsed, out)
    return out


# How far back (characters) a quarter mentioned earlier sets the grain of "a year ago".
_QUARTER_REACH = 600
_QUARTER_VALUE = re.compile(r"^\d{4}-Q([1-4])$")


def _quarter_context(parsed: list[Parsed], out: list[Timex]) -> None:
    """In a text about quarterly figures, "a year ago" / "a year earlier" means the same
    quarter one year before (the TimeML reading; TimeBank's financial news uses it)."""
    last_q: Optional[tuple[int, str]] = None
    for p, t in zip(parsed, out):
        m = _QUARTER_VALUE.match(t.value or "")
        if m:
            last_q = (p.end, m.group(1))
            continue
        if last_q is None or p.start - last_q[0] > _QUARTER_REACH \
                or not re.fullmatch(r"\d{4}", t.value or ""):
            continue
        if p.family == "ago":
            if (p.groups.get("dir") or "").lower() not in ("ago", "earlier"):
                continue
        elif not (p.family == "defref" and (p.groups.get("adj") or p.groups.get("rel") or "")
                  .lower() in ("year-earlier", "year-ago")):
            continue
        y, q = int(t.value), int(last_q[1])
        s, e = quarter_range(y, q)
        t.value, t.date_start, t.date_end, t.precision = f"{y}-Q{q}", s.isoformat(), \
            e.isoformat(), "range"
        t.note = "same quarter, a year before (quarter named earlier)"


def _attach_times_of_day(parsed: list[Parsed], out: list[Timex]) -> None:
    """A clock time or part of day takes the date of a day named next to it."""
    for i, p in enumerate(parsed):
        if p.family not in ("clock", "pod") or out[i].date_start is None:
            continue
        best = None
        for j, q in enumerate(parsed):
            if j == i or q.sentence != p.sentence or out[j].precision != "day" \
                    or q.family in ("clock", "pod", "ref"):
                continue
            gap = p.start - q.end if q.end <= p.start else q.start - p.end
            if 0 <= gap <= _POD_REACH and (best is None or gap < best[0]):
                best = (gap, j)
        if best:
            t = out[best[1]]
            suffix = out[i].value[10:] if out[i].value else ""
            out[i].date_start = out[i].date_end = t.date_start
            out[i].value = (t.date_start or "") + suffix
            out[i].confidence = min(0.8, t.confidence)
            out[i].note = f"same day as '{t.text}'"


def extract_timexes(text: str, anchor: dt.date | None) -> list[Timex]:
    """Temporal expressions of ``text`` with exact character spans.

    ``anchor`` is the publication date: relative expressions ("on Friday", "last month")
    are resolved against it. With ``anchor=None`` those get no date and a note; absolute
    ones ("25 November 2020", "in 1994") are still normalised. Never raises."""
    if not isinstance(text, str) or not text:
        return []
    return timexes_from_parsed(scan(text), _coerce_anchor(anchor))
