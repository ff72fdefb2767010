"""Dependency constraints of lexicon entries: the lemma of a token, a trigger's objects,
direct objects, modifiers and particles, and whether an entry's alternative matches
them (all of an alternative's keys must hold: "give up" + a weapon is a disarmament,
"gave up smoking" no event)."""
from __future__ import annotations

from typing import Any, Callable, Optional

from .lexicon import LEMMA_FIXES, Entry

_OBJ_DEPS = ("dobj", "nsubjpass", "attr", "oprd", "dative", "compound", "xcomp", "ccomp",
             "obj", "acomp")
_CLOSED = frozenset({"PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX", "NUM", "PUNCT"})


def _lemma(tok: Any) -> str:
    fixed = LEMMA_FIXES.get(tok.lower_)
    if fixed is not None:
        return fixed
    lem = tok.lemma_.lower()
    if tok.pos_ == "PROPN" or lem == tok.text and tok.pos_ not in _CLOSED:  # headline Title Case
        low = tok.lower_
        if low.endswith("es") and low[:-2] and not low.endswith("ses"):
            return low[:-2] if low[:-1].endswith(("sh", "ch")) else low[:-1]
        if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
            return low[:-1]
        return low
    return lem


# Verbs of movement whose intransitive subject is what is moved ("troops deployed")
_ERGATIVE = frozenset("deploy redeploy withdraw".split())


def _antecedent_object(tok: Any) -> set[str]:
    """The noun a clause's verb acts on when the clause hangs on it: "the weapons, which
    Russia supplied" (a relative clause), "peacekeepers deployed in the region" (a
    reduced passive)."""
    if tok.dep_ == "relcl" and any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lower_ in ("which", "that")
                                   for c in tok.children):
        return {_lemma(tok.head)}
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
        return {_lemma(tok.head)}
    return set()


def objects(tok: Any) -> set[str]:
    """Lemmas of a trigger's objects and complements (direct, passive subject, PP objects,
    'of'-complements of nouns, conjuncts of those)."""
    out = _antecedent_object(tok)
    if _lemma(tok) in _ERGATIVE and not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in tok.children):
        # "2,000 peacekeepers have deployed along the line": what moves is the subject
        out.update(_lemma(c) for c in tok.children if c.dep_ == "nsubj")
    for ch in tok.children:
        if ch.dep_ in _OBJ_DEPS:
            out.add(_lemma(ch))
            out.update(_lemma(c) for c in ch.conjuncts)
            out.update(_lemma(c) for c in ch.children if c.dep_ == "compound")
            # "branded the bombing a war crime": the small parser makes the predicate
            # noun an apposition of the object
            for ap in (c for c in ch.children if c.dep_ == "appos"):
                out.add(_lemma(ap))
                out.update(_lemma(c) for c in ap.children if c.dep_ == "compound")
            # "found the governor guilty": a predicate adjective parsed as a late amod;
            # "lowered the alert level", "lifted martial law": the classifying adjective
            # of the object names what it is (objects only, not the trigger's own mods)
            out.update(_lemma(c) for c in ch.children if c.dep_ == "amod" and (
                c.i > ch.i or ch.dep_ in ("dobj", "obj", "nsubjpass") and c.pos_ == "ADJ"))
            # "provide 25,000 tons of food aid": the complement of a measure noun
            for p in ch.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for g in p.children:
                        if g.dep_ == "pobj":
                            out.add(_lemma(g))
                            # "suspended part of a military aid program": the compound too
                            out.update(_lemma(x) for x in g.children if x.dep_ == "compound")
        if ch.dep_ in ("ccomp", "xcomp"):
            # "allowed inspectors to return": the subject of the complement clause
            out.update(_lemma(k) for k in ch.children if k.dep_ == "nsubj")
        if ch.dep_ == "advcl" and any(k.dep_ == "aux" and k.lower_ == "to" for k in ch.children):
            # "vowed to fight": the small parser often attaches the infinitive as advcl
            out.add(_lemma(ch))
        elif ch.dep_ in ("prep", "agent", "prt", "advmod"):
            for g in ch.children:
                if g.dep_ in ("pobj", "pcomp"):
                    out.add(_lemma(g))
                    out.update(_lemma(c) for c in g.conjuncts)
                    if tok.pos_ in ("NOUN", "PROPN") and ch.lower_ == "of":
                        # "deployment of the peacekeeping contingent": what kind it is
                        out.update(_lemma(x) for x in g.children if x.dep_ in ("compound", "amod"))
                elif g.dep_ == "prep":
                    # "pulled out of the talks": the object of a particle's preposition
                    out.update(_lemma(x) for x in g.children if x.dep_ == "pobj")
    return out


