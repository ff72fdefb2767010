"""Title Case headlines parsed like sentences.

The small English model tags capitalised words as proper nouns, so in "Kenya Pledges
Troops For Haiti Mission" no verb is seen and no trigger fires. A headline in Title Case
is parsed from a *sentence-cased copy* ("Kenya pledges troops for Haiti mission") of
exactly the same length, so every character offset of the parse is an offset of the
original text; what the user sees (trigger, actor names, attribution) is taken back
from the original.

A word is lower-cased when it is not a name: when the article itself writes it in
lower case elsewhere, or when it is a common English word (a trigger form of the event
lexicon, a function word, an actor noun such as "police", a verb, adjective or adverb
of the model's lemmatiser word list, or, after the first word, a noun of that list).
Names the actor tables know (countries, capitals, demonyms, organisations), places the
place stage found, words the article writes capitalised mid-sentence only, acronyms and
words with inner capitals ("McCain") keep their case.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any, Callable, Iterable, Optional, Sequence

from ..actors import lexicon as actor_lexicon
from ..actors.normalise import _WORD, _name_index
from ..geo import lexicon as geo_lexicon
from .lexicon import lexicon

_RUN = re.compile(r"[^\W\d_]+")
_APOS = ("'", "’")
_OPENERS = set(".!?:;\"“‘'([—–-")
MAX_WORDS = 30
# English writes these with a capital; "May" and "March" are left to the word lists
_ALWAYS_CAP = frozenset("monday tuesday wednesday thursday friday saturday sunday january "
                        "february april june july august september october november "
                        "december".split())


def _is_cap(w: str) -> bool:
    return w[:1].isupper()


def looks_title_case(text: str) -> bool:
    """A headline in Title Case: most words of more than three letters capitalised and
    no final full stop ("Kenya Pledges Troops For Haiti Mission")."""
    if not isinstance(text, str):
        return False
    t = text.rstrip()
    if not t or t.endswith((".", "…")):
        return False
    words = _RUN.findall(t)
    if not words or len(words) > MAX_WORDS:
        return False
    long_ = [w for w in words if len(w) > 3]
    if len(long_) < 3:
        return False
    cap = sum(_is_cap(w) for w in long_)
    return cap >= 0.7 * len(long_) and any(w.istitle() for w in long_)


# --- word lists -------------------------------------------------------------------

@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:          # pragma: no cover - spaCy is a dependency
        return frozenset()
    return frozenset(STOP_WORDS)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Lower-case words that are never names here: trigger forms, function words,
    actor nouns and the event lexicon's cue words."""
    lx = lexicon()
    out: set[str] = set(lx.forms) | _stop_words()
    st = actor_lexicon.sectors()
    out |= {w for w in st.words if " " not in w}
    out |= {w for p in st.phrases for w in p.split()}
    for words in (lx.reporting, lx.not_actor_objects, lx.place_nouns, lx.protest_actors,
                  lx.light_verbs, lx.negators, set(lx.mode_cues)):
        out |= {w for w in words if isinstance(w, str) and " " not in w}
    return frozenset(w.lower() for w in out)


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[tuple[str, ...]], int]:
    idx, longest = _name_index()
    return frozenset(tuple(w.lower() for w in k) for k in idx), longest


_WN_CACHE: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def _wordnet(nlp: Any) -> tuple[frozenset[str], frozenset[str]]:
    """(verbs, adjectives and adverbs; nouns) of the model's rule lemmatiser tables
    (a WordNet word list), empty without them."""
    if nlp is None:
        return frozenset(), frozenset()
    key = id(nlp)
    got = _WN_CACHE.get(key)
    if got is not None:
        return got
    other: set[str] = set()
    nouns: set[str] = set()
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
        index = lookups.get_table("lemma_index")
        for pos in ("verb", "adj", "adv"):
            other.update(index.get(pos) or [])
        nouns.update(index.get("noun") or [])
        exc = lookups.get_table("lemma_exc")
        for pos in ("verb", "adj", "adv"):
            other.update((exc.get(pos) or {}).keys())
        nouns.update((exc.get("noun") or {}).keys())
    except Exception:            # no rule lemmatiser (another model): lists only
        pass
    got = (frozenset(w for w in other if "_" not in w), frozenset(w for w in nouns if "_" not in w))
    _WN_CACHE[key] = got
    return got


