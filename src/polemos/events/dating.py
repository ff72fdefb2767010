"""Dating helpers beyond the plain parse attachment of a timex to its trigger:

- a span counted back from the publication date ("over the last three decades", "in
  the past two years") dates what happened over it, as a range up to the publication;
- a date that opens a clause ("as on Friday the troops had entered") belongs to that
  clause's verb, whatever the parser hung it on;
- a relative clause right after a dated phrase ("the war in the 1990s, which killed
  30,000") happened then;
- conjoined verbs ("wounded or killed ... since 2020", "attacked the town on Monday and
  burned houses") share a date given to one of them.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Optional

from ..model import Timex
from ..temporal import dates as D

_SPAN_LEAD = re.compile(r"(?i)^(?:the\s+)?(?:last|past|previous|preceding)\s+")
_SPAN_VALUE = re.compile(r"P(\d+)(DE|CE|Y|M|W|D)")
# Words that may stand between a clause opener and a fronted date ("as on Friday",
# "and late on Monday"); the opener words themselves.
_DATE_PREPS = frozenset("on in at during by late early since from".split())
_OPENERS = frozenset("as and but when after while because that then before until where so "
                     "although though whereas , ; :".split())
_REL_PRONOUNS = frozenset("which that who".split())


def period_timex(t: Timex, published: Optional[dt.date]) -> Optional[Timex]:
    """'the last three decades' (a duration) read against the publication date: the
    range it covers, noted as an open span up to the anchor (background, like
    'since 1994'). None for anything else, vague lengths ('recent years') included."""
    if t.kind != "duration" or published is None or not t.value:
        return None
    if not _SPAN_LEAD.match(t.text or ""):
        return None
    m = _SPAN_VALUE.fullmatch(t.value)
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    if n <= 0 or n > 100:
        return None
    start = D.shift(published, -n, unit)
    if start is None:
        return None
    return Timex(start=t.start, end=t.end, text=t.text, kind="date",
                 date_start=start.isoformat(), date_end=published.isoformat(),
                 precision="range", confidence=round(min(t.confidence, 0.7), 3),
                 value=t.value, note="since: a span counted back from the anchor")


def _subject_left(v: Any) -> Optional[int]:
    subs = [k for k in v.children if k.dep_ in ("nsubj", "nsubjpass", "expl")]
    return min((k.left_edge.i for k in subs), default=None)


def fronted_claims(doc: Any, off: int, timexes: list[Timex], govs: dict[int, Any],
                   reporting: set[str]) -> dict[int, int]:
    """Timexes that open the clause of a candidate verb ("as on Friday the troops had
    entered", "and on Monday rebels attacked"): id(timex) -> that verb's token index.
    A date right after a reporting verb ("said on Friday the rebels attacked") is the
    date of the saying and claims nothing."""
    out: dict[int, int] = {}
    if not timexes or not govs:
        return out
    for t in timexes:
        span = doc.char_span(max(0, t.start - off), min(len(doc.text), t.end - off),
                             alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        nxt = span.end
        if nxt < len(doc) and doc[nxt].text == ",":
            nxt += 1
        i = span.start - 1
        while i >= 0 and doc[i].lower_ in _DATE_PREPS:
            i -= 1
        if i < 0:
            continue                       # sentence-initial: the parse handles it
        before = doc[i]
        if before.lower_ not in _OPENERS or before.lemma_.lower() in reporting:
            continue
        if i > 0 and doc[i - 1].lemma_.lower() in reporting and before.lower_ == "that":
            continue                       # "said that on Friday ...": still ambiguous
        for gi, g in govs.items():
            if g.pos_ not in ("VERB", "AUX") or g.i <= nxt:
                continue
            if _subject_left(g) == nxt:
                out[id(t)] = gi
                break
    return out


def after_reporting(doc: Any, off: int, timexes: list[Timex], reporting: set[str]
                    ) -> dict[int, int]:
    """Timexes right after a reporting verb ("said on Monday", "warned Tuesday"): the
    date of the saying, whatever the parser hung them on. id(timex) -> verb index."""
    out: dict[int, int] = {}
    for t in timexes:
        span = doc.char_span(max(0, t.start - off), min(len(doc.text), t.end - off),
                             alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        i = span.start - 1
        if i >= 0 and doc[i].lower_ == "on":
            i -= 1
        if i >= 0 and doc[i].pos_ in ("VERB", "AUX") and doc[i].lemma_.lower() in reporting:
            out[id(t)] = doc[i].i
    return out


def rel_clause_timex(doc: Any, off: int, gov: Any, timexes: list[Timex]) -> Optional[Timex]:
    """'the war in the 1990s, which killed 30,000 people': a relative clause (or a verb
    conjoined to one) opening right after a dated phrase tells what happened then."""
    v, hops = gov, 0
    while v.dep_ == "conj" and v.head != v and hops < 3:
        v, hops = v.head, hops + 1
    if v.dep_ not in ("relcl", "acl"):
        return None
    rel = next((k for k in v.children if k.lower_ in _REL_PRONOUNS and k.i < v.i), None)
    if rel is None:
        return None
    for t in timexes:
        gap = doc.text[max(0, t.end - off):rel.idx]
        if t.end - off <= rel.idx and re.fullmatch(r"\s*,?\s*", gap):
            return t
    return None


def related(gov: Any) -> set[int]:
    """Token indices of the verbs conjoined with ``gov`` (its conjunction head, or its
    own conjuncts) and of a common noun that is its subject ("the 1990s war killed
    20,000", "Monday's attack left five dead": the act of a dated event)."""
    out: set[int] = {k.i for k in gov.children if k.dep_ in ("nsubj", "nsubjpass")
                     and k.pos_ == "NOUN" and gov.pos_ in ("VERB", "AUX")}
    head = gov
    if gov.dep_ == "conj" and gov.head != gov:
        head = gov.head
        if coordinated(head, gov):
            out.add(head.i)
    out.update(k.i for k in head.children if k.dep_ == "conj" and k.i != gov.i
               and k.pos_ in ("VERB", "AUX") and coordinated(head, k))
    return out


def coordinated(head: Any, conj: Any) -> bool:
    """A conjunct joined by 'and', 'or', 'but' ("wounded or killed"), not one the parser
    strung on after a comma ("killed on the road, recaptured in 2020": a participle)."""
    return any(k.dep_ == "cc" and head.i < k.i < conj.i for k in head.children) or \
        any(k.dep_ == "cc" and k.i < conj.i for k in conj.children)


def offset_event(doc: Any, off: int, tok: Any, timexes: list[Timex], own: Optional[Timex] = None
                 ) -> Optional[tuple[Timex, int]]:
    """'comes three years after a brutal war', 'two weeks before the vote': an act named
    in the object of "after"/"before" that a duration measures. Returns the duration and
    the direction (-1: the act was that long before the clause's own date, +1: after).
    None when ``own`` (the date picked for the act) lies inside that phrase: "a month
    before a deal came into force on November 10" dates the deal itself."""
    node = tok
    for _ in range(4):
        if node.head == node:
            return None
        head = node.head
        # "after a brutal war" (a preposition) or "after the army retook it" (a clause)
        word = head if head.lower_ in ("after", "before") and node.dep_ in ("pobj", "pcomp") \
            else next((k for k in node.children if k.dep_ == "mark" and k.lower_ in ("after", "before")),
                      None) if node.dep_ == "advcl" else None
        if word is not None:
            host = word.head if word.head != node else node.head
            if any(k.dep_ == "aux" and k.lower_ in _FUTURE_AUX for k in host.children):
                return None          # "will take place two weeks after ...": no date to count from
            phrase = node if word is not head else head
            lo, hi = phrase.left_edge.idx + off, phrase.right_edge.idx + len(phrase.right_edge) + off
            if own is not None and lo <= own.start < hi:
                return None
            for t in timexes:
                if t.kind != "duration" or not t.value:
                    continue
                gap = doc.text[t.end - off:word.idx] if 0 <= t.end - off <= word.idx else None
                if gap is not None and not gap.strip():
                    return t, (-1 if word.lower_ == "after" else 1)
            return None
        node = head
    return None


_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "to"})


def shifted(anchor: Optional[str], t: Timex, sign: int) -> Optional[tuple[str, str, str]]:
    """The date ``t`` (a duration) away from ``anchor`` (ISO): (start, end, precision) at
    the duration's own grain: years give a year, months a month, weeks a week."""
    m = _SPAN_VALUE.fullmatch(t.value or "")
    if anchor is None or not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    if n <= 0 or n > 100 or unit in ("DE", "CE"):
        return None
    d = D.shift(dt.date.fromisoformat(anchor[:10]), sign * n, unit)
    if d is None:
        return None
    if unit == "Y":
        return f"{d.year}-01-01", f"{d.year}-12-31", "year"
    if unit == "M":
        s, e = D.month_range(d.year, d.month)
        return s.isoformat(), e.isoformat(), "month"
    if unit == "W":
        s, e = D.week_range(d)
        return s.isoformat(), e.isoformat(), "week"
    return d.isoformat(), d.isoformat(), "day"
