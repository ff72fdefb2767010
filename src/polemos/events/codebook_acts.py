"""Codebook rules on where forces and crowds go and on conditional promises of force
(split from ``codebook`` to keep modules small): peacekeepers taking up positions or
control are peacekeeping (CAMEO 074), crowds filling the streets are a demonstration
(CAMEO 141), a promise of force under a hostile condition is a threat (CAMEO 138)."""
from __future__ import annotations

import re
from typing import Any, Callable, Optional

from ..actors.normalise import normalise_actor
from .lexicon import Entry, Lexicon
from .codebook import _absorb_into, _at, _live
from .triggers import NOUN_POS, Candidate, _CROWDS, _DEMANDING, _VOWS, _lemma, subject_nouns


def _subjects(v: Any) -> list[Any]:
    """The doers of a verb: its subject(s), or those of the clause it is conjoined to or
    depends on ("arrived and took up positions")."""
    node = v
    for _ in range(3):
        subs = [k for k in node.children if k.dep_ == "nsubj"]
        if subs:
            return subs + [c for s in subs for c in s.conjuncts]
        if node.dep_ in ("conj", "xcomp", "advcl") and node.head != node:
            node = node.head
            continue
        break
    return []


# --- peacekeepers take up positions (CAMEO 074) ------------------------------------------

_PEACEKEEPING = re.compile(r"peace[- ]?keep|blue[- ]helmet", re.I)
_ARMED = frozenset({"MIL", "COP", "REB", "UAF"})
_TAKE_OVER = frozenset("patrol patrolling control security checkpoint post base duty "
                       "responsibility charge command".split())
_ASSUME = frozenset("control responsibility charge command".split())


def _peacekeepers(subs: list[Any]) -> bool:
    for s in subs:
        phrase = s.doc[s.left_edge.i:s.i + 1].text
        if _PEACEKEEPING.search(phrase):
            return True
        info = normalise_actor(phrase)
        if info is not None and info.country == "UNO" and info.sector == "MIL":
            return True
    return False


def _positions(doc: Any, cands: list[Candidate], subj_sector: Callable[[Any], Optional[str]]) -> None:
    """'Peacekeepers took up positions along the line', 'took over patrols', 'assumed
    control of the buffer zone': a peacekeeping force moving in is peacekeeping (AID);
    other forces taking up positions are a show of force (MOBILIZE)."""
    for v in doc:
        if v.pos_ != "VERB":
            continue
        lem = _lemma(v)
        prt = {k.lower_ for k in v.children if k.dep_ == "prt"}
        objs = [k for k in v.children if k.dep_ in ("dobj", "obj")]
        olem = {_lemma(o) for o in objs}
        up = lem == "take" and "up" in prt and "position" in olem
        over = lem == "take" and ("over" in prt and olem & _TAKE_OVER or "control" in olem)
        assume = lem == "assume" and olem & _ASSUME
        if not (up or over or assume):
            continue
        subs = _subjects(v)
        here = [c for c in _live(cands) if c.gov.i == v.i or c.tok.i == v.i
                or c.tok in objs and c.tok.pos_ in NOUN_POS]
        if _peacekeepers(subs):
            if here:
                for c in here[1:]:
                    c.absorbed_by = here[0]
                c = here[0]
                c.type, c.mode = "AID", "peacekeeping"
            else:
                cands.append(Candidate(v, v, "AID", "peacekeeping", Entry("AID", "peacekeeping"),
                                       v.i, _span_end(v, objs)))
        elif up and not here and subj_sector(v) in _ARMED:
            cands.append(Candidate(v, v, "MOBILIZE", "troops", Entry("MOBILIZE", "troops"),
                                   v.i, _span_end(v, objs)))


def _span_end(v: Any, objs: list[Any]) -> int:
    """End of 'took up positions', 'assumed control': the verb, its particle and object
    when they follow it closely."""
    end = v.i + 1
    for k in sorted([k for k in v.children if k.dep_ == "prt"] + objs, key=lambda k: k.i):
        if v.i < k.i <= end + 2:
            end = k.i + 1
    return end


# --- crowds fill the streets (CAMEO 141) ---------------------------------------------------

_FILLING = frozenset("fill throng pack flood jam crowd swarm line occupy".split())
_POURING = frozenset("pour stream spill swarm flock surge converge flood pack crowd cram "
                     "mass gather".split())
_INTO = frozenset("into onto on through across to toward towards in outside".split())
_PUBLIC = frozenset("street square plaza avenue boulevard road highway centre center "
                    "downtown park esplanade capital city town".split())
_PEOPLE = frozenset("thousand hundred ten dozen people resident citizen student supporter "
                    "worker youth woman man voter farmer opponent villager".split())


_DEMO = Entry("PROTEST", "demo")


def _public_place(v: Any) -> bool:
    for k in v.children:
        if k.dep_ in ("dobj", "obj") and _lemma(v) in _FILLING and _lemma(k) in _PUBLIC:
            return True
        if k.dep_ == "prep" and k.lower_ in _INTO and _lemma(v) in _POURING and any(
                g.dep_ == "pobj" and _lemma(g) in _PUBLIC for g in k.children):
            return True
    return False


