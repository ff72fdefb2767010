"""Toponym resolution: choose one gazetteer entry per recognised span.

Evidence, cheapest first: population and feature type (prior), the phrasing around the
name ("X district", "city of X"), an explicit container ("Alexandria, La."), and the
document's geography (countries and first-level subdivisions of the other places, the
dateline, proximity). Weights were calibrated on LGL and GeoWebNews (bench/geo.py).
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Optional

from polemos.geo.gazetteer import Gazetteer
from polemos.geo.recognize import Match

AREA_FEATURES = frozenset({"region", "sea", "corridor", "strait", "canal", "islands",
                           "peninsula"})
SETTLEMENTS = frozenset({"city", "town", "village"})
ADMINS = frozenset({"admin1", "admin2"})

# Calibrated weights (see module docstring).
W_ALT = 1.5          # penalty when the name is only a GeoNames alternate name
W_COUNTRY = 1.5      # bonus for countries: a country name is rarely meant as a village
W_AREA = 9.0         # regions table: curated names outrank same-named admin units
W_CONTINENT = 8.0
W_ADMIN2 = 1.0       # admin2 prior penalty (summed populations overstate them)
W_NAMESAKE = 1.0     # admin1/2 yielding to a same-named settlement inside it
W_CUE = 3.0          # "X district" / "city of X" phrasing agreeing with the feature
W_FOCUS = 2.0        # share of the document's other places in the candidate's country
W_ADMIN_FOCUS = 3.5  # same, for the first-level subdivision
W_CONTAINER = 5.0    # explicit ", State" container
W_NEAR = 2.0         # another place of the document within 100 km
W_DATELINE = 2.0     # weight of the dateline among the document's places


@dataclass
class Resolved:
    match: Match
    ix: int
    score: float
    margin: float
    support: float


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def prior(gz: Gazetteer, ix: int, flag: int) -> float:
    f = gz.feature(ix)
    pop = float(gz.pop[ix])
    if f in AREA_FEATURES:
        s = W_AREA
    elif f == "continent":
        s = W_CONTINENT
    elif f == "country":
        s = max(math.log10(pop + 10), 5.0) + W_COUNTRY
    elif f == "admin2":
        s = math.log10(pop + 10) - W_ADMIN2
    else:
        s = math.log10(pop + 10)
    return s if flag else s - W_ALT


def _cue_score(gz: Gazetteer, ix: int, cues: set[str], namesake: bool) -> float:
    f = gz.feature(ix)
    s = 0.0
    if "admin" in cues:
        s += W_CUE if f in ADMINS else (-W_CUE / 2 if f in SETTLEMENTS else 0.0)
    elif "settlement" in cues:
        s += W_CUE if f in SETTLEMENTS else (-W_CUE if f in ADMINS else 0.0)
    elif namesake and f in ADMINS:
        s -= W_NAMESAKE
    return s


class _Context:
    """Geography of the document's other places (excluding one name group)."""

    def __init__(self) -> None:
        self.country: dict[str, float] = defaultdict(float)
        self.admin1: dict[int, float] = defaultdict(float)
        self.points: list[tuple[str, float, float]] = []
        self.total = 0.0

    def add(self, gz: Gazetteer, key: str, ix: int, w: float) -> None:
        c = gz.country_of(ix)
        if c:
            self.country[c] += w
        a1 = int(gz.admin1_ix[ix])
        if a1 >= 0:
            self.admin1[a1] += w
        if gz.feature(ix) in SETTLEMENTS or gz.feature(ix) in ADMINS:
            self.points.append((key, float(gz.lat[ix]), float(gz.lon[ix])))
        self.total += w


