"""A person's personal data on their window, a contact's or a one-person partner's (GDPR, the
CNIL's words in French): "Export personal data…" writes every row that names the person to a
file they can read (right of access); "Erase personal data…" anonymises them everywhere, once
the user said why (right to erasure). The rules are the domain's (desktop.crm.personal_data,
desktop.crm.erasure, desktop.crm.person_partners)."""

from __future__ import annotations

from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from desktop.crm import entities as E
from desktop.views.partners import ops
from desktop.views.shapes.detail import DetailSession

#: one context for the contact's and the partner's windows (their class names differ)
translate = QCoreApplication.translate


class ContactDetail(DetailSession):
    #: what an erasure changes
    erased_kinds: tuple[type, ...] = (E.Contact,)

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
        self.export_action.setText(translate("ContactDetail", "Export personal data…"))
        self.export_action.setToolTip(translate("ContactDetail",
            "Right of access: every piece of data about this person, in one file they can "
            "read"))
        self.erase_action.setText(translate("ContactDetail", "Erase personal data…"))
        self.erase_action.setToolTip(translate("ContactDetail",
            "Right to erasure: anonymise this person everywhere; the business history stays"))

    def export_personal_data(self) -> None:
        if self.record_id is None:
            return
        key = self.snap.key if self.snap is not None else ""
        path, _ = QFileDialog.getSaveFileName(
            self, translate("ContactDetail", "Export personal data"), f"{key}.json",
            translate("ContactDetail", "JSON files (*.json)"))
        if path:
            self.query(ops.export_person_data, self.entity, self.record_id, path) \
                .success(lambda rows: self._exported(path, rows)).run()

    def _exported(self, path: str, rows: int) -> None:
        summary = str(Path(path).with_suffix(".pdf"))
        QMessageBox.information(
            self, translate("ContactDetail", "Export personal data"),
            translate("ContactDetail", "%n row(s) written to %1 (every field, for a program), "
                      "and a summary the person reads to %2.", "", rows)
            .replace("%1", path).replace("%2", summary))

    def erase_personal_data(self) -> None:
        """A legal hold is said before anybody is asked why, then an empty reason before
        the last question (the domain's checks, in its words)."""
        if self.record_id is None:
            return
        self.query(ops.check_person_erasable, self.entity, self.record_id) \
            .success(lambda _none: self._ask_why()).run()

    def _ask_why(self) -> None:
        reason, ok = QInputDialog.getText(
            self, translate("ContactDetail", "Erase personal data"),
            translate("ContactDetail", "Why is the data erased (whose request, when)?"), QLineEdit.Normal, "")
        if ok:
            self.query(ops.check_person_erasable, self.entity, self.record_id, reason) \
                .success(lambda _none: self._confirm(reason)).run()

    def _confirm(self, reason: str) -> None:
        sure = QMessageBox.question(
            self, translate("ContactDetail", "Erase personal data"),
            translate("ContactDetail", "The name, e-mail and phones of this person are replaced "
                      "everywhere, and the notes about them and their attachments deleted. "
                      "This cannot be undone. Erase?"))
        if sure != QMessageBox.Yes:
            return
        self.op(ops.erase_person_data, self.entity, self.record_id, reason,
                kinds=self.erased_kinds) \
            .titled(translate("ContactDetail", "Erase personal data")).success(self._erased).run()

    def _erased(self, rows: int) -> None:
        self.load()
        QMessageBox.information(
            self, translate("ContactDetail", "Erase personal data"),
            translate("ContactDetail", "The personal data was erased (%n row(s)).", "", rows))


class PartnerDetail(ContactDetail):
    """A partner that is one person (its only contact: a sole trader, a private customer)
    has the same rights; the domain refuses them on a company (crm/person_partners)."""
    erased_kinds = (E.BusinessPartner, E.Contact)
