"""The pages of the import wizard: the file (kind, path, what was detected, a preview), the
columns (a field for each, conversions, what to do with duplicates), the duplicates a
simulation found (each beside the record it matches, with the user's decision) and the result
(a line per row)."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.crm import entities as E
from desktop.crm.duplicates import DEFAULT_THRESHOLD
from desktop.crm.field_labels import field_label
from desktop.crm.importing.report import Assign, FieldPolicy, OnDuplicate
from desktop.i18n import tr_crm
from desktop.models.rows import RowsModel
from desktop.widgets.lookup import LookupField, LookupSpec

translate = QCoreApplication.translate
PREVIEW_ROWS = 200
EMPLOYEES = LookupSpec(E.Employee, "name", where=[E.Employee.active.is_(True)])
POLICY_CHOICES = (
    (FieldPolicy.OVERWRITE, QT_TRANSLATE_NOOP("ImportWizard", "Overwrite")),
    (FieldPolicy.FILL_EMPTY, QT_TRANSLATE_NOOP("ImportWizard", "Fill if empty")),
    (FieldPolicy.KEEP, QT_TRANSLATE_NOOP("ImportWizard", "Keep the record's")))
ASSIGN_CHOICES = (
    (Assign.LEAVE, QT_TRANSLATE_NOOP("ImportWizard", "Leave them unassigned")),
    (Assign.ME, QT_TRANSLATE_NOOP("ImportWizard", "Assign them to me")),
    (Assign.CHOSEN, QT_TRANSLATE_NOOP("ImportWizard", "Assign them to")))
DUPLICATE_CHOICES = (
    (OnDuplicate.SKIP, QT_TRANSLATE_NOOP("ImportWizard", "Skip the row")),
    (OnDuplicate.UPDATE, QT_TRANSLATE_NOOP("ImportWizard", "Update the existing record")),
    (OnDuplicate.CREATE, QT_TRANSLATE_NOOP("ImportWizard", "Create it anyway")))


REASONS = {"VAT number": QT_TRANSLATE_NOOP("ImportWizard", "VAT number"),
           "registration number": QT_TRANSLATE_NOOP("ImportWizard", "registration number"),
           "street": QT_TRANSLATE_NOOP("ImportWizard", "street"),
           "e-mail": QT_TRANSLATE_NOOP("ImportWizard", "e-mail"),
           "phone": QT_TRANSLATE_NOOP("ImportWizard", "phone"),
           "name": QT_TRANSLATE_NOOP("ImportWizard", "name")}


def reasons_text(reasons: list[str]) -> str:
    """Why two records look like one ("e-mail, name"), in the user's language."""
    return ", ".join(translate("ImportWizard", REASONS.get(r, r)) for r in reasons)


def table_view(parent: QWidget, model) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().hide()  # the rows carry their line numbers where they matter
    view.horizontalHeader().setStretchLastSection(True)
    return view


def choice_text(choice: OnDuplicate) -> str:
    return translate("ImportWizard", dict(DUPLICATE_CHOICES)[choice])


def policy_combo(parent: QWidget, policy: FieldPolicy) -> QComboBox:
    """What an update does with one field."""
    combo = QComboBox(parent)
    _refill(combo, [(p.value, translate("ImportWizard", t)) for p, t in POLICY_CHOICES])
    combo.setCurrentIndex(combo.findData(policy.value))
    return combo


class FilePage(QWidget):
    """Which records, which file, and what the file looks like."""

    browse = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.partners = QRadioButton(self)
        self.contacts = QRadioButton(self)
        self.partners.setChecked(True)
        self.path = QLineEdit(self)
        self.path.setReadOnly(True)
        self.choose = QPushButton(qta.icon("fa5s.folder-open"), "", self)
        self.choose.clicked.connect(self.browse)
        self.detected = QLabel(self)
        self.preview = RowsModel(self)
        self.view = table_view(self, self.preview)
        kinds = QHBoxLayout()
        kinds.addWidget(self.partners)
        kinds.addWidget(self.contacts)
        kinds.addStretch(1)
        chooser = QHBoxLayout()
        chooser.addWidget(self.path, 1)
        chooser.addWidget(self.choose)
        self.kind_label, self.file_label = QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.kind_label, kinds)
        form.addRow(self.file_label, chooser)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.detected)
        layout.addWidget(self.view, 1)

    def retranslate(self) -> None:
        self.partners.setText(translate("ImportWizard", "Business partners"))
        self.contacts.setText(translate("ImportWizard", "Contacts"))
        self.choose.setText(translate("ImportWizard", "Choose a file…"))
        self.kind_label.setText(translate("ImportWizard", "Import"))
        self.file_label.setText(translate("ImportWizard", "File"))

    @property
    def kind(self) -> str:
        return "contacts" if self.contacts.isChecked() else "partners"

    def show_table(self, table, path: str) -> None:
        self.path.setText(path)
        rows = len(table.rows)
        text = translate("ImportWizard", "%n row(s) under the header line.", "", rows)
        if table.encoding:
            delimiter = {"\t": translate("ImportWizard", "tab"), ";": ";", ",": ",",
                         "|": "|"}.get(table.delimiter, table.delimiter)
            text += " " + translate("ImportWizard", "Encoding %1, delimiter %2.") \
                .replace("%1", table.encoding).replace("%2", delimiter)
        else:
            text += " " + translate("ImportWizard", "First sheet of the workbook.")
        self.detected.setText(text)
        self.preview.set_rows(table.headers, table.rows[:PREVIEW_ROWS])
        self.view.resizeColumnsToContents()


