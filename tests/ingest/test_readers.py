import gzip
import io
import json

import pytest

from polemos.model import RawInput, Rejection
from polemos.ingest.readers import read_inputs


def _read(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_inputs([str(path)]))


def test_plain_text(tmp_path):
    [item] = _read(tmp_path, "a.txt", "Troops advanced on the town.".encode())
    assert isinstance(item, RawInput) and item.kind == "text"


def test_encoding_detected_not_assumed(tmp_path):
    text = "Les forces armées ont repris la ville après des combats acharnés près de la frontière."
    [item] = _read(tmp_path, "fr.txt", text.encode("cp1252"))
    assert isinstance(item, RawInput) and "armées" in item.content


def test_utf16_with_bom(tmp_path):
    [item] = _read(tmp_path, "u.txt", "Shelling resumed at dawn.".encode("utf-16"))
    assert isinstance(item, RawInput) and item.content.strip() == "Shelling resumed at dawn."


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("img.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "binary"),
    ("bin.dat", bytes(range(256)) * 20, "binary"),
    ("trunc.txt.gz", gzip.compress(b"Fighting continued overnight." * 50)[:40], "gzip"),
    ("broken.txt", "Talks resumed — officials said.".encode() + b"\xc3\x28 more text", "invalid UTF-8"),
    ("list.json", b"[1, 2, 3]", "no objects"),
    ("scalar.json", b"42", "not an object"),
    ("bad.json", b"{\"text\": ", "invalid JSON"),
    ("notext.json", b"{\"title\": \"x\"}", "no 'text'"),
])
def test_bad_inputs_rejected_with_reason(tmp_path, name, data, reason):
    items = _read(tmp_path, name, data)
    assert items and all(isinstance(i, Rejection) for i in items)
    assert reason in items[0].reason and "\n" not in items[0].reason


def test_jsonl_one_item_per_line_bad_line_rejected(tmp_path):
    lines = [json.dumps({"text": "Rebels shelled the port.", "url": "http://x/1", "outlet": "X"}),
             "{broken", json.dumps({"html": "<p>Aid convoy reached the city.</p>"})]
    items = _read(tmp_path, "a.jsonl", "\n".join(lines).encode())
    assert [type(i).__name__ for i in items] == ["RawInput", "Rejection", "RawInput"]
    assert items[0].meta["outlet"] == "X" and items[2].kind == "html"


def test_large_file_rejected(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    [item] = list(read_inputs([str(path)]))
    assert isinstance(item, Rejection) and "too large" in item.reason


def test_folder_recursive_sorted(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Second article text here.")
    (tmp_path / "a.txt").write_text("First article text here.")
    items = list(read_inputs([str(tmp_path)]))
    assert [i.source.rsplit("/", 1)[-1] for i in items] == ["a.txt", "b.txt"]


def test_rss_feed(tmp_path):
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
    <item><title>Port shelled</title><link>http://ex/1</link>
    <pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate>
    <description>Rebels shelled the port city on Monday, officials said.</description></item>
    </channel></rss>"""
    [item] = _read(tmp_path, "feed.xml", feed.encode())
    assert isinstance(item, RawInput)
    assert item.meta["published"] == "2024-01-02" and item.meta["outlet"] == "Example Wire"


def _warc_bytes(pages):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html),
                                                      http_headers=headers))
    return buf.getvalue()


def test_warc_records(tmp_path):
    data = _warc_bytes([("http://ex/a", b"<html><body><p>Talks resumed.</p></body></html>"),
                        ("http://ex/b", b"<html><body><p>Ceasefire broke.</p></body></html>")])
    items = _read(tmp_path, "crawl.warc.gz", data)
    assert [i.url for i in items] == ["http://ex/a", "http://ex/b"]


def test_truncated_warc_rejected(tmp_path):
    data = _warc_bytes([("http://ex/a", b"<html><body><p>Talks resumed.</p></body></html>" * 200)])
    items = _read(tmp_path, "cut.warc.gz", data[: len(data) // 2])
    assert any(isinstance(i, Rejection) and "WARC" in i.reason for i in items)


def test_web_page_with_broken_bytes_is_kept(tmp_path):
    html = "<html><body><p>Talks resumed — officials said.</p></body></html>".encode()
    [item] = _read(tmp_path, "page.html", html.replace(b"said", b"sa\xffid"))
    assert isinstance(item, RawInput) and "\ufffd" in item.content
