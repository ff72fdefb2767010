"""Event mentions of documents: split, prefilter, parse candidate sentences in one
``nlp.pipe`` over all documents of a batch, then read each trigger's roles, status,
attribution, place and date."""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional

from ..actors.normalise import countries_in
from ..model import ActorRef, EventMention, PlaceMention, Timex
from . import context as ctxmod
from . import dating
from . import headlines
from . import codebook_acts
from .codebook_acts import THREAT_MODES as _THREAT_MODES, hostile_condition
from .merge import merge_into as _merge_into, summary_line
from .transfer import resolve_transfers
from .lexicon import Lexicon, lexicon
from .prominence import depth as _depth, prominence
from .roles import (VERBAL_TYPES, Role, conditional_threat, find_roles, framing, preparing,
                    refusal, reporter, status, subject_sector, make_role)
from .sentences import Sentence, looks_english, may_hold_event, quote_spans, split_sentences
from .triggers import _REQ_MODE, _lemma, find_candidates

log = logging.getLogger(__name__)
# Bounded work per document: beyond this many candidate sentences (a book, a dump), the
# rest is skipped with a log line rather than parsed.
MAX_SENTENCES_PER_DOC = 3000
MAX_BODY_CHARS = 2_000_000
PIPE_BATCH = 64
RECENT_ACTORS = 12          # antecedent window for object pronouns
_FUTURE_COOP = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_COERCIVE = {"PROTEST", "COERCE", "SANCTION", "ASSAULT"}
_YIELDING = {"AGREE", "SUPPORT", "CONCEDE"}     # "said Y should accept": demanded of Y
_REFUSABLE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
_SPEAKER_AFTER = re.compile(r"^[\s,]*(?:the\s+)?([A-Z\w][^.!?“”\"\n]{1,80}?)\s+(?:said|says|added|"
                            r"told|stated|wrote|insisted|warned|noted|tweeted)\b")
_SPEAKER_AFTER_INV = re.compile(r"^[\s,]*(?:said|says|added|told|stated|wrote)\s+(?:the\s+)?"
                                r"([A-Z][^.!?“”\"\n,]{1,80})")
_SPEAKER_BEFORE = re.compile(r"([A-Z][^.!?“”\"\n]{1,80}?)\s+(?:said|says|added|stated|wrote|"
                             r"told\s+\w+)\s*[:,]?\s*$")


@dataclass
class DocContext:
    body: str
    doc_id: str
    timexes: list[Timex]
    places: list[PlaceMention]
    published: Optional[dt.date]
    outlet: Optional[str]
    quotes: list[tuple[int, int, Optional[str]]]
    focus: Optional[PlaceMention]
    last_source: Optional[ActorRef] = None
    recent: list[ActorRef] = field(default_factory=list)   # actors with a code, doc order
    evidence: bool = False         # timexes or places were given for this document
    mentions: list[EventMention] = field(default_factory=list)


def _speakers(body: str) -> list[tuple[int, int, Optional[str]]]:
    out = []
    for s, e in quote_spans(body):
        who = None
        m = _SPEAKER_AFTER.match(body[e + 1:e + 120]) or _SPEAKER_AFTER_INV.match(body[e + 1:e + 120])
        if m:
            who = m.group(1)
        else:
            m = _SPEAKER_BEFORE.search(body[max(0, s - 120):s - 1])
            if m:
                who = m.group(1)
        out.append((s, e, who.strip() if who else None))
    return out


def _context(item: dict) -> Optional[DocContext]:
    body = item.get("body")
    if not isinstance(body, str) or not body.strip():
        return None
    body = body[:MAX_BODY_CHARS]
    places = [p for p in (item.get("places") or []) if isinstance(p, PlaceMention)]
    timexes = [t for t in (item.get("timexes") or []) if isinstance(t, Timex)]
    pub = item.get("published")
    if isinstance(pub, str):
        try:
            pub = dt.date.fromisoformat(pub[:10])
        except ValueError:
            pub = None
    if not isinstance(pub, dt.date):
        pub = None
    # "over the last three decades": a span counted back from the publication dates
    # what happened over it
    timexes = [dating.period_timex(t, pub) or t for t in timexes]
    return DocContext(body=body, doc_id=str(item.get("doc_id") or ""), timexes=timexes,
                      places=places, published=pub, outlet=item.get("outlet"),
                      quotes=_speakers(body), focus=ctxmod.focus_place(places, len(body)),
                      evidence=bool(timexes or places))


