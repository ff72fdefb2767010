"""Rules, round three: relative-clause subjects, actor country from context, the
CAMEO-to-PLOVER classes of more English verbs and nominalisations, announced coercion as
a threat, compounds and participles that name no event. Hand-written sentences."""
from __future__ import annotations

import pytest

from polemos.actors.normalise import countries_in


def _main(ms):
    assert ms, "no mention"
    return max(ms, key=lambda m: (m.confidence, -m.trigger_start))


def _role(m, role):
    return [a for a in m.actors if a.role == role]


def _by_trigger(ms, word):
    hit = [m for m in ms if word in m.trigger.lower()]
    assert hit, f"no mention with trigger {word!r}: {[m.trigger for m in ms]}"
    return hit[0]


# --- relative clauses -----------------------------------------------------------------

def test_singular_relative_clause_after_coordination_is_about_the_nearest_noun(extract):
    # the parser hangs ", which supplies" on the first conjunct; the singular verb agrees
    # with the nearest one
    ms = extract("In 2019, fighting broke out between Chad and Sudan, which supplies "
                 "weapons to the rebels.")
    m = _by_trigger(ms, "suppl")
    assert m.type == "AID"
    assert [a.country for a in _role(m, "source")] == ["SDN"]
    assert any(a.sector == "REB" for a in _role(m, "target"))


def test_relative_clause_with_its_own_subject(extract):
    ms = extract("Kenya has attacked the militia forces that Somalia has supplied with arms.")
    m = _by_trigger(ms, "suppl")
    assert [a.country for a in _role(m, "source")] == ["SOM"]
    assert any(a.sector in ("REB", "MIL") for a in _role(m, "target"))
    att = _by_trigger(ms, "attack")
    assert [a.country for a in _role(att, "source")] == ["KEN"]


def test_relative_pronoun_object_gives_the_antecedent(extract):
    ms = extract("The rifles, which Peru supplied to the rebels, were found in a cave.")
    m = [x for x in ms if x.type == "AID"]
    assert m and [a.country for a in _role(m[0], "source")] == ["PER"]


def test_plural_relative_clause_keeps_the_first_conjunct(extract):
    ms = extract("On Monday Peru and Ecuador, which have deployed troops to the border, "
                 "met in Lima.")
    m = [x for x in ms if x.type == "MOBILIZE"]
    assert m and _role(m[0], "source")[0].country == "PER"


# --- actors ---------------------------------------------------------------------------

def test_proper_name_is_no_place_noun(extract):
    m = _main(extract("The United States on Thursday demanded that North Korea give up its "
                      "missile program."))
    assert m.type == "REQUEST"
    assert [a.country for a in _role(m, "source")] == ["USA"]
    assert [a.country for a in _role(m, "target")] == ["PRK"]


def test_country_from_prepositional_phrase(extract):
    m = _main(extract("Security forces in Guinea arrested dozens of students on Monday."))
    assert m.type == "COERCE"
    assert _role(m, "source")[0].country == "GIN"


def test_title_alone_takes_the_single_country_of_the_sentence(extract):
    m = _main(extract("Opposition parties in Zambia accused President Mwale of fraud."))
    assert m.type == "ACCUSE"
    assert _role(m, "source")[0].country == "ZMB"
    assert _role(m, "target")[0].country == "ZMB"


def test_subject_of_adjective_with_infinitive(extract):
    m = _main(extract("Syria says it is willing to pull its troops out of Lebanon."))
    assert m.type == "AGREE"
    assert _role(m, "source")[0].country == "SYR"
    # the troops moved are no target; the country left is
    assert [a.country for a in _role(m, "target")] == ["LBN"]


def test_acronym_with_dots_kept_in_phrase(extract):
    m = _main(extract("Rebel leaders said they would meet U.N. mediator John Smith next week."))
    assert any(a.country == "UNO" for a in _role(m, "target"))


def test_countries_in():
    assert countries_in("Kenyan police and Somali troops met in Nairobi") == ["KEN", "SOM"]
    assert countries_in("the meeting in Vienna", capitals=False) == []


# --- event types ----------------------------------------------------------------------

