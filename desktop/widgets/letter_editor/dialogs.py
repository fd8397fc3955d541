"""The editor's small dialogs: the merge-field catalogue, a new table, the page."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
)

from desktop.crm.letters.document import PAGE_SIZES, Field, Page
from desktop.crm.letters.fields import MergeEntry


class FieldPicker(QDialog):
    """The searchable catalogue: type part of a name, a label or a group."""

    def __init__(self, entries: list[MergeEntry], translate, parent=None,
                 placements: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert merge field") if placements else
                            self.tr("Choose a field"))
        self.entries = entries
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search fields, attributes and variables"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.placement = QComboBox(self)
        self.placement.addItem(self.tr("As it is"), "")
        self.placement.addItem(self.tr("At a fixed position (#)"), "#")
        self.placement.addItem(self.tr("At a fixed width (%)"), "%")
        for entry in entries:
            item = QListWidgetItem(f"{entry.name}  —  {translate(entry.label)}  "
                                   f"({translate(entry.group)})")
            item.setData(Qt.UserRole, entry.name)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(self.accept)
        self.search.textChanged.connect(self.filter)
        form = QFormLayout()
        form.addRow(self.tr("Placement"), self.placement)
        self.placement.setVisible(placements)
        form.labelForField(self.placement).setVisible(placements)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 480)
        self.list.setCurrentRow(0)

    def filter(self, text: str) -> None:
        words = text.lower().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not all(w in item.text().lower() for w in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)

    def field(self) -> Field | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return Field(item.data(Qt.UserRole), placement=self.placement.currentData())


class TableDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert table"))
        self.rows, self.columns = QSpinBox(self), QSpinBox(self)
        for box, value in ((self.rows, 2), (self.columns, 2)):
            box.setRange(1, 50)
            box.setValue(value)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Rows"), self.rows)
        form.addRow(self.tr("Columns"), self.columns)
        form.addRow(buttons)


class PageDialog(QDialog):
    """Page size and margins, as the .docx and the printout use them."""

    def __init__(self, page: Page, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Page setup"))
        self.size = QComboBox(self)
        for name in PAGE_SIZES:
            self.size.addItem(name, name)
        self.size.setCurrentIndex(max(self.size.findData(page.size), 0))
        self.margins = {}
        form = QFormLayout(self)
        form.addRow(self.tr("Page size"), self.size)
        for name, label in (("top", self.tr("Top margin (mm)")),
                            ("bottom", self.tr("Bottom margin (mm)")),
                            ("left", self.tr("Left margin (mm)")),
                            ("right", self.tr("Right margin (mm)"))):
            box = QSpinBox(self)
            box.setRange(0, 80)
            box.setValue(getattr(page, name))
            self.margins[name] = box
            form.addRow(label, box)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def page(self, page: Page) -> Page:
        return replace(page, size=self.size.currentData(),
                       **{name: box.value() for name, box in self.margins.items()})
