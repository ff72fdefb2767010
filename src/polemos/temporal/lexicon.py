"""Loading and checking the temporal vocabulary (lexicon.json), lazily and once."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

LEXICON_PATH = Path(__file__).with_name("lexicon.json")

_REQUIRED = ("months", "month_abbreviations", "weekdays", "numbers", "units", "seasons",
             "season_months", "parts_of_day", "approximators", "refs", "sets",
             "range_prepositions", "tense", "pubdate_priors")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The parsed lexicon (read on first use, cached)."""
    with LEXICON_PATH.open(encoding="utf-8") as fh:
        return json.load(fh)


def validate(lex: dict[str, Any] | None = None) -> list[str]:
    """Problems found in the lexicon (empty list when consistent)."""
    lex = lexicon() if lex is None else lex
    problems: list[str] = []
    for key in _REQUIRED:
        if key not in lex:
            problems.append(f"missing section {key!r}")
    if problems:
        return problems
    if sorted(lex["months"].values()) != list(range(1, 13)):
        problems.append("months must map to 1..12 exactly once")
    for abbr, num in lex["month_abbreviations"].items():
        full = [m for m, n in lex["months"].items() if n == num]
        if not full or not full[0].startswith(abbr[:3]):
            problems.append(f"abbreviation {abbr!r} does not match month {num}")
    if sorted(lex["weekdays"].values()) != list(range(7)):
        problems.append("weekdays must map to 0..6 exactly once")
    for code in lex["seasons"].values():
        if code not in lex["season_months"]:
            problems.append(f"season code {code!r} has no months")
    for value in lex["refs"].values():
        if value not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
            problems.append(f"bad ref value {value!r}")
    for name, words in lex["tense"].items():
        if len(words) != len(set(words)):
            problems.append(f"duplicate words in tense list {name!r}")
        if any(w != w.lower() for w in words):
            problems.append(f"tense list {name!r} must be lower case")
    overlap = set(lex["tense"]["past"]) & set(lex["tense"]["not_past_ed"])
    if overlap:
        problems.append(f"words both past and not past: {sorted(overlap)}")
    from .dates import holiday_date
    for name, rule in lex.get("holidays", {}).items():
        if name != name.lower() or holiday_date(rule, 2001) is None:
            problems.append(f"bad holiday {name!r}: {rule!r}")
    priors = lex["pubdate_priors"]
    for key in ("latest_date_gap", "weekday_gap_past", "weekday_gap_future"):
        if any(v > 0 for v in priors[key]):
            problems.append(f"prior {key} must hold log-probabilities (<= 0)")
    if len(priors["weekday_gap_past"]) != 7 or len(priors["weekday_gap_future"]) != 7:
        problems.append("weekday gap priors need 7 entries (0..6 days)")
    return problems
