"""Gazetteer index: build, fast reload, alias unification through alternate names."""
from __future__ import annotations

import time

import pytest

from polemos.geo import Gazetteer, resolve_name
from polemos.geo import gazetteer as gazmod


def test_index_reloads_fast_from_disk(gz, gz_dir: str) -> None:
    gazmod._CACHE.clear()
    t = time.perf_counter()
    again = Gazetteer.load(gz_dir)
    assert time.perf_counter() - t < 1.0
    assert len(again) == len(gz) > 250_000
    assert Gazetteer.load(gz_dir) is again          # cached per process


@pytest.mark.parametrize("old,new", [("Artemivsk", "Bakhmut"), ("Kiev", "Kyiv"),
                                      ("Bombay", "Mumbai"), ("Al-Fashir", "El Fasher")])
def test_renamings_unify_to_one_place_id(gz, old: str, new: str) -> None:
    a, b = resolve_name(old, gz), resolve_name(new, gz)
    assert a is not None and b is not None
    assert a.place_id == b.place_id and a.place_id.startswith("geonames:")


def test_place_id_schemes(gz) -> None:
    assert resolve_name("Ukraine", gz).place_id == "iso3166-1:UKR"
    assert resolve_name("Gaza Strip", gz).place_id == "region:gaza-strip"
    sub = gz.lookup("North Darfur")
    assert any(gz.ids[ix].startswith("iso3166-2:SD-") for ix, _ in sub)


def test_resolve_name_bad_input(gz) -> None:
    assert resolve_name("", gz) is None
    assert resolve_name(None, gz) is None            # type: ignore[arg-type]
    assert resolve_name("Qzxvbnmw", gz) is None


def test_region_has_parent_country_and_point(gz) -> None:
    p = resolve_name("Donbas", gz)
    assert p.country == "UKR" and p.feature == "region"
    assert 46 < p.lat < 50 and 36 < p.lon < 40
