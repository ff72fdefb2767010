"""Source and target actors: sectors told by the phrase (IGO bodies by their noun,
leaders, plural demonyms, former office holders, named armed groups, demonyms of several
words) and doers/receivers found through the syntax (gerund after a preposition, a
passive 'were engaged in', a receiver after coordinated verbs, the partner of a truce).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from polemos.actors import normalise_actor


@pytest.mark.parametrize("phrase,country,sector", [
    ("UN peacekeepers", "UNO", "MIL"),
    ("the UN war crimes court", "UNO", "JUD"),
    ("U.N. Secretary-General Ban", "UNO", "GOV"),
    ("NATO", "IGO", "MIL"),
    ("Amnesty International", "NGO", "SOC"),
    ("Chilean leaders", "CHL", "GOV"),
    ("union leader", None, "LAB"),
    ("Bosnian Croats", "BIH", "CVL"),
    ("Kenyans of the coastal province", "KEN", "CVL"),
    ("former president Juan Perez", None, "ELI"),
    ("North Korean soldiers", "PRK", "MIL"),
    ("Sri Lankan navy", "LKA", "MIL"),
    ("Sierra Leonean refugees", "SLE", "REF"),
    ("Kampuchean guerrillas", "KHM", "REB"),
    ("Tamil Tigers", "LKA", "REB"),
    ("the Taliban", "AFG", "REB"),
    ("Colombian guerillas", "COL", "REB"),
    ("Turkish aircraft", "TUR", "MIL"),
])
def test_phrase_sector(phrase, country, sector):
    info = normalise_actor(phrase)
    assert info is not None and (info.country, info.sector) == (country, sector)


def _roles(ms, word, role):
    hit = [m for m in ms if word in m.trigger.lower()]
    assert hit, f"no mention with trigger {word!r}: {[m.trigger for m in ms]}"
    return {(a.country, a.sector) for a in hit[0].actors if a.role == role}


def test_gerund_after_preposition_has_the_verbs_subject(extract):
    ms = extract("Chilean students resorted to throwing stones at the police on Monday.")
    assert ("CHL", "EDU") in _roles(ms, "throwing", "source")


def test_passive_engaged_in_keeps_its_doer(extract):
    ms = extract("Ugandan troops were engaged in heavy fighting against Sudanese rebels.")
    assert "UGA" in {c for c, _ in _roles(ms, "fighting", "source")}


def test_receiver_after_coordinated_verbs(extract):
    ms = extract("Norway donated and delivered 40 tonnes of food to Malawi on Tuesday.")
    assert "MWI" in {c for c, _ in _roles(ms, "donated", "target")}


def test_partner_of_a_truce(extract):
    ms = extract("Peruvian rebels demanded a truce with Bolivian forces before the talks.")
    assert "BOL" in {c for c, _ in _roles(ms, "demanded", "target")}
