"""A label that shows as much of its text as fits, ending in '…', and the whole text as its
tooltip: a long sync error must not push the status bar's other fields out of the window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy


class ElidingLabel(QLabel):
    def __init__(self, parent=None, max_width: int = 520) -> None:
        super().__init__(parent)
        self._full = ""
        self.max_width = max_width
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self.setToolTip(text if self._elided(self.max_width) != text else "")
        self._show()
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:  # noqa: N802
        width = min(self.fontMetrics().horizontalAdvance(self._full) + 8, self.max_width)
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(min(self.sizeHint().width(), 80), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._show()

    def _elided(self, width: int) -> str:
        return self.fontMetrics().elidedText(self._full, Qt.ElideRight, max(width, 0))

    def _show(self) -> None:
        QLabel.setText(self, self._elided(self.width() - 4))
