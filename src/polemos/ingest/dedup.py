"""Near-duplicate detection: MinHash over word shingles with LSH banding.

Syndicated copies of one wire story differ in title, boilerplate and a sentence or
two; after cleaning their bodies share most 5-word shingles. Signatures are kept in
the store so detection works across runs.
"""
from __future__ import annotations

import hashlib
import re
from typing import Iterable

import numpy as np

NUM_PERM = 64
BANDS = 16                       # 16 bands x 4 rows: pairs at Jaccard 0.8 collide with p > 0.99
ROWS = NUM_PERM // BANDS
SHINGLE = 5
# Jaccard of 5-shingles between a wire story and its re-publication with a changed
# first paragraph is ~0.75-0.95; unrelated stories on one topic stay below 0.2.
NEAR_DUPLICATE_JACCARD = 0.6
_MERSENNE = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20201110)
_A = _rng.integers(1, (1 << 61) - 1, NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, (1 << 61) - 1, NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        words = words + [""] * (SHINGLE - len(words))
    out = set()
    for i in range(len(words) - SHINGLE + 1):
        h = hashlib.blake2b(" ".join(words[i:i + SHINGLE]).encode(), digest_size=8).digest()
        out.add(int.from_bytes(h, "little") >> 4)
    return out


def signature(text: str) -> np.ndarray:
    sh = np.fromiter(shingles(text), dtype=np.uint64)
    # (a*x + b) mod p, vectorised over all shingles and permutations; wraps in uint64
    # are fine for a hash family.
    hashed = (np.outer(sh, _A) + _B) % _MERSENNE
    return hashed.min(axis=0).astype(np.uint64)


def band_keys(sig: np.ndarray) -> list[str]:
    return [hashlib.blake2b(sig[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).hexdigest()
            for b in range(BANDS)]


def jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    return float(np.mean(sig_a == sig_b))


def best_match(sig: np.ndarray, candidates: Iterable[tuple[str, np.ndarray]]) -> tuple[str, float] | None:
    best: tuple[str, float] | None = None
    for doc_id, other in candidates:
        score = jaccard(sig, other)
        if score >= NEAR_DUPLICATE_JACCARD and (best is None or score > best[1]):
            best = (doc_id, score)
    return best
