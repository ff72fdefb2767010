"""The ``geo`` stage: offline gazetteer, toponym recognition and resolution.

Public API (used by the pipeline, the actor stage and the CLI)::

    from polemos.geo import Gazetteer, find_places, demonym_country, resolve_name
    gz = Gazetteer.load()                      # builds the index once into the cache dir
    places = find_places(text, gz, dateline="MOSCOW")   # -> list[PlaceMention]
    demonym_country("Azerbaijani")             # -> "AZE"
    resolve_name("Bakhmut", gz)                # -> PlaceMention (start=end=0) or None

place_id schemes: ``geonames:<id>`` (settlements, admin2 units without an ISO code,
continents), ``iso3166-2:<code>`` (subdivisions), ``iso3166-1:<alpha3>`` (countries),
``region:<slug>`` (regions table). Features: country, admin1, admin2, city (pop >= 100k),
town (>= 10k), village, continent, region, sea, corridor, strait, canal, islands, peninsula.
"""
from __future__ import annotations

import math
from typing import Any, Optional

from polemos.geo.gazetteer import Entry, Gazetteer
from polemos.geo.lexicon import area_adjective_place, demonym_country
from polemos.geo.recognize import Match, find_toponyms
from polemos.geo.resolve import SETTLEMENTS, Resolved, prior, resolve_matches
from polemos.model import PlaceMention

__all__ = ["Gazetteer", "find_places", "demonym_country", "resolve_name", "resolve_spans",
           "Entry"]

# A resolved settlement with population below ~3,000 (prior < 3.5), no phrasing cue and
# no support from the document's geography is dropped: on LGL/GeoWebNews such matches were
# mostly surnames and ordinary words colliding with tiny villages.
MIN_UNSUPPORTED_PRIOR = 3.5


def _mention(gz: Gazetteer, ix: int, start: int, end: int, text: str,
             confidence: float) -> PlaceMention:
    e = gz.entry(ix)
    return PlaceMention(start=start, end=end, text=text, place_id=e.place_id, name=e.name,
                        lat=e.lat, lon=e.lon, country=e.country, admin1=e.admin1,
                        feature=e.feature, confidence=round(confidence, 3))


def _confidence(r: Resolved) -> float:
    sure = 1.0 / (1.0 + math.exp(-r.margin))
    rec = 0.9 if (r.match.cues & {"prep", "ner", "admin", "settlement"}) else 0.75
    if "title" in r.match.cues:
        rec = 0.65
    return sure * rec


def _keep(gz: Gazetteer, r: Resolved) -> bool:
    m = r.match
    if "person_verb" in m.cues and gz.feature(r.ix) in SETTLEMENTS:
        return False
    flag = next(fl for ix, fl in m.cands if ix == r.ix)
    p = prior(gz, r.ix, flag)
    strong = m.cues & {"prep", "ner", "admin", "settlement"}
    if "title" in m.cues and p < 4.5 and r.support < 1.0:
        return False
    if p < MIN_UNSUPPORTED_PRIOR and not strong and r.support < 1.0:
        return False
    return True


def _dateline_ix(dateline: Optional[str], gz: Gazetteer) -> Optional[int]:
    if not dateline or not isinstance(dateline, str):
        return None
    best = _best_by_prior(dateline.strip().split(",")[0], gz)
    return best[0] if best else None


def _best_by_prior(name: str, gz: Gazetteer) -> Optional[tuple[int, int]]:
    cands = gz.lookup(name)
    if not cands:
        return None
    return max(cands, key=lambda c: prior(gz, c[0], c[1]))


def find_places(text: str, gazetteer: Gazetteer, dateline: str | None = None,
                spacy_doc: Any = None) -> list[PlaceMention]:
    """Places named in ``text``; offsets index ``text`` exactly. Never raises on bad input."""
    if not isinstance(text, str) or not text.strip() or gazetteer is None:
        return []
    matches = find_toponyms(text, gazetteer, spacy_doc)
    res = resolve_matches(matches, gazetteer, _dateline_ix(dateline, gazetteer))
    out = []
    for r in res:
        if _keep(gazetteer, r):
            m = r.match
            out.append(_mention(gazetteer, r.ix, m.start, m.end, m.text, _confidence(r)))
    return out


def resolve_spans(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer,
                  dateline: str | None = None) -> list[Optional[PlaceMention]]:
    """Resolve given toponym spans (resolution alone, e.g. on gold spans); one result
    (or None when the name is not in the gazetteer) per span."""
    from polemos.geo.lexicon import admin_abbrev
    from polemos.geo.normalize import fold
    matches: list[Match] = []
    where: list[int] = []
    for si, (s, e) in enumerate(spans):
        k = fold(text[s:e])
        # a demonym stands for its country, a dotted abbreviation for its subdivision
        cands = _fallback_candidates(text[s:e], k, gazetteer, admin_abbrev())
        if not cands:
            cands = gazetteer.lookup_keys([k])[0] if k else []
        if not cands:
            continue
        m = Match(s, e, text[s:e], k, cands, -1, -1)
        before = text[max(0, s - 12):s].lower().split()
        after = text[e:e + 15].lower().split()
        if after and after[0].strip(".,;") in ("district", "region", "province", "county",
                                               "oblast", "governorate", "state", "parish"):
            m.cues.add("admin")
        elif len(before) >= 2 and before[-1] == "of" and before[-2] in ("city", "town",
                                                                        "village"):
            m.cues.add("settlement")
        matches.append(m)
        where.append(si)
    for a in range(len(matches) - 1):
        if text[matches[a].end:matches[a + 1].start].strip() == ",":
            matches[a].next_match = a + 1
    res = resolve_matches(matches, gazetteer, _dateline_ix(dateline, gazetteer))
    out: list[Optional[PlaceMention]] = [None] * len(spans)
    for si, r in zip(where, res):
        out[si] = _mention(gazetteer, r.ix, r.match.start, r.match.end, r.match.text,
                           _confidence(r))
    return out


def _fallback_candidates(span: str, key: str, gz: Gazetteer,
                         abbrev: dict[str, str]) -> list[tuple[int, int]]:
    """A given span the name index lacks: a demonym stands for its country ("Russian"),
    a news-style abbreviation for its subdivision ("W.Va.")."""
    a3 = demonym_country(span)
    if a3:
        ix = gz.country_entry(a3)
        return [(ix, 1)] if ix is not None else []
    area = area_adjective_place(span)
    if area:
        best = _best_by_prior(area, gz)
        return [best] if best else []
    code = abbrev.get(key) if "." in span else None
    if code:
        ent = gz.by_id(f"iso3166-2:{code}")
        return [(ent.ix, 1)] if ent else []
    return []


def resolve_name(name: str, gazetteer: Gazetteer) -> Optional[PlaceMention]:
    """Best entry for a bare name (CLI ``--place``, datelines): population and feature
    prior, a settlement preferred to its same-named district. Returns a PlaceMention with
    start=0, end=len(name), or None when unknown."""
    if not isinstance(name, str) or not name.strip() or gazetteer is None:
        return None
    from polemos.geo.normalize import fold
    name = name.strip()[:200]
    k = fold(name)
    cands = gazetteer.lookup_keys([k])[0] if k else []
    if not cands:
        return None
    r = resolve_matches([Match(0, len(name), name, k, cands, -1, -1)], gazetteer)[0]
    return _mention(gazetteer, r.ix, 0, len(name), name, _confidence(r))
