"""A label whose links the keyboard reaches in one Tab stop per link (issue 40).

Qt's QLabel takes Tab first as a whole, with no link chosen (Enter does nothing there), and
only the next Tab chooses its first link: two stops per link, the first a dead one. Here Tab
(or Shift+Tab) coming in chooses the first (or last) link at once, and the label is ringed
while it has the focus (focus_style.ring_label)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.widgets.focus_style import ring_label


class LinkLabel(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        ring_label(self)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        if event.reason() in (Qt.TabFocusReason, Qt.BacktabFocusReason):
            QLabel.focusNextPrevChild(self, event.reason() == Qt.TabFocusReason)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        """Between the links of a label of several; out of a label of one link at once (Qt's
        took Shift+Tab to unselect it, a stop with nothing to do)."""
        if self.text().count("<a ") > 1:
            return QLabel.focusNextPrevChild(self, forward)
        return QWidget.focusNextPrevChild(self, forward)
