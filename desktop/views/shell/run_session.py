"""Run session (Ctrl+K): open a session by its LN code or by its name, with completion."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from desktop.views.shell import registry


class RunSessionDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Run session"))
        self.resize(520, 380)
        self.chosen: str | None = None
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Session code or name, e.g. tdsmi1610m000"))
        labels = [spec.label() for spec in registry.all_sessions()]
        completer = QCompleter(labels, self)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        self.edit.setCompleter(completer)
        completer.activated.connect(self._completed)
        self.edit.returnPressed.connect(self.accept)
        self.list = QListWidget(self)
        buttons = QDialogButtonBox(QDialogButtonBox.Open | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Session:"), self))
        layout.addWidget(self.edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.edit.textChanged.connect(self.filter)
        self.list.itemActivated.connect(lambda _i: self.accept())
        self.filter("")

    def filter(self, text: str) -> None:
        text = text.split(" (")[0] if text.endswith(")") else text
        self.list.clear()
        for spec in registry.search(text) if text.strip() else registry.all_sessions():
            item = QListWidgetItem(spec.label())
            item.setData(Qt.UserRole, spec.code)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def _completed(self, text: str) -> None:
        self.edit.setText(text)
        self.accept()

    def accept(self) -> None:
        if self.result() == QDialog.Accepted and self.chosen:
            return
        text = self.edit.text().strip()
        if text.endswith(")") and "(" in text:
            text = text.rsplit("(", 1)[1].rstrip(")")
        exact = registry.get(text) if text else None
        if exact is not None:
            self.chosen = exact.code
        elif self.list.currentItem() is not None:
            self.chosen = self.list.currentItem().data(Qt.UserRole)
        super().accept()
