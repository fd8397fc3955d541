"""The interpreter's tuning, in one place: how often threads take turns, the collector paused
while a long run makes its many rows (the runners take it, never domain code), and what is
loaded moved out of its way after start-up. The GUI's own collector (views/shell/collector.py)
asks whether a run paused it. Standard library only: the window asks before SQLAlchemy or any
feature is loaded."""

from __future__ import annotations

import gc
import sys
import threading
from contextlib import contextmanager

_pause_lock = threading.Lock()
_pauses = [0, False]  # runs pausing the collector now, and whether it was on before them


def collection_paused() -> bool:
    """Whether a run asked the cycle collector to wait (the GUI's collector asks too)."""
    return _pauses[0] > 0


@contextmanager
def collector_paused():
    """The cycle collector waits while a run makes its hundred thousand lines and rows: none
    of them forms a cycle, and each full collection would walk them all again. The switch is
    process-wide, so runs in parallel count: the last one out turns it back on."""
    with _pause_lock:
        if _pauses[0] == 0:
            _pauses[1] = gc.isenabled()
            gc.disable()
        _pauses[0] += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses[0] -= 1
            if _pauses[0] == 0 and _pauses[1]:
                gc.enable()


def share_the_interpreter() -> None:
    """Hand the interpreter to the GUI thread every millisecond rather than every five: while
    the task pool runs several reads at once, the window still turns its event loop."""
    sys.setswitchinterval(0.001)


def settle_memory() -> None:
    """After start-up, move what is loaded out of the garbage collector's way: its full
    collections then stay short and never stall the window."""
    gc.collect()
    gc.freeze()
