"""Numbers, units and month names as written in temporal expressions ("five 1/2",
"twenty-three", "Sept."), and the TIMEX3 duration values they make ("P2Y6M")."""
from __future__ import annotations

import re
from typing import Optional

from .lexicon import lexicon


def month_number(name: Optional[str]) -> Optional[int]:
    if not name:
        return None
    lex = lexicon()
    key = name.rstrip(".").lower()
    return lex["months"].get(key) or lex["month_abbreviations"].get(key)


def number_value(tok: Optional[str]) -> Optional[float]:
    """Numeric value of "44", "three", "twenty-five", "a"; None for vague ("several")."""
    if not tok:
        return None
    t = re.sub(r"\s+", " ", tok.lower().strip())
    half = re.match(r"(\d+)\s*(?:1/2|\u00bd)$", t)
    if half:                       # "5 1/2 hours"
        return int(half.group(1)) + 0.5
    try:
        return float(t)
    except ValueError:
        pass
    nums = lexicon()["numbers"]
    if t in nums:
        return float(nums[t])
    parts = re.split(r"[\s-]", t)
    if len(parts) == 2 and parts[0] in nums and parts[1] in nums:
        return float(nums[parts[0]] + nums[parts[1]])
    return None


def unit_code(tok: str) -> str:
    t = tok.lower()
    t = lexicon()["unit_plurals"].get(t, t)
    if t.endswith("s") and t[:-1] in lexicon()["units"]:
        t = t[:-1]
    return lexicon()["units"].get(t, "D")


# A half unit written in the next smaller unit (TIMEX3: "2 1/2 years" -> P2Y6M).
_HALF = {"Y": ("M", 6), "M": ("D", 15), "D": ("H", 12), "H": ("M", 30), "MIN": ("S", 30)}


def duration_value(n: Optional[float], unit: str) -> str:
    if n is not None and n > 0 and (n * 2).is_integer() and not float(n).is_integer() \
            and unit in _HALF:
        whole, (sub, amount) = int(n), _HALF[unit]
        big = f"{whole}{'M' if unit == 'MIN' else unit}" if whole else ""
        if unit in ("H", "MIN"):
            return f"PT{big}{amount}{sub}"
        return f"P{big}{'T' if sub == 'H' else ''}{amount}{sub}"
    qty = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    if unit in ("H", "MIN", "S"):
        return f"PT{qty}{'M' if unit == 'MIN' else unit}"
    if unit == "FN":
        return f"P{'X' if n is None else int(n * 2)}W"
    if unit == "Q":
        return f"P{'X' if n is None else int(n * 3)}M"
    return f"P{qty}{unit}"


_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
             "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
             "nineteenth twentieth").split()


def century_number(tok: str) -> int:
    """21 for "21st" or "twenty-first"; 0 when not an ordinal."""
    t = tok.lower()
    if t[:1].isdigit():
        return int(re.match(r"\d+", t).group(0))
    if t == "twenty-first":
        return 21
    return _ORDINALS.index(t) + 1 if t in _ORDINALS else 0
