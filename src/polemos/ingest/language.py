"""Language of an article from its function words (offline, no model)."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Optional

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=1)
def _profiles() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files("polemos").joinpath("data/ingest/stopwords.json").read_text("utf-8"))
    return {lang: frozenset(words) for lang, words in raw.items() if not lang.startswith("_")}


def detect_language(text: str, sample_chars: int = 5000) -> Optional[str]:
    """ISO 639-1 code, or None when the text has too few words to tell."""
    words = [w.lower() for w in _WORD.findall(text[:sample_chars])]
    if len(words) < 5:
        return None
    scores = {lang: sum(w in stop for w in words) for lang, stop in _profiles().items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    # Function words are ~40% of running text; under 8% of any profile means a
    # language we have no profile for (or a list of names), better unknown than wrong.
    return lang if best >= max(2, 0.08 * len(words)) else None
