"""Ranking of event mentions within one sentence by syntactic prominence (events/
prominence.py): the reported act ranks first, background, relative, content, purpose,
consequence and prepositional events stay mentions but rank lower. Hand-written
sentences."""
from __future__ import annotations

import pytest
from polemos.events.prominence import main_mention as top_mention

from polemos.events.prominence import BACKGROUND, MAIN, RELATIVE, prominence


def _types(ms):
    return {m.type for m in ms}


@pytest.mark.parametrize("text,main,secondary", [
    # temporal background clause ("days after ...")
    ("The government recalled its ambassador from Oslo on Friday, days after rebels "
     "shelled the border town.", "SANCTION", "ASSAULT"),
    # background prepositional phrase
    ("Police arrested twelve students on Monday following an attack on an army post.",
     "COERCE", "ASSAULT"),
    # complex preposition "in retaliation for"
    ("The militia shelled the airport in retaliation for the arrest of its commander.",
     "ASSAULT", "COERCE"),
    # relative clause
    ("The navy attacked the rebels, whose fighters had arrested two fishermen.",
     "ASSAULT", "COERCE"),
    # the content of an accusation
    ("The ministry accused the neighbouring army of shelling a refugee camp.",
     "ACCUSE", "ASSAULT"),
    # a trailing consequence participle
    ("Gunmen attacked the village at dawn, prompting the governor to impose a curfew.",
     "ASSAULT", "COERCE"),
])
def test_main_event_outranks_secondary(extract, text, main, secondary):
    ms = extract(text)
    assert top_mention(ms).type == main
    assert secondary in _types(ms), "the secondary event stays a mention"


def test_background_arrest_does_not_turn_a_pledge_into_a_threat(extract):
    # an act in an "after" clause is no content of the pledge ("vowed to crush" is a
    # threat; a pledge made after an arrest is not)
    ms = extract("The two governments pledged on Tuesday to cooperate on border security, "
                 "a week after police arrested nine smugglers.")
    m = top_mention(ms)
    assert m.type == "AGREE" and "pledged" in m.trigger
    assert "COERCE" in _types(ms)


def test_ultimatum_absorbs_the_demanded_act(extract):
    ms = extract("The commander gave the rebels two days to surrender or face an assault.")
    assert top_mention(ms).type == "THREATEN"


def test_confidence_is_a_probability_and_root_keeps_its_scale(extract):
    ms = extract("Rebels ambushed a convoy near the river, after troops detained their leader.")
    assert all(0.0 < m.confidence <= 1.0 for m in ms)
    main = top_mention(ms)
    other = next(m for m in ms if m is not main)
    assert main.type == "ASSAULT" and other.type == "COERCE"
    assert main.confidence > other.confidence


def test_prominence_factors(nlp):
    doc = nlp("Troops withdrew on Monday after rebels attacked the camp.")
    by = {t.lower_: t for t in doc}
    ev = {by["withdrew"].i, by["attacked"].i}
    assert prominence(by["withdrew"], ev) == MAIN
    assert prominence(by["attacked"], ev) == pytest.approx(BACKGROUND)
    doc = nlp("The army retook the town that the rebels had shelled.")
    by = {t.lower_: t for t in doc}
    assert prominence(by["shelled"], {by["retook"].i, by["shelled"].i}) <= RELATIVE
