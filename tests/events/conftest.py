from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from polemos.nlp import load_nlp
    return load_nlp()


@pytest.fixture
def extract(nlp):
    from polemos.events import extract_mentions

    def run(text, backend="rules", **kw):
        kw.setdefault("timexes", [])
        kw.setdefault("places", [])
        kw.setdefault("published", None)
        return extract_mentions(text, doc_id="t", nlp=nlp, backend=backend, **kw)
    return run
