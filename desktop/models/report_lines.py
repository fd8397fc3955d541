"""The lines of a batch run's report as a table model: a run over 100,000 records shows its
report at once, where a QTableWidget would build 300,000 items on the GUI thread first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)

from desktop.crm.batch import ReportLine
from desktop.crm.enums import BatchLineResult
from desktop.models.columns import translate_enum
from desktop.models.index import Index

SKIPPED = (BatchLineResult.SKIPPED_SELECTION, BatchLineResult.SKIPPED_FILTER)
# QT_TRANSLATE_NOOP returns its message unchanged; PySide6's stubs say object
COLUMNS: tuple[str, ...] = (QT_TRANSLATE_NOOP("ProcessingSession", "Record"),
           QT_TRANSLATE_NOOP("ProcessingSession", "Result"),
           QT_TRANSLATE_NOOP("ProcessingSession", "Message"))  # type: ignore[assignment]


class ReportLinesModel(QAbstractTableModel):
    def __init__(self, translate, parent=None) -> None:
        super().__init__(parent)
        self.translate = translate  # a domain message template -> the user's language
        self.all_lines: list[ReportLine] = []
        self.lines: list[ReportLine] = []  # those shown
        self.hide_skipped = False

    def set_lines(self, lines: list[ReportLine]) -> None:
        self.all_lines = lines
        self._filter()

    def set_hide_skipped(self, hide: bool) -> None:
        """Records a filter or the selection left out are listed (as LN prints them) unless
        the user hides them to see what the run did."""
        self.hide_skipped = hide
        self._filter()

    def _filter(self) -> None:
        self.beginResetModel()
        self.lines = [line for line in self.all_lines if line.result not in SKIPPED] \
            if self.hide_skipped else self.all_lines
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        line = self.lines[index.row()]
        column = index.column()
        if column == 0:
            return line.object_key
        if column == 1:
            return translate_enum(line.result)
        return line.text(self.translate)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ProcessingSession", COLUMNS[section])
        return None

    def texts(self, row: int) -> tuple[str, str, str]:
        """The three cells of a row as shown."""
        return tuple(self.data(self.index(row, c)) for c in range(len(COLUMNS)))


__all__ = ["ReportLinesModel"]
