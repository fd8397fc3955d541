"""Duplicate Partners and Contacts: the groups of records that look like one (the same VAT or
registration number, e-mail, phone, street, or names alike past the user's threshold), searched
in the background with progress and Cancel. The list is filtered as one types and sorted by
score or name; a group shows its members, each with its score and why. Two members are merged
in the merge dialog; members that are not duplicates (branches sharing one e-mail address) are
marked so, and never come back."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.crm import entities as E
from desktop.crm.duplicate_groups import DuplicateGroup
from desktop.crm.duplicates import DEFAULT_THRESHOLD
from desktop.crm.text_search import fold
from desktop.i18n import error_text
from desktop.models.rows import RowsModel
from desktop.views.ops.background import Cancelled, LongOp
from desktop.views.ops.operation import Op
from desktop.views.partners import ops
from desktop.views.partners.import_pages import reasons_text, table_view
from desktop.views.partners.merge import MergeDialog
from desktop.views.shapes.long_run import LongRunControls
from desktop.views.shapes.window import SessionWindow
from desktop.views.shell.registry import session

translate = QCoreApplication.translate
NAMES_SHOWN = 3  # of a group's members, in its row


@session("tccom4195m000", "Duplicate Partners and Contacts", "fa5s.clone", "sales")
class DuplicatesSession(LongRunControls, SessionWindow):
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.groups: list[DuplicateGroup] = []
        self.shown: list[DuplicateGroup] = []  # filtered and sorted, as in the list
        self.searched = False
        self.entity: type = E.BusinessPartner
        self.form = QWidget(self)
        self.partners = QRadioButton(self.form)
        self.contacts = QRadioButton(self.form)
        self.partners.setChecked(True)
        self.threshold_label = QLabel(self.form)
        self.threshold = QSpinBox(self.form)
        self.threshold.setRange(50, 100)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold.setSuffix(" %")
        self.threshold_label.setBuddy(self.threshold)  # the label names it for a reader
        self.run_button = QPushButton(qta.icon("fa5s.search"), "", self)
        self.cancel_button = QPushButton(qta.icon("fa5s.stop"), "", self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.sort_label = QLabel(self)
        self.sort = QComboBox(self)
        self.merge_button = QPushButton(qta.icon("fa5s.object-group"), "", self)
        self.distinct_button = QPushButton(qta.icon("fa5s.not-equal"), "", self)
        self.group_rows, self.member_rows = RowsModel(self), RowsModel(self)
        self.view = table_view(self, self.group_rows)
        self.members = table_view(self, self.member_rows)
        self.members.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self._layout()
        self.run_button.clicked.connect(self.search)
        self.cancel_button.clicked.connect(self.cancel)
        self.merge_button.clicked.connect(self.merge_selected)
        self.distinct_button.clicked.connect(self.mark_not_duplicates)
        self.filter.textChanged.connect(lambda _text: self._show())
        self.sort.currentIndexChanged.connect(lambda _index: self._show())
        self.view.doubleClicked.connect(lambda _index: self.merge_selected())
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self._show_members(self._group_row()))
        self.members.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.retranslate()

    def _layout(self) -> None:
        options = QHBoxLayout(self.form)
        options.setContentsMargins(0, 0, 0, 0)
        for option in (self.partners, self.contacts, self.threshold_label, self.threshold):
            options.addWidget(option)
        bar = QHBoxLayout()
        bar.addWidget(self.form)
        bar.addStretch(1)
        for widget in (self.progress, self.run_button, self.cancel_button):
            bar.addWidget(widget)
        tools = QHBoxLayout()
        tools.addWidget(self.filter, 1)
        tools.addWidget(self.sort_label)
        tools.addWidget(self.sort)
        tools.addStretch(1)
        tools.addWidget(self.merge_button)
        tools.addWidget(self.distinct_button)
        splitter = QSplitter(Qt.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.members)
        splitter.setSizes([300, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        self.partners.setText(translate("ImportWizard", "Business partners"))
        self.contacts.setText(translate("ImportWizard", "Contacts"))
        self.threshold_label.setText(self.tr("Alike from"))
        self.threshold.setToolTip(self.tr(
            "The score two records must reach to be shown: a VAT or registration number makes "
            "100, an e-mail address or a phone 90, the same street 70, and names count their "
            "likeness; signs add up."))
        self.run_button.setText(self.tr("Find duplicates"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.filter.setPlaceholderText(self.tr("Filter by name, code or reason…"))
        self.sort_label.setText(self.tr("Sort by"))
        current = self.sort.currentIndex()
        self.sort.blockSignals(True)
        self.sort.clear()
        self.sort.addItems([self.tr("Score"), self.tr("Name")])
        self.sort.setCurrentIndex(max(current, 0))
        self.sort.blockSignals(False)
        self.merge_button.setText(self.tr("Merge…"))
        self.distinct_button.setText(self.tr("Not duplicates"))
        self.distinct_button.setToolTip(self.tr(
            "The selected members (or the whole group) are not duplicates of one another: "
            "they are not shown together again."))
        self._show()
        super().retranslate()

    def running_text(self) -> str:
        return self.tr("Searching…")

    # -- searching -------------------------------------------------------------------------
    def search(self) -> LongOp:
        self.entity = E.Contact if self.contacts.isChecked() else E.BusinessPartner
        task = LongOp(self.ctx, self, ops.find_duplicates, self.entity is E.Contact,
                      self.threshold.value(), commit=False)
        return self.start_task(task,  # type: ignore[return-value]  # a LongOp
                               self._found, self._failed)

    def _found(self, groups: list[DuplicateGroup]) -> None:
        self._running(False)
        self.groups, self.searched = groups, True
        self._show()

    def _failed(self, error) -> None:
        self._running(False)
        self.summary.setText(self.tr("Cancelled.") if isinstance(error, Cancelled)
                             else error_text(error))

    # -- the list --------------------------------------------------------------------------
    def _show(self) -> None:
        wanted = fold(self.filter.text().strip())
        shown = [g for g in self.groups if not wanted or wanted in _searchable(g)]
        if self.sort.currentIndex() == 1:
            shown.sort(key=lambda g: (fold(g.name), -g.score))
        self.shown = shown
        headers = [self.tr("Score"), self.tr("Alike by"), self.tr("Records"), self.tr("Names")]
        self.group_rows.set_rows(headers, [
            [f"{g.score} %", reasons_text(g.reasons), len(g.members), _names(g)] for g in shown])
        self.view.resizeColumnsToContents()
        self.summary.setText(self._summary() if self.searched else "")
        self._show_members(0 if shown else -1)
        if shown:
            self.view.selectRow(0)

    def _summary(self) -> str:
        count = len(self.groups)
        text = self.tr("%n group(s) of records that may be one. Select two members and "
                       "Merge…, or mark those that are not duplicates.", "", count)
        if len(self.shown) != count:
            text += " " + self.tr("%1 shown by the filter.").replace("%1", str(len(self.shown)))
        return text

    def _show_members(self, row: int) -> None:
        group = self.shown[row] if 0 <= row < len(self.shown) else None
        headers = [self.tr("Code"), self.tr("Name"), self.tr("Score"), self.tr("Alike by")]
        self.member_rows.set_rows(headers, [
            [m.code, m.name, f"{m.score} %", reasons_text(m.reasons)]
            for m in (group.members if group else [])])
        self.members.resizeColumnsToContents()
        if group is not None and len(group.members) == 2:
            self.members.selectAll()
        self._enable()

    def _group_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if len(rows) == 1 and rows[0].row() < len(self.shown) else -1

    def _group(self) -> DuplicateGroup | None:
        row = self._group_row()
        return self.shown[row] if row >= 0 else None

    def _chosen(self) -> list[int]:
        """The members selected, or every member of the group when none or one is."""
        group = self._group()
        if group is None:
            return []
        rows = sorted({i.row() for i in self.members.selectionModel().selectedRows()})
        return [group.members[r].record_id for r in rows] if len(rows) > 1 else group.ids

    def _enable(self) -> None:
        self.merge_button.setEnabled(len(self._chosen()) == 2)
        self.distinct_button.setEnabled(len(self._chosen()) >= 2)

    # -- actions ---------------------------------------------------------------------------
    def merge_selected(self) -> MergeDialog | None:
        ids = self._chosen()
        if len(ids) != 2:
            return None
        dialog = MergeDialog(self.ctx, self.entity, ids, self)
        dialog.merged.connect(lambda _keep: self.search())
        dialog.show()
        return dialog

    def mark_not_duplicates(self) -> Op | None:
        group, ids, entity = self._group(), self._chosen(), self.entity
        if group is None or len(ids) < 2:
            return None
        whole = set(ids) == set(group.ids)
        op = Op(self.ctx, self, ops.mark_not_duplicates, entity, ids, kinds=(entity,))
        op.success(lambda _set: self._marked(group, whole)).run()
        return op

    def _marked(self, group: DuplicateGroup, whole: bool) -> None:
        if whole:  # the group is gone for good; a part of it: the rest searched again
            self.groups = [g for g in self.groups if g is not group]
            self._show()
        else:
            self.search()


def _names(group: DuplicateGroup) -> str:
    names = [f"{m.code} {m.name}" for m in group.members[:NAMES_SHOWN]]
    more = len(group.members) - NAMES_SHOWN
    return " · ".join(names) + (f" · +{more}" if more > 0 else "")


def _searchable(group: DuplicateGroup) -> str:
    return fold(" ".join([*group.reasons, reasons_text(group.reasons),
                          *(f"{m.code} {m.name}" for m in group.members)]))
