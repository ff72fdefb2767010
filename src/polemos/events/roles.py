"""Who did it to whom, in what status, according to whom: dependency patterns over a
trigger candidate. Actor phrases are normalised with :func:`polemos.actors.normalise_actor`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Optional

from ..actors import ActorInfo, normalise_actor
from .lexicon import Lexicon
from .triggers import Candidate, _lemma

_GENERIC_HEADS = frozenset("unit member representative people population delegation part group "
                           "side resident force troop official leader head branch wing hundred thousand dozen "
                           "hundreds thousands dozens scores score faction team "
                           "contingent battalion".split())
_OBJ_CONTROL = frozenset("urge ask order call force allow persuade tell invite press encourage "
                         "request help permit compel instruct".split())
_TARGET_PREPS = {"against", "on", "upon", "at", "toward", "towards"}
_DOC_NOUNS = frozenset("declaration statement letter resolution report communique communiqué message "
                       "decree note appeal petition memorandum proposal plan motion ultimatum".split())
_WITH_TYPES = {"CONSULT", "COOPERATE", "AGREE", "ASSAULT", "SUPPORT"}
_TO_TYPES = {"AID", "REQUEST", "CONCEDE", "RETREAT", "SANCTION", "CONSULT", "THREATEN", "SUPPORT",
             "COOPERATE"}
_FROM_TYPES = {"RETREAT"}                 # "withdraw troops from X": X is the target
# "demanded that X withdraw", "warned that X would pay": the clause subject is the target
_CLAUSE_TARGET_TYPES = {"REQUEST", "THREATEN", "ACCUSE", "REJECT"}
_TIME_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday "
                        "tomorrow tonight january february march april may june july august "
                        "september october november december week month year weekend day night "
                        "morning evening afternoon".split())
_THEME_TYPES = {"RETREAT", "MOBILIZE", "AID"}   # "sent peacekeepers": the forces are what is given
_FORCES = frozenset("troop soldier force unit army reservist police policeman battalion brigade "
                    "division contingent warship tank peacekeeper marine fighter personnel".split())
_JOINING = frozenset("converge gather join participate take go march assemble rally come turn "
                     "engage call head travel".split())
_OF_NOUN_TYPES = {"ASSAULT", "COERCE", "SANCTION", "SUPPORT", "ACCUSE"}
# "cut ties with X", "closed its border with X", "lodged a protest with X": the noun's
# partner (the parser often hangs the "with" on the verb)
_WITH_NOUNS = frozenset("tie relation contact link border frontier trade talk cooperation "
                        "protest complaint dialogue exchange truce ceasefire cease-fire armistice "
                        "deal agreement accord pact treaty".split())
# "withdrew its troops from X", "recalled its ambassador from X": the place left is the
# target and the thing moved is no target
_MOVE_VERBS = frozenset("withdraw pull recall evacuate remove move redeploy".split())
_THEME_NOUNS = _FORCES | frozenset("ambassador envoy diplomat staff inspector worker observer "
                                   "mission embassy personnel adviser advisor".split())
_AGAINST_HOSTS = {"for", "in", "into", "of"}
# Heads ending like nominalisations that name agents, and "-ing" nouns that are things.
_NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ance", "ence")
_AGENT_NOMINALS = frozenset("administration organisation organization delegation commission "
                            "federation coalition opposition association confederation nation "
                            "population corporation foundation institution mission government "
                            "parliament movement department regiment establishment alliance "
                            "intelligence presidency congregation generation legion union station "
                            "division patrol garrison convention".split())
_ING_THINGS = frozenset("building offspring ceiling clothing housing lodging dwelling "
                        "sibling darling".split())
_PRONOUNS = frozenset("it they he she we its their his her them him".split())
_REL = frozenset("which who that whom".split())
VERBAL_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT", "CONCEDE"}
_BE_TO = re.compile(r"\b(?:is|are|was|were|be)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+|"
                    r"going\s+|supposed\s+)?to\s+(?:be\s+)?$", re.I)


@dataclass
class Role:
    tok: Any
    role: str            # source | target
    text: str
    start: int           # char offsets within the parsed sentence
    end: int
    info: Optional[ActorInfo]
    pronoun: bool = False


def phrase_span(tok: Any) -> tuple[int, int]:
    """Token index span [start, end) of the actor phrase headed by ``tok``."""
    start = tok.left_edge.i
    # a left edge reaching into quotes or punctuation is trimmed ("U.N." is kept)
    while start < tok.i and (tok.doc[start].is_punct or tok.doc[start].is_space
                             or not any(ch.isalnum() for ch in tok.doc[start].text)):
        start += 1
    end = tok.i + 1
    generic = _lemma(tok) in _GENERIC_HEADS
    for ch in tok.children:
        if ch.dep_ == "prep" and ch.lower_ == "of" and ch.i > tok.i and (generic or (
                tok.pos_ == "PROPN" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in ch.children))):
            # "scores of refugees"; a name going on with "of": "Republic of Korea"
            end = ch.right_edge.i + 1
            cut = next((t.i for t in tok.doc[ch.i:end] if t.text in (",", ";", "(", "—")), None)
            end = cut if cut is not None else end
    return start, end


def rel_antecedent(rel: Any, clause: Any) -> Any:
    """The noun a relative clause is about. The parser hangs the clause on the first of
    coordinated nouns ("Chad and Sudan, which supplies ..."); a singular verb
    agrees with the nearest one, the conjunct just before the clause."""
    head = clause.head
    conj = [c for c in [head, *head.conjuncts] if c.i < clause.i and (rel is None or c.i < rel.i)]
    if len(conj) < 2:
        return head
    aux = {k.lower_ for k in clause.children if k.dep_ in ("aux", "auxpass")}
    plural = clause.tag_ == "VBP" or bool(aux & {"are", "were", "have", "do"})
    return head if plural else max(conj, key=lambda c: c.i)


def _located_info(tok: Any, info: Optional[ActorInfo], lx: Lexicon) -> Optional[ActorInfo]:
    """'security forces in Guinea', 'doctors from Cuba', 'the army of Chad': a country
    given by a prepositional phrase after the head."""
    if info is None and _lemma(tok) in lx.nouns:
        return info                      # "an agreement in Tehran" is no actor
    for ch in tok.children:
        if ch.dep_ != "prep" or ch.lower_ not in ("in", "of", "from") or ch.i < tok.i:
            continue
        for g in ch.children:
            if g.dep_ != "pobj":
                continue
            sub = normalise_actor(tok.doc[g.left_edge.i:g.i + 1].text)
            if sub is not None and sub.country is not None:
                name = info.name if info else tok.text
                return ActorInfo(name=name, country=sub.country, sector=info.sector if info else None)
    return info


def _eventive(tok: Any, lx: Lexicon) -> bool:
    """A head noun naming an act or a text, not an agent: "Azerbaijan's military
    operation", "the minister's resignation", "illegal mining", "a Security Council
    resolution"."""
    if tok.pos_ != "NOUN":
        return False
    lem = _lemma(tok)
    if lem in _AGENT_NOMINALS or lem in _GENERIC_HEADS or lem in _FORCES:
        return False
    return (lem in lx.nouns or lem in _DOC_NOUNS or lem.endswith(_NOMINAL_SUFFIXES)
            or (lem.endswith("ing") and tok.tag_ == "NN" and len(lem) > 5 and lem not in _ING_THINGS))


