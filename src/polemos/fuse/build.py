"""One cluster of mentions -> one canonical Event: best date and place, actors, conflicts."""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from typing import Any, Optional

from ..model import ActorRef, Conflict, ConflictValue, Event, Location
from .features import Feats, actor_key

NUMBER_FIELDS = ("killed", "wounded", "troops")
# Most precise first; the merged event takes the most precise date its mentions support.
PRECISION_RANK = {"day": 0, "week": 1, "range": 2, "month": 3, "year": 4}
STATUS_ORDER = ("occurred", "ongoing", "planned", "hypothetical", "negated")


def event_id_for(mention_ids: list[str]) -> str:
    """Stable id from the earliest (smallest) member mention id."""
    return "ev-" + hashlib.sha256(min(mention_ids).encode()).hexdigest()[:16]


def _support(members: list[Feats], pick) -> dict[Any, set[str]]:
    """value -> independent sources giving it (``pick`` returns None to abstain)."""
    out: dict[Any, set[str]] = defaultdict(set)
    for f in members:
        v = pick(f)
        if v is not None:
            out[v].add(f.source_key)
    return out


def _date_value(f: Feats) -> Optional[tuple[str, str, str]]:
    m = f.mention
    if not f.strong or not m.date_start:
        return None
    end = m.date_end or m.date_start
    return (m.date_start[:10], end[:10], m.date_precision or ("day" if end == m.date_start else "range"))


def _stated_value(f: Feats) -> Optional[tuple[str, str, str]]:
    m = f.mention
    if not f.weak_date or not m.date_start:
        return None
    end = m.date_end or m.date_start
    return (m.date_start[:10], end[:10], m.date_precision or "day")


def _rank(v: tuple[str, str, str], stated: bool) -> float:
    r = float(PRECISION_RANK.get(v[2], 5))
    if v[2] == "range" and _width(v) > 31:
        r = 4.5                 # a span of months or years says less than a month
    return r + 2.5 if stated else r


def choose_date(members: list[Feats]) -> tuple[Optional[str], Optional[str], Optional[str]]:
    support = {v: (d, False) for v, d in _support(members, _date_value).items()}
    if not any(f.period for f in members) or not support:
        # references back ("the truce signed on Thursday") offer their stated day, after
        # the dates the text gives the event itself (a war keeps its period)
        for v, d in _support(members, _stated_value).items():
            support.setdefault(v, (d, True))
    if not support:
        return None, None, None
    # most precise first, then the value most independent sources give, then the earliest
    best = min(support, key=lambda v: (_rank(v, support[v][1]), -len(support[v][0]),
                                       _width(v), v[0]))
    return best


def _width(v: tuple[str, str, str]) -> int:
    from .features import parse_day
    a, b = parse_day(v[0]), parse_day(v[1], end=True)
    return (b - a) if a is not None and b is not None else 10**6


def choose_location(members: list[Feats]) -> Optional[Location]:
    located = [f for f in members if f.level >= 0 and f.mention.location is not None]
    if not located:
        return None
    support = _support(located, lambda f: f.pid)
    by_pid = {f.pid: f for f in located}
    if any(fld.landmark or fld.reach_km for f in located for fld in f.fields):
        # a war's, an accord's or an operation's place is where most sources put it, not
        # the one town or capital an outlet happened to name
        best = min(support, key=lambda p: (-len(support[p]), -by_pid[p].level, str(p)))
    else:
        best = min(support, key=lambda p: (-by_pid[p].level, -len(support[p]), str(p)))
    loc = by_pid[best].mention.location
    return Location(**vars(loc)) if loc is not None else None


def _display(a: ActorRef) -> str:
    return a.name or " ".join(x for x in (a.country, a.sector) if x)


def merge_actors(members: list[Feats]) -> list[ActorRef]:
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    refs: dict[tuple[str, str], ActorRef] = {}
    for f in members:
        for a in f.mention.actors or []:
            k = (a.role, actor_key(a.name, a.country, a.sector))
            votes[k][a.name] += 1
            refs.setdefault(k, a)
    out = []
    for k in sorted(votes, key=lambda k: (k[0] != "source", -sum(votes[k].values()), k[1])):
        a = refs[k]
        name = votes[k].most_common(1)[0][0]
        out.append(ActorRef(name=name, role=a.role, country=a.country, sector=a.sector))
    return out


def _conflict(field: str, values: dict[Any, set[str]]) -> Optional[Conflict]:
    # values all given by the very same documents are one article's detail, not sources
    # disagreeing (an article naming two attackers, updating its own toll)
    if len(values) < 2 or len({frozenset(d) for d in values.values()}) < 2:
        return None
    return Conflict(field=field, values=[ConflictValue(value=v, doc_ids=sorted(d))
                                         for v, d in sorted(values.items(), key=lambda x: str(x[0]))])


def conflicts(members: list[Feats]) -> list[Conflict]:
    out: list[Conflict] = []

    def docs(pick) -> dict[Any, set[str]]:
        res: dict[Any, set[str]] = defaultdict(set)
        for f in members:
            v = pick(f)
            if v is not None:
                res[v].add(f.mention.doc_id)
        return res

    # Dates disagree only when two of them cannot both be true (a day and its month agree).
    dated = [f for f in members if f.strong]
    clash = any(a.hi < b.lo or b.hi < a.lo for i, a in enumerate(dated) for b in dated[i + 1:i + 40])
    if clash:
        c = _conflict("date", docs(lambda f: _label(f) if f.strong else None))
        if c:
            out.append(c)
    for name in NUMBER_FIELDS:
        c = _conflict(name, docs(lambda f: (f.mention.numbers or {}).get(name)))
        if c:
            out.append(c)
    c = _conflict("status", docs(lambda f: f.mention.status or None))
    if c:
        out.append(c)
    for role in ("source", "target"):
        c = _actor_conflict(members, role)
        if c:
            out.append(c)
    return out


