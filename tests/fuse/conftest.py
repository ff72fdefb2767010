from __future__ import annotations

import sys
from pathlib import Path

import pytest

# the shared helpers of these tests (fuse_cases.py) sit next to this file
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuse_cases import three_outlets as _three_outlets  # noqa: E402


@pytest.fixture
def three_outlets():
    return _three_outlets()
