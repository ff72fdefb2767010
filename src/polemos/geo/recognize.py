"""Toponym recognition: gazetteer phrase matching over capitalised n-gram windows,
filtered by casing, context and person-name rules (no dependence on spaCy NER, which
labels unfamiliar place names PERSON; when a spaCy Doc is given its entities are used as
extra cues only)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional

from polemos.geo.gazetteer import Gazetteer
from polemos.geo.lexicon import admin_abbrev, common_nouns, cues, demonym_country, \
    is_common_word, stopnames
from polemos.geo.normalize import fold

# Dotted abbreviations (U.S., N.Y.) or words; digits allowed inside words (not first).
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'\u2019\u02bc]*", re.U)
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
# Lower-case particles allowed inside multi-word names (Rostov-on-Don, Bosnia and Herzegovina).
_CONNECTORS = frozenset({"of", "de", "del", "della", "la", "le", "les", "du", "des", "da", "do",
                         "dos", "das", "al", "el", "am", "an", "der", "den", "on", "upon",
                         "sur", "en", "y", "and", "the", "i", "e", "es", "ul", "ar", "as", "ad"})
_ABBREV_DOT = frozenset({"st", "ste", "mt", "ft", "pt"})
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                         "western", "central", "northeast", "northwest", "southeast",
                         "southwest", "northeastern", "northwestern", "southeastern",
                         "southwestern", "upper", "lower", "greater", "inner", "outer",
                         "occupied", "downtown", "rural", "coastal"})
_BIG_FEATURES = frozenset({"country", "admin1", "continent", "region", "sea", "corridor",
                           "strait", "canal", "islands", "peninsula"})
_SENT_END = frozenset(".!?:;\"\u201c\u201d(\u2014")
_ABBR_AFTER_COMMA = re.compile(r",\s*((?:[A-Z][a-z]{0,4}\.\s?){1,2})")
# Bounded work on huge input: windows are only built over this many characters.
MAX_CHARS = 2_000_000


@dataclass
class Token:
    start: int
    end: int
    text: str
    low: str
    cap: bool
    upper: bool
    sent_start: bool
    line: int


@dataclass
class Match:
    """A recognised toponym span with its gazetteer candidates and context cues."""
    start: int
    end: int
    text: str
    key: str
    cands: list[tuple[int, int]]
    tok_i: int
    tok_j: int
    cues: set[str] = field(default_factory=set)
    container: Optional[int] = None      # entry index of an explicit ", State" container
    next_match: Optional[int] = None     # index of the match right after ", "


# The last text tokenised and its tokens: find_places tokenises once for the gazetteer
# matcher and once more for local-feature names; the same string object is reused.
_LAST: tuple[str, list[Token]] = ("", [])


def tokenize(text: str) -> list[Token]:
    global _LAST
    last_text, last_toks = _LAST
    if last_text is text:
        return last_toks
    toks = _tokenize(text)
    _LAST = (text, toks)
    return toks


def _tokenize(text: str) -> list[Token]:
    toks: list[Token] = []
    line = 0
    last_end = 0
    for m in _TOKEN.finditer(text):
        s, e = m.start(), m.end()
        w = m.group()
        for p in _POSSESSIVE:
            if len(w) > len(p) + 1 and w.endswith(p):
                e -= len(p)
                w = w[: -len(p)]
                break
        gap = text[last_end:s]
        nl = gap.count("\n")
        line += nl
        prev_char = gap.strip()[-1:] if gap.strip() else ""
        sent_start = not toks or nl > 0 or (prev_char != "" and prev_char in _SENT_END) or (
            prev_char == "" and toks and toks[-1].text.endswith("."))
        toks.append(Token(s, e, w, w.lower(), w[:1].isupper(), w.isupper() and len(w) > 1,
                          sent_start, line))
        last_end = e
    return toks


def _joinable(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end:b.start]
    if gap in (" ", "-", "\u00a0", "\u2011", "-\u200b"):
        return True
    if a.low in _ABBREV_DOT and gap in (". ", "."):
        return True
    return False


def _title_lines(toks: list[Token], text: str) -> set[int]:
    """Lines written in Title Case (headlines): casing carries no information there. A
    line ending in a full stop with a lower-case word in it is a sentence."""
    by_line: dict[int, list[Token]] = {}
    for t in toks:
        by_line.setdefault(t.line, []).append(t)
    out = set()
    for ln, ts in by_line.items():
        if text[ts[-1].end:ts[-1].end + 1] == "." and any(not t.cap for t in ts):
            continue      # a sentence ("Shelling hit Diwaniyah on Monday."), not a headline
        content = [t for t in ts if len(t.text) > 3]
        if len(content) >= 3 and sum(t.cap for t in content) >= 0.75 * len(content):
            out.add(ln)
    return out


def _spacy_spans(spacy_doc: Any) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    loc, person = [], []
    if spacy_doc is None:
        return loc, person
    try:
        for ent in spacy_doc.ents:
            if ent.label_ in ("GPE", "LOC", "FAC"):
                loc.append((ent.start_char, ent.end_char))
            elif ent.label_ == "PERSON" and len(ent) > 1:
                person.append((ent.start_char, ent.end_char))
    except AttributeError:
        pass
    return loc, person


def find_toponyms(text: str, gz: Gazetteer, spacy_doc: Any = None) -> list[Match]:
    """Candidate toponyms in ``text`` (not yet resolved)."""
    if not isinstance(text, str) or not text:
        return []
    text = text[:MAX_CHARS]
    cue = cues()
    stops = stopnames()
    toks = tokenize(text)
    n = len(toks)
    title = _title_lines(toks, text)
    lower_words = {t.low for t in toks if not t.cap}

    # 1. windows starting at capitalised tokens, looked up in one batch
    windows: list[tuple[int, int, str]] = []
    maxw = gz.max_words
    for i, t in enumerate(toks):
        if not t.cap:
            continue
        for j in range(i, min(n, i + maxw)):
            if j > i:
                if not _joinable(text, toks[j - 1], toks[j]):
                    break
                if not toks[j].cap and toks[j].low not in _CONNECTORS:
                    break
            if toks[j].cap:
                k = fold(text[t.start:toks[j].end])
                if k:
                    windows.append((i, j, k))
    hits = gz.lookup_keys([k for _, _, k in windows])
    best: dict[int, tuple[int, str, list[tuple[int, int]]]] = {}
    for (i, j, k), c in zip(windows, hits):
        if c and (i not in best or j > best[i][0]):
            best[i] = (j, k, c)

    # 2. person-name memory: last word of chunks that are clearly people
    person_words: set[str] = set()
    loc_spans, person_spans = _spacy_spans(spacy_doc)
    for s, e in person_spans:
        person_words.add(fold(text[s:e].split()[-1]))
    i = 0
    while i < n:
        if not toks[i].cap:
            i += 1
            continue
        j = i
        while j + 1 < n and toks[j + 1].cap and _joinable(text, toks[j], toks[j + 1]):
            j += 1
        if j > i and toks[i].line not in title:
            titled = any(toks[x].low in cue.person_titles for x in range(i, j))
            said = j + 1 < n and toks[j + 1].low in cue.person_verbs
            # "Tom Jones" (two or three names, none a place start, not a place as a
            # whole): the last word is a surname that may later stand alone
            first = toks[i]
            name_like = j - i <= 2 and not any(x in best for x in range(i, j)) and \
                not first.upper and not (first.sent_start and (
                    first.low in stops or first.low in cue.place_preps
                    or is_common_word(first.low)))
            if titled or said or name_like:
                person_words.add(fold(toks[j].text))
        i = j + 1

    # 3. greedy leftmost-longest selection with stop rules
    out: list[Match] = []
    i = 0
    while i < n:
        if i not in best:
            i += 1
            continue
        j, k, cands = best[i]
        t0, t1 = toks[i], toks[j]
        nxt = i + 1 if j == i else j + 1
        single = i == j
        in_title = t0.line in title
        span_text = text[t0.start:t1.end]
        if single and demonym_country(t0.text):
            i = nxt
            continue
        m = Match(t0.start, t1.end, span_text, k, cands, i, j)
        if _reject(m, toks, text, title, lower_words, stops, person_words, best, cue, gz):
            i = nxt
            continue
        if in_title:
            m.cues.add("title")
        prev = toks[i - 1] if i > 0 else None
        prev2 = toks[i - 2] if i > 1 else None
        after = toks[j + 1] if j + 1 < n else None
        if prev is not None and prev.low in cue.place_preps and not prev.cap:
            m.cues.add("prep")
        if prev is not None and prev.low == "of" and prev2 is not None:
            if prev2.low in cue.settlement_descriptors or prev2.low in ("capital", "port",
                                                                          "outskirts"):
                m.cues.add("settlement")
            elif prev2.low in cue.admin_descriptors:
                m.cues.add("admin")
        if after is not None and _joinable(text, t1, after):
            if after.low in cue.admin_descriptors:
                m.cues.add("admin")
            elif after.low in cue.settlement_descriptors:
                m.cues.add("settlement")
            elif after.low in cue.person_verbs:
                m.cues.add("person_verb")
        for s, e in loc_spans:
            if s <= m.start and m.end <= e:
                m.cues.add("ner")
        if any(s <= m.start and m.end <= e and (e - s) > (m.end - m.start)
               for s, e in person_spans):
            i = nxt
            continue
        ab = _ABBR_AFTER_COMMA.match(text, m.end)
        if ab:
            code = admin_abbrev().get(fold(ab.group(1)))
            ent = gz.by_id(f"iso3166-2:{code}") if code else None
            if ent is not None:
                m.container = ent.ix
        out.append(m)
        i = nxt
    for a in range(len(out) - 1):
        gap = text[out[a].end:out[a + 1].start]
        if gap.strip() == "," and "\n" not in gap:
            out[a].next_match = a + 1
    return out


def _reject(m: Match, toks: list[Token], text: str, title: set[int], lower_words: set[str],
            stops: frozenset[str], person_words: set[str],
            best: dict[int, tuple[int, str, list[tuple[int, int]]]], cue: Any,
            gz: Gazetteer) -> bool:
    """Stop rules against common-word, person-name and organisation-name collisions."""
    gz_feature = gz.feature
    gz_pop = lambda ix: int(gz.pop[ix])  # noqa: E731
    i, j = m.tok_i, m.tok_j
    t0 = toks[i]
    single = i == j
    in_title = t0.line in title
    prev = toks[i - 1] if i > 0 else None
    after = toks[j + 1] if j + 1 < len(toks) else None
    # "city of Reading": only a settlement noun licenses a common word as a place
    strong_prev = prev is not None and prev.low == "of" and i > 1 and \
        toks[i - 2].low in cue.settlement_nouns
    if single and t0.low in cue.never_single:
        return True
    # all-caps: datelines ("MOSCOW (Reuters)"), all-caps headlines, country codes (US, UAE)
    if all(toks[x].upper for x in range(i, j + 1)):
        gap_after = text[toks[j].end:toks[j].end + 3]
        dateline = t0.sent_start and any(c in gap_after for c in "(,\u2014-")
        line_caps = in_title
        if len(m.key) <= 3:   # acronyms (UN, IT): only country/union codes (US, UAE, EU)
            m.cands = [(ix, fl) for ix, fl in m.cands if gz_feature(ix) in ("country", "region")]
            if not m.cands:
                return True
        elif not (dateline or line_caps):
            return True
    if m.key in stops and not strong_prev:
        return True
    if single and t0.sent_start and not in_title and t0.low in lower_words:
        return True           # "Reading the report..." while "reading" occurs lower-case
    if single and is_common_word(t0.low) and not strong_prev:
        # "Save", "Split", "Mobile": keep only a large place or an area named so
        big = any(fl and (gz_feature(ix) in _BIG_FEATURES or gz_pop(ix) >= 100_000)
                  for ix, fl in m.cands)
        if t0.sent_start or in_title or not big:
            return True
    if single and m.key in person_words:
        return True
    if prev is not None and prev.low.rstrip(".") in cue.person_titles and prev.cap:
        return True           # Mr. Jordan, President Georgia ...
    if in_title:
        return False
    if _opens_org_name(toks, text, j, cue.org_heads):
        return True           # "Northern Kenya Community", "Moscow State University"
    # part of a longer capitalised name (person, organisation): "Jordan Peterson",
    # "Paris Hilton", "Washington Post"
    if after is not None and after.cap and _joinable(text, toks[j], after) and \
            not after.upper:
        if after.low in cue.follow_ok or after.low in cue.admin_descriptors or \
                after.low in cue.settlement_descriptors or demonym_country(after.text):
            pass
        elif (j + 1) in best:
            return True       # two names back to back without a comma: "Paris Hilton"
        elif (after.low in common_nouns() or is_common_word(after.low)) and any(
                fl and (gz_feature(ix) in ("country", "admin1") or gz_pop(ix) >= 10_000)
                for ix, fl in m.cands):
            pass              # a place modifying a noun: "U.S. Army", "Dublin City Council"
        else:
            return True       # "Jordan Peterson", "Dublin Jerome"
    if prev is not None and prev.cap and _joinable(text, prev, t0):
        # "In Baku" at a sentence start is fine; "Paris Hilton", "Bill Jordan" are not
        function_word = prev.sent_start and (prev.low in stops or prev.low in cue.place_preps
                                             or is_common_word(prev.low))
        if not (function_word or prev.low in _DIRECTIONS or demonym_country(prev.text)):
            return True
    return False


# Capitalised words looked at after a place for the head of an organisation name.
_MAX_ORG_WORDS = 4


def _opens_org_name(toks: list[Token], text: str, j: int, heads: frozenset[str]) -> bool:
    """The match ending at token ``j`` opens a capitalised name whose last word is an
    organisation head: "Northern Kenya Community", "Ohio State University", "Georgia
    Democratic Party", "Azerbaijan Airlines" (not "Princeton Community Hospital", a site;
    councils and commissions are left alone: their name is their jurisdiction)."""
    k = j
    while k + 1 < len(toks) and k - j < _MAX_ORG_WORDS and toks[k + 1].cap and \
            not toks[k + 1].upper and _joinable(text, toks[k], toks[k + 1]):
        k += 1
    return k > j and toks[k].low.rstrip(".") in heads
