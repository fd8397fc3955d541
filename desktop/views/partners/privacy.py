"""A contact's personal data on its window (GDPR, the CNIL's words in French): "Export
personal data…" writes every row that names the person to a file they can read (right of
access); "Erase personal data…" anonymises them everywhere, once the user said why (right to
erasure). The rules are the domain's (desktop.crm.personal_data, desktop.crm.erasure)."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from desktop.crm import entities as E
from desktop.views.partners import ops
from desktop.views.shapes.detail import DetailSession


class ContactDetail(DetailSession):
    def __init__(self, ctx, parent=None, **params) -> None:
        self.export_action = QAction(qta.icon("fa5s.file-export"), "")
        self.erase_action = QAction(qta.icon("fa5s.user-slash"), "")
        super().__init__(ctx, parent, **params)
        self.export_action.setParent(self)
        self.erase_action.setParent(self)
        self.export_action.triggered.connect(self.export_personal_data)
        self.erase_action.triggered.connect(self.erase_personal_data)
        self.toolbar.addAction(self.export_action)
        self.toolbar.addAction(self.erase_action)

    def _translate_actions(self) -> None:
        super()._translate_actions()
        self.export_action.setText(self.tr("Export personal data…"))
        self.export_action.setToolTip(self.tr("Right of access: every piece of data about "
                                              "this person, in one file they can read"))
        self.erase_action.setText(self.tr("Erase personal data…"))
        self.erase_action.setToolTip(self.tr("Right to erasure: anonymise this person "
                                             "everywhere; the business history stays"))

    def export_personal_data(self) -> None:
        if self.record_id is None:
            return
        key = self.snap.key if self.snap is not None else ""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export personal data"),
                                              f"{key}.json", self.tr("JSON files (*.json)"))
        if path:
            self.query(ops.export_contact_data, self.record_id, path) \
                .success(lambda rows: QMessageBox.information(
                    self, self.tr("Export personal data"),
                    self.tr("%n row(s) written to %1.", "", rows).replace("%1", path))).run()

    def erase_personal_data(self) -> None:
        if self.record_id is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Erase personal data"),
            self.tr("Why is the data erased (whose request, when)?"), QLineEdit.Normal, "")
        if not ok:
            return
        sure = QMessageBox.question(
            self, self.tr("Erase personal data"),
            self.tr("The name, e-mail and phones of this person are replaced everywhere, and "
                    "the notes about them and their attachments deleted. This cannot be "
                    "undone. Erase?"))
        if sure != QMessageBox.Yes:
            return
        self.op(ops.erase_contact_data, self.record_id, reason, kinds=(E.Contact,)) \
            .titled(self.tr("Erase personal data")).success(self._erased).run()

    def _erased(self, rows: int) -> None:
        self.load()
        QMessageBox.information(self, self.tr("Erase personal data"),
                                self.tr("The personal data was erased (%n row(s)).", "", rows))
