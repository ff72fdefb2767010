"""Actor phrase -> (name, country, sector).

Works on the phrase text alone (no parse), so it can be used on any span: role fillers
from the dependency parse, attribution phrases, gold actor texts. The country comes from
an organisation name, a seat of government ("the Kremlin"), a country name, a capital
used for its government ("Baku", "Moscow's decision") or a demonym ("Russian
peacekeepers"); the sector from titles and nouns ("defence ministry" -> MIL,
"separatists" -> REB) with a strong modifier overriding a weaker head.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from . import lexicon

MAX_PHRASE = 160
_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’.-]*")
_POSS = re.compile(r"['’]s?$")
_LEAD = re.compile(r"^(?:the|a|an|some|several|two|three|both|all|its|their|his|her)\s+", re.I)
_GOV_ONLY = "GOV"
# A count before the head ("more than 6,000 people", "hundreds of civilians", "300 of
# its nationals") says how many, not who: the name is what is counted.
_COUNT_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
                "thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen")
_COUNT = re.compile(
    r"^(?:(?:at\s+least|more\s+than|fewer\s+than|less\s+than|over|about|nearly|almost|"
    r"some|around|up\s+to|roughly|approximately|an\s+estimated|as\s+many\s+as|"
    r"well\s+over|close\s+to)\s+)?"
    r"(?:(?:\d[\d,.]*|(?:" + _COUNT_WORDS + r")(?:[\s-](?:" + _COUNT_WORDS + r"))?)"
    r"(?:\s+(?:hundred|thousand|million))?(?:\s+of)?"
    r"|(?:hundreds|thousands|dozens|scores|millions|tens\s+of\s+thousands)\s+of)\s+",
    re.I)


@dataclass(frozen=True)
class ActorInfo:
    name: str
    country: Optional[str]
    sector: Optional[str]


@lru_cache(maxsize=1)
def _name_index() -> tuple[dict[tuple[str, ...], tuple[str, str, str]], int]:
    """Word tuple -> (country, sector, kind); kind in org|seat|country|capital."""
    idx: dict[tuple[str, ...], tuple[str, str, str]] = {}
    for name, a3 in lexicon.country_names().items():
        idx[tuple(_split(name))] = (a3, _GOV_ONLY, "country")
    for name, a3 in lexicon.capitals().items():
        idx.setdefault(tuple(_split(name)), (a3, _GOV_ONLY, "capital"))
    for name, a3 in lexicon.extra_demonyms().items():
        idx.setdefault(tuple(_split(name)), (a3, "", "demonym"))
    for name, (a3, sector) in lexicon.seats().items():
        idx[tuple(_split(name))] = (a3, sector, "seat")
    for name, (code, sector) in lexicon.organisations().items():
        idx[tuple(_split(name))] = (code, sector, "org")
    longest = max((len(k) for k in idx), default=1)
    return idx, longest


def _split(text: str) -> list[str]:
    return [_POSS.sub("", w) if w.endswith(("'s", "’s", "'", "’")) else w
            for w in _WORD.findall(text)]


def clean_name(phrase: str) -> str:
    s = " ".join(phrase.split())[:MAX_PHRASE].strip(" ,;:.\"'“”‘’()")
    while True:
        t = _LEAD.sub("", s)
        c = _COUNT.sub("", t)
        t = c if c.strip() else t
        if t == s:
            return s
        s = t


def _singular(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


_HELD = ("-held", "-controlled", "-occupied", "-run")


def _sector(words: list[str], skip: set[int]) -> Optional[str]:
    table = lexicon.sectors()
    low = [w.lower().rstrip(".") for w in words]
    found: list[tuple[int, str]] = []          # (word index, sector)
    used: set[int] = set()
    for n in (3, 2):
        for i in range(len(low) - n + 1):
            key = " ".join(low[i:i + n])
            if key in table.phrases and not used & set(range(i, i + n)):
                found.append((i + n - 1, table.phrases[key]))
                used |= set(range(i, i + n))
    for i, w in enumerate(low):
        if i in used or i in skip:
            continue
        sec = table.words.get(w) or table.words.get(_singular(w))
        if sec is None and "-" in w and w.replace("-", " ") in table.phrases:
            sec = table.phrases[w.replace("-", " ")]        # "secretary-general"
        elif sec is None and "-" in w:          # "vice-president", "ex-minister"
            first, last = w.split("-", 1)[0], w.rsplit("-", 1)[1]
            sec = table.words.get(last) or table.words.get(_singular(last))
            if sec is None and "-" + last in _HELD:
                # "rebel-held territory", "government-controlled areas": the holder
                sec = table.words.get(first) or table.words.get(_singular(first))
        if sec:
            found.append((i, sec))
    if not found:
        return None
    strong = [s for _, s in found if s in table.strong]
    if strong:
        # "separatist forces": REB over MIL; the rarer/more specific strong code wins
        order = ["REB", "UAF", "PRM", "OPP", "SPY", "COP", "JUD", "LEG", "REF", "JRN", "MED", "MIL"]
        return min(strong, key=order.index)
    # weak codes: the last one (the head noun usually ends an English noun phrase)
    return max(found)[1]


def _country(words: list[str]) -> tuple[Optional[str], Optional[str], set[int], Optional[str]]:
    """(country, sector hint, word indices used, kind) from the first name or demonym."""
    idx, longest = _name_index()
    suffixes = lexicon.sectors().not_country_suffixes
    i = 0
    while i < len(words):
        w = words[i]
        if w.lower().endswith(suffixes):      # "Russian-brokered", "Armenia-held"
            i += 1
            continue
        for n in range(min(longest, len(words) - i), 0, -1):
            key = tuple(words[i:i + n])
            hit = idx.get(key)
            if hit and (hit[2] != "capital" or key[0][:1].isupper()):
                return hit[0], hit[1], set(range(i, i + n)), hit[2]
        if w[:1].isupper():
            a3 = lexicon.demonym(w.split("-")[0] if "-" in w else w)
            if a3:
                return a3, None, {i}, "demonym"
        i += 1
    return None, None, set(), None


_GEO_NOUNS = frozenset("Ocean Sea Gulf Peninsula Subcontinent Riviera Alps Desert".split())


def countries_in(text: str, capitals: bool = True) -> list[str]:
    """Country codes named in a text (country names, seats of government, demonyms and,
    unless ``capitals`` is false, capitals), in order, each once; organisations are left
    out."""
    idx, longest = _name_index()
    words = _split(text[:4000])
    out: list[str] = []
    i = 0
    while i < len(words):
        hit = None
        for n in range(min(longest, len(words) - i), 0, -1):
            h = idx.get(tuple(words[i:i + n]))
            if h and (h[2] in ("country", "seat", "demonym") or h[2] == "capital" and capitals
                      and words[i][:1].isupper()):
                hit = (h[0], n)
                break
        if hit is None and words[i][:1].isupper() and not words[i].lower().endswith(
                lexicon.sectors().not_country_suffixes) and not (
                i + 1 < len(words) and words[i + 1] in _GEO_NOUNS):     # "Indian Ocean"
            a3 = lexicon.demonym(words[i].split("-")[0] if "-" in words[i] else words[i])
            hit = (a3, 1) if a3 else None
        if hit:
            if hit[0] not in out:
                out.append(hit[0])
            i += hit[1]
        else:
            i += 1
    return out


_FORMER = re.compile(r"\b(?:former|ex-|ousted|deposed|exiled)\s*(?:\w+\s+){0,2}?"
                     r"(?:president|prime minister|premier|minister|leader|king|dictator|"
                     r"ruler|head of state|chancellor)", re.I)
_BODY_NOUNS = frozenset("agency agencies body office programme program fund organisation "
                        "organization commission mission council".split())
_LEADER = frozenset("leader leaders leadership".split())


def _fallback_sector(words: list[str], kind: Optional[str]) -> Optional[str]:
    """Sector of a phrase with a country and no sector noun: 'Palestinian leaders' GOV;
    a plural demonym heading the phrase names people: 'the Azerbaijanis', 'Bosnian
    Serbs', 'Palestinians of the West Bank' CVL."""
    head = words[:next((i for i, w in enumerate(words) if w.lower() == "of"), len(words))]
    if any(w.lower() in _LEADER for w in head):
        return "GOV"
    last = head[-1] if head else ""
    if kind == "demonym" and last.endswith("s") and last[:1].isupper() and (
            lexicon.demonym(last) or " ".join(head) in lexicon.extra_demonyms()):
        return "CVL"
    return None


