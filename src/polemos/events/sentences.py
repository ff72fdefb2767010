"""Cheap text work before any parse: sentence spans, quotation spans, the prefilter.

Sentences are split by a regular expression (paragraph breaks, end punctuation before
a capital); a sentence longer than ``MAX_SENT_CHARS`` is cut into pieces at commas or
spaces so one pathological "sentence" (a flattened table, a list of names) costs a
bounded parse."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import lexicon

# ~350 words: longer sentences in news are nearly always flattened tables or lists.
MAX_SENT_CHARS = 2000
_PARA = re.compile(r"\n\s*\n|\n(?=\s*[\u2022•*\-–]\s)|\n")
_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Gov|Sen|Rep|Rev|St|Prof|Jr|Sr|"
                     r"Inc|Ltd|Co|Corp|No|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|approx)"
                     r"|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z])\.$")
_WORD = re.compile(r"[a-z][a-z'-]*")
_QUOTE_PAIR = re.compile(r"“[^”]{1,3000}”|\"[^\"\n]{1,3000}\"")
_LATIN = re.compile(r"[A-Za-z]")
_COMMON = frozenset("the a an of to in and is was were has have had on at by for with said that "
                    "from as it its are be been will".split())


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    para: int


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    para = 0
    pos = 0
    for m in list(_PARA.finditer(text)) + [None]:
        p_end = m.start() if m else len(text)
        _split_para(text, pos, p_end, para, out)
        if m:
            pos = m.end()
            para += 1
    return out


def _split_para(text: str, start: int, end: int, para: int, out: list[Sentence]) -> None:
    seg_start = start
    for m in _END.finditer(text, start, end):
        left = text[max(seg_start, m.start() - 12):m.start()].rstrip("\"'”’)]")
        if _ABBREV.search(left):
            continue
        _emit(text, seg_start, m.start(), para, out)
        seg_start = m.end()
    _emit(text, seg_start, end, para, out)


def _emit(text: str, s: int, e: int, para: int, out: list[Sentence]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    while e - s > MAX_SENT_CHARS:
        cut = text.rfind(", ", s, s + MAX_SENT_CHARS)
        if cut <= s + MAX_SENT_CHARS // 2:
            cut = text.rfind(" ", s, s + MAX_SENT_CHARS)
        if cut <= s:
            cut = s + MAX_SENT_CHARS
        out.append(Sentence(s, cut, para))
        s = cut
        while s < e and text[s] in " ,":
            s += 1
    if e > s:
        out.append(Sentence(s, e, para))


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of direct quotations (inside the quote marks)."""
    return [(m.start() + 1, m.end() - 1) for m in _QUOTE_PAIR.finditer(text)]


def looks_english(s: str) -> bool:
    words = _WORD.findall(s.lower()[:600])
    if len(words) < 12:
        # too short for a function-word test (headlines, terse wire lines)
        return bool(words) and len(_LATIN.findall(s)) > len(s) // 3
    return sum(w in _COMMON for w in words) >= max(1, len(words) // 12)


def may_hold_event(s: str) -> bool:
    """Prefilter: does the sentence contain any surface form of a trigger?"""
    if len(s) < 12:
        return False
    lx = lexicon()
    forms, needs = lx.forms, lx.needs
    words = _WORD.findall(s.lower())
    seen = set(words)
    return any(w in forms and (w not in needs or not needs[w].isdisjoint(seen)) for w in words) \
        and looks_english(s)
