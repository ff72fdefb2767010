"""How strongly two mentions look like one real-world event (None: they cannot be).

Each comparison gives a score per kind of evidence; a pair must show at least two kinds
(date, place, actors, wording) and no contradiction; with neither date nor place in
common it must share actors AND wording. Weights are equal and
the merge threshold (``MERGE_AT`` in cluster.py) was set on hand-built cases in
tests/fuse: the same day and place merge; "late September" with "September 27" at the
same town merges; one day apart at towns 30 km apart merges; different days, different
districts or contradicting countries never merge.

Words: triggers (and framing heads) in one lexical field (data/lexicon.json: 'truce',
'deal', 'agreement'; 'war', 'hostilities', 'clashes') count as the same words. Dates: a
reference back to a known event ("the deal", "had deployed", see features.date_window)
only bounds the event's date, nearer candidates scoring higher; a coarse date holding the
other's (a year and its day) is evidence when the words agree. Places: accords never
contradict by place, wars told as periods span nearby territories (WAR_KM), operations
cover their field's reach, and a named region holds a district of the same level.
Text-only mentions (no date, no place) in one trigger word family ('nominated',
'nomination') merge when their articles tell the same story (the articles' words overlap,
STORY_AT) or their sentences do (CONTEXT_AT), without named actors in common: outlets name
participants differently (set on ECB+, even topics; see bench/fuse.py).

Weak evidence is no kind of its own: the same province or region on the same day (many
incidents of a war share them), a generic group ('people', 'civilians') as the only shared
actor, a year or decade holding a day for an incident word (a war's toll and a day's dead).
Counts of very different magnitude (30,000 and 6) without a named actor in common
contradict. A mention dated to a year or more whose sentence names a war is compared as a
mention of that war (features.PERIOD_DAYS).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .arguments import overlap
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
# A war spans the territories of its belligerents: places of two war mentions this close
# agree even across a border (a country's centre and a disputed region next to it lie
# 100-400 km apart; two wars this close are usually one war told from either side).
WAR_KM = 800.0
# Where an accord was signed, what it is about and either party's country are all given as
# its place: places of accord mentions never contradict; nearby ones weakly agree.
ACCORD_KM = 1500.0
WAR_FIELDS = frozenset({"war"})
# Place scores of the same named area (by level: 0 country, 1 province or region, 2
# district): below 0.5 a province or region is no evidence of its own (the seeds' region
# holds a mine blast, a military operation and a war's death toll on one day).
SAME_AREA = {0: 0.3, 1: 0.45, 2: 0.8}
WAR_AREA = 0.6
# A shared actor counts as evidence from this score up; a shared generic group ('people',
# 'civilians': a sector, no country, no name) scores GENERIC_ACTOR, below it.
ACT_KIND = 0.5
GENERIC_ACTOR = 0.4
# Counts (killed, wounded) this many times apart and this far apart are different
# happenings (a war's toll and a day's dead), unless a named actor ties them.
COUNT_RATIO = 3.0
COUNT_GAP = 20
COUNT_FIELDS = ("killed", "wounded")
# Days a referred event may lie AFTER the reference's date: the reference's own date is
# often its article's, which may be off by a day or two (time zones, an undated page dated
# from its text: the demo corpus has one dated two days early).
REFERENCE_SLACK = 3
# Sentence overlap (Jaccard of content-word stems) at which two articles using the same
# trigger word tell the same thing even without named actors in common; set on ECB+
# (bench/fuse.py, all topics at once): 0.2 gave B3 P 0.880 R 0.565, 0.3 P 0.906 R 0.549
# (without the rule P 0.913 R 0.532): 0.3 keeps precision.
CONTEXT_AT = 0.3
ALIKE_BONUS = 1.0
# Two articles telling one story share many words (names, places, the subject): Jaccard
# overlap of the content words of all sentences with a mention in them. Text-only mentions
# (no stated date, a side without place) in the same word family whose articles overlap
# this much are told as one event, named actors or not (on ECB+, even topics: same-stem
# cross-article pairs are coreferent at 0.41 (overlap 0.15-0.2), 0.66 (0.2-0.25), 0.80
# (0.25-0.3), 0.90+ above; 0.15 gave the best CoNLL F1 there).
STORY_AT = 0.15
STORY_WEIGHT = 2.0
STORY_CAP = 0.5
# Accords, requests and meetings: what was agreed or asked (the object's topics, see
# arguments.py) must be compatible; statements (accusations, denials, demands, threats):
# what was said must share a word or a topic. Sentences this alike (a copy, a rewrite of
# one wire story) tie them all the same.
TOPIC_TYPES = frozenset({"AGREE", "CONSULT", "REQUEST", "COOPERATE", "CONCEDE", "RETREAT"})
CONTENT_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})
SAME_TEXT = 0.5
# A mention dated to a year holds a happening of that year (a deployment "in 2020" and
# the deployment of November 10) when its words and what they are about agree.
YEAR_DAYS = (365, 366)


def doc_similarity(a: Feats, b: Feats) -> float:
    """Jaccard overlap of the two articles' words (all sentences with a mention in them)."""
    x, y = a.doc_words, b.doc_words
    if not x or not y:
        return 0.0
    inter = len(x & y)
    return inter / (len(x) + len(y) - inter) if inter else 0.0