def _crowds(doc: Any, cands: list[Candidate], lx: Lexicon) -> None:
    """'Demonstrators demanding ... filled the streets', 'protesters packed the square':
    protesters taking over public space is a demonstration (PROTEST demo). Crowds and
    people who are no protesters by name ("crowds poured into the streets to denounce
    the coup") protest when the clause says what they demand or denounce; crowds filling
    the streets to celebrate or shop do not."""
    for v in doc:
        if v.pos_ != "VERB" or not _public_place(v) or _at(cands, v) is not None:
            continue
        subj = subject_nouns(v)
        # what they demand: a participle or purpose clause of the verb, its subject or
        # (small parser) of the place ("poured into the capital demanding ...")
        demands = _demands(Candidate(v, v, "PROTEST", "demo", _DEMO, v.i, v.i + 1), cands)
        if not subj & lx.protest_actors and not (subj & (_PEOPLE | _CROWDS) and demands):
            continue
        cands.append(Candidate(v, v, "PROTEST", "demo", _DEMO, v.i, v.i + 1))


def _demands(c: Candidate, cands: list[Candidate]) -> list[Candidate]:
    inside = {t.i for t in c.gov.subtree}
    return [d for d in _live(cands) if d.type in _DEMANDING and d.gov is d.tok and d is not c
            and d.tok.dep_ in ("acl", "advcl", "xcomp") and d.tok.i in inside]


# Prefilter: sentences these rules may read though no lexicon form occurs in them
_CUE = re.compile(r"\b(?:fill|throng|pack|flood|jamm?|crowd|swarm|pour|stream|spill|flock|surg|"
                  r"converg|cramm?|mass|gather|lin|occup)\w*\b[^.;]{0,60}?\b(?:street|square|plaza|"
                  r"avenue|boulevard|road|highway|centre|center|downtown|park|esplanade|capital|city|town)s?\b"
                  r"|\b(?:take|takes|taken|taking|took|assume[sd]?|assuming)\b[^.;]{0,30}?\b"
                  r"(?:positions?|control|patrol\w*|responsibility|command|charge|security|checkpoints?|"
                  r"posts?|bases?|duty|duties)\b", re.I)


def may_hold(text: str) -> bool:
    return _CUE.search(text) is not None


def add(doc: Any, cands: list[Candidate], lx: Lexicon,
        subj_sector: Callable[[Any], Optional[str]]) -> None:
    _positions(doc, cands, subj_sector)
    _crowds(doc, cands, lx)


# --- a promise of force under a hostile condition (CAMEO 138) ---------------------------

_HOSTILE = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "PROTEST",
                      "REJECT"})
_DEFIANT = frozenset("continue persist resume escalate cross violate refuse fail ignore "
                     "defy attack invade breach".split())


def hostile_condition(v: Any, lx: Lexicon, any_unless: bool = True) -> bool:
    """'... unless the junta frees the prisoners' (``any_unless``), '... if the raids
    continue', '... if the smuggling does not stop': a condition that another party
    keeps up a hostile act, or an ultimatum."""
    for k in v.children:
        if k.dep_ != "advcl":
            continue
        marks = {m.lower_ for m in k.children if m.dep_ == "mark"}
        if "unless" in marks and any_unless:
            return True
        if "if" not in marks:
            continue
        if _lemma(k) in _DEFIANT or any(m.dep_ == "neg" for m in k.children):
            return True
        for t in k.subtree:
            e = lx.verbs.get(_lemma(t)) if t.pos_ == "VERB" else \
                lx.nouns.get(_lemma(t)) if t.pos_ in NOUN_POS else None
            if e is not None and e.type in _HOSTILE:
                return True
    return False


# the content of a threat by the kind of act threatened (PLOVER THREATEN modes)
THREAT_MODES = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations",
                 "COERCE": "restrict", "PROTEST": "restrict"}


def refine(cands: list[Candidate], lx: Lexicon) -> None:
    """'vowed to send troops into the valley if the raids continue', 'pledged to deploy
    soldiers unless the attacks stop': a promised show of force under such a condition
    is a threat of force; any promised act 'unless' another yields is a threat. A
    crowd's demand joins the demonstration that makes it."""
    for c in _live(cands):
        if c.entry is _DEMO:
            for d in _demands(c, cands):      # the crowd's demand is what it protests
                _absorb_into(d, c)
        if c.type != "AGREE" or _lemma(c.tok) not in _VOWS or c.gov is not c.tok:
            continue
        for e in c.embedded:
            if e.type == "MOBILIZE" and (hostile_condition(e.gov, lx) or hostile_condition(c.gov, lx)) \
                    or _unless(e.gov) or _unless(c.gov):
                c.type, c.mode = "THREATEN", THREAT_MODES.get(e.type, "relations")
                break


def _unless(v: Any) -> bool:
    return any(k.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless"
                                         for m in k.children) for k in v.children)
