"""polemos.temporal on sentences written for these tests (fictional and other wars)."""
from __future__ import annotations

import datetime as dt

import pytest

from polemos.temporal import date_for_span, extract_timexes, infer_publication_date
from polemos.temporal.lexicon import validate

ANCHOR = dt.date(2021, 3, 17)   # a Wednesday


def one(text: str, needle: str, anchor=ANCHOR):
    tx = extract_timexes(text, anchor)
    for t in tx:
        assert text[t.start:t.end] == t.text
    hits = [t for t in tx if needle in t.text]
    assert hits, f"no timex containing {needle!r} in {[t.text for t in tx]}"
    return hits[0]


def test_lexicon_is_consistent():
    assert validate() == []


@pytest.mark.parametrize("text,needle,iso", [
    ("The truce of Ostrava was signed on November 25, 2020.", "November 25, 2020", "2020-11-25"),
    ("Militia fighters left Tarvos on 25 Nov 2019, witnesses said.", "25 Nov", "2019-11-25"),
    ("The siege ended on the 26th November 2020 after talks.", "26th November 2020", "2020-11-26"),
    ("Data released 2020-11-25 showed the front had not moved.", "2020-11-25", "2020-11-25"),
    ("Rebels said they took the bridge on Feb. 3.", "Feb. 3", "2021-02-03"),
])
def test_absolute_dates(text, needle, iso):
    t = one(text, needle)
    assert (t.date_start, t.date_end, t.precision, t.kind) == (iso, iso, "day", "date")


def test_weekday_past_and_future_tense():
    past = one("The army said on Friday it had shelled the ridge.", "Friday")
    assert past.date_start == "2021-03-12"
    future = one("Envoys will meet in Geneva on Friday to discuss a ceasefire.", "Friday")
    assert future.date_start == "2021-03-19"
    today = one("Drones struck the depot on Wednesday, officials said.", "Wednesday")
    assert today.date_start == "2021-03-17"


@pytest.mark.parametrize("text,needle,start,end,precision", [
    ("Earlier this week, the rebels shelled the airport.", "Earlier this week",
     "2021-03-15", "2021-03-16", "week"),
    ("Fighting resumed last month near the lake.", "last month", "2021-02-01", "2021-02-28",
     "month"),
    ("This year the junta has lost four towns.", "This year", "2021-01-01", "2021-12-31", "year"),
    ("The court ruled in February that the blockade was illegal.", "February", "2021-02-01",
     "2021-02-28", "month"),
    ("The fiercest fighting took place in the 1990s.", "1990s", "1990-01-01", "1999-12-31",
     "decade"),
    ("The enclave declared independence in 1994.", "1994", "1994-01-01", "1994-12-31", "year"),
])
def test_relative_and_coarse(text, needle, start, end, precision):
    t = one(text, needle)
    assert (t.date_start, t.date_end, t.precision) == (start, end, precision)


def test_month_follows_tense():
    t = one("Elections will be held in February, the commission said.", "February",
            anchor=dt.date(2021, 11, 2))
    assert t.date_start == "2022-02-01"


def test_since_is_an_open_range_to_the_anchor():
    t = one("Since December 2019, the mountain pass has been closed.", "December 2019")
    assert (t.date_start, t.date_end, t.precision) == ("2019-12-01", "2021-03-17", "range")


def test_by_is_a_deadline():
    t = one("The garrison is to withdraw by April 1.", "April 1")
    assert t.date_end == "2021-04-01" and "deadline" in t.note


def test_offset_after_a_dated_war():
    t = one("The raid came nearly three years after the 2018 war in the highlands.",
            "nearly three years")
    assert t.kind == "date" and t.date_start == "2021-01-01" and t.precision == "year"


@pytest.mark.parametrize("text,needle,value", [
    ("The 44-day conflict left the valley in ruins.", "44-day", "P44D"),
    ("The accord followed six weeks of fighting.", "six weeks", "P6W"),
])
def test_durations_are_not_dates(text, needle, value):
    t = one(text, needle)
    assert t.kind == "duration" and t.value == value and t.date_start is None


def test_dawn_is_the_day_named_next_to_it():
    text = "Artillery opened fire on Monday at dawn, residents said."
    t = one(text, "dawn")
    assert t.date_start == "2021-03-15"


def test_no_anchor_keeps_absolute_dates_only():
    text = "Troops crossed the river on 4 May 2016 and again on Tuesday."
    tx = extract_timexes(text, None)
    absolute = [t for t in tx if "2016" in t.text][0]
    relative = [t for t in tx if t.text == "Tuesday"][0]
    assert absolute.date_start == "2016-05-04"
    assert relative.date_start is None and relative.note


@pytest.mark.parametrize("text", [
    "The ministry claimed the shelling began on February 30.",
    "A report dated 2021-13-45 was circulated.",
])
def test_impossible_dates_never_raise(text):
    tx = extract_timexes(text, ANCHOR)
    assert tx and tx[0].date_start is None and "impossible" in tx[0].note


