"""vCards of contacts from the contact grids: Export vCards… writes the selected contacts to a
.vcf file (3.0, what Outlook and phones read), Import vCards… reads one back, updating the
contacts it names and adding the others (to the partner of the tab, when in one)."""

from __future__ import annotations

from pathlib import Path

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop.crm import entities as E
from desktop.dialogs import files
from desktop.i18n import error_text
from desktop.views.ops.operation import Op
from desktop.views.partners import ops
from desktop.views.shapes.left_out import with_left_out

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
    path = files.save_path(overview, overview.ctx.settings, "vcards",
                           translate("VCards", "Export vCards"), "contacts.vcf", FILTER)
    if path:
        export_cards(overview, str(path))


def export_cards(overview, path: str) -> None:
    """The selected contacts (all the rows shown when none is selected, up to 5,000), without
    those who object to direct marketing unless the user ticked Include contacts who object
    (recorded)."""
    ids = overview.selected_ids() or [overview.model.row_id(r) for r in
                                      range(min(overview.model.rowCount(), 5000))]
    include = overview.include_objected_action.isChecked()  # the overview's, as its exports
    Op(overview.ctx, overview, ops.export_vcards, ids, path, include) \
        .success(lambda result: _exported(overview, path, *result)).run()


def _exported(overview, path: str, count: int, left_out) -> None:
    text = translate("VCards", "%n contact(s) exported.", "", count)
    files.offer_to_open(overview, translate("VCards", "Export vCards"), Path(path),
                        with_left_out(text, left_out))


def _choose_import(overview, partner_id) -> None:
    path = files.open_path(overview, overview.ctx.settings, "vcards",
                           translate("VCards", "Import vCards"), FILTER)
    if path:
        import_cards(overview, str(path), partner_id)


def import_cards(overview, path: str, partner_id=None) -> None:
    data = Path(path).read_bytes()  # Outlook writes Windows-1252, others UTF-8 or UTF-16
    Op(overview.ctx, overview, ops.import_vcard_file, data, partner_id, kinds=(E.Contact,)) \
        .success(lambda report: _report(overview, report)).run()


def _report(overview, report) -> None:
    lines = [translate("VCards", "Created: %1, updated: %2, skipped: %3.")
             .replace("%1", str(len(report.created))).replace("%2", str(len(report.updated)))
             .replace("%3", str(len(report.skipped)))]
    lines += [translate("VCards", "Card %1: %2").replace("%1", str(n)).replace("%2", error_text(error))
              for n, error in report.skipped[:20]]
    QMessageBox.information(overview, translate("VCards", "Import vCards"), "\n".join(lines))
