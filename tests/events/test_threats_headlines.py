"""Conditional promises of force are threats, peacekeepers taking up positions is
peacekeeping, crowds filling the streets is a demonstration, and headline verbs the small
model reads as plural nouns are read as verbs. Sentences written for these tests."""
from __future__ import annotations

import pytest

from polemos.events.prominence import main_mention


def _main(extract, text):
    m = main_mention(extract(text))
    return (m.type, m.mode) if m is not None else (None, None)


# --- 1. a vow of force under a condition is a threat (CAMEO 13) ----------------------------

@pytest.mark.parametrize("text,expected", [
    ("The army vowed to send troops into the valley if the raids continue.", ("THREATEN", "violence")),
    ("If the shelling goes on, the governor vowed to deploy the national guard to the border towns.",
     ("THREATEN", "violence")),
    ("The government pledged to move more soldiers to the frontier unless the incursions stop.",
     ("THREATEN", "violence")),
    ("The lenders pledged to cut off aid unless the junta frees the jailed students.",
     ("THREATEN", "relations")),
    ("The navy will send warships to the strait if the seizures of tankers continue.",
     ("THREATEN", "violence")),
])
def test_conditional_force_is_threat(extract, text, expected):
    assert _main(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a condition that is no hostile act of another: a promise
    ("The minister promised to send more troops to the mission if the council approves.", "AGREE"),
    ("The rebels pledged to free the hostages if the ransom is paid.", "AGREE"),
    # no condition at all
    ("The army vowed to send troops into the valley.", "AGREE"),
    ("The army will send troops into the valley next week.", "MOBILIZE"),
])
def test_unconditional_or_benign_condition_is_not_threat(extract, text, expected):
    assert _main(extract, text)[0] == expected


# --- 2. peacekeepers take up positions (CAMEO 074) -----------------------------------------

@pytest.mark.parametrize("text", [
    "Peacekeepers took up positions along the new ceasefire line on Friday.",
    "UN peacekeepers took over patrols in the southern district.",
    "The peacekeeping force assumed control of the buffer zone between the two armies.",
    "Blue helmets took over security at the airport after the rebels withdrew.",
])
def test_peacekeepers_moving_in_is_peacekeeping(extract, text):
    assert _main(extract, text) == ("AID", "peacekeeping")


def test_ordinary_troops_taking_positions_mobilize(extract):
    assert _main(extract, "Troops took up positions around the airport.") == ("MOBILIZE", "troops")
    m = main_mention(extract("Peacekeepers took up positions along the ceasefire line."))
    assert m.trigger == "took up positions"


# --- 4. crowds fill the streets (CAMEO 141) ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Demonstrators demanding the release of jailed journalists filled the streets of the capital.",
    "Thousands of protesters thronged the main square.",
    "Crowds poured into the streets to denounce the coup.",
    "Tens of thousands poured into the streets of the capital demanding new elections.",
])
def test_crowds_in_the_streets_protest(extract, text):
    assert _main(extract, text) == ("PROTEST", "demo")


@pytest.mark.parametrize("text", [
    "Crowds filled the streets to celebrate the football victory.",
    "Shoppers packed the streets ahead of the holiday.",
    "The workers filled the trucks with grain.",
])
def test_crowds_without_protest_are_no_protest(extract, text):
    assert _main(extract, text)[0] != "PROTEST"


# --- 3. headline verbs read as plural nouns ------------------------------------------------

@pytest.mark.parametrize("text,expected,source", [
    ("Kenya Pledges Troops for Haiti Mission", "AGREE", "Kenya"),
    ("Army Shells Rebel Camps", "ASSAULT", "Army"),
    ("Police Chief Rejects Calls to Resign", "REJECT", "Police Chief"),
    ("Gunmen Fire on Convoy", "ASSAULT", "Gunmen"),
    ("Tens of Thousands Rally in Capital", "PROTEST", None),
    ("Rebel Forces Shell Town", "ASSAULT", "Rebel Forces"),
    ("Kenya pledges troops for Haiti mission", "AGREE", "Kenya"),   # sentence case
    ("Government Slaps Travel Bans on Opposition Lawmakers", "COERCE", "Government"),
])
def test_headline_verbs(extract, text, expected, source):
    m = main_mention(extract(text))
    assert m is not None and m.type == expected
    if source is not None:
        assert any(a.role == "source" and a.name == source for a in m.actors)


def test_headline_event_noun_stays_noun(extract, nlp):
    from polemos.events import headlines
    doc = nlp("peace talks in Geneva")
    assert headlines.verb_reading(doc, nlp) is doc
    assert _main(extract, "Peace Talks in Geneva")[0] == "CONSULT"


def test_headline_verb_reading_keeps_offsets(nlp):
    from polemos.events import headlines
    doc = nlp("army shells rebel camps near the border")
    new = headlines.verb_reading(doc, nlp)
    assert new is not doc
    assert [t.idx for t in new] == [t.idx for t in doc] and new.text == doc.text
    assert new[1].pos_ == "VERB" and new[1].lemma_ == "shell" and new[0].dep_ == "nsubj"


def test_ordinary_sentences_untouched(extract, nlp):
    from polemos.events import headlines
    doc = nlp("The army shells rebel camps every night.")
    assert headlines.verb_reading(doc, nlp) is doc
    from polemos.events.extract import is_headline
    # a full sentence is no headline, so it is never parsed again
    assert not is_headline(nlp("Thousands of protesters thronged the main square."))
    assert _main(extract, "The army shells rebel camps every night.") == ("ASSAULT", "heavy-weapons")
