"""What a mention is about (fuse/arguments.py): accords about different things stay apart,
statements by one actor about different things stay apart, a deployment dated to its year
joins the deployment of a day of that year. Fictional articles about a war in Darfur."""
from __future__ import annotations

from fuse_cases import mk, src

from polemos.fuse import fuse
from polemos.fuse.arguments import analyse
from polemos.model import ActorRef

SOURCES = {d: src(d, o, published="2024-05-03") for d, o in
           (("a", "Desert Courier"), ("b", "Nile Observer"), ("c", "Sahel Wire Review"),
            ("d", "Kordofan Times"))}
RSF = ActorRef("Rapid Support Forces", "source", "SDN", "REB")
ARMY = ActorRef("Sudanese army", "target", "SDN", "MIL")
AU = [ActorRef("African Union peacekeepers", "source", "AFR", "MIL")]


def _accord(doc, trigger, sentence, actors, date="2024-05-01"):
    return mk(doc, type="AGREE", trigger=trigger, place="el-fasher", date=date, actors=actors,
              sentence=sentence)


def test_objects_and_topics_of_accords():
    aid = _accord("a", "reached an agreement", "The rebels said they had reached an agreement "
                  "with the army to resume aid deliveries to the city.", [RSF, ARMY])
    obj, _, topics = analyse(aid)
    assert {"aid", "resume"} <= obj and topics == {"humanitarian"}
    truce = _accord("b", "deal", "Talks opened after a mediated deal that ended the army's "
                    "military operation against the rebels.", [RSF])
    assert "security" in analyse(truce)[2]
    # a noun in a prepositional phrase: what follows is the main clause, not its object
    under = _accord("c", "agreement", "Under the agreement the army is losing control of four "
                    "towns.", [ARMY])
    assert analyse(under)[0] == frozenset()
    # modifiers of the noun name its topic
    assert analyse(_accord("d", "deal", "A ceasefire deal was signed on Friday.", []))[2] \
        == {"security"}


def test_an_aid_agreement_and_a_truce_of_the_same_days_stay_apart():
    ms = [_accord("a", "deal", "Talks opened after a mediated deal that ended the army's "
                  "military operation against the rebels.", [RSF, ARMY], date="2024-05-02"),
          _accord("b", "reached an agreement", "The rebels said they had reached an agreement "
                  "with the army to resume aid deliveries to the city.", [RSF, ARMY]),
          _accord("c", "truce", "A truce to halt the fighting around the city was agreed by "
                  "both sides.", [RSF, ARMY], date="2024-05-02")]
    events = fuse(ms, SOURCES)
    by_doc = {m.doc_id: e.event_id for e in events for m in e.mentions}
    assert by_doc["a"] == by_doc["c"]
    assert by_doc["a"] != by_doc["b"]


def test_one_actors_statements_about_different_things_stay_apart():
    gov = [ActorRef("Sudanese government", "source", "SDN", "GOV")]
    ms = [mk("a", type="AGREE", trigger="promised", place="el-fasher", actors=gov,
             sentence="The prime minister promised to rebuild the market."),
          mk("b", type="AGREE", trigger="agreed", place="el-fasher", actors=gov, date="2024-05-01",
             sentence="The government agreed to hand over two border posts to the monitors."),
          mk("c", type="ACCUSE", trigger="accused", place="el-fasher", actors=[RSF, ARMY],
             sentence="The rebels accused the army of a troop build-up near the city."),
          mk("d", type="ACCUSE", trigger="accused", place="el-fasher", actors=[RSF, ARMY],
             sentence="The rebels accused the army of shelling the market.")]
    events = fuse(ms, SOURCES)
    assert len(events) == 4
    # the same accusation told by two outlets still merges, and so do two tellings in other
    # words of which one does not say what about
    vague = [mk("a", type="ACCUSE", trigger="condemned", actors=[RSF, ARMY],
                sentence="The rebels condemned the army."),
             mk("b", type="ACCUSE", trigger="accused", actors=[RSF, ARMY],
                sentence="The rebels accused the army of shelling the market.")]
    assert len(fuse(vague, SOURCES)) == 1
    same = [mk("a", type="ACCUSE", trigger="accused", actors=[RSF, ARMY],
               sentence="The rebels accused the army of shelling the market."),
            mk("b", type="ACCUSE", trigger="blamed", actors=[RSF, ARMY],
               sentence="The rebels blamed the army for the shelling of the central market.")]
    assert len(fuse(same, SOURCES)) == 1


