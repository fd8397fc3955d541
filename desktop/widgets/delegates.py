"""In-grid editors: a combo box of choices for columns whose values come from a list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from desktop.models.sql_table import ROW_ID_ROLE


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a column through a combo box filled by ``column.choices(row_id)``."""

    def __init__(self, column, parent=None) -> None:
        super().__init__(parent)
        self.column = column

    def createEditor(self, parent, option, index):  # noqa: N802
        editor = QComboBox(parent)
        for value, label in self.column.choices(index.data(ROW_ID_ROLE)):
            editor.addItem(label, value)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        found = editor.findData(index.data(Qt.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        if editor.currentData() != index.data(Qt.EditRole):
            model.setData(index, editor.currentData(), Qt.EditRole)
