"""The longest gap between two turns of the Qt event loop while something runs: what a user
feels as a frozen window."""

from __future__ import annotations

import time


class StallMeter:
    """A 5 ms timer that notes the time between its ticks; ``longest()`` after ``stop()``."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps, self.last = [0.0], time.perf_counter()
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)
        self.timer.start(5)

    def tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def stop(self) -> float:
        self.tick()
        self.timer.stop()
        return max(self.gaps[1:])
