"""Bytes to text: encoding detected (not assumed), binary refused, mojibake repaired."""
from __future__ import annotations

import codecs
import re
from typing import Optional

from ftfy import TextFixerConfig, fix_text

# Articles are text: more than this share of control bytes means an image, a PDF,
# a zip... Calibrated on the seeds and the ScrapingHub/htmldate pages (all < 0.001).
_BINARY_CONTROL_SHARE = 0.05
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# A two-to-four byte UTF-8 sequence; legacy 8-bit text almost never forms one by chance.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_MAGIC = (
    (b"%PDF", "a PDF file"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a zip archive"), (b"\x7fELF", "an executable"),
)
# ftfy repairs mojibake ("â€™" → "’") but must not touch legitimate text; the defaults
# also "uncurl" quotes and change width, which would alter the article.
_FTFY = TextFixerConfig(uncurl_quotes=False, fix_latin_ligatures=False,
                        fix_character_width=False, normalization="NFC")


class DecodeError(ValueError):
    """Raised with a one-line, user-facing reason."""


def sniff_binary(data: bytes) -> Optional[str]:
    """A reason if ``data`` is not text, else None."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"binary input ({what}), not an article"
    if any(data.startswith(bom) for bom, _ in _BOMS[:1] + _BOMS[3:]):
        return None  # UTF-16/32 text legitimately holds NUL bytes
    sample = data[:65536]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > _BINARY_CONTROL_SHARE:
        return "binary input (control bytes), not text"
    return None


def decode_bytes(data: bytes, declared: Optional[str] = None, strict_utf8: bool = True) -> str:
    """Decode article bytes; raises DecodeError with a one-line reason.

    ``strict_utf8=False`` is for web pages: browsers show a UTF-8 page with a few broken
    bytes (U+FFFD in their place), so an extractor should too."""
    if not data.strip():
        raise DecodeError("empty input")
    reason = sniff_binary(data)
    if reason:
        raise DecodeError(reason)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace").lstrip("\ufeff")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    if _UTF8_MULTIBYTE.search(data):
        # Well-formed UTF-8 sequences beside broken ones: a UTF-8 file that was damaged
        # (truncated, concatenated, edited as bytes), not text in a legacy encoding.
        if not strict_utf8:
            return data.decode("utf-8", errors="replace")
        raise DecodeError(f"invalid UTF-8 (bad byte 0x{data[bad]:02x} at offset {bad}) "
                          f"in a UTF-8 file")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding is None:
        # Mostly UTF-8 with a few broken bytes: keep the article, mark the damage.
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") > max(10, len(text) // 50):
            raise DecodeError("undecodable bytes: encoding could not be detected")
        return text
    return data.decode(best.encoding, errors="replace")


_DASH_REPLACEMENT = re.compile(r"(?<=\w) \ufffd (?=\w)")


def repair_text(text: str) -> str:
    """Repair mojibake and normalise whitespace without changing the article's words.

    A lone U+FFFD between spaces is, in scraped news, almost always a lost dash
    (en/em dash encoded in a single-byte charset), so it becomes "–".
    """
    text = fix_text(text, _FTFY)
    text = _DASH_REPLACEMENT.sub(" – ", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return text