def contains(a: Feats, b: Feats) -> bool:
    """Both dates come from the text and one interval holds the other (a year and its day)."""
    if not (a.strong and b.strong) or a.lo is None or b.lo is None:
        return False
    return (a.lo <= b.lo and b.hi <= a.hi) or (b.lo <= a.lo and a.hi <= b.hi)


def _stated(lo: int, hi: int, width: int, prec: str, b: Feats, b_lo: int) -> Optional[float]:
    """Score of two dates as the text states them (None: they cannot both be true)."""
    pb = b.mention.date_precision or "day"
    tol = max(TOLERANCE.get(prec, 0), TOLERANCE.get(pb, 0))
    b_width = b.hi - b_lo + 1
    if hi + tol < b_lo or b.hi + tol < lo:
        return None
    overlap = lo <= b.hi and b_lo <= hi
    wide = max(width, b_width)
    if wide <= 1:
        return 1.0 if lo == b_lo else 0.5
    if not overlap:
        return 0.3
    if wide <= 7:
        return 0.7
    if wide <= 31:
        return 0.5
    return 0.4 if wide <= 400 else 0.2


def date_score(a: Feats, b: Feats) -> tuple[Optional[float], bool]:
    """(score, holds): None when the dates cannot both be true; ``holds`` when one date
    leaves room for the other without pinning it (a year holding a day, a reference back
    "the deal" dated after the deal, two overlapping periods of one war)."""
    if a.lo is None or b.lo is None:
        return 0.0, False
    if a.weak_date or b.weak_date:
        w, o = (a, b) if a.weak_date else (b, a)
        # first as the text states it: "the bloodshed" told on the day of the fighting
        if o.strong or o.weak_date:
            s = _stated(w.slo, w.hi, w.hi - w.slo + 1, w.mention.date_precision or "day", o,
                        o.slo if o.weak_date else o.lo)
            if s is not None and s >= 0.5:
                # capped: a reference's stated day is seldom the event's
                return min(s, 0.5), False
        if w.lo <= o.hi + 1 and o.lo <= w.hi + REFERENCE_SLACK:
            # the nearer in time the referred event, the likelier (window: see features.py)
            gap = max(0, w.hi - o.hi)
            return 0.4 - 0.3 * min(1.0, gap / max(1, w.hi - w.lo)), True
        return None, False
    if not (a.strong and b.strong):
        return (0.1, False) if a.lo <= b.hi and b.lo <= a.hi else (None, False)
    if a.width <= 1 and b.width <= 1:          # the common case: two days
        gap = abs(a.lo - b.lo)
        if gap == 0:
            return 1.0, False
        tol = max(TOLERANCE.get(a.mention.date_precision or "day", 0),
                  TOLERANCE.get(b.mention.date_precision or "day", 0))
        return (0.5, False) if gap <= tol else (None, False)
    s = _stated(a.lo, a.hi, a.width, a.mention.date_precision or "day", b, b.lo)
    if s is None or max(a.width, b.width) <= 31:
        return s, False
    holds = contains(a, b) or (s >= 0.2 and bool(a.field_names & b.field_names)
                               and any(f.landmark for f in a.fields)
                               and a.lo <= b.hi and b.lo <= a.hi)
    return s, holds


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


