"""What a mention is about besides its trigger: the words of the trigger's clause.

    obj   the trigger's object or complement as the text states it ("agreed to resume aid
          deliveries", "a deal that ended the operation", "accused X of shelling", a noun's
          modifiers "a ceasefire deal"): what was agreed, asked, denied or alleged;
    args  the clause's words on both sides of the trigger ("2,000 peacekeepers were
          deployed", "the deployment of the peacekeeping contingent"): what it is about;
    topics the kinds of accord the object names (data/lexicon.json ``accord_topics``:
          security, humanitarian, prisoners, talks, ...).

Only lower-case words count: names (actors, places, months) are compared elsewhere, and
so are numbers, dates and the words of the actors' names. No parser: the clause is the run
of words around the trigger up to a punctuation mark or a clause opener ("which", "while").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..model import EventMention
from .lexicon import fields_of, lexeme, lexicon, stem, words_of

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d[\d,.]*\d|\d|[,;:.!?()\[\]\"\u201c\u201d\u2014\u2013]")
# words opening another clause: the trigger's object does not reach past them
_CLAUSE = frozenset({"which", "who", "whom", "whose", "while", "whereas", "but", "and", "said",
                     "says", "after", "before", "when", "because", "although", "though", "as"})
# a noun's complement opens with one of these ("an agreement to ...", "a deal on ...")
_INTRO = frozenset({"to", "on", "for", "over", "of", "that", "allowing", "ending", "under",
                    "about", "regarding", "covering", "concerning"})
# ... after the parties it is made with ("an agreement with the authorities to ...")
_PARTY = frozenset({"with", "between", "among", "by", "from"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "his", "her",
                          "another", "such", "any", "no", "our", "new"})
OBJ_WORDS = 8           # words of a complement looked at
BEFORE_WORDS = 3        # words before the trigger (modifiers of a noun, the theme of a passive)


def _tokens(m: EventMention) -> tuple[list[str], int, int]:
    """The sentence's tokens (words and punctuation) and the trigger's token span."""
    sent, trig = m.sentence or "", (m.trigger or "").strip()
    if not sent or not trig:
        return [], -1, -1
    pos = m.trigger_start - m.start if m.trigger_end > m.trigger_start >= m.start else -1
    if not (0 <= pos <= len(sent)) or sent[pos:pos + len(trig)].lower() != trig.lower():
        pos = sent.lower().find(trig.lower())
    if pos < 0:
        return [], -1, -1
    toks, first, last = [], -1, -1
    for t in _TOKEN.finditer(sent[:2000]):
        if t.start() >= pos and first < 0:
            first = len(toks)
        if t.start() < pos + len(trig):
            last = len(toks)
        toks.append(t.group())
    return toks, first, last


def _usable(tok: str, skip: set[str]) -> Optional[str]:
    """The stem of a lower-case content word (None for names, numbers, function words, dates)."""
    if not tok[0].islower():
        return None
    lex = lexicon()
    if tok in lex.stopwords or tok in lex.temporal_cues or tok in lex.generic_arguments:
        return None
    s = stem(tok)
    return None if s in skip or len(s) < 3 else s


def _clause_after(toks: list[str], i: int) -> list[str]:
    out = []
    for t in toks[i:]:
        if not t[0].isalnum() or t.lower() in _CLAUSE:
            break
        out.append(t)
        if len(out) >= OBJ_WORDS:
            break
    return out


def _clause_before(toks: list[str], i: int) -> list[str]:
    out: list[str] = []
    for t in reversed(toks[:i]):
        if not t[0].isalnum() or t.lower() in _CLAUSE:
            break
        out.insert(0, t)
        if len(out) >= BEFORE_WORDS:
            break
    return out


def _noun_object(after: list[str]) -> list[str]:
    """A noun's complement: after an opener, possibly past the parties ("with X to ...")."""
    if not after:
        return []
    if after[0].lower() in _INTRO:
        return after[1:]
    if after[0].lower() in _PARTY:
        for j, t in enumerate(after[1:6], 1):
            if t.lower() in _INTRO:
                return after[j + 1:]
    return []


def object_head(m: EventMention) -> Optional[str]:
    """The lexeme of a verb trigger's first object word ("agreed a ceasefire" -> ceasefire,
    "agreed to hand over" -> hand); None for noun triggers and empty clauses. It tells what
    kind of accord a bare "agreed" is."""
    toks, first, last = _tokens(m)
    if first < 0 or last < first or not toks[last].lower().endswith(("ed", "d")):
        return None
    for t in _clause_after(toks, last + 1)[:4]:
        low = t.lower()
        if low in _DETERMINERS or low in ("to", "on", "upon", "over"):
            continue
        return lexeme(low) if low.isalpha() else None
    return None


def analyse(m: EventMention) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(obj, args, topics) of a mention, as stems (see the module's doc). Words of the event's
    own lexical fields ('deal' in 'a peace deal to ...') are left out of obj and args; the
    actors' names are left out of obj only (a deployment's args hold what was deployed)."""
    toks, first, last = _tokens(m)
    if first < 0 or last < first:
        return frozenset(), frozenset(), frozenset()
    skip = {stem(w) for w in words_of(m.trigger)}
    # what was said or agreed is not who said it or to whom ("accused the rebels")
    named = set(skip)
    for a in m.actors or []:
        named |= {stem(w) for w in words_of(a.name)}
    head = toks[last].lower()
    before, after = _clause_before(toks, first), _clause_after(toks, last + 1)
    own = {s for f in fields_of(m.type, {lexeme(head)}) for s in f.stems}
    noun = bool(own) and not head.endswith("ed") or \
        bool(before) and before[-1].lower() in _DETERMINERS
    if noun:
        # "a ceasefire deal to ...": the modifiers and the complement
        mods = [t for t in before[-2:] if t.lower() not in _DETERMINERS]
        obj_toks = mods + _noun_object(after)
    else:
        obj_toks = after
    obj = {s for s in (_usable(t, named) for t in obj_toks) if s}
    args = {s for s in (_usable(t, skip) for t in before + after) if s}
    field_words = {s for f in fields_of(m.type, args | obj) for s in f.stems}
    topics = frozenset(t for s in obj for t in topics_of(s))
    return frozenset(obj - field_words), frozenset(args - field_words), topics


@lru_cache(maxsize=20000)
def topics_of(s: str) -> tuple[str, ...]:
    """The accord topics a word's stem names ('deliver' -> humanitarian)."""
    exact, prefix = lexicon().topic_of_stem
    hit = exact.get(s) or (prefix.get(s[:6]) if len(s) >= 6 else None)
    return hit or ()


def overlap(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """Whether two sets of stems share a word (up to the crude stemmer's derivations)."""
    if xs & ys:
        return True
    return any(len(x) >= 6 and len(y) >= 6 and x[:6] == y[:6] for x in xs for y in ys)
