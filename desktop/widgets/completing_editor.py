"""A plain-text editor that completes the word under the cursor from a list, as code editors
do: the list opens after two typed characters or on Ctrl+Space, Enter or Tab inserts."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QPlainTextEdit

INSERT_ROLE = Qt.UserRole + 1
WORD = re.compile(r"[\w.]+$")
POPUP_KEYS = (Qt.Key_Enter, Qt.Key_Return, Qt.Key_Escape, Qt.Key_Tab, Qt.Key_Backtab)


class CompletingEditor(QPlainTextEdit):
    completed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries = QStandardItemModel(self)
        self.completer = QCompleter(self)
        self.completer.setModel(self.entries)
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchContains)
        self.completer.setCompletionMode(QCompleter.PopupCompletion)
        self.completer.setWidget(self)
        self.completer.activated[QModelIndex].connect(self._insert)

    def set_entries(self, entries: list[tuple[str, str]]) -> None:
        """(shown, inserted) pairs, e.g. ("CLISINCE  Client since", 'attribute("CLISINCE")')."""
        self.entries.clear()
        for shown, inserted in entries:
            item = QStandardItem(shown)
            item.setData(inserted, INSERT_ROLE)
            self.entries.appendRow(item)

    def prefix(self) -> str:
        cursor = self.textCursor()
        before = cursor.block().text()[:cursor.positionInBlock()]
        match = WORD.search(before)
        return match.group(0) if match else ""

    def _insert(self, index: QModelIndex) -> None:
        inserted = index.data(INSERT_ROLE) or index.data()
        cursor = self.textCursor()
        for _ in self.prefix():
            cursor.deletePreviousChar()
        cursor.insertText(inserted)
        self.setTextCursor(cursor)
        self.completed.emit(inserted)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        popup = self.completer.popup()
        if popup.isVisible() and event.key() in POPUP_KEYS:
            event.ignore()  # the completer's popup handles them
            return
        forced = event.key() == Qt.Key_Space and bool(event.modifiers() & Qt.ControlModifier)
        if not forced:
            super().keyPressEvent(event)
        if forced or event.text():
            self.update_popup(forced)

    def update_popup(self, forced: bool = False) -> None:
        prefix = self.prefix()
        popup = self.completer.popup()
        if len(prefix) < 2 and not forced:
            popup.hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0:
            popup.hide()
            return
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        rect = self.cursorRect()
        rect.setWidth(popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width())
        self.completer.complete(rect)
