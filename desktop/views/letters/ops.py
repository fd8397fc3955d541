"""The user's actions on standard letters, as plain functions of a database session and plain
values, run by the windows through Op and Query."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desktop.crm.enums import BusinessObjectKind
from desktop.crm.errors import CrmError
from desktop.crm.io.destinations import write_error
from desktop.crm.letters import rules
from desktop.crm.letters.document import Document
from desktop.crm.letters.fields import catalogue
from desktop.crm.letters.vocabulary import customer_texts
from desktop.i18n import error_text, tr_crm, translator_for
from desktop.lazy import lazy_module
from desktop.views.shapes.ops import RecordHooks

if TYPE_CHECKING:
    from desktop.crm.letters import docx_export, docx_import, import_report
else:  # python-docx, loaded when a letter first goes to or comes from Word
    docx_export = lazy_module("desktop.crm.letters.docx_export")
    docx_import = lazy_module("desktop.crm.letters.docx_import")
    import_report = lazy_module("desktop.crm.letters.import_report")


def letter_layout(session: Session, obj) -> dict:
    """The letter's document (its stored layout), which the editor shows beside the form."""
    return {"layout": obj.layout}


HOOKS = RecordHooks(read_extra=letter_layout)


def customer_words(session: Session) -> list[str]:
    """The partners' names and cities, which the spell check knows."""
    return customer_texts(session)


def merge_fields(session: Session, kind: BusinessObjectKind) -> list:
    """The fields a letter on records of ``kind`` can merge."""
    return catalogue(session, kind)


def export_docx(_session: Session, document: Document, path: Path) -> str:
    """The letter written as a .docx at ``path``; "" or the sentence that says why not."""
    try:
        path.write_bytes(docx_export.to_docx(document))
    except OSError as error:  # one sentence, never an errno
        return error_text(write_error(error, path))
    return ""


def import_docx(session: Session, path: Path, kind: BusinessObjectKind) -> tuple:
    """(what came back, the notes of what did not come back whole), or (None, [why not])."""
    try:
        imported = docx_import.from_docx(path.read_bytes())
    except CrmError as error:  # refused: not a .docx, damaged or hostile
        return None, [error_text(error)]
    except OSError:
        return None, [tr_crm("The file {path} could not be read: check that it exists and "
                             "that you may open it.").format(path=path)]
    return imported, import_report.import_notes(session, kind, imported, tr_crm)


def preview(session: Session, document: Document, kind: BusinessObjectKind, record_id: int,
            employee_id: int | None) -> tuple:
    """(the letter merged on the record, None), or (None, the error that says why not)."""
    try:
        return rules.preview(session, document, kind, record_id, employee_id=employee_id,
                             translate=translator_for(document.language)), None
    except CrmError as error:
        return None, error
