"""Merging two same-type mentions of one sentence (events.merge.merge_into): one act named
twice in one clause merges; two acts told in a main and a secondary clause
(background, a participle clause with its own content, a relative clause on another
noun, a complex preposition of cause) stay two mentions. When two merge, the specific
trigger is kept over a weak noun ("operation"). Hand-written sentences."""
from __future__ import annotations

import pytest


def _of(ms, typ):
    return [m for m in ms if m.type == typ]


@pytest.mark.parametrize("text,typ,n", [
    # secondary clauses: two acts
    ("Kazakhstan justified the operation, citing repeated shelling by separatist forces.",
     "ASSAULT", 2),
    ("The army bombed the villages, which had been shelled by rebels a week earlier.",
     "ASSAULT", 2),
    ("Colombian troops attacked the camp, which rebels had used to launch raids.",
     "ASSAULT", 2),
    # one clause, or a clause that is the act itself: one act
    ("Chile supplied weapons and other aid to the rebels.", "AID", 1),
    ("The rebels launched an attack on the garrison at dawn, and the assault lasted "
     "four hours.", "ASSAULT", 1),
    ("Insurgents attacked the convoy near the border, killing five soldiers.", "ASSAULT", 1),
    ("The attack, which killed five soldiers, was the deadliest this year.", "ASSAULT", 1),
    # "where" on the place of the other act: the same protest
    ("The ruling triggered a massive protest in Lima, where students took to the streets "
     "to demand the minister's resignation.", "PROTEST", 1),
])
def test_two_acts_or_one(extract, text, typ, n):
    assert len(_of(extract(text), typ)) == n


def test_background_act_keeps_its_own_mode_and_trigger(extract):
    ms = _of(extract("Kazakhstan justified the operation, citing repeated shelling by "
                     "separatist forces."), "ASSAULT")
    op = next(m for m in ms if "operation" in m.trigger)
    shell = next(m for m in ms if "shelling" in m.trigger)
    assert op.mode != "heavy-weapons"          # the shelling's mode stays the shelling's
    assert shell.mode == "heavy-weapons"
    assert op.confidence > shell.confidence    # the main clause still ranks first


def test_merged_mention_keeps_the_specific_trigger(extract):
    text = ("Turkish forces launched a military operation against the militants, and the "
            "offensive continued into the night.")
    ms = _of(extract(text), "ASSAULT")
    assert len(ms) == 1
    assert ms[0].trigger == "offensive"
    # the merged mention is as confident as the more prominent of the two
    assert ms[0].confidence >= 0.5
    assert {a.name for a in ms[0].actors} >= {"Turkish forces", "militants"}


def test_a_weak_noun_keeps_its_place_over_its_own_content(extract):
    # 'inquiry' is what the displeasure is about, not a second name of the act
    ms = _of(extract("The senator expressed deep displeasure with the handling of the "
                     "inquiry."), "ACCUSE")
    assert [m.mode for m in ms] == ["disapprove"]
    assert "displeasure" in ms[0].trigger
