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

import numpy as np

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
W_ADMIN_FOCUS = 3.5  # same, for the first-level subdivision (a subdivision itself counts
                     # the places inside it: "Montana" with "Helena" and "Shelby")
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
        # proximity evidence comes from settlements and counties; a state's or region's
        # representative point is no place to be near ("Louisville" beside "Mississippi"
        # is not the village near the middle of that state)
        if gz.feature(ix) in _POINT_FEATURES:
            self.points.append((key, float(gz.lat[ix]), float(gz.lon[ix])))
        self.total += w


def resolve_matches(matches: list[Match], gz: Gazetteer, dateline_ix: Optional[int] = None,
                    iterations: int = 4) -> list[Resolved]:
    """Pick the best candidate of every match; returns one Resolved per match.

    Names are decided together: each name's candidates are scored against the current
    choices of the other names (updated in place, so two names cannot swap back and forth),
    starting once from the population priors and once from the jointly most coherent
    choice (see :func:`_coherent_start`); the start whose final choices score higher
    overall wins ("Huntsville" + "Walker County" -> both in Texas, though the bigger
    Huntsville is in Alabama)."""
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
    prior_win = [max(range(len(b)), key=b.__getitem__) for b in base]
    best = _settle(matches, groups, base, gz, dateline_ix, prior_win, iterations)
    if len(groups) > 1:
        start = _coherent_start(matches, groups, base, gz, prior_win)
        if start != prior_win:
            alt = _settle(matches, groups, base, gz, dateline_ix, start, iterations)
            if alt[3] > best[3] + 1e-9:
                best = alt
    win, scores, supports, _total = best
    out = []
    for mi, m in enumerate(matches):
        sc = scores[mi]
        b = win[mi]
        others = [s for ci, s in enumerate(sc) if m.cands[ci][0] != m.cands[b][0]]
        margin = sc[b] - max(others) if others else 5.0
        out.append(Resolved(m, m.cands[b][0], sc[b], margin, supports[mi]))
    return out


def _score_group(matches: list[Match], key: str, mis: list[int], base: list[list[float]],
                 gz: Gazetteer, dateline_ix: Optional[int], win: list[int]
                 ) -> tuple[list[list[float]], list[list[float]]]:
    """Scores (prior + cues + context) and context supports of one name's candidates,
    given the other names' current choices."""
    ctx = _Context()
    for mi, m in enumerate(matches):
        if m.key != key:
            ctx.add(gz, m.key, m.cands[win[mi]][0], 1.0)
    if dateline_ix is not None:
        ctx.add(gz, "\0dateline", dateline_ix, W_DATELINE)
    out_sc, out_sup = [], []
    for mi in mis:
        m = matches[mi]
        cont = m.container
        if cont is None and m.next_match is not None:
            nm = matches[m.next_match]
            cix = nm.cands[win[m.next_match]][0]
            if gz.feature(cix) in ("admin1", "country"):
                cont = cix
        near = _near_points(gz, m.cands, ctx.points[:50]) if ctx.total > 0 else None
        sc, sup = [], []
        for ci, (ix, _fl) in enumerate(m.cands):
            s_ctx = 0.0
            if ctx.total > 0:
                c = gz.country_of(ix)
                s_ctx += W_FOCUS * ctx.country.get(c, 0.0) / ctx.total
                a1 = int(gz.admin1_ix[ix])
                if a1 >= 0:
                    s_ctx += W_ADMIN_FOCUS * ctx.admin1.get(a1, 0.0) / ctx.total
                if near is not None and near[ci]:
                    s_ctx += W_NEAR
            if cont is not None and cont != ix:
                if gz.feature(cont) == "admin1" and int(gz.admin1_ix[ix]) == cont:
                    s_ctx += W_CONTAINER
                elif gz.feature(cont) == "country" and \
                        gz.country_of(ix) == gz.country_of(cont):
                    s_ctx += W_CONTAINER
            sc.append(base[mi][ci] + s_ctx)
            sup.append(s_ctx)
        out_sc.append(sc)
        out_sup.append(sup)
    return out_sc, out_sup


def _near_points(gz: Gazetteer, cands: list[tuple[int, int]],
                 points: list[tuple[str, float, float]]) -> Optional[list[bool]]:
    """For each candidate: a settlement or county within 100 km of one of ``points``
    (vectorised: this test dominated resolution time)."""
    if not points:
        return None
    ixs = np.fromiter((ix for ix, _ in cands), dtype=np.int64, count=len(cands))
    lat = np.radians(gz.lat[ixs].astype(np.float64))[:, None]
    lon = np.radians(gz.lon[ixs].astype(np.float64))[:, None]
    plat = np.radians(np.fromiter((p[1] for p in points), dtype=np.float64))[None, :]
    plon = np.radians(np.fromiter((p[2] for p in points), dtype=np.float64))[None, :]
    h = np.sin((plat - lat) / 2) ** 2 + np.cos(lat) * np.cos(plat) * \
        np.sin((plon - lon) / 2) ** 2
    hit = (12742.0 * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0))) < 100.0).any(axis=1)
    feats = gz.feat[ixs]
    return [bool(x) and gz.features[int(f)] in _POINT_FEATURES for x, f in zip(hit, feats)]


_POINT_FEATURES = SETTLEMENTS | {"admin2"}


