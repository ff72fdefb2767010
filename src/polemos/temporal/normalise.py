"""Turning a found expression (scan.Parsed) into a Timex against an anchor date."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Optional

from ..model import Timex
from . import dates as D
from .lexicon import lexicon
from .quantities import (century_number, duration_value, month_number,  # noqa: F401
                         number_value, unit_code)  # (month_number re-exported for pubdate)
from .scan import Parsed

# Expressions more than this many years after the anchor (or today) are suspicious:
# news reports rarely name dates that far ahead except targets ("by 2050").
FAR_FUTURE_YEARS = 30


@dataclass
class Norm:
    kind: str = "date"
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None
    precision: Optional[str] = None
    value: Optional[str] = None
    confidence: float = 0.0
    note: Optional[str] = None


def _day_number(tok: Optional[str]) -> Optional[int]:
    return int(re.match(r"\d+", tok).group(0)) if tok else None


def _day(d: Optional[dt.date], conf: float, note: Optional[str] = None) -> Norm:
    if d is None:
        return Norm(note=note or "date out of calendar range")
    return Norm(start=d, end=d, precision="day", value=d.isoformat(), confidence=conf, note=note)


def _month(y: int, m: int, conf: float, mod: Optional[str] = None) -> Norm:
    start, end = D.month_range(y, m)
    mod = (mod or "").lower()
    if mod.startswith("early") or mod.startswith("the beginning") or mod.startswith("the start"):
        end = D.safe_date(y, m, 10) or end
    elif mod.startswith("mid") or mod.startswith("the middle"):
        start, end = D.safe_date(y, m, 11) or start, D.safe_date(y, m, 20) or end
    elif mod.startswith("late") or mod.startswith("end") or mod.startswith("the end"):
        start = D.safe_date(y, m, 21) or start
    return Norm(start=start, end=end, precision="month", value=f"{y:04d}-{m:02d}",
                confidence=conf, note=f"mod {mod}" if mod else None)


def _year(y: int, conf: float, mod: Optional[str] = None) -> Norm:
    mod = (mod or "").lower()
    start, end = dt.date(y, 1, 1), dt.date(y, 12, 31)
    if mod.startswith("early") or mod.startswith("the beginning") or mod.startswith("the start"):
        end = dt.date(y, 4, 30)
    elif mod.startswith("mid") or mod.startswith("the middle"):
        start, end = dt.date(y, 5, 1), dt.date(y, 8, 31)
    elif mod.startswith("late") or mod.startswith("end") or mod.startswith("the end"):
        start = dt.date(y, 9, 1)
    return Norm(start=start, end=end, precision="year", value=f"{y:04d}", confidence=conf,
                note=f"mod {mod}" if mod and mod != "fiscal" else None)


def _no_anchor(value: Optional[str], kind: str = "date") -> Norm:
    return Norm(kind=kind, value=value, confidence=0.3,
                note="relative expression: no anchor date to resolve it against")


def _explicit(p: Parsed, anchor: Optional[dt.date]) -> Norm:
    gd = p.groups
    if p.family == "iso":
        y, m, d = int(gd["year"]), int(gd["mon"]), int(gd["day"])
    elif p.family == "numeric":
        a, b, yy = int(gd["a"]), int(gd["b"]), gd["year"]
        y = int(yy) if len(yy) == 4 else (2000 + int(yy) if int(yy) < 50 else 1900 + int(yy))
        # a first number above 12 can only be a day; otherwise US month/day order
        m, d = (b, a) if a > 12 else (a, b)
    else:
        m, d = month_number(gd["mon"]), _day_number(gd["day"])
        y = int(gd["year"]) if gd.get("year") else None
    wd = lexicon()["weekdays"].get((gd.get("wd") or "").lower()) if gd.get("wd") else None
    if y is None:
        if anchor is None:
            ok = D.safe_date(2000, m, d) is not None  # 2000 is a leap year
            return Norm(value=f"XXXX-{m:02d}-{d:02d}" if ok else None, confidence=0.3,
                        note="year not stated and no anchor date" if ok
                        else f"impossible date: month {m} day {d}")
        res = D.resolve_month_day(anchor, m, d, p.tense, wd)
        if res is not None and p.prep == "since" and res > anchor:
            # "since September 27": the start of a span up to now is never ahead
            res = D.safe_date(res.year - 1, m, d) or res
        if res is None:
            return Norm(note=f"impossible date: month {m} day {d}")
        return _day(res, 0.85 if p.tense else 0.8)
    date = D.safe_date(y, m, d)
    if date is None:
        return Norm(note=f"impossible date: {y}-{m:02d}-{d:02d}")
    norm = _day(date, 0.95)
    if wd is not None and date.weekday() != wd:
        norm.confidence, norm.note = 0.5, (f"conflicting clues: weekday given does not match "
                                           f"{date.isoformat()} ({date.strftime('%A')})")
    if p.family == "numeric" and a <= 12 and b <= 12 and a != b:
        norm.confidence, norm.note = 0.5, "ambiguous day/month order; read as month/day"
    if gd.get("hh"):
        norm.value = f"{date.isoformat()}T{gd['hh']}:{gd['mi']}"
    return norm


def _weekday(p: Parsed, anchor: Optional[dt.date]) -> Norm:
    gd = p.groups
    wd = lexicon()["weekdays"][gd["wd"].lower()]
    if anchor is None:
        return _no_anchor(f"XXXX-WXX-{wd + 1}")
    rel = (gd.get("rel") or "").lower() or None
    tense = p.tense
    if tense == "present" and not p.text.lower().endswith("'s"):
        # "officials meet on Thursday": a present-tense weekday is today or ahead
        # ("Friday's purchases is ..." names a past day: left to the past reading)
        tense = "future"
    day = D.resolve_weekday(anchor, wd, tense, rel)
    # "Friday night" keeps the plain day as value: TimeBank/AQUAINT annotators add the
    # part-of-day suffix (TNI) less often than not
    return _day(day, 0.8 if (p.tense or rel) else 0.65)


def _relday(p: Parsed, anchor: Optional[dt.date]) -> Norm:
    word = re.sub(r"\s+", " ", p.groups["word"].lower())
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1,
              "the day before yesterday": -2, "the day after tomorrow": 2}.get(word, 0)
    if anchor is None:
        return _no_anchor(None)
    norm = _day(anchor + dt.timedelta(days=offset), 0.85)
    if word.startswith("this "):
        pod = lexicon()["parts_of_day"].get(word.split()[1])
        norm.value += f"T{pod}"
    return norm


def _relunit(p: Parsed, anchor: Optional[dt.date]) -> Norm:
    gd = p.groups
    rel = re.sub(r"\s+", " ", gd["rel"].lower()).replace("the ", "")
    unit = gd["unit"].lower()
    mod = (gd.get("mod") or "").lower()
    step = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1,
            "coming": 1}.get(rel, 0)
    if anchor is None:
        return _no_anchor(None)
    a = anchor
    if unit in ("week", "weekend"):
        ws, we = D.week_range(a + dt.timedelta(days=7 * step))
        if unit == "weekend":
            return Norm(start=ws + dt.timedelta(days=5), end=we, precision="week",
                        value=D.week_value(ws) + "-WE", confidence=0.75)
        if step == 0 and mod == "earlier":
            we = max(ws, a - dt.timedelta(days=1))
        elif step == 0 and mod == "later":
            ws = min(we, a + dt.timedelta(days=1))
        return Norm(start=ws, end=we, precision="week", value=D.week_value(ws), confidence=0.8)
    if unit == "month":
        y, m = D.add_months(a.year, a.month, step)
        norm = _month(y, m, 0.8, mod if mod not in ("earlier", "later") else None)
        if step == 0 and mod == "earlier":
            norm.end = max(norm.start, a - dt.timedelta(days=1))
        return norm
    if unit == "year":
        norm = _year(a.year + step, 0.8, mod if mod not in ("earlier", "later") else None)
        if step == 0 and mod == "earlier":
            norm.end = max(norm.start, a - dt.timedelta(days=1))
        return norm
    if unit == "quarter":
        q = (a.month - 1) // 3 + 1 + step
        y = a.year + (q - 1) // 4
        q = (q - 1) % 4 + 1
        s, e = D.quarter_range(y, q)
        return Norm(start=s, end=e, precision="range", value=f"{y}-Q{q}", confidence=0.7)
    if unit in ("decade", "century"):
        size = 10 if unit == "decade" else 100
        base = (a.year // size + step) * size
        if rel in ("past", "last") and p.text.lower().startswith("the"):
            return Norm(kind="duration", value=f"P1{'DE' if size == 10 else 'CE'}",
                        confidence=0.6)
        return Norm(start=dt.date(base, 1, 1), end=dt.date(base + size - 1, 12, 31),
                    precision="decade" if size == 10 else "range",
                    value=str(base // size), confidence=0.6)
    season = lexicon()["seasons"][unit]
    return _season(season, None, rel, a, 0.7)


def _season(code: str, year: Optional[int], rel: Optional[str], anchor: Optional[dt.date],
            conf: float) -> Norm:
    first, last = lexicon()["season_months"][code]
    if year is None:
        if anchor is None:
            return _no_anchor(f"XXXX-{code}")
        year = anchor.year
        season_start = dt.date(year - (1 if code == "WI" and anchor.month <= 2 else 0), first, 1)
        if rel in ("last", "past") and season_start > anchor - dt.timedelta(days=90):
            year -= 1
        elif rel in ("next", "coming") and season_start <= anchor:
            year += 1
    start = dt.date(year, first, 1)
    end_y = year + 1 if last < first else year
    end = D.month_end(end_y, last)
    return Norm(start=start, end=end, precision="season", value=f"{year}-{code}",
                confidence=conf)


def _quarter(p: Parsed, anchor: Optional[dt.date]) -> Norm:
    gd = p.groups
    ordw = (gd.get("ord") or "").lower()
    rel = re.sub(r"\s+", " ", (gd.get("rel") or "").lower())
    half = gd["unit"].lower() == "half"
    q = lexicon()["ordinals"].get(ordw)
    year = int(gd.get("year") or gd.get("year2") or 0) or None   # "the 1988 second quarter"
    if year is None and anchor is None:
        return _no_anchor(f"XXXX-{'H' if half else 'Q'}{q or 'X'}")
    if half:
        y = year or anchor.year
        n = q if q in (1, 2) else (1 if anchor and anchor.month > 6 else 2)
        return Norm(start=dt.date(y, 6 * n - 5, 1), end=D.month_end(y, 6 * n),
                    precision="range", value=f"{y}-H{n}", confidence=0.6)
    if year is None:
        cur = (anchor.month - 1) // 3 + 1
        y = anchor.year
        if q is None:
            # "the quarter", "the latest quarter": in financial news the one last reported
            q = cur - 1 if rel not in ("current", "this", "next", "coming") else cur
            if rel in ("next", "coming"):
                q = cur + 1
        elif q > cur:
            y -= 1
        if rel in ("year-ago", "year-earlier", "last year's"):
            y -= 1
        y += (q - 1) // 4
        q = (q - 1) % 4 + 1
    else:
        y = year
        q = q or 4
    s, e = D.quarter_range(y, q)
    return Norm(start=s, end=e, precision="range", value=f"{y}-Q{q}", confidence=0.65)


def _defref(p: Parsed, anchor: Optional[dt.date]) -> Norm:
    """"the year", "the weekend", "year-end", and the financial-report references
    "the latest period", "the fiscal year", "year-earlier" / "the year-ago period"
    (a year before the period reported on; _quarter_context refines it to a quarter)."""
    gd = p.groups
    if anchor is None:
        return _no_anchor(None)
    rel = re.sub(r"\s+", " ", (gd.get("rel") or gd.get("adj") or "").lower())
    unit = (gd.get("unit") or gd.get("bare") or "").lower()
    after = p.extra.get("after", "")
    if gd.get("ye"):
        # "since year-end", "had at year-end" look back; "by year-end" ahead
        y = anchor.year - 1 if p.prep == "since" or (
            p.tense == "past" and p.prep not in ("deadline", "until")) else anchor.year
        return _day(dt.date(y, 12, 31), 0.6)
    if unit == "weekend":
        a = anchor
        if p.tense == "future":
            ref = a if a.weekday() >= 5 else a + dt.timedelta(days=5 - a.weekday())
        elif a.weekday() >= 5 and p.tense != "past":
            ref = a
        else:
            ref = a - dt.timedelta(days=a.weekday() + 1)   # the Sunday before
            if a.weekday() == 6 and p.tense == "past":
                ref = a
        ws, we = D.week_range(ref)
        return Norm(start=ws + dt.timedelta(days=5), end=we, precision="week",
                    value=D.week_value(ws) + "-WE", confidence=0.6)
    if unit == "year" and re.match(r"(?i)\s+(?:ended|ending|through|to\s+\w+\.?\s+\d)", after):
        # "for the year ended Sept. 30": a twelve-month span, not a calendar year
        return Norm(kind="duration", value="P1Y", confidence=0.6)
    if rel in ("year-earlier", "year-ago") and unit == "period":
        # "the year-ago period" with no quarter named nearby: the last completed quarter,
        # a year before (the usual subject of a results report)
        q = (anchor.month - 1) // 3 or 4
        y = anchor.year - 1 - (1 if anchor.month <= 3 else 0)
        s, e = D.quarter_range(y, q)
        return Norm(start=s, end=e, precision="range", value=f"{y}-Q{q}", confidence=0.4)
    if rel in ("year-earlier", "year-ago"):
        norm = _year(anchor.year - 1, 0.5)
        norm.note = "a year before the period reported on"
        return norm
    if unit == "period":        # "the latest period": the last completed quarter
        q = (anchor.month - 1) // 3
        y = anchor.year if q else anchor.year - 1
        q = q or 4
        s, e = D.quarter_range(y, q)
        return Norm(start=s, end=e, precision="range", value=f"{y}-Q{q}", confidence=0.5)
    if rel == "latest fiscal":
        return _year(anchor.year - 1, 0.5)
    return _year(anchor.year, 0.6)


def _ago(p: Parsed, anchor: Optional[dt.date]) -> Norm:
    gd = p.groups
    n = number_value(gd["num"])
    unit = unit_code(gd["unit"])
    direction = re.sub(r"\s+", " ", gd["dir"].lower())
    approx = (gd.get("approx") or "").lower()
    dur = duration_value(n, unit)
    if direction in ("after", "before", "since"):
        ref = p.extra.get("ref_year")
        if ref is not None and unit in ("Y", "DE", "CE") and n is not None:
            years = n * {"Y": 1, "DE": 10, "CE": 100}[unit]
            y = int(round(ref + years if direction != "before" else ref - years))
            norm = _year(y, 0.5)
            norm.note = f"{p.text} {ref}: offset from a dated event"
            return norm
        return Norm(kind="duration", value=dur, confidence=0.6,
                    note=f"offset '{direction}' an event with no date in the sentence")
    if anchor is None:
        return _no_anchor(None)
    if n is None:
        return Norm(value="PAST_REF" if direction in ("ago", "earlier") else "FUTURE_REF",
                    confidence=0.4, note="vague amount")
    sign = -1 if direction in ("ago", "earlier") else 1
    day = D.shift(anchor, sign * n, unit)
    if day is None:
        return Norm(note="offset out of calendar range")
    conf = 0.7 if direction in ("ago", "from now", "hence") else 0.45
    note = f"approximate ({approx})" if approx else None
    if direction in ("earlier", "later"):
        note = (note + "; " if note else "") + "relative to the anchor, may be to an event"
    if unit in ("D", "H", "MIN", "S"):
        return _day(day, conf, note)
    if unit in ("W", "FN"):
        ws, we = D.week_range(day)
        return Norm(start=ws, end=we, precision="week", value=D.week_value(day),
                    confidence=conf, note=note)
    if unit in ("M", "Q"):
        norm = _month(day.year, day.month, conf)
    elif unit == "DE":
        norm = Norm(start=dt.date(day.year // 10 * 10, 1, 1),
                    end=dt.date(day.year // 10 * 10 + 9, 12, 31), precision="decade",
                    value=str(day.year // 10), confidence=conf)
    else:
        norm = _year(day.year, conf)
    norm.note = note
    return norm


def normalise(p: Parsed, anchor: Optional[dt.date]) -> Norm:
    """Calendar value of one expression (never raises on odd input)."""
    if p.prep == "since" and p.tense != "past":
        # "since September 27", "since Friday": the start of a span up to now lies in
        # the past whatever the tense of the clause (the nearest earlier date)
        p = replace(p, tense="past")
    fam, gd = p.family, p.groups
    if fam in ("iso", "numeric", "dmy", "mdy"):
        return _explicit(p, anchor)
    if fam == "my":
        m, y = month_number(gd["mon"]), int(gd["year"])
        return _month(y, m, 0.9, gd.get("mod"))
    if fam == "month":
        m = month_number(gd["mon"])
        rel = (gd.get("rel") or "").lower()
        if anchor is None:
            return _no_anchor(f"XXXX-{m:02d}")
        # "by February", "through January": a deadline or the end of a span lies ahead
        tense = "future" if p.prep in ("deadline", "until") else p.tense
        y, m = D.resolve_month(anchor, m, tense, rel if rel in ("last", "next", "this") else None)
        return _month(y, m, 0.7, rel if rel not in ("last", "next", "this") else None)
    if fam == "year":
        return _year(int(gd["year"]), 0.9, gd.get("mod"))
    if fam == "decade":
        if gd.get("dec"):
            base = int(gd["dec"])
        else:
            two = int(gd["dec2"])
            century = (anchor.year // 100 * 100) if anchor else 1900
            base = century + two if (anchor is None or century + two <= anchor.year) \
                else century - 100 + two
        mod = (gd.get("mod") or "").lower()
        s, e = dt.date(base, 1, 1), dt.date(base + 9, 12, 31)
        if mod == "early":
            e = dt.date(base + 3, 12, 31)
        elif mod == "mid":
            s, e = dt.date(base + 3, 1, 1), dt.date(base + 6, 12, 31)
        elif mod == "late":
            s = dt.date(base + 6, 1, 1)
        return Norm(start=s, end=e, precision="decade", value=str(base // 10), confidence=0.85,
                    note=f"mod {mod}" if mod else None)
    if fam == "century":
        n = century_number(gd["num"])
        if not 1 <= n <= 21:
            return Norm(note="century out of range")
        base = (n - 1) * 100
        return Norm(start=dt.date(max(1, base), 1, 1), end=dt.date(base + 99, 12, 31),
                    precision="range", value=f"{n - 1:02d}", confidence=0.8)
    if fam == "weekday":
        return _weekday(p, anchor)
    if fam == "relday":
        return _relday(p, anchor)
    if fam == "relunit":
        return _relunit(p, anchor)
    if fam == "ago":
        return _ago(p, anchor)
    if fam in ("duration", "unitlong", "bareplural"):
        n = number_value(gd.get("num")) if fam == "duration" else (
            1 if fam == "unitlong" and not gd["unit"].lower().endswith("s") else None)
        if fam == "duration" and (gd.get("half") or gd.get("half2")) and n is not None:
            n += 0.5               # "a minute and a half"
        note = None
        if fam == "duration" and gd.get("approx"):
            note = f"approximate ({gd['approx'].lower()})"
        return Norm(kind="duration", value=duration_value(n, unit_code(gd["unit"])),
                    confidence=0.8, note=note)
    if fam == "quarter":
        return _quarter(p, anchor)
    if fam == "vagueplural":
        unit = unit_code(gd.get("unit") or gd.get("unit2") or gd.get("unit3") or "")
        return Norm(kind="duration", value=duration_value(None, unit), confidence=0.5,
                    note="vague length")
    if fam == "recent":
        unit = unit_code(gd["unit"])
        return Norm(kind="duration", value="PXM" if unit == "Q" else duration_value(None, unit),
                    confidence=0.5, note="vague length up to now")
    if fam == "holiday":
        name = re.sub(r"\s+", " ", gd["name"].lower())
        rule = lexicon()["holidays"][name]
        if anchor is None:
            return _no_anchor(None)
        rel = (gd.get("rel") or "").lower() or None
        day = D.resolve_holiday(anchor, rule, p.tense, rel)
        this_year = D.holiday_date(rule, anchor.year)
        if name.endswith(" week") and this_year and \
                D.week_range(this_year)[0] <= anchor <= D.week_range(this_year)[1]:
            day = this_year          # "Easter week began": the week we are in
        if day is not None and name.endswith(" week"):
            ws, we = D.week_range(day)
            return Norm(start=ws, end=we, precision="week", value=D.week_value(day),
                        confidence=0.7)
        return _day(day, 0.75)
    if fam == "defref":
        return _defref(p, anchor)
    if fam == "season":
        rel = (gd.get("rel") or "").lower() or None
        code = lexicon()["seasons"][gd["season"].lower()]
        return _season(code, int(gd["year"]) if gd.get("year") else None, rel, anchor, 0.7)
    if fam == "set":
        if gd.get("w"):
            return Norm(kind="set", value=lexicon()["sets"][gd["w"].lower()], confidence=0.8)
        unit = gd["unit"].lower()
        wds = lexicon()["weekdays"]
        value = f"XXXX-WXX-{wds[unit] + 1}" if unit in wds else {
            "day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "weekend": "P1W",
            "morning": "TMO", "night": "TNI", "evening": "TEV"}[unit]
        return Norm(kind="set", value=value, confidence=0.75)
    if fam == "ref":
        ref = lexicon()["refs"][re.sub(r"\s+", " ", p.text.lower())]
        if ref == "PRESENT_REF" and anchor is not None:
            return Norm(start=anchor, end=anchor, precision="day", value=ref, confidence=0.3,
                        note="vague: the present")
        return Norm(value=ref, confidence=0.3, note="vague reference, no calendar date")
    if fam in ("clock", "pod"):
        if anchor is None:
            return _no_anchor(None)
        norm = _day(anchor, 0.5, "same day as the anchor or the day named nearby")
        if fam == "clock":
            h = int(gd["h"]) % 12 + (12 if gd["ap"].lower().startswith("p") else 0)
            norm.value += f"T{h:02d}:{gd.get('mi') or '00'}"
        else:
            word = re.sub(r"\s+", " ", (gd.get("pod") or gd.get("pod2")).lower())
            pod = lexicon()["parts_of_day"].get(word, "MO")
            norm.value += {"MI": "T12:00"}.get(pod, f"T{pod}")
        return norm
    return Norm(note=f"unknown family {fam}")


def to_timex(p: Parsed, norm: Norm, anchor: Optional[dt.date]) -> Timex:
    """Apply since/by/until semantics and build the Timex record."""
    start, end, precision, note = norm.start, norm.end, norm.precision, norm.note
    if norm.kind == "date" and p.prep and start is not None:
        if p.prep == "since":
            end = anchor if anchor and anchor >= start else None
            precision = "range"
            note = _join(note, "since: open range up to the anchor")
        elif p.prep == "deadline":
            start = anchor if anchor and anchor <= end else None
            precision = "range"
            note = _join(note, "deadline")
        elif p.prep == "until":
            note = _join(note, "until: end of a range")
    if norm.kind == "date" and norm.start is not None \
            and norm.start.year > max(anchor.year if anchor else 0,
                                      dt.date.today().year) + FAR_FUTURE_YEARS:
        note = _join(note, "far-future year")
        norm.confidence = min(norm.confidence, 0.2)
    return Timex(start=p.start, end=p.end, text=p.text, kind=norm.kind,
                 date_start=start.isoformat() if start else None,
                 date_end=end.isoformat() if end else None,
                 precision=precision if (start or end) else None,
                 confidence=round(norm.confidence, 3), value=norm.value, note=note)


def _join(a: Optional[str], b: str) -> str:
    return f"{a}; {b}" if a else b
