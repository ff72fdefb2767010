"""Event-typing backends, chosen by name (a small registry, as spaCy registers
components). Every backend takes the trigger candidates of one parsed sentence and
returns them typed (and possibly fewer); roles, status, place and date are shared."""
from __future__ import annotations

import logging
from typing import Any, Protocol

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
    compared with labelled prototypes (data/prototypes.json). Falls back to the rules
    with a warning, once, when the model files are not installed."""
    name = "embeddings"

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
        from .embeddings import clause_text
        preds = clf.predict([clause_text(c) for c in cands])
        for c, (typ, score) in zip(cands, preds):
            if typ != c.type:
                alt_modes = {a["type"]: a.get("mode") for a in c.entry.alts}
                c.mode = alt_modes.get(typ) if typ in alt_modes else (
                    c.entry.mode if typ == c.entry.type else None)
                c.type = typ
            c.score = score
        return cands


BACKENDS: dict[str, Any] = {"rules": RulesBackend(), "embeddings": EmbeddingsBackend()}


def get_backend(name: str | None) -> Any:
    from . import DEFAULT_BACKEND
    key = name or DEFAULT_BACKEND
    if key not in BACKENDS:
        raise ValueError(f"unknown event backend {key!r}; valid backends: "
                         f"{', '.join(sorted(BACKENDS))}")
    return BACKENDS[key]
