"""vCards of contacts from the contact grids: Export vCards… writes the selected contacts to a
.vcf file (3.0, what Outlook and phones read), Import vCards… reads one back, updating the
contacts it names and adding the others (to the partner of the tab, when in one)."""

from __future__ import annotations

from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.crm import entities as E
from desktop.crm.io.vcards import import_vcards, write_vcards
from desktop.i18n import error_text
from desktop.views.ops.operation import Op, Query

FILTER = "vCard (*.vcf *.vcard)"
translate = QCoreApplication.translate
EXPORT = QT_TRANSLATE_NOOP("VCards", "Export vCards…")
IMPORT = QT_TRANSLATE_NOOP("VCards", "Import vCards…")


def add_card_actions(overview, partner_id=None) -> None:
    """Export vCards… and Import vCards… on a contact grid's toolbar (retranslated with it)."""
    export = QAction(qta.icon("fa5s.address-card"), "", overview)
    overview.translated(export.setText, "VCards", EXPORT)
    export.triggered.connect(lambda: _choose_export(overview))
    imported = QAction(qta.icon("fa5s.file-import"), "", overview)
    overview.translated(imported.setText, "VCards", IMPORT)
    imported.triggered.connect(lambda: _choose_import(overview, partner_id))
    overview.toolbar.addAction(export)
    overview.toolbar.addAction(imported)
    overview.card_actions = (export, imported)


def _choose_export(overview) -> None:
    path, _ = QFileDialog.getSaveFileName(overview, translate("VCards", "Export vCards"), "contacts.vcf",
                                          FILTER)
    if path:
        export_cards(overview, path)


def export_cards(overview, path: str) -> None:
    """The selected contacts (all the rows shown when none is selected, up to 5,000)."""
    ids = overview.selected_ids() or [overview.model.row_id(r) for r in
                                      range(min(overview.model.rowCount(), 5000))]

    def work(session) -> int:
        contacts = session.scalars(select(E.Contact).where(E.Contact.id.in_(ids))
                                   .options(selectinload(E.Contact.business_partner))
                                   .order_by(E.Contact.last_name, E.Contact.first_name)).all()
        Path(path).write_text(write_vcards(contacts), encoding="utf-8", newline="")
        return len(contacts)

    Query(overview.ctx, overview, work).success(lambda count: QMessageBox.information(
        overview, translate("VCards", "Export vCards"),
        translate("VCards", "%n contact(s) written to %1.", "", count)
        .replace("%1", Path(path).name))).run()


def _choose_import(overview, partner_id) -> None:
    path, _ = QFileDialog.getOpenFileName(overview, translate("VCards", "Import vCards"), "", FILTER)
    if path:
        import_cards(overview, path, partner_id)


def import_cards(overview, path: str, partner_id=None) -> None:
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    Op(overview.ctx, overview, lambda s: import_vcards(s, text, partner_id), kinds=(E.Contact,)) \
        .success(lambda report: _report(overview, report)).run()


def _report(overview, report) -> None:
    lines = [translate("VCards", "Created: %1, updated: %2, skipped: %3.")
             .replace("%1", str(len(report.created))).replace("%2", str(len(report.updated)))
             .replace("%3", str(len(report.skipped)))]
    lines += [translate("VCards", "Card %1: %2").replace("%1", str(n)).replace("%2", error_text(error))
              for n, error in report.skipped[:20]]
    QMessageBox.information(overview, translate("VCards", "Import vCards"), "\n".join(lines))
