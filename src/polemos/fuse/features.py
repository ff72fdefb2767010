"""What the merge compares, computed once per mention: date interval, place, actors, words."""
from __future__ import annotations

import datetime as dt
import hashlib
import math
from dataclasses import dataclass
from typing import Optional

from ..model import EventMention
from .arguments import analyse, object_head
from .lexicon import (LexField, content_words, family, fields_of, lexeme, lexicon, long_span,
                      states_its_date, stem, words_of)

# Days of slack around a reported date when comparing two reports: outlets in different
# time zones, "overnight" attacks and "yesterday" resolved against the wrong anchor put
# the same strike one day apart (the seeds show exactly this between AFP and local outlets).
TOLERANCE = {"day": 1, "week": 1, "month": 0, "year": 0, "range": 1}
# An undated mention is placed at most this many days before its article's publication,
# and that weak interval only serves blocking (news reports recent events).
UNDATED_WINDOW = 14
# A reference back to a known event ("the deal", "had deployed") is dated by its sentence,
# which is only the latest date the event can have: it may lie this many days earlier (the
# seeds refer to a three-year-old war and deployment this way). A landmark noun in a
# sentence stating no date of its own inherited the date of a neighbouring sentence or of
# the article: it lies within about a month before it.
REFERENCE_WINDOW = 1100
INHERITED_WINDOW = 31
# "the truce" with no sign of looking years back: within the last year (the demo corpus
# showed a 3-year window gluing a 2022 accord to its 2025 successor).
RECENT_WINDOW = 365
# A mention dated to at least this many days (a year, a decade) whose sentence names a war
# tells the war at that scale (see features()).
PERIOD_DAYS = 364
# Words skipped between a perfect auxiliary and its participle ("had already been deployed").
_PERFECT_FILLERS = frozenset({"been", "already", "also", "just", "reportedly", "not", "since",
                              "recently", "previously", "now", "allegedly", "long"})
_INDEFINITE = frozenset({"a", "an", "another", "some", "any", "new", "fresh"})

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
    lex: frozenset[str]             # stems of the trigger words and framing head
    fields: tuple[LexField, ...]    # lexical fields those stems fall in
    field_names: frozenset[str]
    countries: frozenset[str]       # the place's and the actors' countries
    weak_date: bool                 # strong=False because the text only bounds the date
    slo: Optional[int]              # the date's start as stated (lo is moved back when weak)
    period: bool                    # a war told as a period (weeks or more), not an incident
    coded: tuple[str, ...]          # actor keys that are codes (country|sector), not names
    place_free: bool                # an accord: its places never contradict (see similarity)
    wide_place: bool                # a war: places within a region's reach agree
    reach: float                    # km an operation of its field covers (0: a point event)
    doc_words: frozenset[str] = frozenset()   # content words of all its article's mentions
    obj: frozenset[str] = frozenset()         # the trigger's object / complement (arguments.py)
    args: frozenset[str] = frozenset()        # the clause's words around the trigger
    topics: frozenset[str] = frozenset()      # accord topics its object names


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


def _trigger_stem(trigger: Optional[str]) -> str:
    """Stem of the trigger's head (last) word, without punctuation or a possessive:
    '#Oscars' and "show's" are 'oscar' and 'show'."""
    words = words_of(trigger)
    if not words:
        return stem(trigger.split()[-1]) if trigger and trigger.split() else ""
    w = words[-1]
    w = w[:-2] if w.endswith("'s") else w
    return stem(w.strip("'-")) or stem(words[-1])


def _before_trigger(m: EventMention) -> list[str]:
    """The (up to four) words of the sentence right before the trigger, nearest last."""
    sent, trig = m.sentence or "", (m.trigger or "").strip()
    if not sent or not trig:
        return []
    pos = m.trigger_start - m.start if m.trigger_end > m.trigger_start >= m.start else -1
    if not (0 <= pos <= len(sent)) or not sent[pos:pos + len(trig)].lower() == trig.lower():
        pos = sent.lower().find(trig.lower())
    if pos < 0:
        return []
    return words_of(sent[max(0, pos - 60):pos])[-4:]


def _after_hyphen(m: EventMention) -> bool:
    sent, trig = (m.sentence or "").lower(), (m.trigger or "").strip().lower()
    pos = sent.find(trig) if trig else -1
    return pos > 0 and sent[pos - 1] == "-"


def _is_perfect(before: list[str]) -> bool:
    perfect = lexicon().perfect
    for w in reversed(before):
        if w in perfect:
            return True
        if w not in _PERFECT_FILLERS:
            return False
    return False


def _is_definite(before: list[str], landmark: bool) -> bool:
    """'the deal', 'the peace deal', 'under the agreement', 'the ceded territories'."""
    if not before:
        return False
    definite = lexicon().definite
    if before[-1] in definite:
        return True
    if not landmark:
        return False
    for w in reversed(before[-3:]):
        if w in definite:
            return True
        if w in _INDEFINITE:
            return False
    return False


