"""Where the shared evaluation data lives; bench scripts skip when it is absent."""
from __future__ import annotations

import gzip
import os
import sys
from pathlib import Path

SHARED = Path(os.environ.get("POLEMOS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
EVAL = SHARED / "eval"


def require(path: Path) -> Path:
    if not path.exists():
        print(f"skipped: data not found at {path}")
        sys.exit(0)
    return path


def read_gz(path: Path) -> bytes:
    with gzip.open(path, "rb") as fh:
        return fh.read()
