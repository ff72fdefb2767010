"""Syntactic prominence of an event trigger: how much its sentence is *about* it.

A news sentence usually reports one act (the main event) and mentions others as its
background, cause, consequence, setting or content. All stay event mentions (they
belong on the timeline), but the reported act must rank first. The prominence of a
trigger is the product of one factor per dependency link on the path from its
governing token (the light verb of a noun trigger) up to the sentence root:

=============  ======  ==========================================================
link           factor  examples (secondary event in brackets)
=============  ======  ==========================================================
MAIN           1.0     root clause; a conjunct of it; the complement of a verb that
                       names no event ("said it would [withdraw]", "began [talks]")
CONTENT        0.7     argument of another event's trigger: the content of a verbal
                       act or what an act is about ("accused Y of [shelling]",
                       "condemned the [arrests]", "called for an end to the [bombing]")
DOER           0.85    event noun as the subject of another event's trigger
PURPOSE        0.8     purpose infinitive ("sent troops to [protect] the vote")
NOUN_INF       0.9     infinitive naming what a noun's act is ("a campaign to [rally]
                       support", "a bid to [seize] the capital")
CONSEQUENCE    0.7     trailing or fronted participle clause ("[forcing] thousands to
                       flee", "[prompting] X to recall its envoy")
OTHER_ADV      0.8     any other adverbial clause
CONDITION      0.6     "if"/"unless" clause: a hypothetical act
BACKGROUND     0.45    temporal / causal / concessive clause or phrase: after,
                       following, since, before, amid, despite, over, as, when,
                       because, "days after", "in response to", "in retaliation for",
                       "in the wake of" (also never absorbed into the head's act)
RELATIVE       0.55    relative clause ("whose troops [seized] the port")
REDUCED        0.65    participle modifying a noun ("villages [destroyed] in ...")
SETTING        0.75    event noun in any other prepositional phrase ("arrested during
                       a [rally]", "a resolution on the [massacre]"); an "as" phrase
                       on a verb is a role, not a setting (MAIN: "used them as human
                       [shields]")
MODIFIER       0.7     compound, possessive, adjectival or appositive noun
=============  ======  ==========================================================

A secondary event thus ranks below the act it hangs on whatever its own type; two
events at one level (conjuncts) tie and the earlier wins. ``prominence`` is in
[FLOOR, 1]. extract.py sets the exported ``confidence`` (0..1: how sure we are that
this sentence reports this act) as

    0.95 x prominence x (1 - 0.01 x min(depth, 10)) x type score (backend: 0.95, weak
    nouns 0.75) x penalties (headline, bare background noun, object of ending)
    x (0.6 + 0.4 x date confidence)

the small depth term ordering mentions of one level. A headline fragment, whose parse
is unreliable, is ranked by tree depth alone (0.95 - 0.08 x depth).
"""
from __future__ import annotations

from typing import Any, Iterable, Optional

from .constraints import _lemma

MAIN, CONTENT, DOER, PURPOSE, CONSEQUENCE = 1.0, 0.7, 0.85, 0.8, 0.7
OTHER_ADV, CONDITION, BACKGROUND, RELATIVE, REDUCED = 0.8, 0.6, 0.45, 0.55, 0.65
SETTING, MODIFIER, NOUN_INF = 0.75, 0.7, 0.9
FLOOR = 0.15
MAX_HOPS = 12

# Subordinators and prepositions that place an event before, around or as the cause
# of the reported act.
BACKGROUND_PREPS = frozenset("after following since before amid amidst despite over upon "
                             "until till".split())
BACKGROUND_WORDS = BACKGROUND_PREPS | frozenset("as when whenever while because although though "
                                                "once".split())
CONDITION_WORDS = frozenset({"if", "unless"})
# "in response to", "in retaliation for", "in the wake of", "in protest at": the noun
# of a complex preposition that makes its object a cause or antecedent
BACKGROUND_NOUNS = frozenset("response retaliation reprisal revenge reaction wake aftermath "
                             "run-up backdrop".split())
_COMPLEMENT = frozenset("ccomp xcomp dobj obj attr oprd dative nsubjpass acomp pcomp agent "
                        "pobj csubj csubjpass".split())
_MODIFIER = frozenset("compound amod nmod poss npadvmod appos quantmod nummod".split())
_ASSIGNED = frozenset({"conj", "ROOT", "dep", "parataxis", "cc", "punct"})


def _marker(clause: Any) -> str:
    """The subordinator of a clause ("after", "if"), or ''."""
    for k in clause.children:
        if k.dep_ == "mark" and k.i < clause.i:
            return k.lower_
    return ""


def _to_inf(clause: Any) -> bool:
    return any(k.dep_ == "aux" and k.lower_ == "to" for k in clause.children)


def _prep_factor(prep: Any, events: set[int]) -> float:
    """A prepositional phrase holding an event: background, content of an event, or
    setting."""
    word = prep.lower_
    head = prep.head
    if word in BACKGROUND_PREPS or _lemma(prep) == "follow":
        return BACKGROUND
    if word == "as" and head.pos_ in ("VERB", "AUX"):
        return MAIN                   # a role, not a setting: "used them as human shields"
    # "in response to the raid": prep 'to' under the noun 'response' under 'in'
    if head.lower_ in BACKGROUND_NOUNS and head.dep_ == "pobj":
        return BACKGROUND
    if head.i in events and head != prep:
        return CONTENT
    return SETTING


