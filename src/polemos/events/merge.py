"""One event named twice in one sentence ("supplies" and "aid", "attack" and "assault")
becomes one mention; two acts of one type told in different clauses stay two. Also the
one-line summary of a mention."""
from __future__ import annotations

from typing import Any, Optional

from ..model import ActorRef, EventMention
from . import dating
from .prominence import separate_clauses


def summary_line(m: EventMention) -> str:
    def who(role: str) -> str:
        a = next((x for x in m.actors if x.role == role), None)
        if a is None:
            return ""
        code = " ".join(x for x in (a.country, a.sector) if x)
        return code or a.name
    parts = [who("source"), m.type + (f"/{m.mode}" if m.mode else ""), who("target")]
    line = " ".join(p for p in parts if p)
    if m.location:
        line += f" in {m.location.name}"
    if m.date_start:
        line += f" ({m.date_start}" + (f"..{m.date_end}" if m.date_end and m.date_end != m.date_start else "") + ")"
    if m.status != "occurred":
        line += f" [{m.status}]"
    return line


def _compatible(a: list[ActorRef], b: list[ActorRef], role: str) -> bool:
    xa = {(x.country, x.name) for x in a if x.role == role}
    xb = {(x.country, x.name) for x in b if x.role == role}
    if not xa or not xb:
        return True
    return bool({c for c, _ in xa if c} & {c for c, _ in xb if c}) or bool(
        {n for _, n in xa} & {n for _, n in xb})


def _separate_verbs(a: Any, b: Any) -> bool:
    """Two verbs of one sentence neither conjoined nor one under the other ("seized
    during the war, which killed 30,000"): two acts, even of one type."""
    if a is None or b is None or a.i == b.i:
        return False
    if a.pos_ not in ("VERB", "AUX") or b.pos_ not in ("VERB", "AUX"):
        return False
    if b in a.conjuncts and dating.coordinated(*sorted((a, b), key=lambda t: t.i)):
        return False
    return not (a in b.ancestors or b in a.ancestors) or \
        b.dep_ == "relcl" or a.dep_ == "relcl"


def merge_into(out: list[EventMention], m: EventMention,
                verbs: Optional[dict[int, Any]] = None,
                trig: Optional[dict[int, tuple[set[int], bool, int]]] = None,
                light: Optional[dict[int, int]] = None) -> bool:
    """One event named twice in one sentence ("supplies" and "aid", "attack" and
    "assault"): same type, same status, compatible actors, not told in two clauses
    (``separate_clauses``) -> one mention: the more specific trigger kept (not a weak
    noun such as "operation"), else the more confident; actors united. ``verbs`` maps
    a trigger start to its governing token, ``trig`` to its token indices, whether it
    is a weak noun, and its trigger token index."""
    verbs, trig = verbs or {}, trig or {}
    for o in out:
        if o.type != m.type or o.status != m.status or o.start != m.start:
            continue
        go, gm = verbs.get(o.trigger_start), verbs.get(m.trigger_start)
        if _separate_verbs(go, gm):
            continue
        io, im = trig.get(o.trigger_start), trig.get(m.trigger_start)
        if go is not None and gm is not None and io and im and \
                separate_clauses(go, gm, io[0], im[0], light):
            continue                   # "justified the operation, citing shelling"
        if o.date_start != m.date_start or (o.location and m.location
                                            and o.location.name != m.location.name):
            continue                   # "attacked X on Monday and Y on Tuesday": two events
        if not (_compatible(o.actors, m.actors, "source") and _compatible(o.actors, m.actors, "target")):
            continue
        wo, wm = bool(io and io[1]), bool(im and im[1])
        if wo != wm and go is not None and io and im and _inside(
                go.doc, (im if wo else io)[2], (io if wo else im)[2]):
            wo = wm            # "displeasure with the handling of the inquiry": its content
        keep, drop = (o, m) if (wm, o.confidence) >= (wo, m.confidence) else (m, o)
        keep.confidence = max(o.confidence, m.confidence)
        names = {(a.role, a.name) for a in keep.actors}
        keep.actors = keep.actors + [a for a in drop.actors if (a.role, a.name) not in names]
        keep.mode = keep.mode or drop.mode
        keep.location = keep.location or drop.location
        keep.numbers = keep.numbers or drop.numbers
        if keep is m:
            out[out.index(o)] = m
        keep.summary = summary_line(keep)
        return True
    return False


def _inside(doc: Any, i: int, j: int) -> bool:
    """Token ``i`` lies under token ``j`` (an argument or modifier of it)."""
    return any(a.i == j for a in doc[i].ancestors)
