"""Readers: every input format of the contract to RawInput records (or Rejections).

A reader never raises for bad input: each problem becomes a Rejection carrying a
one-line reason, so a run accounts for every input.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import re
import sys
import zlib
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from ..model import RawInput, Rejection
from .decode import DecodeError, decode_bytes, sniff_binary

Item = Union[RawInput, Rejection]

# One article is at most a few hundred kB of HTML; a larger single file is a dump,
# a binary or an attack. Containers (JSONL, WARC, feeds) are streamed record by record
# and the limit applies to each record.
MAX_ARTICLE_BYTES = 8 * 1024 * 1024
MAX_CONTAINER_BYTES = 4 * 1024 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".arc"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
_FEED_SNIFF = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.S)
_HTML_SNIFF = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<div|<article|<p\b)", re.I)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def iter_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files under the given paths (folders recursively, sorted), '-' kept as is."""
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                if sub.is_file() and not sub.name.startswith("."):
                    yield str(sub)
        else:
            yield str(path)


def read_inputs(paths: Iterable[str]) -> Iterator[Item]:
    for path in iter_paths(paths):
        yield from read_path(path)


def read_path(path: str) -> Iterator[Item]:
    if path == "-":
        yield from read_bytes("-", sys.stdin.buffer.read(), suffix="")
        return
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        yield Rejection(path, f"cannot read file: {exc.strerror or exc}", digest(path.encode()))
        return
    suffixes = [s.lower() for s in Path(path).suffixes]
    suffix = suffixes[-1] if suffixes else ""
    container = suffix in JSON_SUFFIXES - {".json"} or ".warc" in suffixes or ".arc" in suffixes
    limit = MAX_CONTAINER_BYTES if container else MAX_ARTICLE_BYTES
    if size > limit and suffix != ".gz":
        yield Rejection(path, f"file too large for one article ({size // 1_048_576} MB; "
                              f"limit {limit // 1_048_576} MB)", digest(f"{path}:{size}".encode()))
        return
    if ".warc" in suffixes or ".arc" in suffixes:
        yield from read_warc(path)
        return
    if suffix in (".jsonl", ".ndjson"):
        yield from read_jsonl_file(path)
        return
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        yield Rejection(path, f"cannot read file: {exc.strerror or exc}", digest(path.encode()))
        return
    yield from read_bytes(path, data, suffix=suffix, suffixes=suffixes)


def read_bytes(source: str, data: bytes, suffix: str, suffixes: Optional[list[str]] = None
               ) -> Iterator[Item]:
    suffixes = suffixes or [suffix]
    if suffix == ".gz":
        try:
            data = _gunzip(data, MAX_ARTICLE_BYTES)
        except (OSError, EOFError, zlib.error) as exc:
            yield Rejection(source, f"truncated or corrupt gzip: {exc}", digest(data))
            return
        suffix = suffixes[-2] if len(suffixes) > 1 else ""
    if len(data) > MAX_ARTICLE_BYTES and suffix not in JSON_SUFFIXES:
        yield Rejection(source, f"input too large for one article (> "
                                f"{MAX_ARTICLE_BYTES // 1_048_576} MB)", digest(data[:65536]))
        return
    if suffix in JSON_SUFFIXES:
        yield from read_json(source, data, lines=suffix != ".json")
    elif suffix in FEED_SUFFIXES or _FEED_SNIFF.match(data[:4096]):
        yield from read_feed(source, data)
    elif suffix in HTML_SUFFIXES or _HTML_SNIFF.match(data[:2048]):
        yield from _one(source, data, "html")
    elif suffix in TEXT_SUFFIXES or not sniff_binary(data):
        if suffix == "" and data.lstrip()[:1] in (b"{", b"["):
            yield from read_json(source, data, lines=True)
        else:
            yield from _one(source, data, "text")
    else:
        yield Rejection(source, sniff_binary(data) or f"unsupported input format '{suffix}'",
                        digest(data))


def _gunzip(data: bytes, limit: int) -> bytes:
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
        out = gz.read(limit + 1)
    return out


def _one(source: str, data: bytes, kind: str, meta: Optional[dict] = None) -> Iterator[Item]:
    h = digest(data)
    declared = _declared_charset(data) if kind == "html" else None
    try:
        text = decode_bytes(data, declared, strict_utf8=kind != "html")
    except DecodeError as exc:
        yield Rejection(source, str(exc), h)
        return
    meta = meta or {}
    yield RawInput(source=source, kind=kind, content=text, raw_hash=h,
                   url=meta.get("url"), meta=meta)


_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


def _declared_charset(data: bytes) -> Optional[str]:
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None


# --- JSON / JSONL ---------------------------------------------------------------------

_META_KEYS = ("url", "title", "published", "outlet", "author", "language")


def read_json(source: str, data: bytes, lines: bool) -> Iterator[Item]:
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        yield Rejection(source, str(exc), digest(data))
        return
    if not lines:
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            # A .json file may in fact be JSON Lines.
            if "\n" in text.strip():
                yield from read_json(source, data, lines=True)
                return
            yield Rejection(source, f"invalid JSON: {exc.msg} at line {exc.lineno}", digest(data))
            return
        if isinstance(obj, list) and not any(isinstance(r, dict) for r in obj):
            yield Rejection(source, "JSON is an array with no objects (expected objects with "
                                    "'text' or 'html')", digest(data))
            return
        records = obj if isinstance(obj, list) else [obj]
        for i, rec in enumerate(records, 1):
            name = source if len(records) == 1 else f"{source}#{i}"
            yield from _json_record(name, rec)
        return
    n = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip():
            n += 1
            yield from _json_line(source, lineno, line)
    if n == 0:
        yield Rejection(source, "empty input", digest(data))


