"""What the merge compares, computed once per mention: date interval, place, actors, words."""
from __future__ import annotations

import datetime as dt
import hashlib
import math
from dataclasses import dataclass
from typing import Optional

from ..model import EventMention
from .lexicon import content_words, family, stem

# Days of slack around a reported date when comparing two reports: outlets in different
# time zones, "overnight" attacks and "yesterday" resolved against the wrong anchor put
# the same strike one day apart (the seeds show exactly this between AFP and local outlets).
TOLERANCE = {"day": 1, "week": 1, "month": 0, "year": 0, "range": 1}
# An undated mention is placed at most this many days before its article's publication,
# and that weak interval only serves blocking (news reports recent events).
UNDATED_WINDOW = 14

# Place levels: settlements are points; admin2 and named regions are areas whose extent we
# approximate by a radius from their representative point (GeoNames has no polygons).
SETTLEMENT = {"city", "town", "village", None, ""}
AREA_RADIUS_KM = {"admin2": 60.0, "region": 250.0, "admin1": 300.0, "islands": 250.0,
                  "peninsula": 250.0, "corridor": 150.0, "strait": 150.0, "canal": 100.0,
                  "sea": 600.0, "continent": 3000.0}
LEVEL = {"country": 0, "continent": 0, "sea": 0, "admin1": 1, "region": 1, "islands": 1,
         "peninsula": 1, "corridor": 2, "strait": 2, "canal": 2, "admin2": 2}
POINT_LEVEL = 3


@dataclass(slots=True)
class Feats:
    index: int                      # position in the caller's mention list
    mention: EventMention
    mention_id: str
    family: str
    lo: Optional[int]               # date interval as ordinal days (None: undated)
    hi: Optional[int]
    width: int                      # days in the interval (0 for undated)
    strong: bool                    # True when the date comes from the text
    pid: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    country: Optional[str]
    admin1: Optional[str]
    level: int                      # 0 country .. 3 point; -1 no place
    radius: float                   # km an area extends from its point
    actors: dict[str, str]          # actor key -> role
    stem: str
    frame: str
    words: frozenset[str]
    source_key: str                 # independent-source key of the mention's document


def parse_day(value: Optional[str], end: bool = False) -> Optional[int]:
    """ISO date (YYYY-MM-DD, YYYY-MM or YYYY) to an ordinal day; None when unparseable."""
    if not value or not isinstance(value, str):
        return None
    parts = value.strip()[:10].split("-")
    try:
        y = int(parts[0])
        if len(parts) == 1:
            d = dt.date(y, 12, 31) if end else dt.date(y, 1, 1)
        elif len(parts) == 2:
            m = int(parts[1])
            d = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1) if end else dt.date(y, m, 1)
        else:
            d = dt.date(y, int(parts[1]), int(parts[2]))
    except (ValueError, IndexError):
        return None
    return d.toordinal()


def day_str(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def mention_id_of(m: EventMention) -> str:
    """The mention's id, or a stable one from its evidence span when the extractor gave none."""
    if m.mention_id:
        return m.mention_id
    key = f"{m.doc_id}:{m.start}:{m.trigger_start}:{m.type}:{m.trigger}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def actor_key(name: Optional[str], country: Optional[str], sector: Optional[str]) -> str:
    """Two actor references are the same actor when their codes agree, else their names."""
    if country or sector:
        return f"{country or '-'}|{sector or '-'}"
    return "n:" + " ".join((name or "").lower().split())


def _head(text: Optional[str]) -> str:
    if not text:
        return ""
    words = text.lower().split()
    return stem(words[-1]) if words else ""


def features(index: int, m: EventMention, published: Optional[str], source_key: str) -> Feats:
    lo = parse_day(m.date_start)
    hi = parse_day(m.date_end or m.date_start, end=True)
    strong = lo is not None
    if lo is not None and (hi is None or hi < lo):
        hi = lo
    if lo is None:
        pub = parse_day(published)
        if pub is not None:
            lo, hi = pub - UNDATED_WINDOW, pub
    width = (hi - lo + 1) if lo is not None and hi is not None else 0
    loc = m.location
    lat = lon = None
    level, radius, pid = -1, 0.0, None
    country = admin1 = None
    if loc is not None:
        pid = loc.place_id or (loc.name or "").lower() or None
        country, admin1 = loc.country, loc.admin1
        try:
            lat, lon = float(loc.lat), float(loc.lon)
            if math.isnan(lat) or math.isnan(lon):
                lat = lon = None
        except (TypeError, ValueError):
            lat = lon = None
        feat = loc.feature
        level = LEVEL.get(feat, POINT_LEVEL) if feat not in SETTLEMENT else POINT_LEVEL
        radius = AREA_RADIUS_KM.get(feat or "", 0.0)
        if level == 1 and feat == "admin1" and not admin1:
            admin1 = loc.name
    actors: dict[str, str] = {}
    for a in m.actors or []:
        k = actor_key(a.name, a.country, a.sector)
        if k not in ("n:", "-|-"):
            actors.setdefault(k, a.role)
    trig = (m.trigger or "").split()
    return Feats(index=index, mention=m, mention_id=mention_id_of(m), family=family(m.type),
                 lo=lo, hi=hi, width=width, strong=strong, pid=pid, lat=lat, lon=lon,
                 country=country, admin1=admin1, level=level, radius=radius, actors=actors,
                 stem=stem(trig[-1]) if trig else "", frame=_head(m.framing),
                 words=content_words(m.sentence), source_key=source_key)


def km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Great-circle distance (haversine), km."""
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))
