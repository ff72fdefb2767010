"""Event extraction accuracy on the shared gold sets (skips when ../shared is absent).

    python bench/events.py [--backend rules|embeddings|all] [--only gsr,case,muc,seeds]
                           [--split] [--errors]

- f_plover_gsr: sentence-level event type (top mention by confidence) accuracy and
  macro-F1 over the 16 PLOVER categories; source/target country and sector accuracy.
  0.5b1 names mapped: DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE, FIGHT->ASSAULT.
  Country codes UNO and EUR count as IGO (the GSR codes every IGO as IGO).
- f_case2021_task2: ACLED-style sub-event types mapped to PLOVER (CASE_MAP below;
  types with no PLOVER event -> NONE, i.e. no mention expected); accuracy, macro-F1.
- f_muc4: perpetrator / target role fillers per document, head-noun match P/R/F1.
- seeds: every mention listed, for reading by eye.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from _shared import EVAL, SHARED  # noqa: E402

GSR_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
CASE_MAP = {
    "ABDUCT_DISSAP": "ASSAULT", "AGREEMENT": "AGREE", "AIR_STRIKE": "ASSAULT", "ARMED_CLASH": "ASSAULT",
    "ARREST": "COERCE", "ART_MISS_ATTACK": "ASSAULT", "ATTACK": "ASSAULT", "CHANGE_TO_GROUP_ACT": "NONE",
    "CHEM_WEAP": "ASSAULT", "DISR_WEAP": "COERCE", "FORCE_AGAINST_PROTEST": "ASSAULT",
    "GOV_REGAINS_TERIT": "ASSAULT", "GRENADE": "ASSAULT", "HQ_ESTABLISHED": "MOBILIZE", "MOB_VIOL": "PROTEST",
    "NON_STATE_ACTOR_OVERTAKES_TER": "ASSAULT", "NON_VIOL_TERRIT_TRANSFER": "RETREAT", "OTHER": "NONE",
    "PEACE_PROTEST": "PROTEST", "PROPERTY_DISTRUCT": "ASSAULT", "PROTEST_WITH_INTER": "PROTEST",
    "REM_EXPLOS": "ASSAULT", "SEX_VIOL": "ASSAULT", "SUIC_BOMB": "ASSAULT", "VIOL_DEMONSTR": "PROTEST",
    "ORG_CRIME": "NONE", "NATURAL_DISASTER": "NONE", "MAN_MADE_DISASTER": "NONE", "DIPLO": "CONSULT",
    "ATTRIB": "ACCUSE",
}
IGO_LIKE = {"UNO", "EUR", "IGO"}


def top(mentions):
    from polemos.events.prominence import main_mention
    return main_mention(mentions)


def macro_f1(gold: list[str], pred: list[str], labels) -> float:
    f1s = []
    for lab in labels:
        tp = sum(g == lab and p == lab for g, p in zip(gold, pred))
        fp = sum(g != lab and p == lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        if tp + fp + fn == 0:
            continue
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s) if f1s else 0.0


def run(texts: list[str], backend: str, nlp):
    from polemos.events import extract_mentions_batch
    items = [{"body": t, "doc_id": str(i), "timexes": [], "places": [], "published": None}
             for i, t in enumerate(texts)]
    return extract_mentions_batch(items, backend=backend, nlp=nlp)


def _code(c):
    return "IGO" if c in IGO_LIKE else c


def _role_stats(recs, res, idx):
    role_stats = {k: Counter() for k in ("source", "target")}
    for i in idx:
        r, m = recs[i], top(res[i])
        for role in ("source", "target"):
            gacts = r.get(role) if isinstance(r.get(role), list) else []
            if not gacts:
                continue
            st = role_stats[role]
            st["n"] += 1
            pa = [a for a in (m.actors if m else []) if a.role == role]
            codes = {_code(a.get("code")) for a in gacts}
            hit = next((a for a in pa if _code(a.country) in codes), None)
            st["country"] += hit is not None
            gsec = {(a.get("sector") or "")[:3].upper() for a in gacts} - {"", "***"}
            if gsec:
                st["n_sector"] += 1
                st["sector"] += any(a.sector in gsec for a in pa)
                st["both"] += hit is not None and hit.sector in gsec
    return role_stats


def gsr(backend: str, nlp, split: bool = False, errors: bool = False) -> None:
    path = EVAL / "f_plover_gsr" / "PLOVER_GSR_CAMEO_dev.json"
    if not path.exists():
        print("gsr skipped: data not found")
        return
    recs = [r for r in json.loads(path.read_text()) if r.get("event") and r.get("text")
            and r.get("event") != "DOCUMENT"]
    t0 = time.perf_counter()
    res = run([r["text"] for r in recs], backend, nlp)
    gold = [GSR_MAP.get(r["event"], r["event"]) for r in recs]
    pred = [(top(ms).type if ms else "NONE") for ms in res]
    from polemos.model import PLOVER_TYPES
    n = len(gold)
    halves = [("all", list(range(n)))]
    if split:
        # even/odd record index: errors are read on the even half only, odd is held out
        halves += [("even", list(range(0, n, 2))), ("odd", list(range(1, n, 2)))]
    dt_s = time.perf_counter() - t0
    for name, idx in halves:
        g = [gold[i] for i in idx]
        p = [pred[i] for i in idx]
        acc = sum(a == b for a, b in zip(g, p)) / max(1, len(g))
        mf = macro_f1(g, p, PLOVER_TYPES)
        print(f"[{backend}] PLOVER GSR dev {name} ({len(g)} sentences, {dt_s:.1f}s): "
              f"event-type accuracy {acc:.3f}, macro-F1 {mf:.3f}, no mention {p.count('NONE')}")
        for role, st in _role_stats(recs, res, idx).items():
            if st["n"]:
                print(f"  {role}: country acc {st['country'] / st['n']:.3f} (n={st['n']}); sector acc "
                      f"{st['sector'] / max(1, st['n_sector']):.3f}, country+sector "
                      f"{st['both'] / max(1, st['n_sector']):.3f} (n with gold sector={st['n_sector']})")
    conf = Counter((g, p) for g, p in zip(gold, pred) if g != p)
    print("  most confused (gold->pred):", ", ".join(f"{g}->{p} {c}" for (g, p), c in conf.most_common(8)))
    if errors:
        # development view: only the even half, so the odd half stays an honest check
        for i in range(0, n, 2):
            m = top(res[i])
            gs = ",".join(f"{a.get('code')}/{a.get('sector')}" for a in recs[i].get("source") or [])
            gt = ",".join(f"{a.get('code')}/{a.get('sector')}" for a in recs[i].get("target") or [])
            ps = ",".join(f"{a.role[0]}:{a.name}={a.country}/{a.sector}" for a in (m.actors if m else []))
            flag = "OK " if gold[i] == pred[i] else "ERR"
            print(f"{flag} {i} gold={gold[i]} pred={pred[i]} trig={m.trigger if m else None!r} "
                  f"| src={gs} tgt={gt} | pred {ps}\n    {recs[i]['text']}")


def case(backend: str, nlp) -> None:
    path = EVAL / "f_case2021_task2" / "test_set_final_release_with_labels.tsv"
    if not path.exists():
        print("case skipped: data not found")
        return
    rows = [ln.split("\t") for ln in path.read_text().splitlines()[1:] if ln.count("\t") >= 2]
    t0 = time.perf_counter()
    res = run([r[1] for r in rows], backend, nlp)
    gold = [CASE_MAP.get(r[2].strip(), "NONE") for r in rows]
    pred = []
    for ms in res:
        m = top(ms)
        pred.append(m.type if m else "NONE")
    n = len(gold)
    acc = sum(g == p for g, p in zip(gold, pred)) / n
    ev = [(g, p) for g, p in zip(gold, pred) if g != "NONE"]
    acc_ev = sum(g == p for g, p in ev) / max(1, len(ev))
    labels = sorted(set(gold) | set(pred))
    print(f"[{backend}] CASE 2021 task 2 ({n} snippets, {time.perf_counter() - t0:.1f}s): accuracy "
          f"{acc:.3f} (NONE included), accuracy on event snippets {acc_ev:.3f} (n={len(ev)}), "
          f"macro-F1 {macro_f1(gold, pred, labels):.3f}")
    viol = [(g == "ASSAULT", p == "ASSAULT") for g, p in zip(gold, pred)]
    print(f"  violent-event (ASSAULT) check accuracy {sum(a == b for a, b in viol) / n:.3f}")


def _sentence_case(text: str) -> str:
    low = " ".join(text.split()).lower()
    return re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), low)


def _match(pred: str, golds: list[str]) -> bool:
    p = pred.lower().split()
    for g in golds:
        gw = g.lower().split()
        if gw and p and (gw[-1] in p or p[-1] in gw):
            return True
    return False


def muc(backend: str, nlp) -> None:
    path = EVAL / "f_muc4" / "test.json"
    if not path.exists():
        print("muc skipped: data not found")
        return
    data = json.loads(path.read_text())
    ids = list(data)
    t0 = time.perf_counter()
    res = run([_sentence_case(data[i]["doc"]) for i in ids], backend, nlp)
    for role, keys, ev_role in (("perpetrator", ("perp_individual_id", "perp_organization_id"), "source"),
                                ("target", ("phys_tgt_id", "hum_tgt_name"), "target")):
        tp = fp = fn = 0
        for i, ms in zip(ids, res):
            gold = [alts for k in keys for alts in data[i]["roles"].get(k, [])]
            preds = {a.name for m in ms if m.type in ("ASSAULT", "COERCE") for a in m.actors
                     if a.role == ev_role}
            matched = set()
            for p in sorted(preds):   # a fixed order: the greedy match is reproducible
                hit = next((j for j, alts in enumerate(gold) if j not in matched and _match(p, alts)), None)
                if hit is None:
                    fp += 1
                else:
                    tp += 1
                    matched.add(hit)
            fn += len(gold) - len(matched)
        prec = tp / max(1, tp + fp)
        rec = tp / max(1, tp + fn)
        f1 = 2 * prec * rec / max(1e-9, prec + rec)
        print(f"[{backend}] MUC-4 test {role}: P {prec:.3f} R {rec:.3f} F1 {f1:.3f} "
              f"(tp={tp} fp={fp} fn={fn})")
    print(f"  ({len(ids)} docs, {time.perf_counter() - t0:.1f}s; upper-case text sentence-cased first)")


def seeds(backend: str, nlp) -> None:
    files = sorted((SHARED / "seeds").glob("*.txt"))
    if not files:
        print("seeds skipped: data not found")
        return
    from polemos.events import extract_mentions
    try:
        from polemos.geo import Gazetteer, find_places
        gz = Gazetteer.load()
    except ImportError:
        gz = None
    try:
        from polemos.temporal import extract_timexes, infer_publication_date
    except ImportError:
        extract_timexes = None
    for f in files:
        body = f.read_text(encoding="utf-8", errors="replace")
        pub = None
        tx = []
        if extract_timexes:
            tx = extract_timexes(body, None)
            d, _, _ = infer_publication_date(body, tx)
            pub = d
            tx = extract_timexes(body, pub) if pub else tx
        places = find_places(body, gz) if gz else []
        ms = extract_mentions(body, doc_id=f.stem, timexes=tx, places=places, published=pub,
                              backend=backend, nlp=nlp)
        print(f"== {f.name} (published {pub}): {len(ms)} mentions")
        for m in ms:
            print(f"  {m.summary} | trigger={m.trigger!r} framing={m.framing!r} "
                  f"att={m.attributed_to!r}{' (quote)' if m.quote else ''} "
                  f"prec={m.date_precision} conf={m.confidence} {m.numbers or ''}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--backend", default="all")
    ap.add_argument("--only", default="gsr,case,muc,seeds")
    ap.add_argument("--split", action="store_true", help="GSR figures on even/odd halves too")
    ap.add_argument("--errors", action="store_true", help="list GSR even-half records")
    a = ap.parse_args()
    if not EVAL.exists():
        print(f"skipped: data not found at {EVAL}")
        return
    from polemos.nlp import load_nlp
    nlp = load_nlp()
    backends = ["rules", "embeddings"] if a.backend == "all" else [a.backend]
    parts = a.only.split(",")
    for b in backends:
        for name, fn in (("gsr", gsr), ("case", case), ("muc", muc), ("seeds", seeds)):
            if name in parts and not (name == "seeds" and b != backends[0]):
                if name == "gsr":
                    gsr(b, nlp, split=a.split, errors=a.errors)
                else:
                    fn(b, nlp)


if __name__ == "__main__":
    main()
