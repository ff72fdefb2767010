"""The fixture articles (paraphrased or fictional, about other wars) through ingest."""
from pathlib import Path

import pytest

from polemos.ingest.document import build_document
from polemos.ingest.readers import read_inputs
from polemos.model import Document, Rejection

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def _docs(name):
    return [build_document(r) if not isinstance(r, Rejection) else r
            for r in read_inputs([str(ARTICLES / name)])]


@pytest.mark.parametrize("name,published", [
    ("ukraine_bakhmut.txt", "2023-05-21"), ("sudan_el_fasher.txt", "2024-06-10"),
    ("israel_gaza.txt", "2024-01-11"), ("mali_kidal.html", "2023-11-15"),
    ("ethiopia_tigray.txt", "2022-11-03"), ("drc_goma.txt", "2025-01-28"),
    ("kashmir_poonch.txt", "2024-03-08"), ("fr_burkina_djibo.txt", "2024-03-12"),
    ("ukraine_kherson_table.txt", "2024-08-05"),
])
def test_stated_publication_date_found(name, published):
    [doc] = _docs(name)
    assert isinstance(doc, Document) and doc.published == published
    assert doc.published_source in ("metadata", "text")


def test_cookie_page_is_rejected():
    [rej] = _docs("cookie_only.txt")
    assert isinstance(rej, Rejection) and "boilerplate" in rej.reason


def test_french_furniture_removed():
    [doc] = _docs("fr_burkina_djibo.txt")
    assert doc.language == "fr" and doc.wire == ["AFP"]
    for junk in ("Lire aussi", "Partager", "cookies", "Accueil >"):
        assert junk not in doc.body, junk
    assert "près de Djibo" in doc.body


def test_flattened_table_kept():
    [doc] = _docs("ukraine_kherson_table.txt")
    assert "Novovorontsovka" in doc.body and "\n\n14\n\n" in doc.body


def test_navigation_bar_is_not_the_title():
    sample = Path(__file__).resolve().parents[2] / "src" / "polemos" / "data" / "sample"
    [doc] = _docs(str(sample / "10_eurasia_digest.txt"))
    assert "|" not in (doc.title or "") and "Leninabad" in doc.title


@pytest.mark.parametrize("name", sorted(p.name for p in (ARTICLES / "bad").iterdir()))
def test_bad_fixture_inputs_rejected_with_reason(name):
    items = _docs(f"bad/{name}")
    assert any(isinstance(i, Rejection) for i in items)
    assert all(i.reason and "\n" not in i.reason for i in items if isinstance(i, Rejection))
