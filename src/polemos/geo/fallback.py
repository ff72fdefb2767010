"""Fallbacks for toponyms the gazetteer lacks.

GeoNames cities500 and ISO 3166-2 hold settlements and subdivisions, not streets,
buildings, rivers or neighbourhoods; on GeoWebNews about one gold toponym in six is such a
name. Two cheap answers, tried in order:

1. an *embedded* known place: "Colchester General Hospital" is in Colchester,
   "University of California" names California, "Mexican Senate" names Mexico;
2. the document's *focus*: a local feature ("Collins Avenue", "Kanawha River") or any other
   unknown name in an article that is about one locality lies, to the precision of a city,
   at that locality. Such a mention gets feature ``local``, the focus place's point and a
   place_id ``local:<slug>@<focus place_id>`` (distinct from the focus place itself, so the
   places export keeps "Collins Avenue" apart from Miami).
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from polemos.geo.gazetteer import Gazetteer
from polemos.geo.lexicon import DATA_DIR, area_adjective_place, common_nouns, \
    demonym_country, is_common_word, stopnames
from polemos.geo.normalize import fold
from polemos.geo.resolve import SETTLEMENTS, prior
from polemos.model import PlaceMention

_WORD = re.compile(r"[^\W\d_][\w'\u2019\u02bc]*|\d+", re.U)
_SLUG = re.compile(r"[^a-z0-9]+")
# An unknown name has at most this many words worth searching for an embedded place.
_MAX_TOKENS = 10
# A window of one word must be at least this likely a place on its own: a town of
# ~10,000 (prior 4.0) or a subdivision/country/area, else it is a word like "Royal" or
# "Carnegie" that merely collides with a hamlet somewhere.
MIN_EMBEDDED_PRIOR = 4.0
# Focus levels, tried in order: a locality, else a first-level subdivision, else a country.
FOCUS_LEVELS = (SETTLEMENTS | {"admin2"}, frozenset({"admin1"}), frozenset({"country"}))


@dataclass(frozen=True)
class Embedded:
    """A known place named inside a longer unknown name."""
    start: int          # offsets within the span text
    end: int
    key: str
    cands: list[tuple[int, int]]


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, frozenset[str]]:
    d = json.loads((DATA_DIR / "local_features.json").read_text(encoding="utf-8"))
    return {k: frozenset(w.lower() for w in v) for k, v in d.items() if not k.startswith("_")}


def local_heads() -> frozenset[str]:
    """Head words of local features (lower-case): 'street', 'hospital', 'river', ..."""
    lex = _lexicon()
    return lex["heads"] | lex["thoroughfares"]


def is_thoroughfare(name: str) -> bool:
    """'Memphis Street', 'Old Mill Rd.': a street or road name."""
    words = _WORD.findall(name)
    return len(words) >= 2 and words[-1].lower() in _lexicon()["thoroughfares"]


def _country_cands(a3: str, gz: Gazetteer) -> list[tuple[int, int]]:
    ix = gz.country_entry(a3)
    return [(ix, 1)] if ix is not None else []


def _single_word_ok(word: str, cands: list[tuple[int, int]], gz: Gazetteer) -> bool:
    low = word.lower()
    if low in stopnames() or low in local_heads():
        return False
    if any(fl and gz.feature(ix) in ("country", "continent") for ix, fl in cands) and \
            not (word.isupper() and len(word) <= 3):
        return True                          # "Bank of Japan" ("japan" is also a verb)
    if is_common_word(low):
        return False
    strong = any(prior(gz, ix, fl) >= MIN_EMBEDDED_PRIOR for ix, fl in cands)
    if word.isupper() and len(word) <= 3:   # acronyms: only countries ("US", "UK")
        return any(gz.feature(ix) == "country" for ix, _ in cands)
    if low in common_nouns() and not strong:
        return False
    return strong


def embedded_place(span: str, gz: Gazetteer) -> Optional[Embedded]:
    """The longest (then leftmost) proper part of ``span`` that is a known place, a
    country demonym or an area adjective; None when there is none."""
    if not isinstance(span, str) or not span.strip():
        return None
    toks = list(_WORD.finditer(span))[:_MAX_TOKENS]
    n = len(toks)
    if n < 2:
        return None
    windows: list[tuple[int, int, int, str]] = []
    for size in range(n - 1, 0, -1):
        for i in range(0, n - size + 1):
            a, b = toks[i].start(), toks[i + size - 1].end()
            if not span[a].isupper() or not span[b - 1].isalpha():
                continue
            k = fold(span[a:b])
            if k:
                windows.append((size, a, b, k))
    if not windows:
        return None
    hits = gz.lookup_keys([w[3] for w in windows])
    adjectives: list[Embedded] = []
    for (size, a, b, k), cands in zip(windows, hits):
        word = span[a:b]
        if size == 1:
            # a place named outright beats an adjective: "British Embassy Tokyo" -> Tokyo
            a3 = demonym_country(word)
            c = _country_cands(a3, gz) if a3 else []
            area = area_adjective_place(word) if not c else None
            if not c and area:
                c = gz.lookup(area)
            if c:
                adjectives.append(Embedded(a, b, k, c))
                continue
            if not cands or not _single_word_ok(word, cands, gz):
                continue
        elif not cands:
            continue
        return Embedded(a, b, k, cands)
    return adjectives[0] if adjectives else None


def focus_index(items: Iterable[tuple[int, float]], gz: Gazetteer) -> Optional[int]:
    """The document's focus: the settlement or county with the largest summed confidence
    over its mentions (earliest first on ties), else likewise a first-level subdivision,
    else a country; None when the document names none. As the home of unknown local names,
    summed confidence beat mention counts, the first settlement and the nearest preceding
    one (GeoWebNews: 0.63 vs 0.55 / 0.45 / 0.54 of unknown gold names within 161 km)."""
    items = list(items)
    for level in FOCUS_LEVELS:
        score: dict[int, float] = defaultdict(float)
        order: dict[int, int] = {}
        for ix, conf in items:
            if gz.feature(ix) in level:
                score[ix] += conf
                order.setdefault(ix, len(order))
        if score:
            return max(score, key=lambda ix: (score[ix], -order[ix]))
    return None


def local_mention(gz: Gazetteer, focus: int, start: int, end: int, text: str,
                  confidence: float) -> PlaceMention:
    """A local feature located at the focus place."""
    e = gz.entry(focus)
    slug = _SLUG.sub("-", fold(text)).strip("-")[:60] or "place"
    admin1 = e.admin1 or (e.name if e.feature == "admin1" else None)
    return PlaceMention(start=start, end=end, text=text, place_id=f"local:{slug}@{e.place_id}",
                        name=" ".join(text.split()), lat=e.lat, lon=e.lon, country=e.country,
                        admin1=admin1, feature="local", confidence=round(confidence, 3))


@lru_cache(maxsize=1)
def _head_finder() -> "re.Pattern[str]":
    """Capitalised head words in running text ('Avenue', 'Hospital'), compiled once."""
    words = sorted((w for w in local_heads() if len(w) > 2), key=len, reverse=True)
    return re.compile(r"\b(?:%s)\b" % "|".join(w.capitalize() for w in words))


# Lower-case words allowed inside a local name: "University of California", "Museum of
# Ice Cream", "Church of St Mary".
_LINKS = frozenset({"of", "the", "de", "du", "la", "and", "&"})
_MAX_LOCAL_WORDS = 7


def local_names(text: str, title_lines: Optional[set[int]] = None) -> list[tuple[int, int]]:
    """Spans of capitalised local-feature names: "[Name] Head" ("Collins Avenue",
    "Marjory Stoneman Douglas High School") or "Head of [Name]" ("University of
    Alberta"). Headlines (Title Case lines) are skipped: casing says nothing there."""
    from polemos.geo.recognize import tokenize, _joinable
    if not isinstance(text, str) or not _head_finder().search(text):
        return []
    heads = local_heads()
    toks = tokenize(text)
    stops = stopnames()
    title = title_lines or set()
    out: list[tuple[int, int]] = []
    n = len(toks)
    for h, t in enumerate(toks):
        if not t.cap or t.upper or t.low.rstrip(".") not in heads or t.line in title:
            continue
        # "[Name] Head": capitalised words joined by single spaces, left of the head
        i = h
        while i > 0 and h - i < _MAX_LOCAL_WORDS and toks[i - 1].cap and \
                _joinable(text, toks[i - 1], toks[i]) and not toks[i - 1].upper:
            i -= 1
        while i < h and (toks[i].low in stops or (toks[i].sent_start and
                                                  is_common_word(toks[i].low))):
            i += 1                       # "The", "In", a sentence-initial verb
        # at least one naming word: "Saudi Hospital", "Collins Avenue", not "Main Street"
        if i < h and any(toks[x].low not in heads and (not is_common_word(toks[x].low)
                                                       or demonym_country(toks[x].text))
                         for x in range(i, h)):
            out.append((toks[i].start, t.end))
            continue
        # "Head of [Name]"
        j = h
        if h + 2 < n and toks[h + 1].low == "of" and _joinable(text, t, toks[h + 1]) \
                and toks[h + 2].cap:
            j = h + 2
            while j + 1 < n and j - h < _MAX_LOCAL_WORDS and _joinable(
                    text, toks[j], toks[j + 1]) and (toks[j + 1].cap or (
                    toks[j + 1].low in _LINKS and j + 2 < n and toks[j + 2].cap)):
                j += 1
            if not toks[j].cap:
                j -= 1
            first = i if i < h else h
            out.append((toks[first].start, toks[j].end))
    # drop spans nested in a previous one
    out.sort(key=lambda se: (se[0], -se[1]))
    kept: list[tuple[int, int]] = []
    for s, e in out:
        if kept and s < kept[-1][1]:
            continue
        kept.append((s, e))
    return kept


def comma_qualified(span: str, gz: Gazetteer, abbrev: dict[str, str]
                    ) -> Optional[tuple[str, list[tuple[int, int]], int]]:
    """A given span "X, Y" the name index lacks ("Washington, D.C.", "Paris, Texas",
    "Hebron, West Bank"): (key of X, candidates of X, entry index of the container Y),
    Y being a subdivision abbreviation, a first-level subdivision or a country; None when
    either part is unknown."""
    head, sep, tail = span.partition(",")
    tail = tail.strip()
    if not sep or not head.strip() or not tail or "," in tail:
        return None
    hk = fold(head)
    cands = gz.lookup_keys([hk])[0] if hk else []
    if not cands:
        return None
    tk = fold(tail)
    code = abbrev.get(tk) if ("." in tail or tail.isupper()) else None
    ent = gz.by_id(f"iso3166-2:{code}") if code else None
    if ent is not None:
        return hk, cands, ent.ix
    big = [(ix, fl) for ix, fl in (gz.lookup_keys([tk])[0] if tk else [])
           if gz.feature(ix) in ("admin1", "country")]
    if not big:
        return None
    return hk, cands, max(big, key=lambda c: prior(gz, c[0], c[1]))[0]


def _acronym(span: str) -> Optional[str]:
    """'BC', 'B.C.', 'NSW' -> the letters; None for anything else."""
    letters = span.replace(".", "").strip()
    if 2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper():
        return letters
    return None


def initialism_place(span: str, gz: Gazetteer, countries: dict[str, float]
                     ) -> Optional[int]:
    """An acronym the name index lacks ("BC", "SA") read as the initials of a country or
    first-level subdivision in one of the document's countries (``countries``: alpha-3 ->
    weight of the document's other places); the best-supported country wins, a country
    itself before its subdivisions. None when no reading is supported."""
    acr = _acronym(span)
    if acr is None:
        return None
    best: Optional[tuple[float, int, float, int]] = None
    for ix in gz.initialism(acr):
        w = countries.get(gz.country_of(ix), 0.0)
        if w <= 0:
            continue
        key = (w, gz.feature(ix) == "country", float(gz.pop[ix]), ix)
        if best is None or key > best:
            best = key
    return best[3] if best else None
