from polemos.ingest.clean import BODY, BOILER, SHORT, classify_line, clean_scraped


def test_keeps_every_article_sentence(scraped_article):
    body = clean_scraped(scraped_article).body
    for sentence in ("The regional governor said repair crews were working through the night.",
                     "Talks on a prisoner exchange stalled earlier this week",
                     "Engineers expect the plant to resume partial operation within ten days."):
        assert sentence in body


def test_drops_furniture(scraped_article):
    result = clean_scraped(scraped_article)
    for junk in ("Advertisement", "Google News", "share", "Read: Drone", "Image Credit",
                 "Comments have to be", "Leave a Reply", "Required fields", "trackingcdn"):
        assert junk not in result.body, junk
    dropped = {reason for _, reason in result.dropped}
    assert {"crosslink", "image", "share"} <= dropped


def test_section_heading_kept_between_paragraphs(scraped_article):
    assert "\n\nEnergy front\n\n" in clean_scraped(scraped_article).body


def test_stray_tag_line_dropped(scraped_article):
    paragraphs = clean_scraped(scraped_article).body.split("\n\n")
    assert "Ukraine" not in paragraphs


def test_standfirst_repeated_in_body_kept_once(scraped_article):
    body = clean_scraped(scraped_article).body
    assert body.count("cutting electricity to thousands of homes") == 1


def test_title_byline_and_date(scraped_article):
    result = clean_scraped(scraped_article)
    assert result.title == "Shelling hits power plant near Kharkiv as talks stall"
    assert result.author == ["Olena Marchuk"]
    assert result.published.isoformat() == "2024-03-04"


def test_dateline_wire_and_outlet(wire_article):
    result = clean_scraped(wire_article)
    assert result.dateline == "Khartoum"
    assert result.wire == ["Reuters"]
    assert result.outlet == "ExampleNews.com"
    assert result.author == ["Amina Idris"]
    assert result.published.isoformat() == "2024-05-02"
    assert result.body.startswith("Sudan's army said on Thursday")


def test_comment_section_after_end_marker_dropped():
    text = ("Rebels seized the town of Goma after two days of fighting, officials said on "
            "Monday.\n\nThe United Nations said thousands of people had fled towards the "
            "border overnight.\n\nComments\n\nGreat article, thanks for sharing the news "
            "with all of us here today.\n")
    body = clean_scraped(text).body
    assert "Great article" not in body and "thousands of people had fled" in body


def test_reading_time_and_syndication_lines():
    assert classify_line("3 minutes, 29 seconds Read").label == BOILER
    assert classify_line("5 min read").label == BOILER
    line = classify_line("(Except for the headline, this story has not been edited by "
                         "Example staff and is published from a syndicated feed.)")
    assert line.label == BOILER


def test_labels_of_plain_lines():
    assert classify_line("Intensive fire").label == SHORT
    assert classify_line("The army said it had retaken the village after a night of "
                         "fighting.").label == BODY
    assert classify_line("0 / 0").label == BOILER


def test_text_without_paragraphs_is_kept():
    body = clean_scraped("Ceasefire holds\nBoth sides report calm\n").body
    assert "Both sides report calm" in body