def test_a_deployment_dated_to_its_year_joins_the_deployment_of_that_year():
    day = [mk(o, type="MOBILIZE", trigger="deployed", place="darfur", date="2023-06-10",
              actors=AU, sentence=f"About 3,000 African Union peacekeepers were deployed {w}.")
           for o, w in (("a", "in the region"), ("b", "across the region"))]
    year = mk("c", type="MOBILIZE", trigger="deployment", place="darfur", date="2023-01-01",
              end="2023-12-31", precision="year", actors=[],
              sentence="The attack took place in the zone of the peacekeeping force's deployment, "
                       "sent to the region in 2023.")
    year.sentence = ("The attack took place in the zone of temporary deployment of the "
                     "peacekeeping contingent sent in 2023.")
    events = fuse(day + [year], SOURCES)
    assert len(events) == 1 and events[0].independent_sources == 3
    # another place, or actors apart, or other words: it stays apart
    elsewhere = mk("c", type="MOBILIZE", trigger="deployment", place="chad", date="2023-01-01",
                   end="2023-12-31", precision="year", actors=[], sentence=year.sentence)
    assert len(fuse(day + [elsewhere], SOURCES)) == 2
    other = mk("c", type="MOBILIZE", trigger="deployment", place="darfur", date="2023-01-01",
               end="2023-12-31", precision="year", actors=[],
               sentence="The deployment of police reinforcements began in 2023.")
    assert len(fuse(day + [other], SOURCES)) == 2
    # troops entering a town are not the peacekeepers' deployment
    entered = mk("c", type="MOBILIZE", trigger="entered", place="darfur", date="2023-06-10",
                 actors=[ActorRef("troops", "source", None, "MIL")],
                 sentence="Government troops entered the district on Saturday.")
    assert len(fuse(day + [entered], SOURCES)) == 2


def test_a_years_toll_still_does_not_join_a_days_killing_by_its_words():
    people = [ActorRef("people", "target", None, "CVL")]
    ms = [mk("a", trigger="killed", place="darfur", date="2023-01-01", end="2023-12-31",
             precision="year", actors=people, sentence="Thousands of villagers were killed in 2023."),
          mk("b", trigger="killed", place="darfur", date="2023-11-25", actors=people,
             numbers={"killed": 30}, sentence="The raid killed 30 villagers on Tuesday.")]
    assert len(fuse(ms, SOURCES)) == 2


def test_a_bare_agreed_takes_the_field_of_its_object():
    from polemos.fuse import fuse
    from fuse_cases import mk, src
    agreed = mk("d1", type="AGREE", trigger="agreed", place="el-fasher", actors=[],
                sentence="The army and the rebels agreed a ceasefire on Thursday in El Fasher.")
    truce = mk("d2", type="RETREAT", trigger="truce", place="el-fasher", actors=[],
               sentence="The truce was holding in El Fasher, residents said.")
    talks = mk("d3", type="AGREE", trigger="agreed", place="el-fasher", actors=[],
               sentence="Officials agreed that schools in El Fasher would reopen soon.")
    events = fuse([agreed, truce, talks], {d: src(d) for d in ("d1", "d2", "d3")})
    by_doc = {tuple(sorted(e.doc_ids)): e for e in events}
    assert ("d1", "d2") in by_doc            # the ceasefire agreed is the truce
    assert ("d3",) in by_doc                 # an agreement about schools is not
