"""Finding temporal expressions: regex families, context filters, overlap resolution,
and the tense of the clause each one sits in. No calendar work here (see normalise.py)."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Optional

from .grammar import Grammar, grammar

# Hard bounds so that a pathological input costs bounded time.
MAX_CHARS = 2_000_000
MAX_TIMEXES = 5_000

_PREP_OK = re.compile(r"(?i)(?:\b(?:in|since|by|until|till|through|during|from|of|on|to|before|"
                      r"after|between|and|or|late|early|mid|last|next|this|throughout|around|"
                      r"within|the)\s+|[-(])$")
# Words in front of a four-digit number that mark it as a quantity, not a year.
_QUANTITY_BEFORE = re.compile(r"(?i)\b(?:about|around|nearly|almost|over|than|some|least|"
                              r"roughly|approximately|just|only|estimated|another|additional|"
                              r"extra|all|up\s+to|total\s+of|the\s+first|the\s+last)\s+$")
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]+)")
_YEARISH_NOUNS = frozenset(
    "war wars election elections vote polls poll census budget olympics games summit talks "
    "conflict ceasefire truce accord accords agreement deal offensive invasion uprising "
    "revolution coup crisis campaign law constitution referendum protests earthquake "
    "attack attacks bombing bombings massacre genocide famine season report survey "
    "level levels figure figures edition and or to through when".split())


@dataclass
class Parsed:
    """One found expression before normalisation."""
    start: int
    end: int
    family: str
    groups: dict[str, Optional[str]]
    text: str = ""
    tense: Optional[str] = None       # past | future | present | None (unmarked)
    prep: Optional[str] = None        # since | deadline | until | None
    sentence: tuple[int, int] = (0, 0)
    extra: dict[str, object] = field(default_factory=dict)


def _accept(fam: str, m: re.Match[str], text: str, g: Grammar) -> Optional[tuple[int, int]]:
    """Context checks; returns the (possibly trimmed) span or None to drop the match."""
    s, e = m.span()
    gd = m.groupdict()
    before = text[max(0, s - 25):s]
    if fam == "month":
        name = (gd["mon"] or "").rstrip(".").lower()
        has_rel = bool(gd.get("rel"))
        abbreviated = len(name) <= 4 and name not in ("june", "july")
        if abbreviated and not has_rel:
            return None
        if name in ("may", "march") and not has_rel and not _PREP_OK.search(before):
            return None
        if not has_rel and not (_PREP_OK.search(before) or text.startswith("'s", e)):
            # a bare full month name with no preposition is usually an adjective
            # ("the April vote"); keep it, it is still a month reference
            if name in ("may", "march", "august"):
                return None
    elif fam == "year":
        if gd.get("mod"):
            return s, e
        ys = m.start("year")
        prev = text[ys - 1] if ys > 0 else " "
        if prev.isdigit() or prev in "$£€#":
            return None
        after = _LOWER_WORD_AFTER.match(text, e)
        nxt = after.group(1) if after else ""
        year = int(gd["year"])
        if _QUANTITY_BEFORE.search(text[max(0, ys - 25):ys]) and nxt:
            return None
        if nxt.endswith("s") and nxt not in _YEARISH_NOUNS and len(nxt) > 3 \
                and not re.search(r"(?i)\b(?:the|in|of|since|by|'s)\s+$", text[max(0, ys - 8):ys]):
            return None
        if year < 1800 and not _PREP_OK.search(text[max(0, ys - 25):ys]):
            return None
    elif fam == "quarter":
        if not (gd.get("rel") or gd.get("ord") or gd.get("year")
                or m.group(0).lower().startswith("the")):
            return None
        if gd["unit"].lower() == "half" and not gd.get("ord"):
            return None
    elif fam == "defref":
        if gd.get("bare") == "year" or (gd.get("bare") or "").lower() == "year":
            if re.match(r"(?i)\s+(?:\d|two|nineteen|of\s+the\b)", text[e:e + 14]):
                return None    # "the year 2000", "the year of the dragon"
    elif fam == "season":
        if not (gd.get("rel") or gd.get("year")):
            return None
        if (gd.get("rel") or "").lower() == "the" and not gd.get("year") \
                and re.match(r"\s+of\b", text[e:e + 5]):
            return None       # "the fall of the city" is not a season
    elif fam == "duration":
        if re.match(r"(?i)[\s-]old\b", text[e:e + 5]):
            return None        # ages ("a six-year-old boy")
        num = (gd.get("num") or "").lower()
        if num in ("a", "an") and gd["unit"].lower().endswith("s"):
            return None        # "a decades-long conflict": no count, left to unitlong
        if num in ("a", "an", "some", "many", "few") and not gd.get("det") and not gd.get("rel"):
            if re.search(r"(?i)\b(?:times|once|twice)\s+$", text[max(0, s - 8):s]):
                return None    # "twice a day" is a frequency, left to the set family
        if gd.get("sep") == "-" and gd.get("det") and not gd.get("rel") and not gd.get("long"):
            s = m.start("num") if not gd.get("approx") else m.start("approx")  # "the 44-day war"
    elif fam == "ago" and (gd.get("dir") or "").lower() in ("after", "before", "since"):
        e = m.end("unit")      # "three years after the war": the timex is the length
    elif fam == "pod":
        if gd.get("pod"):
            s, e = m.span("pod")
    elif fam == "ref":
        word = m.group(0).lower()
        if word in ("current", "recent", "future") and not re.match(r"\s+[a-z]", text[e:e + 3]):
            return None
        if word == "now" and text[max(0, s - 1):s] == "-":
            return None
    return s, e


# No match reaches further than this from the anchor word it contains
# ("at least the past 18 months", "the first half of fiscal 1989").
_REGION_BACK = 45
_REGION_AHEAD = 40
_TOKEN = re.compile(r"[A-Za-z]+|\d+")


def _regions(text: str, g: Grammar) -> dict[str, list[tuple[int, int]]]:
    """Per family, merged windows around its anchor words, never ending inside a token."""
    raw: dict[str, list[list[int]]] = {}
    n = len(text)
    anchors, digit_fams = g.anchors, g.digit_families
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok[0].isdigit():
            fams = digit_fams.get(4 if len(tok) == 4 else (2 if len(tok) <= 2 else 0))
        else:
            fams = anchors.get(tok.lower())
        if not fams:
            continue
        s = max(0, m.start() - _REGION_BACK)
        e = min(n, m.end() + _REGION_AHEAD)
        for fam in fams:
            lst = raw.setdefault(fam, [])
            if lst and s <= lst[-1][1]:
                lst[-1][1] = e
            else:
                lst.append([s, e])
    out: dict[str, list[tuple[int, int]]] = {}
    for fam, lst in raw.items():
        for r in lst:          # lookaheads cannot see past the end of a window
            while r[1] < n and not text[r[1]].isspace():
                r[1] += 1
        out[fam] = [(s, e) for s, e in lst]
    return out


def _sentence_starts(text: str, g: Grammar) -> list[int]:
    return [0] + [m.end() for m in g.sentence_end.finditer(text)]


def _sentence_of(starts: list[int], text_len: int, pos: int) -> tuple[int, int]:
    i = bisect_right(starts, pos) - 1
    end = starts[i + 1] if i + 1 < len(starts) else text_len
    return starts[i], end


def clause_tense(text: str, start: int, end: int, sent: tuple[int, int],
                 g: Grammar | None = None) -> Optional[str]:
    """past / future / present / None (unmarked) for the clause around [start, end).

    Future cues (modals, "is to", "plans to") win over past ones inside the clause that
    leads up to the expression, because a passive participle ("is to be handed over")
    looks like a past form. Falls back to the rest of the sentence, nearest cue first."""
    g = g or grammar()
    s0, s1 = sent
    lead = text[s0:start]
    breaks = list(g.clause_break.finditer(lead))
    clause_start = s0 + breaks[-1].end() if breaks else s0
    # look back over at most two clauses: "said on Friday" is often split by a comma
    if len(breaks) >= 2:
        clause_start = s0 + breaks[-2].end()
    window = text[clause_start:start]
    if g.tense_future.search(window):
        return "future"
    if g.tense_past.search(window):
        return "past"
    tail = text[end:s1]
    cut = g.clause_break.search(tail)
    tail = tail[:cut.start()] if cut and cut.start() > 0 else tail
    fut = g.tense_future.search(tail)
    past = g.tense_past.search(tail)
    if fut and (not past or fut.start() <= past.start()):
        return "future"
    if past:
        return "past"
    if g.tense_present.search(window) or g.tense_present.search(tail):
        return "present"
    fut = g.tense_future.search(text, s0, s1)
    past = g.tense_past.search(text, s0, s1)
    if fut and not past:
        return "future"
    if past and not fut:
        return "past"
    return None


def scan(text: str) -> list[Parsed]:
    """All temporal expressions in text, non-overlapping, in text order."""
    if not isinstance(text, str) or not text:
        return []
    text = text[:MAX_CHARS]
    g = grammar()
    cands: list[tuple[int, int, int, str, re.Match[str]]] = []
    regions = _regions(text, g)
    for prio, (fam, pat) in enumerate(g.families):
        for rs, rend in regions.get(fam, ()):
            for m in pat.finditer(text, rs, rend):
                span = _accept(fam, m, text, g)
                if span is None or span[1] <= span[0]:
                    continue
                cands.append((span[0], span[1], prio, fam, m))
    # longest first, then family priority: "Wednesday, November 25, 2020" beats "2020"
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[int, int, int, str, re.Match[str]]] = []
    for c in cands:
        if any(c[0] < e and s < c[1] for s, e in taken):
            continue
        taken.append((c[0], c[1]))
        chosen.append(c)
        if len(chosen) >= MAX_TIMEXES:
            break
    chosen.sort(key=lambda c: c[0])
    starts = _sentence_starts(text, g)
    out: list[Parsed] = []
    for s, e, _prio, fam, m in chosen:
        sent = _sentence_of(starts, len(text), s)
        p = Parsed(start=s, end=e, family=fam, groups=m.groupdict(), text=text[s:e],
                   sentence=sent)
        if fam not in ("duration", "set", "ref", "unitlong", "bareplural", "recent",
                          "vagueplural"):
            p.tense = clause_tense(text, s, e, sent, g)
            pm = g.prep_before.search(text, max(0, s - 16), s)
            if pm:
                from .lexicon import lexicon
                p.prep = lexicon()["range_prepositions"].get(
                    re.sub(r"\s+", " ", pm.group(1).lower()))
        if fam == "defref":
            p.extra["after"] = text[e:e + 30]
        if fam == "ago" and (p.groups.get("dir") or "").lower() in ("after", "before", "since"):
            ym = g.year_in_text.search(text, e, min(sent[1], e + 80))
            if ym:
                p.extra["ref_year"] = int(ym.group(1))
        out.append(p)
    return out
