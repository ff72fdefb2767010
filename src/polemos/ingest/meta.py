"""Article metadata found in the text itself: bylines, timestamp lines, datelines,
wire agencies and the outlet — for scraped text that comes with no metadata."""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional
from urllib.parse import urlparse

from .textdates import find_dates

_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|al|bin|el|la|da)){0,4}"


@dataclass
class LineMeta:
    """What one metadata line says."""
    published: Optional[dt.date] = None
    label: Optional[str] = None            # "published" | "updated" | "timestamp" | "metadata"
    author: list[str] = field(default_factory=list)
    dateline: Optional[str] = None
    outlet: Optional[str] = None


# "date 2023-03-17 Example.com": a scraper's metadata line.
_META_LINE = re.compile(r"^\s*(?:date|published|pubdate|time)\s*[:=]?\s*(\d{4}-\d\d-\d\d)(?:[T ][\d:]+Z?)?\s*(?P<outlet>\S.*)?$", re.I)
# "Jane Doe Published March 17, 2023 | 08:56 PM", "By Jane Doe and John Roe", "Reported by: X"
_BYLINE = re.compile(rf"^\s*(?:(?:written|reported|posted|edited)\s+by|by)\s*:?\s*(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\s*(?P<rest>.*)$", re.I)
_AUTHOR_PUBLISHED = re.compile(rf"^\s*(?P<names>{_NAME})\s+(?:published|posted|updated)\b", re.I)
_LABEL = re.compile(r"\b(published|posted|first published|updated|last updated|modified|"
                    r"publié le|mis à jour|publicado|actualizado|veröffentlicht|aktualisiert|"
                    r"pubblicato|aggiornato)\b\s*:?", re.I)
_LABEL_MEANING = {"publié le": "published", "publicado": "published", "veröffentlicht": "published",
                  "pubblicato": "published", "mis à jour": "updated", "actualizado": "updated",
                  "aktualisiert": "updated", "aggiornato": "updated", "first published": "published",
                  "last updated": "updated"}
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b|GMT[+-]?\d*|UTC[+-]?\d*)?", re.I)
# "... IST - Baku": a place after the last dash of a timestamp line.
_TRAILING_PLACE = re.compile(r"[-–—|]\s*(?P<place>[A-Z][a-zA-Z'’.-]+(?:[ -][A-Z][a-zA-Z'’.-]+){0,2})\s*$")
# "MOSCOW (Outlet / Agency - 17th March, 2023) ...", "KYIV, Ukraine (AP) — ...",
# "Khartoum, May 3 (Reuters) - ..."
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+){0,3}|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}))?"
    r"(?:,?\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}))?"
    r"\s*\((?P<credit>[^()\n]{2,90})\)\s*(?:[-–—:]\s*)?(?=[A-Z“\"‘'])")


def parse_meta_line(line: str) -> Optional[LineMeta]:
    """Metadata in a line that is only metadata (no article sentence), else None."""
    text = line.strip()
    if not text or len(text) > 160:
        return None
    m = _META_LINE.match(text)
    if m:
        outlet = (m.group("outlet") or "").strip() or None
        return LineMeta(published=dt.date.fromisoformat(m.group(1)), label="metadata",
                        outlet=outlet)
    meta = LineMeta()
    byline = _BYLINE.match(text)
    if byline and len(text.split()) <= 14:
        meta.author = _split_names(byline.group("names"))
    ap = _AUTHOR_PUBLISHED.match(text)
    if ap and not meta.author and not _LABEL.match(text):
        meta.author = _split_names(ap.group("names"))
    dates = find_dates(text)
    if dates:
        # A timestamp line is the date plus furniture: labels, times, zones, a place.
        rest = text
        for s, e, _ in reversed(dates):
            rest = rest[:s] + " " + rest[e:]
        rest = _TIME.sub(" ", _LABEL.sub(" ", rest))
        place = _TRAILING_PLACE.search(rest)
        if place:
            rest = rest[:place.start()]
        if meta.author:
            rest = rest.replace(ap.group("names") if ap else byline.group("names"), " ")
        leftover = re.sub(r"[\W\d_]+", " ", rest).split()
        # Prepositions, zones and clock letters ("at", "à", "IST", "14h05") are furniture.
        leftover = [w for w in leftover if len(w) > 2 and w.lower() not in ("ist", "gmt", "utc")]
        if len(leftover) <= 2:
            label = _LABEL.search(text)
            if label and label.start() > dates[0][0]:
                label = None  # "Nov 25, 2020 05:46 | Updated 05:46": the label is the time's
            first_label = _LABEL_MEANING.get(label.group(1).lower(), label.group(1).lower()) if label else ""
            meta.label = first_label.split()[-1] if first_label else "timestamp"
            meta.published = dates[0][2]
            if meta.label in ("updated", "modified") and len(dates) > 1:
                meta.published = dates[1][2]
            if place:
                meta.dateline = place.group("place")
    if meta.published or meta.author:
        return meta
    return None


