"""Screenshot scenes of marketing's runs and documents (tools/screenshots.py): a document per
recipient with planned mailings completed, one refused, Global Deletion keeping what was done,
a report to CSV, a letter with a table and a link, the Word import report, the settings.
Prepared states change the database: point --database at a copy."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from scene_helpers import _idle, _run_to_end, _wait


def _mailings_planned(window, app) -> None:
    """Mailings of the promotion planned by global addition for the active contacts."""
    from desktop.crm.enums import BusinessObjectKind

    adding = window.open_session("tdsmi2210m100")
    adding.form.editor("object_kind").set_value(BusinessObjectKind.CONTACT)
    adding.form.editor("object_kind").changed.emit()
    adding.form.editor("code_to").set_value("CT000030")
    adding.form.editor("template_id").set_value(3)
    adding.update.setChecked(True)
    task = adding.run(confirmed=True)  # a second time: no question, one more each
    _wait(app, lambda: not task.running)
    _idle(window, app)


def mail_merge_folder(window, app) -> None:
    """A Word document per recipient into a folder, the planned mailings completed: the
    report's lines that matter first, the contacts left out folded behind one line."""

    from desktop.crm.enums import BusinessObjectKind

    _mailings_planned(window, app)
    form = window.open_session("tdsmi2410m000")
    form.form.editor("object_kind").set_value(BusinessObjectKind.CONTACT)
    form.form.editor("object_kind").changed.emit()
    form.form.editor("code_to").set_value("CT000040")
    form.form.editor("active_contacts_only").set_value(True)
    form.form.editor("letter_id").set_value(1)
    form.form.editor("output").set_value("folder")
    form.form.editor("output").changed.emit()
    form.form.editor("path").set_value(tempfile.mkdtemp(prefix="letters-"))
    form.form.editor("log_activity").set_value(True)
    form.form.editor("log_activity").changed.emit()
    form.form.editor("template_id").set_value(3)
    form.update.setChecked(True)
    _run_to_end(window, app, form)


def mail_merge_refused(window, app) -> None:
    """A document per recipient asked into a file: one sentence, nothing written."""

    from desktop.crm.enums import BusinessObjectKind

    there = Path(tempfile.mkdtemp(prefix="letters-")) / "promotion.docx"
    there.write_bytes(b"")
    form = window.open_session("tdsmi2410m000")
    form.form.editor("object_kind").set_value(BusinessObjectKind.CONTACT)
    form.form.editor("object_kind").changed.emit()
    form.form.editor("letter_id").set_value(1)
    form.form.editor("output").set_value("folder")
    form.form.editor("output").changed.emit()
    form.form.editor("path").set_value(str(there))
    form.update.setChecked(True)
    _run_to_end(window, app, form)


def global_deletion_kept(window, app) -> None:
    """Global Deletion of the promotion's mailings after the merge completed some: what it
    kept, and why."""
    from desktop.crm.enums import BusinessObjectKind

    mail_merge_folder(window, app)
    _mailings_planned(window, app)
    form = window.open_session("tdsmi2210m200")
    form.form.editor("object_kind").set_value(BusinessObjectKind.CONTACT)
    form.form.editor("object_kind").changed.emit()
    form.form.editor("code_to").set_value("CT000030")
    form.form.editor("template_id").set_value(3)
    _run_to_end(window, app, form)


def report_printing_csv(window, app) -> None:
    """Flexible Printing to a CSV file: the separator chosen decides the numbers' locale."""

    form = window.open_session("tdsmi2410m100", report_id=1)
    _idle(window, app)
    form.form.editor("output").set_value("csv")
    form.form.editor("output").changed.emit()
    form.form.editor("path").set_value(tempfile.mkdtemp(prefix="report-") + "/pipeline.csv")
    _run_to_end(window, app, form)


def report_printing_contacts(window, app) -> None:
    """Flexible Printing of contacts to a CSV file: "Include contacts who object" offered."""
    from desktop.crm.enums import BusinessObjectKind

    form = window.open_session("tdsmi2410m100")
    _idle(window, app)
    form.form.editor("object_kind").set_value(BusinessObjectKind.CONTACT)
    form.form.editor("object_kind").changed.emit()
    form.form.editor("output").set_value("csv")
    form.form.editor("output").changed.emit()
    _idle(window, app)


def letter_table(window, app) -> None:
    """A letter with a table typed cell to cell and a link, in the editor."""
    from dataclasses import replace

    from desktop.crm.letters.document import Cell, Paragraph, Style, Table, Text

    detail = window.open_session("tdsmi1150s000", record_id=1)
    _idle(window, app)
    document = detail.editor.document()
    table = Table(((Cell((Paragraph((Text("Gamme", Style(bold=True)),)),)),
                    Cell((Paragraph((Text("Prix", Style(bold=True)),)),))),
                   (Cell((Paragraph((Text("Hydro-Eco"),)),)),
                    Cell((Paragraph((Text("1 250,00 €"),)),)))))
    link = Paragraph((Text("Programme : "), Text("salon.example.com", Style(
        underline=True, colour="#0563c1"), "https://salon.example.com")))
    detail.editor.set_document(replace(document, blocks=(*document.blocks[:3], table, link,
                                                         *document.blocks[3:])))


def letter_import_report(window, app) -> None:
    """What the user is told after a Word merge document came back into a letter."""

    from PySide6.QtWidgets import QMessageBox

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.support import docx_corpus

    detail = window.open_session("tdsmi1150s000", record_id=1)
    _idle(window, app)
    path = Path(tempfile.mkdtemp(prefix="word-")) / "campagne.docx"
    path.write_bytes(docx_corpus.word_campaign())
    shown = []

    def information(parent, title, text, *args, **kwargs):
        box = QMessageBox(QMessageBox.Information, title, text, QMessageBox.Ok, parent)
        box.show()
        shown.append(box)
        window.shot = box

    QMessageBox.information = staticmethod(information)
    detail.import_docx(path)
    _idle(window, app)


def settings_dialog(window, app) -> None:
    from desktop.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.ctx, window)
    dialog.show()
    window.shot = dialog


CAMPAIGN_SCENES = {
    "mail-merge-folder": mail_merge_folder, "mail-merge-refused": mail_merge_refused,
    "global-deletion-kept": global_deletion_kept, "report-printing-csv": report_printing_csv,
    "report-printing-contacts": report_printing_contacts,
    "letter-table": letter_table, "letter-import-report": letter_import_report,
    "settings-dialog": settings_dialog}
