"""The base of a Customer 360 panel: it says which function of an ops module reads its figures
(``reader``), shows them once read (the window reads every panel's in one task), and drops an
answer that arrives after the user moved on to another partner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox


class Panel(QGroupBox):
    title_source = ""  # English, context "panels"
    #: ``reader(session, record_id)``: the panel's figures, as plain values, on the pool
    reader: Callable[[Any, int], Any] | None = None

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: int | None = None
        self.result: Any = None
        self._asked = 0  # the number of the latest question; older answers are dropped
        self.setTitle(QCoreApplication.translate("panels", self.title_source))

    def expect(self, record_id: int | None) -> int:
        """A partner was chosen: nothing stale on screen until its figures arrive."""
        self.record_id = record_id
        self._asked += 1
        self.result = None
        self.waiting()
        return self._asked


    def arrived(self, asked: int, result: Any) -> None:
        if asked != self._asked:
            return  # a partner the user has left
        self.result = result
        self.fill(result)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("panels", self.title_source))
        if self.result is not None:
            self.fill(self.result)

    @property
    def asked(self) -> int:
        """The number of the latest question: an answer to it is still wanted."""
        return self._asked

    @property
    def filled(self) -> bool:
        return self.result is not None

    # -- what each panel says -----------------------------------------------------------------
    def waiting(self) -> None:
        """While the figures are read (or with no partner): nothing stale on screen."""

    def fill(self, result: Any) -> None:
        raise NotImplementedError