def date_window(m: EventMention, fields: tuple[LexField, ...], published: Optional[int] = None) -> int:
    """0 when the mention's date is the event's; else how many days before it the event may lie.

    ``fields`` are those of the trigger's own words. A definite landmark ("the war", "the
    peace deal") or a perfect with a long-span cue ("since then ... had deployed") may refer
    years back; a perfect alone ("had reached"), a definite field word ("the ceded
    territories") or an event noun in a sentence stating no date refer to recent weeks. An
    event noun dated to its article's day is background ("said on Wednesday ... part of a
    deal that ended the fighting"): the day belongs to the reporting verb.
    """
    before = _before_trigger(m)
    landmark = any(f.landmark for f in fields)
    stated = states_its_date(m.sentence)
    longer = long_span(m.sentence)
    if fields and landmark and _is_definite(before, True) \
            and (m.date_precision in (None, "day") or not stated):
        return REFERENCE_WINDOW if longer else RECENT_WINDOW
    if _is_perfect(before):
        return REFERENCE_WINDOW if longer else INHERITED_WINDOW
    if fields and _is_definite(before, False) and m.date_precision in (None, "day"):
        return INHERITED_WINDOW
    # the trigger is the event noun itself ("deal", "operation"), not a verb phrase
    # (a past-tense "-ed" trigger is a verb, "deployed", "agreed", unless it is the tail of
    # a compound adjective in a noun phrase: "a Russia-brokered truce")
    trig = (m.trigger or "").strip().lower()
    nominal = bool(fields) and (landmark or bool(m.framing)) and len(trig.split()) == 1 \
        and (not trig.endswith("ed") or _after_hyphen(m))
    if nominal and not stated:
        return REFERENCE_WINDOW if longer and landmark else INHERITED_WINDOW
    preps = lexicon().background_preps
    background = any(w in preps for w in before[-4:])
    if nominal and background and published is not None and m.date_precision in (None, "day"):
        day = parse_day(m.date_start)
        if day is not None and abs(day - published) <= 1:
            return INHERITED_WINDOW
    return 0


def features(index: int, m: EventMention, published: Optional[str], source_key: str,
             doc_words: frozenset[str] = frozenset()) -> Feats:
    trig = (m.trigger or "").split()
    lex = {lexeme(w) for w in words_of(m.trigger)}
    frame = _head(m.framing)
    if frame:
        lex.add(frame)
    flds = fields_of(m.type, lex)
    if not flds:
        # a bare "agreed" takes its object's field: "agreed a ceasefire" is the accord,
        # "agreed to hand over" the handover
        head = object_head(m)
        if head:
            flds = fields_of(m.type, {head})
    lo0, hi0 = parse_day(m.date_start), parse_day(m.date_end or m.date_start, end=True)
    if lo0 is not None and hi0 is not None and hi0 - lo0 >= PERIOD_DAYS:
        # dated to a year or more: a happening "during the war in the 1990s" tells that war
        # at its own scale; it is compared as a mention of the war the sentence names
        war = fields_of(m.type, {lexeme(w) for w in words_of(m.sentence)})
        flds = tuple(sorted(set(flds) | {f for f in war if f.wide_place}, key=lambda f: f.name))
    trig_flds = fields_of(m.type, {lexeme(w) for w in words_of(m.trigger)})
    fam = family(m.type)
    for f in flds:
        if f.family:
            fam = f.family
            break
    lo = parse_day(m.date_start)
    hi = parse_day(m.date_end or m.date_start, end=True)
    strong = lo is not None
    if lo is not None and (hi is None or hi < lo):
        hi = lo
    weak = False
    slo = lo
    if lo is not None and hi is not None and m.date_precision in (None, "day", "week", "month"):
        window = date_window(m, trig_flds, parse_day(published))
        if window:
            lo, strong, weak = hi - window, False, True
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
    countries = {country} if country else set()
    for a in m.actors or []:
        k = actor_key(a.name, a.country, a.sector)
        if k not in ("n:", "-|-"):
            actors.setdefault(k, a.role)
        if a.country:
            countries.add(a.country)
    obj, args, topics = analyse(m)
    return Feats(index=index, mention=m, mention_id=mention_id_of(m), family=fam,
                 lo=lo, hi=hi, width=width, strong=strong, pid=pid, lat=lat, lon=lon,
                 country=country, admin1=admin1, level=level, radius=radius, actors=actors,
                 stem=_trigger_stem(m.trigger), frame=frame,
                 words=content_words(m.sentence), source_key=source_key, lex=frozenset(lex),
                 fields=flds, field_names=frozenset(f.name for f in flds),
                 countries=frozenset(countries), weak_date=weak, slo=slo,
                 period=strong and width >= 28 and any(x.wide_place for x in flds),
                 coded=tuple(k for k in actors if not k.startswith("n:")),
                 place_free=any(x.place_free for x in flds), wide_place=any(x.wide_place for x in flds),
                 reach=max((x.reach_km for x in flds), default=0.0), doc_words=doc_words,
                 obj=obj, args=args, topics=topics)


def km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Great-circle distance (haversine), km."""
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))
