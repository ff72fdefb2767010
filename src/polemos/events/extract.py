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

from ..model import ActorRef, EventMention, PlaceMention, Timex
from . import context as ctxmod
from .lexicon import Lexicon, lexicon
from .roles import (VERBAL_TYPES, Role, find_roles, framing, reporter, status,
                    subject_sector, make_role)
from .sentences import Sentence, may_hold_event, quote_spans, split_sentences
from .triggers import Candidate, find_candidates

log = logging.getLogger(__name__)
# Bounded work per document: beyond this many candidate sentences (a book, a dump), the
# rest is skipped with a log line rather than parsed.
MAX_SENTENCES_PER_DOC = 3000
MAX_BODY_CHARS = 2_000_000
PIPE_BATCH = 64
_FUTURE_COOP = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_COERCIVE = {"PROTEST", "COERCE", "SANCTION", "ASSAULT"}
_THREAT_MODES = {"ASSAULT": "violence", "COERCE": "restrict", "PROTEST": "restrict",
                 "SANCTION": "relations"}
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
    return DocContext(body=body, doc_id=str(item.get("doc_id") or ""), timexes=timexes,
                      places=places, published=pub, outlet=item.get("outlet"),
                      quotes=_speakers(body), focus=ctxmod.focus_place(places, len(body)))


def candidate_sentences(body: str) -> list[Sentence]:
    sents = [s for s in split_sentences(body) if may_hold_event(body[s.start:s.end])]
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


def _depth(tok: Any) -> int:
    d = 0
    while tok.head != tok and d < 50:
        tok, d = tok.head, d + 1
    return d


def _actor_ref(r: Role, off: int) -> ActorRef:
    info = r.info
    return ActorRef(name=info.name if info else r.text, role=r.role,
                    country=info.country if info else None, sector=info.sector if info else None,
                    start=r.start + off, end=r.end + off)


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


def _mention_id(doc_id: str, start: int, tstart: int, typ: str) -> str:
    return hashlib.sha256(f"{doc_id}:{start}:{tstart}:{typ}".encode()).hexdigest()[:16]


def sentence_mentions(doc: Any, sent: Sentence, ctx: DocContext, backend: Any,
                      lx: Optional[Lexicon] = None) -> list[EventMention]:
    lx = lx or lexicon()
    cands = find_candidates(doc, lx, lambda t: subject_sector(t, lx))
    if not cands:
        return []
    cands = backend.classify(doc, cands)
    if not cands:
        return []
    body, off = ctx.body, sent.start
    s_text = body[sent.start:sent.end]
    in_sent_timex = [t for t in ctx.timexes if t.start >= sent.start and t.end <= sent.end
                     and ctxmod.usable_timex(t)]
    in_sent_places = [p for p in ctx.places if p.start >= sent.start and p.end <= sent.end]
    context_timex = None
    for t in ctx.timexes:
        if t.end <= sent.start and ctxmod.usable_timex(t) and body.count("\n\n", t.end, sent.start) == 0 \
                and sent.start - t.end < 1200:
            context_timex = t
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
    out: list[EventMention] = []
    for c in cands:
        roles = all_roles[id(c)]
        rep = reps[id(c)]
        actors: list[ActorRef] = []
        rep_info = None
        if rep is not None:
            rr0 = make_role(rep[1], "source", lx)
            rep_info = rr0.info if rr0 is not None and not rr0.pronoun else None
        for r in roles:
            if r.pronoun:
                if r.role != "source":
                    continue                   # object pronouns: too often wrong to resolve
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
        st = status(c, lx, doc.text)
        typ, mode = c.type, c.mode
        aux = {k.lower_ for k in c.gov.children if k.dep_ in ("aux", "auxpass")}
        if rep is not None and aux & {"must", "should"} and typ not in VERBAL_TYPES:
            typ, mode, st = "REQUEST", "change", "occurred"   # "X said Y must withdraw"
        elif st == "planned" and typ in _FUTURE_COOP | {"RETREAT"}:
            # PLOVER: future cooperation is AGREE; the GSR codes announced future
            # retreats ("will release", "will evacuate") as AGREE too
            typ, mode = "AGREE", None
        elif st in ("planned", "hypothetical") and typ in _COERCIVE and rep is not None:
            typ, mode = "THREATEN", _THREAT_MODES.get(typ)  # "said they would blockade"
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
        dp = ctxmod.pick_date(doc, off, in_sent_timex, trig, others,
                              rep[0].i if rep is not None else None, context_timex, ctx.published)
        place, pconf = ctxmod.pick_place(doc, off, in_sent_places, trig, others,
                                         rep[0].i if rep is not None else None, excluded, ctx.focus)
        depth = _depth(c.gov)
        conf = max(0.2, 0.95 - 0.08 * depth) * c.score
        m = EventMention(
            doc_id=ctx.doc_id, type=typ, trigger=body[tstart:tend], start=sent.start,
            end=sent.end, sentence=s_text, trigger_start=tstart, trigger_end=tend, mode=mode,
            actors=actors, location=ctxmod.to_location(place) if place else None,
            date_start=dp.start, date_end=dp.end, date_precision=dp.precision, status=st,
            attributed_to=attributed, quote=quote, framing=framing(c),
            numbers=ctxmod.numbers(s_text), confidence=round(conf * (0.6 + 0.4 * dp.confidence), 3),
            outlet=ctx.outlet)
        m.mention_id = _mention_id(ctx.doc_id, m.start, m.trigger_start, m.type)
        m.summary = summary_line(m)
        out.append(m)
        src = next((a for a in actors if a.role == "source" and (a.country or a.sector)), None)
        if src is not None:
            ctx.last_source = src
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
    for (i, sent), doc in zip(jobs, _pipe(nlp, texts)):
        ctx = ctxs[i]
        try:
            results[i].extend(sentence_mentions(doc, sent, ctx, backend, lx))  # type: ignore[arg-type]
        except Exception as exc:  # one odd parse must not lose the document's other events
            log.warning("event extraction failed on a sentence of %s (%s: %s)",
                        ctx.doc_id if ctx else "?", type(exc).__name__, exc)
    return results
