"""Throughput of the events stage vs spaCy's small pipeline alone, same texts, one run,
one process (skips when the seeds are absent).

    python bench/throughput.py [--copies 200] [--backend rules] [--end-to-end] [--corpus lgl]

With --end-to-end: the whole of `polemos analyze` (read, clean, date, places, events,
store, merge) on the seeds xN written to a folder, with --workers 1 and 2, against the
same spaCy baseline on the raw texts. Exact copies are annotated once per process by
analyze, so the seeds xN overstate its speed; --corpus lgl (588 distinct local news
articles) is the fair comparison.

Ours: sentence split + trigger prefilter + parse (tok2vec, tagger, parser, lemmatizer;
no NER) of candidate sentences + extraction. Baseline: nlp.pipe over the full texts with
the whole pipeline (tagger, parser, NER, ...)."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from _shared import EVAL, SHARED  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=200)
    ap.add_argument("--backend", default="rules")
    ap.add_argument("--end-to-end", action="store_true")
    ap.add_argument("--corpus", choices=("seeds", "lgl"), default="seeds",
                    help="seeds xN (repeated texts) or the LGL news articles (distinct "
                         "texts, N ignored)")
    a = ap.parse_args()
    files = sorted((SHARED / "seeds").glob("*.txt"))
    lgl = EVAL / "e_lgl" / "lgl.xml"
    if not files or (a.corpus == "lgl" and not lgl.exists()):
        print("skipped: data not found")
        return
    from polemos.events import extract_mentions_batch
    from polemos.nlp import load_nlp
    nlp = load_nlp()
    if a.corpus == "lgl":
        import xml.etree.ElementTree as ET
        texts = [art.findtext("text") or "" for art in ET.parse(lgl).getroot().iter("article")]
        texts = [t for t in texts if t.strip()]
    else:
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
    if a.end_to_end:
        end_to_end(texts, words, base, a.backend)
    print(f"{len(texts)} texts, {words} words; spaCy {nlp.meta.get('name')} full pipeline "
          f"{base:.1f}s ({words / base:.0f} words/s); events stage [{a.backend}] {ours:.1f}s "
          f"({words / ours:.0f} words/s, {n} mentions); speed ratio {base / ours:.2f}x")


def end_to_end(texts: list[str], words: int, base: float, backend: str) -> None:
    import tempfile

    from polemos.store import open_store

    folder = Path(tempfile.mkdtemp(prefix="polemos-tp-"))
    for i, text in enumerate(texts):
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    for workers in (1, 2):
        store = open_store(folder.parent / f"{folder.name}-store{workers}")
        t0 = time.perf_counter()
        summary = store.analyze([str(folder)], workers=workers, quiet=True, backend=backend)
        took = time.perf_counter() - t0
        print(f"analyze end to end, --workers {workers}: {took:.1f}s ({summary.line()}); "
              f"{len(texts) / took:.1f} docs/s; ratio to spaCy full pipeline {base / took:.2f}x")


if __name__ == "__main__":
    main()
