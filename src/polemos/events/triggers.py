"""Trigger candidates in a parsed sentence: verbs and nominalisations from the lexicon,
resolved to a PLOVER type and mode with their syntactic context (light verbs, weak
nouns, object constraints, alternatives), then merged and absorbed so that one event
gives one candidate ("agreed to withdraw" -> AGREE; "launched an operation" -> one)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from .constraints import (_left_text, _lemma, _particles, _to_infinitive, alt_ok,  # noqa: F401
                          alt_type as _alt, modifiers,
                          objects)
from .lexicon import Entry, Lexicon
from .prominence import background_link

VERBAL_POS = ("VERB",)
NOUN_POS = ("NOUN", "PROPN")
_UP_DEPS = ("xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "attr", "acl", "advcl",
            "compound", "nsubjpass", "obj", "oprd", "agent")


@dataclass
class Candidate:
    tok: Any                       # trigger token (verb, or head noun of a nominalisation)
    gov: Any                       # light verb governing a noun trigger, else ``tok``
    type: str
    mode: Optional[str]
    entry: Entry
    start: int                     # trigger span (token indices, inclusive start, exclusive end)
    end: int
    absorbed_by: Optional["Candidate"] = None
    embedded: list["Candidate"] = field(default_factory=list)
    under_accuse: Optional["Candidate"] = None
    score: float = 1.0
    must_req: bool = False         # "X said Y must ...": a REQUEST by X of Y, see must_candidates
    transfer: bool = False         # control taken of ceded ground: RETREAT, roles swapped
    ceder: Any = None              # who ceded it (token), for ``transfer``
    receiver: Any = None           # verb of the party that took over ceded ground


def _weak_ok(tok: Any, lx: Lexicon) -> bool:
    if tok.pos_ in VERBAL_POS:
        # "pressed Belgrade to cooperate", "pressed for talks": a complement makes the act;
        # "a rocket hit the school", "hit a landmine": a weapon as subject or object
        if any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "for"
               for c in tok.children):
            return True
        if any(c.dep_ in ("dobj", "obj") for c in tok.children) and any(
                c.dep_ == "advcl" and _to_infinitive(c) for c in tok.children):
            return True         # "pressed its partners on Monday to pool ...": parsed as advcl
        if any(c.dep_ in ("nsubj", "dobj", "nsubjpass", "obj") and _lemma(c) in lx.mode_cues
               for c in tok.children):
            return True
    left = _left_text(tok)
    if any(f" {m} " in left or f" {m.replace('-', ' - ')} " in left for m in lx.weak_mods):
        return True
    head = tok.head
    if tok.dep_ in ("dobj", "obj") and any(c.dep_ == "xcomp" and _to_infinitive(c)
                                           for c in head.children):
        return False            # "ordered the mission to leave": the one ordered, no act
    if head != tok and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr", "conj") \
            and _lemma(head) in lx.weak_governors:
        return True
    return tok.dep_ == "pobj" and head.head != head and _lemma(head.head) in lx.weak_governors


def _hyphen_key(tok: Any) -> Optional[str]:
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
        return f"{tok.lower_}-{doc[tok.i + 2].lower_}"
    return None


def find_candidates(doc: Any, lx: Lexicon, subj_sector: Callable[[Any], Optional[str]]
                    ) -> list[Candidate]:
    cands: list[Candidate] = []
    taken: set[int] = set()
    for tok in doc:
        if tok.i in taken or not tok.is_alpha and "-" not in tok.text:
            continue
        lem = _lemma(tok)
        # multiword triggers ("state of emergency", "take to the streets", "air strike")
        hit = _multiword(doc, tok, lem, lx)
        if hit:
            head, end, entry = hit
            typ, mode = _alt(entry, head, subj_sector)
            cands.append(Candidate(head, head, typ, mode, entry, tok.i, end))
            taken.update(range(tok.i, end))
            continue
        entry = None
        span_end = tok.i + 1
        hk = _hyphen_key(tok)
        if hk and hk in lx.nouns:
            entry, span_end = lx.nouns[hk], tok.i + 3
            taken.update(range(tok.i, span_end))
        elif tok.pos_ in VERBAL_POS:
            entry = lx.verbs.get(lem)
        elif tok.pos_ in NOUN_POS:
            entry = lx.nouns.get(lem)
            if entry is None and tok.is_title and tok.pos_ == "PROPN" and \
                    not any(c.dep_ == "det" for c in tok.children):
                # headline verbs tagged PROPN; "the International Monetary Fund" is a name
                entry = lx.verbs.get(lem)
        if entry is None and lem in _WANT and tok.pos_ in VERBAL_POS and _wants_of_other(tok):
            entry = _WANT_ENTRY
        if entry is None and lem in _TELL and tok.pos_ in VERBAL_POS and \
                any(c.dep_ == "xcomp" and _to_infinitive(c) for c in tok.children):
            entry = _WANT_ENTRY             # "told the strikers to return to work": an order
        if entry is not None and entry.type == "REQUEST" and lem in _SEEK and any(
                c.dep_ == "xcomp" and _to_infinitive(c) and not any(k.dep_ == "nsubj" for k in c.children)
                for c in tok.children):
            continue                        # "sought to rally support": an attempt, no request
        if entry is None or _not_eventive(tok):
            continue
        if entry.prt and not (entry.prt & _particles(tok)):
            continue
        objs = objects(tok)
        if entry.obj and not (entry.obj & objs):
            # an alternative with its own object or particle holds as a whole ("give up"
            # needs a weapon, "throw out" a bill): "gave up smoking" is no event
            if not any(alt_ok(a, tok, subj_sector) for a in entry.alts
                       if a["obj"] or a["dobj"] or a["prt"]):
                continue
        if entry.obj_not and entry.obj_not & objs:
            continue
        if entry.weak and not _weak_ok(tok, lx):
            continue
        if entry.subj_sector and subj_sector(tok) not in entry.subj_sector:
            continue
        typ, mode = _alt(entry, tok, subj_sector)
        if typ == "AGREE" and lem in _PROPOSE and _wants_of_other(tok, finite=True):
            typ, mode = "REQUEST", "change"     # "proposed that both sides withdraw"
        if typ in ("ASSAULT", "COERCE") and lx.protest_actors & subject_nouns(tok):
            # "rioters torched cars", "protesters blockaded the ministry": CAMEO 144/145
            typ, mode = "PROTEST", "riot" if typ == "ASSAULT" else "obstruct"
        cands.append(Candidate(tok, tok, typ, mode, entry, tok.i, span_end))
    from . import codebook          # imports this module: loaded on first use
    from . import codebook_acts
    codebook.add(doc, cands, lx, subj_sector)
    codebook_acts.add(doc, cands, lx, subj_sector)
    _attach_light_verbs(cands, lx)
    _absorb(cands, lx)
    _protest_demands(cands, lx, subj_sector)
    codebook.refine(doc, cands, lx)
    codebook_acts.refine(cands, lx)
    cands = [c for c in cands if c.absorbed_by is None]
    cands.extend(must_candidates(doc, lx, cands))
    return cands


# Heads that carry the event of a compound trigger ("rescue operation", "aid convoy");
# under any other head the trigger noun only classifies a person or thing ("aid
# workers", "war crimes", "protest leaders", "arrest warrant").
_CARRIERS = frozenset("operation effort mission campaign programme program package convoy shipment "
                      "delivery flight drive plan process agreement deal accord talk negotiation "
                      "attack assault strike raid offensive march".split())


def _not_eventive(tok: Any) -> bool:
    """A trigger word that names no event here: an adjectival participle ("the besieged
    town", "the occupied territories") or a noun modifying a non-event noun."""
    if tok.pos_ in VERBAL_POS and tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBG", "JJ") \
            and tok.head.i > tok.i:
        return True
    if tok.pos_ in VERBAL_POS and tok.dep_ in ("pobj", "nsubj", "dobj", "nsubjpass") \
            and any(k.dep_ == "det" and k.lower_ == "the" for k in tok.children) \
            and not any(k.dep_ in ("dobj", "nsubj", "aux", "auxpass") for k in tok.children):
        return True                  # "the wounded", "the injured": people, not an act
    if tok.pos_ in NOUN_POS and tok.dep_ == "compound" and tok.head.i > tok.i:
        return _lemma(tok.head) not in _CARRIERS
    return False


_WANT = frozenset({"want", "wish"})
_WANT_ENTRY = Entry(type="REQUEST", mode="change")
_TELL = frozenset({"tell"})
_SEEK = frozenset({"seek"})


_QUANTITY = frozenset("thousand hundred dozen score ten hundreds thousands dozens tens group crowd "
                      "number".split())


def subject_nouns(tok: Any) -> set[str]:
    """Lemmas of the doer of a trigger: its subject, the subject of the clause it depends
    on ("torched cars and looted shops", "gathered ... demanding"), the noun a participle
    modifies ("protesters demanding ..."), the light verb's subject of an object noun;
    "thousands of protesters" gives "protesters" too."""
    node = tok
    for _ in range(3):
        if node.pos_ in NOUN_POS and node.dep_ in ("dobj", "obj", "pobj") and node.head != node:
            node = node.head if node.dep_ != "pobj" else node.head.head
            continue
        subs = [k for k in node.children if k.dep_ == "nsubj"]
        if subs:
            out: set[str] = set()
            for s in subs + [c for s in subs for c in s.conjuncts]:
                out.add(_lemma(s))
                if _lemma(s) in _QUANTITY:
                    out.update(_lemma(g) for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                               for g in p.children if g.dep_ == "pobj")
            return out
        if node.dep_ == "acl" and node.head.pos_ in NOUN_POS:
            return {_lemma(node.head)}
        if node.dep_ in ("conj", "advcl", "xcomp") and node.head != node:
            node = node.head
            continue
        break
    return set()


_DEMANDING = frozenset({"REQUEST", "REJECT", "ACCUSE"})
_CROWDS = frozenset({"crowd", "throng"})     # "crowds poured into the streets demanding ..."


_STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "PRM", "REB", "UAF", "IGO", "SPY"})


