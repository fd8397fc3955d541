"""In-grid editors: a combo box of choices for columns whose values come from a list."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from desktop.models.sql_table import ROW_ID_ROLE


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a column through a combo box filled by ``column.choices(row_id)``, or, for
    choices that must be read, by ``load(row_id, fill)``, which reads them off the GUI thread
    and calls ``fill(choices)`` once they arrive."""

    def __init__(self, column, parent=None, load=None) -> None:
        super().__init__(parent)
        self.column = column
        self.load = load

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QComboBox(parent)
        row_id = index.data(ROW_ID_ROLE)
        if self.load is None:
            self._fill(editor, self.column.choices(row_id))
        else:
            editor.setPlaceholderText("…")
            self.load(row_id, lambda choices: self._fill(editor, choices))
        return editor

    def _fill(self, editor: QComboBox, choices) -> None:
        if not shiboken6.isValid(editor):
            return  # the editor closed before its choices arrived
        wanted = editor.property("wanted")
        editor.setProperty("filled", True)
        editor.clear()
        for value, label in choices:
            editor.addItem(label, value)
        editor.setCurrentIndex(max(editor.findData(wanted), 0))

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        editor.setProperty("wanted", index.data(Qt.EditRole))
        found = editor.findData(index.data(Qt.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        if self.load is not None and not editor.property("filled"):
            return  # closed before the choices arrived: nothing was chosen
        if editor.currentData() != index.data(Qt.EditRole):
            model.setData(index, editor.currentData(), Qt.EditRole)
