"""Codebook rules over trigger candidates: PLOVER/CAMEO distinctions that hang on the
syntax around a trigger rather than on the trigger word, so a lexicon entry cannot
express them. ``add`` creates candidates a lexicon word alone does not give (joint
action, a bomb as the doer, a court finding a breach, coercion to act); ``refine``
retypes or merges candidates once light verbs and absorption have run."""
from __future__ import annotations

from typing import Any, Callable, Optional

from ..actors.normalise import normalise_actor
from .lexicon import BREACH as _BREACH, COOP_ACTS as _COOP_ACTS, COURTS as _COURTS, \
    GUILTY as _GUILTY, HELP as _HELP, Entry, Lexicon
from .triggers import NOUN_POS, Candidate, _CROWDS, _REQ_MODE, _lemma, _to_infinitive



def _live(cands: list[Candidate]) -> list[Candidate]:
    return [c for c in cands if c.absorbed_by is None]


def _at(cands: list[Candidate], tok: Any) -> Optional[Candidate]:
    return next((c for c in _live(cands) if tok.i in (c.tok.i, c.gov.i)), None)


def _absorb_into(c: Candidate, host: Candidate) -> None:
    c.absorbed_by = host
    host.embedded.append(c)


# --- joint action (CAMEO 06: material cooperation) -------------------------------------

_JOINT_ENTRY = Entry(type="COOPERATE", mode=None)
# verbs that say something about a thing rather than do something with another party:
# "jointly announced", "jointly own"; and nouns that name a body or a text, not an act:
# "a joint statement condemning ...", "a joint commission"
_NOT_JOINT_ACTS = frozenset("announce say state declare issue publish release present write sign "
                            "own hold chair host sponsor win call urge condemn express voice adopt "
                            "submit table propose name appoint elect nominate".split())
_NOT_JOINT_NOUNS = frozenset("statement declaration communique communiqué letter report appeal call "
                             "message resolution proposal position stance bid session committee "
                             "commission council panel body team force command chief staff "
                             "conference press news account fund company owner ownership custody "
                             "candidate candidacy list ticket venue border".split())
# nouns that take "joint" as a plain activity without any lexicon entry: the governing
# verb must be one of setting up or carrying out ("launched a joint border post")
_DOING = frozenset("build open establish set create launch run operate carry conduct begin start "
                   "undertake perform stage mount organise organize complete finish resume continue "
                   "expand intensify step".split())
_MILITARY = frozenset("military naval air army navy patrol exercise drill manoeuvre maneuver "
                      "war game training".split())
_ECONOMIC = frozenset("economic venture trade investment business commercial industrial".split())


def _partnered(verb: Any, noun: Any = None) -> bool:
    """More than one party does it: a plural or coordinated subject ("Laos and Thailand",
    "engineers from both countries", "they") or a partner phrase ("with Lithuania")."""
    for node in (noun, verb):
        if node is not None and any(p.dep_ == "prep" and p.lower_ in ("with", "between")
                                    for p in node.children):
            return True
    node = verb
    for _ in range(3):
        subs = [k for k in node.children if k.dep_ in ("nsubj", "nsubjpass")]
        if subs:
            s = subs[0]
            return bool(s.conjuncts) or s.tag_ in ("NNS", "NNPS") or \
                s.lower_ in ("they", "we", "both")
        if node.dep_ in ("xcomp", "conj", "advcl") and node.head != node:
            node = node.head
            continue
        return False
    return False


def _joint_mode(noun: Any) -> Optional[str]:
    words = {_lemma(noun)} | {_lemma(c) for c in noun.children if c.dep_ in ("amod", "compound")}
    if words & _MILITARY:
        return "military"
    if words & _ECONOMIC:
        return "economic"
    return None