def test_conflicting_weekday_is_flagged():
    t = one("Rebels attacked on Tuesday, November 25, 2020.", "November 25, 2020")
    assert t.date_start == "2020-11-25" and t.confidence < 0.8 and "conflicting" in t.note


def test_far_future_year_is_low_confidence():
    t = one("The warlord promised peace by 2095.", "2095")
    assert t.confidence <= 0.2 and "far-future" in t.note


@pytest.mark.parametrize("bad", ["", None, 42, "no dates here at all"])
def test_bad_input(bad):
    assert extract_timexes(bad, ANCHOR) == []
    assert infer_publication_date(bad)[0] is None


def test_huge_input_is_bounded():
    text = "On Monday rebels shelled the town. " * 20000
    tx = extract_timexes(text, ANCHOR)
    assert 0 < len(tx) <= 5000


def test_offsets_exact_on_a_mixed_article():
    text = ("KHARTOUM \u2014 Paramilitary forces said on Thursday they had seized the airport, "
            "nearly five years after the 2019 uprising. Since April 2023 the army has lost "
            "ground; talks are due by June 1. At least 40 people died at dawn.")
    tx = extract_timexes(text, dt.date(2023, 5, 11))
    assert len(tx) >= 5
    for t in tx:
        assert text[t.start:t.end] == t.text


UNDATED = (
    "Valdorian rebels seize river port\n"
    "Valdorian rebels on Tuesday captured the river port of Kessa, the army said.\n"
    "\u201cOn October 12, the terrorists attacked our positions with drones,\u201d a "
    "spokesman said.\n"
    "The offensive comes nearly four years after the 2017 war between the two sides, "
    "which killed thousands.\n"
    "Earlier this week the government had announced new talks.\n"
)


def test_infer_publication_date_from_text():
    day, conf, reason = infer_publication_date(UNDATED)
    # October 12 is a Tuesday in 2021 (not in 2020 or 2022); "nearly four years" after 2017
    assert day == dt.date(2021, 10, 12)
    assert 0.5 <= conf <= 1.0 and reason


def test_every_past_weekday_counts_not_only_the_latest():
    # Monday (March 4, 2024) is dated; the truce came on Wednesday and held "into Thursday
    # morning": the article is Thursday's, not Monday's with Wednesday five days back
    text = ("Fighting broke out on Monday around the river town of Pibor, the worst since "
            "the 2021 clashes. On March 4, 2024, mortar shells hit the market and killed "
            "five traders, local officials said. The truce agreed on Wednesday held "
            "overnight and into Thursday morning, and some traders reopened their stalls.")
    day, _, _ = infer_publication_date(text)
    assert day == dt.date(2024, 3, 7)


def test_infer_publication_date_needs_evidence():
    day, conf, reason = infer_publication_date("Rebels attacked on Tuesday. It was cold.")
    assert day is None and conf == 0.0 and reason


SPAN_TEXT = ("Rebels shelled the port on Monday. The ministry said on Wednesday that talks "
             "would resume next week. The 30-day truce collapsed. Nothing else happened.")


def test_date_for_span_prefers_inside_then_sentence():
    tx = extract_timexes(SPAN_TEXT, ANCHOR)
    first = SPAN_TEXT.index("Rebels")
    assert date_for_span(tx, SPAN_TEXT, first, first + 33).text == "Monday"
    talks = SPAN_TEXT.index("talks")
    assert date_for_span(tx, SPAN_TEXT, talks, talks + 32).text == "next week"
    verb = SPAN_TEXT.index("said")
    assert date_for_span(tx, SPAN_TEXT, verb, verb + 4).text == "Wednesday"


def test_date_for_span_never_returns_durations_or_nothing():
    tx = extract_timexes(SPAN_TEXT, ANCHOR)
    truce = SPAN_TEXT.index("The 30-day")
    assert date_for_span(tx, SPAN_TEXT, truce, truce + 28) is None
    last = SPAN_TEXT.index("Nothing")
    assert date_for_span(tx, SPAN_TEXT, last, len(SPAN_TEXT)) is None
    assert date_for_span([], SPAN_TEXT, 0, 10) is None
    assert date_for_span(tx, SPAN_TEXT, 10, 5) is None


# --- rules added in the second pass (anchor 2021-03-17 is a Wednesday) ---------------

@pytest.mark.parametrize("text,needle,iso", [
    # present tense: the day named is today or ahead
    ("Envoys from both militias meet on Friday in Tarvos.", "Friday", "2021-03-19"),
    # "as early as" / "as soon as" look ahead even after a past verb
    ("The convoy could reach the border as early as Friday.", "Friday", "2021-03-19"),
    ("Officials said the talks would resume as soon as Monday.", "Monday", "2021-03-22"),
    # "scheduled"/"planned" look ahead although they end in -ed
    ("The ministry has scheduled a briefing Thursday on the ceasefire.", "Thursday",
     "2021-03-18"),
    # "next to" is a place, not a future cue
    ("A shell landed next to the hospital in Dorva on Monday.", "Monday", "2021-03-15"),
    # a possessive weekday in a present-tense sentence stays in the past
    ("Monday's shelling is the worst since the truce.", "Monday", "2021-03-15"),
])
def test_weekday_tense_cues(text, needle, iso):
    assert one(text, needle).date_start == iso


