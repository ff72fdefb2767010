"""The embeddings backend's prototype data and its sentence-level typing."""
from __future__ import annotations

import json

import pytest

from polemos.events.lexicon import DATA_DIR, PLOVER_TYPES


def test_prototypes_cover_every_type_with_25_examples():
    protos = json.loads((DATA_DIR / "prototypes.json").read_text(encoding="utf-8"))
    types = {k for k in protos if not k.startswith("_")}
    assert types == set(PLOVER_TYPES)
    for t in types:
        assert len(protos[t]) >= 25, t
        assert len(set(protos[t])) == len(protos[t]), f"duplicate prototype in {t}"


def test_lexicon_is_consistent():
    from polemos.events.lexicon import validate
    assert validate() == []


def _classifier():
    from polemos.events.embeddings import ModelMissing, PrototypeClassifier
    try:
        return PrototypeClassifier.load()
    except ModelMissing:
        pytest.skip("MiniLM model not installed")


def test_embeddings_types_plain_sentences():
    clf = _classifier()
    preds = clf.predict(["Gunmen opened fire on a bus and killed six passengers.",
                         "The two foreign ministers met in Nairobi to discuss the war."])
    assert [p[0] for p in preds] == ["ASSAULT", "CONSULT"]


def test_embeddings_backend_types_sentence_without_lexicon_trigger(extract):
    _classifier()
    # "forces" passes the prefilter (a form of the verb "force") but no rule fires:
    # only the embeddings backend types the sentence, from its main verb
    text = "Thousands of farmers gathered outside parliament and chanted slogans against the security forces."
    assert extract(text, backend="rules") == []
    emb = extract(text, backend="embeddings")
    assert [m.type for m in emb] == ["PROTEST"] and emb[0].trigger == "gathered"
