"""An act named after "after"/"before" and measured by a duration is dated that far from
its clause's date ("three years after a brutal war"). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from polemos.temporal import extract_timexes

PUBLISHED = dt.date(2023, 9, 19)


def _dated(extract, text, trigger):
    ms = extract(text, timexes=extract_timexes(text, PUBLISHED), published=PUBLISHED)
    hit = [m for m in ms if m.trigger == trigger]
    assert hit, [m.trigger for m in ms]
    return hit[0].date_start, hit[0].date_end, hit[0].date_precision


@pytest.mark.parametrize("text,trigger,expected", [
    ("The latest escalation comes nearly three years after a brutal war between the two states.",
     "war", ("2020-01-01", "2020-12-31", "year")),
    ("The talks resumed on Friday, a day after rebels attacked a convoy.",
     "attacked", ("2023-09-14", "2023-09-14", "day")),
    ("The attack came two weeks after a ceasefire was signed in Doha.",
     "signed", ("2023-09-04", "2023-09-10", "week")),
])
def test_act_dated_by_its_distance(extract, text, trigger, expected):
    assert _dated(extract, text, trigger) == expected


def test_future_clause_gives_no_distance(extract):
    # the vote has no date yet: nothing to count back from
    start, _, _ = _dated(extract, "The vote will take place two weeks after the ceasefire.", "ceasefire")
    assert start == PUBLISHED.isoformat()


def test_act_with_its_own_date_keeps_it(extract):
    text = "The fighting lasted for over a month before a peace deal came into force on November 10."
    start, _, precision = _dated(extract, text, "deal")
    assert start.endswith("-11-10") and precision == "day"
