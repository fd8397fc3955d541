"""Duplicate Partners and Contacts: the pairs that look like one record (same VAT number,
e-mail or phone, or names alike past the user's threshold), searched in the background with
progress and Cancel; a pair opens the merge dialog, and the list is searched again after."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.crm import entities as E
from desktop.crm.duplicates import DEFAULT_THRESHOLD, duplicate_contacts, duplicate_partners
from desktop.i18n import error_text
from desktop.models.rows import RowsModel
from desktop.views.ops.background import Cancelled, LongOp
from desktop.views.partners.import_pages import reasons_text, table_view
from desktop.views.partners.merge import MergeDialog
from desktop.views.shapes.long_run import LongRunControls
from desktop.views.shapes.window import SessionWindow
from desktop.views.shell.registry import session

translate = QCoreApplication.translate


@session("tccom4195m000", "Duplicate Partners and Contacts", "fa5s.clone", "sales")
class DuplicatesSession(LongRunControls, SessionWindow):
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.pairs: list = []
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
        self.run_button = QPushButton(qta.icon("fa5s.search"), "", self)
        self.cancel_button = QPushButton(qta.icon("fa5s.stop"), "", self)
        self.cancel_button.setEnabled(False)
        self.merge_button = QPushButton(qta.icon("fa5s.object-group"), "", self)
        self.merge_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.summary = QLabel(self)
        self.pair_rows = RowsModel(self)
        self.view = table_view(self, self.pair_rows)
        options = QHBoxLayout(self.form)
        options.setContentsMargins(0, 0, 0, 0)
        for option in (self.partners, self.contacts, self.threshold_label, self.threshold):
            options.addWidget(option)
        bar = QHBoxLayout()
        bar.addWidget(self.form)
        bar.addStretch(1)
        for widget in (self.progress, self.run_button, self.cancel_button, self.merge_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.run_button.clicked.connect(self.search)
        self.cancel_button.clicked.connect(self.cancel)
        self.merge_button.clicked.connect(self.merge_selected)
        self.view.doubleClicked.connect(lambda _index: self.merge_selected())
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.merge_button.setEnabled(self._selected() is not None))
        self.retranslate()

    def retranslate(self) -> None:
        self.partners.setText(translate("ImportWizard", "Business partners"))
        self.contacts.setText(translate("ImportWizard", "Contacts"))
        self.threshold_label.setText(self.tr("Names alike from"))
        self.run_button.setText(self.tr("Find duplicates"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.merge_button.setText(self.tr("Merge…"))
        self._show()
        super().retranslate()

    def running_text(self) -> str:
        return self.tr("Searching…")

    def search(self) -> LongOp:
        self.entity = E.Contact if self.contacts.isChecked() else E.BusinessPartner
        search = duplicate_contacts if self.entity is E.Contact else duplicate_partners
        threshold = self.threshold.value()

        def work(session, progress):
            return search(session, threshold,
                          lambda done, total: progress.report(done, total) or True)

        return self.start_task(LongOp(self.ctx, self, work, commit=False),  # type: ignore[return-value]  # a LongOp
                               self._found, self._failed)

    def _found(self, pairs: list) -> None:
        self._running(False)
        self.pairs = pairs
        self._show()

    def _failed(self, error) -> None:
        self._running(False)
        self.summary.setText(self.tr("Cancelled.") if isinstance(error, Cancelled)
                             else error_text(error))

    def _show(self) -> None:
        headers = [self.tr("Score"), self.tr("Alike by"), self.tr("Code"), self.tr("Name"),
                   self.tr("Code"), self.tr("Name")]
        self.pair_rows.set_rows(headers, [
            [f"{second.score} %", reasons_text(second.reasons),
             first.code, first.name, second.code, second.name]
            for first, second in self.pairs])
        self.view.resizeColumnsToContents()
        count = len(self.pairs)
        self.summary.setText(self.tr("%n pair(s) that may be one record. Select one and "
                                     "Merge… (or double-click it).", "", count)
                             if self.task is not None else "")

    def _selected(self) -> tuple | None:
        rows = self.view.selectionModel().selectedRows()
        return self.pairs[rows[0].row()] if len(rows) == 1 else None

    def merge_selected(self) -> MergeDialog | None:
        pair = self._selected()
        if pair is None:
            return None
        dialog = MergeDialog(self.ctx, self.entity, [pair[0].record_id, pair[1].record_id],
                             self)
        dialog.merged.connect(lambda _keep: self.search())
        dialog.show()
        return dialog
