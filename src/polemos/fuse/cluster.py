"""Blocked, average-link assignment of mentions to event clusters.

Blocking: a cluster is filed under keys (family, month, place/actor/article key); a new
mention looks only at clusters filed under the keys it queries, so the work per mention
depends on how many events share its month, family and neighbourhood, not on the size
of the whole collection (near-linear growth, see bench/fuse.py).

Linking: a mention joins the best candidate cluster whose members it contradicts none of
and whose average pair score reaches ``MERGE_AT``. Average link over the members (not
single link) stops chains: a vague "September, in the region" mention cannot glue two
distinct town-level events into one, because the town-level members veto each other.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Hashable, Iterable, Optional

from .features import TOLERANCE, Feats
from .similarity import NEAR_KM, pair_score

MERGE_AT = 1.2          # average pair score needed to join a cluster (see similarity.py)
MAX_COMPARE = 12        # members compared per cluster: bounded time for huge events
MAX_CANDIDATES = 400    # clusters examined per mention: bounded time for vague mentions
CELL_DEG = 0.5          # settlement grid (~55 km of latitude)
BIG_DEG = 5.0           # area grid (~550 km of latitude)


@dataclass
class Cluster:
    cid: int
    members: list[Feats] = field(default_factory=list)
    event_id: Optional[str] = None      # kept from an existing event
    touched: bool = True                # rebuilt into an Event
    keys: set[Hashable] = field(default_factory=set)


def _months(f: Feats, query: bool = False) -> list[Optional[int]]:
    if f.lo is None:
        return [None]
    tol = TOLERANCE.get(f.mention.date_precision or "day", 0) if f.strong else 0
    a, b = dt.date.fromordinal(f.lo - tol), dt.date.fromordinal(f.hi + tol)
    first, last = a.year * 12 + a.month - 1, b.year * 12 + b.month - 1
    if f.weak_date:
        # A reference back ("the deal", "had deployed") is filed where its sentence is dated
        # and looks for its event in every month of its window (latest first).
        return list(range(last, first - 1, -1)) if query else [last]
    if last - first > 24:           # a vague multi-year span: file it by its years' ends only
        return [first, last]
    return list(range(first, last + 1))


def _lex_keys(f: Feats) -> list[tuple]:
    """Landmark events (wars, accords) are also filed by their lexical field and the
    countries involved: their places are too loose for the place keys alone."""
    out: list[tuple] = []
    for fld in f.fields:
        if fld.landmark:
            out += [("lex", fld.name, c) for c in sorted(f.countries)] or [("lex", fld.name, "-")]
    return out


def _cells(lat: float, lon: float, deg: float, radius_km: float) -> list[tuple[int, int]]:
    cy, cx = math.floor(lat / deg), math.floor(lon / deg)
    ky = max(1, math.ceil(radius_km / (111.2 * deg)))
    kx = max(1, math.ceil(radius_km / (111.2 * deg * max(0.1, math.cos(math.radians(lat))))))
    return [(cy + dy, cx + dx) for dy in range(-ky, ky + 1) for dx in range(-kx, kx + 1)]


def _word_keys(f: Feats) -> list[tuple]:
    """Mentions without a place are also filed by their trigger's stem and lexical fields:
    text-only mentions (no date, no place) find the events told in the same words first,
    however many other placeless events the collection holds."""
    keys = [("noloc-w", f.stem[:4])] if f.stem else []
    if f.frame and f.frame != f.stem:
        keys.append(("noloc-w", f.frame))
    return keys + [("noloc-f", n) for n in sorted(f.field_names)]


def _place_index_keys(f: Feats) -> list[tuple]:
    keys: list[tuple] = [("doc", f.mention.doc_id)]
    keys += [("act", k) for k in f.actors]
    if f.level < 0:
        keys += _word_keys(f)
        keys.append(("noloc",))
        keys += [("noloc-act", k) for k in f.actors]
        return keys
    if f.pid:
        keys.append(("pid", f.pid))
    if f.country:
        keys.append(("inctry", f.country))
    if f.lat is not None:
        keys.append(("big", math.floor(f.lat / BIG_DEG), math.floor(f.lon / BIG_DEG)))
        if f.level == 3:
            keys.append(("cell", math.floor(f.lat / CELL_DEG), math.floor(f.lon / CELL_DEG)))
    if f.level in (1, 2) and f.lat is not None:
        keys.append(("area", math.floor(f.lat / BIG_DEG), math.floor(f.lon / BIG_DEG)))
    if f.level in (1, 2) and f.country and f.admin1:
        keys.append(("admR", f.country, f.admin1))
    if f.level == 0 and f.country:
        keys.append(("ctryR", f.country))
    return keys


def _place_query_keys(f: Feats) -> list[tuple]:
    keys: list[tuple] = [("doc", f.mention.doc_id)]
    if f.level < 0:
        keys += [("act", k) for k in f.actors]
        keys += _word_keys(f)
        keys.append(("noloc",))
        return keys
    keys += [("noloc-act", k) for k in f.actors]
    if f.pid:
        keys.append(("pid", f.pid))
    if f.country:
        keys.append(("ctryR", f.country))
        if f.admin1:
            keys.append(("admR", f.country, f.admin1))
    if f.lat is not None:
        keys += [("area",) + c for c in _cells(f.lat, f.lon, BIG_DEG, 300.0)]
        if f.level == 3:
            keys += [("cell",) + c for c in _cells(f.lat, f.lon, CELL_DEG, NEAR_KM)]
        else:
            keys += [("big",) + c for c in _cells(f.lat, f.lon, BIG_DEG, max(f.radius, NEAR_KM))]
    if f.level == 0 and f.country:
        keys.append(("inctry", f.country))
    return keys


class Clusterer:
    """Holds the clusters and their blocking index; add mentions one at a time."""

    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        self.index: dict[Hashable, list[int]] = defaultdict(list)

    def _file(self, c: Cluster, f: Feats) -> None:
        months = _months(f)
        place_keys = _place_index_keys(f) + _lex_keys(f)
        for month in months:
            for k in place_keys:
                key = (f.family, month) + k
                if key not in c.keys:
                    c.keys.add(key)
                    self.index[key].append(c.cid)
        for k in _lex_keys(f):
            # a landmark is also filed without its month: a span of decades ("the conflict
            # since the 1990s") is filed and looked up by its ends only
            key = (f.family, None) + k
            if key not in c.keys:
                c.keys.add(key)
                self.index[key].append(c.cid)
        if months != [None]:
            # Undated mentions look for their event by place, actors or article only.
            for k in place_keys:
                if k[0] in ("pid", "act", "doc"):
                    key = (f.family, None) + k
                    if key not in c.keys:
                        c.keys.add(key)
                        self.index[key].append(c.cid)

    def seed(self, members: list[Feats], event_id: Optional[str]) -> Cluster:
        """An already-merged event (incremental runs): kept as is unless a mention joins it."""
        c = Cluster(cid=len(self.clusters), event_id=event_id, touched=False)
        self.clusters.append(c)
        for f in members:
            c.members.append(f)
            self._file(c, f)
        return c

    def candidates(self, f: Feats) -> Iterable[Cluster]:
        seen: dict[int, None] = {}
        keys = _place_query_keys(f) + _lex_keys(f)
        months = _months(f, query=True)
        if f.lo is not None and f.hi - f.lo > 730 and _lex_keys(f):
            # a vague multi-year landmark: every event of its field and countries
            for k in _lex_keys(f):
                for cid in self.index.get((f.family, None) + k, ()):
                    if cid not in seen:
                        seen[cid] = None
        for month in months:
            for k in keys:
                for cid in self.index.get((f.family, month) + k, ()):
                    if cid not in seen:
                        seen[cid] = None
                        if len(seen) >= MAX_CANDIDATES:
                            return [self.clusters[i] for i in seen]
        return [self.clusters[i] for i in seen]

    def join(self, c: Cluster, f: Feats) -> Cluster:
        """Put ``f`` into ``c`` without comparing (a syndicated copy of a member)."""
        c.members.append(f)
        c.touched = True
        self._file(c, f)
        return c

    def add(self, f: Feats) -> Cluster:
        best, best_score = None, MERGE_AT
        for c in self.candidates(f):
            total, n, top = 0.0, 0, -9.0
            for g in c.members[:MAX_COMPARE]:
                s = pair_score(f, g)
                if s is None:
                    break
                total += s
                n += 1
                if s > top:
                    top = s
            else:
                # Half the mean (no member may be far off), half the best match (one
                # article's many sub-events of a day must not outvote its fellow report).
                score = (total / n + top) / 2 if n else 0.0
                if n and score >= best_score and (best is None or score > best_score):
                    best, best_score = c, score
        if best is None:
            best = Cluster(cid=len(self.clusters))
            self.clusters.append(best)
        best.members.append(f)
        best.touched = True
        self._file(best, f)
        return best
