"""Body extraction from HTML.

1. ScrapingHub article-extraction benchmark (181 pages): precision/recall/F1 of the body
   against `articleBody` scored as the benchmark does: 4-token shingles, tp/fp/fn
   normalised per page, precision and recall averaged over pages, F1 of the averages.
   Target F1 >= 0.958.
2. trafilatura's must-include / must-exclude snippets (990 pages): a "with" snippet found
   is a true positive, a "without" snippet found a false positive.

Usage: python bench/extract_html.py [--limit N]
"""
from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter

from _shared import EVAL, read_gz, require

from polemos.ingest.decode import DecodeError
from polemos.ingest.document import build_document
from polemos.ingest.readers import _declared_charset, decode_bytes, digest
from polemos.model import Document, RawInput


def body_of(data: bytes, url: str | None) -> str:
    try:
        html = decode_bytes(data, _declared_charset(data), strict_utf8=False)
    except DecodeError:
        return ""
    doc = build_document(RawInput(source=url or "", kind="html", content=html,
                                  raw_hash=digest(data), url=url))
    return doc.body if isinstance(doc, Document) else ""


_TOKEN = re.compile(r"\w+")


def shingle_counts(pred: str, gold: str, n: int = 4) -> tuple[float, float, float]:
    """Per-page tp/fp/fn over 4-token shingles, normalised to sum 1 so long pages do not
    weigh more — the benchmark's own scoring."""
    def shingles(text: str) -> Counter:
        toks = _TOKEN.findall(text or "")
        return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1))
                       if toks[i:i + n])
    p, g = shingles(pred), shingles(gold)
    tp = sum((p & g).values())
    fp, fn = sum((p - g).values()), sum((g - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def page_scores(tp: float, fp: float, fn: float) -> tuple[float | None, float | None]:
    if fp == fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp > 0 else None
    recall = tp / (tp + fn) if tp + fn > 0 else None
    return precision, recall


def scrapinghub(limit: int | None) -> None:
    root = require(EVAL / "a_scrapinghub")
    gold = json.loads((root / "ground-truth.json").read_text())
    items = sorted(gold.items())[:limit]
    scores, t0 = [], time.perf_counter()
    for page_id, rec in items:
        body = body_of(read_gz(root / "html" / f"{page_id}.html.gz"), rec.get("url"))
        scores.append(page_scores(*shingle_counts(body, rec["articleBody"])))
    dt = time.perf_counter() - t0
    n = len(scores)
    ps = [s[0] for s in scores if s[0] is not None]
    rs = [s[1] for s in scores if s[1] is not None]
    p, r = sum(ps) / len(ps), sum(rs) / len(rs)
    f = 2 * p * r / (p + r)
    print(f"scrapinghub: pages={n} precision={p:.3f} recall={r:.3f} F1={f:.3f} "
          f"(target 0.958) docs/s={n / dt:.1f}")


def trafilatura_snippets(limit: int | None) -> None:
    root = require(EVAL / "a_trafilatura")
    gold = json.loads((root / "evaldata.json").read_text())
    tp = fn = fp = tn = 0
    for url, rec in sorted(gold.items())[:limit]:
        path = root / "pages" / f"{rec['file']}.gz"
        if not path.exists():
            continue
        body = " ".join(body_of(read_gz(path), url).split())
        for s in rec.get("with") or []:
            found = " ".join(s.split()) in body
            tp, fn = tp + found, fn + (not found)
        for s in rec.get("without") or []:
            found = " ".join(s.split()) in body
            fp, tn = fp + found, tn + (not found)
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    print(f"trafilatura snippets: with found {tp}/{tp + fn}, without leaked {fp}/{fp + tn}; "
          f"precision={precision:.3f} recall={recall:.3f} F1={f1:.3f} (trafilatura 2.2: 0.924)")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    scrapinghub(args.limit)
    trafilatura_snippets(args.limit)
