"""Absolute calendar dates as written in news metadata lines ("November 26th 2020",
"17th March, 2023", "2023-03-17", "25.11.2020"). Only what a timestamp or byline line
states; relative and partial dates are the temporal stage's business."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

MONTHS = {
    name: i for i, names in enumerate((
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
        ("december", "dec")), 1)
    for name in names
}
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}\b", re.I),
    re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"),
]


def find_dates(text: str) -> list[tuple[int, int, dt.date]]:
    """All valid absolute dates in ``text`` as (start, end, date), in text order."""
    found: list[tuple[int, int, dt.date]] = []
    taken: list[tuple[int, int]] = []
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            g = m.groupdict()
            month = int(g["mnum"]) if g.get("mnum") else MONTHS[g["mon"].lower().rstrip(".")]
            try:
                value = dt.date(int(g["year"]), month, int(g["day"]))
            except ValueError:
                continue  # "February 30": not a date
            found.append((m.start(), m.end(), value))
            taken.append((m.start(), m.end()))
    return sorted(found)


def first_date(text: str) -> Optional[dt.date]:
    dates = find_dates(text)
    return dates[0][2] if dates else None
