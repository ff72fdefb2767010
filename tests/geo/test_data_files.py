"""The geo stage's data files are consistent (knowledge as data, validated)."""
from __future__ import annotations

import json

import pycountry
import pytest

from polemos.geo.build import FEATURES
from polemos.geo.lexicon import DATA_DIR, admin_abbrev, area_adjectives, cues, demonyms, \
    stopnames

# alpha-3 codes used by GeoNames/our tables that ISO 3166-1 lacks or keeps historic
EXTRA_A3 = {"XKX", "SUN"}
VALID_A3 = {c.alpha_3 for c in pycountry.countries} | EXTRA_A3


def _regions() -> list[dict]:
    return json.loads((DATA_DIR / "regions.json").read_text(encoding="utf-8"))["regions"]


def test_regions_table_is_valid() -> None:
    regions = _regions()
    slugs = [r["slug"] for r in regions]
    assert len(slugs) == len(set(slugs)), "duplicate region slug"
    for r in regions:
        assert -90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180, r["slug"]
        assert r["feature"] in FEATURES, r["slug"]
        assert r["country"] is None or r["country"] in VALID_A3, r["slug"]
        assert r["name"].strip() and all(a.strip() for a in r["aliases"]), r["slug"]


@pytest.mark.parametrize("slug", ["gaza-strip", "west-bank", "donbas", "crimea", "darfur",
                                  "kashmir", "sinai", "nagorno-karabakh"])
def test_regions_table_covers_well_known_areas(slug: str) -> None:
    assert slug in {r["slug"] for r in _regions()}


def test_demonyms_map_to_iso_alpha3() -> None:
    table = demonyms()
    assert len(table) > 150
    bad = {w: a3 for w, a3 in table.items() if a3 not in VALID_A3}
    assert not bad


def test_country_points_are_valid() -> None:
    for line in (DATA_DIR / "country_points.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            a3, lat, lon = line.split("\t")
            assert a3 in VALID_A3 and -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180


def test_country_aliases_are_valid() -> None:
    for line in (DATA_DIR / "country_aliases.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            alias, a3 = line.split("\t")
            assert alias.strip() and a3.strip() in VALID_A3


def test_cue_lists_are_lowercase_and_present() -> None:
    c = cues()
    for name in ("admin_descriptors", "settlement_descriptors", "place_preps",
                 "person_titles", "person_verbs", "never_single"):
        words = getattr(c, name)
        assert words and all(w == w.lower() for w in words), name
    assert "district" in c.admin_descriptors and "city" in c.settlement_descriptors


def test_stopnames_and_adjectives_load() -> None:
    assert "police" in stopnames() and "may" in stopnames()
    assert area_adjectives()["european"] == "Europe"


def test_admin_abbreviations_resolve_in_gazetteer(gz) -> None:
    for code in set(admin_abbrev().values()):
        assert gz.by_id(f"iso3166-2:{code}") is not None, code