def _joint(doc: Any, cands: list[Candidate], lx: Lexicon) -> None:
    for tok in doc:
        low = tok.lower_
        if low == "jointly" and tok.dep_ == "advmod" and tok.head.pos_ == "VERB":
            v = tok.head
            c = _at(cands, v)
            if c is not None:
                if c.type == "MOBILIZE":            # "jointly patrolled the strait"
                    c.type, c.mode = "COOPERATE", "military"
                continue
            lem = _lemma(v)
            if lem in _NOT_JOINT_ACTS or lem in lx.reporting or not _partnered(v):
                continue
            if not any(k.dep_ in ("dobj", "obj", "prt") for k in v.children):
                continue
            cands.append(Candidate(v, v, "COOPERATE", None, _JOINT_ENTRY, v.i, v.i + 1))
        elif low == "joint" and tok.dep_ == "amod" and tok.head.pos_ in NOUN_POS:
            n = tok.head
            if _lemma(n) in _NOT_JOINT_NOUNS:
                continue
            gov = n.head if n.dep_ in ("dobj", "obj", "nsubjpass") else None
            c = next((x for x in cands if x.tok.i == n.i), None)
            if c is not None:
                # "held joint naval exercises", "a joint investigation": what would be a
                # show of force or an inquiry alone is done together (CAMEO 06)
                if c.type in ("MOBILIZE",) or c.type == "ACCUSE" and c.mode == "investigate":
                    if gov is None or _partnered(gov, n):
                        c.type, c.mode = "COOPERATE", _joint_mode(n)
                continue
            if gov is None or _lemma(gov) not in _DOING or _at(cands, gov) is not None:
                continue
            if not _partnered(gov, n):
                continue
            cands.append(Candidate(n, n, "COOPERATE", _joint_mode(n), _JOINT_ENTRY, n.i, n.i + 1))


# --- a bomb as the doer (CAMEO 183: bombing) --------------------------------------------

_IMPACT = frozenset("rip tear explode detonate blow hit strike rock destroy damage kill wound "
                    "injure go shatter wreck level flatten devastate".split())


def _explosive_subject(doc: Any, cands: list[Candidate], lx: Lexicon) -> None:
    """'An improvised explosive device ripped through a bus': a bomb that acts is an
    attack with explosives even when no attack word is used."""
    have = {c.tok.i for c in cands} | {c.gov.i for c in cands}
    for n in doc:
        if n.pos_ not in NOUN_POS or n.i in have:
            continue
        cues = {_lemma(n)} | {_lemma(k) for k in n.children if k.dep_ in ("amod", "compound")}
        if not any(lx.mode_cues.get(w) == "explosives" for w in cues):
            continue
        if n.dep_ == "nsubj" and _lemma(n.head) in _IMPACT:
            v = n.head
        elif n.dep_ == "ROOT":
            # the small parser makes "a device hidden under a culvert ripped through ..."
            # a verbless noun phrase with the finite verb deep in a clause
            v = next((k for k in n.subtree if k.dep_ in ("acl", "relcl") and k.tag_ == "VBD"
                      and _lemma(k) in _IMPACT), None)
        else:
            v = None
        if v is None or v.i in have or _lemma(v) == "go" and not any(
                k.dep_ == "prt" and k.lower_ == "off" for k in v.children):
            continue
        inside = [c for c in cands if c.type == "ASSAULT" and v in (c.gov, *c.gov.ancestors)]
        if inside:              # "went off ..., injuring 14": that attack, by explosives
            for c in inside:
                c.mode = c.mode or "explosives"
            continue
        cands.append(Candidate(n, n, "ASSAULT", "explosives", Entry("ASSAULT", "explosives"),
                               n.i, n.i + 1))
        have.add(n.i)


# --- a court finds a breach (CAMEO 116: find guilty or liable) --------------------------

_RULING = frozenset("rule find decide conclude hold declare".split())


def _court_finding(doc: Any, cands: list[Candidate], lx: Lexicon,
                   subj_sector: Callable[[Any], Optional[str]]) -> None:
    for v in doc:
        if v.pos_ != "VERB" or _lemma(v) not in _RULING or _at(cands, v) is not None:
            continue
        subs = [k for k in v.children if k.dep_ == "nsubj"]
        if not subs or not (_lemma(subs[0]) in _COURTS or subj_sector(v) == "JUD"):
            continue
        for cl in v.children:
            if cl.dep_ != "ccomp":
                continue
            if _lemma(cl) in _BREACH or any(k.dep_ == "acomp" and _lemma(k) in _GUILTY
                                            for k in cl.children):
                cands.append(Candidate(v, v, "ACCUSE", "disapprove", Entry("ACCUSE", "disapprove"),
                                       v.i, v.i + 1))
                break


