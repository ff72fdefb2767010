"""Codebook rules (events/codebook.py): PLOVER/CAMEO distinctions that hang on the syntax
around a trigger. Sentences written for these tests (fictional or paraphrased)."""
from __future__ import annotations

import pytest
from polemos.events.prominence import main_mention as top_mention


def _types(ms):
    return [(m.type, m.mode) for m in ms]


@pytest.mark.parametrize("text,typ,mode", [
    # 1. yielding participle clause: acceding to demands (CAMEO 0831)
    ("The defence minister resigned on Monday, bowing to weeks of street protests.", "CONCEDE", None),
    ("The finance minister stepped down on Friday, heeding union calls for his removal.", "CONCEDE", None),
    # 2. readiness to mediate (CAMEO 039)
    ("Oman said it was ready to act as an intermediary between the two rivals.", "AGREE", None),
    ("Ghana is willing to act as a go-between in the border crisis.", "AGREE", None),
    # 3. negotiating an agreement not yet reached (CAMEO 046)
    ("The two ministries are negotiating a water-sharing accord.", "CONSULT", None),
    ("The two sides negotiated a ceasefire agreement last week.", "AGREE", None),
    # 4. joint action (CAMEO 06)
    ("Engineers from both countries jointly repaired the dam.", "COOPERATE", None),
    ("The navies of Chile and Peru held joint naval exercises on Tuesday.", "COOPERATE", None),
    ("Customs officers of Togo and Ghana opened a joint inspection post on Monday.", "COOPERATE", None),
    ("The two armies launched a joint attack on the rebel stronghold.", "ASSAULT", None),
    ("The two parties issued a joint statement condemning the violence.", "ACCUSE", "disapprove"),
    # 5. invitations: an appeal to act (CAMEO 02) unless to visit (PLOVER: AGREE)
    ("The bishops invited the government and the rebels to open negotiations.", "REQUEST", "meet"),
    ("The president invited foreign investors to invest in the new port.", "REQUEST", "assist"),
    ("The king invited the French president to visit Rabat next month.", "AGREE", None),
    # 6. the object's adjective and the infinitive's object
    ("Pakistan lowered the alert level of its air defences on Friday.", "RETREAT", "disarm"),
    ("Kenya sent 800 troops to protect civilians in the border camps.", "AID", "peacekeeping"),
    ("Turkey sent troops to protect its border with Syria.", "MOBILIZE", "troops"),
    # 7. a ban on goods is economic (CAMEO 085); on people's activity administrative (081)
    ("Moscow ended its ban on Moldovan wine on Monday.", "RETREAT", "ease"),
    ("The junta ended its ban on opposition rallies.", "CONCEDE", None),
    # bombs as doers, court findings, coercion to act
    ("An improvised explosive device hidden under a culvert ripped through a minibus.", "ASSAULT", "explosives"),
    ("The regional court ruled that the ministry had breached the right to a fair trial.", "ACCUSE", "disapprove"),
    ("Civil servants said they had been forced to attend the ruling party rally.", "COERCE", None),
    ("Soldiers forced residents to leave the village at gunpoint.", "COERCE", "deport"),
])
def test_codebook_rule_types(extract, text, typ, mode):
    m = top_mention(extract(text))
    assert (m.type, m.mode) == (typ, mode), _types(extract(text))


def test_yielding_clause_is_no_event_of_its_own(extract):
    ms = extract("The governor resigned on Sunday, bowing to months of opposition demands.")
    assert _types(ms) == [("CONCEDE", None)]


def test_intent_to_mediate_is_planned(extract):
    m = top_mention(extract("Norway said it was ready to act as a mediator between the two parties."))
    assert m.type == "AGREE" and m.status == "planned"


def test_appeal_to_mediate_stays_a_request(extract):
    ms = extract("Opposition leaders appealed to the regional bloc to act as an intermediary.")
    assert top_mention(ms).type == "REQUEST"
    assert ("AGREE", None) not in _types(ms)


def test_invitation_to_meet_the_inviter_stays_agree(extract):
    ms = extract("The administration invited community leaders to the capital to discuss reconstruction.")
    assert top_mention(ms).type == "AGREE"


def test_lifted_restriction_is_no_separate_event(extract):
    ms = extract("The government lifted the curfew in the capital.")
    assert _types(ms) == [("RETREAT", "ease")]


def test_ended_operation_keeps_its_own_mention(extract):
    ms = extract("A truce ended the army's military operation against the separatists.")
    assert "ASSAULT" in {m.type for m in ms}


def test_forced_by_no_actor_is_no_coercion(extract):
    ms = extract("The floods forced thousands of families to leave their villages.")
    assert "COERCE" not in {m.type for m in ms}


def test_jointly_needs_more_than_one_party(extract):
    ms = extract("The two governments jointly announced the results on Friday.")
    assert "COOPERATE" not in {m.type for m in ms}