@pytest.mark.parametrize("text,value", [
    ("Rebels regrouped over the weekend near the pass.", "2021-W10-WE"),
    ("Traders closed positions ahead of the weekend.", "2021-W11-WE"),
])
def test_the_weekend(text, value):
    assert one(text, "the weekend").value == value


@pytest.mark.parametrize("text,needle,value,kind", [
    ("Arms exports rose 4% for the year, the ministry said.", "the year", "2021", "date"),
    ("The arms maker earned $3 million for the year ended June 30.", "the year", "P1Y",
     "duration"),
    ("Profit fell in the year-ago period.", "year-ago", "2019-Q4", "date"),  # Q4 2020 a year back
    ("Sales in the latest period rose 5%.", "latest period", "2020-Q4", "date"),
    ("Losses were cut in the third quarter, compared with a year-earlier loss.",
     "year-earlier", "2020-Q3", "date"),
    ("The company expects a loss for the current fiscal year.", "fiscal year", "2021", "date"),
    ("The deal should close by year-end.", "year-end", "2021-12-31", "date"),
    ("The index has fallen 8% since year-end.", "year-end", "2020-12-31", "date"),
    ("Fighting has intensified in recent weeks.", "recent weeks", "PXW", "duration"),
])
def test_definite_and_financial_references(text, needle, value, kind):
    t = one(text, needle)
    assert (t.value, t.kind) == (value, kind)


def test_the_year_before_a_number_is_left_to_the_year():
    tx = extract_timexes("The war ended in the year 1995.", ANCHOR)
    assert [t.value for t in tx] == ["1995"]


@pytest.mark.parametrize("text,value", [
    # a deadline month lies ahead even in a past-tense sentence
    ("The lenders agreed to extend the loans through January.", "2022-01"),
    ("The militia was expected to disarm by February.", "2022-02"),
    # "are expected to" is a future cue (not cut by "to")
    ("The observers are expected to arrive in April.", "2021-04"),
])
def test_month_deadline_and_expected(text, value):
    tx = extract_timexes(text, ANCHOR)
    assert [t.value for t in tx if t.precision == "month" or (t.value or "").count("-") == 1] \
        == [value]


@pytest.mark.parametrize("text,needle,iso", [
    # a past reference to a holiday: the latest one on or before the anchor
    ("The ferry sank on Thanksgiving Day, survivors said.", "Thanksgiving", "2020-11-26"),
    ("Shelling stopped briefly last Christmas.", "Christmas", "2020-12-25"),
    # future: the next one
    ("Both sides will observe a truce on Easter Sunday.", "Easter Sunday", "2021-04-04"),
    ("The rebels promised to free the hostages by New Year's Day.", "New Year's Day",
     "2022-01-01"),
])
def test_holidays(text, needle, iso):
    assert one(text, needle).value == iso       # "by ...": a range ending there


def test_holiday_needs_capital_letter():
    assert not [t for t in extract_timexes("they wrapped christmas gifts", ANCHOR)
                if "christmas" in t.text]


def test_easter_dates():
    from polemos.temporal.dates import easter
    assert [easter(y).isoformat() for y in (1998, 2000, 2024)] == \
        ["1998-04-12", "2000-04-23", "2024-03-31"]


@pytest.mark.parametrize("text,needle,value", [
    ("The siege lasted 5 1/2 hours.", "5 1/2 hours", "PT5H30M"),
    ("The blockade has lasted two and a half years.", "two and a half years", "P2Y6M"),
    ("Gunfire went on for a minute and a half.", "a minute and a half", "PT1M30S"),
    ("Troops may be deployed within weeks.", "weeks", "PXW"),
    ("Supplies may run short in the weeks ahead.", "the weeks ahead", "PXW"),
    ("Over the years the border has moved twice.", "the years", "PXY"),
])
def test_fractional_and_vague_durations(text, needle, value):
    t = one(text, needle)
    assert (t.value, t.kind) == (value, "duration")


def test_year_before_ordinal_quarter():
    t = one("Arms sales fell in the 2019 second quarter.", "quarter")
    assert (t.text, t.value) == ("the 2019 second quarter", "2019-Q2")


@pytest.mark.parametrize("text,needle,start,end", [
    # "since" + a date: the start of a span up to now lies in the past, whatever the tense
    ("The siege has gone on since October 4.", "October 4", "2020-10-04", "2021-03-17"),
    ("Shelling has not stopped since March 20.", "March 20", "2020-03-20", "2021-03-17"),
    ("The border has been closed since Friday.", "Friday", "2021-03-12", "2021-03-17"),
    ("Prices have risen since June.", "June", "2020-06-01", "2021-03-17"),
])
def test_since_a_date_looks_back(text, needle, start, end):
    t = one(text, needle)
    assert (t.date_start, t.date_end) == (start, end)


def test_until_a_date_still_looks_ahead():
    t = one("The ceasefire holds until March 20.", "March 20")
    assert t.date_start == "2021-03-20"