def _protest_demands(cands: list[Candidate], lx: Lexicon,
                     subj_sector: Callable[[Any], Optional[str]]) -> None:
    """'went on hunger strike to demand ...', 'staged a strike calling for ...', 'protesters
    gathered, demanding ...': PLOVER codes a demand made in the form of a protest as
    PROTEST, and the topic of a protest is no event of its own. A demand in a purpose or
    participle clause joins the protest it belongs to, or becomes one when protesters make it."""
    live = [c for c in cands if c.absorbed_by is None]
    protests = [c for c in live if c.type == "PROTEST"]
    for c in live:
        if c.type not in _DEMANDING or c.gov is not c.tok or c.tok.dep_ not in ("acl", "advcl", "xcomp") \
                or c.tok.pos_ not in VERBAL_POS:
            continue
        h = c.tok.head
        subj = subject_nouns(c.tok)
        host = None
        for p in protests:
            anc, node = {p.gov.i, p.tok.i}, p.gov
            for _ in range(3):
                if node.head == node:
                    break
                node = node.head
                anc.add(node.i)
            if h.i in anc or subj & lx.protest_actors and subj & subject_nouns(p.gov):
                host = p
                break
        if host is None:
            # "fishermen blockaded the harbour to oppose the quotas": obstruction by
            # people who are no state or armed group, made to press a demand
            host = next((p for p in live if p.type == "COERCE" and p.mode == "restrict"
                         and h.i in (p.gov.i, p.tok.i) and p.absorbed_by is None
                         and subj_sector(p.gov) not in _STATE), None)
            if host is not None:
                host.type, host.mode = "PROTEST", "obstruct"
        if host is None and subj & (lx.protest_actors | _CROWDS):
            # "Opposing the tax, crowds torched government offices": a riot (CAMEO 145)
            host = next((p for p in live if p.type == "ASSAULT" and h.i in (p.gov.i, p.tok.i)
                         and p.absorbed_by is None), None)
            if host is not None:
                host.type, host.mode = "PROTEST", "riot"
        if host is not None:
            c.absorbed_by = host
            host.embedded.append(c)
        elif subj & (lx.protest_actors | _CROWDS) and c.type != "ACCUSE":
            c.type, c.mode = "PROTEST", "demo"


