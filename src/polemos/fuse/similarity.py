"""How strongly two mentions look like one real-world event (None: they cannot be).

Each comparison gives a score per kind of evidence; a pair must show at least two kinds
(date, place, actors, wording) and no contradiction; with neither date nor place in
common it must share actors AND wording. Weights are equal and
the merge threshold (``MERGE_AT`` in cluster.py) was set on hand-built cases in
tests/fuse: the same day and place merge; "late September" with "September 27" at the
same town merges; one day apart at towns 30 km apart merges; different days, different
districts or contradicting countries never merge.
"""
from __future__ import annotations

from typing import Optional

from .features import POINT_LEVEL, TOLERANCE, Feats, km
from .lexicon import lexicon

# Two settlements farther apart than this are different places for one event. 50 km:
# outlets place one strike at the village hit, the nearest town or the district centre,
# which in the districts of the seeds and of the other wars we tried lie 10-45 km apart.
NEAR_KM = 50.0
CLOSE_KM = 10.0
# When a place is missing on either side, the pair needs shared actors (or the same article).
DIFFERENT_TYPE = -0.3           # same family, different PLOVER type
DISJOINT_ACTORS = -0.5          # both name actors, none shared


def date_score(a: Feats, b: Feats) -> Optional[float]:
    if a.lo is None or b.lo is None:
        return 0.0
    if not (a.strong and b.strong):
        return 0.1 if a.lo <= b.hi and b.lo <= a.hi else None
    pa = a.mention.date_precision or "day"
    pb = b.mention.date_precision or "day"
    tol = max(TOLERANCE.get(pa, 0), TOLERANCE.get(pb, 0))
    if a.hi + tol < b.lo or b.hi + tol < a.lo:
        return None
    overlap = a.lo <= b.hi and b.lo <= a.hi
    wide = max(a.width, b.width)
    if wide <= 1:
        return 1.0 if a.lo == b.lo else 0.5
    if not overlap:
        return 0.3
    if wide <= 7:
        return 0.7
    if wide <= 31:
        return 0.5
    return 0.2


def _contains(big: Feats, small: Feats) -> bool:
    """Whether the broader place ``big`` plausibly contains ``small``."""
    if big.level == 0:
        if big.country and small.country:
            return big.country == small.country
        if big.lat is not None and small.lat is not None and big.radius:
            return km(big.lat, big.lon, small.lat, small.lon) <= big.radius
        return False
    if big.admin1 and big.country and small.admin1 and small.country and big.mention.location \
            and big.mention.location.feature == "admin1":
        return big.country == small.country and big.admin1 == small.admin1
    if big.country and small.country and big.country != small.country:
        return False
    if big.lat is not None and small.lat is not None:
        return km(big.lat, big.lon, small.lat, small.lon) <= max(big.radius, NEAR_KM)
    return bool(big.admin1 and big.admin1 == small.admin1)


def place_score(a: Feats, b: Feats) -> Optional[float]:
    if a.level < 0 or b.level < 0:
        return 0.0
    if a.pid and a.pid == b.pid:
        return 1.0
    if a.level == POINT_LEVEL and b.level == POINT_LEVEL:
        if a.lat is None or b.lat is None:
            return None
        d = km(a.lat, a.lon, b.lat, b.lon)
        if d <= CLOSE_KM:
            return 0.9
        if d <= NEAR_KM:
            return 0.9 - 0.4 * (d - CLOSE_KM) / (NEAR_KM - CLOSE_KM)
        return None
    big, small = (a, b) if a.level < b.level else (b, a)
    if big.level == small.level:
        return None                      # two different districts / regions / countries
    if not _contains(big, small):
        return None
    return {0: 0.3, 1: 0.5}.get(big.level, 0.6)


def actor_score(a: Feats, b: Feats) -> float:
    if not a.actors or not b.actors:
        return 0.0
    shared = a.actors.keys() & b.actors.keys()
    if not shared:
        return DISJOINT_ACTORS
    s = len(shared) / min(len(a.actors), len(b.actors))
    # Each side often says the other one attacked: swapped roles are one disputed event
    # (listed as a conflict), so they only weaken the match.
    if all(a.actors[k] != b.actors[k] for k in shared):
        s *= 0.7
    return s


def lexical_score(a: Feats, b: Feats) -> tuple[float, bool]:
    """(score, same words for the event): the trigger stem or the framing head agree.
    Sentence overlap raises the score (syndicated copies) but is no evidence on its own:
    two events told in one sentence share all its words."""
    same = bool(a.stem and a.stem == b.stem) or bool(a.frame and a.frame == b.frame)
    s = 0.5 if same else 0.0
    if a.frame and a.frame == b.frame and a.stem == b.stem:
        s += 0.25
    if a.words and b.words:
        inter = len(a.words & b.words)
        if inter:
            s += 0.5 * inter / len(a.words | b.words)
    return min(1.0, s), same


def pair_score(a: Feats, b: Feats) -> Optional[float]:
    """Evidence that ``a`` and ``b`` tell one event; None when something contradicts it."""
    if a.family != b.family:
        return None
    d = date_score(a, b)
    if d is None:
        return None
    p = place_score(a, b)
    if p is None:
        return None
    act = actor_score(a, b)
    lex, same_words = lexical_score(a, b)
    same_doc = a.mention.doc_id == b.mention.doc_id
    total = d + p + act + lex + (0.25 if same_doc else 0.0)
    if a.mention.type != b.mention.type:
        total += DIFFERENT_TYPE
    kinds = (d >= 0.5) + (p >= 0.5) + (act > 0) + same_words
    ok = kinds >= 2
    # Without a place on both sides, the actors (or the article) must tie them together.
    if a.level < 0 or b.level < 0:
        ok = ok and (act > 0 or same_doc)
    # Neither a shared date nor a shared place: only the same actors doing the same thing
    # (same trigger word or framing) make one event; one article tells many events.
    if d < 0.5 and p < 0.5:
        ok = ok and same_words and (act > 0 or same_doc)
    # Statements: the same capital on the same day is no evidence of the same statement.
    if a.family in lexicon().need_actors:
        ok = ok and (act > 0 or (same_doc and same_words))
    # a pair missing the required evidence cannot reach MERGE_AT on its own
    return total if ok else min(total - 1.0, 0.5)
