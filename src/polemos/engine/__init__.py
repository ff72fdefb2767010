"""Runners: the same per-document stage code run in one process, in a local process
pool, or on a Dask cluster."""
from __future__ import annotations

from typing import Optional

from ..errors import UserError

ENGINES = ("local", "dask")


def get_engine(name: str, workers: int = 1, scheduler: Optional[str] = None):
    if name == "local":
        from .local import LocalEngine
        return LocalEngine(workers)
    if name == "dask":
        from .dask_engine import DaskEngine
        return DaskEngine(workers, scheduler)
    raise UserError(f"unknown engine '{name}'; choose one of: {', '.join(ENGINES)}")
