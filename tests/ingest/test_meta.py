import datetime as dt

import pytest

from polemos.ingest.meta import parse_dateline, parse_meta_line, wires_in
from polemos.ingest.textdates import find_dates


@pytest.mark.parametrize("line,date,label", [
    ("date 2023-03-17 Example.com", "2023-03-17", "metadata"),
    ("Jane Roe Published March 17, 2023 | 08:56 PM", "2023-03-17", "published"),
    ("November 25, 2020 05:46 am | Updated 05:46 am IST - Lviv", "2020-11-25", "timestamp"),
    ("Published 07:40 IST, November 26th 2020", "2020-11-26", "published"),
    ("07:40 IST, November 26th 2020", "2020-11-26", "timestamp"),
])
def test_timestamp_lines(line, date, label):
    meta = parse_meta_line(line)
    assert meta is not None and meta.published == dt.date.fromisoformat(date)
    assert meta.label == label


def test_trailing_place_of_timestamp_is_dateline():
    assert parse_meta_line("May 3, 2024 10:00 am | Updated 11:00 am - Khartoum").dateline == "Khartoum"


def test_sentence_with_a_date_is_not_metadata():
    assert parse_meta_line("The army entered the town on November 25, 2020 after talks.") is None


@pytest.mark.parametrize("text,place,credits", [
    ("KYIV, Ukraine (AP) — Russian drones struck the capital.", "Kyiv", ["AP"]),
    ("MOSCOW (Outlet News / Sputnik - 17th March, 2023) Officials said.", "Moscow",
     ["Outlet News", "Sputnik"]),
    ("Goma, Jan 27 (Reuters) - Rebels entered the city.", "Goma", ["Reuters"]),
])
def test_datelines(text, place, credits):
    dl = parse_dateline(text)
    assert dl is not None and dl.place == place and dl.credits == credits


def test_no_dateline_in_ordinary_sentence():
    assert parse_dateline("Officials (who spoke anonymously) said the talks failed.") is None


def test_wire_from_reporting_not_image_credit():
    assert wires_in("An AFP correspondent in the city heard blasts.") == ["AFP"]
    assert wires_in("Residents told Reuters the shelling lasted hours.") == ["Reuters"]
    assert wires_in("(Image Credit: AP)") == []


def test_impossible_dates_skipped():
    assert find_dates("on February 30, 2023 and March 1, 2023") [0][2] == dt.date(2023, 3, 1)
