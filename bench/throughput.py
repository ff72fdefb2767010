"""Throughput of the events stage vs spaCy's small pipeline alone, same texts, one run,
one process (skips when the seeds are absent).

    python bench/throughput.py [--copies 200] [--backend rules]

Ours: sentence split + trigger prefilter + parse (tok2vec, tagger, parser, lemmatizer;
no NER) of candidate sentences + extraction. Baseline: nlp.pipe over the full texts with
the whole pipeline (tagger, parser, NER, ...)."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from _shared import SHARED  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=200)
    ap.add_argument("--backend", default="rules")
    a = ap.parse_args()
    files = sorted((SHARED / "seeds").glob("*.txt"))
    if not files:
        print("skipped: data not found")
        return
    from polemos.events import extract_mentions_batch
    from polemos.nlp import load_nlp
    nlp = load_nlp()
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files] * a.copies
    words = sum(len(t.split()) for t in texts)
    extract_mentions_batch([{"body": texts[0], "doc_id": "w"}], backend=a.backend, nlp=nlp)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    base = time.perf_counter() - t0
    items = [{"body": t, "doc_id": str(i)} for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    n = 0
    for i in range(0, len(items), 50):
        n += sum(len(m) for m in extract_mentions_batch(items[i:i + 50], backend=a.backend, nlp=nlp))
    ours = time.perf_counter() - t0
    print(f"{len(texts)} texts, {words} words; spaCy {nlp.meta.get('name')} full pipeline "
          f"{base:.1f}s ({words / base:.0f} words/s); events stage [{a.backend}] {ours:.1f}s "
          f"({words / ours:.0f} words/s, {n} mentions); speed ratio {base / ours:.2f}x")


if __name__ == "__main__":
    main()
