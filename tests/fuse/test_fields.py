"""Lexical fields, references back to known events, accords, wars and handovers (a war
in Darfur and its truces, told the way real articles tell them)."""
from __future__ import annotations

from fuse_cases import RSF, SAF, mk, src

from polemos.fuse import fuse
from polemos.fuse.features import features
from polemos.fuse.similarity import actor_score
from polemos.model import ActorRef

ARMY = ActorRef("Sudanese army", "source", "SDN", "MIL")
RSF_T = ActorRef("Rapid Support Forces", "target", "SDN", "REB")


def _docs(*specs: tuple[str, str, str | None]) -> dict:
    return {d: src(d, outlet, published=pub) for d, outlet, pub in specs}


def _together(events, *mentions) -> bool:
    ids = {m.event_id for m in mentions}
    return len(ids) == 1 and None not in ids


def test_truce_told_as_agree_retreat_deal_and_reference_is_one_event():
    sources = _docs(("a", "Gulf Herald", "2024-05-21"), ("b", "Darfur Radio", "2024-05-22"),
                    ("c", "Sahel Weekly", "2024-05-31"), ("d", "Nile Review", "2024-06-08"))
    signed = mk("a", type="AGREE", trigger="truce", place="jeddah", date="2024-05-20",
                actors=[ARMY, RSF_T], framing="Saudi-brokered truce",
                sentence="The army and the RSF signed a Saudi-brokered truce in Jeddah on Monday.")
    held = mk("b", type="RETREAT", trigger="ceasefire", place="darfur", date="2024-05-20",
              actors=[], sentence="A ceasefire took effect across Darfur on Monday night.")
    month = mk("c", type="AGREE", trigger="deal", place=None, date="2024-05-01", end="2024-05-31",
               precision="month", actors=[ARMY],
               sentence="The deal signed in May has largely held, the army said.")
    back = mk("d", type="AGREE", trigger="agreement", place="el-fasher", date="2024-06-08",
              actors=[ARMY, RSF_T],
              sentence="Under the agreement, the army and the RSF must leave El Fasher.")
    events = fuse([signed, held, month, back], sources)
    assert _together(events, signed, held, month, back)
    e = next(e for e in events if e.event_id == signed.event_id)
    assert (e.date_start, e.date_precision) == ("2024-05-20", "day")
    assert e.independent_sources == 4


def test_a_later_truce_and_a_statement_stay_apart():
    sources = _docs(("a", "Gulf Herald", "2024-05-21"), ("b", "Darfur Radio", "2025-03-02"),
                    ("c", "Nile Review", "2024-05-21"))
    first = mk("a", type="AGREE", trigger="truce", place="jeddah", date="2024-05-20",
               actors=[ARMY, RSF_T], sentence="The army and the RSF signed a truce on Monday.")
    # "had reached" without any sign of looking years back: a recent deal, not last year's
    later = mk("b", type="AGREE", trigger="reached an agreement", place="darfur", date="2025-03-01",
               actors=[ARMY, RSF_T], framing="agreement",
               sentence="Mediators said the two sides had reached an agreement on Saturday.")
    praise = mk("c", type="SUPPORT", trigger="welcomed", place="khartoum", date="2024-05-20",
                actors=[ActorRef("African Union", "source", "AFU", "IGO")],
                sentence="The African Union welcomed the move on Monday.")
    events = fuse([first, later, praise], sources)
    assert len({first.event_id, later.event_id, praise.event_id}) == 3
    assert len(events) == 3


