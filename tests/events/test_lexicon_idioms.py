"""Lexicon idioms and rarer synonyms ("blinked first", "brushed off", "poured scorn on",
"traded fire", "gave themselves up", "rolled back a tax", "tipped off", "threw in the towel",
"on a war footing"), and the ordinary senses of the common words they use ("put", "hold",
"give", "wave", "park", "roll", "snatch", "fly"), which must stay silent or keep their own
type. Sentences written for these tests."""
from __future__ import annotations

import pytest

from polemos.events.prominence import main_mention as top_mention


@pytest.mark.parametrize("text,typ,mode", [
    # CONCEDE / RETREAT
    ("After a month of standoff, the port authority blinked first and reopened the docks.", "CONCEDE", None),
    ("The nurses' union suspended its walkout on Tuesday after the ministry raised wages.", "CONCEDE", None),
    ("Dozens of rebels gave themselves up to the army near the northern border.", "RETREAT", "disarm"),
    ("The army loosened its cordon around the besieged port town.", "RETREAT", "withdraw"),
    ("The governor shortened the nightly curfew by two hours.", "RETREAT", None),
    ("The cabinet revoked the state of emergency in the southern provinces.", "RETREAT", None),
    ("The transitional government discharged 2,000 former fighters from the militia.", "RETREAT", "disarm"),
    ("Both navies scaled down their patrols in the disputed strait.", "RETREAT", "withdraw"),
    # REQUEST / REJECT
    ("The finance minister went cap in hand to the regional bank for an emergency loan.", "REQUEST", "assist"),
    ("The prime minister leaned on the central bank to cut interest rates.", "REQUEST", None),
    ("The ministry brushed off demands from teachers for higher pay.", "REJECT", None),
    ("The junta waved aside an offer of mediation from its neighbours.", "REJECT", None),
    ("The president slammed the door on negotiations with the rebels.", "REJECT", None),
    ("Parliament gave short shrift to the plan to raise fuel taxes.", "REJECT", None),
    ("The ruling party flouted the electoral law during the campaign.", "REJECT", "yield"),
    # ACCUSE
    ("The opposition leader poured scorn on the government's new housing plan.", "ACCUSE", "disapprove"),
    ("The ministers laid the blame for the blackout on the state power company.", "ACCUSE", "allege"),
    ("A regional court held the police responsible for the deaths of two students.", "ACCUSE", "allege"),
    ("The government branded the rebel leaders terrorists.", "ACCUSE", "disapprove"),
    ("UN investigators are gathering evidence of abuses by both sides.", "ACCUSE", "investigate"),
    ("Pensioners voiced their dissatisfaction with the new transport fares.", "ACCUSE", "disapprove"),
    # THREATEN / PROTEST / SANCTION / COERCE / ASSAULT
    ("The defence minister put the smugglers on notice that the navy would intercept them.", "THREATEN", None),
    ("Protesters waving placards gathered outside the energy ministry.", "PROTEST", "demo"),
    ("Truck drivers parked their lorries across the motorway to protest fuel prices.", "PROTEST", "obstruct"),
    ("Villagers formed a human chain around the ancient forest.", "PROTEST", "obstruct"),
    ("The development bank froze disbursements to the dam project.", "SANCTION", "discontinue"),
    ("The government downgraded its diplomatic links with the neighbouring state.", "SANCTION", "relations"),
    ("The country pulled out of the regional trade bloc.", "SANCTION", "withdraw"),
    ("The envoy stepped down as mediator in the fishing dispute.", "SANCTION", "withdraw"),
    ("The regulator stripped two broadcasters of their licences.", "COERCE", "restrict"),
    ("The government nationalised the assets of the foreign mining company.", "COERCE", "seize"),
    ("The president invoked emergency powers to deal with the unrest.", "COERCE", "martial-law"),
    ("Soldiers and gunmen traded fire for several hours near the market.", "ASSAULT", "firearms"),
    ("A gang set upon a bus driver in the old town.", "ASSAULT", "beat"),
    ("Several detainees were sexually abused by prison guards, the report said.", "ASSAULT", "sexual"),
    # AGREE / CONSULT / SUPPORT / AID / COOPERATE
    ("The development fund earmarked 40 million euros for a new water project in the delta.", "AGREE", None),
    ("The president rolled out the red carpet for his visiting counterpart.", "CONSULT", "visit"),
    ("Foreign ministers compared notes on the refugee crisis at a closed meeting.", "CONSULT", None),
    ("The senator stood up for the embattled governor in a televised debate.", "SUPPORT", None),
    ("The development bank released 200 million dollars in budget support to the government.", "AID", None),
    ("The navy handed over a batch of patrol drones to the coast guard of its neighbour.", "AID", None),
    ("Police in one country passed on the names of suspected traffickers to their neighbours.", "COOPERATE", "intelligence"),
    # round 3
    ("The finance ministry rolled back the fuel tax increase after protests by hauliers.", "CONCEDE", None),
    ("Washington rolled back sanctions on the state oil company.", "RETREAT", "ease"),
    ("The ministry lifted the internet blackout in the northern region.", "CONCEDE", None),
    ("The two armies dismantled several guard posts along the border.", "RETREAT", "withdraw"),
    ("The navy reopened the sea lanes to the island.", "RETREAT", "access"),
    ("Customs officers gave back confiscated equipment to the journalists.", "RETREAT", "return"),
    ("The besieged garrison threw in the towel after three weeks.", "CONCEDE", None),
    ("Colombia has come on board with a regional initiative to share grid capacity.", "AGREE", None),
    ("Police tipped off their counterparts across the border about a drug shipment.", "COOPERATE", "intelligence"),
    ("The air force flew tents and medicine to the flood-hit villages.", "AID", None),
    ("The regional power flexed its military muscle with large naval exercises near the strait.", "MOBILIZE", None),
    ("The army put its units on a war footing along the frontier.", "MOBILIZE", "troops"),
    ("The government froze arms sales to the neighbouring army.", "SANCTION", "discontinue"),
    ("Bangladesh pulled its blue helmets out of the UN mission.", "SANCTION", "withdraw"),
    ("The government ordered foreign election observers out of the country.", "SANCTION", "expel"),
    ("Residents were ordered off the streets between 9 p.m. and 5 a.m.", "COERCE", "curfew"),
    ("The EU slapped travel bans on senior officials.", "COERCE", "restrict"),
    ("The bloc imposed an asset freeze on the ousted president.", "COERCE", "seize"),
    ("The court ordered the forfeiture of the former governor's mansions.", "COERCE", "seize"),
    ("Authorities bulldozed hundreds of market stalls in the capital.", "ASSAULT", "destroy"),
    ("Gunmen snatched two aid workers from their car near the border.", "ASSAULT", "abduct"),
    ("Militias unleashed a wave of terror on villages across the province.", "ASSAULT", None),
])
def test_idioms_and_synonyms(extract, text, typ, mode):
    m = top_mention(extract(text))
    assert m is not None, text
    assert m.type == typ, (text, m.type, m.trigger)
    if mode is not None:
        assert m.mode == mode, (text, m.mode, m.trigger)


