"""Event-typing backends, chosen by name (a small registry, as spaCy registers
components). Every backend takes the trigger candidates of one parsed sentence and
returns them typed (and possibly fewer); roles, status, place and date are shared."""
from __future__ import annotations

import logging
from typing import Any, Protocol

from .lexicon import Entry
from .triggers import Candidate

log = logging.getLogger(__name__)


class Backend(Protocol):
    name: str

    def classify(self, doc: Any, cands: list[Candidate]) -> list[Candidate]: ...


class RulesBackend:
    """Types from the lexicon and its dependency constraints (data/triggers.json)."""
    name = "rules"

    def classify(self, doc: Any, cands: list[Candidate]) -> list[Candidate]:
        for c in cands:
            # weak nouns ("operation", "conflict") passed a context check but stay less sure
            c.score = 0.75 if c.entry.weak else 0.95
        return cands


class EmbeddingsBackend:
    """Types from sentence embeddings of the trigger's clause (MiniLM, int8 ONNX)
    compared with labelled prototypes (data/prototypes.json), the rules' type counting
    as a prior. A candidate sentence with no lexicon trigger is typed too (its main
    verb becomes the trigger) when it is close enough to some prototype. Falls back to
    the rules with a warning, once, when the model files are not installed."""
    name = "embeddings"
    sentence_level = True
    # Similarity bonus of the rules' own type: the lexicon is precise when it fires, the
    # prototypes fill its gaps (0.1 on the even half of the PLOVER GSR dev set: 0 gave macro-F1 0.61, 0.06 0.74, 0.1-0.15 0.86).
    RULE_PRIOR = 0.1
    # A trigger-less sentence is kept only above this similarity to its best type's
    # prototypes (MiniLM cosine; unrelated news sentences score ~0.2-0.35 here).
    MIN_SENTENCE_SIM = 0.5

    def __init__(self) -> None:
        self._clf: Any = None
        self._failed = False
        self._rules = RulesBackend()

    def _classifier(self) -> Any:
        if self._clf is None and not self._failed:
            from .embeddings import PrototypeClassifier, ModelMissing
            try:
                self._clf = PrototypeClassifier.load()
            except ModelMissing as exc:
                self._failed = True
                log.warning("embeddings backend unavailable (%s); using rules", exc)
        return self._clf

    def classify(self, doc: Any, cands: list[Candidate]) -> list[Candidate]:
        clf = self._classifier()
        if clf is None:
            return self._rules.classify(doc, cands)
        from .embeddings import clause_text, sentence_trigger
        if not cands:
            v = sentence_trigger(doc)
            if v is None:
                return []
            sc = clf.scores([doc.text])[0]
            typ = max(sc, key=sc.get)
            if sc[typ] < self.MIN_SENTENCE_SIM:
                return []
            entry = Entry(type=typ, mode=None)
            return [Candidate(v, v, typ, None, entry, v.i, v.i + 1, score=round(min(1.0, sc[typ]), 3))]
        for c, sc in zip(cands, clf.scores([clause_text(c) for c in cands])):
            if c.must_req:
                c.score = 0.9
                continue
            sc[c.type] = sc.get(c.type, 0.0) + self.RULE_PRIOR
            typ = max(sc, key=sc.get)
            if typ != c.type:
                alt_modes = {a["type"]: a.get("mode") for a in c.entry.alts}
                c.mode = alt_modes.get(typ) if typ in alt_modes else (
                    c.entry.mode if typ == c.entry.type else None)
                c.type = typ
            c.score = round(max(0.2, min(1.0, sc[typ])), 3)
        return cands


BACKENDS: dict[str, Any] = {"rules": RulesBackend(), "embeddings": EmbeddingsBackend()}


def get_backend(name: str | None) -> Any:
    from . import DEFAULT_BACKEND
    key = name or DEFAULT_BACKEND
    if key not in BACKENDS:
        raise ValueError(f"unknown event backend {key!r}; valid backends: "
                         f"{', '.join(sorted(BACKENDS))}")
    return BACKENDS[key]
