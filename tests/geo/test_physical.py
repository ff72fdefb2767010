"""Physical features (rivers, ranges, seas, lakes), subdivision points and proximity
evidence (texts written for these tests)."""
from __future__ import annotations

import math

import pytest

from polemos.geo import find_places, resolve_spans
from polemos.geo.build import FEATURES, _point, physical_features
from polemos.geo.lexicon import DATA_DIR


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * \
        math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def test_physical_table_is_valid() -> None:
    rows = physical_features()
    assert 150 <= len(rows) <= 400
    names = [r[0] for r in rows]
    assert len(names) == len(set(names))
    for name, feat, lat, lon, a3, aliases in rows:
        assert feat in FEATURES and feat != "continent", name
        assert -90 <= lat <= 90 and -180 <= lon <= 180, name
        assert a3 == "" or len(a3) == 3, name
        assert all(a.strip() == a and a for a in aliases), name
    assert (DATA_DIR / "physical.tsv").exists()


def test_physical_names_do_not_shadow_countries_or_states(gz) -> None:
    """A name or alias of the table never takes over the own name of a country or
    first-level subdivision ("Blue Nile" the Sudanese state, "Alborz" the Iranian
    province); a country's loose alternate name may yield ("Central Africa")."""
    for name, *_rest, aliases in physical_features():
        for n in (name, *aliases):
            clash = [gz.names[ix] for ix, fl in gz.lookup(n)
                     if fl and gz.feature(ix) in ("country", "admin1")]
            assert not clash, (n, clash)


def test_rivers_mountains_and_seas_resolve_to_the_feature(gz) -> None:
    text = ("Barges moved grain down the Mississippi River past St. Louis, while hikers in "
            "the Appalachians and climbers on the Alps waited out the storm. Tankers "
            "crossed the Strait of Gibraltar and the Gulf of Oman, and fishermen on Lake "
            "Victoria reported calm water.")
    names = ("Mississippi River", "Appalachians", "Alps", "Strait of Gibraltar",
             "Gulf of Oman", "Lake Victoria")
    spans = []
    for n in names:
        i = text.index(n)
        spans.append((i, i + len(n)))
    res = resolve_spans(text, spans, gz)
    got = {n: (r.name, r.feature) for n, r in zip(names, res)}
    assert got["Mississippi River"] == ("Mississippi River", "region")
    assert got["Appalachians"][0] == "Appalachian Mountains"
    assert got["Alps"][0] == "Alps"
    assert got["Strait of Gibraltar"][1] == "strait"
    assert got["Gulf of Oman"][1] == "sea"
    assert got["Lake Victoria"][1] == "sea"
    # found in running text too
    found = {p.text for p in find_places(text, gz)}
    assert {"Mississippi River", "Strait of Gibraltar", "Lake Victoria"} <= found


def test_common_words_and_states_are_unchanged(gz) -> None:
    text = ("Jordan scored twice for the Rockies before the Amazon warehouse in Mississippi "
            "closed; Don and Lena drove to Kilimanjaro Region offices.")
    found = {p.text: p.feature for p in find_places(text, gz)}
    assert found.get("Mississippi") == "admin1"
    assert "Rockies" not in found and "Don" not in found and "Lena" not in found
    assert found.get("Amazon") is None


def test_subdivision_point_follows_the_area_shape() -> None:
    # a right triangle of settlements: the point lies between the box middle (1, 1) and
    # the hull centroid (2/3, 2/3), inside the triangle
    pts = [(0.0, 0.0), (2.0, 0.0), (0.0, 2.0), (0.5, 0.5)]
    lat, lon = _point(pts)
    assert lat == pytest.approx(5 / 6) and lon == pytest.approx(5 / 6)
    assert _point([]) is None
    assert _point([(1.0, 2.0)]) == (1.0, 2.0)
    assert _point([(1.0, 2.0), (1.0, 2.0), (1.0, 2.0)]) == (1.0, 2.0)


def test_state_point_is_no_proximity_evidence(gz) -> None:
    """A small namesake near the middle of a state named in the text does not beat the big
    city of the name: only settlements and counties count as places to be near."""
    text = ("Teachers went on strike in Louisville on Monday. Unions in Ohio, Texas and "
            "Mississippi said members in Columbus and Dallas could follow.")
    names = ("Louisville", "Ohio", "Texas", "Mississippi", "Columbus", "Dallas")
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    lou, *_states, ms, _col, _dal = resolve_spans(text, spans, gz)
    assert lou.admin1 == "Kentucky"
    assert ms.feature == "admin1"
    assert _km((lou.lat, lou.lon), (38.25, -85.76)) < 30