def infinitive_objects(tok: Any) -> set[str]:
    """Objects of a trigger's infinitive complement ("sent troops to protect civilians":
    civilians); read only by an alternative's second object list ("obj2"), so that a
    noun there never passes for the infinitive verb a first list names."""
    return {_lemma(k) for ch in tok.children if ch.dep_ in ("advcl", "xcomp") and _to_infinitive(ch)
            for k in ch.children if k.dep_ in ("dobj", "obj")}


def modifiers(tok: Any) -> set[str]:
    return {_lemma(c) for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")}


def _left_text(tok: Any) -> str:
    doc = tok.doc
    return " " + doc[tok.left_edge.i:tok.i].text.lower().replace("-", " - ") + " "


# words that are particles of a phrasal verb ("hand over", "give up", "throw out") as
# well as prepositions: read as a particle only where one can stand
_ADVERBIAL = frozenset("over back up out down off in away aside".split())


def _particles(tok: Any) -> set[str]:
    """Particles of a verb, and the prepositions of prepositional verbs ("call for",
    "rally behind"). A particle-like word ("over", "back", "out") with an object of its
    own is one only right after the verb or a short direct object ("handed over the
    hostages", "handed the hostages over"); "handed a note of protest to the envoy in
    Oslo over repeated intrusions" has none."""
    after_obj = {o.right_edge.i + 1 for o in tok.children if o.dep_ in ("dobj", "obj")
                 and o.right_edge.i - o.i <= 3}
    out = set()
    for c in tok.children:
        if c.dep_ not in ("prt", "prep", "advmod"):
            continue
        if c.dep_ == "prt" or c.lower_ not in _ADVERBIAL or c.i == tok.i + 1 or c.i in after_obj \
                or not any(g.dep_ in ("pobj", "pcomp") for g in c.children):
            out.add(c.lower_)
    return out


def direct_objects(tok: Any) -> set[str]:
    """Lemmas of a trigger's direct object (or passive subject), its conjuncts and
    compounds: what an alternative's "dobj" list reads, so that "rallied against the
    government" has none ("objects" counts any preposition's object)."""
    out = _antecedent_object(tok)
    heads = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    # "threw out the bill" parsed with "out" as a preposition right after the verb
    heads += [g for c in tok.children if c.dep_ in ("prep", "advmod") and c.lower_ in _ADVERBIAL
              and c.i == tok.i + 1 for g in c.children if g.dep_ == "pobj"]
    for h in heads:
        out.add(_lemma(h))
        out.update(_lemma(c) for c in h.conjuncts)
        out.update(_lemma(c) for c in h.children if c.dep_ == "compound")
    return out


def alt_ok(a: dict[str, Any], tok: Any, subj_sector: Callable[[Any], Optional[str]]) -> bool:
    """All of an alternative's constraints hold at ``tok``."""
    if a["mods"] and not (a["mods"] & (modifiers(tok) | set(_left_text(tok).split()))):
        return False
    if a["obj"] and not (a["obj"] & objects(tok)):
        return False
    if a["dobj"] and not (a["dobj"] & direct_objects(tok)):
        return False
    if a["obj2"] and not (a["obj2"] & (objects(tok) | infinitive_objects(tok))):
        return False
    if a["prt"] and not (a["prt"] & _particles(tok)):
        return False
    if a["subj_sector"] and subj_sector(tok) not in a["subj_sector"]:
        return False
    if a["gov"] and (tok.head == tok or _lemma(tok.head) not in a["gov"]):
        return False
    return True


def alt_type(entry: Entry, tok: Any, subj_sector: Callable[[Any], Optional[str]]
             ) -> tuple[str, Optional[str]]:
    """Type and mode of the first alternative that holds, else the entry's own."""
    for a in entry.alts:
        if alt_ok(a, tok, subj_sector):
            return a["type"], a.get("mode")
    return entry.type, entry.mode


def _to_infinitive(v: Any) -> bool:
    return v.pos_ in ("VERB", "AUX") and any(k.dep_ == "aux" and k.lower_ == "to" for k in v.children)
