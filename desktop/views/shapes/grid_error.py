"""What a grid shows when its rows cannot be read (the server went away, a query failed): the
reason over the grid, a Retry button, and the same line in the status bar. An empty grid would
say "nothing matches", which is not true."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTableView
from sqlalchemy.exc import DBAPIError

from desktop.i18n import error_text
from desktop.widgets import colours
from desktop.widgets.announce import announce

translate = QCoreApplication.translate


class GridError(QFrame):
    """Laid over the top of a table view's viewport while its model cannot load rows."""

    def __init__(self, view: QTableView, retry, show_status=lambda text: None) -> None:
        super().__init__(view.viewport())
        self.view, self.show_status = view, show_status
        self.setObjectName("gridError")
        text, background = colours.GRID_ERROR
        self.setStyleSheet(f"#gridError {{ background: {background}; border: 1px solid #d93025; }}"
                           f" QLabel {{ color: {text}; }}")
        self.icon = QLabel(self)
        self.icon.setPixmap(qta.icon("fa5s.exclamation-triangle", color="#d93025").pixmap(18))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.retry = QPushButton(qta.icon("fa5s.sync-alt"), "", self)
        self.retry.clicked.connect(retry)
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry)
        self.error: BaseException | None = None
        self.hide()
        view.viewport().installEventFilter(self)
        self.retranslate()

    def text(self) -> str:
        if self.error is None:
            return ""
        if isinstance(self.error, DBAPIError) and self.error.orig is not None:
            reason = str(self.error.orig).strip().splitlines()[0]  # the server's words, not SQL
        else:
            reason = error_text(self.error)
        return translate("GridError", "The rows cannot be shown: %1").replace("%1", reason)

    def show_error(self, error: BaseException | None) -> None:
        self.error = error
        if error is None:
            self.hide()
            return
        self.message.setText(self.text())
        self.show_status(self.text())
        self._place()
        self.show()
        self.raise_()
        announce(self, self.text(), urgent=True)  # the focus stays in the grid: say it

    def retranslate(self) -> None:
        self.retry.setText(translate("GridError", "Retry"))
        if self.error is not None:
            self.message.setText(self.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Resize:
            self._place()
        return False

    def _place(self) -> None:
        width = self.view.viewport().width()
        self.setFixedWidth(max(width - 16, 200))
        self.adjustSize()
        self.move(8, 8)
