"""RawInput -> Document: body, metadata and publication date (or a Rejection)."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Optional, Union

from ..model import Document, RawInput, Rejection
from .clean import clean_scraped
from .decode import repair_text
from .html import HtmlError, extract_html
from .language import detect_language
from .meta import outlet_from_url, parse_dateline, wires_from_credits, wires_in
from .textdates import first_date

# How far each source of a publication date is trusted (share of right days on the
# seeds, the fixtures and htmldate's evaluation pages).
CONFIDENCE = {"container": 0.95, "metadata": 0.9, "published": 0.9, "posted": 0.9,
              "html": 0.9, "timestamp": 0.8, "dateline": 0.85, "updated": 0.6,
              "modified": 0.6}
_MIN_BODY_CHARS = 40


def content_id(body: str) -> str:
    """Stable document id: the hash of the body with case and spacing normalised."""
    norm = re.sub(r"\s+", " ", body).strip().lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def plausible_date(value: object, today: Optional[dt.date] = None) -> Optional[dt.date]:
    """A publication date no news article can have (before 1900, after tomorrow) is None."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        value = first_date(value) or _iso_prefix(value)
    if not isinstance(value, dt.date):
        return None
    today = today or dt.date.today()
    if value.year < 1900 or value > today + dt.timedelta(days=1):
        return None
    return value


def _iso_prefix(value: str) -> Optional[dt.date]:
    m = re.match(r"\s*(\d{4})-(\d\d)-(\d\d)", value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def build_document(raw: RawInput, clean: bool = True) -> Union[Document, Rejection]:
    meta = raw.meta
    doc = Document(doc_id="", path=raw.source, url=raw.url or meta.get("url"),
                   raw_hash=raw.raw_hash)
    published: Optional[dt.date] = None
    label: Optional[str] = None
    if not clean:
        doc.body = raw.content
    elif raw.kind == "html":
        try:
            page = extract_html(raw.content, url=doc.url)
        except HtmlError as exc:
            return Rejection(raw.source, str(exc), raw.raw_hash)
        doc.body = repair_text(page.body).strip()
        doc.title, doc.author, doc.outlet = page.title, page.author, page.outlet
        doc.url = doc.url or page.url
        published, label = plausible_date(page.published), "html"
        _dateline_from_body(doc)
    else:
        cleaned = clean_scraped(repair_text(raw.content))
        doc.body = cleaned.body
        doc.title, doc.author, doc.outlet = cleaned.title, cleaned.author, cleaned.outlet
        doc.dateline, doc.wire = cleaned.dateline, cleaned.wire
        published, label = plausible_date(cleaned.published), cleaned.published_label
    if len(doc.body.strip()) < (_MIN_BODY_CHARS if clean else 1):
        return Rejection(raw.source, "no article text (only boilerplate or too short)",
                         raw.raw_hash)
    # What the container states beats what the text suggests.
    doc.title = _str(meta.get("title")) or doc.title
    doc.outlet = _str(meta.get("outlet")) or doc.outlet or outlet_from_url(doc.url)
    if meta.get("author"):
        author = meta["author"]
        doc.author = [author] if isinstance(author, str) else [str(a) for a in author]
    container_date = plausible_date(meta.get("published"))
    if container_date:
        published, label = container_date, "container"
    if published:
        doc.published = published.isoformat()
        doc.published_source = "metadata" if label in ("container", "html", "metadata") else "text"
        doc.published_confidence = CONFIDENCE.get(label or "", 0.7)
    doc.language = _str(meta.get("language")) or detect_language(doc.body) or "und"
    doc.doc_id = content_id(doc.body)
    return doc


def _dateline_from_body(doc: Document) -> None:
    first = doc.body.split("\n", 1)[0]
    dl = parse_dateline(first)
    wires: list[str] = []
    if dl:
        doc.dateline = dl.place
        wires, others = wires_from_credits(dl.credits)
        doc.outlet = doc.outlet or (others[0] if others else None)
    doc.wire = wires + [w for w in wires_in(doc.body) if w not in wires]


def _str(value: object) -> Optional[str]:
    return value.strip() if isinstance(value, str) and value.strip() else None