def _json_line(source: str, lineno: int, line: str) -> Iterator[Item]:
    name = f"{source}#{lineno}"
    if len(line) > MAX_ARTICLE_BYTES:
        yield Rejection(name, "record too large for one article",
                        digest(line[:65536].encode("utf-8", "replace")))
        return
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        yield Rejection(name, f"invalid JSON on line {lineno}: {exc.msg}",
                        digest(line.encode("utf-8", "replace")))
        return
    yield from _json_record(name, rec)


def read_jsonl_file(path: str) -> Iterator[Item]:
    """JSON Lines streamed line by line: a dump of millions of articles never sits in
    memory whole. The encoding is detected once, on the first megabyte."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(1_048_576)
            try:
                encoding = "utf-8"
                head.decode("utf-8")
            except UnicodeDecodeError as exc:
                # A cut at the end of the sample is not a wrong encoding.
                if exc.start < len(head) - 4:
                    from charset_normalizer import from_bytes
                    best = from_bytes(head).best()
                    encoding = best.encoding if best and best.encoding else "utf-8"
            fh.seek(0)
            n = 0
            for lineno, raw in enumerate(fh, 1):
                line = raw.decode(encoding, errors="replace").lstrip("\ufeff")
                if line.strip():
                    n += 1
                    yield from _json_line(path, lineno, line)
    except OSError as exc:
        yield Rejection(path, f"cannot read file: {exc.strerror or exc}", digest(path.encode()))
        return
    if n == 0:
        yield Rejection(path, "empty input", digest(path.encode()))


def _json_record(source: str, rec: object) -> Iterator[Item]:
    raw = json.dumps(rec, sort_keys=True, ensure_ascii=False).encode("utf-8")
    h = digest(raw)
    if not isinstance(rec, dict):
        yield Rejection(source, f"JSON record is {type(rec).__name__}, not an object with "
                                f"'text' or 'html'", h)
        return
    meta = {k: rec[k] for k in _META_KEYS if isinstance(rec.get(k), (str, list))}
    body = rec.get("text") if isinstance(rec.get("text"), str) else None
    html = rec.get("html") if isinstance(rec.get("html"), str) else None
    if not (body and body.strip()) and not (html and html.strip()):
        yield Rejection(source, "JSON object has no 'text' or 'html' field with content", h)
        return
    if len(raw) > MAX_ARTICLE_BYTES:
        yield Rejection(source, "record too large for one article", h)
        return
    kind, content = ("html", html) if html and not (body and body.strip()) else ("text", body)
    yield RawInput(source=source, kind=kind, content=content or "", raw_hash=h,
                   url=meta.get("url"), meta=meta)


# --- WARC -----------------------------------------------------------------------------

def read_warc(path: str) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or ""
                         if record.http_headers else "")
                if ctype and not re.search(r"html|text|xml", ctype, re.I):
                    continue
                n += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                name = f"{path}#{n}"
                data = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
                if len(data) > MAX_ARTICLE_BYTES:
                    yield Rejection(name, "WARC record too large for one article", digest(data[:65536]))
                    continue
                meta = {"url": url} if url else {}
                date = record.rec_headers.get_header("WARC-Date")
                if date:
                    meta["crawled"] = date[:10]
                kind = "text" if "text/plain" in ctype.lower() else "html"
                yield from _one(name, data, kind, meta)
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        yield Rejection(path if n == 0 else f"{path}#{n + 1}",
                        f"truncated or corrupt WARC: {reason[:160]}", digest(path.encode()))
        return
    if n == 0:
        yield Rejection(path, "WARC holds no HTML or text response records", digest(path.encode()))


# --- RSS / Atom -----------------------------------------------------------------------

def read_feed(source: str, data: bytes) -> Iterator[Item]:
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = "feed has no entries"
        if feed.get("bozo"):
            reason = f"malformed feed: {str(feed.get('bozo_exception'))[:160]}"
        yield Rejection(source, reason, digest(data))
        return
    outlet = feed.feed.get("title")
    for i, entry in enumerate(feed.entries, 1):
        content = ""
        if entry.get("content"):
            content = max((c.get("value", "") for c in entry.content), key=len)
        if len(content) < len(entry.get("summary", "")):
            content = entry.get("summary", "")
        name = f"{source}#{i}"
        meta = {"url": entry.get("link"), "title": entry.get("title"), "outlet": outlet}
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        if published:
            meta["published"] = "%04d-%02d-%02d" % tuple(published[:3])
        if entry.get("author"):
            meta["author"] = entry.get("author")
        meta = {k: v for k, v in meta.items() if v}
        raw = json.dumps([meta, content], ensure_ascii=False).encode("utf-8")
        if not content.strip():
            yield Rejection(name, "feed entry has no text", digest(raw))
            continue
        kind = "html" if re.search(r"<(p|div|br|a|span)\b", content, re.I) else "text"
        yield RawInput(source=name, kind=kind, content=content, raw_hash=digest(raw),
                       url=meta.get("url"), meta=meta)