def _near(a: Feats, b: Feats, limit_km: float) -> bool:
    if a.lat is not None and b.lat is not None:
        return km(a.lat, a.lon, b.lat, b.lon) <= limit_km
    return bool(a.country and (a.country == b.country or a.country in b.countries
                               or b.country in a.countries))


def _lenient(a: Feats, b: Feats) -> Optional[float]:
    """Place agreement for accords and wars, whose places are not one point (None: contradict)."""
    if a.place_free and b.place_free:
        return 0.3 if _near(a, b, ACCORD_KM) else 0.0
    if a.wide_place and b.wide_place and max(a.width, b.width) >= 28 and _near(a, b, WAR_KM):
        return 0.3
    # both told as one operation (an offensive covers an area): places within its reach
    reach = min(a.reach, b.reach)
    if reach and a.lat is not None and b.lat is not None and _near(a, b, reach):
        return 0.3
    return None


def place_score(a: Feats, b: Feats) -> Optional[float]:
    p = _strict_place(a, b)
    if p is None and (a.fields or b.fields):
        return _lenient(a, b)
    if p is not None and a.period and b.period and a.level >= 0 and b.level >= 0:
        # a war told as a period has a region (or country) for its place
        return max(p, WAR_AREA)
    return p


def _strict_place(a: Feats, b: Feats) -> Optional[float]:
    if a.level < 0 or b.level < 0:
        return 0.0
    if a.pid and a.pid == b.pid:
        # the same village pins an event; the same region or country holds many a day
        return SAME_AREA.get(a.level, 1.0)
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
        # a named region (from the regions table) may hold a district of the same level
        fa, fb = a.mention.location.feature if a.mention.location else None, \
            b.mention.location.feature if b.mention.location else None
        if (fa == "region") == (fb == "region"):
            return None                  # two different districts / regions / countries
        big, small = (a, b) if fa == "region" else (b, a)
        return 0.4 if _contains(big, small) else None
    if not _contains(big, small):
        return None
    return {0: 0.3, 1: SAME_AREA[1]}.get(big.level, 0.6)


@lru_cache(maxsize=65536)
def _actor_match(x: str, y: str) -> float:
    """How far two actor keys ('CTRY|SEC' or 'n:name') can be one actor: 1 same, 0.6 the
    same country with one sector unknown or the same sector with one country unknown
    ('Russian peacekeepers' RUS|MIL and 'peacekeepers' -|MIL), 0.3 one country's two
    sectors (a government and its army act together), 0 otherwise."""
    if x == y:
        return 1.0
    if x.startswith("n:") or y.startswith("n:"):
        return 0.0
    xc, _, xs = x.partition("|")
    yc, _, ys = y.partition("|")
    if xc == yc and xc != "-":
        return 0.6 if "-" in (xs, ys) else 0.3
    if xs == ys and xs != "-" and "-" in (xc, yc):
        return 0.6
    return 0.0


@lru_cache(maxsize=65536)
def _partial(xs: tuple[str, ...], ys: tuple[str, ...]) -> float:
    return max(_actor_match(x, y) for x in xs for y in ys)


def actor_score(a: Feats, b: Feats) -> float:
    if not a.actors or not b.actors:
        return 0.0
    shared = a.actors.keys() & b.actors.keys()
    if not shared:
        # only coded actors (country|sector) can partly match; names either agree or not
        best = _partial(a.coded, b.coded) if a.coded and b.coded else 0.0
        return best * 0.5 if best else DISJOINT_ACTORS
    s = sum(GENERIC_ACTOR if k.startswith("-|") else 1.0 for k in shared) \
        / min(len(a.actors), len(b.actors))
    # Each side often says the other one attacked: swapped roles are one disputed event
    # (listed as a conflict), so they only weaken the match.
    if all(a.actors[k] != b.actors[k] for k in shared):
        s *= 0.7
    return s