_PROPOSE = frozenset({"propose", "suggest"})


def _wants_of_other(tok: Any, finite: bool = False) -> bool:
    """'wants the government to accept mediation', 'proposed that both sides withdraw'
    (``finite``): a wish about another actor's act is a demand of it (PLOVER REQUEST);
    'wants to join' is the subject's own intent."""
    for v in tok.children:
        if v.dep_ not in ("ccomp", "xcomp") or not any(k.dep_ == "nsubj" and k.pos_ != "PRON"
                                                        or k.dep_ == "nsubj" and not finite
                                                        for k in v.children):
            continue
        if finite:
            if any(k.dep_ == "mark" and k.lower_ == "that" for k in v.children) and \
                    not any(k.dep_ == "aux" and k.lower_ in ("will", "would", "had", "has", "have")
                            for k in v.children):
                return True
        elif any(k.dep_ == "aux" and k.lower_ == "to" for k in v.children):
            return True
    return False


_MUST = frozenset({"must", "should", "ought"})
_MUST_ENTRY = Entry(type="REQUEST", mode="change")


def must_candidates(doc: Any, lx: Lexicon, cands: list[Candidate]) -> list[Candidate]:
    """'The council said the army must allow aid convoys': a demand voiced by the
    reporting subject even when the demanded act is no trigger of its own (PLOVER
    REQUEST). The demanded verb becomes the trigger; roles are swapped in extract."""
    have = {c.gov.i for c in cands} | {c.tok.i for c in cands}
    out = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or _lemma(tok) not in lx.reporting:
            continue
        for v in tok.children:
            if v.dep_ != "ccomp" or v.i in have:
                continue
            if any(k.dep_ in ("aux", "auxpass") and k.lower_ in _MUST for k in v.children) and \
                    not any(k.dep_ == "neg" for k in v.children):
                out.append(Candidate(v, v, "REQUEST", "change", _MUST_ENTRY, v.i, v.i + 1,
                                     must_req=True))
    return out


