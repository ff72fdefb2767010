"""An undated article takes the stated date of a copy of the same story, and its relative
dates follow (text written for this test)."""
from __future__ import annotations

import json

import polemos

STORY = ("Rebel commanders and army officers signed a truce in Goma on Thursday after a week "
         "of fighting around the airport, a mediator said. Under the deal, both sides are to "
         "pull heavy weapons back from the front line within three days and to exchange "
         "prisoners before the end of the month. On March 4, artillery fire hit a market "
         "in the north of the city, killing six people, according to hospital staff. "
         "Aid agencies said thousands of families had fled towards the Rwandan border since "
         "the start of the year, and that food prices had doubled in 2023.\n")


def _events_by_trigger(store) -> dict[str, str]:
    out = {}
    for m in store.mentions():
        out.setdefault(m["trigger"], m.get("date_start"))
    return out


def test_undated_original_is_dated_by_its_dated_copy(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a_original.txt").write_text(STORY, encoding="utf-8")
    copy = {"text": "Truce signed in Goma\n\n" + STORY, "published": "2024-03-07",
            "outlet": "Lakes Wire"}
    (src / "b_copy.jsonl").write_text(json.dumps(copy) + "\n", encoding="utf-8")
    store = polemos.open_store(tmp_path / "store")
    store.analyze([str(src)], quiet=True)
    docs = {d["path"].split("/")[-1].split("#")[0]: d for d in store.documents()}
    orig, dup = docs["a_original.txt"], docs["b_copy.jsonl"]
    assert dup["status"] == "duplicate" and dup["duplicate_of"] == orig["doc_id"]
    assert orig["published"] == "2024-03-07" and orig["published_source"] == "inferred"
    # "signed a truce ... on Thursday" is the Thursday of the copy's date in both
    dates = {(m["doc_id"], m["trigger"]): m["date_start"] for m in store.mentions()}
    assert dates[(orig["doc_id"], "signed")] == "2024-03-07"
    assert dates[(dup["doc_id"], "signed")] == "2024-03-07"
    # and the merged event carries one date, no conflict about it
    truce = [e for e in store.events() if any(m["trigger"] == "signed" for m in e["mentions"])]
    assert len(truce) == 1 and truce[0]["date_start"] == "2024-03-07"
    assert not [c for c in truce[0]["conflicts"] if c["field"] == "date"]


def test_undated_copy_takes_the_date_of_its_dated_original(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    orig = {"text": STORY, "published": "2024-03-07", "outlet": "Lakes Wire"}
    (src / "a_original.jsonl").write_text(json.dumps(orig) + "\n", encoding="utf-8")
    (src / "b_copy.txt").write_text("Truce signed in Goma\n\n" + STORY, encoding="utf-8")
    store = polemos.open_store(tmp_path / "store")
    store.analyze([str(src)], quiet=True)
    docs = {d["path"].split("/")[-1].split("#")[0]: d for d in store.documents()}
    assert docs["b_copy.txt"]["status"] == "duplicate"
    assert docs["b_copy.txt"]["published"] == "2024-03-07"
    assert docs["a_original.jsonl"]["published_source"] == "metadata"
