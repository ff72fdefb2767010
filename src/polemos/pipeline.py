"""Wires the stages: read -> build document -> annotate -> dedup -> store -> fuse."""
from __future__ import annotations

import hashlib
import logging
import sys
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Optional, Union

from .annotate import annotate
from .fuse_step import refuse
from .ingest import dedup
from .ingest.document import build_document
from .ingest.readers import read_inputs
from .model import Document, RawInput, Rejection
from .store.store import Store

log = logging.getLogger(__name__)
Result = Union[Document, Rejection]
BATCH = 16


@dataclass
class RunSummary:
    inputs: int = 0
    ok: int = 0
    duplicate: int = 0
    rejected: int = 0
    new: int = 0
    events: int = 0
    rejections: list[tuple[str, str]] = field(default_factory=list)

    def count(self, status: str) -> None:
        self.inputs += 1
        setattr(self, status, getattr(self, status) + 1)

    def line(self) -> str:
        return (f"{self.inputs} inputs: {self.ok} ok, {self.duplicate} duplicate, "
                f"{self.rejected} rejected ({self.new} new); {self.events} events in the store")


def process_batch(raws: list[RawInput], backend: Optional[str] = None) -> list[Result]:
    """Per-document stages for a batch; pure function of its input (runs in workers)."""
    built = [build_document(r) for r in raws]
    docs = [d for d in built if isinstance(d, Document)]
    try:
        annotate(docs, backend)
    except Exception as exc:  # a stage bug must not lose the batch: keep the documents
        log.error("annotation failed for a batch (%s: %s); documents kept without "
                  "annotations", type(exc).__name__, exc)
        for d in docs:
            d.mentions = []
    return built


def analyze_text(text: str, published: Optional[str] = None, url: Optional[str] = None,
                 title: Optional[str] = None, clean: bool = True,
                 backend: Optional[str] = None) -> Document:
    """One article through every per-document stage (no store, no merge)."""
    from .errors import UserError
    from .ingest.readers import digest

    meta: dict[str, Any] = {k: v for k, v in (("published", published), ("url", url),
                                              ("title", title)) if v}
    raw = RawInput(source="<text>", kind="text", content=text,
                   raw_hash=digest(text.encode("utf-8", "replace")), url=url, meta=meta)
    doc = build_document(raw, clean=clean)
    if isinstance(doc, Rejection):
        raise UserError(f"text rejected: {doc.reason}")
    annotate([doc], backend)
    return doc


def _rejection_id(rej: Rejection) -> str:
    return hashlib.sha256(f"{rej.source}\x00{rej.raw_hash}".encode()).hexdigest()[:16]


def _batches(items: Iterable[Union[RawInput, Rejection]], store: Store, summary: RunSummary
             ) -> Iterator[list[RawInput]]:
    batch: list[RawInput] = []
    for item in items:
        seen = store.seen_input(item.source, item.raw_hash)
        if seen:
            summary.count(seen[1])  # unchanged input: same state as last run
            continue
        if isinstance(item, Rejection):
            store.put_rejection(item, _rejection_id(item))
            summary.count("rejected")
            summary.new += 1
            summary.rejections.append((item.source, item.reason))
            continue
        batch.append(item)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _store_result(store: Store, result: Result, summary: RunSummary,
                  backend: Optional[str] = None) -> None:
    summary.new += 1
    if isinstance(result, Rejection):
        store.put_rejection(result, _rejection_id(result))
        summary.count("rejected")
        summary.rejections.append((result.source, result.reason))
        return
    doc = result
    if store.has_document(doc.doc_id):
        # The same text from another source: kept as its own record, pointing at the first.
        doc.duplicate_of = doc.doc_id
        doc.doc_id = hashlib.sha256(f"{doc.doc_id}\x00{doc.path}".encode()).hexdigest()[:16]
        doc.status = "duplicate"
        sig, keys = None, []
    else:
        sig = dedup.signature(doc.body)
        keys = dedup.band_keys(sig)
        match = dedup.best_match(sig, store.lsh_candidates(keys))
        if match:
            doc.status, doc.duplicate_of = "duplicate", match[0]
    if doc.duplicate_of:
        share_publication_date(store, doc, backend)
    _assign_ids(doc)
    store.put_document(doc, sig, keys)
    summary.count(doc.status)


def _assign_ids(doc: Document) -> None:
    for m in doc.mentions:
        m.doc_id = doc.doc_id
        m.mention_id = hashlib.sha256(
            f"{doc.doc_id}:{m.start}:{m.trigger_start}:{m.type}".encode()).hexdigest()[:16]
        m.outlet = m.outlet or doc.outlet


# A date only inferred from the text yields to the stated date of a copy of the same
# story (syndicated copies appear the same day, give or take one).
COPY_DATE_CONFIDENCE = 0.9


def _stated(doc: Document) -> bool:
    return bool(doc.published) and doc.published_source in ("metadata", "text")


def share_publication_date(store: Store, doc: Document, backend: Optional[str]) -> None:
    """Between a copy and its original, the one whose date is stated dates the other when
    that one's date was only inferred (or missing); the re-dated one is annotated again,
    since its relative dates ("on Thursday") depend on it."""
    orig = store.document(doc.duplicate_of or "")
    if orig is None or orig.status == "rejected" or orig.published == doc.published:
        return
    if _stated(doc) and not _stated(orig):
        source, target = doc, orig
    elif _stated(orig) and not _stated(doc):
        source, target = orig, doc
    else:
        return
    target.published, target.published_source = source.published, "inferred"
    target.published_confidence = min(COPY_DATE_CONFIDENCE, source.published_confidence or 1.0)
    annotate([target], backend)
    log.info("%s: dated %s from its copy %s", target.path, target.published, source.path)
    if target is orig:
        _assign_ids(orig)
        store.redate_document(orig)


def run_analysis(store: Store, paths: list[str], workers: int = 1, engine: str = "local",
                 scheduler: Optional[str] = None, quiet: bool = False,
                 backend: Optional[str] = None) -> RunSummary:
    from .engine import get_engine

    summary = RunSummary()
    runner = get_engine(engine, workers=workers, scheduler=scheduler)
    bar = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm
        bar = tqdm(unit="doc", desc="analyze", file=sys.stderr)
    try:
        for results in runner.map(process_batch, _batches(read_inputs(paths), store, summary),
                                  backend=backend):
            for result in results:
                _store_result(store, result, summary, backend)
            if bar is not None:
                bar.update(len(results))
    finally:
        runner.close()
        if bar is not None:
            bar.close()
    # Also after a run that added nothing: a run cut off before merging left mentions
    # without an event, and this one finishes its work.
    refuse(store)
    summary.events = store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    return summary
