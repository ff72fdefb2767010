"""Lexicon constraints of triggers (events/constraints.py, triggers.py, codebook.py):
conjunctive particle + object alternatives, direct objects, particles vs prepositions,
intent to cooperate, appeals for help, meetings as settings, unmet requests, riots of
people pressing a demand, appositive predicate nouns. Sentences written for these tests."""
from __future__ import annotations

import pytest
from polemos.events.prominence import main_mention as top_mention


def _types(ms):
    return [(m.type, m.mode) for m in ms]


@pytest.mark.parametrize("text,typ,mode", [
    # 1. particle and object together: "give up" + a weapon, "give back" + land, "throw out" + a bill
    ("The militia gave up its weapons to the peacekeepers on Monday.", "RETREAT", "disarm"),
    ("The army gave back the seized farmland to the villagers.", "RETREAT", "return"),
    ("Parliament threw out the budget bill on Tuesday.", "REJECT", None),
    ("The court threw out the lawsuit against the mayor.", "REJECT", "change"),
    ("The guerrillas handed in their rifles.", "RETREAT", "disarm"),
    # 2./3. a real particle, after the verb or after a short object
    ("The rebels handed over the hostages to the Red Cross.", "RETREAT", "withdraw"),
    ("The rebels handed the hostages over to the Red Cross.", "RETREAT", "withdraw"),
    ("The police handed the suspect over to prosecutors.", "COOPERATE", "legal"),
    ("Thousands rallied against the government on Sunday.", "PROTEST", "demo"),
    ("The president rallied governments behind the ceasefire plan.", "SUPPORT", None),
    # 5. asking for help
    ("Flood victims turned to charities for assistance.", "REQUEST", "assist"),
    ("The farmers looked to the government for help after the drought.", "REQUEST", "assist"),
    ("The mayor issued a call for assistance after the floods.", "REQUEST", "assist"),
    # 7. a request not met
    ("The ministry could not honour the request for extra funding.", "REJECT", "yield"),
    ("The council could not grant the request for a permit.", "REJECT", "yield"),
    ("The government was unable to fulfil the request of the unions.", "REJECT", "change"),
    # 8. violence of people pressing a demand is a riot (CAMEO 145)
    ("Opposing the tax, crowds torched government offices.", "PROTEST", "riot"),
    # 9. the predicate noun parsed as an apposition
    ("The foreign minister branded the bombing of the hospital a war crime.", "ACCUSE", "disapprove"),
])
def test_constraint_types(extract, text, typ, mode):
    m = top_mention(extract(text))
    assert (m.type, m.mode) == (typ, mode), _types(extract(text))


@pytest.mark.parametrize("text", [
    "He finally gave up smoking last year.",                    # "give up" without a weapon
    "She handed a note to the envoy over repeated intrusions.",  # "over" has its own object
    "The rebels handed a letter to officials in the capital.",   # "in" is no particle here
])
def test_no_event(extract, text):
    assert extract(text) == [], _types(extract(text))


def test_throwing_out_rubbish_is_no_attack(extract):
    assert "ASSAULT" not in [m.type for m in extract("The workers threw out the trash before the inspection.")]


@pytest.mark.parametrize("text", [
    "Japan was keen to cooperate with its neighbours on fisheries.",
    "The company said it was ready to invest in the region.",
    "India is prepared to help flood victims in Nepal.",
    "The government plans to withdraw troops from the border.",
])
def test_intent_to_cooperate_is_planned_agree(extract, text):
    m = top_mention(extract(text))
    assert (m.type, m.status) == ("AGREE", "planned"), _types(extract(text))


def test_plan_of_a_non_cooperative_act_is_no_agreement(extract):
    assert "AGREE" not in [m.type for m in extract("The army plans to build a new base near the border.")]


def test_meeting_as_setting_is_no_event(extract):
    ms = extract("Residents voiced strong disapproval at a town hall meeting.")
    assert _types(ms) == [("ACCUSE", "disapprove")]


def test_meeting_alone_stays_consult(extract):
    assert top_mention(extract("The ministers met at a summit in Doha.")).type == "CONSULT"


def test_demand_of_rioters_is_part_of_the_riot(extract):
    ms = extract("Demonstrators calling for the governor's resignation hurled petrol bombs at police.")
    assert _types(ms) == [("PROTEST", "riot")]


def test_unmet_request_keeps_the_refusing_source(extract):
    m = top_mention(extract("The ministry could not honour the request for extra funding."))
    assert m.status == "occurred"
    assert any(a.role == "source" and "ministry" in a.name.lower() for a in m.actors)