def test_references_back_join_the_event_they_name():
    sources = _docs(("a", "Darfur Radio", "2023-11-03"), ("b", "Sahel Weekly", "2024-09-10"),
                    ("c", "Nile Review", "2023-11-10"))
    deployed = mk("a", type="MOBILIZE", trigger="deployed", place="el-fasher", date="2023-11-02",
                  actors=[ActorRef("African Union", "source", "AFU", "IGO"),
                          ActorRef("AU peacekeepers", "target", "AFU", "MIL")],
                  sentence="The African Union deployed 900 peacekeepers to El Fasher on Thursday.")
    # years later, a perfect with "since then": the deployment, not a new one
    since = mk("b", type="MOBILIZE", trigger="deployed", place="el-fasher", date="2024-09-10",
               actors=[ActorRef("peacekeepers", "target", None, "MIL")],
               sentence="Calm has held since then in the city where the AU had deployed peacekeepers.")
    ceded = mk("c", type="RETREAT", trigger="ceded", place="nyala", date="2023-11-05",
               actors=[SAF], sentence="The army ceded Nyala on Sunday.")
    # "the ceded town" told days later carries its article's date, not the ceding's
    the_ceded = mk("c", type="RETREAT", trigger="ceded", place="nyala", date="2023-11-10",
                   actors=[], sentence="Looting spread in the ceded town, residents said.")
    events = fuse([deployed, since, ceded, the_ceded], sources)
    assert _together(events, deployed, since)
    assert _together(events, ceded, the_ceded)
    e = next(e for e in events if e.event_id == ceded.event_id)
    assert e.date_start == "2023-11-05"


def test_reference_prefers_the_event_of_its_own_day():
    # "the fighting" told on the day of an offensive is that offensive, not last year's war
    sources = _docs(("a", "Darfur Radio", "2024-06-01"), ("b", "Nile Review", "2024-06-01"),
                    ("c", "Gulf Herald", "2023-06-01"))
    war = mk("c", trigger="war", place="darfur", date="2023-04-15", end="2023-12-31",
             precision="range", actors=[], sentence="The war has raged since April 15.")
    offensive = mk("a", trigger="offensive", place="el-fasher", date="2024-06-01",
                   framing="offensive", sentence="The RSF launched an offensive on El Fasher on Saturday.")
    fighting = mk("b", trigger="fighting", place="el-fasher", date="2024-06-01", framing="fighting",
                  sentence="The fighting forced thousands to flee El Fasher.")
    fuse([war, offensive, fighting], sources)
    assert fighting.event_id == offensive.event_id != war.event_id


def test_war_periods_agree_across_a_border_but_incidents_do_not():
    sources = _docs(("a", "Darfur Radio", "2023-12-01"), ("b", "Sahel Weekly", "2023-12-02"))
    war_a = mk("a", trigger="war", place="darfur", date="2023-04-15", end="2023-11-30",
               precision="range", actors=[RSF, SAF], framing="war",
               sentence="The war between the army and the RSF has raged since April 15.")
    war_b = mk("b", trigger="conflict", place="chad", date="2023", end="2023-12-31",
               precision="year", actors=[], framing="conflict",
               sentence="The conflict of 2023 sent refugees pouring into Chad.")
    war_a.date_end, war_b.date_start = "2023-11-30", "2023-01-01"
    # a capture during the war is an incident of it, not the war
    capture = mk("a", trigger="captured", place="darfur", date="2023-11-01", actors=[RSF, SAF],
                 sentence="The RSF captured the garrison on November 1.")
    hit_a = mk("a", trigger="shelled", place="west-darfur", date="2023-11-20", actors=[RSF, SAF],
               sentence="The RSF shelled a market in West Darfur on November 20.")
    hit_b = mk("b", trigger="shelled", place="chad", date="2023-11-20", actors=[RSF, SAF],
               sentence="Shells landed in Chad on November 20.")
    events = fuse([war_a, war_b, capture, hit_a, hit_b], sources)
    assert _together(events, war_a, war_b)
    assert capture.event_id != war_a.event_id
    assert hit_a.event_id != hit_b.event_id
    assert len(events) == 4


