"""infer_publication_date: date an article from what its text says.

Every candidate day P is scored by how consistent the text is with being published on P
(log-likelihood terms, priors in lexicon.json "pubdate_priors"):
  * dated past references ("On September 19", "November 25, 2020") must lie on or before
    P, the latest one close before it (news names the last few days by weekday, so a
    month-day reference 2..6 days old is rarer than one 0, 1 or 8+ days old);
  * weekdays ("on Tuesday") lie 0..6 days before P (after P for future tense);
  * bare years ("in 2020") lie before P's year, usually 1..4 years;
  * elapsed phrases ("nearly three years after", "in nearly three decades") paired with
    the years of the text;
  * a weekday that falls on a dated reference is taken as the same day (year evidence).
Candidate days are the 75 days following every dated reference, in each plausible year.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Optional

from ..model import Timex
from . import dates as D
from .lexicon import lexicon
from .normalise import month_number, number_value, unit_code
from .scan import Parsed, scan

_CANDIDATE_SPAN_DAYS = 75      # how long after a dated reference publication is considered
_MAX_YEARS_AFTER = 6           # candidate years: latest year mentioned .. +6
_MAX_REFS = 40                 # bound work on very long texts
_UNIT_YEARS = {"Y": 1.0, "DE": 10.0, "CE": 100.0, "M": 1 / 12}


@dataclass
class _Evidence:
    full: list[tuple[dt.date, Optional[str], str]] = field(default_factory=list)
    month_day: list[tuple[int, int, Optional[int], Optional[str], str]] = field(default_factory=list)
    weekdays: dict[tuple[int, str], str] = field(default_factory=dict)
    years: list[int] = field(default_factory=list)
    elapsed: list[tuple[float, float, bool, Optional[int], str]] = field(default_factory=list)
    earlier_this_week: bool = False
    stamps: list[dt.date] = field(default_factory=list)


_STAMP = re.compile(r"(?i)\b(?:published|posted|updated|dated|first\s+published|last\s+"
                    r"updated|created|date)\b[^\n]{0,30}$")


def _collect(parsed: list[Parsed], today: dt.date, text: str) -> _Evidence:
    ev = _Evidence()
    wds = lexicon()["weekdays"]
    for p in parsed:
        gd, fam = p.groups, p.family
        future = p.tense == "future" or p.prep in ("deadline", "until")
        if fam in ("iso", "dmy", "mdy"):
            wd = wds.get((gd.get("wd") or "").lower()) if gd.get("wd") else None
            if fam == "iso":
                y, m, d = int(gd["year"]), int(gd["mon"]), int(gd["day"])
            else:
                y = int(gd["year"]) if gd.get("year") else None
                m, d = month_number(gd["mon"]), int("".join(c for c in gd["day"] if c.isdigit()))
            if y is None:
                if D.safe_date(2000, m, d):
                    ev.month_day.append((m, d, wd, "future" if future else p.tense, p.text))
                continue
            date = D.safe_date(y, m, d)
            if date and date <= today:
                if _STAMP.search(text, max(0, p.start - 45), p.start):
                    ev.stamps.append(date)
                ev.full.append((date, "future" if future else p.tense, p.text))
                if not future:
                    ev.years.append(y)
        elif fam == "my" and not future:
            ev.years.append(int(gd["year"]))
        elif fam == "year" and not future and p.tense != "future":
            y = int(gd["year"])
            if y <= today.year:
                ev.years.append(y)
        elif fam == "weekday":
            rel = (gd.get("rel") or "").lower()
            kind = "future" if (p.tense == "future" or rel in ("next", "coming")) else (
                p.tense or "present")
            ev.weekdays.setdefault((wds[gd["wd"].lower()], kind), p.text)
        elif fam == "relunit" and p.text.lower().startswith("earlier this week"):
            ev.earlier_this_week = True
        elif fam in ("ago", "duration"):
            unit = unit_code(gd["unit"])
            n = number_value(gd.get("num"))
            if n is None or unit not in _UNIT_YEARS:
                continue
            if fam == "ago" and (gd.get("dir") or "").lower() not in ("after", "since"):
                continue
            x = n * _UNIT_YEARS[unit]
            approx = lexicon()["approximators"].get((gd.get("approx") or "").lower())
            if approx == "less":
                lo, hi, tri = 0.9 * x, x, True     # "nearly three years": 2.7 to 3
            elif approx == "more":
                lo, hi, tri = x, 1.3 * x, False
            elif approx == "approx":
                lo, hi, tri = 0.85 * x, 1.15 * x, False
            else:
                lo, hi, tri = x, x + (1.0 if unit == "Y" else 0.1 * x), False
            if fam == "duration" and not (approx or x >= 10):
                continue       # "six weeks of fighting": a length, not time since something
            ev.elapsed.append((lo, hi, tri, p.extra.get("ref_year"), p.text))
    ev.full = ev.full[:_MAX_REFS]
    ev.month_day = ev.month_day[:_MAX_REFS]
    return ev


def _elapsed_fit(p_frac: float, y0: int, lo: float, hi: float, tri: bool) -> float:
    """Probability mass of "elapsed in [lo, hi]" when the event is somewhere in year y0
    (uniform) and publication at p_frac; triangular rising to hi for "nearly"."""
    a, b = p_frac - y0 - 1.0, p_frac - y0
    a2, b2 = max(a, lo), min(b, hi)
    if b2 <= a2:
        return 0.0
    if not tri:
        return (b2 - a2) / max(hi - lo, 1e-9) * min(1.0, (hi - lo))
    width = hi - lo
    return ((b2 - lo) ** 2 - (a2 - lo) ** 2) / (width * width)


def _score(P: dt.date, ev: _Evidence, ymax: Optional[int], pri: dict) -> tuple[float, list[str]]:
    s = 0.0
    why: list[str] = []
    latest: Optional[tuple[int, str]] = None
    past_days: set[dt.date] = set()     # dated references told in the past tense
    # full dates as written, then month-days given the year nearest to P; a future
    # month-day is resolved forward, so only a written future date can lie before P
    refs = [(date, tense, txt, True) for date, tense, txt in ev.full]
    for m, d, wd, tense, txt in ev.month_day:
        res = D.resolve_month_day(P, m, d, "future" if tense == "future" else "past")
        if res is None:
            continue
        if wd is not None and res.weekday() != wd:
            s += pri["weekday_mismatch_same_phrase"]
        refs.append((res, tense, txt, False))
    for date, tense, txt, written in refs:
        gap = (P - date).days
        if tense == "future":
            if written and gap > 0:
                s += pri["date_after_publication"] / 2
            continue
        if gap < 0:
            s += pri["date_after_publication"]
            continue
        if tense == "past":
            past_days.add(date)
        if latest is None or gap < latest[0]:
            latest = (gap, txt)
    if latest is not None:
        table = pri["latest_date_gap"]
        g = latest[0]
        s += table[g] if g < len(table) else table[-1] - pri["latest_date_gap_tail_per_day"] * (
            g - len(table) + 1)
        why.append(f"'{latest[1]}' {g} d before")
    coincide = False
    past_gaps: list[int] = []
    for (wd, kind), txt in ev.weekdays.items():
        ahead = (wd - P.weekday()) % 7
        back = (P.weekday() - wd) % 7
        if kind == "future":
            s += pri["weekday_gap_future"][ahead]
        elif kind == "present":
            s += max(pri["weekday_gap_present"][ahead], pri["weekday_present_in_past"])
        else:
            past_gaps.append(back)
            # "on Tuesday launched" + "On September 19, ... unleashed": one past day
            if not coincide and kind == "past" and P - dt.timedelta(days=back) in past_days:
                coincide = True
                s += pri["weekday_matches_date"]
                why.append(f"'{txt}' falls on a dated reference")
    # each weekday told in the past lies so many days back: the table was counted over
    # all such mentions (most are today or yesterday), so every one of them is scored
    s += sum(pri["weekday_gap_past"][g] for g in past_gaps)
    for date in set(ev.stamps):
        if P == date:
            s += pri["stamp_match"]
            why.append(f"stamp {date.isoformat()}")
    if ev.weekdays:
        why.append("weekdays " + ", ".join(sorted({t for t in ev.weekdays.values()})))
    if ymax is not None:
        k = P.year - ymax
        table = pri["year_after_latest"]
        s += pri["year_before_latest"] * -k if k < 0 else (
            table[k] if k < len(table) else table[-1] - 0.7 * (k - len(table) + 1))
    if ev.elapsed and ev.years:
        p_frac = P.year + (P.timetuple().tm_yday - 0.5) / 366.0
        for lo, hi, tri, ref, txt in ev.elapsed:
            pairs = [ref] if ref is not None else sorted(set(ev.years))
            best = max(_elapsed_fit(p_frac, y0, lo, hi, tri) for y0 in pairs)
            s += pri["elapsed_phrase_weight"] * math.log(0.05 + best)
        why.append("elapsed " + ", ".join(f"'{e[4]}'" for e in ev.elapsed[:3]))
    if ev.earlier_this_week and P.weekday() == 0:
        s -= 1.0
    return s, why


def infer_publication_date(text: str, timexes: list[Timex] | None = None
                           ) -> tuple[dt.date | None, float, str]:
    """(date, confidence 0..1, one-line reason) for an article whose date is not given.

    ``timexes`` is accepted for symmetry with the other calls; the inference re-reads the
    text without an anchor (about a millisecond) because it needs tense and the raw
    month/day/weekday parts, not resolved dates. Answers only with at least one dated
    reference (a day and month) and at least one year in the text; otherwise
    (None, 0.0, reason)."""
    if not isinstance(text, str) or not text.strip():
        return None, 0.0, "no text"
    today = dt.date.today()
    ev = _collect(scan(text), today, text)
    if not ev.full and not ev.month_day:
        return None, 0.0, "no dated reference (day and month) in the text"
    past_years = [y for y in ev.years if y <= today.year]
    if not past_years:
        return None, 0.0, "no year stated in the text"
    ymax = max(past_years)
    years = set(range(ymax, min(today.year, ymax + _MAX_YEARS_AFTER) + 1))
    years |= {d.year for d, _, _ in ev.full}
    cands: set[dt.date] = set()
    for date, tense, _ in ev.full:
        if tense != "future":
            cands.update(date + dt.timedelta(days=k) for k in range(_CANDIDATE_SPAN_DAYS))
    for m, d, _, tense, _ in ev.month_day:
        if tense == "future":
            continue
        for y in years:
            base = D.safe_date(y, m, d)
            if base:
                cands.update(base + dt.timedelta(days=k) for k in range(_CANDIDATE_SPAN_DAYS))
    cands = {c for c in cands if c <= today and c.year in years}
    if not cands:
        return None, 0.0, "dated references give no plausible day"
    pri = lexicon()["pubdate_priors"]
    scored = sorted(((_score(c, ev, ymax, pri), c) for c in cands),
                    key=lambda t: (-t[0][0], t[1]))
    (best, why), day = scored[0]
    runner = next((sc[0] for sc, c in scored[1:] if abs((c - day).days) > 1), None)
    margin = best - runner if runner is not None else 3.0
    # margin in log-likelihood units; 0 -> a coin toss between two days, 3 -> ~95 %
    confidence = max(0.05, min(0.95, 1.0 - 0.5 * math.exp(-margin)))
    year_stated = any(d.year == day.year for d, t, _ in ev.full if t != "future")
    year_argued = any(w.startswith("elapsed") for w in why)
    weekday_year = any("falls on a dated reference" in w for w in why)
    if weekday_year and not (year_stated or year_argued):
        # a weekday falling on a month-day fits about one candidate year in seven: good
        # evidence only when the right year is among the candidates, which a text that
        # names no recent year cannot promise (TimeBank: such answers were mostly wrong)
        confidence = min(confidence, 0.45)
        why.append("year from the weekday alone")
    elif not (year_stated or year_argued):
        # the year rests on the bare-year prior alone (TimeBank: right about 1 time in 4)
        confidence = min(confidence, 0.3)
        why.append("year guessed from the years mentioned")
    confidence = round(confidence, 2)
    return day, confidence, "; ".join(why) or "dated references"
