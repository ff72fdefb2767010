"""What Polemos makes of the five real seed articles: per document the metadata, the
places, the event mentions; then the merged timeline. For reading by eye.

Usage: python bench/seeds_report.py [--store DIR]
"""
from __future__ import annotations

import argparse
import tempfile

from _shared import SHARED, require

import polemos


def main(store_dir: str) -> None:
    seeds = require(SHARED / "seeds")
    store = polemos.open_store(store_dir)
    summary = store.analyze([str(seeds)], quiet=True)
    print(summary.line())
    places = {p["place_id"]: p for p in store.places()}
    for rec in store.documents():
        print(f"\n== {rec['path'].rsplit('/', 1)[-1]}  {rec['status']}  published={rec['published']} "
              f"({rec['published_source']}, {rec['published_confidence']})  outlet={rec['outlet']} "
              f"wire={rec['wire']} dateline={rec['dateline']}")
        print(f"   title: {rec['title']}")
        here = [p for p in places.values() if any(m["doc_id"] == rec["doc_id"] for m in p["mentions"])]
        print("   places: " + "; ".join(f"{p['name']} [{', '.join(p['aliases'])}] "
                                     f"({p['lat']:.2f},{p['lon']:.2f}) {p['feature']}" for p in here))
        for m in store.mentions():
            if m["doc_id"] != rec["doc_id"]:
                continue
            actors = ", ".join(f"{a['role']}={a['name']}/{a['country']}/{a['sector']}" for a in m["actors"])
            loc = m["location"]["name"] if m["location"] else None
            print(f"   - {m['type']}/{m['mode']} '{m['trigger']}' {m['date_start']}..{m['date_end']} "
                  f"({m['date_precision']}) {m['status']} at={loc} by={m['attributed_to']} "
                  f"quote={m['quote']} [{actors}]")
    print()
    from polemos.fuse import render_timeline
    print(render_timeline(store.load_events(), width=110))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", default=None)
    args = ap.parse_args()
    main(args.store or tempfile.mkdtemp(prefix="polemos-seeds-"))
