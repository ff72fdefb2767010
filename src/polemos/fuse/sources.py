"""Which documents are independent sources: syndicated copies of one story count once."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class SourceInfo:
    """What the fuse stage needs to know about a document (from the `documents` record)."""
    doc_id: str
    outlet: Optional[str] = None
    wire: list[str] = field(default_factory=list)
    duplicate_of: Optional[str] = None
    published: Optional[str] = None
    title: Optional[str] = None         # shown in the timeline when the outlet is unknown
    path: Optional[str] = None          # its file name is shown when neither is known


def _short(text: str, limit: int = 44) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,.;:-") + "..."


def source_label(doc_id: str, sources: Optional[dict[str, "SourceInfo"]] = None,
                 outlet: Optional[str] = None) -> str:
    """How a reader recognises a document: its outlet, else its title (shortened), else its
    file name, else the start of its id."""
    info = (sources or {}).get(doc_id)
    if outlet and outlet.strip():
        return outlet.strip()
    if info is not None:
        if info.outlet and info.outlet.strip():
            return info.outlet.strip()
        if info.title and info.title.strip():
            return '"' + _short(info.title) + '"'
        if info.path and info.path.strip():
            name = info.path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
            if name:
                return _short(name, 40)
    return f"doc {doc_id[:8]}"


def _norm(text: str) -> str:
    return " ".join(text.lower().replace(".", "").split())


def root_doc(doc_id: str, sources: dict[str, SourceInfo]) -> str:
    """Follow ``duplicate_of`` to the first copy (bounded: a cycle cannot hang us)."""
    seen = {doc_id}
    cur = doc_id
    for _ in range(32):
        info = sources.get(cur)
        if info is None or not info.duplicate_of or info.duplicate_of in seen:
            break
        cur = info.duplicate_of
        seen.add(cur)
    return cur


def source_key(doc_id: str, sources: dict[str, SourceInfo], outlet: Optional[str] = None) -> str:
    """The independent source behind a document.

    A near-duplicate counts as its original; a story carrying a wire agency's credit
    counts as that agency (the outlets reprinting an AFP story are one source, AFP);
    otherwise the outlet (one outlet's several articles are one voice), else the document.
    """
    root = root_doc(doc_id, sources)
    info = sources.get(root) or sources.get(doc_id)
    if info is not None and info.wire:
        wires = sorted(_norm(w) for w in info.wire if w and w.strip())
        if wires:
            return "wire:" + wires[0]
    name = (info.outlet if info is not None and info.outlet else None) or outlet
    if name and name.strip():
        return "outlet:" + _norm(name)
    return "doc:" + root
