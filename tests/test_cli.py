"""The commands of the contract, run in-process on files written by the tests."""
import gzip
import json
import subprocess
import sys

import pytest

from polemos.cli import main


def _export(store, kind, capsys, fmt="jsonl"):
    capsys.readouterr()
    assert main(["export", kind, "--store", str(store), "--format", fmt]) == 0
    out = capsys.readouterr().out
    return [json.loads(line) for line in out.splitlines()] if fmt == "jsonl" else out


@pytest.fixture
def bad_folder(tmp_path, scraped_article, wire_article):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good1.txt").write_text(scraped_article)
    (d / "good2.txt").write_text(wire_article)
    (d / "copy.txt").write_text(wire_article.replace("ExampleNews.com", "Other.com"))
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    (d / "trunc.txt.gz").write_bytes(gzip.compress(wire_article.encode())[:50])
    (d / "trunc.warc.gz").write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")[:30])
    (d / "bad_utf8.txt").write_bytes("Shelling hit the port city on Monday, officials said "
                                     "— and aid convoys were delayed.".encode() + b"\xff\xfe")
    (d / "deep.html").write_text("<div>" * 100_000 + "x" + "</div>" * 100_000)
    (d / "list.json").write_text("[1, 2, 3]")
    (d / "notobject.jsonl").write_text('"just a string"\n{"text": "Rebels shelled the port '
                                       'city on Monday, officials said."}\n')
    big = d / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    return d


def test_every_input_accounted_for(bad_folder, tmp_path, capsys):
    store = tmp_path / "store"
    assert main(["analyze", str(bad_folder), "--store", str(store), "--quiet"]) == 0
    records = _export(store, "documents", capsys)
    statuses = [r["status"] for r in records]
    # 12 files, the JSONL holding 2 records: 13 inputs.
    assert len(records) == 13
    assert statuses.count("rejected") == 9
    reasons = " ".join(r["reason"] or "" for r in records)
    for why in ("empty", "binary", "gzip", "WARC", "invalid UTF-8", "nested", "too large",
                "not an object", "no objects"):
        assert why in reasons, why
    assert statuses.count("duplicate") == 1
    for r in records:
        if r["status"] == "rejected":
            assert r["reason"] and "\n" not in r["reason"] and "Traceback" not in r["reason"]
    dup = next(r for r in records if r["status"] == "duplicate")
    assert dup["duplicate_of"] in {r["doc_id"] for r in records if r["status"] == "ok"}


def test_rerun_is_idempotent(tmp_path, scraped_article, capsys):
    (tmp_path / "a.txt").write_text(scraped_article)
    store = str(tmp_path / "s")
    main(["analyze", str(tmp_path / "a.txt"), "--store", store])
    first = _export(store, "documents", capsys)
    main(["analyze", str(tmp_path / "a.txt"), "--store", store])
    err = capsys.readouterr().err
    assert "(0 new)" in err
    assert _export(store, "documents", capsys) == first


def test_user_errors_are_one_line(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "missing"), "--store", str(tmp_path / "s")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("polemos: error:") and "\n" not in err
    assert main(["export", "events", "--store", str(tmp_path / "nostore")]) == 2
    assert "polemos analyze" in capsys.readouterr().err
    assert main(["export", "bogus"]) == 2
    assert main(["analyze", str(tmp_path), "--store", str(tmp_path / "s"), "--backend", "gpt"]) == 2
    assert "rules" in capsys.readouterr().err
    assert main(["timeline", "--store", str(tmp_path / "s"), "--since", "yesterday"]) == 2


def test_export_formats(tmp_path, wire_article, capsys):
    (tmp_path / "a.txt").write_text(wire_article)
    store = str(tmp_path / "s")
    main(["analyze", str(tmp_path / "a.txt"), "--store", store, "--quiet"])
    csv_out = _export(store, "documents", capsys, fmt="csv")
    assert csv_out.splitlines()[0].startswith("doc_id,path,url,status")
    out = tmp_path / "docs.parquet"
    assert main(["export", "documents", "--store", store, "--format", "parquet",
                 "--output", str(out)]) == 0
    import pyarrow.parquet as pq
    assert pq.read_table(out).num_rows == 1


def test_stdin_and_module_entry(tmp_path, wire_article):
    proc = subprocess.run([sys.executable, "-m", "polemos", "analyze", "-", "--store",
                           str(tmp_path / "s")], input=wire_article.encode(),
                          capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"1 ok" in proc.stderr


def test_run_cut_before_merging_is_finished_by_rerun(tmp_path, wire_article, capsys):
    (tmp_path / "a.txt").write_text(wire_article)
    store = str(tmp_path / "s")
    main(["analyze", str(tmp_path / "a.txt"), "--store", store, "--quiet"])
    events = _export(store, "events", capsys)
    from polemos.store.store import Store
    s = Store(store)
    with s.atomic() as c:  # as if the run had stopped after storing the article
        c.execute("DELETE FROM events")
        c.execute("UPDATE mentions SET event_id = NULL, data = json_remove(data, '$.event_id')")
    s.close()
    main(["analyze", str(tmp_path / "a.txt"), "--store", store, "--quiet"])
    assert _export(store, "events", capsys) == events
