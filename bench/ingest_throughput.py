"""Ingest throughput (read, decode, clean, metadata, near-duplicate signature), one
process: the five seeds x200 as plain text, and the ScrapingHub pages as HTML.

Usage: python bench/ingest_throughput.py [--copies 200]
"""
from __future__ import annotations

import argparse
import time

from _shared import EVAL, SHARED, read_gz, require

from polemos.ingest import dedup
from polemos.ingest.document import build_document
from polemos.ingest.readers import _declared_charset, decode_bytes, digest
from polemos.model import Document, RawInput


def run(raws: list[RawInput]) -> tuple[int, float]:
    t0 = time.perf_counter()
    ok = 0
    for raw in raws:
        doc = build_document(raw)
        if isinstance(doc, Document):
            dedup.band_keys(dedup.signature(doc.body))
            ok += 1
    return ok, time.perf_counter() - t0


def main(copies: int) -> None:
    seeds = sorted(require(SHARED / "seeds").glob("*.txt"))
    texts = [p.read_bytes() for p in seeds]
    raws = []
    for i in range(copies):
        for j, data in enumerate(texts):
            # Each copy differs (a trailing line) so no cache or exact-duplicate shortcut helps.
            data = data + f"\ncopy {i}-{j}\n".encode()
            raws.append(RawInput(source=f"seed{j}-{i}", kind="text",
                                 content=decode_bytes(data), raw_hash=digest(data)))
    ok, dt = run(raws)
    print(f"ingest text: seeds x{copies} = {len(raws)} docs ({ok} ok) in {dt:.2f}s "
          f"= {len(raws) / dt:.0f} docs/s")
    root = EVAL / "a_scrapinghub" / "html"
    if root.exists():
        pages = []
        for p in sorted(root.glob("*.html.gz")):
            data = read_gz(p)
            pages.append(RawInput(source=p.name, kind="html",
                                  content=decode_bytes(data, _declared_charset(data), strict_utf8=False),
                                  raw_hash=digest(data)))
        ok, dt = run(pages)
        print(f"ingest html: scrapinghub {len(pages)} pages ({ok} ok) in {dt:.2f}s "
              f"= {len(pages) / dt:.1f} docs/s")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=200)
    main(ap.parse_args().copies)