# --- coercion to act (CAMEO 17) ----------------------------------------------------------

_FORCING = frozenset({"force", "compel", "coerce"})
_DISPLACE = frozenset({"flee", "leave", "evacuate", "abandon", "relocate"})


def _forced(doc: Any, cands: list[Candidate], subj_sector: Callable[[Any], Optional[str]]) -> None:
    """'forced residents to attend the rally', 'were compelled to flee': making people
    act against their will is coercion; the act they were made to do is no event of
    their own. A forced act that is an event itself ("forced the minister to resign")
    stays that event."""
    for v in doc:
        if v.pos_ != "VERB" or _lemma(v) not in _FORCING or _at(cands, v) is not None:
            continue
        inf = next((k for k in v.children if k.dep_ in ("xcomp", "advcl") and _to_infinitive(k)), None)
        if inf is None or _at(cands, inf) is not None:
            continue
        if not any(k.dep_ in ("dobj", "obj", "nsubjpass") for k in v.children):
            continue
        subs = [k for k in v.children if k.dep_ == "nsubj"]
        if subs and subs[0].pos_ != "PRON" and subj_sector(v) is None:
            continue    # "the fighting forced thousands to flee", "floods forced ...": no actor
        mode = "deport" if _lemma(inf) in _DISPLACE else None
        new = Candidate(v, v, "COERCE", mode, Entry("COERCE", mode), v.i, v.i + 1)
        for c in _live(cands):
            if c.gov.head == inf and c.gov.dep_ in ("dobj", "obj"):
                _absorb_into(c, new)        # the rally attended, not a purpose clause
        cands.append(new)


# --- intent to cooperate (CAMEO 03) ------------------------------------------------------

_INTENT = frozenset("keen ready willing prepared prepare eager plan intend".split())
# cooperative acts that are no trigger of their own in every use ("ready to help",
# "plans to invest in the region", "willing to share data")


def _intent(doc: Any, cands: list[Candidate]) -> None:
    """'was keen to cooperate', 'is ready to invest', 'plans to help': an expressed
    intent to cooperate is AGREE (CAMEO 03), dated as planned by its governor. A
    cooperative act that is a trigger itself turns AGREE when planned (extract)."""
    for g in doc:
        if _lemma(g) not in _INTENT or g.pos_ not in ("ADJ", "VERB") or \
                any(k.dep_ == "neg" for k in list(g.children) + list(g.head.children)):
            continue
        for v in g.children:
            if v.dep_ in ("xcomp", "advcl") and _to_infinitive(v) and _lemma(v) in _COOP_ACTS \
                    and _at(cands, v) is None and not any(k.dep_ == "neg" for k in v.children):
                cands.append(Candidate(v, v, "AGREE", None, Entry("AGREE", None), v.i, v.i + 1))


def add(doc: Any, cands: list[Candidate], lx: Lexicon,
        subj_sector: Callable[[Any], Optional[str]]) -> None:
    """Candidates the codebook gives where no lexicon word does (before light verbs and
    absorption run, so they take part in both)."""
    _joint(doc, cands, lx)
    _explosive_subject(doc, cands, lx)
    _court_finding(doc, cands, lx, subj_sector)
    _forced(doc, cands, subj_sector)
    _intent(doc, cands)


# --- refinements after absorption ---------------------------------------------------------

def _yielding(cands: list[Candidate]) -> None:
    """'resigned on Sunday, bowing to weeks of demands', 'stepped down, heeding calls for
    his removal': an act done in a participle clause of giving in is acceding to demands
    (CAMEO 083x); a resignation or promise so made is CONCEDE, and the clause is no event
    of its own."""
    for c in _live(cands):
        t = c.tok
        if c.type != "CONCEDE" or c.gov is not t or t.pos_ != "VERB" or t.tag_ != "VBG" \
                or t.dep_ not in ("advcl", "xcomp", "conj") or t.head == t:
            continue
        host = _at(cands, t.head)
        if host is None or host is c:
            continue
        if host.type == "RETREAT" and host.mode == "resign" or host.type == "AGREE":
            host.type, host.mode = "CONCEDE", None
        if host.type in ("CONCEDE", "RETREAT", "AGREE", "SUPPORT", "COOPERATE", "AID"):
            _absorb_into(c, host)