@pytest.mark.parametrize("text,typ", [
    # future coercion announced is a threat; a promise of force too
    ("Ruritania will impose sanctions on its neighbour.", "THREATEN"),
    ("The guerrillas vowed to continue their attacks until the soldiers left.", "THREATEN"),
    ("The rebels vowed to end their attacks on the highway.", "AGREE"),
    # "X wants Y to ...", "pressed Y to ...": a demand of Y
    ("The opposition wants the junta to accept international mediation.", "REQUEST"),
    ("The envoys pressed the militia to cooperate with the inquiry.", "REQUEST"),
    # particles and phrasal verbs
    ("The president ruled out any talks with the insurgents.", "REJECT"),
    ("Parliament voted down the peace proposal.", "REJECT"),
    ("The army called up 20,000 reservists.", "MOBILIZE"),
    ("The rebels pulled out of the peace talks.", "SANCTION"),
    ("Guerrillas laid down their arms in the valley.", "RETREAT"),
    ("Workers went on strike to demand higher wages.", "PROTEST"),
    # CAMEO classes by object
    ("The government lifted the curfew in the capital.", "RETREAT"),
    ("Parliament repealed the press law.", "CONCEDE"),
    ("The government cut off all aid to the province.", "SANCTION"),
    ("The World Bank froze loans to the country.", "SANCTION"),
    ("A court convicted the former minister of fraud.", "ACCUSE"),
    ("The court sentenced the activist to five years in prison.", "COERCE"),
    ("Truck drivers blocked the main highway to protest fuel prices.", "PROTEST"),
    ("Militants fired rockets at the town.", "ASSAULT"),
    ("Artillery shells hit a residential district of the city.", "ASSAULT"),
    ("Russia expressed support for the peace plan.", "SUPPORT"),
    ("The government ordered the expulsion of two diplomats.", "SANCTION"),
    ("The regime ordered foreign aid workers to leave the country.", "SANCTION"),
    ("Humanitarian access to the region has improved since May.", "RETREAT"),
    ("The ministry said it would withdraw its observers from the mission.", "THREATEN"),
    ("The king restored the constitution.", "CONCEDE"),
    ("The government intends to lift the embargo, a spokesman said.", "AGREE"),
])
def test_types(extract, text, typ):
    assert _main(extract(text)).type == typ


def test_participle_and_compound_name_no_event(extract):
    # "besieged" and "aid" only describe the town and the workers
    ms = extract("Peacekeepers escorted a convoy to the besieged town.")
    assert not any(m.type == "COERCE" for m in ms)
    m = _main(extract("The rebels freed two aid workers they had held for a month."))
    assert m.type == "RETREAT"


def test_protest_lodged_is_a_complaint(extract):
    assert _main(extract("The ministry lodged a strong protest with the embassy.")).type == "ACCUSE"


# --- dates of background events -------------------------------------------------------

def _dated(extract, text, pub):
    import datetime as dt
    from polemos.temporal import extract_timexes
    d = dt.date.fromisoformat(pub)
    return extract(text, timexes=extract_timexes(text, d), published=d)


def test_when_clause_on_a_since_date_is_dated_at_its_start(extract):
    ms = _dated(extract, "The valley has been under rebel control since 1998, when a truce "
                "ended the fighting.", "2023-05-02")
    m = _by_trigger(ms, "ended")
    assert (m.date_start, m.date_end, m.date_precision) == ("1998-01-01", "1998-12-31", "year")


def test_since_range_is_no_context_for_the_next_sentence(extract):
    ms = _dated(extract, "Militias have occupied the northern hills since 2004. "
                "The militias agreed to disarm.", "2023-05-02")
    m = _by_trigger(ms, "agreed")
    assert not (m.date_start or "").startswith("2004")


def test_fighting_noun_inside_another_act_keeps_its_own_date(extract):
    ms = _dated(extract, "Ruritania agreed to return the land as part of a deal that ended an "
                "offensive that had retaken territory lost in a 1990s war.", "2023-05-02")
    assert all(not (m.date_start or "").startswith("199") for m in ms if m.type == "AGREE")
