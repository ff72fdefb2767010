from polemos.ingest import dedup

STORY = ("Rebel fighters entered the eastern city on Tuesday after a week of heavy fighting, "
         "officials said. Thousands of residents fled towards the border as shells landed near "
         "the airport. The United Nations called for an immediate ceasefire and urged both "
         "sides to protect civilians. Aid agencies said hospitals were overwhelmed with wounded "
         "people and running short of medicine and fuel.")
OTHER = ("Parliament approved the budget on Wednesday after a long debate over pensions and "
         "taxes. The finance minister said growth would reach three percent next year while "
         "opposition members walked out in protest against the spending cuts announced.")


def test_syndicated_copy_is_near_duplicate():
    copy = STORY.replace("on Tuesday", "on Tuesday, local media reported")
    assert dedup.jaccard(dedup.signature(STORY), dedup.signature(copy)) >= dedup.NEAR_DUPLICATE_JACCARD


def test_different_story_is_not():
    assert dedup.jaccard(dedup.signature(STORY), dedup.signature(OTHER)) < 0.2


def test_lsh_band_collision_for_copies():
    a, b = dedup.signature(STORY), dedup.signature(STORY + " Officials gave no figures.")
    assert set(dedup.band_keys(a)) & set(dedup.band_keys(b))
