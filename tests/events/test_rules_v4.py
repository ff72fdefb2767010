"""Rules, round four: dating counts told over a period, dates that open a clause,
casualty counts kept out of actor names, ceded ground taken over as RETREAT.
Sentences written for these tests (fictional or other wars)."""
from __future__ import annotations

import datetime as dt

import pytest

from polemos.temporal import extract_timexes


@pytest.fixture
def dated(extract):
    def run(text, published):
        pub = dt.date.fromisoformat(published)
        return extract(text, timexes=extract_timexes(text, pub), published=pub)
    return run


def _by_trigger(ms, word):
    hit = [m for m in ms if word in m.trigger.lower()]
    assert hit, f"no mention with trigger {word!r}: {[m.trigger for m in ms]}"
    return hit[0]


def _role(m, role):
    return [a for a in m.actors if a.role == role]


# --- counts over a period ---------------------------------------------------------------

def test_count_over_the_last_decades_is_dated_to_that_span(dated):
    ms = dated("Over the past two decades, thousands of villagers have been killed by "
               "landmines in the borderlands.", "2022-05-10")
    m = _by_trigger(ms, "killed")
    assert (m.date_start, m.date_end, m.date_precision) == ("2002-05-10", "2022-05-10", "range")


def test_conjoined_casualty_verbs_share_the_since_span(dated):
    ms = dated("Officials said on Monday more than 400 soldiers have been wounded or killed "
               "by drones since 2019.", "2022-05-11")
    for m in ms:
        assert m.type == "ASSAULT"
        assert m.date_start == "2019-01-01" and m.date_end == "2022-05-11", m.trigger


def test_toll_of_a_dated_war_told_in_a_relative_clause(dated):
    ms = dated("The rebels seized the valley during the civil war in the 1980s, which "
               "killed 50,000 people.", "2021-06-02")
    k = _by_trigger(ms, "killed")
    assert k.date_start == "1980-01-01" and k.date_end == "1989-12-31"
    assert k.numbers.get("killed") == 50000
    s = _by_trigger(ms, "seized")
    assert "killed" not in s.numbers          # the toll is the war's, not the seizure's


def test_war_with_its_decade_as_subject_of_killing(dated):
    ms = dated("The 1970s war killed 12,000 people.", "2021-06-02")
    k = _by_trigger(ms, "killed")
    assert (k.date_start, k.date_end) == ("1970-01-01", "1979-12-31")


def test_comma_participle_does_not_share_a_date(dated):
    # "recaptured ... in 2015" is strung on with a comma: it does not date the killing
    ms = dated("Two guards were killed on the road to the hill town, recaptured from the "
               "insurgents in 2015.", "2021-06-02")
    k = _by_trigger(ms, "killed")
    assert k.date_start == "2021-06-02"


# --- a date opening a clause --------------------------------------------------------------

def test_fronted_weekday_dates_its_own_clause(dated):
    ms = dated("The militia has been pulling back from the river as on Thursday the "
               "army's tanks had entered the town.", "2021-03-20")
    m = _by_trigger(ms, "entered")
    assert m.date_start == "2021-03-18"


# --- casualty counts are no actor names ------------------------------------------------

def test_number_phrase_victims_feed_the_counts(extract):
    ms = extract("More than 2,500 people including aid workers from both sides were killed.")
    m = _by_trigger(ms, "killed")
    assert m.numbers.get("killed") == 2500
    assert all(not any(ch.isdigit() for ch in a.name) for a in m.actors)
    assert any(a.sector == "CVL" for a in _role(m, "target"))


def test_hundreds_of_is_not_part_of_the_name(extract):
    ms = extract("Hundreds of Sudanese were wounded by shelling.")
    m = _by_trigger(ms, "wounded")
    t = _role(m, "target")
    assert t and t[0].name == "Sudanese" and t[0].country == "SDN"


def test_spelled_out_hundreds_are_multiplied(extract):
    ms = extract("The gunmen killed two hundred villagers.")
    assert _by_trigger(ms, "killed").numbers.get("killed") == 200


def test_casualties_stay_on_the_killing(extract):
    ms = extract("The militia burned the market, which killed 40 people and displaced many.")
    assert _by_trigger(ms, "killed").numbers.get("killed") == 40
    assert "killed" not in _by_trigger(ms, "displaced").numbers


# --- ceded ground -------------------------------------------------------------------------

def test_taking_control_of_ground_handed_over_is_a_retreat(extract):
    ms = extract("Government troops took control of the border towns handed over by the "
                 "militia.")
    assert not any(m.type == "ASSAULT" for m in ms)
    m = next(m for m in ms if m.type == "RETREAT")
    assert [a.sector for a in _role(m, "source")] == ["REB"]
    assert [a.sector for a in _role(m, "target")] == ["MIL"]


def test_taking_control_of_ceded_districts_is_a_retreat(extract):
    ms = extract("The Sudanese army took control of the ceded districts by the rebels.")
    m = _by_trigger(ms, "took control")
    assert m.type == "RETREAT"
    assert [a.sector for a in _role(m, "source")] == ["REB"]
    assert [a.country for a in _role(m, "target")] == ["SDN"]


def test_ceding_a_port_to_another_party(extract):
    ms = extract("The rebels ceded the port to the government.")
    m = _by_trigger(ms, "ceded")
    assert m.type == "RETREAT"


def test_cession_gets_the_party_that_entered(extract):
    ms = extract("The army entered the district, which the rebels ceded under the truce.")
    m = _by_trigger(ms, "ceded")
    assert m.type == "RETREAT"
    assert [a.sector for a in _role(m, "target")] == ["MIL"]


def test_taking_control_by_force_stays_an_assault(extract):
    ms = extract("Rebels took control of the town after fierce fighting.")
    assert _by_trigger(ms, "took control").type == "ASSAULT"
