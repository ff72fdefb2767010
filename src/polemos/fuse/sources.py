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
