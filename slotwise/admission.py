"""Admission and the engine of a service process: who may wait for a worker thread
(`Admission`, overload shed with 503 rather than queued without bound) and the engine,
loaded once in a worker thread while the server already answers (`EngineSlot`)."""

from __future__ import annotations

import asyncio
import logging
import math
import time
from typing import Any

import anyio

from slotwise.schemas import InternalError

log = logging.getLogger("slotwise.service")


class Admission:
    """Who may wait for a worker. At most `threads` run and `queue` wait, and a request
    is taken only if its expected wait (those ahead of it times the recent mean service
    time, over the workers) is at most `max_wait_s`; the rest are refused at once. Used
    only on the event loop's thread, so plain counters suffice.

    `retry_after` estimates when a slot frees up: the waiting requests (plus one) times
    the mean service time, spread over the workers, in whole seconds (1-60)."""

    def __init__(self, threads: int, queue: int, max_wait_s: float = 0.5) -> None:
        self.threads = threads
        self.capacity = threads + queue
        self.max_wait_s = max_wait_s
        self.inside = 0
        self.refused = 0
        self.service_s = 0.05  # an exponentially weighted mean of time in a worker

    def expected_wait(self) -> float:
        ahead = max(0, self.inside - self.threads + 1)
        return ahead * self.service_s / self.threads

    def enter(self) -> bool:
        full = self.inside >= self.capacity
        if full or (self.inside >= self.threads and self.expected_wait() > self.max_wait_s):
            self.refused += 1
            return False
        self.inside += 1
        return True

    def leave(self) -> None:
        self.inside -= 1

    def served(self, seconds: float) -> None:
        """Time one request spent in a worker (not waiting for one)."""
        self.service_s += 0.1 * (seconds - self.service_s)

    def retry_after(self) -> int:
        waiting = max(0, self.inside - self.threads) + 1
        return min(60, max(1, math.ceil(waiting * self.service_s / self.threads)))


class EngineSlot:
    """The process's engine: given, or loaded once in a worker thread."""

    def __init__(self, engine: Any, interpreter: str, **options: Any) -> None:
        self.engine = engine
        self.interpreter = interpreter
        self.options = options  # more `Engine` arguments: time limit, store, notice
        self.error: BaseException | None = None
        self._task: asyncio.Task[Any] | None = None

    def _load(self) -> Any:
        from slotwise.engine import Engine

        t0 = time.perf_counter()
        engine = Engine(interpreter=self.interpreter, **self.options)
        log.info("engine loaded in %.0f ms", (time.perf_counter() - t0) * 1000)
        return engine

    def start(self) -> None:
        if self.engine is None and self._task is None:
            self._task = asyncio.ensure_future(anyio.to_thread.run_sync(self._load))
            self._task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[Any]) -> None:
        if task.cancelled():
            return
        if task.exception() is not None:
            self.error = task.exception()
            log.error("engine failed to load: %r", self.error)
        else:
            self.engine = task.result()

    @property
    def ready(self) -> bool:
        return self.engine is not None

    async def get(self) -> Any:
        if self.engine is not None:
            return self.engine
        self.start()
        assert self._task is not None
        try:
            return await asyncio.shield(self._task)
        except Exception as exc:
            raise InternalError("the engine failed to load") from exc
