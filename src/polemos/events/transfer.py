"""Territory handed over, not taken by force.

"The army took control of the towns handed over by the militia", "troops entered the
ceded district": taking control of ground that another party ceded is the cession
seen from the receiving side. PLOVER codes the cession (RETREAT, the ceding party as
source, the receiver as target), not an ASSAULT.
"""
from __future__ import annotations

from typing import Any, Optional

from .triggers import Candidate, _lemma

# Verbs (and the head of "take control", "take over") that read as seizing ground.
_TAKING = frozenset("take seize regain reclaim capture recapture retake occupy assume "
                    "enter".split())
# Participles and relative clauses saying the ground was given up.
_CEDING = frozenset("cede surrender transfer relinquish return yield give abandon vacate "
                    "hand".split())
# the same as adjectives, which the tagger leaves unlemmatised ("the ceded districts")
_CEDED = frozenset("ceded surrendered transferred relinquished returned yielded abandoned "
                   "vacated".split())
_CONTROL = frozenset("control possession charge command".split())


def _ground(v: Any) -> list[Any]:
    """Nouns naming what the verb takes: its object, and the complement of "control of
    X" (hung on the noun or, misparsed, on the verb)."""
    out = []
    for ch in v.children:
        if ch.dep_ in ("dobj", "obj") and _lemma(ch) not in _CONTROL:
            out.append(ch)
        elif ch.dep_ in ("dobj", "obj") or ch.dep_ == "prep" and ch.lower_ == "of":
            preps = [ch] if ch.dep_ == "prep" else [p for p in ch.children
                                                     if p.dep_ == "prep" and p.lower_ == "of"]
            for p in preps:
                out.extend(g for g in p.children if g.dep_ == "pobj")
    out.extend(c for n in list(out) for c in n.conjuncts)
    return out


def _cession(noun: Any) -> Optional[Any]:
    for ch in noun.children:
        if ch.dep_ not in ("amod", "acl", "relcl") or not (_lemma(ch) in _CEDING
                                                           or ch.lower_ in _CEDED):
            continue
        if _lemma(ch) in ("hand", "give") and not any(k.dep_ == "prt" and k.lower_ in
                                                       ("over", "back", "up") for k in ch.children):
            continue
        return ch
    return None


def _ceder(ced: Any, taker: Any) -> Optional[Any]:
    """Who gave it up: the agent of the participle ("handed over by the militia"), the
    subject of a relative clause ("which the rebels ceded"), or a "by" phrase the parser
    hung on the taking verb."""
    for holder in (ced, ced.head, taker):
        for ch in holder.children:
            if ch.dep_ == "agent" or ch.dep_ == "prep" and ch.lower_ == "by":
                pob = [g for g in ch.children if g.dep_ == "pobj"]
                if pob:
                    return pob[0]
        if holder is ced:
            subj = [k for k in ced.children if k.dep_ == "nsubj" and k.lower_ not in
                    ("which", "that", "who")]
            if subj:
                return subj[0]
    return None


def resolve_transfers(cands: list[Candidate]) -> None:
    """Recode a control-taking ASSAULT whose ground was ceded: folded into the cession
    when that is a candidate of its own (the taker becomes its target), else turned
    into the RETREAT it reports (roles swapped in extract)."""
    by_tok = {c.tok.i: c for c in cands if c.absorbed_by is None}
    by_tok.update({c.gov.i: c for c in cands if c.absorbed_by is None})
    for c in cands:
        if c.absorbed_by is not None or c.type not in ("ASSAULT", "MOBILIZE") \
                or _lemma(c.gov) not in _TAKING:
            continue
        for noun in _ground(c.gov):
            ced = _cession(noun)
            if ced is None:
                continue
            other = by_tok.get(ced.i)
            if c.type == "MOBILIZE":
                # "troops entered the district the rebels ceded": a move of forces of
                # its own; the cession gets its receiver
                if other is not None and other.type == "RETREAT" and other.receiver is None:
                    other.receiver = c.gov
                break
            if other is not None and other is not c and other.type in ("RETREAT", "AGREE",
                                                                        "CONCEDE"):
                c.absorbed_by = other
                other.receiver = c.gov
            else:
                c.type, c.mode = "RETREAT", "withdraw"
                c.transfer = True
                c.ceder = _ceder(ced, c.gov)
            break
