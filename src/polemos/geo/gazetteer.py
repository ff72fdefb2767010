"""The on-disk gazetteer index: loading, name lookup, entry access."""
from __future__ import annotations

import logging
import os
import pickle
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

import numpy as np

from polemos.geo.build import INDEX_VERSION, build_index
from polemos.geo.normalize import fold, key_hash

log = logging.getLogger(__name__)
INDEX_NAME = f"geo-index-v{INDEX_VERSION}.pkl"
_CACHE: dict[str, "Gazetteer"] = {}
_LOCK = threading.Lock()


def default_cache_dir() -> Path:
    return Path(os.environ.get("POLEMOS_CACHE") or Path.home() / ".cache" / "polemos")


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry (a settlement, subdivision, country, continent or region)."""
    ix: int
    place_id: str
    name: str
    lat: float
    lon: float
    country: Optional[str]
    admin1: Optional[str]
    feature: str
    population: int
    geonames_id: Optional[int]


class Gazetteer:
    """Compact name index over GeoNames cities500, ISO 3166-2 subdivisions, countries,
    continents and the regions table. Built once from installed packages, then memory-
    light: numpy arrays plus one sorted array of name-key hashes."""

    def __init__(self, data: dict, path: Optional[Path] = None, build_seconds: float = 0.0,
                 load_seconds: float = 0.0) -> None:
        self._d = data
        self.path = path
        self.build_seconds = build_seconds
        self.load_seconds = load_seconds
        self.ids: list[str] = data["ids"]
        self.names: list[str] = data["names"]
        self.lat: np.ndarray = data["lat"]
        self.lon: np.ndarray = data["lon"]
        self.pop: np.ndarray = data["pop"]
        self.country_ix: np.ndarray = data["country"]
        self.countries: list[str] = data["countries"]
        self.admin1_names: list[str] = data["admin1"]
        self.admin1_ix: np.ndarray = data["admin1_ix"]
        self.feat: np.ndarray = data["feat"]
        self.features: tuple[str, ...] = tuple(data["features"])
        self.gnid: np.ndarray = data["gnid"]
        self._hashes: np.ndarray = data["hashes"]
        self._starts: np.ndarray = data["starts"]
        self._post: np.ndarray = data["post"]
        self._flags: np.ndarray = data["flags"]
        self.max_words: int = int(data["max_words"])
        self._id_ix: Optional[dict[str, int]] = None
        self._country_entry: Optional[dict[str, int]] = None
        self._initials: Optional[dict[str, list[int]]] = None

    # -- construction -------------------------------------------------------------
    @classmethod
    def load(cls, cache_dir: str | None = None) -> "Gazetteer":
        """Load the index from ``cache_dir`` (built there on first use; ~30 s once)."""
        root = Path(cache_dir) if cache_dir else default_cache_dir()
        path = root / INDEX_NAME
        key = str(path)
        with _LOCK:
            if key in _CACHE:
                return _CACHE[key]
            build_s = 0.0
            if not path.exists():
                t = time.perf_counter()
                log.warning("building the gazetteer index in %s (once, ~30 s)", root)
                build_index(path)
                build_s = time.perf_counter() - t
            t = time.perf_counter()
            with open(path, "rb") as fh:
                data = pickle.load(fh)
            gz = cls(data, path, build_s, time.perf_counter() - t)
            _CACHE[key] = gz
            return gz

    def __len__(self) -> int:
        return len(self.ids)

    # -- lookup ---------------------------------------------------------------------
    def _slots(self, keys: list[str]) -> np.ndarray:
        hs = np.fromiter((key_hash(k) for k in keys), dtype=np.int64, count=len(keys))
        pos = np.searchsorted(self._hashes, hs)
        pos[pos >= len(self._hashes)] = 0
        hit = self._hashes[pos] == hs
        return np.where(hit, pos, -1)

    def lookup_keys(self, keys: list[str]) -> list[list[tuple[int, int]]]:
        """Candidates [(entry index, primary flag)] for each folded key (batched)."""
        if not keys:
            return []
        out: list[list[tuple[int, int]]] = []
        starts, post, flags = self._starts, self._post, self._flags
        for slot in self._slots(keys).tolist():
            if slot < 0:
                out.append([])
                continue
            a, b = int(starts[slot]), int(starts[slot + 1])
            out.append(list(zip(post[a:b].tolist(), flags[a:b].tolist())))
        return out

    def lookup(self, name: str) -> list[tuple[int, int]]:
        k = fold(name)
        return self.lookup_keys([k])[0] if k else []

    # -- entries --------------------------------------------------------------------
    def entry(self, ix: int) -> Entry:
        c = self.countries[int(self.country_ix[ix])] or None
        g = int(self.gnid[ix])
        return Entry(ix, self.ids[ix], self.names[ix], round(float(self.lat[ix]), 5),
                     round(float(self.lon[ix]), 5), c, self.admin1_names[ix] or None,
                     self.features[int(self.feat[ix])], int(self.pop[ix]), g or None)

    def feature(self, ix: int) -> str:
        return self.features[int(self.feat[ix])]

    def country_of(self, ix: int) -> str:
        return self.countries[int(self.country_ix[ix])]

    def by_id(self, place_id: str) -> Optional[Entry]:
        if self._id_ix is None:
            self._id_ix = {p: i for i, p in enumerate(self.ids)}
        ix = self._id_ix.get(place_id)
        return self.entry(ix) if ix is not None else None

    def country_entry(self, alpha3: str) -> Optional[int]:
        if self._country_entry is None:
            self._country_entry = {self.ids[i][len("iso3166-1:"):]: i
                                   for i in range(len(self.ids))
                                   if self.ids[i].startswith("iso3166-1:")}
        return self._country_entry.get(alpha3)

    def initialism(self, acronym: str) -> list[int]:
        """Countries and first-level subdivisions whose multi-word name has these
        initials ("BC" -> British Columbia, Baja California; "SA" -> South Africa, South
        Australia, Saudi Arabia, ...); lower-case connectors ("of", "and") are skipped."""
        if self._initials is None:
            table: dict[str, list[int]] = {}
            wanted = [self.features.index(f) for f in ("country", "admin1")]
            for ix in np.nonzero(np.isin(self.feat, wanted))[0].tolist():
                words = [w for w in fold(self.names[ix]).split()
                         if w not in ("of", "and", "the", "de", "del", "la")]
                if len(words) >= 2 and all(w[0].isalpha() for w in words):
                    table.setdefault("".join(w[0] for w in words), []).append(ix)
            self._initials = table
        return list(self._initials.get(fold(acronym).replace(" ", ""), ()))

    def entries(self, ixs: Iterable[int]) -> list[Entry]:
        return [self.entry(i) for i in ixs]