def _split_names(names: str) -> list[str]:
    parts = re.split(r"\s*(?:,|\band\b|&)\s*", names)
    return [p.strip(" .") for p in parts if p.strip(" .") and len(p.split()) <= 5]


@dataclass
class Dateline:
    place: str
    credits: list[str]
    end: int                               # where the article text starts
    date: Optional[dt.date] = None


def parse_dateline(paragraph: str) -> Optional[Dateline]:
    m = DATELINE.match(paragraph)
    if not m:
        return None
    place = m.group("place").strip()
    if place.isupper():
        place = place.title()
    credit = m.group("credit")
    dates = find_dates(credit)
    for s, e, _ in reversed(dates):
        credit = credit[:s] + credit[e:]
    credits = [c.strip() for c in re.split(r"\s*[/,;]\s*|\s+[-–—]\s*|\s*[-–—]\s+", credit)
               if c.strip(" -–—")]
    credits = [c for c in credits if not re.fullmatch(r"[\d\s]+", c)]
    return Dateline(place=place, credits=credits, end=m.end(),
                    date=dates[0][2] if dates else None)


@lru_cache(maxsize=1)
def wire_aliases() -> dict[str, str]:
    data = json.loads(resources.files("polemos").joinpath("data/ingest/wires.json").read_text("utf-8"))
    return {alias: name for name, aliases in data.items() if not name.startswith("_")
            for alias in aliases}


@lru_cache(maxsize=1)
def _wire_in_text() -> re.Pattern[str]:
    # Agency credited for the reporting: "an AFP journalist", "told Reuters",
    # "(AP) —", "— AFP", "with inputs from PTI". An image credit does not count.
    names = sorted(wire_aliases(), key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"(?:\b(?i:an?|the)\s+(?P<a>{alt})\s+(?:journalist|correspondent|reporter|photographer|team|tally|count)"
        rf"|\btold\s+(?P<b>{alt})\b"
        rf"|\bwith (?:inputs|input|reporting) from\s+(?P<c>{alt})\b"
        rf"|\b(?i:avec|con|mit)\s+(?P<f>{alt})\b"
        rf"|^\s*[-–—]\s*(?P<d>{alt})\s*$"
        rf"|^\s*\((?P<e>{alt})\)\s*$)", re.M)


def wires_in(text: str, exclude_spans: tuple = ()) -> list[str]:
    aliases = wire_aliases()
    found: list[str] = []
    for m in _wire_in_text().finditer(text):
        alias = next(g for g in m.groups() if g)
        name = aliases.get(alias)
        if name and name not in found:
            found.append(name)
    return found


def wires_from_credits(credits: list[str]) -> tuple[list[str], list[str]]:
    """Split dateline credits into (wire agencies, other names — usually the outlet)."""
    aliases = wire_aliases()
    wires, others = [], []
    for credit in credits:
        name = aliases.get(credit) or aliases.get(credit.strip().strip("."))
        (wires if name else others).append(name or credit)
    return wires, others


# "a registered user of The Daily Example", "edited by Example staff", "© 2024 Example Ltd"
_OUTLET_HINTS = (
    re.compile(r"\b(?:registered )?(?:user|reader|subscriber)s? of (?P<o>(?:The )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})"),
    re.compile(r"\bedited by (?P<o>(?:The )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2}) staff\b"),
    re.compile(r"©\s*(?:\d{4}\s*)?(?P<o>(?:The )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})"),
)


def outlet_from_text(lines: list[str]) -> Optional[str]:
    for line in lines:
        for pattern in _OUTLET_HINTS:
            m = pattern.search(line)
            if m:
                return m.group("o").strip(" .")
    return None


def outlet_from_url(url: Optional[str]) -> Optional[str]:
    if not url:
        return None
    host = urlparse(url).netloc.lower()
    host = re.sub(r"^(www\d?|m|amp|edition|news)\.", "", host)
    return host or None