def link_factor(tok: Any, events: set[int]) -> float:
    """Factor of the one link from ``tok`` to its head (see the module table)."""
    dep, head = tok.dep_, tok.head
    if head == tok or dep in _ASSIGNED:
        return MAIN
    if dep == "prep":
        return _prep_factor(tok, events)
    if dep == "relcl":
        return RELATIVE
    if dep == "acl":
        if _to_inf(tok):
            return NOUN_INF
        return REDUCED if tok.tag_ == "VBN" else CONSEQUENCE
    if dep == "advcl":
        mark = _marker(tok)
        if mark in BACKGROUND_WORDS or _lemma(tok) == "follow":
            return BACKGROUND
        if mark in CONDITION_WORDS:
            return CONDITION
        if _to_inf(tok):
            return PURPOSE
        if tok.tag_ in ("VBG", "VBN") and not mark and \
                not any(k.dep_ in ("nsubj", "nsubjpass") for k in tok.children):
            return CONSEQUENCE
        return OTHER_ADV
    if dep in ("nsubj", "expl"):
        return DOER if head.i in events else MAIN
    if dep in _COMPLEMENT:
        if dep == "pobj" and head.dep_ == "prep":
            return MAIN               # the preposition's own link decides
        return CONTENT if head.i in events else MAIN
    if dep in _MODIFIER:
        return MODIFIER
    return OTHER_ADV


def prominence(tok: Any, events: Iterable[int], light: Optional[dict[int, int]] = None) -> float:
    """Product of the link factors from ``tok`` to the root, floored at FLOOR;
    ``events`` are the token indices of the sentence's event triggers (and their
    light verbs): an argument of one of them is that act's content. ``light`` maps an
    event noun to its light verb ("launched an attack"): that link is inside one act."""
    ev, light = set(events), light or {}
    p, node = 1.0, tok
    for _ in range(MAX_HOPS):
        if node.head == node:
            break
        if light.get(node.i) != node.head.i:
            p *= link_factor(node, ev)
        node = node.head
    return max(FLOOR, p)


def background_link(tok: Any) -> bool:
    """The link from ``tok`` to its head makes it the background of the head's act
    ("pledged ..., days after police arrested ...", "in retaliation for the raid"):
    an act there is never absorbed into the head's."""
    if tok.dep_ == "advcl":
        return _marker(tok) in BACKGROUND_WORDS or _lemma(tok) == "follow"
    if tok.dep_ == "prep":
        return _prep_factor(tok, set()) == BACKGROUND
    return False


def depth(tok: Any) -> int:
    """Number of links from ``tok`` up to the root."""
    d = 0
    while tok.head != tok and d < 50:
        tok, d = tok.head, d + 1
    return d


def main_mention(mentions: list) -> Optional[Any]:
    """The main event of a sentence's mentions: the highest confidence, then the earliest
    trigger (what the benchmarks score for a one-sentence input); None when there is none."""
    return max(mentions, key=lambda m: (m.confidence, -m.trigger_start)) if mentions else None


def _splits(tok: Any, start: bool, other: set[int], near: set[int]) -> bool:
    """The link from ``tok`` to its head opens a clause or phrase of its own act:
    background ("after ...", "amid ..."), an adverbial clause (purpose, condition,
    "citing ..."), a relative or participial clause on anything but the other act's
    own trigger. Not: a bare participle that is itself the trigger ("attacked the
    convoy, killing five": the killing is the attack), a clause describing the other
    trigger ("the attack, which killed five"), complements and conjuncts."""
    dep = tok.dep_
    if dep == "prep":     # also "was a response to an ambush"
        return background_link(tok) or tok.head.lower_ in BACKGROUND_NOUNS
    if dep == "advcl":
        return not (start and link_factor(tok, set()) == CONSEQUENCE)
    if dep == "relcl" or dep == "acl" and not _to_inf(tok):
        h = tok.head
        if dep == "relcl" and any(k.lower_ == "where" for k in tok.children) and \
                h.dep_ == "pobj" and h.head.head.i in near:
            return False      # "triggered an uproar in X, where people took to the streets"
        return h.i not in other
    return False


def separate_clauses(a: Any, b: Any, a_ids: set[int], b_ids: set[int],
                     light: Optional[dict[int, int]] = None) -> bool:
    """Two triggers of one sentence (governing tokens ``a``, ``b``; ``a_ids``/``b_ids``
    their trigger and light-verb token indices) tell two acts when the dependency path
    between them crosses a secondary-clause link (see ``_splits``): "justified the
    operation, citing repeated shelling" is not one act, "launched an attack ... and
    the assault lasted hours" is."""
    light = light or {}
    up_a = [a] + list(a.ancestors)
    up_b = {t.i for t in [b] + list(b.ancestors)}
    top = next((t for t in up_a if t.i in up_b), None)
    if top is None:
        return True
    for node, other, og in ((a, b_ids, b), (b, a_ids, a)):
        first, near = True, other | {og.head.i}
        while node.i != top.i and node.head != node:
            if light.get(node.i) != node.head.i and _splits(node, first, other, near):
                return True
            first = False
            node = node.head
    return False
