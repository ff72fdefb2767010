"""The fuse stage's knowledge (type families, lexical fields, stopwords, stem endings), loaded
lazily from data/lexicon.json (its ``_doc`` keys say what each table is for)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..model import PLOVER_TYPES

DATA = Path(__file__).resolve().parent / "data" / "lexicon.json"
_WORD = re.compile(r"[a-z][a-z'\-]+")
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b|\b\d{1,2}(st|nd|rd|th)\b")


@dataclass(frozen=True)
class LexField:
    name: str
    stems: frozenset[str]
    types: frozenset[str]          # PLOVER types it applies to (empty: any)
    family: str | None             # family override for those types
    landmark: bool                 # long-lived events referred back to ('the war', 'the deal')
    place_free: bool               # places never contradict (accords)
    wide_place: bool               # places within a region's reach agree (wars)
    reach_km: float = 0.0          # events of the field cover an area this wide (operations)
    aggregate: bool = False        # told for a year, a count of many happenings (tolls)


@dataclass(frozen=True)
class FuseLexicon:
    family_of: dict[str, str]            # PLOVER type -> family name
    families: dict[str, tuple[str, ...]]
    stopwords: frozenset[str]
    suffixes: tuple[str, ...]            # longest first
    need_actors: frozenset[str]          # families where date + place alone never merge
    fields: tuple[LexField, ...]
    field_of_stem: dict[str, tuple[LexField, ...]]
    temporal_cues: frozenset[str]
    definite: frozenset[str]
    perfect: frozenset[str]
    long_span_cues: frozenset[str]
    background_preps: frozenset[str]
    generic_arguments: frozenset[str] = frozenset()
    # accord topics by stem, and by the first six letters of stems at least that long
    topic_of_stem: tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] = ({}, {})


def validate(data: dict) -> list[str]:
    """Problems in the data file (empty when consistent): every PLOVER type in exactly one
    family, lexical fields well formed."""
    problems = []
    seen: dict[str, str] = {}
    families = data.get("families") or {}
    for fam, types in families.items():
        for t in types:
            if t not in PLOVER_TYPES:
                problems.append(f"family {fam}: {t} is not a PLOVER type")
            if t in seen:
                problems.append(f"{t} is in both {seen[t]} and {fam}")
            seen[t] = fam
    for t in PLOVER_TYPES:
        if t not in seen:
            problems.append(f"{t} is in no family")
    for w in data.get("stopwords") or []:
        if w != w.lower() or not w.isalpha():
            problems.append(f"stopword {w!r} is not a lower-case word")
    for fam in data.get("need_actors") or []:
        if fam not in families:
            problems.append(f"need_actors: unknown family {fam}")
    if not data.get("stem_suffixes"):
        problems.append("no stem_suffixes")
    for name, fld in (data.get("lexical_fields") or {}).items():
        if not isinstance(fld, dict) or not fld.get("words"):
            problems.append(f"lexical field {name}: no words")
            continue
        for t in fld.get("types") or []:
            if t not in PLOVER_TYPES:
                problems.append(f"lexical field {name}: {t} is not a PLOVER type")
        fam = fld.get("family")
        if fam is not None and (fam in families or not fld.get("types")):
            problems.append(f"lexical field {name}: family {fam} must be new and need types")
        for w in fld["words"]:
            if w != w.lower() or " " in w:
                problems.append(f"lexical field {name}: {w!r} is not one lower-case word")
    for key in ("temporal_cues", "definite", "perfect", "long_span_cues", "background_preps"):
        if not data.get(key):
            problems.append(f"no {key}")
    for name, words in (data.get("accord_topics") or {}).items():
        if not isinstance(words, list) or not words:
            problems.append(f"accord topic {name}: no words")
            continue
        for w in words:
            if not isinstance(w, str) or w != w.lower() or " " in w:
                problems.append(f"accord topic {name}: {w!r} is not one lower-case word")
    for w in data.get("generic_arguments") or []:
        if w != w.lower() or " " in w:
            problems.append(f"generic argument {w!r} is not one lower-case word")
    return problems


@lru_cache(maxsize=1)
def lexicon() -> FuseLexicon:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    families = {f: tuple(ts) for f, ts in data["families"].items()}
    family_of = {t: f for f, ts in families.items() for t in ts}
    suffixes = tuple(sorted(data["stem_suffixes"], key=len, reverse=True))
    fields = []
    for name, fld in (data.get("lexical_fields") or {}).items():
        fields.append(LexField(name, frozenset(_lexeme(w, suffixes) for w in fld["words"]),
                               frozenset(fld.get("types") or ()), fld.get("family"),
                               bool(fld.get("landmark")), bool(fld.get("place_free")),
                               bool(fld.get("wide_place")), float(fld.get("reach_km") or 0.0),
                               bool(fld.get("aggregate"))))
    by_stem: dict[str, list[LexField]] = {}
    for f in fields:
        for s in f.stems:
            by_stem.setdefault(s, []).append(f)
    return FuseLexicon(family_of, families, frozenset(data["stopwords"]), suffixes,
                       frozenset(data.get("need_actors") or ()), tuple(fields),
                       {s: tuple(v) for s, v in by_stem.items()},
                       frozenset(data.get("temporal_cues") or ()),
                       frozenset(data.get("definite") or ()), frozenset(data.get("perfect") or ()),
                       frozenset(data.get("long_span_cues") or ()),
                       frozenset(data.get("background_preps") or ()),
                       frozenset(data.get("generic_arguments") or ()),
                       _topics(data.get("accord_topics") or {}, suffixes))


def _topics(table: dict, suffixes: tuple[str, ...]) -> tuple[dict, dict]:
    exact: dict[str, set[str]] = {}
    prefix: dict[str, set[str]] = {}
    for name, words in table.items():
        for w in words:
            s = _stem(w, suffixes)
            exact.setdefault(s, set()).add(name)
            if len(s) >= 6:
                prefix.setdefault(s[:6], set()).add(name)
    return ({k: tuple(sorted(v)) for k, v in exact.items()},
            {k: tuple(sorted(v)) for k, v in prefix.items()})


def family(event_type: str | None) -> str:
    """Family of a PLOVER type; an unknown type is its own family (never merged with others)."""
    if not event_type:
        return "?"
    return lexicon().family_of.get(event_type.upper(), event_type.upper())


def fields_of(event_type: str | None, stems: set[str] | frozenset[str]) -> tuple[LexField, ...]:
    """The lexical fields that the mention's words (trigger and framing stems) fall in."""
    t = (event_type or "").upper()
    by_stem = lexicon().field_of_stem
    out: dict[str, LexField] = {}
    for s in stems:
        for f in by_stem.get(s, ()):
            if not f.types or t in f.types:
                out[f.name] = f
    return tuple(out[k] for k in sorted(out))


