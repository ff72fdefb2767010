"""Re-merge the store's mentions into events after new documents arrive."""
from __future__ import annotations

import json
import logging

from .store.store import Store

log = logging.getLogger(__name__)


def sources(store: Store) -> dict:
    from .fuse import SourceInfo
    out = {}
    for row in store.document_rows():
        if row["status"] == "rejected":
            continue
        out[row["doc_id"]] = SourceInfo(doc_id=row["doc_id"], outlet=row["outlet"],
                                        wire=json.loads(row["wire"]),
                                        duplicate_of=row["duplicate_of"],
                                        published=row["published"], title=row["title"],
                                        path=row["path"])
    return out


def refuse(store: Store) -> int:
    """Merge mentions not yet in an event into the existing events (incremental)."""
    from .fuse import fuse

    new = store.unmerged_mentions()
    if not new:
        return 0
    existing = store.load_events()
    events = fuse(new, sources(store), existing=existing)
    store.replace_events(events)
    return len(events)