class ColumnsPage(QWidget):
    """A field for each column of the file, and how its cells are read."""

    def __init__(self, engine, pool, parent=None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 4, self)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.combos: list[QComboBox] = []
        self.policies: list[QComboBox] = []
        self.assign = QComboBox(self)
        self.representative = LookupField(EMPLOYEES, engine, pool, self)
        self.representative.setEnabled(False)
        self.assign.currentIndexChanged.connect(lambda _i: self.representative.setEnabled(
            self.assign.currentData() == Assign.CHOSEN.value))
        self.day_first = QComboBox(self)
        self.decimal_comma = QCheckBox(self)
        self.decimal_comma.setChecked(True)
        self.country = QLineEdit("FR", self)
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(50)
        self.on_duplicate = QComboBox(self)
        self.threshold = QSpinBox(self)
        self.threshold.setRange(50, 100)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold.setSuffix(" %")
        self.all_or_nothing = QCheckBox(self)
        self.reading = QGroupBox(self)
        self.doubles = QGroupBox(self)
        self.owners = QGroupBox(self)
        self.labels: list[tuple[QLabel, str]] = []
        for box, rows in ((self.reading, (
                (self.day_first, QT_TRANSLATE_NOOP("ImportWizard", "Dates")),
                (self.decimal_comma, QT_TRANSLATE_NOOP("ImportWizard", "Decimal comma")),
                (self.country, QT_TRANSLATE_NOOP("ImportWizard", "Country of phone numbers")))),
                (self.doubles, (
                (self.on_duplicate, QT_TRANSLATE_NOOP("ImportWizard", "A duplicate found")),
                (self.threshold, QT_TRANSLATE_NOOP("ImportWizard", "Alike from")),
                (self.all_or_nothing, QT_TRANSLATE_NOOP("ImportWizard", "Errors")))),
                (self.owners, (
                (self.assign, QT_TRANSLATE_NOOP("ImportWizard", "New partners")),
                (self.representative, QT_TRANSLATE_NOOP("ImportWizard", "Representative"))))):
            form = QFormLayout(box)
            for widget, text in rows:
                label = QLabel(box)
                form.addRow(label, widget)
                self.labels.append((label, text))
        options = QVBoxLayout()
        options.addWidget(self.reading)
        options.addWidget(self.doubles)
        options.addWidget(self.owners)
        options.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(options, 2)
        self._fields: dict[str, object] = {}

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([translate("ImportWizard", "Column"),
                                              translate("ImportWizard", "First values"),
                                              translate("ImportWizard", "Field"),
                                              translate("ImportWizard", "On update")])
        self.table.horizontalHeaderItem(3).setToolTip(translate(
            "ImportWizard", "What updating an existing record does with this column's value"))
        self.reading.setTitle(translate("ImportWizard", "Reading the cells"))
        self.doubles.setTitle(translate("ImportWizard", "Duplicates and errors"))
        self.owners.setTitle(translate("ImportWizard", "Representative"))
        _refill(self.assign, [(a.value, translate("ImportWizard", t))
                              for a, t in ASSIGN_CHOICES])
        for label, text in self.labels:
            label.setText(translate("ImportWizard", text))
        self.decimal_comma.setText(translate("ImportWizard", "1 234,56 (else 1,234.56)"))
        self.all_or_nothing.setText(translate("ImportWizard",
                                              "Import nothing if a row has an error"))
        _refill(self.day_first, [("dmy", translate("ImportWizard", "Day/month/year")),
                                 ("mdy", translate("ImportWizard", "Month/day/year"))])
        _refill(self.on_duplicate, [(c.value, choice_text(c)) for c, _t in DUPLICATE_CHOICES])
        for combo in self.combos:
            _refill(combo, self._field_items())
        for combo in self.policies:
            _refill(combo, [(p.value, translate("ImportWizard", t)) for p, t in POLICY_CHOICES])

    def _field_items(self) -> list[tuple[str, str]]:
        names = sorted(self._fields, key=lambda n: tr_crm(field_text(n)).lower())
        return [("", translate("ImportWizard", "(not imported)"))] + \
            [(name, tr_crm(field_text(name))) for name in names]

    def show_columns(self, table, fields: dict[str, object], mapping: dict[int, str]) -> None:
        self._fields = fields
        self.table.setRowCount(len(table.headers))
        self.combos, self.policies = [], []
        for index, header in enumerate(table.headers):
            samples = [str(row[index]) for row in table.rows[:50]
                       if index < len(row) and row[index] not in (None, "")][:3]
            self.table.setItem(index, 0, _item(header))
            self.table.setItem(index, 1, _item(" · ".join(samples)))
            combo = QComboBox(self.table)
            _refill(combo, self._field_items())
            combo.setCurrentIndex(max(combo.findData(mapping.get(index, "")), 0))
            self.table.setCellWidget(index, 2, combo)
            self.combos.append(combo)
            policy = policy_combo(self.table, FieldPolicy.OVERWRITE)
            self.table.setCellWidget(index, 3, policy)
            self.policies.append(policy)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 200)
        self.table.setColumnWidth(3, 150)

    def mapping(self) -> dict[int, str]:
        return {index: combo.currentData() for index, combo in enumerate(self.combos)
                if combo.currentData()}

    def field_policies(self) -> dict[str, FieldPolicy]:
        """Each mapped field's policy for updates, for the whole file."""
        return {combo.currentData(): FieldPolicy(policy.currentData())
                for combo, policy in zip(self.combos, self.policies, strict=True)
                if combo.currentData()}

    def set_locale(self, day_first: bool, decimal_comma: bool) -> None:
        """The file's own way of writing dates and numbers, as guessed from its cells."""
        self.day_first.setCurrentIndex(self.day_first.findData("dmy" if day_first else "mdy"))
        self.decimal_comma.setChecked(decimal_comma)