def _stem(word: str, suffixes: tuple[str, ...]) -> str:
    w = word.lower().strip()
    for suf in suffixes:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    # doubled final consonant left by -ed/-ing ("bombarded" fine, "shelled" -> "shell" stays)
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]
    return w


def _lexeme(word: str, suffixes: tuple[str, ...]) -> str:
    # A past-tense form is kept whole: stemming would make "agreed" (a commitment to do
    # something) the noun "agreement" (the accord itself), both "agre".
    w = word.lower().strip()
    return w if w.endswith("ed") else _stem(w, suffixes)


@lru_cache(maxsize=20000)
def lexeme(word: str) -> str:
    """The key a word is looked up by in the lexical fields."""
    return _lexeme(word, lexicon().suffixes)


@lru_cache(maxsize=20000)
def stem(word: str) -> str:
    """Crude English stem, enough to match 'shelled'/'shelling'/'shells' ('shell')."""
    return _stem(word, lexicon().suffixes)


def words_of(text: str | None) -> list[str]:
    return _WORD.findall(text.lower()) if text else []


def content_words(text: str | None) -> frozenset[str]:
    """Stems of the content words of a sentence (for the lexical overlap of two mentions)."""
    if not text:
        return frozenset()
    stops = lexicon().stopwords
    return frozenset(stem(w) for w in _WORD.findall(text.lower()[:2000]) if w not in stops)


def states_its_date(sentence: str | None) -> bool:
    """Whether a sentence carries a temporal expression of its own (a month, a weekday, a
    year, 'yesterday', '... ago'); if not, a date on its mention was inherited."""
    if not sentence:
        return False
    if _YEAR.search(sentence):
        return True
    cues = lexicon().temporal_cues
    return any(w in cues for w in _WORD.findall(sentence.lower()[:2000]))


def long_span(sentence: str | None) -> bool:
    """Whether a sentence looks years back ('since then', 'three years ago', 'for decades')."""
    if not sentence:
        return False
    cues = lexicon().long_span_cues
    return any(w in cues for w in _WORD.findall(sentence.lower()[:2000]))
