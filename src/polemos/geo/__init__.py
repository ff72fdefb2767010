"""The ``geo`` stage: offline gazetteer, toponym recognition and resolution.

Public API (used by the pipeline, the actor stage and the CLI)::

    from polemos.geo import Gazetteer, find_places, demonym_country, resolve_name
    gz = Gazetteer.load()                      # builds the index once into the cache dir
    places = find_places(text, gz, dateline="MOSCOW")   # -> list[PlaceMention]
    demonym_country("Azerbaijani")             # -> "AZE"
    resolve_name("Bakhmut", gz)                # -> PlaceMention (start=end=0) or None

place_id schemes: ``geonames:<id>`` (settlements, admin2 units without an ISO code,
continents), ``iso3166-2:<code>`` (subdivisions), ``iso3166-1:<alpha3>`` (countries),
``region:<slug>`` (regions table), ``local:<slug>@<place_id>`` (a street, building or
other local feature the gazetteer lacks, located at the document's focus place).
Features: country, admin1, admin2, city (pop >= 100k), town (>= 10k), village, continent,
region, sea, corridor, strait, canal, islands, peninsula, local.
"""
from __future__ import annotations

import math
from typing import Any, Optional

from polemos.geo.fallback import comma_qualified, embedded_place, focus_index, \
    initialism_place, is_thoroughfare, local_heads, local_mention, local_names
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
# Fallbacks for names the gazetteer lacks (see polemos.geo.fallback): an embedded place
# ("Colchester General Hospital") keeps this share of its confidence; a local feature
# located at the document's focus gets this confidence; an embedded settlement smaller
# than ~WEAK_EMBEDDED_PRIOR (log10 population) without document support yields to the focus.
EMBEDDED_CONFIDENCE = 0.7
LOCAL_CONFIDENCE = 0.35
WEAK_EMBEDDED_PRIOR = 5.0
LOCAL_NAMES = True             # find_places also reports local-feature names (ablation switch)
MAX_LOCAL_CHARS = 2_000_000    # bounded work on huge input, as in recognize.MAX_CHARS


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
    """Places named in ``text``; offsets index ``text`` exactly. Never raises on bad input.
    Local features the gazetteer lacks ("Collins Avenue", "Royal Infirmary") come back
    with feature ``local``, located at a place named inside them or at the document's
    focus locality."""
    if not isinstance(text, str) or not text.strip() or gazetteer is None:
        return []
    matches = find_toponyms(text, gazetteer, spacy_doc)
    dl = _dateline_ix(dateline, gazetteer)
    res = resolve_matches(matches, gazetteer, dl)
    out = []
    for r in res:
        if _keep(gazetteer, r):
            m = r.match
            out.append(_mention(gazetteer, r.ix, m.start, m.end, m.text, _confidence(r)))
    if LOCAL_NAMES:
        out = _add_local_names(text, gazetteer, out, dl)
    return out


def _add_local_names(text: str, gz: Gazetteer, found: list[PlaceMention],
                     dateline_ix: Optional[int]) -> list[PlaceMention]:
    """Local-feature names not already covered by a found place."""
    spans = local_names(text[:MAX_LOCAL_CHARS])
    if not spans:
        return found
    # a street named after a place is not in it: "Baghdad Street" in a Mosul story
    # replaces the settlement found inside it (a county inside "Douglas County Road" stays)
    drop: set[int] = set()
    for s, e in spans:
        if is_thoroughfare(text[s:e]):
            inner = [i for i, p in enumerate(found) if s <= p.start and p.end <= e
                     and (p.start, p.end) != (s, e)]
            if inner and all(found[i].feature not in ("admin1", "admin2") for i in inner):
                drop.update(inner)
    if drop:
        found = [p for i, p in enumerate(found) if i not in drop]
    spans = [(s, e) for s, e in spans
             if not any(p.start < e and s < p.end for p in found)]
    if not spans:
        return found
    focus = focus_index(((gz.by_id(p.place_id).ix, p.confidence) for p in found
                         if gz.by_id(p.place_id) is not None), gz)
    if focus is None:
        focus = dateline_ix
    extra: list[PlaceMention] = []
    for s, e in spans:
        emb = embedded_place(text[s:e], gz)
        if emb is not None:
            r = resolve_matches([Match(s, e, text[s:e], emb.key, emb.cands, -1, -1)], gz,
                                focus)[0]
            if focus is None or not _weak_embedded(gz, r):
                extra.append(_mention(gz, r.ix, s, e, text[s:e],
                                      _confidence(r) * EMBEDDED_CONFIDENCE))
                continue
        if focus is not None:
            extra.append(local_mention(gz, focus, s, e, text[s:e], LOCAL_CONFIDENCE))
    return sorted(found + extra, key=lambda p: p.start)


