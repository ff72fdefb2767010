"""Absolute calendar dates as written in news metadata lines ("November 26th 2020",
"17th March, 2023", "2023-03-17", "25.11.2020"). Only what a timestamp or byline line
states; relative and partial dates are the temporal stage's business."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from ..temporal.lexicon import lexicon

# English names from the temporal lexicon (one month table for the project) first;
# French, Spanish, German and Italian names so that foreign-language timestamp lines
# ("Publié le 12 mars 2024") are read too.
_FOREIGN_MONTHS = (
    ("janvier", "enero", "januar", "jänner", "gennaio"), ("février", "fevrier", "febrero", "februar", "febbraio"),
    ("mars", "marzo", "märz", "marz"), ("avril", "abril", "aprile"), ("mai", "mayo", "maggio"),
    ("juin", "junio", "juni", "giugno"), ("juillet", "julio", "juli", "luglio"),
    ("août", "aout", "agosto"), ("septembre", "septiembre", "setiembre", "settembre"),
    ("octobre", "octubre", "oktober", "ottobre"), ("novembre", "noviembre"),
    ("décembre", "decembre", "diciembre", "dezember", "dicembre"))
_EN = lexicon()
MONTHS = {**_EN["months"], **_EN["month_abbreviations"]}
MONTHS.update({name: i for i, names in enumerate(_FOREIGN_MONTHS, 1) for name in names
               if name not in MONTHS})
_MON = ("(?P<mon>" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
        + r")\b\.?")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\.?\s+(?:of\s+|de\s+)?{_MON},?\s+(?:de\s+)?{_YEAR}\b", re.I),
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
