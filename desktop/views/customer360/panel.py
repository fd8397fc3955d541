"""The base of a Customer 360 panel: it reads its figures on the task pool for the partner
shown and drops an answer that arrives after the user moved on to another partner."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox

from desktop.views.ops import Query


class Panel(QGroupBox):
    title_source = ""  # English, context "panels"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: int | None = None
        self.result: Any = None
        self._asked = 0  # the number of the latest question; older answers are dropped
        self.setTitle(QCoreApplication.translate("panels", self.title_source))

    def show_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self._asked += 1
        asked = self._asked
        self.result = None
        self.waiting()
        if record_id is None:
            return
        Query(self.ctx, self, lambda session: self.read(session, record_id)) \
            .success(lambda result: self._arrived(asked, result)).run()

    def _arrived(self, asked: int, result: Any) -> None:
        if asked != self._asked:
            return  # a partner the user has left
        self.result = result
        self.fill(result)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("panels", self.title_source))
        if self.result is not None:
            self.fill(self.result)

    @property
    def filled(self) -> bool:
        return self.result is not None

    # -- what each panel says -----------------------------------------------------------------
    def read(self, session, record_id: int) -> Any:
        """On the pool: the panel's figures, as plain values."""
        raise NotImplementedError

    def waiting(self) -> None:
        """While the figures are read (or with no partner): nothing stale on screen."""

    def fill(self, result: Any) -> None:
        raise NotImplementedError
