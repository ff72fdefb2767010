"""Lexicon, round three: more phrasal verbs, idioms and rarer synonyms ("rolled back a
tax", "tipped off", "snatched", "threw in the towel", "on a war footing", "slapped
travel bans"), and the ordinary senses of the same words, which must stay silent.
Sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract():
    from polemos.events import extract_mentions
    from polemos.nlp import load_nlp
    nlp = load_nlp()

    def run(text):
        return extract_mentions(text, doc_id="t", nlp=nlp, backend="rules", timexes=[],
                                places=[], published=None)
    return run


def _main(ms):
    return max(ms, key=lambda m: (m.confidence, -m.trigger_start)) if ms else None


@pytest.mark.parametrize("text,typ,mode", [
    ("The finance ministry rolled back the fuel tax increase after protests by hauliers.", "CONCEDE", None),
    ("Washington rolled back sanctions on the state oil company.", "RETREAT", "ease"),
    ("The ministry lifted the internet blackout in the northern region.", "CONCEDE", None),
    ("The two armies dismantled several guard posts along the border.", "RETREAT", "withdraw"),
    ("The navy reopened the sea lanes to the island.", "RETREAT", "access"),
    ("Customs officers gave back confiscated equipment to the journalists.", "RETREAT", "return"),
    ("The besieged garrison threw in the towel after three weeks.", "CONCEDE", None),
    ("Colombia has come on board with a regional initiative to share grid capacity.", "AGREE", None),
    ("Police tipped off their counterparts across the border about a drug shipment.", "COOPERATE", "intelligence"),
    ("The air force flew tents and medicine to the flood-hit villages.", "AID", None),
    ("The regional power flexed its military muscle with large naval exercises near the strait.", "MOBILIZE", None),
    ("The army put its units on a war footing along the frontier.", "MOBILIZE", "troops"),
    ("The government froze arms sales to the neighbouring army.", "SANCTION", "discontinue"),
    ("Bangladesh pulled its blue helmets out of the UN mission.", "SANCTION", "withdraw"),
    ("The government ordered foreign election observers out of the country.", "SANCTION", "expel"),
    ("Residents were ordered off the streets between 9 p.m. and 5 a.m.", "COERCE", "curfew"),
    ("The EU slapped travel bans on senior officials.", "COERCE", "restrict"),
    ("The bloc imposed an asset freeze on the ousted president.", "COERCE", "seize"),
    ("The court ordered the forfeiture of the former governor's mansions.", "COERCE", "seize"),
    ("Authorities bulldozed hundreds of market stalls in the capital.", "ASSAULT", "destroy"),
    ("Gunmen snatched two aid workers from their car near the border.", "ASSAULT", "abduct"),
    ("Militias unleashed a wave of terror on villages across the province.", "ASSAULT", None),
])
def test_idioms_and_synonyms(extract, text, typ, mode):
    m = _main(extract(text))
    assert m is not None, text
    assert m.type == typ, (text, m.type, m.trigger)
    if mode is not None:
        assert m.mode == mode, (text, m.mode, m.trigger)


@pytest.mark.parametrize("text", [
    "The children rolled the ball back to the coach.",
    "Thieves snatched a handbag at the station.",
    "The bodybuilder flexed his arms on stage.",
    "The pilot flew the plane to Rome on Monday.",
    "She tipped the waiter generously.",
    "The workers lifted the heavy curbstones onto the truck.",
    "The company froze hiring for the rest of the year.",
    "The team gave back the trophy after the doping scandal.",
    "The mayor slapped a mosquito on his arm during the speech.",
    "The crowd stood aside to let the ambulance pass.",
    "The crew dismantled the stage after the concert.",
    "The museum reopened its west wing after renovation.",
])
def test_ordinary_senses_stay_silent(extract, text):
    assert extract(text) == [], text
