"""Publication date of HTML pages: htmldate's evaluation set (b_htmldate).

Accuracy of `published` (exact day) over every page, through the same document builder
`polemos analyze` uses. Target >= 0.90 (htmldate extensive: 0.903).

Usage: python bench/pubdate.py [--limit N]
"""
from __future__ import annotations

import argparse
import json
import time

from _shared import EVAL, read_gz, require
from extract_html import _declared_charset, decode_bytes

from polemos.ingest.document import build_document
from polemos.ingest.readers import digest
from polemos.model import Document, RawInput


def main(limit: int | None) -> None:
    root = require(EVAL / "b_htmldate")
    gold: dict[str, dict] = {}
    for name in ("eval_default.json", "eval_mediacloud_2020.json"):
        gold.update(json.loads((root / name).read_text()))
    right = total = found = 0
    t0 = time.perf_counter()
    for url, rec in sorted(gold.items())[:limit]:
        path = root / "pages" / f"{rec['file']}.gz"
        if not path.exists():
            continue
        total += 1
        data = read_gz(path)
        try:
            html = decode_bytes(data, _declared_charset(data), strict_utf8=False)
        except ValueError:
            continue
        doc = build_document(RawInput(source=url, kind="html", content=html,
                                      raw_hash=digest(data), url=url))
        published = doc.published if isinstance(doc, Document) else None
        found += published is not None
        right += published == rec["date"]
    dt = time.perf_counter() - t0
    print(f"pubdate: pages={total} accuracy={right / max(1, total):.3f} (target 0.90) "
          f"coverage={found / max(1, total):.3f} docs/s={total / dt:.1f}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int)
    main(ap.parse_args().limit)