_MEDIATORS = frozenset("intermediary mediator go-between go broker middleman facilitator "
                       "interlocutor".split())
_ACT_AS = frozenset({"act", "serve", "work", "step", "function"})
_OFFERING = frozenset({"offer", "volunteer", "propose", "agree"})


def _intent_to_mediate(doc: Any, cands: list[Candidate], lx: Lexicon) -> None:
    """'ready to act as an intermediary', 'offered to serve as mediator': an expressed
    readiness to mediate is AGREE (CAMEO 039), dated as planned; an appeal to another to
    act as one stays the appeal."""
    for tok in doc:
        n = tok.head if tok.dep_ == "compound" and tok.head.dep_ == "pobj" else tok
        if _lemma(tok) not in _MEDIATORS or n.dep_ != "pobj" or n.head.lower_ != "as":
            continue                    # ("a go-between": "go" parsed as a compound)
        v = n.head.head
        if _lemma(v) not in _ACT_AS:
            continue
        node, gov = v, None
        for _ in range(2):
            if node.head == node or node.dep_ not in ("xcomp", "advcl", "acomp", "ccomp"):
                break
            node = node.head
            if _lemma(node) in lx.planned_governors or _lemma(node) in _OFFERING:
                gov = node
                break
        if gov is None:
            continue
        c = _at(cands, tok)
        host = _at(cands, gov)
        if host is not None and host.type == "AGREE":
            if c is not None and c is not host:
                _absorb_into(c, host)   # "offered to act as mediator": the offer
            continue
        if c is None:                   # "mediator" has no entry of its own
            c = Candidate(tok, v, "AGREE", None, Entry("AGREE", None), tok.i, tok.i + 1)
            cands.append(c)
        c.type, c.mode, c.gov = "AGREE", None, v
        c.start = min(c.start, v.i)


_AGREEMENTS = frozenset("agreement accord deal treaty pact settlement truce ceasefire "
                        "cease-fire arrangement compact protocol convention".split())


def _negotiating(cands: list[Candidate]) -> None:
    """'are negotiating a water-sharing accord': negotiating an agreement not yet reached
    is negotiation (CAMEO 046, CONSULT); 'negotiated a ceasefire agreement' (done) stays
    AGREE."""
    for c in _live(cands):
        g = c.gov
        if c.type != "AGREE" or g is c.tok or _lemma(g) != "negotiate" or \
                _lemma(c.tok) not in _AGREEMENTS:
            continue
        aux = {k.lower_ for k in g.children if k.dep_ in ("aux", "auxpass")}
        done = g.tag_ == "VBD" or g.tag_ == "VBN" and not aux & {"being", "be"}
        if not done:
            c.type, c.mode = "CONSULT", None


_VISITS = frozenset("visit come attend travel tour stay address speak join".split())
_TALKS = frozenset("talk negotiation dialogue discussion consultation meeting".split())
_COOPERATING = frozenset("invest cooperate participate contribute trade partner help".split())


def _several(v: Any) -> bool:
    """More than one invitee ("the government and the separatists"), so that the talks
    they are invited to are among themselves."""
    obj = next((k for k in v.children if k.dep_ in ("dobj", "obj")), None)
    return obj is not None and (bool(obj.conjuncts) or any(k.dep_ == "conj" for k in v.children))


