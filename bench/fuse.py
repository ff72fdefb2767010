"""Cross-document event merging (the fuse stage): accuracy on ECB+ and merge time.

Usage: python bench/fuse.py [--sizes 1000,10000,100000] [--skip-ecb] [--skip-synthetic]
                            [--split even|odd|all]

1. ECB+ (../shared/eval/g_ecbplus, topics 1-35): gold ACTION/NEG mentions in the sentences
   annotated for coreference become EventMentions; gold clusters are the CROSS_DOC_COREF
   instances (INTRA_DOC_COREF chains, else singletons). ECB+ has no PLOVER types, no
   publication dates and no geocoded places, so what is measured is the merge on what can be
   derived from the text alone: one constant type (one family), the trigger words, the
   participants' head words (HUMAN_PART/NON_HUMAN_PART spans of the same sentence, role by
   position before/after the trigger), the sentence's content words and the article; no
   date, no place. Scores: MUC, B3, CEAF-e and CoNLL F1 (mean of the three), within each
   gold topic (both sub-topics of a topic = same kind of event, different incident, must
   stay apart) and over all documents of topics 1-35 at once. Baselines on the same
   mentions: all singletons, "same trigger stem within the topic" (the classic lemma
   baseline; it uses the gold topic) and "same trigger stem" over all documents at once (the
   same baseline without the gold topic, the setting Polemos is in: it never sees topics).
   The headline figure is "fuse, all topics at once" (CoNLL F1 on gold mentions, no gold
   topics), to be compared with both lemma baselines. ``--split even|odd`` keeps the topics
   of one parity (merge parameters were tuned on the even topics; odd ones are held out).
2. Synthetic: N mentions generated from N/4 events (reported by several outlets at day,
   week, month or no precision, at the place, a nearby village, its region or nowhere,
   roles sometimes swapped, numbers disagreeing, wire copies), at a constant density of
   events per day and region (the time span grows with N, as a growing archive does).
   Reports wall time of fuse() per size and the ratio between sizes, plus B3 against the
   generating events.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict

from _shared import EVAL

from polemos.fuse import SourceInfo, fuse
from polemos.fuse.lexicon import stem
from polemos.model import ActorRef, EventMention, Location

ECB = EVAL / "g_ecbplus"
# Participant spans that are pronouns name no one: the extractor resolves no coreference.
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "us",
            "i", "me", "you", "who", "which", "that", "this", "these", "those", "himself",
            "herself", "themselves", "itself", "our", "my", "your"}


# --------------------------------------------------------------------------- metrics
def _clusters(assign: dict[str, str]) -> list[set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for m, c in assign.items():
        out[c].add(m)
    return list(out.values())


def muc(key: list[set[str]], resp: list[set[str]]) -> tuple[float, float, float]:
    def score(a: list[set[str]], b: list[set[str]]) -> float:
        where = {m: i for i, c in enumerate(b) for m in c}
        num = den = 0
        for c in a:
            parts = {where.get(m, ("s", m)) for m in c}
            num += len(c) - len(parts)
            den += len(c) - 1
        return num / den if den else 0.0
    r, p = score(key, resp), score(resp, key)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def b_cubed(key: list[set[str]], resp: list[set[str]]) -> tuple[float, float, float]:
    kof = {m: c for c in key for m in c}
    rof = {m: c for c in resp for m in c}
    ms = list(kof)
    p = sum(len(kof[m] & rof[m]) / len(rof[m]) for m in ms) / len(ms)
    r = sum(len(kof[m] & rof[m]) / len(kof[m]) for m in ms) / len(ms)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _hungarian_max(w: list[list[float]]) -> float:
    """Maximum-weight assignment (rows <= cols after padding), O(n^3)."""
    n = max(len(w), len(w[0]) if w else 0)
    cost = [[-(w[i][j] if i < len(w) and j < len(w[0]) else 0.0) for j in range(n)] for i in range(n)]
    inf = float("inf")
    u, v, p, way = [0.0] * (n + 1), [0.0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    return -sum(cost[p[j] - 1][j - 1] for j in range(1, n + 1) if p[j])


def ceaf_e(key: list[set[str]], resp: list[set[str]]) -> tuple[float, float, float]:
    # the assignment splits into the connected components of the key/response overlap graph
    rof = {m: j for j, c in enumerate(resp) for m in c}
    links: dict[int, set[int]] = defaultdict(set)
    for i, c in enumerate(key):
        for m in c:
            if m in rof:
                links[i].add(rof[m])
    seen_k: set[int] = set()
    total = 0.0
    back: dict[int, set[int]] = defaultdict(set)
    for i, js in links.items():
        for j in js:
            back[j].add(i)
    for start in links:
        if start in seen_k:
            continue
        ks, rs, todo = {start}, set(), [("k", start)]
        while todo:
            side, x = todo.pop()
            nxt = links[x] if side == "k" else back[x]
            for y in nxt:
                pool = rs if side == "k" else ks
                if y not in pool:
                    pool.add(y)
                    todo.append(("r" if side == "k" else "k", y))
        seen_k |= ks
        kl, rl = sorted(ks), sorted(rs)
        w = [[2 * len(key[a] & resp[b]) / (len(key[a]) + len(resp[b])) for b in rl] for a in kl]
        total += _hungarian_max(w) if len(kl) > 1 or len(rl) > 1 else w[0][0]
    r, p = total / len(key), total / len(resp)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def scores(gold: dict[str, str], pred: dict[str, str]) -> dict[str, tuple[float, float, float]]:
    key, resp = _clusters(gold), _clusters({m: pred[m] for m in gold})
    out = {"MUC": muc(key, resp), "B3": b_cubed(key, resp), "CEAF-e": ceaf_e(key, resp)}
    out["CoNLL"] = (0.0, 0.0, sum(v[2] for v in out.values()) / 3)
    return out


# --------------------------------------------------------------------------- ECB+
def _coref_sentences() -> set[tuple[str, int]]:
    out = set()
    with open(ECB / "ECBplus_coreference_sentences.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.add((f"{row['Topic']}_{row['File']}.xml", int(row["Sentence Number"])))
    return out


def load_ecb(topics: list[int] | range) -> tuple[list[EventMention], dict[str, str], dict[str, str]]:
    """EventMentions built from gold action mentions, gold cluster per mention, topic per doc."""
    selected = _coref_sentences()
    mentions: list[EventMention] = []
    gold: dict[str, str] = {}
    topic_of: dict[str, str] = {}
    for t in topics:
        folder = ECB / "ECB+" / str(t)
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.xml")):
            root = ET.parse(path).getroot()
            name = path.name
            toks = {tok.get("t_id"): (int(tok.get("sentence")), int(tok.get("number")), tok.text or "")
                    for tok in root.iter("token")}
            sent_words: dict[int, list[str]] = defaultdict(list)
            for s, _, w in sorted(toks.values()):
                sent_words[s].append(w)
            acts, parts = [], []
            for mk in root.find("Markables") or []:
                anchors = [a.get("t_id") for a in mk.iter("token_anchor") if a.get("t_id") in toks]
                if not anchors:
                    continue
                span = sorted(toks[a] for a in anchors)
                rec = (mk.get("m_id"), span[0][0], span[0][1], " ".join(x[2] for x in span))
                if mk.tag.startswith(("ACTION", "NEG")):
                    acts.append(rec)
                elif mk.tag.startswith(("HUMAN_PART", "NON_HUMAN_PART")):
                    parts.append(rec)
            cluster: dict[str, str] = {}
            for rel in root.find("Relations") or []:
                srcs = [s.get("m_id") for s in rel.iter("source")]
                tgt = rel.find("target")
                cid = rel.get("note") if rel.tag == "CROSS_DOC_COREF" else \
                    f"intra:{name}:{tgt.get('m_id') if tgt is not None else rel.get('r_id')}"
                for s in srcs:
                    cluster.setdefault(s, cid)
            topic_of[name] = str(t)
            offsets, pos = {}, 0
            for s in sorted(sent_words):
                offsets[s] = pos
                pos += len(" ".join(sent_words[s])) + 1
            for m_id, s, num, text in acts:
                if (name, s) not in selected:
                    continue
                mid = f"{name}#{m_id}"
                gold[mid] = cluster.get(m_id, f"single:{mid}")
                sentence = " ".join(sent_words[s])
                actors = [ActorRef(name=ptext.split()[-1].lower(),
                                   role="source" if pnum < num else "target")
                          for _, ps, pnum, ptext in parts if ps == s and ptext.strip()
                          and ptext.split()[-1].lower() not in PRONOUNS]
                mentions.append(EventMention(
                    doc_id=name, type="CONSULT", trigger=text, start=offsets[s],
                    end=offsets[s] + len(sentence), sentence=sentence, actors=actors,
                    mention_id=mid, outlet=None))
    return mentions, gold, topic_of


def _run_ecb(mentions: list[EventMention], label: str, gold: dict[str, str]) -> None:
    t0 = time.perf_counter()
    events = fuse(mentions, {})
    dt = time.perf_counter() - t0
    pred = {m.mention_id: e.event_id for e in events for m in e.mentions}
    s = scores(gold, pred)
    print(f"  {label:<34} " + "  ".join(f"{k} {v[2]:.3f}" for k, v in s.items())
          + f"   ({len(events)} events, {dt:.1f} s)")
    if label.startswith("fuse"):
        print(f"  {'':<34} B3 P {s['B3'][0]:.3f} R {s['B3'][1]:.3f};  MUC P {s['MUC'][0]:.3f} "
              f"R {s['MUC'][1]:.3f}")


def bench_ecb(split: str = "all") -> None:
    if not ECB.exists():
        print(f"ECB+: skipped: data not found at {ECB}")
        return
    t0 = time.perf_counter()
    topics = [t for t in range(1, 36) if split == "all" or (t % 2 == 0) == (split == "even")]
    mentions, gold, topic_of = load_ecb(topics)
    print(f"ECB+ topics 1-35 ({split}): {len(topic_of)} documents, {len(mentions)} gold event mentions in the "
          f"coreference sentences, {len(set(gold.values()))} gold clusters "
          f"(loaded in {time.perf_counter() - t0:.1f} s)")
    singles = {m: m for m in gold}
    s = scores(gold, singles)
    print(f"  {'baseline: all singletons':<34} " + "  ".join(f"{k} {v[2]:.3f}" for k, v in s.items()))
    lemma = {m.mention_id: f"{topic_of[m.doc_id]}:{stem(m.trigger.split()[-1])}" for m in mentions}
    s = scores(gold, lemma)
    print(f"  {'baseline: same stem within topic':<34} " + "  ".join(f"{k} {v[2]:.3f}" for k, v in s.items()))
    lemma = {m.mention_id: stem(m.trigger.split()[-1]) for m in mentions}
    s = scores(gold, lemma)
    print(f"  {'baseline: same stem, no topics':<34} " + "  ".join(f"{k} {v[2]:.3f}" for k, v in s.items()))
    by_topic: dict[str, list[EventMention]] = defaultdict(list)
    for m in mentions:
        by_topic[topic_of[m.doc_id]].append(m)
    pred: dict[str, str] = {}
    t0 = time.perf_counter()
    for t, ms in by_topic.items():
        for e in fuse(ms, {}):
            for m in e.mentions:
                pred[m.mention_id] = f"{t}:{e.event_id}"
    dt = time.perf_counter() - t0
    s = scores(gold, pred)
    print(f"  {'fuse, within each gold topic':<34} " + "  ".join(f"{k} {v[2]:.3f}" for k, v in s.items())
          + f"   ({len(set(pred.values()))} events, {dt:.1f} s)")
    print(f"  {'':<34} B3 P {s['B3'][0]:.3f} R {s['B3'][1]:.3f};  MUC P {s['MUC'][0]:.3f} "
          f"R {s['MUC'][1]:.3f}")
    for m in mentions:
        m.event_id = None
    _run_ecb(mentions, "fuse, all topics at once", gold)


# --------------------------------------------------------------------------- synthetic
TYPES = ("ASSAULT", "ASSAULT", "ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "ACCUSE", "CONSULT")
TRIGGERS = {"ASSAULT": ("shelled", "attacked", "strike", "bombed"), "COERCE": ("arrested", "raided"),
            "PROTEST": ("protested", "rallied"), "MOBILIZE": ("deployed", "massed"),
            "ACCUSE": ("accused", "condemned"), "CONSULT": ("met", "talks")}
EVENTS_PER_DAY = 25       # events per day over the whole synthetic map (density kept constant)


def synthetic(n: int, seed: int = 7) -> tuple[list[EventMention], dict[str, SourceInfo], dict[str, str]]:
    rnd = random.Random(seed)
    # 12 countries x 20 regions x 10 towns: a map with towns ~15-60 km apart
    towns = []
    for c in range(12):
        for r in range(20):
            lat0, lon0 = 5 + (c // 4) * 10 + (r // 5) * 2.0, 10 + (c % 4) * 12 + (r % 5) * 2.2
            region = Location(f"adm:{c}:{r}", f"Region {c}-{r}", lat0 + 0.8, lon0 + 0.9,
                              f"C{c:02d}", f"Region {c}-{r}", "admin1")
            for t in range(10):
                towns.append((Location(f"town:{c}:{r}:{t}", f"Town {c}-{r}-{t}",
                                       lat0 + rnd.uniform(0, 1.6), lon0 + rnd.uniform(0, 1.8),
                                       f"C{c:02d}", f"Region {c}-{r}", rnd.choice(["town", "village"])),
                              region))
    actors = [(f"Group {i}", f"C{i % 12:02d}", rnd.choice(["MIL", "REB", "GOV", "CVL"])) for i in range(60)]
    outlets = [f"Outlet {i}" for i in range(80)]
    n_events = max(1, n // 4)
    days = max(3, n_events // EVENTS_PER_DAY)
    mentions: list[EventMention] = []
    sources: dict[str, SourceInfo] = {}
    gold: dict[str, str] = {}
    base = 738000  # an ordinal day (2021-07-...)
    from polemos.fuse.features import day_str
    for ev in range(n_events):
        etype = rnd.choice(TYPES)
        town, region = rnd.choice(towns)
        day = base + rnd.randrange(days)
        a, b = rnd.sample(actors, 2)
        killed = rnd.randrange(0, 30)
        for k in range(rnd.choice((2, 3, 4, 5, 6))):
            if len(mentions) >= n:
                break
            doc = f"doc{ev}-{k}"
            outlet = rnd.choice(outlets)
            wire = ["AFP"] if rnd.random() < 0.1 else (["Reuters"] if rnd.random() < 0.1 else [])
            sources[doc] = SourceInfo(doc, outlet, wire, None, day_str(day + rnd.randrange(0, 3)))
            r = rnd.random()
            if r < 0.65:
                ds = de = day_str(day + (rnd.random() < 0.1))
                prec = "day"
            elif r < 0.75:
                ds, de, prec = day_str(day - rnd.randrange(0, 4)), None, "week"
                de = day_str(int(_ord(ds)) + 6)
            elif r < 0.9:
                d = _date(day)
                ds, de, prec = f"{d.year}-{d.month:02d}-01", None, "month"
                de = day_str(_ord(f"{d.year + (d.month == 12)}-{d.month % 12 + 1:02d}-01") - 1)
            else:
                ds = de = prec = None
            r = rnd.random()
            loc = town if r < 0.7 else region if r < 0.85 else None
            r = rnd.random()
            roles = ("source", "target") if r < 0.85 else ("target", "source")
            acts = [] if rnd.random() < 0.1 else [ActorRef(a[0], roles[0], a[1], a[2]),
                                                   ActorRef(b[0], roles[1], b[1], b[2])]
            trig = rnd.choice(TRIGGERS[etype])
            sentence = f"{a[0]} {trig} {b[0]} near {town.name} on day {day}."
            mid = f"m{len(mentions):07d}"
            gold[mid] = f"e{ev}"
            mentions.append(EventMention(
                doc_id=doc, type=etype, trigger=trig, start=0, end=len(sentence), sentence=sentence,
                actors=acts, location=loc, date_start=ds, date_end=de, date_precision=prec,
                numbers={"killed": killed + (rnd.random() < 0.2) * rnd.randrange(1, 5)},
                framing=rnd.choice(("attack", "operation", "aggression", None)),
                outlet=outlet, mention_id=mid))
    return mentions, sources, gold


def _date(ordinal: int):
    import datetime as dt
    return dt.date.fromordinal(ordinal)


def _ord(iso: str) -> int:
    import datetime as dt
    return dt.date.fromisoformat(iso).toordinal()


def bench_synthetic(sizes: list[int]) -> None:
    print("Synthetic merge time (one process, fuse() on all mentions at once):")
    prev = None
    for n in sizes:
        mentions, sources, gold = synthetic(n)
        n = len(mentions)
        t0 = time.perf_counter()
        events = fuse(mentions, sources)
        dt = time.perf_counter() - t0
        pred = {m.mention_id: e.event_id for e in events for m in e.mentions}
        b3 = b_cubed(_clusters(gold), _clusters(pred))
        ratio = f"  x{dt / prev[1]:.1f} time for x{n / prev[0]:.0f} mentions" if prev else ""
        print(f"  {n:>7} mentions -> {len(events):>6} events  {dt:7.2f} s  "
              f"({n / dt:,.0f} mentions/s)  B3 P {b3[0]:.3f} R {b3[1]:.3f} F {b3[2]:.3f}{ratio}")
        prev = (n, dt)
    # incremental: the last 1% of mentions arrives later
    n = sizes[0] * 10 if len(sizes) > 1 else sizes[0]
    mentions, sources, gold = synthetic(n)
    n = len(mentions)
    cut = int(n * 0.99)
    first = fuse(mentions[:cut], sources)
    t0 = time.perf_counter()
    events = fuse(mentions[cut:], sources, existing=first)
    dt = time.perf_counter() - t0
    rebuilt = sum(1 for e in events if not any(e is f for f in first))
    print(f"  incremental: {n - cut} new mentions into {len(first)} events of {cut} mentions: "
          f"{dt:.2f} s, {rebuilt} events rebuilt")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--skip-ecb", action="store_true")
    ap.add_argument("--skip-synthetic", action="store_true")
    ap.add_argument("--split", choices=("all", "even", "odd"), default="all",
                    help="ECB+ topics of one parity (tune on even, hold out odd)")
    args = ap.parse_args()
    if not args.skip_ecb:
        bench_ecb(args.split)
    if not args.skip_synthetic:
        bench_synthetic([int(x) for x in args.sizes.split(",") if x.strip()])


if __name__ == "__main__":
    sys.exit(main())
