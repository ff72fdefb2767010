"""Names the gazetteer lacks (streets, buildings, facilities) and joint disambiguation, on
short texts written for these tests."""
from __future__ import annotations

import json

import pytest

from polemos.geo import find_places, resolve_name, resolve_spans
from polemos.geo.fallback import embedded_place, focus_index, is_thoroughfare, \
    local_heads, local_names
from polemos.geo.lexicon import DATA_DIR

MOSUL = ("Residents of Mosul fled along Baghdad Street after the blast, officials in "
         "Mosul said.\n")
TBILISI = ("Protesters gathered in Freedom Square in Tbilisi on Sunday and marched along "
           "Rustaveli Avenue toward parliament.\n")
KHARKIV = ("Shelling hit Kharkiv again overnight. The Kharkiv Regional Hospital and a school "
           "near Velyka Panasivska Street were damaged, officials in Kharkiv said.\n")


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    out = []
    for n in names:
        s = text.index(n)
        out.append((s, s + len(n)))
    return out


def test_local_features_file_is_valid() -> None:
    d = json.loads((DATA_DIR / "local_features.json").read_text(encoding="utf-8"))
    heads, roads = d["heads"], d["thoroughfares"]
    for words in (heads, roads):
        assert words and all(w == w.lower() and w.strip() == w and w for w in words)
    assert not set(heads) & set(roads), "a head word is listed twice"
    assert {"street", "hospital", "river"} <= local_heads()


def test_unknown_street_resolves_to_the_focus_city(gz) -> None:
    spans = _spans(TBILISI, "Freedom Square", "Tbilisi", "Rustaveli Avenue")
    square, city, avenue = resolve_spans(TBILISI, spans, gz)
    assert city is not None and city.country == "GEO" and city.feature == "city"
    for p in (square, avenue):
        assert p is not None and p.feature == "local"
        assert p.place_id.startswith("local:") and p.place_id.endswith("@" + city.place_id)
        assert (p.lat, p.lon) == (city.lat, city.lon) and p.country == "GEO"
        assert p.confidence < city.confidence
    assert avenue.name == "Rustaveli Avenue" and TBILISI[avenue.start:avenue.end] == avenue.name


def test_known_place_inside_a_facility_name(gz) -> None:
    spans = _spans(KHARKIV, "Kharkiv", "Kharkiv Regional Hospital")
    city, hospital = resolve_spans(KHARKIV, spans, gz)
    assert hospital is not None and hospital.place_id == city.place_id
    assert hospital.text == "Kharkiv Regional Hospital" and hospital.country == "UKR"


def test_street_named_after_another_city_is_local(gz) -> None:
    spans = _spans(MOSUL, "Mosul", "Baghdad Street")
    mosul, street = resolve_spans(MOSUL, spans, gz)
    assert street.feature == "local" and street.place_id.endswith("@" + mosul.place_id)
    found = {p.text: p for p in find_places(MOSUL, gz)}
    assert "Baghdad" not in found                     # not the capital, 400 km away
    assert found["Baghdad Street"].feature == "local"


def test_no_focus_means_no_guess(gz) -> None:
    text = "The convoy stopped at Zarnovka Bridge before dawn."
    assert resolve_spans(text, _spans(text, "Zarnovka Bridge"), gz) == [None]
    assert find_places(text, gz) == []


def test_find_places_reports_local_features(gz) -> None:
    found = {p.text: p for p in find_places(TBILISI, gz)}
    assert found["Tbilisi"].country == "GEO"
    assert found["Rustaveli Avenue"].feature == "local"
    assert found["Freedom Square"].place_id.endswith("@" + found["Tbilisi"].place_id)
    for p in found.values():
        assert TBILISI[p.start:p.end] == p.text


@pytest.mark.parametrize("text,expected", [
    ("Crowds met outside the Saudi Hospital in the city.", ["Saudi Hospital"]),
    ("Students of the University of Alberta protested.", ["University of Alberta"]),
    ("Traffic on Main Street was slow.", []),            # no naming word
    ("Police Close Road After Attack\nNothing else.", []),   # a headline
])
def test_local_names(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in local_names(text)] == expected


def test_embedded_place(gz) -> None:
    uni = embedded_place("University of Alberta", gz)
    assert uni is not None and uni.key == "alberta"
    senate = embedded_place("Mexican Senate", gz)
    assert senate is not None and gz.ids[senate.cands[0][0]] == "iso3166-1:MEX"
    assert embedded_place("Royal Infirmary", gz) is None      # a common word, not a place
    assert embedded_place("", gz) is None and embedded_place("Kyiv", gz) is None
    assert is_thoroughfare("Old Mill Road") and not is_thoroughfare("Mill Hospital")


def test_focus_index_prefers_the_most_confident_locality(gz) -> None:
    kyiv = resolve_name("Kyiv", gz)
    lviv = resolve_name("Lviv", gz)
    ukraine = resolve_name("Ukraine", gz)
    ix = {p.name: gz.by_id(p.place_id).ix for p in (kyiv, lviv, ukraine)}
    items = [(ix[kyiv.name], 0.5), (ix[ukraine.name], 0.9), (ix[lviv.name], 0.4),
             (ix[lviv.name], 0.4)]
    assert focus_index(items, gz) == ix[lviv.name]            # 0.8 > 0.5; country skipped
    assert focus_index([(ix[ukraine.name], 0.9)], gz) == ix[ukraine.name]
    assert focus_index([], gz) is None


def test_names_are_decided_together(gz) -> None:
    # the bigger Huntsville is in Alabama; with Walker County (Texas' is the largest of
    # that name) both readings in Texas fit each other best
    text = ("Firefighters in Walker County were joined on Monday by a National Guard "
            "convoy from Huntsville, where the flooding was worst.")
    found = {p.text: p for p in find_places(text, gz)}
    assert found["Huntsville"].admin1 == found["Walker County"].admin1 == "Texas"


def test_inverted_subdivision_names_are_found(gz) -> None:
    # ISO 3166-2 writes "Dagestan, Respublika"; news writes "Dagestan"
    p = resolve_name("Dagestan", gz)
    assert p is not None and p.country == "RUS" and p.feature == "admin1"


def test_bad_spans_do_not_raise(gz) -> None:
    assert resolve_spans("Kyiv", [(3, 1), (0, 99)], gz) == [None, None]
    assert resolve_spans(None, [(0, 1)], gz) == [None]        # type: ignore[arg-type]
    assert resolve_spans("Kyiv", [], gz) == []