def _invitations(cands: list[Candidate]) -> None:
    """'invited the government and the separatists to open negotiations', 'invited
    foreign firms to invest': asking another to act is an appeal (CAMEO 02, REQUEST);
    an invitation to visit or attend stays AGREE (PLOVER: invitations for state visits),
    and so does an invitation to talks with the inviter; one to talks among several
    invitees is an appeal to them to negotiate (CAMEO 026)."""
    for c in _live(cands):
        v = c.tok
        if c.type != "AGREE" or v.pos_ != "VERB" or _lemma(v) != "invite":
            continue
        # "invited the government and the separatists to open ...": the small parser
        # may hang the infinitive on the last conjunct of the invitees
        near = list(v.children) + [g for k in v.children if k.dep_ in ("conj", "dobj", "obj")
                                   for g in k.children]
        inf = next((k for k in near if k.dep_ in ("xcomp", "advcl") and _to_infinitive(k)), None)
        if inf is not None:
            if _lemma(inf) in _VISITS:
                continue
            asked = [x for x in _live(cands) if x is not c and inf in (x.gov, *x.gov.ancestors)]
            for x in asked:
                _absorb_into(x, c)          # what the invitees are asked to do
            inner = [e.type for e in c.embedded]
            mode = next((_REQ_MODE[t] for t in inner if t in _REQ_MODE), None)
            if mode is None:
                mode = "assist" if _lemma(inf) in _COOPERATING else "change"
            if mode == "meet" and not _several(v):
                continue        # "invited the envoy to discuss ...": an offer to meet (036)
            c.type, c.mode = "REQUEST", mode
            continue
        to_talks = any(p.dep_ == "prep" and p.lower_ == "to" and any(
            g.dep_ == "pobj" and _lemma(g) in _TALKS for g in p.children) for p in v.children)
        if to_talks and _several(v):
            c.type, c.mode = "REQUEST", "meet"


_RESTRICTIONS = frozenset("ban embargo restriction sanction boycott prohibition moratorium curb "
                          "blockade".split())
_TRADE = frozenset("import export trade good product shipment sale purchase commodity investment "
                   "produce goods".split())
_LIFTING = frozenset("end lift ease relax scrap revoke repeal rescind drop remove suspend".split())


def _economic(pobj: Any) -> bool:
    words = [pobj] + list(pobj.conjuncts)
    if any(_lemma(w) in _TRADE for w in words):
        return True
    phrase = pobj.doc[pobj.left_edge.i:pobj.i + 1].text
    info = normalise_actor(phrase)
    # "a ban on Georgian wine", "on Chinese goods": a country's products, not its people
    return info is not None and info.country is not None and info.sector is None and \
        not info.name.lower().startswith(("the ", "a "))


def _easing(cands: list[Candidate]) -> None:
    """'ended its ban on Georgian wine', 'lifted the embargo on imports': easing a
    restriction on goods is easing an economic sanction (CAMEO 085, RETREAT ease);
    what is lifted is no event of its own ('lifted martial law')."""
    for c in _live(cands):
        v = c.tok
        if c.type not in ("CONCEDE", "RETREAT") or v.pos_ != "VERB" or _lemma(v) not in _LIFTING:
            continue
        for o in v.children:
            if o.dep_ not in ("dobj", "obj"):
                continue
            inner = _at(cands, o)
            if inner is not None and inner is not c and inner.gov is inner.tok and \
                    inner.type in ("COERCE", "SANCTION"):
                _absorb_into(inner, c)
            if _lemma(o) not in _RESTRICTIONS:
                continue
            on = [g for p in o.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                  for g in p.children if g.dep_ == "pobj"]
            if on and _economic(on[0]):
                c.type, c.mode = "RETREAT", "ease"


_TURN_TO = frozenset({"turn", "look", "reach", "apply"})


