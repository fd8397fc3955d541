"""The lines of a batch run's report as a table model: a run over 100,000 records shows its
report at once, where a QTableWidget would build 300,000 items on the GUI thread first.

What the user must read comes first: errors, warnings, then what was created, changed or
deleted, then what stayed as it was. The records a filter or the selection left out follow,
collapsed behind one line that says how many they are (a click opens them)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.crm.batch import ReportLine, RunReport
from desktop.crm.enums import BatchLineResult as R
from desktop.models.columns import translate_enum
from desktop.models.index import Index

SKIPPED = (R.SKIPPED_SELECTION, R.SKIPPED_FILTER, R.SKIPPED_EXISTING)
#: the order of the lines: what needs a look first, what was left out last
PRIORITY = {result: rank for rank, result in enumerate((
    R.ERROR, R.WARNING, R.CREATED, R.WOULD_CREATE, R.UPDATED, R.WOULD_UPDATE, R.DELETED,
    R.WOULD_DELETE, R.UNCHANGED, R.SKIPPED_EXISTING, R.SKIPPED_FILTER, R.SKIPPED_SELECTION))}
# QT_TRANSLATE_NOOP returns its message unchanged; PySide6's stubs say object
COLUMNS: tuple[str, ...] = (  # type: ignore[assignment]
           QT_TRANSLATE_NOOP("ProcessingSession", "Record"),
           QT_TRANSLATE_NOOP("ProcessingSession", "Name"),
           QT_TRANSLATE_NOOP("ProcessingSession", "Assigned to"),
           QT_TRANSLATE_NOOP("ProcessingSession", "Result"),
           QT_TRANSLATE_NOOP("ProcessingSession", "Message"))
RECORD, NAME, ASSIGNEE, RESULT, MESSAGE = range(len(COLUMNS))


class ReportLinesModel(QAbstractTableModel):
    def __init__(self, translate, parent=None) -> None:
        super().__init__(parent)
        self.translate = translate  # a domain message template -> the user's language
        self.important: list[int] = []  # indexes of the report's lines, in the order shown
        self.skipped: list[int] = []
        self.lines: list[ReportLine] = []
        self.targets: list = []  # the run's target of each line (its id opens the record)
        self.described: dict = {}  # {record id: (name, who looks after it)}
        self.collapsed = True

    def set_report(self, report: RunReport) -> None:
        self.set_lines(report.lines, report.targets, report.described)

    def set_lines(self, lines: list[ReportLine], targets: Sequence = (),
                  described: dict | None = None) -> None:
        order = sorted(range(len(lines)), key=lambda i: PRIORITY.get(lines[i].result, 0))
        self.beginResetModel()
        self.lines = lines
        self.targets = list(targets) if len(targets) == len(lines) else []
        self.described = described or {}
        self.important = [i for i in order if lines[i].result not in SKIPPED]
        self.skipped = [i for i in order if lines[i].result in SKIPPED]
        self.endResetModel()

    def set_collapsed(self, collapsed: bool) -> None:
        """The skipped records behind their one line, or listed under it."""
        if collapsed != self.collapsed:
            self.beginResetModel()
            self.collapsed = collapsed
            self.endResetModel()

    @property
    def summary_row(self) -> int | None:
        """The row of the line standing for the skipped records (None: there are none)."""
        return len(self.important) if self.skipped else None

    def _index(self, row: int) -> int | None:
        if row < len(self.important):
            return self.important[row]
        index = row - len(self.important) - 1
        return self.skipped[index] if 0 <= index < len(self.skipped) else None

    def line(self, row: int) -> ReportLine | None:
        """The report line of ``row`` (None for the skipped records' line)."""
        index = self._index(row)
        return None if index is None else self.lines[index]

    def record_id(self, row: int) -> int | None:
        """The id of the record ``row`` reports on (None: no record to open)."""
        index = self._index(row)
        target = self.targets[index] if index is not None and self.targets else None
        return getattr(target, "id", None)

    def shown_rows(self) -> list[int]:
        """The rows of report lines shown (the skipped records' line left out)."""
        rows = list(range(len(self.important)))
        if not self.collapsed:
            rows += range(len(self.important) + 1, len(self.important) + 1 + len(self.skipped))
        return rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        if parent.isValid():
            return 0
        if not self.skipped:
            return len(self.important)
        return len(self.important) + 1 + (0 if self.collapsed else len(self.skipped))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.row() == self.summary_row:
            return self._summary(index.column(), role)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.cell(index.row(), index.column())

    def cell(self, row: int, column: int) -> str:
        index = self._index(row)
        if index is None:  # the skipped records' line: its text is summary_text()
            return ""
        line = self.lines[index]
        if column == RECORD:
            return line.object_key
        if column in (NAME, ASSIGNEE):
            record_id = getattr(self.targets[index], "id", None) if self.targets else None
            name, assignee = self.described.get(record_id, ("", ""))
            return name if column == NAME else assignee
        if column == RESULT:
            return translate_enum(line.result)
        return line.text(self.translate)

    def summary_text(self) -> str:
        count = len(self.skipped)  # a plain name: lupdate skips a call as the count
        text = QCoreApplication.translate("ProcessingSession",
                                          "%n record(s) left out by the filters or the "
                                          "selection", "", count)
        return ("▸ " if self.collapsed else "▾ ") + text

    def _summary(self, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole and column == RECORD:
            return self.summary_text()
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ProcessingSession", COLUMNS[section])
        return None

    def texts(self, row: int) -> tuple[str, str, str]:
        """What happened to the record of ``row``: its code, the result, the message."""
        line = self.line(row)
        if line is None:
            return "", "", self.summary_text()
        return line.object_key, translate_enum(line.result), line.text(self.translate)


__all__ = ["ReportLinesModel"]