def _multiword(doc: Any, tok: Any, lem: str, lx: Lexicon
               ) -> Optional[tuple[Any, int, Entry]]:
    for key, entry in lx.multiword.items():
        if key[0] != lem or tok.i + len(key) > len(doc):
            continue
        toks = doc[tok.i:tok.i + len(key)]
        if all(_lemma(t) == k or t.lower_ == k for t, k in zip(toks, key)):
            inside = set(range(tok.i, tok.i + len(key)))
            head = next((t for t in toks if t.head.i not in inside or t.head == t), toks[0])
            return head, tok.i + len(key), entry
    return None


# "ordered the expulsion of ...", "ordered the arrest of ...": the act ordered is the event
_DIRECTIVE = frozenset({"order", "decree", "authorize", "authorise"})


def _attach_light_verbs(cands: list[Candidate], lx: Lexicon) -> None:
    """'launched a military operation': the noun is the trigger, the verb its governor."""
    by_tok = {c.tok.i: c for c in cands}
    for c in cands:
        if c.tok.pos_ not in NOUN_POS or c.absorbed_by:
            continue
        head = c.tok.head
        if c.tok.dep_ not in ("dobj", "obj", "nsubjpass", "attr") or _lemma(head) not in lx.light_verbs:
            continue
        c.gov = head
        if head.i - c.tok.i <= 0 and c.tok.i - head.i <= 6:
            c.start = min(c.start, head.i)
        vc = by_tok.get(head.i)
        if vc is None:
            continue
        if c.type == "AID" and _lemma(head) == "announce":
            c.type, c.mode = "AGREE", None      # "announced a $100 million aid package"
        if vc.type == c.type or _lemma(head) in _DIRECTIVE or \
                not (vc.type in lx.absorbing or _lemma(head) in ("sign", "ratify")):
            vc.absorbed_by = c
            c.mode = c.mode or vc.mode
        else:
            c.absorbed_by = vc
            vc.embedded.append(c)