def _settle(matches: list[Match], groups: dict[str, list[int]], base: list[list[float]],
            gz: Gazetteer, dateline_ix: Optional[int], start: list[int], iterations: int
            ) -> tuple[list[int], list[list[float]], list[float], float]:
    """Update each name's choice in turn against the others' until nothing changes.
    Returns (choices, scores, supports, total score of the choices)."""
    win = list(start)
    scores = [list(b) for b in base]
    supports = [0.0] * len(matches)

    def update(key: str, mis: list[int]) -> bool:
        changed = False
        g_sc, g_sup = _score_group(matches, key, mis, base, gz, dateline_ix, win)
        for mi, sc, sup in zip(mis, g_sc, g_sup):
            scores[mi] = sc
            b = max(range(len(sc)), key=sc.__getitem__)
            supports[mi] = sup[b]
            if b != win[mi]:
                win[mi] = b
                changed = True
        # one sense per discourse: every mention of a name takes the group's best
        # unless its own phrasing cue disagrees
        tot: dict[int, float] = defaultdict(float)
        for mi in mis:
            for ci, (ix, _) in enumerate(matches[mi].cands):
                tot[ix] += scores[mi][ci]
        gbest = max(tot, key=tot.__getitem__)
        for mi, sup in zip(mis, g_sup):
            if matches[mi].cues & {"admin", "settlement"}:
                continue
            ci = next((c for c, (ix, _) in enumerate(matches[mi].cands) if ix == gbest), None)
            if ci is not None:
                supports[mi] = sup[ci]
                if ci != win[mi]:
                    win[mi] = ci
                    changed = True
        return changed

    # names with one candidate never change: score them once, after the others settle
    fixed = {k for k, mis in groups.items() if all(len(matches[mi].cands) == 1 for mi in mis)}
    for _ in range(iterations):
        changed = False
        for key, mis in groups.items():
            if key not in fixed:
                changed |= update(key, mis)
        if not changed:
            break
    for key in fixed:
        update(key, groups[key])
    total = sum(scores[mi][win[mi]] for mi in range(len(matches)))
    return win, scores, supports, total


# Candidates per name considered by the joint start: the few most likely by prior, and
# none more than JOINT_MAX_COST below the name's best prior (about a 1000-fold smaller
# population), else two names collude on small same-state namesakes ("Liverpool" and
# "Roma" as football clubs -> two villages in New York). Chosen on the even-numbered
# LGL/GeoWebNews documents (2.5-3 best; 0 = off, 99 = no cap), odd ones checked.
JOINT_TOP = 8
JOINT_MAX_COST = 3.0


def _coherent_start(matches: list[Match], groups: dict[str, list[int]],
                    base: list[list[float]], gz: Gazetteer, prior_win: list[int]
                    ) -> list[int]:
    """Each name's candidate that best fits the other names' candidates: its prior plus,
    per other name, the best (compatibility - that name's prior cost) over that name's
    candidates, weighted by mentions. Order-free, so a pair of names that only agree in
    their second readings (a town and its county) can be found together."""
    keys = list(groups)
    rep = [groups[k][0] for k in keys]
    top: list[list[int]] = []
    for mi in rep:
        b = base[mi]
        order = sorted(range(len(b)), key=lambda ci: -b[ci])[:JOINT_TOP]
        top.append([ci for ci in order if b[ci] >= b[order[0]] - JOINT_MAX_COST])
    flat = [(g, ci) for g, cis in enumerate(top) for ci in cis]
    ixs = np.asarray([matches[rep[g]].cands[ci][0] for g, ci in flat], dtype=np.int64)
    lat = np.radians(gz.lat[ixs].astype(np.float64))
    lon = np.radians(gz.lon[ixs].astype(np.float64))
    cc = gz.country_ix[ixs].astype(np.int64)
    a1 = gz.admin1_ix[ixs].astype(np.int64)
    fcode = gz.feat[ixs]
    point = np.isin(fcode, [gz.features.index(f) for f in _POINT_FEATURES])
    dl = lat[:, None] - lat[None, :]
    dn = lon[:, None] - lon[None, :]
    h = np.sin(dl / 2) ** 2 + np.cos(lat)[:, None] * np.cos(lat)[None, :] * np.sin(dn / 2) ** 2
    near = (12742.0 * np.arcsin(np.sqrt(np.clip(h, 0, 1))) < 100.0) & point[:, None] & \
        point[None, :]
    same_a1 = (a1[:, None] == a1[None, :]) & (a1[:, None] >= 0)
    compat = W_FOCUS * (cc[:, None] == cc[None, :]) + W_ADMIN_FOCUS * same_a1 + W_NEAR * near
    gbase = np.asarray([base[rep[g]][ci] for g, ci in flat])
    gidx = np.asarray([g for g, _ in flat])
    best_base = np.asarray([base[rep[g]][top[g][0]] for g in range(len(keys))])
    val = compat - (best_base[gidx] - gbase)[None, :]
    weight = np.asarray([len(groups[k]) for k in keys], dtype=np.float64)
    total_w = weight.sum()
    opt = gbase.copy()
    for g in range(len(keys)):
        cols = gidx == g
        best_h = val[:, cols].max(axis=1)
        own = gidx == g
        contrib = np.where(own, 0.0, weight[g] * best_h)
        opt += contrib / np.maximum(total_w - weight[gidx], 1.0)
    start = list(prior_win)
    for g, k in enumerate(keys):
        rows = np.nonzero(gidx == g)[0]
        ci = flat[int(rows[int(np.argmax(opt[rows]))])][1]
        ix = matches[rep[g]].cands[ci][0]
        for mi in groups[k]:
            start[mi] = next((c for c, (x, _) in enumerate(matches[mi].cands) if x == ix),
                             prior_win[mi])
    return start
