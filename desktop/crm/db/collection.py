"""Pausing Python's cycle collector while a run makes its many rows, process-wide; the GUI's
own collector (views/shell/collector.py) asks whether a run paused it. Kept apart from the batch
module so that the window can ask before SQLAlchemy is loaded."""

from __future__ import annotations

import gc
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
