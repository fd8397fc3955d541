"""The lines of a batch run's report as a table model: a run over 100,000 records shows its
report at once, where a QTableWidget would build 300,000 items on the GUI thread first."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt,
)

from desktop.crm.batch import ReportLine
from desktop.models.columns import translate_enum

COLUMNS = (QT_TRANSLATE_NOOP("ProcessingSession", "Record"),
           QT_TRANSLATE_NOOP("ProcessingSession", "Result"),
           QT_TRANSLATE_NOOP("ProcessingSession", "Message"))


class ReportLinesModel(QAbstractTableModel):
    def __init__(self, translate, parent=None) -> None:
        super().__init__(parent)
        self.translate = translate  # a domain message template -> the user's language
        self.lines: list[ReportLine] = []

    def set_lines(self, lines: list[ReportLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if role != Qt.DisplayRole or not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if column == 0:
            return line.object_key
        if column == 1:
            return translate_enum(line.result)
        return line.text(self.translate)

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return QCoreApplication.translate("ProcessingSession", COLUMNS[section])
        return None

    def texts(self, row: int) -> tuple[str, str, str]:
        """The three cells of a row as shown."""
        return tuple(self.data(self.index(row, c)) for c in range(len(COLUMNS)))


__all__ = ["ReportLinesModel"]