def resolve_matches(matches: list[Match], gz: Gazetteer, dateline_ix: Optional[int] = None,
            iterations: int = 2) -> list[Resolved]:
    """Pick the best candidate of every match; returns one Resolved per match."""
    if not matches:
        return []
    groups: dict[str, list[int]] = defaultdict(list)
    for mi, m in enumerate(matches):
        groups[m.key].append(mi)
    # a name is an admin unit's "namesake" when one of its settlements bears it
    namesake: dict[str, bool] = {}
    base: list[list[float]] = []
    for m in matches:
        ixs = [ix for ix, _ in m.cands]
        admins = {ix for ix in ixs if gz.feature(ix) in ADMINS}
        a1_of_admins = {int(gz.admin1_ix[a]) for a in admins}
        ns = any(int(gz.admin1_ix[ix]) in admins or int(gz.admin1_ix[ix]) in a1_of_admins
                 for ix in ixs if gz.feature(ix) in SETTLEMENTS)
        namesake[m.key] = namesake.get(m.key, False) or ns
    for m in matches:
        base.append([prior(gz, ix, fl) + _cue_score(gz, ix, m.cues, namesake[m.key])
                     for ix, fl in m.cands])
    win = [max(range(len(b)), key=b.__getitem__) for b in base]
    scores = [list(b) for b in base]
    supports = [0.0] * len(matches)
    for _ in range(iterations):
        new_win = list(win)
        for key, mis in groups.items():
            ctx = _Context()
            for mi, m in enumerate(matches):
                if m.key != key:
                    ctx.add(gz, m.key, m.cands[win[mi]][0], 1.0)
            if dateline_ix is not None:
                ctx.add(gz, "\0dateline", dateline_ix, W_DATELINE)
            for mi in mis:
                m = matches[mi]
                cont = m.container
                if cont is None and m.next_match is not None:
                    nm = matches[m.next_match]
                    cix = nm.cands[win[m.next_match]][0]
                    if gz.feature(cix) in ("admin1", "country"):
                        cont = cix
                sc, sup = [], []
                for ci, (ix, _fl) in enumerate(m.cands):
                    s_ctx = 0.0
                    if ctx.total > 0:
                        c = gz.country_of(ix)
                        s_ctx += W_FOCUS * ctx.country.get(c, 0.0) / ctx.total
                        a1 = int(gz.admin1_ix[ix])
                        if a1 >= 0 and gz.feature(ix) != "admin1":
                            s_ctx += W_ADMIN_FOCUS * ctx.admin1.get(a1, 0.0) / ctx.total
                        if gz.feature(ix) in SETTLEMENTS or gz.feature(ix) == "admin2":
                            lat, lon = float(gz.lat[ix]), float(gz.lon[ix])
                            if any(_haversine(lat, lon, la, lo) < 100.0
                                   for _k, la, lo in ctx.points[:50]):
                                s_ctx += W_NEAR
                    if cont is not None and cont != ix:
                        if gz.feature(cont) == "admin1" and int(gz.admin1_ix[ix]) == cont:
                            s_ctx += W_CONTAINER
                        elif gz.feature(cont) == "country" and \
                                gz.country_of(ix) == gz.country_of(cont):
                            s_ctx += W_CONTAINER
                    sc.append(base[mi][ci] + s_ctx)
                    sup.append(s_ctx)
                scores[mi] = sc
                best = max(range(len(sc)), key=sc.__getitem__)
                new_win[mi] = best
                supports[mi] = sup[best]
            # one sense per discourse: every mention of a name takes the group's best
            # unless its own phrasing cue disagrees
            tot = defaultdict(float)
            for mi in mis:
                for ci, (ix, _) in enumerate(matches[mi].cands):
                    tot[ix] += scores[mi][ci]
            gbest = max(tot, key=tot.__getitem__)
            for mi in mis:
                if not (matches[mi].cues & {"admin", "settlement"}):
                    new_win[mi] = next(ci for ci, (ix, _) in enumerate(matches[mi].cands)
                                       if ix == gbest)
        if new_win == win:
            break
        win = new_win
    out = []
    for mi, m in enumerate(matches):
        sc = scores[mi]
        b = win[mi]
        others = [s for ci, s in enumerate(sc) if m.cands[ci][0] != m.cands[b][0]]
        margin = sc[b] - max(others) if others else 5.0
        out.append(Resolved(m, m.cands[b][0], sc[b], margin, supports[mi]))
    return out