def candidate_sentences(body: str) -> list[Sentence]:
    sents = [s for s in split_sentences(body) if may_hold_event(body[s.start:s.end])
             or codebook_acts.may_hold(body[s.start:s.end]) and looks_english(body[s.start:s.end])]
    if len(sents) > MAX_SENTENCES_PER_DOC:
        log.info("document has %d candidate sentences; only the first %d are read",
                 len(sents), MAX_SENTENCES_PER_DOC)
        sents = sents[:MAX_SENTENCES_PER_DOC]
    return sents


def _keep_role(r: Role, off: int, blocked: list[tuple[int, int, bool]]) -> bool:
    """A role filler that is a date, or a place not used for its government (no
    country+sector from the actor tables), is not an actor: "ceded Aghdam", "on Thursday"."""
    s, e = r.start + off, r.end + off
    for bs, be, is_place in blocked:
        if bs < e and s < be:
            if not is_place:
                return False
            if r.info is None or r.info.country is None or r.info.sector is None:
                return False
    return True


# Nouns that in news mostly name the background of a story rather than a new event:
# dropped when bare (no actor, no light verb) and without a date or place of their own.
_BACKGROUND = frozenset("deal conflict fighting war hostility violence agreement tension crisis "
                        "peace escalation clash accord".split())
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def is_headline(doc: Any) -> bool:
    """A headline or caption fragment: no finite verb, or mostly Title Case without a
    final full stop ("Second Karabakh War: Baku Marks Anniversary")."""
    words = [t for t in doc if t.is_alpha]
    if not words or len(words) > 30:
        return False
    if not any(t.tag_ in _FINITE for t in doc):
        return True
    title = sum(t.is_title for t in words if len(t) > 3)
    long_ = sum(len(t) > 3 for t in words)
    return doc.text.rstrip()[-1:] not in ".!?\"”'" and long_ >= 3 and title >= 0.7 * long_


_STOP_GOVS = frozenset({"end", "stop", "halt", "prevent", "avoid", "resolve", "settle", "cease",
                        "avert", "defuse"})


def _stopped(tok: Any) -> bool:
    """A noun trigger that is the object of ending or preventing ("to end the war", "an
    end to the fighting")."""
    h = tok.head
    if tok.dep_ == "pobj" and h.lower_ in ("to", "of") and h.head != h:
        h = h.head
    return h != tok and _lemma(h) in _STOP_GOVS


_BILATERAL = {"CONSULT", "COOPERATE", "AID", "SUPPORT", "SANCTION"}


def _fill_countries(actors: list[ActorRef], countries: list[str], bilateral: bool) -> None:
    """An actor named by role or title alone ("the opposition", "President Smith") in a
    sentence that names a single country is taken to be of that country; in an act
    between states (a meeting, aid) not when that is the other side's country."""
    if len(countries) != 1:
        return
    for a in actors:
        if a.country is None and a.sector:
            other = {x.country for x in actors if x.role != a.role}
            if not (bilateral and countries[0] in other):
                a.country = countries[0]


