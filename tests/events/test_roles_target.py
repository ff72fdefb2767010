"""Target actors from general English syntax: receivers of a transferred object, the
partner of relation nouns, 'against' phrases one level down, places left by a withdrawal,
owners named by a place's modifiers, victims of a participial clause.
Sentences written for these tests."""
from __future__ import annotations

import pytest


def _targets(ms, word):
    hit = [m for m in ms if word in m.trigger.lower()]
    assert hit, f"no mention with trigger {word!r}: {[m.trigger for m in ms]}"
    return {(a.country, a.sector) for a in hit[0].actors if a.role == "target"}


@pytest.mark.parametrize("text,trigger,country", [
    ("Chile has granted political asylum to four Bolivian army officers.", "granted", "BOL"),
    ("Malawi was still refusing entry to Zambians at the main crossing.", "refusing", "ZMB"),
    ("Norway lodged a formal protest with Sweden on Friday.", "protest", "SWE"),
    ("Peru closed its northern border with Ecuador on Monday.", "closed", "ECU"),
    ("Kenya mobilized reservists for a possible war against Somalia.", "mobilized", "SOM"),
    ("Ghana announced it would withdraw its troops from Liberia.", "withdraw", "LBR"),
    ("The Thai army resumed shelling Cambodian rebel-held territory.", "shelling", "KHM"),
    ("Gunmen have kidnapped up to 12 Chinese engineers near the dam.", "kidnapped", "CHN"),
])
def test_target_country(extract, text, trigger, country):
    assert country in {c for c, _ in _targets(extract(text), trigger)}


def test_withdrawn_forces_are_no_target(extract):
    tg = _targets(extract("Ghana announced it would withdraw its troops from Liberia."), "withdraw")
    assert ("LBR", "GOV") in tg and not any(s == "MIL" for _, s in tg)


def test_relation_noun_is_no_actor(extract):
    tg = _targets(extract("The rebels said they would boycott all contact with the Chadian government."),
                  "boycott")
    assert tg == {("TCD", "GOV")}


def test_participle_inherits_the_main_clause_target(extract):
    ms = extract("Ugandan troops launched rocket fire against Sudanese army positions, "
                 "killing or wounding 40.")
    for m in ms:
        if m.type == "ASSAULT":
            assert "SDN" in {a.country for a in m.actors if a.role == "target"}


def test_held_modifier_names_the_holder():
    from polemos.actors import normalise_actor
    assert normalise_actor("rebel-held").sector == "REB"
    assert normalise_actor("government-controlled").sector == "GOV"


def _actor_names(ms, word, role):
    hit = [m for m in ms if word in m.trigger.lower()]
    assert hit, f"no mention with trigger {word!r}: {[m.trigger for m in ms]}"
    return [(a.name, a.country) for a in hit[0].actors if a.role == role]


@pytest.mark.parametrize("text,trigger,role,name,country", [
    # the possessor of an act noun is the actor, not the act
    ("Crowds in Lima demanded President Torres's resignation on Sunday.", "demanded", "target",
     "President Torres", "PER"),
    # a country adjective of an act noun names the actor
    ("Ecuador flatly rejected a Peruvian ultimatum on Tuesday.", "rejected", "target",
     "Peruvian", "PER"),
    # a body named before a document noun is the actor
    ("Norway said it will support a European Union resolution on fishing quotas.", "support",
     "target", "European Union", "EUR"),
])
def test_act_nouns_are_no_actors(extract, text, trigger, role, name, country):
    names = _actor_names(extract(text), trigger, role)
    assert (name, country) in names, names


def test_act_noun_gives_way_to_its_country_modifier(extract):
    names = _actor_names(extract("Villagers protested on Friday against illegal Chilean copper mining."),
                         "protest", "target")
    assert names == [("Chilean", "CHL")], names


@pytest.mark.parametrize("text,trigger,source", [
    ("Brazil deployed 900 peacekeepers to the border region on Tuesday.", "deployed", "Brazil"),
    ("Nepalese peacekeepers were deployed along the buffer zone.", "deployed", "Nepalese peacekeepers"),
    ("Chadian troops were withdrawn from the town overnight.", "withdrawn", "Chadian troops"),
    ("Some 800 Fijian peacekeepers deployed in the valley will stay a year.", "deployed",
     "Fijian peacekeepers"),
    ("Some 800 Ghanaian peacekeepers have deployed along the buffer zone.", "deployed",
     "Ghanaian peacekeepers"),
])
def test_forces_moved_are_no_target(extract, text, trigger, source):
    ms = extract(text)
    if "peacekeepers" in text:
        assert [m.type for m in ms if m.trigger == trigger] == ["AID"]
    assert [n for n, _ in _actor_names(ms, trigger, "target")] == []
    assert source in [n for n, _ in _actor_names(ms, trigger, "source")]