@pytest.mark.parametrize("text", [
    # ordinary senses of the common words these entries use
    "She put the books on the shelf and left the room.",
    "He held the door for the visitors.",
    "The company holds a responsible position in the market.",
    "The ministry will hold its annual budget review next week.",
    "Fans waved flags and scarves as the team bus arrived.",
    "The family parked the car outside the school.",
    "She gave up smoking last year.",
    "He gave back nothing but a smile.",
    "The committee examined the budget figures on Monday.",
    "The company branded its new phone as a premium product.",
    "The singer blinked in the bright stage lights.",
    "He brushed off the dust from his jacket.",
    "The guide waved away the flies and walked on.",
    "The ship's crew leaned on the railing to watch the dolphins.",
    "Workers stripped the old paint from the bridge.",
    "Farmers stopped the tractor at the edge of the field.",
    "The teams compared results at the end of the season.",
    "Hikers came on board the ferry at dawn.",
    # round 3
    "The children rolled the ball back to the coach.",
    "Thieves snatched a handbag at the station.",
    "The bodybuilder flexed his arms on stage.",
    "The pilot flew the plane to Rome on Monday.",
    "She tipped the waiter generously.",
    "The workers lifted the heavy curbstones onto the truck.",
    "The company froze hiring for the rest of the year.",
    "The team gave back the trophy after the doping scandal.",
    "The mayor slapped a mosquito on his arm during the speech.",
    "The crowd stood aside to let the ambulance pass.",
    "The crew dismantled the stage after the concert.",
    "The museum reopened its west wing after renovation.",
])
def test_ordinary_senses_stay_silent(extract, text):
    ms = extract(text)
    assert not ms, (text, [(m.type, m.trigger) for m in ms])


@pytest.mark.parametrize("text,typ", [
    # the idiom's words in another construction keep the ordinary reading
    ("The president handed over power to an interim council after weeks of protests.", "CONCEDE"),
    ("Rebels handed over their rifles to the peace monitors.", "RETREAT"),
    ("Thousands of protesters rallied against the state government in the capital.", "PROTEST"),
    ("Protesters threw stones at police in protest at the new law.", "PROTEST"),
    ("The army pulled its troops out of the border town.", "RETREAT"),
])
def test_other_constructions_keep_their_type(extract, text, typ):
    m = top_mention(extract(text))
    assert m is not None and m.type == typ, (text, m and (m.type, m.trigger))