def _under_timex(doc: Any, tok: Any, s: int, e: int) -> bool:
    """The trigger sits in a clause hanging on the date itself ("since May, when ...")."""
    span = doc.char_span(max(0, s), min(len(doc.text), e), alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    return tok.i not in range(span.start, span.end) and any(a == root for a in tok.ancestors)


def _self_subject(v: Any) -> bool:
    """The clause's subject is a pronoun ("said it should accept"): the speaker's own
    stance, not a demand of another."""
    return any(k.dep_ in ("nsubj", "nsubjpass") and k.pos_ == "PRON" for k in v.children)


def _antecedent(ctx: DocContext, pos: int, actors: list[ActorRef]) -> Optional[ActorRef]:
    """An object pronoun ("attacked them", "its positions") refers to the last actor with
    a code mentioned before it that is not this event's own source."""
    srcs = {(a.name, a.country) for a in actors if a.role == "source"}
    pool = ctx.recent + [a for a in actors if a.role == "target" and (a.country or a.sector)]
    for a in sorted(pool, key=lambda x: x.start, reverse=True):
        if a.start < pos and (a.name, a.country) not in srcs and \
                not (a.country and a.country in {c for _, c in srcs}):
            return a
    return None


def _actor_ref(r: Role, off: int) -> ActorRef:
    info = r.info
    return ActorRef(name=info.name if info else r.text, role=r.role,
                    country=info.country if info else None, sector=info.sector if info else None,
                    start=r.start + off, end=r.end + off)


def _demand_roles(actors: list[ActorRef], rep_info: Any, rep_tok: Any, off: int
                  ) -> list[ActorRef]:
    """Roles of "X said Y must Z": X (the reporter) demands, Y (the subject of Z) is the
    target; Z's own objects are dropped (they are what is demanded, not of whom)."""
    out = [ActorRef(name=a.name, role="target", country=a.country, sector=a.sector,
                    start=a.start, end=a.end) for a in actors if a.role == "source"]
    if rep_info is not None:
        s = rep_tok.left_edge.idx + off
        out.insert(0, ActorRef(name=rep_info.name, role="source", country=rep_info.country,
                               sector=rep_info.sector, start=s, end=rep_tok.idx + len(rep_tok) + off))
    return out


def _transfer_roles(c: Any, actors: list[ActorRef], lx: Lexicon, off: int,
                    blocked: list[tuple[int, int, bool]]) -> list[ActorRef]:
    """Ceded ground taken over (see transfer.py): the party that gave it up is the
    source, the one that took it the target."""
    def role_of(tok: Any, role: str) -> Optional[ActorRef]:
        r = make_role(tok, role, lx) if tok is not None else None
        return _actor_ref(r, off) if r is not None and not r.pronoun and \
            _keep_role(r, off, blocked) else None
    if c.transfer:
        ceder = role_of(c.ceder, "source")
        out = [ceder] if ceder is not None else []
        for a in actors:
            if a.role == "source":
                out.append(ActorRef(a.name, "target", a.country, a.sector, a.start, a.end))
            elif ceder is None:
                out.append(ActorRef(a.name, "source", a.country, a.sector, a.start, a.end))
        return out
    if not any(a.role == "target" for a in actors):
        subj = next((k for k in c.receiver.children if k.dep_ == "nsubj"), None)
        taker = role_of(subj, "target")
        if taker is not None:
            return actors + [taker]
    return actors


def _counts(c: Any, typ: str, roles: list[Role], s_text: str, killers: set[int]
            ) -> dict[str, int]:
    """Casualty and troop figures of the sentence, and the count opening a victim
    phrase of this killing or wounding ("more than 6,000 people were killed").
    Casualties go to violent acts only, and to the killing or wounding verb itself when
    the sentence has one ("seized ... the war, which killed 30,000": not 'seized')."""
    nums = ctxmod.numbers(s_text)
    if typ not in ("ASSAULT", "COERCE") or killers and c.tok.i not in killers:
        nums.pop("killed", None)
        nums.pop("wounded", None)
    if typ == "ASSAULT":
        for k, v in ctxmod.victim_counts(_lemma(c.tok), [r.text for r in roles
                                                         if r.role == "target"], s_text).items():
            nums.setdefault(k, v)
    return nums


def _mention_id(doc_id: str, start: int, tstart: int, typ: str) -> str:
    return hashlib.sha256(f"{doc_id}:{start}:{tstart}:{typ}".encode()).hexdigest()[:16]


def sentence_mentions(doc: Any, sent: Sentence, ctx: DocContext, backend: Any,
                      lx: Optional[Lexicon] = None) -> list[EventMention]:
    lx = lx or lexicon()
    cands = find_candidates(doc, lx, lambda t: subject_sector(t, lx))
    if cands:
        resolve_transfers(cands)        # "took control of the ceded towns": RETREAT
        cands = [c for c in cands if c.absorbed_by is None]
    if not cands and not getattr(backend, "sentence_level", False):
        return []
    cands = backend.classify(doc, cands)
    if not cands:
        return []
    body, off = ctx.body, sent.start
    s_text = body[sent.start:sent.end]
    in_sent_timex = [t for t in ctx.timexes if t.start >= sent.start and t.end <= sent.end
                     and ctxmod.usable_timex(t)]
    in_sent_places = [p for p in ctx.places if p.start >= sent.start and p.end <= sent.end]
    sent_durations = [t for t in ctx.timexes if t.start >= sent.start and t.end <= sent.end
                      and t.kind == "duration"]
    context_timex = None
    for t in ctx.timexes:
        if t.end <= sent.start and ctxmod.usable_timex(t) and body.count("\n\n", t.end, sent.start) == 0 \
                and sent.start - t.end < 1200:
            # a background span ("since 1994", "in the 1990s") dates its own sentence
            # only, not the story that follows
            context_timex = None if ctxmod.background_timex(t) else t
    blocked = [(t.start, t.end, False) for t in ctx.timexes if sent.start <= t.start < sent.end]
    blocked += [(p.start, p.end, True) for p in in_sent_places]
    all_roles: dict[int, list[Role]] = {
        id(c): [r for r in find_roles(c, lx) if _keep_role(r, off, blocked)] for c in cands}
    reps = {id(c): reporter(c, lx) for c in cands}
    excluded = [(r.start + off, r.end + off) for rs in all_roles.values() for r in rs]
    for rep in reps.values():
        if rep is not None:
            excluded.append((rep[1].left_edge.idx + off, rep[1].idx + len(rep[1]) + off))
    govs = {c.gov.i for c in cands} | {c.tok.i for c in cands}
    events = govs | {e.gov.i for c in cands for e in c.embedded} | {e.tok.i for c in cands for e in c.embedded}
    light = {c.tok.i: c.gov.i for c in cands if c.gov is not c.tok}
    # "the deal that ... lost in a 1990s war": a fighting noun absorbed into another act
    # keeps its own date
    govs |= {e.tok.i for c in cands for e in c.embedded if e.type == "ASSAULT" != c.type}
    said = dating.after_reporting(doc, off, in_sent_timex, lx.reporting)
    said_t = [t for t in in_sent_timex if id(t) in said]
    in_sent_timex = [t for t in in_sent_timex if id(t) not in said]
    claims = dating.fronted_claims(doc, off, in_sent_timex, {c.gov.i: c.gov for c in cands},
                                   lx.reporting)
    out: list[EventMention] = []
    verbs: dict[int, Any] = {}          # trigger start -> governing token, for merging
    tokset: dict[int, tuple[set[int], bool, int]] = {}   # -> token indices, weak noun, token
    killers = {c.tok.i for c in cands if _lemma(c.tok) in ctxmod.CASUALTY_LEMMAS}
    headline = is_headline(doc) or headlines.looks_title_case(s_text)
    sent_countries: Optional[list[str]] = None
    for c in cands:
        roles = all_roles[id(c)]
        rep = reps[id(c)]
        actors: list[ActorRef] = []
        rep_info = None
        if rep is not None:
            rr0 = make_role(rep[1], "source", lx)
            rep_info = rr0.info if rr0 is not None and not rr0.pronoun else None
        if c.embedded and not any(r.role == "target" for r in roles):
            # "offered to hand over the suspects to Britain": the embedded act's target
            roles = roles + [r for e in c.embedded for r in find_roles(e, lx)
                             if r.role == "target" and not r.pronoun and _keep_role(r, off, blocked)]
        for r in roles:
            if r.pronoun:
                if r.role != "source":
                    a = _antecedent(ctx, r.start + off, actors)
                    if a is not None:
                        actors.append(ActorRef(name=a.name, role="target", country=a.country,
                                               sector=a.sector, start=r.start + off,
                                               end=r.end + off))
                    continue
                if rep_info is not None and (rep_info.country or rep_info.sector):
                    # "the ministry said it had opened ...": the reporter
                    actors.append(ActorRef(name=rep_info.name, role="source",
                                           country=rep_info.country, sector=rep_info.sector,
                                           start=r.start + off, end=r.end + off))
                elif ctx.last_source is not None:
                    a = ctx.last_source
                    actors.append(ActorRef(name=a.name, role=r.role, country=a.country,
                                           sector=a.sector, start=r.start + off, end=r.end + off))
                continue
            actors.append(_actor_ref(r, off))
        if c.transfer or c.receiver is not None:
            actors = _transfer_roles(c, actors, lx, off, blocked)
        if any(a.country is None and a.sector for a in actors):
            if sent_countries is None:
                sent_countries = countries_in(s_text)
            _fill_countries(actors, sent_countries, c.type in _BILATERAL)
        st = status(c, lx, doc.text)
        typ, mode = c.type, c.mode
        aux = {k.lower_ for k in c.gov.children if k.dep_ in ("aux", "auxpass")}
        if rep is not None and (c.must_req or aux & {"must", "should"} and (
                typ not in VERBAL_TYPES or typ in _YIELDING and not _self_subject(c.gov))):
            # "X said Y must withdraw": X demands of Y
            typ, mode, st = "REQUEST", mode if c.must_req else _REQ_MODE.get(typ, "change"), "occurred"
            actors = _demand_roles(actors, rep_info, rep[1], off)
        elif st == "negated" and typ in _REFUSABLE and refusal(c, lx):
            # "will not accept refugees", "failed to reach agreement": PLOVER REJECT
            typ, mode, st = "REJECT", _REQ_MODE.get(typ, "change"), "occurred"
        elif st in ("planned", "hypothetical") and (conditional_threat(c, typ in _COERCIVE) or
                                                    typ == "MOBILIZE" and hostile_condition(c.gov, lx)):
            # "will withdraw its force unless ...", "will strike if ...": a threat
            typ, mode = "THREATEN", _THREAT_MODES.get(typ, "relations")
        elif st == "planned" and typ == "ASSAULT" and preparing(c, lx):
            # "the army prepared to resume shelling": PLOVER MOBILIZE (force posture)
            typ, mode = "MOBILIZE", "troops"
        elif st == "planned" and typ in _FUTURE_COOP | {"RETREAT", "CONCEDE"}:
            # PLOVER: future cooperation is AGREE; the GSR codes announced future
            # retreats ("will release", "will evacuate") as AGREE too
            typ, mode = "AGREE", None
        elif (st == "planned" or st == "hypothetical" and rep is not None) and typ in _COERCIVE:
            # "said they would blockade", "will impose sanctions": announced coercion is a
            # threat (CAMEO 13)
            typ, mode = "THREATEN", _THREAT_MODES.get(typ)
        tstart = doc[c.start].idx + off
        tend = doc[c.end - 1].idx + len(doc[c.end - 1]) + off
        if c.gov != c.tok and c.gov.i < c.start:
            tstart = min(tstart, c.gov.idx + off)
        attributed, quote = None, False
        for qs, qe, who in ctx.quotes:
            if qs <= tstart < qe:
                quote = True
                attributed = who
                break
        if rep is not None:
            rr = make_role(rep[1], "source", lx)
            if rr is not None and rr.pronoun and ctx.last_source is not None:
                attributed = ctx.last_source.name
            elif rr is not None and not rr.pronoun:
                attributed = rr.info.name if rr.info else rr.text
            elif rr is None:
                attributed = rep[1].doc[rep[1].left_edge.i:rep[1].i + 1].text
        if attributed is None and c.under_accuse is not None:
            src = [r for r in find_roles(c.under_accuse, lx) if r.role == "source" and not r.pronoun]
            attributed = src[0].info.name if src and src[0].info else (src[0].text if src else None)
        if attributed is None and typ in VERBAL_TYPES:
            src = next((a for a in actors if a.role == "source"), None)
            attributed = src.name if src else None
        trig = {c.tok.i, c.gov.i}
        others = govs - trig
        mine = [t for t in in_sent_timex if claims.get(id(t), c.gov.i) == c.gov.i]
        # "warned on Monday": a date after a reporting verb is that verb's own
        mine += [t for t in said_t if said[id(t)] in (c.gov.i, c.tok.i)]
        claimed = next((t for t in mine if id(t) in claims), None)
        dp = ctxmod.pick_date(doc, off, mine, trig, others,
                              rep[0].i if rep is not None else None, context_timex, ctx.published,
                              claimed=claimed, rel=dating.rel_clause_timex(doc, off, c.gov, mine),
                              near=dating.related(c.gov),
                              said=said_t[0] if said_t and rep is not None else None)
        if dp.timex is not None and _under_timex(doc, c.gov, dp.timex.start - off, dp.timex.end - off):
            dp = dp.as_point()      # "since 1994, when a ceasefire ended the war"
        elif dp.how != "clause" and (gap := dating.offset_event(doc, off, c.tok, sent_durations, dp.timex)):
            # "comes nearly three years after a brutal war": that long before the clause
            moved = dating.shifted(dp.start, *gap)
            if moved is not None:
                dp = ctxmod.DatePick(*moved, min(dp.confidence + 0.2, 0.6), "clause", gap[0])
        place, pconf = ctxmod.pick_place(doc, off, in_sent_places, trig, others,
                                         rep[0].i if rep is not None else None, excluded, ctx.focus)
        # confidence = type score (backend) x syntactic prominence (prominence.py; a
        # small depth term orders mentions of one level) x the penalties below x date
        # evidence: the sentence's reported act ranks first, its background lower
        if headline:        # a headline's parse is unreliable: tree depth alone ranks
            conf = max(0.2, 0.95 - 0.08 * _depth(c.gov)) * c.score
        else:
            conf = 0.95 * prominence(c.gov, events, light) * (1 - 0.01 * min(_depth(c.gov), 10)) * c.score
        bare = c.gov is c.tok and c.tok.pos_ in ("NOUN", "PROPN") and not actors
        # "no date or place of its own" only means something when the date and place
        # stages ran (their results were passed in); bare text gets no penalty
        own_evidence = not ctx.evidence or dp.how in ("clause", "sentence") or pconf >= 0.6
        if bare and not own_evidence:
            if _lemma(c.tok) in _BACKGROUND or headline:
                # "the decades-long conflict", "a peace deal", a headline fragment: a
                # background mention with nothing of its own to anchor it
                continue
            conf *= 0.7
        elif headline:
            conf *= 0.7
        if c.gov is c.tok and _stopped(c.tok):
            conf *= 0.6          # "efforts to end the war": the war is no new event here
        m = EventMention(
            doc_id=ctx.doc_id, type=typ, trigger=body[tstart:tend], start=sent.start,
            end=sent.end, sentence=s_text, trigger_start=tstart, trigger_end=tend, mode=mode,
            actors=actors, location=ctxmod.to_location(place) if place else None,
            date_start=dp.start, date_end=dp.end, date_precision=dp.precision, status=st,
            attributed_to=attributed, quote=quote, framing=framing(c),
            numbers=_counts(c, typ, roles, s_text, killers), confidence=round(conf * (0.6 + 0.4 * dp.confidence), 3),
            outlet=ctx.outlet)
        m.mention_id = _mention_id(ctx.doc_id, m.start, m.trigger_start, m.type)
        m.summary = summary_line(m)
        verbs[tstart] = c.gov
        tokset[tstart] = ({c.tok.i, c.gov.i}, c.entry.weak and c.tok.pos_ in ("NOUN", "PROPN"),
                          c.tok.i)
        if _merge_into(out, m, verbs, tokset, light):
            continue
        out.append(m)
        src = next((a for a in actors if a.role == "source" and (a.country or a.sector)), None)
        if src is not None:
            ctx.last_source = src
        ctx.recent.extend(a for a in actors if a.country or a.sector)
        del ctx.recent[:-RECENT_ACTORS]
    return out


def _pipe(nlp: Any, texts: list[str]) -> Iterator[Any]:
    disable = [p for p in ("ner",) if p in nlp.pipe_names]
    return nlp.pipe(texts, disable=disable, batch_size=PIPE_BATCH)


def extract_batch(items: list[dict], backend: Any, nlp: Any) -> list[list[EventMention]]:
    ctxs = [_context(it) if isinstance(it, dict) else None for it in items]
    jobs: list[tuple[int, Sentence]] = []
    for i, ctx in enumerate(ctxs):
        if ctx is None:
            continue
        jobs.extend((i, s) for s in candidate_sentences(ctx.body))
    results: list[list[EventMention]] = [[] for _ in items]
    if not jobs:
        return results
    lx = lexicon()
    texts = [ctxs[i].body[s.start:s.end] for i, s in jobs]  # type: ignore[union-attr]
    # a Title Case headline is parsed from a sentence-cased copy of the same length
    parsed = headlines.parse_texts(texts, [ctxs[i].body for i, _ in jobs], nlp,  # type: ignore[union-attr]
                                   [[(p.start - s.start, p.end - s.start) for p in ctxs[i].places  # type: ignore[union-attr]
                                     if s.start <= p.start < s.end] for i, s in jobs])
    for (i, sent), text, ptext, doc in zip(jobs, texts, parsed, _pipe(nlp, parsed)):
        ctx = ctxs[i]
        try:
            if ptext is not text or is_headline(doc):
                doc = headlines.verb_reading(doc, nlp)     # "Army shells rebel camps"
            ms = sentence_mentions(doc, sent, ctx, backend, lx)  # type: ignore[arg-type]
            if not ms and ptext is not text:    # nothing from the cased copy: the original
                ms = sentence_mentions(next(_pipe(nlp, [text])), sent, ctx, backend, lx)  # type: ignore[arg-type]
            headlines.restore_names(ms, text, ptext, sent.start, summary_line)
            results[i].extend(ms)
        except Exception as exc:  # one odd parse must not lose the document's other events
            log.warning("event extraction failed on a sentence of %s (%s: %s)",
                        ctx.doc_id if ctx else "?", type(exc).__name__, exc)
    return results
