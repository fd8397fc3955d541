"""A read-only table of plain rows (a file's preview, a run's lines): headers, rows of texts,
and an optional emphasis per row. Enough for a few hundred thousand rows: nothing is built per
cell until the view asks for it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from desktop.models.index import Index


class RowsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: Sequence[list] = []
        self._bold: Callable[[int], bool] = lambda row: False
        self._font = QFont()
        self._font.setBold(True)

    def set_rows(self, headers: list[str], rows: Sequence[list],
                 bold: Callable[[int], bool] | None = None) -> None:
        self.beginResetModel()
        self._headers, self._rows = list(headers), rows
        self._bold = bold or (lambda row: False)
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(headers) - 1, 0))

    def row(self, row: int) -> list:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cells = self._rows[index.row()]
            value = cells[index.column()] if index.column() < len(cells) else ""
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.FontRole and self._bold(index.row()):
            return self._font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        return section + 1

    def changed_rows(self, rows: list[int]) -> None:
        """Cells of ``rows`` changed in place (a decision taken)."""
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
