"""Name normalisation shared by the index builder and the matcher.

Both sides must fold names the same way, so that "Kəlbəcər", "Kelbajar" spelled with a
typographic apostrophe, or "Nagorno-Karabakh" written with a space all hit one key.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

# Letters NFKD does not decompose into ASCII (schwa, dotless i, slashed o, ...).
_SPECIAL = str.maketrans({
    "ə": "e", "Ə": "e", "ı": "i", "İ": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o",
    "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
    "þ": "th", "ð": "d", "ħ": "h",
})
# Apostrophe-like marks vanish (Artemivs'k == Artemivsk, Stepʻanakert == Stepanakert);
# dashes become spaces (Nagorno-Karabakh == Nagorno Karabakh); dots vanish (St. == St).
_DROP = re.compile(r"[\u0027\u2018\u2019\u02bb\u02bc\u02be\u02bf\u0060\u00b4\u02b9\u02ca.]")
_SPACE = re.compile(r"[\s\-\u2010-\u2015_/]+")
_NONKEY = re.compile(r"[^a-z0-9 &]")


def fold(name: str) -> str:
    """Lowercase ASCII key for a place name ('' when nothing Latin is left)."""
    s = unicodedata.normalize("NFKD", name.translate(_SPECIAL))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _DROP.sub("", s.lower())
    s = _SPACE.sub(" ", s).strip()
    if _NONKEY.search(s):
        return ""
    return s


def key_hash(key: str) -> int:
    """Stable 63-bit hash of a folded key (collisions over ~1M keys: ~1e-7)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little") >> 1
