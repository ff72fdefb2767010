"""Accuracy and speed of polemos.temporal.extract_timexes.

TempEval-3 TIMEX3 gold (TimeBank + AQUAINT, ../shared/eval/d_tempeval3): strict and relaxed
span P/R/F1, type accuracy and value accuracy over relaxed matches, value F1 (relaxed F1 x
value accuracy, the TempEval-3 attribute F1). The document creation time is the anchor.
Speed: extract_timexes on the seeds x200.

    python bench/temporal.py [--eval DIR] [--seeds DIR] [--copies 200] [--errors N]
"""
from __future__ import annotations

import argparse
import datetime as dt
import glob
import html
import os
import re
import sys
import time
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "src"))

from polemos.temporal import extract_timexes  # noqa: E402

SHARED = os.path.join(HERE, "..", "..", "shared")
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_tml(path: str) -> tuple[str, dt.date, list[dict]]:
    """Plain text of <TEXT>, the DCT, and gold TIMEX3 spans in that text."""
    raw = open(path, encoding="utf-8").read()
    dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*>|<DCT>.*?</DCT>', raw, re.S)
    dct_val = re.search(r'value="(\d{4})-?(\d{2})-?(\d{2})', raw[raw.find("<DCT>"):]).groups()
    anchor = dt.date(*map(int, dct_val))
    body = raw[raw.index("<TEXT>") + 6: raw.index("</TEXT>")]
    out: list[str] = []
    pos = 0
    n = 0
    gold: list[dict] = []
    open_t: dict | None = None
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        out.append(chunk)
        n += len(chunk)
        pos = m.end()
        closing, name, attrs = m.groups()
        if name != "TIMEX3":
            continue
        if not closing:
            a = dict(_ATTR.findall(attrs))
            open_t = {"start": n, "type": a.get("type"), "value": a.get("value", "")}
        elif open_t is not None:
            open_t["end"] = n
            gold.append(open_t)
            open_t = None
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    for g in gold:
        g["text"] = text[g["start"]:g["end"]]
    del dct
    return text, anchor, gold


def timex3_type(t) -> str:
    if t.kind == "duration":
        return "DURATION"
    if t.kind == "set":
        return "SET"
    if t.value and re.match(r"\d{4}-\d\d-\d\dT", t.value):
        return "TIME"
    return "DATE"


def norm_value(v: str | None) -> str:
    """Equivalent TIMEX3 spellings: 2000-W08 = 2000-W8, 199X = 199, trailing T00:00."""
    v = (v or "").strip().upper()
    v = re.sub(r"-W0(\d)", r"-W\1", v)
    v = re.sub(r"^(\d{2,3})X+$", r"\1", v)
    return v


_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
_PATTERNS = [
    (re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"), "<weekday>"),
    (re.compile(rf"\b(?:{_MONTHS})\b\.?"), "<month>"),
    (re.compile(r"\d+"), "9"),
    (re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few)\b"),
     "<n>"),
]


def error_pattern(text: str) -> str:
    """Error grouping key: "last Tuesday" and "last Friday" fall in one group."""
    key = re.sub(r"\s+", " ", text.lower().strip())
    for pat, rep in _PATTERNS:
        key = pat.sub(rep, key)
    return key


