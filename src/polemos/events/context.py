"""Where, when and how many: the place and date of a trigger's clause, with fallbacks
(sentence, paragraph context, article focus place / publication date), and casualty
figures stated in the sentence."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Optional

from ..model import Location, PlaceMention, Timex

_PRECISIONS = {"day", "week", "month", "year", "range"}
_VAGUE = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
_LOC_PREPS = {"in", "at", "near", "outside", "inside", "into", "across", "around", "on",
              "along", "within", "throughout", "from", "over", "toward", "towards", "to"}
_NUMWORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten "
                                        "eleven twelve thirteen fourteen fifteen sixteen "
                                        "seventeen eighteen nineteen twenty".split())}
_NUM = r"(\d[\d,]*|" + "|".join(_NUMWORDS) + r")"
_QUAL = r"(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|nearly\s+|some\s+|around\s+|up\s+to\s+)?"
_PATTERNS = {
    key: (re.compile(r"\b(?:killing|killed|kills|left)\s+" + _QUAL + _NUM.replace("(", "(?P<a>", 1)
                     + r"\b" if key == "killed" else
                     r"\b(?:wounding|injuring|wounded|injured)\s+" + _QUAL + _NUM.replace("(", "(?P<a>", 1) + r"\b",
                     re.I),
          re.compile(r"\b" + _QUAL + _NUM.replace("(", "(?P<b>", 1) + r"\s+(?:[\w-]+\s+){0,5}?"
                     r"(?:(?:were|was|have\s+been|had\s+been|are|been)\s+)?"
                     + (r"(?:killed|dead|died|slain|deaths)" if key == "killed"
                        else r"(?:wounded|injured|hurt)") + r"\b", re.I))
    for key in ("killed", "wounded")}
_TROOPS = re.compile(r"\b" + _QUAL + _NUM.replace("(", "(?P<b>", 1)
                     + r"\s+(?:[\w-]+\s+)?(?:troops|soldiers|peacekeepers|servicemen|fighters)\b", re.I)
_BOTH = re.compile(r"\b(?:wounded|injured)\s+or\s+killed|\bkilled\s+or\s+(?:wounded|injured)", re.I)


def _int(s: str) -> Optional[int]:
    s = s.lower().replace(",", "")
    if s in _NUMWORDS:
        return _NUMWORDS[s]
    try:
        v = int(s)
    except ValueError:
        return None
    return v if v < 10_000_000 else None


def numbers(sentence: str) -> dict[str, int]:
    out: dict[str, int] = {}
    if not sentence or len(sentence) > 5000:
        return out
    if not _BOTH.search(sentence):
        for key, pats in _PATTERNS.items():
            for pat in pats:
                m = pat.search(sentence)
                if m:
                    g = "a" if m.groupdict().get("a") else "b"
                    mult = re.match(r"\s+(hundred|thousand|million)\b", sentence[m.end(g):], re.I)
                    # "killed two hundred villagers"
                    v = _scaled(_int(m.group(g) or ""), mult.group(1) if mult else None)
                    if v is not None and not _year_like(v, m.group(0)):
                        out[key] = v
                        break
    m = _TROOPS.search(sentence)
    if m:
        v = _int(m.group("b"))
        if v is not None:
            out["troops"] = v
    return out


_KILLING = frozenset("kill slay massacre murder execute behead die death dead".split())
_WOUNDING = frozenset("wound injure maim hurt".split())
CASUALTY_LEMMAS = _KILLING | _WOUNDING
_LEADING = re.compile(r"^(?:the\s+)?" + _QUAL + _NUM.replace("(", "(?P<n>", 1)
                      + r"(?:\s+(?P<mult>hundred|thousand|million))?\b", re.I)
_MULT = {"hundred": 100, "thousand": 1000, "million": 1_000_000}


def _scaled(v: Optional[int], mult: Optional[str]) -> Optional[int]:
    """A count times the multiplier word after it ("two hundred", "6 thousand")."""
    return v * _MULT[mult.lower()] if v is not None and mult else v


def _year_like(v: int, written: str) -> bool:
    """1900..2100 written without a thousands comma reads as a year, not a count."""
    return 1900 <= v <= 2100 and "," not in written


def victim_counts(trigger_lemma: str, phrases: Iterable[str], sentence: str) -> dict[str, int]:
    """'More than 6,000 people ... were killed': the count that opens a victim phrase
    of a killing or wounding verb, as a casualty figure (not part of an actor name).
    Nothing for 'killed or wounded' (a count of both)."""
    key = "killed" if trigger_lemma in _KILLING else "wounded" if trigger_lemma in _WOUNDING \
        else None
    if key is None or _BOTH.search(sentence or ""):
        return {}
    for ph in phrases:
        m = _LEADING.match(ph or "")
        if not m:
            continue
        v = _scaled(_int(m.group("n")), m.group("mult"))
        if v is not None and 0 < v < 10_000_000 and not _year_like(v, m.group("n")):
            return {key: v}
    return {}


def usable_timex(t: Timex) -> bool:
    return t.kind == "date" and bool(t.date_start or t.date_end) and t.value not in _VAGUE


def background_timex(t: Timex) -> bool:
    """An open span up to now ("since 1994") or a decade: background, not a story date."""
    return t.precision == "decade" or (t.note or "").startswith("since")


def precision(t: Timex) -> str:
    p = t.precision or ""
    if p in _PRECISIONS:
        return p
    if p in ("season", "decade"):
        return "range"
    return "day" if t.date_start == t.date_end else "range"


def _hops_to(doc: Any, ls: int, le: int, targets: set[int], stop: set[int], limit: int = 5
             ) -> Optional[int]:
    span = doc.char_span(max(0, ls), min(len(doc.text), le), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok, hops = span.root, 0
    while hops <= limit:
        if tok.i in targets:
            return hops
        if hops and tok.i in stop:
            return None
        if tok.head == tok:
            return None
        tok, hops = tok.head, hops + 1
    return None


@dataclass
class DatePick:
    start: Optional[str]
    end: Optional[str]
    precision: Optional[str]
    confidence: float
    how: str            # clause | reporting | sentence | context | published | none
    timex: Optional[Timex] = None

    def as_point(self) -> "DatePick":
        """'since 1994, when a ceasefire ended the war': a single act dated by an open
        span happened at its start (the year, month or day the span names)."""
        t = self.timex
        if t is None or not (t.note or "").startswith("since") or not t.date_start:
            return self
        v = (t.value or "")[:10]
        if re.fullmatch(r"\d{4}", v):
            end, prec = f"{v}-12-31", "year"
        elif re.fullmatch(r"\d{4}-\d{2}", v):
            y, m = int(v[:4]), int(v[5:7])
            last = (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
            end, prec = last, "month"
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            end, prec = v, "day"
        else:
            return self
        return DatePick(t.date_start, end, prec, self.confidence, self.how, t)


def _pick(t: Timex, confidence: float, how: str, own: bool = True) -> DatePick:
    """The pick of timex ``t``; ``own``: the date is the clause's own (kept as ``timex``),
    not one borrowed from the reporting verb or the context."""
    return DatePick(t.date_start, t.date_end or t.date_start, precision(t), confidence, how,
                    t if own else None)


def pick_date(doc: Any, sent_start: int, timexes: list[Timex], trig: set[int],
              others: set[int], report_tok: Optional[int], context: Optional[Timex],
              published: Optional[dt.date], claimed: Optional[Timex] = None,
              rel: Optional[Timex] = None, near: frozenset[int] | set[int] = frozenset(),
              said: Optional[Timex] = None) -> DatePick:
    """The date of a trigger's clause. ``claimed``: a date opening the clause (see
    dating.fronted_claims); ``rel``: the date of the phrase a relative clause hangs on;
    ``near``: conjoined verbs whose own date this one shares when it has none; ``said``:
    a date right after the reporting verb ("said on Monday")."""
    if claimed is not None:
        return _pick(claimed, 0.85, "clause")
    best: Optional[tuple[int, Timex]] = None
    rep: Optional[Timex] = None
    free: list[Timex] = []
    for t in timexes:
        ls, le = t.start - sent_start, t.end - sent_start
        h = _hops_to(doc, ls, le, trig, others | ({report_tok} if report_tok is not None else set()))
        if h is not None:
            if best is None or h < best[0]:
                best = (h, t)
            continue
        if report_tok is not None and _hops_to(doc, ls, le, {report_tok}, others) is not None:
            rep = rep or t
            continue
        if _hops_to(doc, ls, le, others, set()) is None:
            free.append(t)
    if best is not None:
        return _pick(best[1], 0.9, "clause")
    if rel is not None:
        return _pick(rel, 0.8, "clause")
    if near:
        stop = (others - set(near)) | ({report_tok} if report_tok is not None else set())
        shared = [(h, t) for t in timexes if (h := _hops_to(doc, t.start - sent_start,
                                                            t.end - sent_start, set(near), stop))
                  is not None]
        if shared:
            return _pick(min(shared, key=lambda ht: ht[0])[1], 0.75, "clause")
    if free:
        return _pick(free[0], 0.6, "sentence")
    rep = rep or said
    if rep is not None:
        # "X said on Wednesday that ...": the event happened on or before that date
        return _pick(rep, 0.45, "reporting", own=False)
    if context is not None:
        return _pick(context, 0.3, "context", own=False)
    if published is not None:
        iso = published.isoformat()
        # Publication date as the latest possible date: precision stays 'day' (what the
        # value is), the low confidence and how='published' say it was a fallback.
        return DatePick(iso, iso, "day", 0.15, "published")
    return DatePick(None, None, None, 0.0, "none")


def to_location(p: PlaceMention) -> Location:
    return Location(place_id=p.place_id, name=p.name, lat=p.lat, lon=p.lon, country=p.country,
                    admin1=p.admin1, feature=p.feature)


def focus_place(places: Iterable[PlaceMention], body_len: int) -> Optional[PlaceMention]:
    """The article's focus: the most mentioned place, early mentions counting double;
    a sub-national place == preferred to a country when it == nearly as frequent."""
    score: Counter = Counter()
    first: dict[str, PlaceMention] = {}
    for p in places:
        first.setdefault(p.place_id, p)
        score[p.place_id] += 2 if p.start < max(600, body_len // 5) else 1
    if not score:
        return None
    ranked = score.most_common()
    top = ranked[0][1]
    for pid, s in ranked:
        if first[pid].feature != "country" and s * 2 >= top:
            return first[pid]
    return first[ranked[0][0]]


def pick_place(doc: Any, sent_start: int, places: list[PlaceMention], trig: set[int],
               others: set[int], report_tok: Optional[int], excluded: list[tuple[int, int]],
               focus: Optional[PlaceMention]) -> tuple[Optional[PlaceMention], float]:
    text = doc.text
    # "Russia-brokered", "Armenia-held": a modifier naming a party, not the event's place
    cands = [p for p in places
             if not any(p.start < e and s < p.end for s, e in excluded)
             and not text[p.end - sent_start:p.end - sent_start + 1] in ("-", "‑")]
    stop = set(others) | ({report_tok} if report_tok is not None else set())
    best: Optional[tuple[int, PlaceMention]] = None
    loose: list[PlaceMention] = []
    for p in cands:
        ls, le = p.start - sent_start, p.end - sent_start
        h = _hops_to(doc, ls, le, trig, stop, limit=6)
        if h is not None:
            if best is None or h < best[0]:
                best = (h, p)
        elif report_tok is None or _hops_to(doc, ls, le, {report_tok}, set(others)) is None:
            loose.append(p)
    if best is not None:
        return best[1], 0.85
    if loose:
        def prep_before(p: PlaceMention) -> bool:
            w = doc.text[max(0, p.start - sent_start - 12):p.start - sent_start].split()
            return bool(w) and w[-1].lower() in _LOC_PREPS | {"the", "of"}
        # Unattached places: one introduced by a preposition, then a place finer than a
        # country, then the one nearest the trigger ("Aghdam was ceded … and Lachin is to
        # be handed over": Lachin for "handed").
        at = min((doc[i].idx for i in trig), default=0) + sent_start
        loose.sort(key=lambda p: (not prep_before(p), p.feature == "country",
                                  min(abs(p.start - at), abs(p.end - at))))
        return loose[0], 0.6
    if focus is not None:
        return focus, 0.3
    return None, 0.0