def _act_role(tok: Any, role: str, lx: Lexicon, depth: int) -> Optional[Role]:
    """The actor behind an act noun: its possessor ("Pashinyan's resignation"), the
    "of"/"by" phrase ("the resignation of the minister"), else a modifier naming a
    country or body ("the Azerbaijani offensive", "a U.N. Security Council resolution")."""
    for ch in tok.children:
        if ch.dep_ == "poss":
            return make_role(ch, role, lx, depth + 1)
    for ch in tok.children:
        if ch.dep_ in ("prep", "agent") and ch.lower_ in ("of", "by") and ch.i > tok.i:
            for g in ch.children:
                if g.dep_ == "pobj":
                    r = make_role(g, role, lx, depth + 1)
                    if r is not None and r.info is not None:
                        return r
    mods = [k for k in tok.children if k.i < tok.i and k.dep_ in ("amod", "compound", "nmod")
            and (k.pos_ == "PROPN" or _country_of(k.text))]
    if mods:
        span = tok.doc[min(k.left_edge.i for k in mods):max(k.i for k in mods) + 1]
        info = normalise_actor(span.text)
        if info is not None and info.country is not None:
            return Role(tok, role, span.text, span.start_char, span.end_char, info)
    return None


def make_role(tok: Any, role: str, lx: Lexicon, depth: int = 0) -> Optional[Role]:
    if tok.lower_ in _REL and tok.head != tok:
        # "the forces, which attacked": the relative clause's head noun
        tok = rel_antecedent(tok, tok.head) if tok.head.dep_ == "relcl" else tok
    if tok.pos_ == "PRON" or tok.lower_ in _PRONOUNS:
        return Role(tok, role, tok.text, tok.idx, tok.idx + len(tok), None, pronoun=True)
    if depth < 2 and _eventive(tok, lx):
        return _act_role(tok, role, lx, depth)
    # a proper name keeps its form: "the United States" is no place noun "state"
    lem = tok.lower_ if tok.pos_ == "PROPN" else _lemma(tok)
    if lem in lx.not_actor_objects or lem in lx.place_nouns \
            or tok.dep_ == "npadvmod" or tok.like_num or tok.lower_ in _TIME_WORDS:
        return None
    s, e = phrase_span(tok)
    span = tok.doc[s:e]
    text = span.text
    if not any(ch.isalpha() for ch in text):
        return None
    info = normalise_actor(text)
    if info is None or info.country is None:
        info = _located_info(tok, info, lx)
    if info is None and tok.pos_ != "PROPN":
        return None
    return Role(tok, role, text, span.start_char, span.end_char, info)