def test_coarse_placeless_landmark_joins_a_precise_event_of_its_family():
    sources = _docs(("a", "Darfur Radio", "2024-01-10"), ("b", "Nile Review", "2024-02-01"))
    war = mk("a", trigger="war", place="darfur", date="2023-04-15", end="2023-12-31",
             precision="range", actors=[RSF, SAF],
             sentence="The war between the RSF and the army began on April 15, 2023.")
    vague = mk("b", trigger="hostilities", place=None, date="2023", end="2023-12-31",
               precision="year", actors=[ARMY, RSF_T],
               sentence="Hostilities between the army and the RSF in 2023 displaced millions.")
    vague.date_start = "2023-01-01"
    other = mk("b", trigger="shelling", place=None, date="2023", end="2023-12-31",
               precision="year", actors=[ARMY, RSF_T],
               sentence="Shelling by the army and the RSF in 2023 destroyed schools.")
    other.date_start = "2023-01-01"
    events = fuse([war, vague, other], sources)
    assert _together(events, war, vague)
    assert other.event_id != war.event_id


def test_handover_told_as_agree_and_retreat_merges():
    sources = _docs(("a", "Darfur Radio", "2024-03-02"), ("b", "Nile Review", "2024-03-02"))
    retreat = mk("a", type="RETREAT", trigger="ceded", place="nyala", date="2024-03-01",
                 actors=[SAF], sentence="The army ceded Nyala to the RSF on Friday.")
    agree = mk("b", type="AGREE", trigger="handed", place="nyala", date="2024-03-01",
               actors=[], sentence="Nyala was handed over on Friday.")
    later = mk("b", type="RETREAT", trigger="ceded", place="nyala", date="2024-03-20",
               actors=[SAF], sentence="The army ceded Nyala again on March 20.")
    events = fuse([retreat, agree, later], sources)
    assert _together(events, retreat, agree)
    assert later.event_id != retreat.event_id


def test_region_holds_a_district_of_the_same_level():
    events = fuse([mk("a", place="darfur", date="2024-05-02"),
                   mk("b", place="west-darfur", date="2024-05-02")], {})
    assert len(events) == 1 and events[0].location.name == "West Darfur"


def test_actors_with_one_code_unknown_partly_match():
    f = lambda acts: features(0, mk("x", actors=acts), None, "k")  # noqa: E731
    known = f([ActorRef("Chadian peacekeepers", "target", "TCD", "MIL")])
    vague = f([ActorRef("peacekeepers", "target", None, "MIL")])
    other = f([ActorRef("Chadian farmers", "target", "NER", "CVL")])
    assert 0 < actor_score(known, vague) < 1
    assert actor_score(known, other) < 0


def test_lexical_fields_are_validated():
    from polemos.fuse.lexicon import validate

    base = {"families": {"all": list(__import__("polemos.model").model.PLOVER_TYPES)},
            "stem_suffixes": ["s"], "temporal_cues": ["monday"], "definite": ["the"],
            "perfect": ["had"], "long_span_cues": ["since"], "background_preps": ["of"]}
    assert validate(base) == []
    bad = dict(base, lexical_fields={"x": {"words": ["Truce Deal"], "types": ["NOPE"],
                                           "family": "all"}})
    problems = " ".join(validate(bad))
    assert "NOPE" in problems and "family all" in problems and "one lower-case word" in problems


def test_which_dates_only_bound_the_event():
    from polemos.fuse.features import INHERITED_WINDOW, RECENT_WINDOW, REFERENCE_WINDOW, \
        date_window
    from polemos.fuse.lexicon import fields_of, stem

    def window(trigger: str, sentence: str, precision: str = "day") -> int:
        m = mk("w", type="AGREE", trigger=trigger, sentence=sentence, precision=precision)
        return date_window(m, fields_of("AGREE", {stem(trigger)}))

    assert window("truce", "The two sides signed a truce on Monday.") == 0
    assert window("truce", "Under the truce, both armies must pull back.") == RECENT_WINDOW
    assert window("truce", "Since then the truce has held for three years.") == REFERENCE_WINDOW
    assert window("truce", "Aid convoys moved after a truce took hold.") == INHERITED_WINDOW