@lru_cache(maxsize=65536)
def same_family(x: str, y: str) -> bool:
    """Two trigger stems of one word family: equal, or one the other's start ('nomin',
    'nominat'; 'kill', 'killer') or tail ('quake', 'earthquake'), at least 4 letters long
    (the crude stemmer leaves derivations apart)."""
    if not x or not y:
        return False
    if x == y:
        return True
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return len(short) >= 4 and (long_.startswith(short) or (len(short) >= 5 and long_.endswith(short)))


def _vague_pair(a: Feats, b: Feats) -> bool:
    """Whether the dates of a pair only hold each other: both stated, or a reference back
    whose counterpart is itself dated to more than a month."""
    if a.strong and b.strong:
        return True
    return any(x.strong and x.width > 31 for x in (a, b)) or (a.weak_date and b.weak_date)


def counts_agree(a: Feats, b: Feats) -> bool:
    """Both give the same count (within a tenth) of at least 10 of something ('2,000
    peacekeepers'): a count that large is a fingerprint of one happening."""
    na, nb = a.mention.numbers or {}, b.mention.numbers or {}
    for k, x in na.items():
        y = nb.get(k)
        if isinstance(x, int) and isinstance(y, int) and min(x, y) >= 10 \
                and abs(x - y) <= 0.1 * max(x, y):
            return True
    return False


def counts_apart(a: Feats, b: Feats) -> bool:
    """Both give a count of the same kind and the counts are of different magnitude."""
    na, nb = a.mention.numbers or {}, b.mention.numbers or {}
    for k in COUNT_FIELDS:
        x, y = na.get(k), nb.get(k)
        if isinstance(x, int) and isinstance(y, int):
            lo, hi = min(x, y), max(x, y)
            if hi - lo > COUNT_GAP and hi > COUNT_RATIO * lo:
                return True
    return False


def lexical_score(a: Feats, b: Feats) -> tuple[float, bool, float]:
    """(score, same words for the event, sentence overlap): the trigger stem, the framing
    head or the lexical field agree. Sentence overlap raises the score (syndicated copies)
    but within one article is no evidence: two events told in one sentence share all its
    words."""
    same = same_family(a.stem, b.stem) or bool(a.frame and a.frame == b.frame) \
        or bool(a.field_names and b.field_names and a.field_names & b.field_names)
    s = 0.5 if same else 0.0
    if a.frame and a.frame == b.frame and a.stem == b.stem:
        s += 0.25
    jac = 0.0
    if a.words and b.words:
        inter = len(a.words & b.words)
        if inter:
            jac = inter / (len(a.words) + len(b.words) - inter)
            s += 0.5 * jac
    return min(1.0, s), same, jac


def about_apart(a: Feats, b: Feats) -> bool:
    """Whether two accords, requests or statements are about different things: their objects
    name topics and share none ("a deal that ended the operation", "an agreement to resume
    aid deliveries"), or, for statements, their objects share no word (nor, for requests,
    a topic)."""
    ta, tb = a.mention.type, b.mention.type
    accords = (ta in TOPIC_TYPES or "accord" in a.field_names) and \
        (tb in TOPIC_TYPES or "accord" in b.field_names)
    if accords and a.topics and b.topics and not a.topics & b.topics:
        return True
    if ta in CONTENT_TYPES and tb in CONTENT_TYPES and a.obj and b.obj:
        # an allegation names what happened ("of shelling the market"): its words must meet;
        # a demand may name its topic in other words ("a ceasefire", "to end the fighting")
        return not (accords and a.topics & b.topics) and not overlap(a.obj, b.obj)
    return False


def _year(f: Feats) -> bool:
    return f.strong and f.width in YEAR_DAYS and f.mention.date_precision in ("year", "range")