def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(paths: list[str], show_errors: int = 0) -> dict:
    strict = relaxed = n_sys = n_gold = type_ok = value_ok = 0
    errors: Counter = Counter()
    examples: dict = {}
    for path in paths:
        text, anchor, gold = read_tml(path)
        sys_t = [t for t in extract_timexes(text, anchor)]
        n_sys += len(sys_t)
        n_gold += len(gold)
        used: set[int] = set()
        for g in gold:
            best = None
            for i, t in enumerate(sys_t):
                if i in used or t.end <= g["start"] or t.start >= g["end"]:
                    continue
                best = i
                break
            if best is None:
                key = ("missed", error_pattern(g["text"]))
                errors[key] += 1
                examples.setdefault(key, []).append(f'{g["text"]!r} gold {g["value"]}')
                continue
            used.add(best)
            t = sys_t[best]
            relaxed += 1
            strict += (t.start, t.end) == (g["start"], g["end"])
            type_ok += timex3_type(t) == g["type"]
            if norm_value(t.value) == norm_value(g["value"]):
                value_ok += 1
            else:
                key = ("wrong value", error_pattern(g["text"]))
                errors[key] += 1
                examples.setdefault(key, []).append(
                    f'{g["text"]!r} got {t.value} gold {g["value"]} (DCT {anchor})')
        for i, t in enumerate(sys_t):
            if i not in used:
                key = ("spurious", error_pattern(t.text))
                errors[key] += 1
                examples.setdefault(key, []).append(f"{t.text!r} {t.value}")
    sp, sr, sf = prf(strict, n_sys, n_gold)
    rp, rr, rf = prf(relaxed, n_sys, n_gold)
    type_acc = type_ok / relaxed if relaxed else 0.0
    value_acc = value_ok / relaxed if relaxed else 0.0
    vp, vr, vf = prf(value_ok, n_sys, n_gold)
    res = {"docs": len(paths), "gold": n_gold, "system": n_sys,
           "strict": (sp, sr, sf), "relaxed": (rp, rr, rf), "type_acc": type_acc,
           "value_acc": value_acc, "value_f1": vf, "value_f1_te3": rf * value_acc}
    if show_errors:
        res["errors"] = [(k, n, examples.get(k, [])[:4]) for k, n in
                         errors.most_common(show_errors)]
    return res


def speed(seed_dir: str, copies: int) -> tuple[int, float] | None:
    files = sorted(glob.glob(os.path.join(seed_dir, "*.txt")))
    if not files:
        return None
    texts = [open(f, encoding="utf-8", errors="replace").read() for f in files] * copies
    anchor = dt.date(2023, 1, 1)
    extract_timexes(texts[0], anchor)      # load the lexicon and compile the grammar once
    t0 = time.perf_counter()
    for t in texts:
        extract_timexes(t, anchor)
    return len(texts), (time.perf_counter() - t0) / len(texts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", default=os.path.join(SHARED, "eval", "d_tempeval3"))
    ap.add_argument("--seeds", default=os.path.join(SHARED, "seeds"))
    ap.add_argument("--copies", type=int, default=200)
    ap.add_argument("--errors", type=int, default=0,
                    help="show the N most common errors (missed / wrong value / spurious), "
                         "grouped by pattern (weekday, month names and numbers merged)")
    args = ap.parse_args()
    base = os.path.join(args.eval, "Training", "TBAQ-cleaned")
    if not os.path.isdir(base):
        print(f"skipped: data not found ({base})")
    else:
        for name in ("TimeBank", "AQUAINT", "*"):
            paths = sorted(glob.glob(os.path.join(base, name, "*.tml")))
            r = evaluate(paths, args.errors if name == "*" else 0)
            label = "TimeBank+AQUAINT" if name == "*" else name
            print(f"{label}: {r['docs']} docs, gold {r['gold']}, system {r['system']}")
            print("  strict  P %.3f R %.3f F1 %.3f" % r["strict"])
            print("  relaxed P %.3f R %.3f F1 %.3f" % r["relaxed"])
            print(f"  type accuracy {r['type_acc']:.3f}  value accuracy {r['value_acc']:.3f}  "
                  f"value F1 {r['value_f1_te3']:.3f} (relaxed F1 x value acc; HeidelTime ~0.78)")
            for (kind, pattern), n, ex in r.get("errors", []):
                print(f"    {n:3d} {kind:11s} {pattern!r}: " + "; ".join(ex))
    sp = speed(args.seeds, args.copies)
    if sp is None:
        print("speed: skipped: seeds not found")
    else:
        print(f"speed: {sp[0]} docs, {sp[1] * 1000:.2f} ms per document (extract_timexes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
