"""A guard that notes every database statement the GUI runs on its own thread.

The window never waits for the database (DESIGN 4): reads and writes run on the task pool.
Tests run the pool inline, so a task's statements run on the GUI thread too: those are a
worker's (the pool marks them). What the test itself reads or writes to set up or check is not
the GUI's either; a statement counts when a frame of the GUI (views, widgets, models, dialogs,
the application's start-up) is on the stack, outside a pool task.
"""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path

from desktop.views.ops import pool
from tests.support import statement_tap

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"
GUI_PARTS = tuple(str(PACKAGE / part) for part in ("views", "widgets", "models", "dialogs",
                                                  "app.py"))


class GuiThreadGuard:
    def __init__(self) -> None:
        self.offences: list[str] = []
        self.places: list[str] = []
        self.active = False

    def _statement(self, _conn, _cursor, statement, _params, _context, _many) -> None:
        if not self.active or threading.current_thread() is not threading.main_thread():
            return
        if getattr(pool.running_inline, "depth", 0):
            return  # a pool task, run inline by the test
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_code.co_filename.startswith(GUI_PARTS):
                stack = "".join(traceback.format_stack(sys._getframe(1), limit=25)[-12:])
                self.offences.append(f"{statement.split()[0]} on the GUI thread:\n{stack}")
                self.places.append(_gui_frames(frame))
                return
            frame = frame.f_back

    def install(self) -> None:
        statement_tap.subscribe(self._statement)

    def remove(self) -> None:
        statement_tap.unsubscribe(self._statement)


def _gui_frames(frame) -> str:
    found = []
    while frame is not None:
        if frame.f_code.co_filename.startswith(GUI_PARTS):
            found.append(f"{Path(frame.f_code.co_filename).relative_to(PACKAGE)}:"
                         f"{frame.f_code.co_name}")
        frame = frame.f_back
    return " <- ".join(found[:4])