def normalise_actor(phrase: str) -> Optional[ActorInfo]:
    """'Baku's defence ministry' -> ActorInfo(name, 'AZE', 'MIL'); None when neither a
    country nor a sector can be told. Never raises."""
    if not isinstance(phrase, str) or not phrase.strip():
        return None
    name = clean_name(phrase)
    words = _split(name)
    if not words or len(words) > 30:
        return None
    country, hint, used, kind = _country(words)
    sector = _sector(words, used)
    if kind == "org" and hint:
        # "UN peacekeepers" MIL, "UN refugee agency" REF: a generic body code yields
        # to the sector its noun names
        # ("the UN refugee agency" stays a body: its head is an institution noun)
        last = words[-1].lower()
        sector = sector if sector is not None and hint == "IGO" and last not in _BODY_NOUNS else hint
    elif sector is None and kind in ("country", "capital", "seat"):
        sector = hint
    elif kind == "seat" and hint and hint != "GOV":
        sector = hint
    if sector is None and country is not None:
        sector = _fallback_sector(words, kind)
    elif sector == "GOV" and _FORMER.search(name):
        sector = "ELI"                  # "former president X": an elite, not the government
    if country is None and sector is None:
        return None
    return ActorInfo(name=name, country=country, sector=sector)


def is_pre(phrase: str) -> bool:
    """True when the phrase names a partially recognised entity ('breakaway government')."""
    low = phrase.lower() if isinstance(phrase, str) else ""
    return any(m in low for m in lexicon.sectors().pre_modifiers)