def _subjects(v: Any) -> list[Any]:
    return [c for c in v.children if c.dep_ in ("nsubj", "csubj")]


def _agent(v: Any) -> list[Any]:
    return [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _passive(v: Any) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or \
        (v.dep_ == "acl" and v.tag_ == "VBN")


def _inherited_subject(v: Any, depth: int = 0) -> list[Any]:
    """Subject of a verb without one: controller of an infinitive, first conjunct,
    head of a relative or participial clause."""
    if depth > 3 or v.head == v:
        return []
    h = v.head
    if v.dep_ == "xcomp" and h.pos_ == "ADJ" and h.dep_ in ("acomp", "amod", "xcomp") and h.head != h:
        h = h.head              # "says it is willing to withdraw": the subject of "is"
        return _subjects(h) or _inherited_subject(h, depth + 1)
    if v.dep_ == "xcomp":
        if _lemma(h) in _OBJ_CONTROL:
            objs = [c for c in h.children if c.dep_ in ("dobj", "obj")]
            if objs:
                return objs
        return _subjects(h) or _agent(h) or _inherited_subject(h, depth + 1)
    if v.dep_ in ("conj", "advcl"):
        return _subjects(h) or _inherited_subject(h, depth + 1)
    if v.dep_ == "pcomp" and h.dep_ == "prep" and h.head.pos_ in ("VERB", "AUX"):
        # "resorted to throwing stones": the doer of the governing verb; "charged its
        # neighbour with supporting", "prevented them from leaving": its object
        g = h.head
        return [c for c in g.children if c.dep_ in ("dobj", "obj")] or _subjects(g) or \
            [c for c in g.children if c.dep_ == "nsubjpass"] or _inherited_subject(g, depth + 1)
    if v.dep_ in ("relcl",) or (v.dep_ == "acl" and v.tag_ == "VBG"):
        if v.dep_ == "acl" and _lemma(h) in _DOC_NOUNS and h.dep_ in ("dobj", "obj") and h.head != h:
            # "issued a declaration demanding ...": whoever issued it
            return _subjects(h.head) or _inherited_subject(h.head, depth + 1)
        return [rel_antecedent(None, v)]
    return []


def _prep_objects(tok: Any, preps: set[str]) -> list[Any]:
    out = []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        objs = [g for g in c.children if g.dep_ == "pobj"]
        out.extend(objs or _orphan_object(c))
    return out


def _orphan_object(prep: Any) -> list[Any]:
    """A preposition left without its object when the noun was read as the subject of a
    reduced clause ("granted asylum to five officers holed up in ..."): that subject."""
    for t in prep.doc[prep.i + 1:prep.i + 8]:
        if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP"):
            return []
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.i > t.i and t.head.dep_ in (
                "advcl", "acl", "relcl", "ccomp", "conj"):
            return [t]
    return []


def _up_to_objects(v: Any) -> list[Any]:
    """'kidnapped up to 16 advisers': the parser reads 'up to' as particle + preposition."""
    return [g for p in v.children if p.dep_ == "prt" and p.lower_ == "up" for q in p.children
            if q.dep_ == "prep" and q.lower_ == "to" for g in q.children
            if g.dep_ == "pobj" and any(k.dep_ == "nummod" for k in g.children)]


def _nested_against(v: Any) -> list[Any]:
    """'mobilized reservists for a war against X', 'launched rocket fire against X': the
    'against' phrase of the verb's object or of a noun in its 'for/in' phrase."""
    hosts = [x for x in v.children if x.dep_ in ("dobj", "obj")]
    hosts += [g for p in v.children if p.dep_ == "prep" and p.lower_ in _AGAINST_HOSTS
              for g in p.children if g.dep_ == "pobj"]
    return [g for h in _with_conj(hosts) for g in _prep_objects(h, {"against"})]


def _with_conj(toks: list[Any]) -> list[Any]:
    out = []
    for t in toks:
        out.append(t)
        out.extend(c for c in t.conjuncts if c.i > t.i)
    return out


def find_roles(c: Candidate, lx: Lexicon) -> list[Role]:
    v, n = c.gov, c.tok
    src: list[Any] = []
    tgt: list[Any] = []
    if v.pos_ in ("VERB", "AUX") or (v == n and v.pos_ not in ("NOUN", "PROPN")):
        if _passive(v):
            src = _agent(v)
            tgt = [x for x in v.children if x.dep_ == "nsubjpass"]
            if v.dep_ == "acl" and not tgt:
                tgt = [v.head]
        else:
            src = _subjects(v) or _inherited_subject(v)
            tgt = [x for x in v.children if x.dep_ in ("dobj", "obj", "dative") and x != n]
            tgt += _up_to_objects(v)
            # "granted asylum to X" parsed with "to" as the dative: its object
            tgt = [g for x in tgt for g in ([y for y in x.children if y.dep_ == "pobj"]
                                            if x.dep_ == "dative" and x.pos_ == "ADP" else [x])]
        tgt += _prep_objects(v, _TARGET_PREPS) + _nested_against(v)
        dobjs = [x for x in v.children if x.dep_ in ("dobj", "obj")]
        if c.type in _WITH_TYPES or any(_lemma(o) in _WITH_NOUNS for o in dobjs):
            tgt += _prep_objects(v, {"with"})
        if c.type in _TO_TYPES or dobjs:
            # "gave aid to X", "refused entry to X": the receiver of the object
            tgt += _prep_objects(v, {"to"})
            # "donated and delivered goods to X": the receiver named after the last verb
            tgt += [g for k in v.children if k.dep_ == "conj" and k.pos_ == "VERB"
                    and not _subjects(k) for g in _prep_objects(k, {"to"})]
        for o in dobjs:
            if o != n:
                tgt += _prep_objects(o, {"to"})
                if _lemma(o) in _WITH_NOUNS:
                    tgt += _prep_objects(o, {"with"})
        if not src:
            src = _prep_objects(v, {"between"})
    if n != v or n.pos_ in ("NOUN", "PROPN"):
        if not src:
            src = [x for x in n.children if x.dep_ == "poss"]
            src += [x for x in n.children if x.dep_ in ("amod", "compound", "nmod") and x.i < n.i
                    and x.pos_ != "NOUN" and _country_of(x.text)]
            src += _agent(n) + _prep_objects(n, {"by", "between", "among"})
            if not src and n.dep_ in ("nsubj",):
                src = _prep_objects(n.head, {"between"})
            if not src and n.dep_ == "pobj" and n.head.lower_ in ("for", "in", "into", "to") \
                    and n.head.head.pos_ == "VERB" and _lemma(n.head.head) in _JOINING:
                # "converged for a rally", "took part in the strike": those who joined it
                j = n.head.head      # "were engaged in ethnic cleansing": a passive form
                src = _subjects(j) or [x for x in j.children if x.dep_ == "nsubjpass"] \
                    or _inherited_subject(j)
        tgt += _prep_objects(n, _TARGET_PREPS)
        if c.type in _TO_TYPES:
            tgt += _prep_objects(n, {"to"})
        if c.type in _OF_NOUN_TYPES:
            tgt += _prep_objects(n, {"of"})
        if c.type in _WITH_TYPES or _lemma(n) in _WITH_NOUNS:
            tgt += _prep_objects(n, {"with"})
        if n.dep_ == "pobj" and n.head.head.pos_ in ("VERB", "AUX") and n.head.head != v:
            # "engaged in ethnic cleansing ... against X"
            tgt += _prep_objects(n.head.head, {"against"})
    moved = _lemma(v) in _MOVE_VERBS
    if c.type in _FROM_TYPES or moved:
        tgt += _prep_objects(v, {"from"}) + (_prep_objects(n, {"from"}) if n != v else [])
        # "pulled its troops out of Lebanon"
        tgt += [g for o in v.children if o.lower_ == "out" for p in o.children
                if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if not tgt and v.dep_ == "advcl" and v.tag_ == "VBG" and v.head.pos_ == "VERB" \
            and not _passive(v.head):
        # "shelled the camps, killing 50": the victims are those of the main clause
        h = v.head
        tgt = [x for x in h.children if x.dep_ in ("dobj", "obj")]
        tgt += _prep_objects(h, _TARGET_PREPS) + _nested_against(h)
    tgt = [t for t in tgt if t.lower_ not in _TIME_WORDS]
    if c.type in _THEME_TYPES or moved:
        # "withdrew its troops", "deployed soldiers": the forces moved are no target;
        # "peacekeepers were deployed": with no agent named, the forces are the doers
        theme = _THEME_NOUNS if moved else _FORCES
        moved_forces = [t for t in tgt if _lemma(t) in theme and (
            t.dep_ in ("dobj", "obj", "nsubjpass") or (v.dep_ == "acl" and t == v.head))]
        if not src:
            src = [t for t in moved_forces if t.dep_ != "dobj" and t.dep_ != "obj"]
        tgt = [t for t in tgt if t not in moved_forces]
    if c.type in _CLAUSE_TARGET_TYPES and not [t for t in tgt if t.pos_ in ("PROPN", "NOUN", "PRON")]:
        tgt += [s for k in v.children if k.dep_ == "ccomp" for s in _subjects(k)]
    tgt = [_owner(t, lx) for t in tgt]
    roles: list[Role] = []
    seen: set[int] = set()
    for toks, role in ((src, "source"), (tgt, "target")):
        for t in _with_conj(toks):
            if t.i in seen or t.i in range(c.start, c.end) or (
                    role == "target" and t.pos_ == "NOUN" and _lemma(t) in _WITH_NOUNS):
                continue
            seen.add(t.i)
            r = make_role(t, role, lx)
            if r is None and role == "target":
                r = _modifier_role(t, lx)
            if r is not None:
                roles.append(r)
    return roles


_NOT_OWNED = frozenset("aid arm weapon measure statement report step control time footage "
                       "image photo video".split())


def _modifier_role(t: Any, lx: Lexicon) -> Optional[Role]:
    """'shelled Albanian rebel-held territory', 'fire against guerrilla camps': a place
    or property whose modifiers name its owner."""
    lem = _lemma(t)
    if lem in _NOT_OWNED or (lem not in lx.not_actor_objects and lem not in lx.place_nouns):
        return None
    mods = [k for k in t.children if k.i < t.i and k.dep_ in ("amod", "compound", "nmod", "npadvmod")]
    if mods:
        info = normalise_actor(t.doc[min(k.left_edge.i for k in mods):t.i].text)
        if info is not None and info.country is not None:
            s, e = phrase_span(t)          # the place itself names the target
            span = t.doc[s:e]
            return Role(t, "target", span.text, span.start_char, span.end_char,
                        ActorInfo(name=span.text, country=info.country, sector=info.sector))
    # "bombed villages in northern Iraq": the country the place lies in
    for p in t.children:
        if p.dep_ == "prep" and p.lower_ == "in" and p.i > t.i:
            for g in p.children:
                info = normalise_actor(t.doc[g.left_edge.i:g.i + 1].text) if g.dep_ == "pobj" else None
                if info is not None and info.country is not None:
                    span = t.doc[t.left_edge.i:g.i + 1]
                    return Role(t, "target", span.text, span.start_char, span.end_char,
                                ActorInfo(name=span.text, country=info.country, sector=None))
    return None


def _owner(t: Any, lx: Lexicon) -> Any:
    """'shelled the rebels' positions', 'the positions of the rebels': the owner of a
    non-actor object is the target."""
    if _lemma(t) in lx.not_actor_objects or _lemma(t) in lx.place_nouns:
        for ch in t.children:
            if ch.dep_ == "poss":
                return ch
        for ch in t.children:
            # "the positions of the rebels", "a camp for refugees", "its border with Iran"
            if ch.dep_ == "prep" and ch.lower_ in ("of", "for", "with"):
                g = next((x for x in ch.children if x.dep_ == "pobj"), None)
                if g is not None and _lemma(g) not in lx.place_nouns:
                    return g
    return t


def _country_of(text: str) -> bool:
    info = normalise_actor(text)
    return info is not None and info.country is not None


def subject_sector(tok: Any, lx: Lexicon) -> Optional[str]:
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "obj", "attr") and tok.head != tok:
        tok = tok.head              # "workers began a strike": the light verb's subject
    subs = _subjects(tok) or _agent(tok) or _inherited_subject(tok)
    for s in subs:
        r = make_role(s, "source", lx)
        if r is not None and r.info is not None:
            return r.info.sector
    return None


def _clause_chain(v: Any, limit: int = 4) -> list[Any]:
    out, node = [v], v
    while node.head != node and len(out) <= limit and node.dep_ in (
            "xcomp", "ccomp", "advcl", "conj", "dobj", "pobj", "prep", "acl", "relcl", "pcomp"):
        node = node.head
        out.append(node)
    return out


def status(c: Candidate, lx: Lexicon, sent_text: str) -> str:
    v = c.gov
    kids = list(v.children)
    lows = {k.lower_ for k in kids}
    deps = {k.dep_ for k in kids}
    if "neg" in deps or (v == c.tok and any(k.dep_ == "det" and k.lower_ in ("no", "neither")
                                             for k in kids)):
        return "negated"
    chain = _clause_chain(v)
    for node in chain[1:]:
        if _lemma(node) in ("fail", "refrain", "avoid", "deny") and node.dep_ != "conj":
            return "negated"
    for node in chain[1:3]:
        # "does not plan to step down", "were not willing to talk": a negated intention
        if _lemma(node) not in lx.planned_governors:
            continue
        # the negation sits on the copula of an adjective: "were not willing"
        holders = [node, node.head] if node.dep_ == "acomp" else [node]
        if any(k.dep_ == "neg" for h in holders for k in h.children):
            return "negated"
    for node in chain:
        if any(k.dep_ == "mark" and k.lower_ in lx.hyp_marks for k in node.children):
            return "hypothetical"
    aux = {k.lower_ for k in kids if k.dep_ in ("aux", "auxpass")}
    if aux & lx.planned_aux:
        return "planned"
    if aux & lx.hyp_aux:
        # "the country would rebuild" under a past reporting verb: future in the past
        if "would" in aux and any(_lemma(x) in lx.reporting for x in chain[1:]):
            return "planned"
        return "hypothetical"
    for node in chain[1:3]:
        lem = _lemma(node)
        if lem in lx.planned_governors and not (lem == "set" and node.tag_ != "VBN"):
            # "is set to sign" is planned; "set up a joint venture", "set cars alight" are acts
            return "planned"
        if lem in lx.ongoing_governors:
            return "ongoing"
    before = sent_text[:v.idx] if v.doc.text == sent_text else v.doc.text[:v.idx]
    if _BE_TO.search(before[-40:]):
        return "planned"
    if v == c.tok and any(k.lower_ in ("planned", "proposed", "future", "possible", "potential",
                                       "upcoming", "expected") for k in kids if k.dep_ == "amod"):
        return "planned"
    if v == c.tok and any(k.lower_ in ("ongoing", "continuing", "current") for k in kids):
        return "ongoing"
    if v.tag_ == "VBG" and aux & {"is", "are", "am", "'s", "'re"}:
        return "ongoing"
    if aux & {"has", "have", "'ve"} and (v.tag_ == "VBG" or "been" in aux) \
            and re.search(r"\bsince\b", sent_text, re.I):
        return "ongoing"
    if {"still", "underway"} & lows:
        return "ongoing"
    return "occurred"


def reporter(c: Candidate, lx: Lexicon) -> Optional[tuple[Any, Any]]:
    """(reporting verb, its subject token) above the trigger, e.g. '..., the ministry said'."""
    node, hops = c.gov, 0
    while node.head != node and hops < 6:
        node, hops = node.head, hops + 1
        if node.pos_ in ("VERB", "AUX") and _lemma(node) in lx.reporting:
            subs = _subjects(node) or _agent(node)
            if subs:
                return node, subs[0]
    for tok in c.tok.doc:
        if tok.lower_ == "according":
            objs = [g for ch in tok.children if ch.lower_ == "to" for g in ch.children
                    if g.dep_ == "pobj"]
            if objs:
                return tok, objs[0]
    return None


def framing(c: Candidate) -> Optional[str]:
    """The outlet's noun phrase for the event ('anti-terror operation', 'aggression')."""
    n = c.tok
    if n.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = n.doc
    start = n.i
    while start > 0:
        prev = doc[start - 1]
        if prev.head.i in range(start, n.i + 1) and prev.dep_ in ("amod", "compound", "nmod",
                                                                   "punct", "npadvmod", "advmod") \
                or prev.text == "-":
            start -= 1
        else:
            break
    while start < n.i and not doc[start].is_alpha:
        start += 1
    return doc[start:n.i + 1].text.replace("“", "").replace("”", "").replace('"', "").strip() or None


_CAN_AUX = frozenset({"will", "would", "wo", "'ll", "’ll", "can", "ca", "could", "shall"})
_REFUSE_GOVS = frozenset({"fail", "refuse", "decline"})


def refusal(c: Candidate, lx: Lexicon) -> bool:
    """A negated cooperative act that is a refusal rather than a plain non-event:
    'will not accept', 'cannot agree', 'failed to reach agreement'."""
    v = c.gov
    if any(k.dep_ in ("aux", "auxpass") and k.lower_ in _CAN_AUX for k in v.children):
        return True
    return any(_lemma(n) in _REFUSE_GOVS for n in _clause_chain(v)[1:3])


def conditional_threat(c: Candidate, coercive: bool) -> bool:
    """'will withdraw ... unless X arranges a ceasefire' (any act), 'will strike if ...'
    (coercive acts): a conditional announced act is a PLOVER threat."""
    for k in c.gov.children:
        if k.dep_ != "advcl":
            continue
        marks = {m.lower_ for m in k.children if m.dep_ == "mark"}
        if "unless" in marks or (coercive and "if" in marks):
            return True
    return False


_PREPARE = frozenset({"prepare", "poised", "ready", "prepared", "gear", "mass"})


def preparing(c: Candidate, lx: Lexicon) -> bool:
    return any(_lemma(n) in _PREPARE for n in _clause_chain(c.gov)[1:4])
