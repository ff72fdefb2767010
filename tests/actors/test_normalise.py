"""Actor phrases -> country and sector (phrases about wars other than the seeds)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from polemos.actors import normalise_actor
from polemos.actors import lexicon


@pytest.mark.parametrize("phrase,country,sector", [
    ("Kyiv", "UKR", "GOV"),                                # capital as its government
    ("Khartoum's army", "SDN", "MIL"),
    ("the Sudanese defence ministry", "SDN", "MIL"),       # defence ministry -> MIL
    ("Ukrainian police officers", "UKR", "COP"),
    ("Houthi rebels", None, "REB"),
    ("separatists", None, "REB"),
    ("Russian peacekeepers", "RUS", "MIL"),
    ("the Kremlin", "RUS", "GOV"),                         # seat of government
    ("Malian President Assimi Goita", "MLI", "GOV"),
    ("the UN refugee agency", "UNO", "IGO"),
    ("Yemeni civilians", "YEM", "CVL"),
    ("Ouagadougou", "BFA", "GOV"),
])
def test_phrase_normalised(phrase, country, sector):
    info = normalise_actor(phrase)
    assert info is not None
    assert (info.country, info.sector) == (country, sector)


@pytest.mark.parametrize("phrase", ["Iranian-backed fighters", "Russia-brokered ceasefire"])
def test_backer_is_not_the_actor_country(phrase):
    info = normalise_actor(phrase)
    assert info is None or info.country is None


@pytest.mark.parametrize("phrase", ["", "   ", "Jane Doe", "x" * 5000, None])
def test_unknown_or_bad_phrase_gives_none(phrase):
    assert normalise_actor(phrase) is None


def test_capitals_derived_for_every_country():
    caps = lexicon.capitals()
    assert len(caps) > 150
    assert caps["Nairobi"] == "KEN" and caps["Lima"] == "PER"


@pytest.mark.parametrize("name", ["sectors.json", "organisations.json", "seats.json", "countries.json"])
def test_data_files_valid(name):
    d = json.loads((lexicon.DATA_DIR / name).read_text(encoding="utf-8"))
    assert d
    plover_sectors = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK",
                      "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP",
                      "PRE", "REL", "SOC", "IGO"}
    if name == "sectors.json":
        assert set(d["words"].values()) | set(d["phrases"].values()) <= plover_sectors
    if name in ("organisations.json", "seats.json"):
        assert all(v[1] in plover_sectors for v in d["names"].values())


@pytest.mark.parametrize("phrase,name", [
    ("More than 6,000 soldiers", "soldiers"),
    ("hundreds of Sudanese", "Sudanese"),
    ("at least twenty-five police officers", "police officers"),
    ("tens of thousands of refugees", "refugees"),
    ("300 of its nationals", "nationals"),
    ("a dozen civilians", "civilians"),
])
def test_a_count_is_not_part_of_the_name(phrase, name):
    from polemos.actors.normalise import clean_name
    assert clean_name(phrase) == name
