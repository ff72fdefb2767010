"""Regular expressions for temporal expressions, built once from lexicon.json.

Month and weekday names are matched case-sensitively (Title or UPPER case) so that the
verb "may" or "march" is not read as a month; the other words are case-insensitive.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Pattern

from .lexicon import lexicon


def _alt(words: Iterable[str]) -> str:
    """Alternation, longest first, with spaces matching any whitespace."""
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq)


def _cased(words: Iterable[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        out += [w.capitalize(), w.upper()]
    return out


@dataclass(frozen=True)
class Grammar:
    families: tuple[tuple[str, Pattern[str]], ...]   # (family name, pattern) in priority order
    tense_future: Pattern[str]
    tense_past: Pattern[str]
    tense_present: Pattern[str]
    clause_break: Pattern[str]
    sentence_end: Pattern[str]
    year_in_text: Pattern[str]
    prep_before: Pattern[str]
    anchors: dict[str, frozenset[str]]
    digit_families: dict[int, frozenset[str]]


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    lex = lexicon()
    months_full = _alt(_cased(lex["months"]))
    months_abbr = _alt(_cased(lex["month_abbreviations"]))
    mon = rf"(?:(?:{months_full})|(?:{months_abbr})\b\.?)"
    wd = _alt(_cased(lex["weekdays"]))
    wd_lower = _alt(lex["weekdays"])
    day = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1\d{3}|20\d{2})"
    num_words = _alt(list(lex["numbers"]) + lex["vague_numbers"])
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    num = (rf"(?:\d+(?:\.\d+)?(?:\s+1/2|\u00bd)?|(?:{tens})[\s-](?:one|two|three|four|five|six|seven|eight|nine)"
           rf"|{num_words})")
    units = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?"
             r"|years?|decades?|century|centuries)")
    approx = _alt(lex["approximators"])
    mods = r"early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end|beginning"
    ordinal_century = (r"\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh"
                       r"|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
                       r"|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first")
    refs = _alt(lex["refs"])
    # holiday names are capitalised ("Thanksgiving Day"; "New Year's"): "christmas" in a
    # lower-case word is not matched, "may day" is never a holiday in lower case
    holidays = "|".join(
        re.escape(h.split()[0].capitalize()) + "".join(rf"\s+(?i:{re.escape(w)})"
                                                       for w in h.split()[1:])
        for h in sorted(lex["holidays"], key=lambda h: (-len(h), h)))
    sets = _alt(lex["sets"])
    pods = _alt(w for w in lex["parts_of_day"] if w not in ("morning", "afternoon", "evening",
                                                            "night", "overnight"))
    fam: list[tuple[str, str]] = [
        ("iso", r"(?<![\d-])(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})(?![\d-])"
                r"(?:T(?P<hh>\d\d):(?P<mi>\d\d))?"),
        ("numeric", r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\d/])"),
        ("dmy", rf"(?:(?P<wd>{wd}),?\s+)?(?:(?i:the)\s+)?(?<![\d,.])(?P<day>{day})(?![\d])"
                rf"(?:\s+(?i:of))?\s+(?P<mon>{mon})(?:,?\s+(?P<year>{year})(?![\d]))?"),
        ("mdy", rf"(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\s+(?P<day>{day})(?![\d:,.]\d|\d)"
                rf"(?:(?:,\s*|\s+)(?P<year>{year})(?!\d))?"),
        ("my", rf"(?:(?P<mod>(?i:{mods}))[\s-]*)?(?P<mon>{mon})(?:,|\s+(?i:of))?\s+"
               rf"(?P<year>{year})(?![\d,]\d|\d)"),
        ("century", rf"(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|late|mid))[\s-]+)?"
                    rf"(?P<num>(?i:{ordinal_century}))[\s-]+(?i:century)(?!\w)"),
        ("decade", rf"(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|late|mid))[\s-]+)?"
                   rf"(?:(?P<dec>1\d{{2}}0|20\d0)|'(?P<dec2>\d0))s(?!\w)"),
        ("month", rf"(?:(?P<rel>(?i:last|next|this|{mods}))[\s-]*)?(?P<mon>{mon})(?!\w)"),
        ("year", rf"(?:(?P<mod>(?i:{mods}|fiscal))[\s-]+)?(?P<year>{year})(?![\d]|,\d|\.\d|\s*%)"),
        ("weekday", rf"(?:(?P<rel>(?i:last|next|this|past|coming|previous))\s+)?(?P<wd>{wd})"
                    rf"(?:'s)?(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?(?!\w)"),
        ("relday", r"(?i:(?:(?P<mod>early|late|earlier|later)\s+)?(?P<word>the\s+day\s+before\s+"
                   r"yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight|"
                   r"last\s+night|this\s+(?:morning|afternoon|evening))"
                   r"(?:\s+(?P<pod>morning|afternoon|evening|night))?)(?!\w)"),
        ("relunit", rf"(?i:(?:(?P<mod>earlier|later|early|late|{mods})[\s-]+)?"
                    r"(?P<rel>this|last|next|the\s+past|the\s+coming|the\s+previous|the\s+current"
                    r"|the\s+last|the\s+next|past|coming|previous)\s+"
                    r"(?P<unit>weekend|week|month|year|quarter|decade|century|spring|summer|fall"
                    r"|autumn|winter))(?!\w)"),
        ("ago", rf"(?i:(?:(?P<approx>{approx})\s+)?(?P<num>{num})[\s-]+(?P<unit>{units})\s+"
                r"(?P<dir>ago|earlier|later|before|after|from\s+now|hence|since))(?!\w)"),
        ("duration", rf"(?i:(?:(?P<det>the|a|an)\s+)?(?:(?P<rel>past|last|next|first|coming|"
                     r"previous|final|following|remaining|initial)\s+)?"
                     rf"(?:(?P<approx>{approx})\s+)?(?P<num>{num})(?P<half2>\s+and\s+a\s+half)?"
                     rf"(?P<sep>\s+|-)(?P<unit>{units})"
                     r"(?P<half>\s+and\s+a\s+half)?(?P<long>[\s-]long)?)(?![\w-])"),
        # "in recent weeks": an unspecified stretch up to now ("recent years" stays a ref)
        ("recent", r"(?i:recent\s+(?P<unit>days|weeks|months|quarters))(?!\w)"),
        ("unitlong", r"(?i:(?P<unit>day|week|month|year|decade|century|days|weeks|months|years"
                     r"|decades|centuries)-long)(?!\w)"),
        # "the weeks ahead", "over the years", "in the years that followed": vague lengths
        ("vagueplural", r"(?i:the\s+(?P<unit>days|weeks|months|years)\s+ahead|(?<=over\s)the\s+"
                        r"(?P<unit2>years|decades)|(?<=in\s)the\s+(?P<unit3>years|decades)(?=\s+"
                        r"(?:that\s+)?followed))(?!\w)"),
        ("bareplural", r"(?i:(?<=for\s)|(?<=over\s)|(?<=within\s))(?i:(?P<unit>years|months|weeks|days|decades"
                       r"|centuries|hours))(?!\w)"),
        ("quarter", r"(?i:(?:the\s+)?(?:(?P<rel>latest|last|current|previous|past|year-ago|"
                    r"year-earlier|same|this\s+year's|last\s+year's|next|coming)\s+)?"
                    r"(?:fiscal\s+)?(?:(?P<year2>1\d{3}|20\d{2})\s+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)"
                    r"[\s-]+)?(?P<unit>quarter|half)(?:\s+of\s+(?:fiscal\s+)?(?P<year>\d{4}))?)"
                    r"(?![\w-])"),
        # financial-report and definite references: "the year-earlier period", "year-ago
        # results", "the latest period", "the fiscal year", "the year", "the weekend"
        ("defref", r"(?i:(?:the\s+)?(?P<rel>year-earlier|year-ago|latest|full|(?:latest|current|this)\s+fiscal|current|fiscal)"
                   r"\s+(?P<unit>period|year)|(?P<adj>year-earlier|year-ago)|the\s+(?P<bare>year|"
                   r"weekend)|(?P<ye>year-end))(?![\w-])"),
        ("holiday", rf"(?:(?P<rel>(?i:last|next|this))\s+)?(?P<name>{holidays})(?![\w'])"),
        ("season", r"(?i:(?:(?P<rel>last|this|next|early|late|the|past|coming)\s+)?"
                   r"(?P<season>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?"
                   r"(?P<year>\d{4}))?)(?!\w)"),
        ("set", rf"(?i:(?P<w>{sets})|(?P<every>every|each)\s+(?:other\s+)?(?P<unit>day|week|"
                rf"month|year|morning|night|evening|weekend|{wd_lower}))(?!\w)"),
        ("ref", rf"(?i:{refs})(?![\w-])"),
        ("clock", r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*"
                  r"(?P<ap>(?i:a\.m\.?|p\.m\.?|am|pm))(?!\w)"),
        ("pod", rf"(?i:(?P<prep>at|before|after|around|by|until|since|from)\s+(?P<pod>{pods})"
                r"|(?P<pod2>overnight))(?!\w)"),
    ]
    tense = lex["tense"]
    # "next to the embassy" is a place, not a future cue
    fut_words = [w for w in tense["future"] if w != "next"]
    fut_next = r"|next(?!\s+to\b)" if "next" in tense["future"] else ""
    future = re.compile(rf"(?i)(?<![\w'])(?:{_alt(fut_words)}{fut_next})(?!\w)")
    not_ed = _alt(tense["not_past_ed"])
    past = re.compile(rf"(?i)(?<![\w'])(?:{_alt(tense['past'])}|(?!(?:{not_ed})\b)[a-z]{{2,}}ed)"
                      r"(?!\w)")
    present = re.compile(rf"(?i)(?<![\w'])(?:{_alt(tense['present'])})(?!\w)")
    # Every match of a family contains one of that family's anchor words (or a number):
    # a family only runs near its anchors, which keeps scanning at ~1 ms per article.
    anchors: dict[str, set[str]] = {}

    def add(words: Iterable[str], *fams: str) -> None:
        for w in words:
            anchors.setdefault(w.lower(), set()).update(fams)

    add(list(lex["months"]) + list(lex["month_abbreviations"]), "dmy", "mdy", "my", "month")
    add(lex["weekdays"], "weekday", "dmy", "mdy", "set")
    unit_words = ["second", "minute", "hour", "day", "night", "week", "fortnight", "month",
                  "quarter", "year", "decade", "century", "centuries"]
    unit_words += [w + "s" for w in unit_words if not w.startswith("centur")]
    add(["year", "weekend", "period"], "defref")
    add(["recent"], "recent")
    add(["days", "weeks", "months", "years", "decades"], "vagueplural")
    add([h.split()[-1].split("'")[0] for h in lex["holidays"]], "holiday")
    add(unit_words + ["weekend", "half"], "duration", "ago", "unitlong", "bareplural",
        "relunit", "quarter", "set", "century")
    add(["today", "yesterday", "tomorrow", "tonight", "night", "morning", "afternoon",
         "evening"], "relday", "pod")
    add([w.split()[-1] for w in lex["refs"]], "ref")
    add(list(lex["sets"]) + ["every", "each"], "set")
    add([w.split()[-1] for w in lex["parts_of_day"]], "pod")
    add(lex["seasons"], "season", "relunit")
    add(["century"], "century")
    # numbers anchor only the families that may hold no word anchor: four digits a year,
    # one or two digits a clock time, a numeric date or a decade ("'90s")
    digit_fams = {4: frozenset({"iso", "year", "decade"}),
                  2: frozenset({"clock", "numeric", "decade"})}
    return Grammar(
        families=tuple((name, re.compile(pat if pat.startswith("(?<") else
                                          r"(?<![\w'])" + pat)) for name, pat in fam),
        anchors={k: frozenset(v) for k, v in anchors.items()},
        digit_families=digit_fams,
        tense_future=future,
        tense_past=past,
        tense_present=present,
        # "as" breaks a clause, but not inside "as early as", "as soon as", "as of"
        clause_break=re.compile(r"[,;:()\u2014\u2013]|\s(?:and|but|while|after|before|when|which|"
                                r"who|(?<!early\s)(?<!soon\s)(?<!late\s)(?<!well\s)(?<!far\s)"
                                r"(?<!long\s)as(?!\s+(?:early|soon|late|well|of|far|long|much|"
                                r"many|recently)\b))\s"),
        sentence_end=re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])|\n"),
        year_in_text=re.compile(r"(?<![\d,.$])(1\d{3}|20\d{2})(?![\d]|,\d)"),
        prep_before=re.compile(rf"(?i)(?:^|\W)({_alt(lex['range_prepositions'])})\s+$"),
    )
