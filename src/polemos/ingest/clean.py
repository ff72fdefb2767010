"""Boilerplate removal for scraped plain text: a line classifier.

Each line gets a label from general cues — is it a sentence, how long, does it look
like web furniture (cross-links, share widgets, comment policy, cookie and legal text,
reading time, image credits, footers), is it a byline or timestamp — and then context
smooths the labels: short lines between body paragraphs are section headings and kept,
short lines around furniture are dropped, everything after an end-of-article marker
(comment section, "Similar Posts") is dropped, and a paragraph repeated later (title,
standfirst, caption) is kept once.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional

from .meta import (LineMeta, outlet_from_text, parse_dateline, parse_meta_line,
                   wires_from_credits, wires_in)

BODY, SHORT, META, BOILER = "body", "short", "meta", "boiler"
_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$|[\"”’»]\s*$")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_BULLET = re.compile(r"^\s*(?:[•·▪●◦*-]|\d+[.)])\s+")
_DOMAIN_ONLY = re.compile(r"^[\w-]+(\.[\w-]+)+/?$")
# A body paragraph is a sentence of some length; calibrated on the seeds and the
# fixture articles: headlines run 6-16 words without a full stop, body paragraphs
# 12+ words ending in punctuation, promotional bullets under 12 words.
_MIN_BODY_WORDS = 8
_UNPUNCTUATED_BODY_WORDS = 16
# Share of one paragraph's words found in another for it to count as a repeat
# (standfirst vs first paragraph differ in a tense or a word or two).
_REPEAT_CONTAINMENT = 0.85


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """One alternation per category: a single regex pass per line and category."""
    raw = json.loads(resources.files("polemos").joinpath("data/ingest/boilerplate.json")
                     .read_text("utf-8"))
    return {cat: re.compile("|".join(f"(?:{p})" for p in pats), re.I)
            for cat, pats in raw.items() if not cat.startswith("_")}


def boilerplate_category(line: str) -> Optional[str]:
    for category, pattern in _patterns().items():
        if category != "end_markers" and pattern.search(line):
            return category
    return None


def is_end_marker(line: str) -> bool:
    return _patterns()["end_markers"].search(line) is not None


@dataclass
class Line:
    text: str
    label: str
    reason: Optional[str] = None
    meta: Optional[LineMeta] = None
    words: int = 0


@dataclass
class CleanText:
    body: str
    title: Optional[str] = None
    author: list[str] = field(default_factory=list)
    dateline: Optional[str] = None
    wire: list[str] = field(default_factory=list)
    outlet: Optional[str] = None
    published: Optional[dt.date] = None
    published_label: Optional[str] = None
    dropped: list[tuple[str, str]] = field(default_factory=list)


def classify_line(text: str) -> Line:
    words = len(_WORD.findall(text))
    if not re.search(r"[^\W\d_]", text):
        return Line(text, BOILER, "no words", words=words)
    if _DOMAIN_ONLY.match(text):
        return Line(text, BOILER, "tracker or domain", words=words)
    meta = parse_meta_line(text)
    if meta is not None:
        return Line(text, META, meta.label or "byline", meta=meta, words=words)
    category = boilerplate_category(text)
    # A long paragraph that mentions a newsletter may be the article's own sentence;
    # consent text is furniture however long.
    if category and not (category == "promo" and words > 40):
        return Line(text, BOILER, category, words=words)
    sentence = bool(_TERMINAL.search(text))
    if words >= _UNPUNCTUATED_BODY_WORDS or (words >= _MIN_BODY_WORDS and sentence):
        return Line(text, BODY, words=words)
    return Line(text, SHORT, words=words)


def clean_scraped(text: str) -> CleanText:
    raw_lines = [re.sub(r"[ \t\u200b]+", " ", ln).strip() for ln in text.split("\n")]
    lines = [classify_line(ln) for ln in raw_lines if ln]
    out = CleanText(body="")
    if not lines:
        return out
    _cut_tail(lines)
    first_body = next((i for i, ln in enumerate(lines) if ln.label == BODY), None)
    if first_body is None:
        # No sentence-like paragraph at all: keep every line that is not furniture.
        kept = [ln for ln in lines if ln.label in (SHORT, BODY)]
        out.title = kept[0].text if kept else None
        out.body = "\n\n".join(ln.text for ln in kept[1:] or kept)
        _collect_meta(lines, out)
        return out
    title_idx = next((i for i, ln in enumerate(lines[:first_body])
                      if ln.label == SHORT and ln.words >= 3), None)
    if title_idx is not None:
        out.title = lines[title_idx].text.strip(" .")
    _keep_tables(lines, first_body)
    for i, ln in enumerate(lines):
        if ln.label == SHORT and ln.reason != "table cell":
            if i < first_body:
                ln.label, ln.reason = BOILER, "title" if i == title_idx else "kicker or stray line before the article"
            elif not _between_body(lines, i):
                ln.label, ln.reason = BOILER, "stray short line"
    _drop_repeats(lines, out.title)
    _collect_meta(lines, out)
    kept = [ln for ln in lines if ln.label in (BODY, SHORT)]
    _apply_dateline(kept, out)
    out.body = "\n\n".join(ln.text for ln in kept)
    # Credit lines ("By staff, with AFP", "— Reuters") are dropped from the body but
    # still name the wire; links to other stories and photo credits do not.
    credited = "\n".join(ln.text for ln in lines if ln.reason not in ("crosslink", "image"))
    out.wire = _merge(out.wire, wires_in(credited))
    out.dropped = [(ln.text, ln.reason or ln.label) for ln in lines if ln.label in (BOILER, META)]
    if out.outlet is None:
        out.outlet = outlet_from_text([ln.text for ln in lines])
    return out


def _cut_tail(lines: list[Line]) -> None:
    """Drop everything after an end-of-article marker that follows the body."""
    seen_body = 0
    for i, ln in enumerate(lines):
        if ln.label == BODY:
            seen_body += 1
        elif seen_body >= 2 and is_end_marker(ln.text):
            for rest in lines[i:]:
                if rest.label != META:
                    rest.label, rest.reason = BOILER, rest.reason or "after end of article"
            return


_TABLE_MIN_CELLS = 6


def _keep_tables(lines: list[Line], first_body: int) -> None:
    """A table flattened into text (one cell a line: names and figures) is article
    content: a run of at least six short lines, a third of them figures, that follows a
    body paragraph and holds no furniture, is kept."""
    i = first_body + 1
    while i < len(lines):
        j = i
        while j < len(lines) and (lines[j].label == SHORT or lines[j].reason == "no words") \
                and len(lines[j].text) <= 60:
            j += 1
        run = lines[i:j]
        if len(run) >= _TABLE_MIN_CELLS and lines[i - 1].label == BODY and \
                sum(bool(re.search(r"\d", ln.text)) for ln in run) * 3 >= len(run):
            for ln in run:
                ln.label, ln.reason = SHORT, "table cell"
        i = j + 1


def _between_body(lines: list[Line], i: int) -> bool:
    """A short line inside the article (a section heading) sits between body paragraphs,
    with at most other headings in between; one next to furniture is furniture."""
    def neighbour(step: int) -> Optional[str]:
        j = i + step
        while 0 <= j < len(lines):
            if lines[j].reason in ("crosslink", "image"):
                j += step  # links and captions sit between paragraphs inside articles
                continue
            if lines[j].label in (BODY, BOILER):
                return lines[j].label
            if lines[j].label == META:
                return BOILER
            j += step
        return None
    return neighbour(-1) == BODY and neighbour(1) == BODY


def _tokens(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _drop_repeats(lines: list[Line], title: Optional[str]) -> None:
    """Keep one copy of a repeated paragraph: the later, fuller one (the body), not the
    standfirst or the headline repeated above it."""
    body = [(i, ln, set(_tokens(ln.text))) for i, ln in enumerate(lines) if ln.label in (BODY, SHORT)]
    title_tokens = set(_tokens(title)) if title else set()
    for i, ln, toks in body:
        if not toks:
            continue
        if title_tokens and ln.label == SHORT and toks == title_tokens:
            ln.label, ln.reason = BOILER, "title repeated"
            continue
        for j, other, otoks in body:
            if j == i or other.label not in (BODY, SHORT) or len(otoks) < len(toks):
                continue
            if len(otoks) == len(toks) and j < i:
                continue  # exact repeats: keep the later copy
            # Section headings often reuse the words of the paragraph under them:
            # only sentence-length paragraphs count as repeats.
            if ln.label == BODY and len(toks & otoks) / len(toks) >= _REPEAT_CONTAINMENT:
                ln.label, ln.reason = BOILER, "repeated paragraph"
                break


def _collect_meta(lines: list[Line], out: CleanText) -> None:
    rank = {"metadata": 0, "published": 1, "posted": 1, "timestamp": 2, "updated": 3, "modified": 3}
    best: Optional[LineMeta] = None
    for ln in lines:
        if ln.label != META or ln.meta is None:
            continue
        m = ln.meta
        out.author = _merge(out.author, m.author)
        if m.outlet and not out.outlet:
            out.outlet = m.outlet
        if m.dateline and not out.dateline:
            out.dateline = m.dateline
        if m.published and (best is None or rank.get(m.label or "", 2) < rank.get(best.label or "", 2)):
            best = m
    if best is not None:
        out.published, out.published_label = best.published, best.label


def _apply_dateline(kept: list[Line], out: CleanText) -> None:
    """"MOSCOW (Outlet / Agency - date) Text…": place, credits and date out, text kept."""
    for ln in kept[:4]:
        if ln.label != BODY:
            continue
        dl = parse_dateline(ln.text)
        if dl is None:
            continue
        ln.text = ln.text[dl.end:]
        out.dateline = out.dateline or dl.place
        wires, others = wires_from_credits(dl.credits)
        out.wire = _merge(out.wire, wires)
        if others and not out.outlet:
            out.outlet = others[0]
        if dl.date and out.published is None:
            out.published, out.published_label = dl.date, "dateline"
        return


def _merge(a: list[str], b: list[str]) -> list[str]:
    return a + [x for x in b if x not in a]