def _asking_for(doc: Any, cands: list[Candidate]) -> None:
    """'turned to charities for assistance', 'looked to Brussels for help': asking for
    what the noun names is an appeal (CAMEO 02, REQUEST), not the aid itself."""
    for v in doc:
        if v.pos_ != "VERB" or _lemma(v) not in _TURN_TO or _at(cands, v) is not None:
            continue
        preps = [p for p in v.children if p.dep_ == "prep"]
        if _lemma(v) in ("turn", "look", "reach") and not any(p.lower_ in ("to", "out") for p in preps):
            continue
        wanted = [g for p in preps if p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
        if not wanted:
            continue
        inner = _at(cands, wanted[0])
        if inner is None and _lemma(wanted[0]) not in _HELP:
            continue
        mode = _REQ_MODE.get(inner.type, "change") if inner is not None else "assist"
        new = Candidate(v, v, "REQUEST", mode, Entry("REQUEST", mode), v.i, v.i + 1)
        if inner is not None and inner is not new:
            _absorb_into(inner, new)
        cands.append(new)


_SETTINGS = frozenset("meeting summit conference session forum gathering assembly congress "
                      "convention rally".split())


def _settings(cands: list[Candidate]) -> None:
    """'voiced strong disapproval at a town hall meeting': a meeting named as the place
    of another act is no event of its own."""
    live = _live(cands)
    for c in live:
        t = c.tok
        if c.type != "CONSULT" or _lemma(t) not in _SETTINGS or t.dep_ != "pobj" or \
                t.head.lower_ != "at" or c.absorbed_by is not None:
            continue
        others = [x for x in live if x is not c and x.absorbed_by is None]
        host = next((x for x in others if x.gov in t.head.ancestors or x.tok in t.head.ancestors),
                    others[0] if others else None)
        if host is not None:
            c.absorbed_by = host


_ACCEDE = frozenset("honour honor fulfil fulfill meet grant satisfy accommodate heed".split())
_UNABLE = frozenset({"unable", "fail", "refuse", "decline"})


def _unmet_requests(cands: list[Candidate]) -> None:
    """'could not honour the request', 'was unable to fulfil the request': declining a
    request is a refusal (CAMEO 12). With a negated verb the act becomes CONCEDE, which
    extract turns into REJECT as a refusal; under 'unable to' it is REJECT itself."""
    for c in _live(cands):
        n = c.tok
        if c.type != "REQUEST" or n.pos_ not in NOUN_POS:
            continue
        v = c.gov if c.gov is not n else n.head
        if v is n or _lemma(v) not in _ACCEDE or (v is n.head and n.dep_ not in ("dobj", "obj")):
            continue
        mode = c.mode if c.mode in ("assist", "meet", "yield") else "change"
        if any(k.dep_ == "neg" for k in v.children):
            c.type, c.mode, c.gov = "CONCEDE", None, v
        elif v.dep_ in ("xcomp", "advcl") and _lemma(v.head) in _UNABLE:
            c.type, c.mode, c.gov = "REJECT", mode, v


def _stranded_objects(cands: list[Candidate]) -> None:
    """'Demonstrators calling for the governor's resignation hurled ...': the small
    parser strands the preposition and makes its object the subject of the next verb;
    the noun after a bare 'for' is what the demand asks for."""
    for c in cands:
        v = c.tok
        if c.type not in ("REQUEST", "REJECT") or v.pos_ != "VERB":
            continue
        for p in v.children:
            if p.dep_ != "prep" or p.lower_ != "for" or any(g.dep_ in ("pobj", "pcomp") for g in p.children):
                continue
            for x in _live(cands):
                if x is not c and x.tok.left_edge.i == p.i + 1 and x.tok.dep_ in ("nsubj", "nsubjpass"):
                    c.mode = c.mode or _REQ_MODE.get(x.type, "change")
                    _absorb_into(x, c)


def _ultimatum(cands: list[Candidate]) -> None:
    """'gave them a week to back the budget or face elections': the act demanded is the
    content of the ultimatum (CAMEO 139), absorbed into its THREATEN."""
    for c in _live(cands):
        t = c.tok
        if c.type == "THREATEN" and (t.dep_ == "cc" and t.lower_ == "or" or t.dep_ == "conj" and any(
                k.dep_ == "cc" and k.lower_ == "or" for k in t.head.children)):
            a = _at(cands, c.tok.head)
            if a is not None and a is not c:
                _absorb_into(a, c)


def refine(doc: Any, cands: list[Candidate], lx: Lexicon) -> None:
    """Retype or merge candidates by codebook rules (after light verbs and absorption)."""
    _stranded_objects(cands)
    _ultimatum(cands)
    _asking_for(doc, cands)
    _settings(cands)
    _unmet_requests(cands)
    _yielding(cands)
    _intent_to_mediate(doc, cands, lx)
    _negotiating(cands)
    _invitations(cands)
    _easing(cands)
