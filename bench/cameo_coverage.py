"""How well the event typer covers the CAMEO codebook, on sentences written for this
project (bench/data/cameo_sentences_*.tsv: news-style sentences per CAMEO code,
variants a-e with different trigger words, f-g where the coded event shares the sentence
with a secondary event of another category, labelled with the code's PLOVER category
from the CAMEO->PLOVER 2021 table; `also_ok` holds a second category where the older
0.5b1 codebook differs, e.g. property destruction COERCE vs ASSAULT).

    python bench/cameo_coverage.py [--backend rules|embeddings|all] [--errors] [--check]

Every variant but c is the development view (--errors lists their misses); variant c
is kept as a check, so that lexicon work is measured on sentences it did not see.
Needs nothing from ../shared.
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events import macro_f1, run, top  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"


def load() -> list[dict]:
    rows = []
    for path in sorted(DATA.glob("cameo_sentences_*.tsv")):
        with path.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if r.get("sentence"):
                    r["ok"] = {r["expected"]} | ({r["also_ok"]} if r.get("also_ok") else set())
                    rows.append(r)
    return rows


def root(code: str) -> str:
    return code[:2]


def report(name: str, rows: list[dict], pred: list[str], labels) -> None:
    gold = [r["expected"] if p not in r["ok"] else p for r, p in zip(rows, pred)]
    acc = sum(p in r["ok"] for r, p in zip(rows, pred)) / max(1, len(rows))
    print(f"  {name:<10} n={len(rows):<4} accuracy {acc:.3f}  macro-F1 {macro_f1(gold, pred, labels):.3f}"
          f"  no mention {pred.count('NONE')}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--backend", default="rules")
    ap.add_argument("--errors", action="store_true", help="list misses of the development variants")
    ap.add_argument("--check", action="store_true", help="list misses of variant c too")
    a = ap.parse_args()
    rows = load()
    if not rows:
        print(f"skipped: no cameo_sentences_*.tsv in {DATA}")
        return
    from polemos.model import PLOVER_TYPES
    from polemos.nlp import load_nlp
    nlp = load_nlp()
    for backend in (["rules", "embeddings"] if a.backend == "all" else [a.backend]):
        t0 = time.perf_counter()
        res = run([r["sentence"] for r in rows], backend, nlp)
        pred = [(top(ms).type if ms else "NONE") for ms in res]
        print(f"[{backend}] CAMEO coverage ({len(rows)} sentences, "
              f"{len({r['code'] for r in rows})} codes, {time.perf_counter() - t0:.1f}s)")
        views = [("all", list(range(len(rows)))),
                 ("dev", [i for i, r in enumerate(rows) if r["variant"] != "c"]),
                 ("c (check)", [i for i, r in enumerate(rows) if r["variant"] == "c"])]
        views += [(f"variant {v}", [i for i, r in enumerate(rows) if r["variant"] == v])
                  for v in sorted({r["variant"] for r in rows} - {"c"})]
        for name, idx in views:
            report(name, [rows[i] for i in idx], [pred[i] for i in idx], PLOVER_TYPES)
        by_root: dict[str, list[int]] = defaultdict(list)
        for i, r in enumerate(rows):
            by_root[root(r["code"])].append(i)
        print("  per CAMEO root (all variants): " + ", ".join(
            f"{k} {sum(pred[i] in rows[i]['ok'] for i in v)}/{len(v)}" for k, v in sorted(by_root.items())))
        conf = Counter((r["expected"], p) for r, p in zip(rows, pred) if p not in r["ok"])
        print("  most confused (expected->pred):",
              ", ".join(f"{g}->{p} {c}" for (g, p), c in conf.most_common(10)))
        if a.errors or a.check:
            for r, p, ms in zip(rows, pred, res):
                if (r["variant"] != "c" or a.check) and p not in r["ok"]:
                    m = top(ms)
                    print(f"ERR {r['code']}{r['variant']} exp={r['expected']} pred={p} "
                          f"trig={m.trigger if m else None!r}\n    {r['sentence']}")


if __name__ == "__main__":
    main()