def _bases(w: str) -> list[str]:
    """The word and its likely base forms ("ceded" -> "cede", "dozens" -> "dozen")."""
    out = [w]
    if w.endswith("ies") and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith("es") and len(w) > 3:
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        out.append(w[:-1])
    if w.endswith("men") and len(w) > 4:
        out.append(w[:-3] + "man")              # "fishermen" -> "fisherman"
    for suf in ("ed", "ing", "er", "est"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            stem = w[:-len(suf)]
            out += [stem, stem + "e"]
            if stem[-1] == stem[-2]:
                out.append(stem[:-1])           # "stepped" -> "step"
            if stem.endswith("i"):
                out.append(stem[:-1] + "y")     # "denied" -> "deny"
    return out


def case_evidence(body: str) -> dict[str, bool]:
    """Word (lower case) -> True when the article writes it capitalised in mid-sentence
    only (a name), False when in lower case only (a common word); absent when both or
    neither. Title Case lines (headlines) are no evidence."""
    low: Counter[str] = Counter()
    cap: Counter[str] = Counter()
    for line in body.splitlines():
        if not line.strip() or looks_title_case(line):
            continue
        for m in _RUN.finditer(line):
            w = m.group()
            if w.islower():
                low[w] += 1
            elif w.istitle():
                before = line[:m.start()].rstrip()
                if before and before[-1] not in _OPENERS:
                    cap[w.lower()] += 1
    out: dict[str, bool] = {w: False for w in low if w not in cap}
    out.update((w, True) for w in cap if w not in low)
    return out


# --- sentence case ----------------------------------------------------------------

def _protected(text: str, keep: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of names: the actor tables' names and demonyms, given spans."""
    spans = list(keep)
    names, longest = _names()
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    keys = []
    for s, e, w in words:
        if w.endswith(("'s", "’s")):
            w, e = w[:-2], e - 2
        elif w.endswith(_APOS):
            w, e = w[:-1], e - 1
        keys.append((s, e, w.rstrip(".") if w.count(".") == 1 else w))
    i = 0
    while i < len(keys):
        hit = 0
        if _is_cap(keys[i][2]):
            for n in range(min(longest, len(keys) - i), 0, -1):
                if tuple(k[2].lower() for k in keys[i:i + n]) in names:
                    hit = n
                    break
        if hit:
            spans.append((keys[i][0], keys[i + hit - 1][1]))
            i += hit
            continue
        i += 1
    for m in _RUN.finditer(text):
        w = m.group()
        if _is_cap(w) and (actor_lexicon.demonym(w) or (w.lower(),) in names
                           or geo_lexicon.demonym_country(w) or geo_lexicon.area_adjective_place(w)):
            spans.append((m.start(), m.end()))
    return spans


def sentence_case(text: str, nlp: Any = None, evidence: Optional[dict[str, bool]] = None,
                  keep: Iterable[tuple[int, int]] = ()) -> str:
    """A copy of ``text`` of exactly the same length with the capitals of words that
    are not names lowered. ``nlp``: the spaCy pipeline (its lemmatiser word list);
    ``evidence``: :func:`case_evidence` of the article; ``keep``: character spans
    (relative to ``text``) never changed, e.g. places found by the place stage.
    The original text is returned when nothing can be changed safely."""
    if not isinstance(text, str) or not text:
        return text
    common = _common_words()
    wn_other, wn_nouns = _wordnet(nlp)
    shield = _protected(text, keep)
    chars = list(text)
    changed = False
    first = True
    for m in _RUN.finditer(text):
        w, s, e = m.group(), m.start(), m.end()
        is_first, first = first, False
        if not w.istitle():             # lower case, ACRONYM, McCain, iPhone
            continue
        if any(a < e and s < b for a, b in shield):
            continue
        low = w.lower()
        if len(low) != len(w):
            continue
        if low in _ALWAYS_CAP or low == "i":
            continue
        ev = evidence.get(low) if evidence else None
        if ev is True:
            continue
        nxt = text[e:e + 2]
        lower = ev is False or low in common or (nxt[:1] in _APOS and nxt[1:2] in "tT" and nxt[1:2] != "")
        if not lower:
            bases = _bases(low)
            lower = any(b in common or b in wn_other for b in bases) or \
                (not is_first and any(b in wn_nouns for b in bases))
        if lower:
            chars[s:e] = low
            changed = True
    if not changed:
        return text
    out = "".join(chars)
    return out if len(out) == len(text) else text


def parse_texts(texts: Sequence[str], bodies: Sequence[str], nlp: Any = None,
                keeps: Optional[Sequence[Iterable[tuple[int, int]]]] = None) -> list[str]:
    """The texts to parse: each Title Case text sentence-cased (the same string object
    otherwise). ``bodies[k]`` is the article of ``texts[k]`` (its case evidence is
    computed once per article)."""
    out: list[str] = []
    ev_cache: dict[int, dict[str, bool]] = {}
    for k, text in enumerate(texts):
        if not looks_title_case(text):
            out.append(text)
            continue
        body = bodies[k] if k < len(bodies) else ""
        ev = ev_cache.get(id(body))
        if ev is None:
            ev = ev_cache[id(body)] = case_evidence(body) if body else {}
        out.append(sentence_case(text, nlp, ev, keeps[k] if keeps is not None else ()))
    return out


def _restore(name: Optional[str], orig: str, parsed: str, near: Optional[int]) -> Optional[str]:
    """The original spelling of ``name`` when it was read from the cased copy."""
    if not name:
        return name
    hits = []
    i = parsed.find(name)
    while i >= 0:
        hits.append(i)
        i = parsed.find(name, i + 1)
    if not hits:
        return name
    at = min(hits, key=lambda h: abs(h - near)) if near is not None else hits[0]
    cand = orig[at:at + len(name)]
    return cand if cand.lower() == name.lower() else name


def restore_names(mentions: Iterable[Any], orig: str, parsed: str, off: int,
                  summary: Optional[Callable[[Any], str]] = None) -> None:
    """Actor names and attributions of mentions read from the cased copy ``parsed`` of
    the sentence ``orig`` (starting at body offset ``off``), spelt as in the original."""
    if parsed is orig or parsed == orig:
        return
    for m in mentions:
        for a in m.actors:
            near = a.start - off if a.start is not None else None
            a.name = _restore(a.name, orig, parsed, near) or a.name
        m.attributed_to = _restore(m.attributed_to, orig, parsed, None)
        if summary is not None:
            m.summary = summary(m)


# --- a headline verb read as a plural noun ------------------------------------------------

_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
_VERB_POS = frozenset({"VERB", "AUX"})
_OBJ_POS = frozenset({"DET", "NUM", "PROPN", "NOUN", "ADJ", "PRON"})


def _lemma_of(t: Any) -> str:
    return t.lemma_.lower()


def _noun_verb(doc: Any) -> Optional[int]:
    """Index of a plural noun right after the headline's opening noun phrase whose lemma
    is a verb of the event lexicon and, read as a noun, is no trigger (or leaves the
    headline without any verb): "army shells rebel camps", "Kenya pledges troops"; or of
    such a verb's base form after a plural subject in a verbless headline ("rebel forces
    shell town")."""
    lx = lexicon()
    actors = actor_lexicon.sectors().words
    verbless = not any(x.pos_ in _VERB_POS for x in doc)
    for k in range(1, min(len(doc) - 1, 7)):
        t, prev = doc[k], doc[k - 1]
        if prev.pos_ not in _NP_POS and prev.tag_ != "POS":
            return None
        if t.pos_ not in ("NOUN", "PROPN") or not t.is_lower or prev.pos_ not in ("NOUN", "PROPN"):
            continue
        lem = t.lemma_.lower()
        if lem == t.lower_:
            # "rebel forces shell town": a plural subject's verb in its base form
            if verbless and prev.tag_ in ("NNS", "NNPS") and lem in lx.verbs \
                    and lem not in lx.nouns and lem not in actors \
                    and (_lemma_of(prev) in actors or _lemma_of(prev) in lx.protest_actors):
                return k
            continue
        # "government slaps travel bans on ...": a light verb before an event noun
        light = lem in lx.light_verbs and any(_lemma_of(x) in lx.nouns for x in doc[k + 1:k + 4])
        if not t.lower_.endswith("s") or t.lower_.endswith("ss") or not (lem in lx.verbs or light) \
                or lem in actors or t.lower_ in actors or lem in lx.protest_actors:
            continue            # "rebel forces shell ...": an actor noun is the subject's
        if lem not in lx.nouns:
            return k
        # an event noun ("peace talks in Geneva") is the verb only in a verbless headline
        # and with an object after it ("Israel strikes Gaza")
        nxt = doc[k + 1]
        if verbless and nxt.pos_ in _OBJ_POS \
                and (_lemma_of(prev), lem) not in lx.multiword:
            return k
        return None
    return None


def _compound_subject(doc: Any) -> None:
    """'Army shells rebel camps' parsed with 'Army' as a compound of the verb: the noun
    right before a headline's subjectless finite verb is its subject."""
    for v in doc:
        if v.pos_ == "VERB" and v.tag_ in ("VBZ", "VBP", "VBD") and v.i > 0 \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            n = doc[v.i - 1]
            if n.dep_ == "compound" and n.head.i == v.i and n.pos_ in ("NOUN", "PROPN"):
                n.dep_ = "nsubj"
            return


def verb_reading(doc: Any, nlp: Any) -> Any:
    """The parse of a headline in which a plural noun after the subject ("Army shells
    rebel camps") is read as its verb: the headline is parsed again with "will" and the
    verb's base form in that place ("army will shell rebel camps") and that parse is
    carried over to the original words (the auxiliary left out, the verb tagged VBZ).
    ``doc`` itself when there is no such noun or the new parse does not make it the
    verb of the opening noun phrase."""
    k = _noun_verb(doc)
    if k is None:
        _compound_subject(doc)
        return doc
    lem = doc[k].lemma_.lower()
    pre = doc[:k].text_with_ws if k else ""
    text = pre + "will " + lem + doc[k].whitespace_ + doc[k + 1:].text_with_ws
    disable = [p for p in ("ner",) if p in nlp.pipe_names]
    alt = next(nlp.pipe([text], disable=disable))
    if len(alt) != len(doc) + 1 or alt[k].lower_ != "will" or alt[k + 1].lower_ != lem \
            or any(alt[j if j < k else j + 1].text != doc[j].text for j in range(len(doc)) if j != k):
        return doc
    v = alt[k + 1]
    if v.pos_ != "VERB" or not any(c.dep_ == "nsubj" and c.i == k - 1 for c in v.children) \
            or any(c.head.i == k and c.i != k for c in alt):
        return doc

    def orig(j: int) -> int:                 # index in ``doc`` of token j of ``alt``
        return j if j < k else j - 1
    words, spaces, tags, pos, lemmas, heads, deps = [], [], [], [], [], [], []
    for j, t in enumerate(alt):
        if j == k:
            continue
        o = doc[orig(j)]
        words.append(o.text)
        spaces.append(bool(o.whitespace_))
        head = t.head.i if t.head.i != k else k + 1
        heads.append(orig(head))
        deps.append(t.dep_)
        if j == k + 1:
            tags.append("VBZ")
            pos.append("VERB")
            lemmas.append(lem)
        else:
            tags.append(t.tag_)
            pos.append(t.pos_)
            lemmas.append(t.lemma_)
    from spacy.tokens import Doc
    try:
        return Doc(doc.vocab, words=words, spaces=spaces, tags=tags, pos=pos, lemmas=lemmas,
                   heads=heads, deps=deps)
    except Exception:            # an inconsistent tree: keep the first parse
        return doc
