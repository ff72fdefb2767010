"""In-process and process-pool runner."""
from __future__ import annotations

import multiprocessing as mp
from collections import deque
from typing import Any, Callable, Iterable, Iterator


class LocalEngine:
    def __init__(self, workers: int = 1):
        self.workers = max(1, int(workers))
        self._pool = None

    def map(self, fn: Callable[..., Any], batches: Iterable[Any], **kwargs: Any) -> Iterator[Any]:
        """Results in input order. Batches are drawn in the calling thread (they may touch
        the store), with at most two per worker in flight to bound memory."""
        if self.workers == 1:
            for batch in batches:
                yield fn(batch, **kwargs)
            return
        # fork shares the loaded model pages copy-on-write where the platform has it.
        ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
        self._pool = ctx.Pool(self.workers)
        pending: deque = deque()
        for batch in batches:
            pending.append(self._pool.apply_async(fn, (batch,), kwargs))
            while len(pending) >= 2 * self.workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None