def resolve_spans(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer,
                  dateline: str | None = None) -> list[Optional[PlaceMention]]:
    """Resolve given toponym spans (resolution alone, e.g. on gold spans); one result per
    span. A name the gazetteer lacks is answered by a known place named inside it
    ("Colchester General Hospital") or else located at the document's focus locality
    (feature ``local``); None only when neither exists."""
    from polemos.geo.lexicon import admin_abbrev
    from polemos.geo.normalize import fold
    if not isinstance(text, str) or gazetteer is None or not spans:
        return [None] * (len(spans) if isinstance(spans, list) else 0)
    matches: list[Match] = []
    where: list[int] = []
    unknown: list[int] = []
    embedded: set[int] = set()
    for si, (s, e) in enumerate(spans):
        if not (0 <= s < e <= len(text)):
            continue
        k = fold(text[s:e])
        # a demonym stands for its country, a dotted abbreviation for its subdivision
        cands = _fallback_candidates(text[s:e], k, gazetteer, admin_abbrev())
        if not cands:
            cands = gazetteer.lookup_keys([k])[0] if k else []
        container = None
        if not cands and "," in text[s:e]:
            cq = comma_qualified(text[s:e], gazetteer, admin_abbrev())
            if cq is not None:     # its own name group: "Washington, D.C." is no state
                k, cands, container = f"{cq[0]}, {gazetteer.ids[cq[2]]}", cq[1], cq[2]
        if not cands:
            emb = embedded_place(text[s:e], gazetteer)
            if emb is None:
                unknown.append(si)
                continue
            k, cands = emb.key, emb.cands
            embedded.add(len(matches))
        m = Match(s, e, text[s:e], k, cands, -1, -1, container=container)
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
    dl = _dateline_ix(dateline, gazetteer)
    res = resolve_matches(matches, gazetteer, dl)
    out: list[Optional[PlaceMention]] = [None] * len(spans)
    focus = focus_index(((r.ix, _confidence(r)) for mi, r in enumerate(res)
                         if mi not in embedded), gazetteer)
    if focus is None:
        focus = dl
    for mi, (si, r) in enumerate(zip(where, res)):
        conf = _confidence(r)
        m = r.match
        if mi in embedded:
            conf *= EMBEDDED_CONFIDENCE
            if focus is not None and _weak_embedded(gazetteer, r):
                out[si] = local_mention(gazetteer, focus, m.start, m.end, m.text,
                                        conf * LOCAL_CONFIDENCE)
                continue
        out[si] = _mention(gazetteer, r.ix, m.start, m.end, m.text, conf)
    countries: dict[str, float] = {}
    for mi, r in enumerate(res):
        if mi not in embedded:
            c = gazetteer.country_of(r.ix)
            countries[c] = countries.get(c, 0.0) + 1.0
    for si in unknown:
        s, e = spans[si]
        ini = initialism_place(text[s:e], gazetteer, countries)
        if ini is not None:
            out[si] = _mention(gazetteer, ini, s, e, text[s:e], LOCAL_CONFIDENCE)
        elif focus is not None:
            out[si] = local_mention(gazetteer, focus, s, e, text[s:e], LOCAL_CONFIDENCE)
    return out


def _weak_embedded(gz: Gazetteer, r: Resolved) -> bool:
    """An embedded small settlement with no support from the document ("Carnegie
    Library" -> a hamlet called Carnegie) is weaker evidence than the focus place; a
    street named after a place ("Memphis Street") is rarely in it, unless the place is a
    subdivision ("Douglas County Road"); nor is a site named by an adjective ("French
    Quarter", "British Embassy")."""
    if is_thoroughfare(r.match.text):
        return gz.feature(r.ix) not in ("admin1", "admin2")
    if (demonym_country(r.match.key) or area_adjective_place(r.match.key)) and \
            r.match.text.split()[-1].lower() in local_heads():
        return True           # a site named by an adjective: "French Quarter", "British Embassy"
    if gz.feature(r.ix) not in SETTLEMENTS:
        return False
    flag = next(fl for ix, fl in r.match.cands if ix == r.ix)
    return prior(gz, r.ix, flag) < WEAK_EMBEDDED_PRIOR and r.support < 1.0


def _fallback_candidates(span: str, key: str, gz: Gazetteer,
                         abbrev: dict[str, str]) -> list[tuple[int, int]]:
    """A given span the name index lacks: a demonym stands for its country ("Russian"),
    a news-style abbreviation for its subdivision ("W.Va.")."""
    area = area_adjective_place(span)     # before demonyms: "English" -> England
    if area:
        best = _best_by_prior(area, gz)
        if best:
            return [best]
    a3 = demonym_country(span)
    if a3:
        ix = gz.country_entry(a3)
        return [(ix, 1)] if ix is not None else []
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
