"""Publication-date inference from text alone (polemos.temporal.infer_publication_date).

Dated articles with the date hidden: TimeBank + AQUAINT texts (DCT as gold), htmldate's
evaluation pages and trafilatura's benchmark pages (gold dates, text extracted with
trafilatura without metadata). Reports coverage (how often an answer is given), exact-day
and +-1 day accuracy over the answers, and the same over all documents.

    python bench/pubdate_infer.py [--limit N]
"""
from __future__ import annotations

import argparse
import datetime as dt
import glob
import gzip
import json
import os
import re
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))
sys.path.insert(0, HERE)

from polemos.temporal import infer_publication_date  # noqa: E402

SHARED = os.path.join(HERE, "..", "..", "shared", "eval")


def timebank(limit: int) -> list[tuple[str, dt.date]]:
    from temporal import read_tml
    paths = sorted(glob.glob(os.path.join(SHARED, "d_tempeval3", "Training", "TBAQ-cleaned",
                                          "*", "*.tml")))[:limit]
    out = []
    for p in paths:
        text, dct, _ = read_tml(p)
        out.append((text, dct))
    return out


def html_pages(folder: str, gold_files: list[str], limit: int) -> list[tuple[str, dt.date]]:
    try:
        import trafilatura
    except ImportError:
        return []
    out = []
    for name in gold_files:
        path = os.path.join(SHARED, folder, name)
        if not os.path.exists(path):
            continue
        gold_map = json.load(open(path, encoding="utf-8"))
        for rec in gold_map.values():
            if len(out) >= limit:
                return out
            date = rec.get("date")
            page = os.path.join(SHARED, folder, "pages", rec["file"] + ".gz")
            if not date or not os.path.exists(page):
                continue
            try:
                gold = dt.date.fromisoformat(date[:10])
                html = gzip.open(page).read().decode("utf-8", errors="replace")
                text = trafilatura.extract(html, with_metadata=False, include_comments=False)
            except (ValueError, OSError):
                continue
            if text:
                out.append((text, gold))
    return out


def score(name: str, docs: list[tuple[str, dt.date]]) -> None:
    if not docs:
        print(f"{name}: skipped: data not found")
        return
    answered = exact = near = 0
    confident = confident_exact = 0
    t0 = time.perf_counter()
    for text, gold in docs:
        day, conf, _ = infer_publication_date(text)
        if day is None:
            continue
        answered += 1
        exact += day == gold
        near += abs((day - gold).days) <= 1
        if conf >= 0.5:
            confident += 1
            confident_exact += day == gold
    ms = (time.perf_counter() - t0) / len(docs) * 1000
    n = len(docs)
    a = max(answered, 1)
    print(f"{name}: {n} docs, coverage {answered / n:.3f} ({answered}); over answers: exact "
          f"{exact / a:.3f}, +-1 day {near / a:.3f}; over all docs: exact {exact / n:.3f}, "
          f"+-1 day {near / n:.3f}; confident (>=0.5): coverage {confident / n:.3f}, exact "
          f"{confident_exact / max(confident, 1):.3f}; {ms:.1f} ms/doc")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=10_000, help="documents per data set")
    args = ap.parse_args()
    if not os.path.isdir(SHARED):
        print(f"skipped: data not found ({SHARED})")
        return 0
    score("TimeBank+AQUAINT (DCT hidden)", timebank(args.limit))
    score("htmldate eval pages (trafilatura text)",
          html_pages("b_htmldate", ["eval_default.json", "eval_mediacloud_2020.json"],
                     args.limit))
    score("trafilatura benchmark pages with dates",
          html_pages("a_trafilatura", ["evaldata.json"], args.limit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
