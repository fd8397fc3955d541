"""Per-device rate limits of the team server (issue 35, item 4): a token bucket per laptop, so
that one laptop in a loop (a bug, or a stolen one replaying requests) cannot take the server
from the others. The clock is injected: the server's is time.monotonic, the tests' their
own."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from desktop.team.server.context import RequestRefused

#: a laptop syncs every few minutes and pages through a first copy: 2 requests a second on
#: average, 60 at once, leave it room and stop a loop within a minute
RATE, BURST = 2.0, 60.0


class DeviceLimits:
    def __init__(self, rate: float = RATE, burst: float = BURST,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate, self.burst, self.clock = rate, burst, clock
        self._buckets: dict[object, tuple[float, float]] = {}  # device -> (tokens, at)
        self._lock = threading.Lock()

    def take(self, device: object) -> None:
        """One request of ``device``, or a refusal (429) when it has used its share."""
        now = self.clock()
        with self._lock:
            tokens, at = self._buckets.get(device, (self.burst, now))
            tokens = min(self.burst, tokens + (now - at) * self.rate)
            if tokens < 1:
                self._buckets[device] = (tokens, now)
                raise RequestRefused("This laptop sends too many requests to the team server: "
                                     "it will try again in a moment.", status=429)
            self._buckets[device] = (tokens - 1, now)
