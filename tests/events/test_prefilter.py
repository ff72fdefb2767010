"""The sentence prefilter: only sentences that may hold an event are parsed. A multiword
idiom or a codebook cue needs its other words too, so common words alone ("said",
"plan", "found", "board") do not send every sentence to the parser.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from polemos.events.sentences import may_hold_event


@pytest.mark.parametrize("text", [
    "The union said no to the latest pay offer from the port authority.",
    "The two prime ministers came face to face at a border town on Friday.",
    "The appeals court found the former governor guilty of fraud.",
    "The ministry plans to invest in three new ports next year.",
    "Farmers turned to the provincial government for help after the floods.",
    "Rebels shelled the outskirts of the town overnight, residents said.",
])
def test_event_sentences_pass(text):
    assert may_hold_event(text)


@pytest.mark.parametrize("text", [
    "The mayor said the weather had been unusually mild this autumn.",
    "The school board plans a new gymnasium for the autumn term.",
    "Hikers found a rare orchid near the top of the hill.",
    "The library said its new reading room would look out over the river.",
])
def test_ordinary_sentences_stay_out(text):
    assert not may_hold_event(text)