def _actor_conflict(members: list[Feats], role: str) -> Optional[Conflict]:
    """Documents naming different actors in a role: each document's set of actors is one
    value; sets nested in each other (one names A, another A and B) do not disagree."""
    per_doc: dict[str, dict[str, str]] = defaultdict(dict)
    for f in members:
        for a in f.mention.actors or []:
            if a.role == role:
                per_doc[f.mention.doc_id].setdefault(actor_key(a.name, a.country, a.sector), _display(a))
    sets = {doc: frozenset(v) for doc, v in per_doc.items()}
    distinct = list(dict.fromkeys(sets.values()))
    clash = any(not (x <= y or y <= x) for i, x in enumerate(distinct) for y in distinct[i + 1:])
    if not clash:
        return None
    values: dict[str, set[str]] = defaultdict(set)
    for doc, keys in sets.items():
        names = " + ".join(sorted(per_doc[doc][k] for k in keys))
        values[names].add(doc)
    return _conflict(f"{role}_actor", values)


def _label(f: Feats) -> str:
    m = f.mention
    start = (m.date_start or "")[:10]
    end = (m.date_end or start)[:10]
    p = m.date_precision or "day"
    if p == "month":
        return start[:7]
    if p == "year":
        return start[:4]
    return start if end == start else f"{start}..{end}"


def _actor_label(a: ActorRef) -> str:
    name = " ".join((a.name or "").split())
    if len(name) > 32:
        name = name[:32].rsplit(" ", 1)[0] + "..."
    if not name:
        return " ".join(x for x in (a.country, a.sector) if x)
    return f"{name} ({a.sector})" if a.sector and a.sector.lower() not in name.lower() else name


def _what(members: list[Feats], etype: str) -> str:
    """The event's words: a defining phrase two documents share, else the trigger most
    documents use (one outlet's framing alone never names the event)."""
    frames: dict[str, set[str]] = defaultdict(set)
    triggers: dict[str, set[str]] = defaultdict(set)
    for f in members:
        m = f.mention
        if m.framing:
            frames[" ".join(m.framing.lower().split())].add(m.doc_id)
        if m.trigger:
            triggers[" ".join(m.trigger.lower().split())].add(m.doc_id)
    shared = [k for k, d in frames.items() if len(d) >= 2]
    if shared:
        return max(shared, key=lambda k: (len(frames[k]), -len(k), k))
    if triggers:
        # among the words most documents use, one that also heads an outlet's name for the
        # event ("operation" of "military operation") says what it was, not what it did
        heads = {k.split()[-1] for k in frames}
        return max(triggers, key=lambda k: (len(triggers[k]), k.split()[-1] in heads, -len(k), k))
    return etype.lower()


def summary(members: list[Feats], actors: list[ActorRef], etype: str,
            location: Optional[Location]) -> str:
    """One neutral readable line: "Source (SEC) -> Target (SEC): TYPE, 'words', Place"."""
    src = " and ".join([_actor_label(a) for a in actors if a.role == "source"][:2])
    tgt = " and ".join([_actor_label(a) for a in actors if a.role == "target"][:2])
    what = _what(members, etype).strip(" \"'“”")
    if len(what) > 48:
        what = what[:48].rsplit(" ", 1)[0] + "..."
    head = f"{src} → {tgt}" if src and tgt else (src or (f"→ {tgt}" if tgt else ""))
    parts = [etype, f"'{what}'"]
    if location is not None and location.name:
        parts.append(location.name)
    line = (head + ": " if head else "") + ", ".join(parts)
    return " ".join(line.split())[:200]


def build_event(members: list[Feats], event_id: Optional[str]) -> Event:
    members = sorted(members, key=lambda f: (f.mention.doc_id, f.mention.start, f.mention_id))
    types = Counter(f.mention.type for f in members)
    etype = max(types, key=lambda t: (types[t], t))
    modes = Counter(f.mention.mode for f in members if f.mention.mode and f.mention.type == etype)
    statuses = Counter(f.mention.status or "occurred" for f in members)
    status = max(statuses, key=lambda s: (statuses[s], -STATUS_ORDER.index(s) if s in STATUS_ORDER else -9))
    ds, de, dp = choose_date(members)
    location = choose_location(members)
    actors = merge_actors(members)
    eid = event_id or event_id_for([f.mention_id for f in members])
    mentions = [f.mention for f in members]
    for m in mentions:
        m.event_id = eid
    doc_ids = list(dict.fromkeys(m.doc_id for m in mentions))
    outlets = sorted({m.outlet for m in mentions if m.outlet})
    return Event(
        event_id=eid, type=etype, mode=max(modes, key=lambda k: (modes[k], k)) if modes else None,
        summary=summary(members, actors, etype, location),
        date_start=ds, date_end=de, date_precision=dp, status=status, actors=actors,
        location=location, mentions=mentions, doc_ids=doc_ids, outlets=outlets,
        independent_sources=len({f.source_key for f in members}),
        conflicts=conflicts(members))
