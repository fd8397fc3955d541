"""A transport that loses, doubles and reorders requests as a poor network does.

Each request, drawn with the laptop's own seeded random generator at ``rate``:
- dropped: it never reaches the server;
- answer lost: the server committed, the laptop hears nothing (it must retry safely);
- duplicated: the server gets it twice (the laptop reads the second answer);
- replayed late: a copy is kept and reaches the server later, after newer requests.
A fault is a TransportError, as the network's are.

Clock skew: ``MachineClocks`` gives each laptop a clock of its own, off the server's by a
fixed skew, as laptops that were never set right are."""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from desktop.crm.clock import Clock
from desktop.team.replica.transport import Transport, TransportError

KINDS = ("drop", "lose_answer", "duplicate", "replay_late")


class FaultyTransport:
    def __init__(self, inner: Transport, seed: int = 0, rate: float = 0.0) -> None:
        self.inner, self.rate = inner, rate
        self.random = random.Random(seed)
        self.partitioned = False
        self.faults: Counter[str] = Counter()
        self.requests = 0
        self._late: list[tuple[str, dict]] = []
        self._paused = 0

    def pause(self) -> None:
        self._paused += 1

    def resume(self) -> None:
        self._paused -= 1

    def post(self, path: str, body: dict) -> dict:
        self.requests += 1
        if self.partitioned:
            self.faults["partition"] += 1
            raise TransportError("the network is down")
        if self._late and self.random.random() < 0.5:
            late_path, late_body = self._late.pop(0)
            with contextlib.suppress(TransportError):
                self.inner.post(late_path, late_body)  # an old request arrives now
        kind = self._fault()
        if kind == "drop":
            raise TransportError("dropped")
        if kind == "replay_late":
            self._late.append((path, body))
        answer = self.inner.post(path, body)
        if kind == "duplicate":
            answer = self.inner.post(path, body)
        if kind == "lose_answer":
            raise TransportError("answer lost")
        return answer

    def _fault(self) -> str | None:
        if self._paused or self.rate <= 0 or self.random.random() >= self.rate:
            return None
        kind = self.random.choice(KINDS)
        self.faults[kind] += 1
        return kind

    def close(self) -> None:
        self.inner.close()


class MachineClocks:
    """The application's clock for a team in one process: while a laptop's code runs (inside
    ``laptop(index)``, on the test's thread) it reads the true time off by that laptop's skew;
    the server, on its own threads, and the office users read the true time."""

    def __init__(self, true: Clock, skews: list[dt.timedelta]) -> None:
        self.true, self.skews = true, skews
        self._local = threading.local()

    def now(self) -> dt.datetime:
        return self.true.now() + getattr(self._local, "skew", dt.timedelta())

    @contextmanager
    def laptop(self, index: int) -> Iterator[None]:
        previous = getattr(self._local, "skew", dt.timedelta())
        self._local.skew = self.skews[index % len(self.skews)]
        try:
            yield
        finally:
            self._local.skew = previous


#: a laptop hours ahead, one two days behind, one nearly right
SKEWS = [dt.timedelta(hours=5), dt.timedelta(days=-2), dt.timedelta(minutes=-7)]
