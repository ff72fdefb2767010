"""CAMEO roots 10-20 (REQUEST ... ASSAULT) on hand-written sentences: protests whose
demand is their topic, sanctions by cutting aid, coercion, threats and violence, and the
ordinary senses of the risky words, which must not become events."""
from __future__ import annotations

import pytest
from polemos.events.prominence import main_mention as top_mention


@pytest.mark.parametrize("text,typ,mode", [
    # a demand voiced by a protest is the protest (PLOVER: the topic is not coded apart)
    ("Nurses in Valdoria went on hunger strike to demand safer staffing levels.", "PROTEST", "hunger"),
    ("Bus drivers staged a general strike calling for the transport minister to resign.", "PROTEST", None),
    ("Hundreds of protesters gathered outside the town hall demanding new elections.", "PROTEST", "demo"),
    ("Demonstrators calling for early elections hurled bottles at the riot police.", "PROTEST", "riot"),
    ("Rioters ransacked a bank and burned a police post in the old town.", "PROTEST", "riot"),
    ("Inmates refused food to press for visits from their families.", "PROTEST", "hunger"),
    ("Activists chained themselves to the railings of the ministry.", "PROTEST", "obstruct"),
    ("Taxi drivers walked off the job across the province on Monday.", "PROTEST", "strike"),
    # REQUEST / ACCUSE / REJECT
    ("The envoy pressed the two factions on Friday to resume the stalled talks.", "REQUEST", None),
    ("The mayor told striking refuse collectors to return to work.", "REQUEST", None),
    ("The senator expressed deep displeasure with the handling of the inquiry.", "ACCUSE", "disapprove"),
    ("A tribunal found the former police chief guilty of ordering the beatings.", "ACCUSE", "disapprove"),
    ("The miners vowed not to give in to the company's terms.", "REJECT", None),
    # SANCTION
    ("The donor group withheld 40 million dollars in budget aid to the interim government.", "SANCTION", "discontinue"),
    ("The relief agency cut food rations in the camps by half.", "SANCTION", "discontinue"),
    ("The lender paused disbursements to the state utility.", "SANCTION", "discontinue"),
    ("The republic quit the regional customs bloc.", "SANCTION", "withdraw"),
    ("The emirate withdrew from its role as broker between the two parties.", "SANCTION", "withdraw"),
    ("The delegation walked out of the negotiations on the second day.", "SANCTION", "withdraw"),
    # COERCE
    ("The authorities dissolved the largest opposition party.", "COERCE", "restrict"),
    ("The regulator revoked the licence of an independent radio station.", "COERCE", "restrict"),
    ("Soldiers requisitioned lorries and fuel from local traders.", "COERCE", "seize"),
    ("The government blocked access to messaging platforms before the vote.", "COERCE", "restrict"),
    # ASSAULT
    ("Soldiers raped women in three villages, a rights group said.", "ASSAULT", "sexual"),
    ("Gunmen shot dead a district judge outside his home.", "ASSAULT", "firearms"),
    ("Mounted police charged into the crowd with batons.", "ASSAULT", "beat"),
    ("The truce was violated when mortar rounds hit a market.", "ASSAULT", None),
    ("A cult released sarin in an underground station.", "ASSAULT", "unconventional"),
    ("The militia vowed to wipe out the rival clan.", "THREATEN", "violence"),
])
def test_cameo_b_types(extract, text, typ, mode):
    m = top_mention(extract(text))
    assert m is not None, "no mention"
    assert m.type == typ
    if mode is not None:
        assert m.mode == mode


@pytest.mark.parametrize("text,not_type", [
    # the ordinary senses of the words added above name no such event
    ("The committee found the proposal promising and asked for more detail.", "ACCUSE"),
    ("Engineers cut the ribbon at the new bridge on Saturday.", "SANCTION"),
    ("The chef cut costs by buying local vegetables.", "SANCTION"),
    ("The firm stopped production at its plant for maintenance.", "SANCTION"),
    ("The band quit the tour after the singer fell ill.", "SANCTION"),
    ("The company released a new smartphone on Tuesday.", "ASSAULT"),
    ("The students sought to improve their exam results.", "REQUEST"),
    ("Protesters gathered peacefully in the square for a vigil.", "REQUEST"),
    ("The team set off for the capital early on Monday.", "ASSAULT"),
    ("The clinic shut its doors for the holiday weekend.", "COERCE"),
])
def test_ordinary_senses_are_no_events(extract, text, not_type):
    assert all(m.type != not_type for m in extract(text))


def test_state_blockade_stays_coercion(extract):
    m = top_mention(extract("The navy blockaded the rebel-held port to stop arms shipments."))
    assert m is not None and m.type == "COERCE"


def test_demand_by_officials_stays_request(extract):
    m = top_mention(extract("The foreign minister demanded the release of the detained sailors."))
    assert m is not None and m.type == "REQUEST"


def test_international_monetary_fund_is_no_aid(extract):
    ms = extract("The International Monetary Fund said growth would slow next year.")
    assert all(m.type != "AID" for m in ms)