def lasting(a: Feats, b: Feats, p: float, act: float, holds: bool) -> bool:
    """A year-dated mention and a finer-dated one inside that year tell one happening: the
    same lexical field, a word of what it is about in common (deployed peacekeepers, the
    peacekeeping contingent's deployment), places that agree and no actors apart. Not for
    fields whose year figures are tolls (killed, displaced)."""
    if _year(a) == _year(b) or not holds or p <= 0 or act < 0:
        return False
    shared = a.field_names & b.field_names
    if not shared or any(f.aggregate for f in a.fields if f.name in shared):
        return False
    return overlap(a.args, b.args) and not counts_apart(a, b)


def pair_score(a: Feats, b: Feats) -> Optional[float]:
    """Evidence that ``a`` and ``b`` tell one event; None when something contradicts it."""
    if a.family != b.family:
        return None
    # A war over weeks and a strike, a capture or a death in it are not one event.
    if a.period != b.period and not (a.field_names and b.field_names
                                     and a.field_names & b.field_names & WAR_FIELDS):
        return None
    d, holds = date_score(a, b)
    if d is None:
        return None
    p = place_score(a, b)
    if p is None:
        return None
    act = actor_score(a, b)
    lex, same_words, jac = lexical_score(a, b)
    same_doc = a.mention.doc_id == b.mention.doc_id
    if jac < SAME_TEXT and about_apart(a, b):
        return None

    # Two articles telling the same thing in the same words around the same trigger: only
    # for mentions with neither a stated date nor a place on one side (text-only ones),
    # else dates and places decide (alike wording alone over-merged the synthetic bench).
    unanchored = not a.strong and not b.strong and (a.level < 0 or b.level < 0)
    alike, story = False, 0.0
    if unanchored and same_words:
        story = 1.0 if same_doc else doc_similarity(a, b)
        # names differ from outlet to outlet ("the actress", "Reid"): within one story only
        # actors coded to different countries or sectors contradict
        coded_apart = act < 0 and bool(a.coded) and bool(b.coded)
        alike = not coded_apart and (jac >= CONTEXT_AT or story >= STORY_AT)
        if alike:
            act = max(act, 0.0)
    if act < ACT_KIND and counts_apart(a, b):
        return None
    tie = act >= ACT_KIND or same_doc or alike
    total = d + p + act + lex + (0.25 if same_doc else 0.0) \
        + (ALIKE_BONUS + STORY_WEIGHT * min(story, STORY_CAP) if alike else 0.0)
    if a.mention.type != b.mention.type:
        total += DIFFERENT_TYPE
    # a date leaving room for the other is evidence when the words name the same happening
    dated = d >= 0.5 or (holds and same_words)
    if dated and d < 0.5 and _vague_pair(a, b) \
            and not any(f.landmark and f.name in b.field_names for f in a.fields):
        # a year (or longer) holding a day says little of an incident ("6,000 were killed"
        # in the war's year, "30 were killed" on one day): a specific place, a shared actor
        # or the same count must tie them as well
        dated = p >= 0.5 or act >= ACT_KIND or counts_agree(a, b) or lasting(a, b, p, act, holds)
    kinds = dated + (p >= 0.5) + (act >= ACT_KIND or alike) + same_words
    ok = kinds >= 2
    # Without a place on both sides, the actors (or the article) must tie them together;
    # a landmark ("the war", "the truce") whose date leaves room for the other may do without.
    if a.level < 0 or b.level < 0:
        landmark = any(f.landmark and f.name in b.field_names for f in a.fields)
        ok = ok and (tie or (landmark and dated and act >= 0))
    # Neither a shared date nor a shared place: only the same actors doing the same thing
    # (same trigger word or framing) make one event; one article tells many events.
    if not dated and p < 0.5:
        ok = ok and same_words and tie
    # Statements: the same capital on the same day is no evidence of the same statement.
    if a.family in lexicon().need_actors:
        ok = ok and (act > 0 or alike or (same_doc and same_words))
        # two things one actor said or agreed in other words, both saying what about: only
        # about the same thing ("promised to rebuild the market", "agreed to hand over posts")
        if a.obj and b.obj and not (same_words or alike):
            ok = ok and (bool(a.topics & b.topics) or overlap(a.obj, b.obj))
    # a pair missing the required evidence cannot reach MERGE_AT on its own
    return total if ok else min(total - 1.0, 0.5)
