"""Lexicon coverage of CAMEO roots 02-09 (appeals, intents, consultations, support,
cooperation, aid, concessions, retreats) and the ordinary senses of the same words that
must stay quiet. Sentences written for these tests (fictional or paraphrased)."""
from __future__ import annotations

import pytest
from polemos.events.prominence import main_mention as top_mention


def _kind(m):
    return (m.type, m.mode) if m is not None else None


@pytest.mark.parametrize("text,typ,mode", [
    # AGREE: a future retreat or concession announced as an undertaking
    ("The two armies undertook to withdraw their heavy guns from the ridge.", "AGREE", None),
    ("The cabinet said it was prepared to drop its objection to the treaty.", "AGREE", None),
    # CONSULT
    ("Tanzania welcomed a delegation of Kenyan lawmakers in Dodoma on Monday.", "CONSULT", "visit"),
    ("Ghana played host to the Liberian president last week.", "CONSULT", "visit"),
    ("The two prime ministers came face to face at a border town on Friday.", "CONSULT", None),
    ("Algeria brokered talks between the government and the northern rebels.", "CONSULT", "third-party"),
    # SUPPORT
    ("The king offered an apology to the families of the victims.", "SUPPORT", None),
    ("Survivors extended forgiveness to the former militia commander.", "SUPPORT", None),
    ("Brazil and Chile coordinated their positions ahead of the climate summit.", "SUPPORT", None),
    ("Beijing came to the defence of its ally at the Security Council.", "SUPPORT", None),
    ("The delegates rallied votes for the Kenyan candidate.", "SUPPORT", None),
    # COOPERATE
    ("Lithuania and Latvia pooled their coast guard vessels for the search.", "COOPERATE", None),
    ("The Spanish police passed intelligence on the smuggling ring to Moroccan officers.",
     "COOPERATE", "intelligence"),
    ("Malta handed over tax records to Italian prosecutors under a legal assistance treaty.",
     "COOPERATE", "legal"),
    ("Kenya partnered with Ethiopia to build a power line.", "COOPERATE", None),
    ("The two ministries joined hands to stop the locust swarms.", "COOPERATE", None),
    # AID
    ("Korea granted Vietnam 150 million dollars in soft loans.", "AID", None),
    ("Italy delivered four patrol boats to the Libyan coast guard.", "AID", None),
    ("China gave Cambodia two patrol vessels.", "AID", None),
    ("Kenya sent 800 peacekeepers to the eastern provinces.", "AID", "peacekeeping"),
    ("South Africa deployed peacekeepers to the eastern Congo.", "AID", "peacekeeping"),
    ("The Gulf states bailed out the central bank with five billion dollars.", "AID", None),
    ("The creditors wrote off the debt of the poorest countries.", "AID", None),
    ("Iran armed the rebels with drones.", "AID", None),
    ("Uganda hosted a million refugees from South Sudan.", "AID", "asylum"),
    ("Germany took in a million refugees in one year.", "AID", "asylum"),
    # CONCEDE
    ("The ministry reinstated the licences of four radio stations.", "CONCEDE", None),
    ("The junta lifted its suspension of party activities.", "CONCEDE", None),
    ("Dock workers returned to work after a two-week stoppage.", "CONCEDE", None),
    ("The government withdrew the fuel tax bill after the union protests.", "CONCEDE", None),
    ("Meeting a key demand of the unions, the cabinet raised the minimum wage.", "CONCEDE", None),
    ("The cabinet shelved the plan to privatise the water company.", "CONCEDE", None),
    ("The regulator unblocked the messaging app on Monday.", "CONCEDE", None),
    # RETREAT
    ("The museum returned a collection of looted bronzes to Nigeria.", "RETREAT", "return"),
    ("Washington removed sanctions on the country's mining sector.", "RETREAT", "ease"),
    ("The EU suspended sanctions on the country's timber exports.", "RETREAT", "ease"),
    ("The authorities ended the state of emergency in the capital.", "RETREAT", "ease"),
    ("Martial law was lifted in the northern province on Sunday.", "RETREAT", "ease"),
    ("The government accepted the deployment of more UN peacekeepers.", "RETREAT", "access"),
    ("Iran admitted a team of nuclear inspectors to the enrichment plant.", "RETREAT", "access"),
    ("The army granted safe passage to the relief convoy.", "RETREAT", "access"),
    ("The government let UN monitors into the prison.", "RETREAT", "access"),
    ("The government opened its prisons to international observers.", "RETREAT", "access"),
    ("The army dismantled its checkpoints around the town.", "RETREAT", "withdraw"),
    ("The navy halted its military drills near the island.", "RETREAT", "disarm"),
    ("The treasury unfroze 2 billion dollars in foreign assets.", "RETREAT", "ease"),
    ("The authorities paroled 300 inmates.", "RETREAT", "release"),
])
def test_cameo_codes_02_09(extract, text, typ, mode):
    m = top_mention(extract(text))
    assert m is not None, text
    assert m.type == typ, (text, _kind(m), m.trigger)
    assert m.mode == mode, (text, _kind(m), m.trigger)


@pytest.mark.parametrize("text,not_type", [
    # ordinary senses of the widened verbs name no such event
    ("Firefighters from both provinces fought the blaze through the night.", "ASSAULT"),
    ("The governor promised to fight the wildfires with more aircraft.", "ASSAULT"),
    ("The parliament passed the budget on Tuesday.", "COOPERATE"),
    ("The minister admitted that the figures were wrong.", "RETREAT"),
    ("The company invested heavily in new software.", "COOPERATE"),
    ("The central bank lowered interest rates by a quarter point.", "RETREAT"),
    ("The team dropped two players from the squad.", "CONCEDE"),
    ("Workers removed the rubble from the square.", "CONCEDE"),
    ("The soldiers were heavily armed.", "AID"),
    ("The statement met with criticism from the opposition.", "CONSULT"),
    ("The plan meets the requirements of the budget rules.", "CONSULT"),
    ("The president stood by the window as the crowd cheered.", "SUPPORT"),
    ("The ministry let the deadline pass.", "RETREAT"),
    ("The parliament passed a freedom of information act.", "COOPERATE"),
    ("The army sent troops to protect the border.", "AID"),
    ("The president welcomed the appointment of the envoy.", "CONSULT"),
])
def test_ordinary_senses_stay_quiet(extract, text, not_type):
    m = top_mention(extract(text))
    assert m is None or m.type != not_type, (text, _kind(m), m.trigger)


def test_widened_entries_parse():
    from polemos.events.lexicon import lexicon, validate
    assert validate() == []
    lx = lexicon()
    for verb in ("pool", "heed", "waive", "unfreeze", "shelve", "parole"):
        assert verb in lx.verbs
    assert "undertake" in lx.planned_governors
    # irregular forms reach the prefilter
    assert {"wrote", "fed", "unfroze"} <= lx.forms
