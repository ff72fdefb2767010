"""Share of each per-document stage in the pipeline time, on the seeds xN, one process.

Usage: python bench/stage_times.py [--copies 200]
"""
from __future__ import annotations

import argparse
import time

from _shared import SHARED, require

from polemos.annotate import annotate_events, annotate_places, annotate_time, gazetteer
from polemos.ingest import dedup
from polemos.ingest.decode import decode_bytes
from polemos.ingest.document import build_document
from polemos.ingest.readers import digest
from polemos.model import Document, RawInput
from polemos.nlp import load_nlp


def main(copies: int) -> None:
    seeds = sorted(require(SHARED / "seeds").glob("*.txt"))
    raws = [RawInput(source=f"{p.name}#{i}", kind="text", content=decode_bytes(p.read_bytes()),
                     raw_hash=digest(p.read_bytes() + bytes(i))) for i in range(copies) for p in seeds]
    load_nlp(), gazetteer()  # loading is start-up, not per-document work
    times = dict.fromkeys(("ingest", "dedup", "temporal", "geo", "events"), 0.0)
    batch: list[Document] = []
    for i, raw in enumerate(raws):
        t = time.perf_counter()
        doc = build_document(raw)
        times["ingest"] += time.perf_counter() - t
        assert isinstance(doc, Document)
        t = time.perf_counter()
        dedup.band_keys(dedup.signature(doc.body))
        times["dedup"] += time.perf_counter() - t
        t = time.perf_counter()
        annotate_time(doc)
        times["temporal"] += time.perf_counter() - t
        t = time.perf_counter()
        annotate_places(doc)
        times["geo"] += time.perf_counter() - t
        batch.append(doc)
        if len(batch) == 16 or i == len(raws) - 1:
            t = time.perf_counter()
            annotate_events(batch)
            times["events"] += time.perf_counter() - t
            batch = []
    total = sum(times.values())
    print(f"seeds x{copies} = {len(raws)} docs in {total:.1f}s ({len(raws) / total:.1f} docs/s): "
          + ", ".join(f"{k} {v:.1f}s ({100 * v / total:.1f}%)" for k, v in times.items()))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=200)
    main(ap.parse_args().copies)
