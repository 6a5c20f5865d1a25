"""Per-client rate limits and the cap on concurrent upstream fetches (with a bounded queue).

Both live in one server process: with several workers each has its own (see the README)."""

from __future__ import annotations

import asyncio
import math
import time
from collections import OrderedDict
from collections.abc import Callable

from opengauge.serve.errors import BusyError, RateLimitError


class RateLimiter:
    """A token bucket per client: `burst` requests at once, refilled at `rate` per second.
    At most `max_clients` buckets are kept (the least recently seen are forgotten)."""

    def __init__(
        self,
        rate: float,
        burst: int,
        *,
        what: str = "requests",
        max_clients: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = max(rate, 1e-6)
        self.burst = max(1, burst)
        self.what = what
        self.max_clients = max_clients
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def wait_for(self, client: str) -> float:
        """Take one token for `client`: 0.0 when allowed, else the seconds until one is free."""
        now = self.clock()
        tokens, last = self._buckets.pop(client, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.rate)
        if tokens >= 1.0:
            self._buckets[client] = (tokens - 1.0, now)
            wait = 0.0
        else:
            self._buckets[client] = (tokens, now)
            wait = (1.0 - tokens) / self.rate
        while len(self._buckets) > self.max_clients:
            self._buckets.popitem(last=False)
        return wait

    def check(self, client: str) -> None:
        """Raise `RateLimitError` (429, with Retry-After) when `client` has no token left."""
        wait = self.wait_for(client)
        if wait > 0:
            raise RateLimitError(
                f"Too many {self.what} from your address; wait {math.ceil(wait)} s.",
                retry_after=max(1, math.ceil(wait)),
            )


class FetchSlots:
    """At most `concurrent` upstream fetches at once; up to `queue` more wait their turn; beyond
    that a request is refused at once (`BusyError`, 503 with Retry-After)."""

    def __init__(self, concurrent: int, queue: int, *, retry_after: int = 10) -> None:
        self.concurrent = max(1, concurrent)
        self.queue = max(0, queue)
        self.retry_after = retry_after
        self._sem = asyncio.Semaphore(self.concurrent)
        self.running = 0
        self.waiting = 0

    async def acquire(self) -> None:
        if self.running >= self.concurrent and self.waiting >= self.queue:
            raise BusyError(
                f"{self.running} assessments are running and {self.waiting} are queued.",
                retry_after=self.retry_after,
            )
        self.waiting += 1
        try:
            await self._sem.acquire()
        finally:
            self.waiting -= 1
        self.running += 1

    def release(self) -> None:
        self.running -= 1
        self._sem.release()


__all__ = ["FetchSlots", "RateLimiter"]
