"""Fixtures for the geo stage: the real gazetteer index, built once per test session from
the installed PyPI packages (about 20 s on a 2-core machine) into a temporary cache."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

try:
    import polemos  # noqa: F401
except ImportError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))


@pytest.fixture(scope="session")
def gz_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    # reuse a cache the developer points at; otherwise build a fresh index
    return os.environ.get("POLEMOS_TEST_GEO_CACHE") or str(tmp_path_factory.mktemp("geo"))


@pytest.fixture(scope="session")
def gz(gz_dir: str):
    from polemos.geo import Gazetteer
    return Gazetteer.load(gz_dir)
