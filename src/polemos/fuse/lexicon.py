"""The fuse stage's knowledge (type families, stopwords, stem endings), loaded lazily."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..model import PLOVER_TYPES

DATA = Path(__file__).resolve().parent / "data" / "lexicon.json"
_WORD = re.compile(r"[a-z][a-z'\-]+")


@dataclass(frozen=True)
class FuseLexicon:
    family_of: dict[str, str]            # PLOVER type -> family name
    families: dict[str, tuple[str, ...]]
    stopwords: frozenset[str]
    suffixes: tuple[str, ...]            # longest first
    need_actors: frozenset[str]          # families where date + place alone never merge


def validate(data: dict) -> list[str]:
    """Problems in the data file (empty when consistent): every PLOVER type in exactly one family."""
    problems = []
    seen: dict[str, str] = {}
    for fam, types in (data.get("families") or {}).items():
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
        if fam not in (data.get("families") or {}):
            problems.append(f"need_actors: unknown family {fam}")
    if not data.get("stem_suffixes"):
        problems.append("no stem_suffixes")
    return problems


@lru_cache(maxsize=1)
def lexicon() -> FuseLexicon:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    families = {f: tuple(ts) for f, ts in data["families"].items()}
    family_of = {t: f for f, ts in families.items() for t in ts}
    suffixes = tuple(sorted(data["stem_suffixes"], key=len, reverse=True))
    return FuseLexicon(family_of, families, frozenset(data["stopwords"]), suffixes,
                       frozenset(data.get("need_actors") or ()))


def family(event_type: str | None) -> str:
    """Family of a PLOVER type; an unknown type is its own family (never merged with others)."""
    if not event_type:
        return "?"
    return lexicon().family_of.get(event_type.upper(), event_type.upper())


@lru_cache(maxsize=20000)
def stem(word: str) -> str:
    """Crude English stem, enough to match 'shelled'/'shelling'/'shells' ('shell')."""
    w = word.lower().strip()
    for suf in lexicon().suffixes:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    # doubled final consonant left by -ed/-ing ("bombarded" fine, "shelled" -> "shell" stays)
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]
    return w


def content_words(text: str | None) -> frozenset[str]:
    """Stems of the content words of a sentence (for the lexical overlap of two mentions)."""
    if not text:
        return frozenset()
    stops = lexicon().stopwords
    return frozenset(stem(w) for w in _WORD.findall(text.lower()[:2000]) if w not in stops)
