from polemos.ingest.document import build_document, content_id, plausible_date
from polemos.ingest.readers import digest
from polemos.model import Document, RawInput, Rejection


def _raw(text, kind="text", **meta):
    return RawInput(source="t", kind=kind, content=text, raw_hash=digest(text.encode()),
                    url=meta.get("url"), meta=meta)


def test_scraped_text_document(scraped_article):
    doc = build_document(_raw(scraped_article))
    assert isinstance(doc, Document)
    assert doc.published == "2024-03-04" and doc.published_source == "text"
    assert 0 < doc.published_confidence <= 1 and doc.language == "en"
    assert doc.doc_id == content_id(doc.body)


def test_container_metadata_wins(wire_article):
    doc = build_document(_raw(wire_article, published="2024-05-03", outlet="Other Paper",
                              title="Given title"))
    assert (doc.published, doc.published_source) == ("2024-05-03", "metadata")
    assert doc.outlet == "Other Paper" and doc.title == "Given title"


def test_mojibake_repaired():
    text = ("The corridor \ufffd a mountain road \ufffd was blocked for weeks, officials said.\n"
            "Residents didnâ€™t receive supplies until the convoy arrived on Friday morning.")
    doc = build_document(_raw(text))
    assert "corridor – a mountain road – was" in doc.body
    assert "didn’t" in doc.body


def test_html_page():
    html = ("<html><head><title>Port attacked</title>"
            "<meta property='article:published_time' content='2024-01-15T08:00:00Z'></head>"
            "<body><nav>Home | World | Sport</nav><article><h1>Port attacked</h1>"
            + "<p>Rebel drones struck the port city of Hodeidah on Sunday, officials said, "
              "damaging fuel tanks and a grain warehouse near the harbour.</p>" * 3
            + "</article><footer>© 2024 Example Ltd. All rights reserved.</footer></body></html>")
    doc = build_document(_raw(html, kind="html"))
    assert isinstance(doc, Document)
    assert "Hodeidah" in doc.body and "All rights reserved" not in doc.body
    assert doc.published == "2024-01-15" and doc.published_source == "metadata"


def test_deeply_nested_html_rejected_quickly():
    html = "<div>" * 100_000 + "text" + "</div>" * 100_000
    result = build_document(_raw(html, kind="html"))
    assert isinstance(result, Rejection) and "nested" in result.reason


def test_only_boilerplate_rejected():
    result = build_document(_raw("Advertisement\nShare\nLeave a Reply\n© 2024 Example"))
    assert isinstance(result, Rejection)


def test_implausible_dates_dropped():
    assert plausible_date("2999-01-01") is None
    assert plausible_date("1850-05-05") is None
    assert plausible_date("2020-02-30") is None
    assert plausible_date("2020-02-29").isoformat() == "2020-02-29"


def test_clean_false_keeps_text_verbatim():
    text = "Advertisement\nTroops crossed the river on Monday."
    doc = build_document(_raw(text), clean=False)
    assert doc.body == text