_VOWS = frozenset({"vow", "swear", "pledge", "promise"})
_STOPPING = frozenset({"stop", "end", "halt", "cease", "suspend", "abandon", "renounce", "refrain",
                       "avoid", "prevent", "limit", "reduce", "lift", "ease"})
_YIELD_TYPES = frozenset({"CONCEDE", "RETREAT", "AGREE", "CONSULT", "COOPERATE", "AID", "SUPPORT"})
_CUT_OFF = frozenset({"AID", "COOPERATE", "CONSULT", "SUPPORT", "AGREE"})
_SAYING = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
_REQ_MODE = {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AGREE": "meet",
             "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist"}
_THREAT_MODE = {"ASSAULT": "violence", "SANCTION": "relations", "PROTEST": "restrict"}


def _absorb(cands: list[Candidate], lx: Lexicon) -> None:
    by_tok = {c.gov.i: c for c in cands if c.absorbed_by is None}
    by_tok.update({c.tok.i: c for c in cands if c.absorbed_by is None})
    for c in cands:
        if c.absorbed_by is not None:
            continue
        node, hops = c.gov, 0
        path: list[str] = []
        # an act in a background clause or phrase ("pledged ..., days after police
        # arrested ...") is the cause or antecedent of the head's act, not its content
        while node.head != node and hops < 4 and node.dep_ in _UP_DEPS and not background_link(node):
            node, hops = node.head, hops + 1
            a = by_tok.get(node.i)
            path.append(_lemma(node))
            if a is None or a is c or a.absorbed_by is not None:
                continue
            if c.type in _SAYING and a.type not in (c.type, "PROTEST") and c.gov.dep_ == "acl" \
                    and hops == 1 and a.tok.pos_ in NOUN_POS:
                # "a declaration demanding ...", "a statement accusing ...": the content
                # verb says what was done; the document noun only carries it
                a.absorbed_by = c
                c.embedded.append(a)
            elif a.type == c.type and hops <= 2:
                c.absorbed_by = a
                a.mode = a.mode or c.mode
            elif a.type in lx.absorbing:
                c.absorbed_by = a
                a.embedded.append(c)
                if a.type == "AGREE" and _lemma(a.tok) in _VOWS and c.type in _YIELD_TYPES \
                        and any(k.dep_ == "neg" for k in c.gov.children):
                    # "vowed not to give in", "swore never to withdraw": a refusal (CAMEO 124)
                    a.type, a.mode = "REJECT", _REQ_MODE.get(c.type, "change")
                elif a.type == "AGREE" and (c.type in _THREAT_MODE or c.type == "COERCE") \
                        and _lemma(a.tok) in _VOWS and not set(path) & _STOPPING:
                    # "vowed to continue their attacks", "swore to crush the revolt": a
                    # promise of force is a threat (CAMEO 138)
                    a.type = "THREATEN"
                    a.mode = _THREAT_MODE.get(c.type, "restrict")
                elif a.mode is None and a.type in ("REQUEST", "REJECT"):
                    a.mode = _REQ_MODE.get(c.type, "change")
                elif a.mode is None and a.type == "THREATEN":
                    a.mode = _THREAT_MODE.get(c.type) or (
                        "arrest" if c.mode == "arrest" else "restrict" if c.type == "COERCE" else None)
            elif a.type == "SANCTION" and c.type in _CUT_OFF:
                # "suspended military aid", "froze the talks": the aid is what is cut
                c.absorbed_by = a
                a.embedded.append(c)
            elif a.type == "ACCUSE":
                c.under_accuse = a
            break
