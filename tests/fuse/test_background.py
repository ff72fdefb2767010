"""Background figures, period-level wars and text-only mentions (fictional articles about a
war in Darfur written for these tests; places from fuse_cases)."""
from __future__ import annotations

from fuse_cases import mk, src

from polemos.fuse import fuse
from polemos.model import ActorRef

PEOPLE = [ActorRef("people", "target", None, "CVL")]
VILLAGERS = [ActorRef("villagers", "target", None, "CVL")]
MILITIA = [ActorRef("Janjaweed militia", "source", "SDN", "REB")]
SOURCES = {d: src(d, o, published="2024-05-03") for d, o in
           (("a", "Desert Courier"), ("b", "Nile Observer"), ("c", "Sahel Wire Review"))}


def _together(events, *triggers) -> bool:
    return any({m.trigger for m in e.mentions} >= set(triggers) for e in events)


def _apart(events, x: str, y: str) -> bool:
    return not any({x, y} <= {m.trigger for m in e.mentions} for e in events)


def test_a_war_told_as_a_period_in_three_articles_is_one_event():
    # "the villages seized during the war of the 2000s", "hostilities that broke out in the
    # 2000s", "a brutal conflict in the early 2000s": one war, told at decade scale
    ms = [mk("a", trigger="seized", place="darfur", date="2000-01-01", end="2009-12-31",
             precision="range", actors=[],
             sentence="Under the plan the army gives up villages seized during the war in the 2000s."),
          mk("b", trigger="hostilities", place="darfur", date="2000-01-01", end="2009-12-31",
             precision="range", actors=[],
             sentence="The region saw large-scale hostilities break out in the 2000s."),
          mk("c", trigger="conflict", place="darfur", date="2000-01-01", end="2004-12-31",
             precision="range", actors=[],
             sentence="Both sides laid mines during a brutal conflict in the early 2000s.")]
    events = fuse(ms, SOURCES)
    assert len(events) == 1
    assert events[0].independent_sources == 3


def test_a_war_of_the_2000s_and_a_war_of_2023_stay_apart():
    ms = [mk("a", trigger="war", place="darfur", date="2000-01-01", end="2009-12-31",
             precision="range", actors=[], sentence="The war of the 2000s left the region in ruins."),
          mk("b", trigger="war", place="darfur", date="2023-04-15", end="2023-12-31",
             precision="range", actors=[], sentence="A new war broke out in April 2023.")]
    assert len(fuse(ms, SOURCES)) == 2


def test_a_wars_toll_does_not_absorb_one_days_killing():
    # "More than 9,000 people were killed" (the year's toll) vs "30 people were killed" on
    # one day; a "burned" mention of the next day with other actors stays apart as well
    ms = [mk("a", trigger="killed", place="darfur", date="2023-01-01", end="2023-12-31",
             precision="year", actors=PEOPLE,
             sentence="More than 9,000 people including civilians were killed."),
          mk("b", trigger="killed", place="darfur", date="2023-11-25", actors=PEOPLE,
             numbers={"killed": 30}, sentence="The raid on Tuesday killed 30 people in the region."),
          mk("c", trigger="burned", place="north-darfur", date="2023-11-26",
             actors=[ActorRef("displaced families", "source", "SDN", "CVL"),
                     ActorRef("Khartoum", "target", "SDN", "GOV")],
             sentence="Fleeing families burned their homes before leaving the province.")]
    events = fuse(ms, SOURCES)
    assert len(events) == 3


def test_counts_of_different_magnitude_do_not_merge_without_a_shared_actor():
    ms = [mk("a", trigger="killed", place="darfur", date="2023-11-25", actors=PEOPLE,
             numbers={"killed": 12000}, sentence="The fighting killed 12,000 people."),
          mk("b", trigger="killed", place="darfur", date="2023-11-25", actors=VILLAGERS,
             numbers={"killed": 40}, sentence="Gunmen killed 40 villagers.")]
    assert len(fuse(ms, SOURCES)) == 2
    # a toll told by two outlets that agree roughly still merges
    same = [mk("a", trigger="killed", numbers={"killed": 40}),
            mk("b", trigger="killed", numbers={"killed": 44})]
    assert len(fuse(same, SOURCES)) == 1


def test_an_operation_does_not_absorb_a_mine_blast_of_the_same_day_in_the_region():
    army = [ActorRef("Sudanese army", "source", "SDN", "MIL")]
    police = [ActorRef("police officers", "target", None, "COP")]
    ms = [mk("a", trigger="operation", place="darfur", actors=army, framing="military operation",
             sentence="The army on Tuesday launched a military operation in Darfur."),
          mk("b", trigger="offensive", place="darfur", actors=army,
             sentence="Rebels accused the army of launching a large-scale offensive."),
          mk("c", trigger="killed", place="darfur", actors=police, numbers={"killed": 4},
             sentence="Four police officers were killed by a mine on the road.")]
    events = fuse(ms, SOURCES)
    assert _together(events, "operation", "offensive")
    assert _apart(events, "operation", "killed") and _apart(events, "offensive", "killed")


def test_a_year_and_a_day_merge_at_the_same_town_with_the_same_actor():
    ms = [mk("a", trigger="captured", place="kutum", date="2023-01-01", end="2023-12-31",
             precision="year", actors=MILITIA, sentence="The militia captured Kutum in 2023."),
          mk("b", trigger="captured", place="kutum", date="2023-08-02", actors=MILITIA,
             sentence="The militia captured Kutum on August 2.")]
    assert len(fuse(ms, SOURCES)) == 1


def test_text_only_mentions_of_one_story_merge_and_of_another_story_do_not():
    # no date in the text, no place, named participants differ from outlet to outlet: the
    # trigger's word family and the articles' shared story decide (ECB+-like mentions)
    story = ("The singer Mara Velt was nominated for the Golden Lyre award at the festival in "
             "Ostrava, organisers of the Golden Lyre festival announced.")
    other = ("The footballer Ivo Dren was nominated for the player of the season award by the "
             "league, the club announced after the final.")

    def text_only(doc, trigger, sentence, who):
        m = mk(doc, type="CONSULT", trigger=trigger, place=None, date=None, sentence=sentence,
               actors=[ActorRef(who, "target", None, None)])
        return m
    ms = [text_only("a", "nominated", story, "Velt"),
          text_only("b", "nomination", story.replace("was nominated", "won a nomination"), "singer"),
          text_only("c", "nominated", other, "Dren")]
    events = fuse(ms, {})
    assert _together(events, "nominated", "nomination")
    assert sorted(len(e.mentions) for e in events) == [1, 2]
    merged = next(e for e in events if len(e.mentions) == 2)
    assert {m.doc_id for m in merged.mentions} == {"a", "b"}
