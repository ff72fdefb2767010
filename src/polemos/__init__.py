"""Polemos: conflict news in, a traceable, geocoded, dated event record out."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["analyze_text", "open_store", "__version__"]


def analyze_text(text, published=None, url=None, title=None, clean=True, backend=None):
    """One article through every per-document stage; see polemos.pipeline.analyze_text."""
    from .pipeline import analyze_text as _analyze_text
    return _analyze_text(text, published=published, url=url, title=title, clean=clean,
                         backend=backend)


def open_store(path="polemos-store"):
    """The embedded store used by the CLI (created on first use)."""
    from .store import open_store as _open_store
    return _open_store(path)
