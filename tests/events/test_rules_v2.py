"""Lexicon and rule additions: refusals, conditional threats, demands in reported speech,
prepositional and possessive targets, object pronouns, merged duplicates, background
nominals. Hand-written sentences about other wars (Sudan, Sahel, Myanmar, fictional)."""
from __future__ import annotations

import pytest

from polemos.model import Timex


def _main(ms):
    assert ms, "no mention"
    return max(ms, key=lambda m: m.confidence)


@pytest.mark.parametrize("text,typ", [
    # negated cooperation voiced as a refusal -> REJECT
    ("The junta said it will not accept any foreign observers.", "REJECT"),
    ("Sudanese and Chadian negotiators failed to reach agreement on the border.", "REJECT"),
    # conditional announced act -> THREATEN
    ("Niger announced that it will withdraw its battalion from the mission unless the "
     "allies pay the soldiers.", "THREATEN"),
    ("The militia leaders have sworn to fight until the army leaves the valley.", "THREATEN"),
    # willingness -> AGREE (intent)
    ("The Burmese junta says it is willing to withdraw its troops from the border town.", "AGREE"),
    # CAMEO2PLOVER verb classes
    ("The Malian government apologized to Senegal for the detention of its traders.", "SUPPORT"),
    ("The two intelligence services shared information about the smugglers.", "COOPERATE"),
    ("Kenya granted asylum to ten Ethiopian officers.", "AID"),
    ("The court cancelled restrictions on opposition newspapers.", "CONCEDE"),
    ("The coalition suspended part of a military aid program for the junta.", "SANCTION"),
    ("The army prepared to resume shelling the rebel-held hills.", "MOBILIZE"),
    ("The union issued a statement demanding that the ministry reopen the mines.", "REQUEST"),
])
def test_rule_types(extract, text, typ):
    assert _main(extract(text)).type == typ


def test_demand_in_reported_speech_swaps_roles(extract):
    m = _main(extract("Sudan said the Rapid Support Forces must allow aid convoys into Darfur."))
    assert m.type == "REQUEST"
    src = [a for a in m.actors if a.role == "source"]
    tgt = [a for a in m.actors if a.role == "target"]
    assert src and src[0].country == "SDN"
    assert tgt and tgt[0].name.endswith("Forces")


def test_possessive_owner_is_target(extract):
    m = _main(extract("Ethiopian troops shelled the rebels' positions near the river."))
    tgt = [a for a in m.actors if a.role == "target"]
    assert m.type == "ASSAULT" and tgt and tgt[0].sector == "REB"


def test_withdraw_from_country_is_target(extract):
    m = _main(extract("Chad withdrew its troops from Niger after the coup."))
    assert any(a.role == "target" and a.country == "NER" for a in m.actors)


def test_object_pronoun_resolved_to_earlier_actor(extract):
    ms = extract("Separatist rebels seized the airport in the north. "
                 "The next day Ukrainian soldiers attacked them near the runway.")
    second = [m for m in ms if m.trigger == "attacked"]
    assert second
    tgt = [a for a in second[0].actors if a.role == "target"]
    assert tgt and tgt[0].sector == "REB"


def test_duplicate_nominals_in_one_clause_merge(extract):
    ms = extract("The agency delivered food aid and medical assistance to refugees in Chad.")
    assert [m.type for m in ms].count("AID") == 1


def test_date_words_are_not_actors(extract):
    m = _main(extract("The Sudanese army on Friday attacked the paramilitary base."))
    assert not any(a.name.lower() == "friday" for a in m.actors)


def test_bare_background_nominal_dropped_when_evidence_given(extract):
    body = ("On 3 May 2021 rebels attacked a convoy near Gao. "
            "The bloody conflict has shaped the politics of the whole region.")
    tx = [Timex(start=3, end=13, text="3 May 2021", kind="date", date_start="2021-05-03",
                date_end="2021-05-03", precision="day", confidence=0.9, value="2021-05-03")]
    ms = extract(body, timexes=tx)
    assert any(m.trigger == "attacked" for m in ms)
    assert not any(m.trigger == "conflict" for m in ms)
    # without any date/place evidence passed in, nothing is judged and the nominal stays
    assert any(m.trigger == "conflict" for m in extract(body))


def test_headline_fragment_detected(nlp):
    from polemos.events.extract import is_headline
    assert is_headline(nlp("Rebels Seize Airport In Northern Province"))
    assert not is_headline(nlp("Rebels seized the airport in the northern province on Monday."))