class DuplicatesPage(QWidget):
    """What a simulation found: the duplicates, each beside the record it matches with the
    decision for it and, field by field, what its update does; and every row with a problem,
    with its reasons."""

    decide = Signal(object)  # OnDuplicate, for the selected rows
    selected = Signal(int)  # the row of the duplicate shown beside its match
    policy_chosen = Signal(str, object)  # a field of the line shown beside, its FieldPolicy

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = RowsModel(self)
        self.view = table_view(self, self.model)
        self.view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.side = RowsModel(self)
        self.side_view = table_view(self, self.side)
        self.side_view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.problems = RowsModel(self)
        self.problems_view = table_view(self, self.problems)
        self.buttons = []
        bar = QHBoxLayout()
        for choice, icon in zip((c for c, _t in DUPLICATE_CHOICES),
                                ("fa5s.forward", "fa5s.pen", "fa5s.plus"), strict=True):
            button = QPushButton(qta.icon(icon), "", self)
            button.clicked.connect(lambda _=False, c=choice: self.decide.emit(c))
            bar.addWidget(button)
            self.buttons.append((choice, button))
        bar.addStretch(1)
        splitter = QSplitter(Qt.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.side_view)
        duplicates = QWidget(self)
        inner = QVBoxLayout(duplicates)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(bar)
        inner.addWidget(splitter, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(duplicates, "")
        self.tabs.addTab(self.problems_view, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.selected.emit(current.row()))

    def retranslate(self) -> None:
        for choice, button in self.buttons:
            button.setText(choice_text(choice))
        self.set_counts(self.model.rowCount(), self.problems.rowCount())

    def set_counts(self, duplicates: int, problems: int) -> None:
        self.tabs.setTabText(0, translate("ImportWizard", "Duplicates (%1)").replace(
            "%1", str(duplicates)))
        self.tabs.setTabText(1, translate("ImportWizard", "Problems (%1)").replace(
            "%1", str(problems)))

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.view.selectionModel().selectedRows()})

    def show_policies(self, fields: list[str], policies: dict[str, FieldPolicy]) -> None:
        """A policy chooser in the side's last column, for each field of the line shown."""
        for row, name in enumerate(fields):
            combo = policy_combo(self.side_view, policies[name])
            combo.currentIndexChanged.connect(lambda _i, n=name, c=combo: self.policy_chosen.emit(
                n, FieldPolicy(c.currentData())))
            self.side_view.setIndexWidget(self.side.index(row, 3), combo)


class ResultPage(QWidget):
    """A line per row of the file: what became of it, and why."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems_only = QCheckBox(self)
        self.model = RowsModel(self)
        self.view = table_view(self, self.model)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.problems_only)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def retranslate(self) -> None:
        self.problems_only.setText(translate("ImportWizard", "Only rows with a problem"))


def field_text(name: str) -> str:
    """A field's label (the partner of a contact is named in the file, not numbered)."""
    return field_label("business_partner_id" if name == "business_partner" else name)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemIsEnabled)
    return item


def _refill(combo: QComboBox, items: list[tuple[object, str]]) -> None:
    """New texts for a combo's items, keeping its choice."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for data, text in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    combo.blockSignals(False)
