"""Python's cycle collector, run by the GUI thread only.

A collection runs on whichever thread happens to allocate past the threshold. On a worker of
the task pool it can free the last reference to a Qt object's wrapper, and a Qt object
destroyed off its thread while the GUI thread destroys another one deadlocks: each holds what
the other waits for (the GIL, a Qt mutex). So the automatic collector is switched off and this
timer collects on the GUI thread, generation by generation as the thresholds say, as
pyqtgraph's GarbageCollector does. It waits while a batch run has paused collection."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from desktop.interpreter import collection_paused

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        if collection_paused():
            return
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return
        generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
        gc.collect(generation)

    def stop(self) -> None:
        self.timer.stop()
        if self.was_enabled:
            gc.enable()
