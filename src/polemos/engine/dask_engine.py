"""Dask runner: the same batch function on a LocalCluster or a remote scheduler."""
from __future__ import annotations

from collections import deque
from typing import Any, Callable, Iterable, Iterator, Optional

from ..errors import UserError


class DaskEngine:
    def __init__(self, workers: int = 1, scheduler: Optional[str] = None):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise UserError("the dask engine needs dask[distributed]: "
                            "pip install 'polemos[dask]'") from exc
        self._cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="10s")
            else:
                self._cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                             processes=True, dashboard_address=None)
                self.client = Client(self._cluster)
        except OSError as exc:
            raise UserError(f"cannot reach the Dask scheduler at '{scheduler}': {exc}") from exc
        self.window = 2 * max(1, len(self.client.scheduler_info().get("workers", {})) or workers)

    def map(self, fn: Callable[..., Any], batches: Iterable[Any], **kwargs: Any) -> Iterator[Any]:
        pending: deque = deque()
        for batch in batches:
            pending.append(self.client.submit(fn, batch, pure=False, **kwargs))
            while len(pending) >= self.window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
