"""The same per-document stage code gives the same records in every runner."""
import json

import pytest

from polemos.cli import main

ARTICLES = {
    "a.txt": "Houthi forces fired two missiles at a cargo ship in the Red Sea on Monday, the "
             "ship's operator said. No crew members were hurt, it added.",
    "b.txt": "Police arrested twelve protesters in the capital on Saturday after a march "
             "against rising fuel prices turned violent, officials said.",
    "c.txt": "The two governments signed a prisoner exchange agreement in Doha on Friday "
             "after months of talks mediated by Qatar.",
}


def _documents(store, capsys):
    capsys.readouterr()
    main(["export", "documents", "--store", str(store)])
    recs = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    return sorted((r["doc_id"], r["status"], r["published"], r["body"]) for r in recs)


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for name, text in ARTICLES.items():
        (d / name).write_text(text)
    return d


@pytest.mark.parametrize("extra", [["--workers", "2"], ["--engine", "dask", "--workers", "1"]])
def test_runner_gives_same_records(folder, tmp_path, capsys, extra):
    assert main(["analyze", str(folder), "--store", str(tmp_path / "one"), "--quiet"]) == 0
    assert main(["analyze", str(folder), "--store", str(tmp_path / "two"), "--quiet"] + extra) == 0
    one, two = _documents(tmp_path / "one", capsys), _documents(tmp_path / "two", capsys)
    assert len(one) == 3 and one == two


def test_unknown_engine_is_user_error(folder, tmp_path, capsys):
    assert main(["analyze", str(folder), "--store", str(tmp_path / "s"), "--engine", "spark"]) == 2
    assert "invalid choice" in capsys.readouterr().err
