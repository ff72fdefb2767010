"""Calendar arithmetic used to resolve expressions against an anchor date."""
from __future__ import annotations

import calendar as _cal
import datetime as dt
from typing import Optional

Date = dt.date


def safe_date(y: int, m: int, d: int) -> Optional[Date]:
    """The date, or None when it does not exist (February 30, month 13)."""
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def month_end(y: int, m: int) -> Date:
    return dt.date(y, m, _cal.monthrange(y, m)[1])


def month_range(y: int, m: int) -> tuple[Date, Date]:
    return dt.date(y, m, 1), month_end(y, m)


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def shift(anchor: Date, n: float, unit: str) -> Optional[Date]:
    """anchor moved by n units (negative = past); None when out of calendar range."""
    try:
        if unit in ("D", "H", "MIN", "S"):
            days = n if unit == "D" else n / {"H": 24, "MIN": 1440, "S": 86400}[unit]
            return anchor + dt.timedelta(days=round(days))
        if unit in ("W", "FN"):
            return anchor + dt.timedelta(days=round(n * (14 if unit == "FN" else 7)))
        months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit] * n
        y, m = add_months(anchor.year, anchor.month, round(months))
        return dt.date(y, m, min(anchor.day, _cal.monthrange(y, m)[1]))
    except (ValueError, OverflowError, KeyError):
        return None


def week_range(d: Date) -> tuple[Date, Date]:
    start = d - dt.timedelta(days=d.weekday())
    return start, start + dt.timedelta(days=6)


def week_value(d: Date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def quarter_range(y: int, q: int) -> tuple[Date, Date]:
    return dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q)


def resolve_weekday(anchor: Date, weekday: int, tense: Optional[str],
                    rel: Optional[str] = None) -> Date:
    """The day named by a weekday: the most recent one (today included) for past or
    unmarked tense, the next one (today included) for future tense."""
    back = (anchor.weekday() - weekday) % 7
    fwd = (weekday - anchor.weekday()) % 7
    if rel in ("last", "past", "previous"):
        return anchor - dt.timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return anchor + dt.timedelta(days=fwd or 7)
    if rel == "this":
        return week_range(anchor)[0] + dt.timedelta(days=weekday)
    if tense == "future":
        return anchor + dt.timedelta(days=fwd)
    return anchor - dt.timedelta(days=back)


def _tense_cost(delta_days: int, tense: Optional[str]) -> float:
    """Distance of a candidate from the anchor, penalised when it contradicts the tense.
    Unmarked tense: plain nearest (TimeBank month-day references fall about as often
    after the document date as before it)."""
    cost = abs(delta_days)
    if tense == "past" and delta_days > 0:
        cost += 200
    elif tense == "future" and delta_days < 0:
        cost += 200
    return cost


def resolve_month_day(anchor: Date, m: int, d: int, tense: Optional[str],
                      weekday: Optional[int] = None) -> Optional[Date]:
    """Year for a month-day without one: nearest to the anchor consistent with tense;
    a stated weekday wins when one candidate year matches it."""
    cands = [c for c in (safe_date(anchor.year + k, m, d) for k in (-1, 0, 1)) if c]
    if not cands:
        return None
    if weekday is not None:
        match = [c for c in cands if c.weekday() == weekday]
        if match:
            cands = match
    return min(cands, key=lambda c: _tense_cost((c - anchor).days, tense))


def resolve_month(anchor: Date, m: int, tense: Optional[str],
                  rel: Optional[str] = None) -> tuple[int, int]:
    """Year for a bare month ("in February"): the nearest one consistent with tense."""
    if rel == "this":
        return anchor.year, m
    if rel == "last":
        return (anchor.year if m < anchor.month else anchor.year - 1), m
    if rel == "next":
        return (anchor.year if m > anchor.month else anchor.year + 1), m
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        delta = (y * 12 + m) - (anchor.year * 12 + anchor.month)
        cost = abs(delta) + (20 if (tense == "past" and delta > 0)
                             or (tense == "future" and delta < 0) else 0)
        if best is None or cost < best[0]:
            best = (cost, y)
    return best[1], m


def easter(y: int) -> Date:
    """Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def holiday_date(rule: str, y: int) -> Optional[Date]:
    """The day a holiday rule (see lexicon.json "holidays") gives in year y; None if bad."""
    try:
        kind, _, rest = rule.partition(":")
        if kind == "fixed":
            m, d = rest.split("-")
            return safe_date(y, int(m), int(d))
        if kind == "easter":
            return easter(y) + dt.timedelta(days=int(rest))
        if kind == "nth":
            parts = rest.split(":")
            m, wd, n = int(parts[0]), int(parts[1]), int(parts[2])
            shift = int(parts[3]) if len(parts) > 3 else 0
            if n > 0:
                first = dt.date(y, m, 1)
                day = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
            else:
                last = month_end(y, m)
                day = last - dt.timedelta(days=(last.weekday() - wd) % 7)
            return day + dt.timedelta(days=shift)
    except (ValueError, IndexError, OverflowError):
        return None
    return None


def resolve_holiday(anchor: Date, rule: str, tense: Optional[str],
                    rel: Optional[str] = None) -> Optional[Date]:
    """The occurrence of a holiday meant: "last"/past tense the latest on or before the
    anchor, "next"/future the first on or after it, otherwise the nearest."""
    cands = [c for c in (holiday_date(rule, anchor.year + k) for k in (-1, 0, 1)) if c]
    if not cands:
        return None
    if rel == "this":
        return holiday_date(rule, anchor.year)
    if rel == "last" or (tense == "past" and rel != "next"):
        past = [c for c in cands if c <= anchor]
        return max(past) if past else None
    if rel == "next" or tense == "future":
        fut = [c for c in cands if c >= anchor]
        return min(fut) if fut else None
    return min(cands, key=lambda c: abs((c - anchor).days))
