"""The user's actions on sales quotations and their lines, as plain functions of a database
session and plain values, run by the windows through Op and Query."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from desktop.crm.io.files import PartialFile
from desktop.crm.letters.document import Document
from desktop.crm.quotation_document import quotation_document, quotation_email
from desktop.crm.quotations import quotation_totals
from desktop.lazy import lazy_module
from desktop.widgets.letter_editor.printing import write_pdf

if TYPE_CHECKING:
    from desktop.crm.letters import docx_export
else:  # python-docx, loaded when a quotation first goes to Word
    docx_export = lazy_module("desktop.crm.letters.docx_export")
from desktop.views.shapes.ops import RecordHooks, plain_values


def quotation_values(session: Session, obj, fields: tuple[str, ...]) -> dict[str, Any]:
    """The header's fields and the totals of its lines (net, tax, with tax)."""
    values = plain_values(session, obj, fields)
    totals = quotation_totals(session, obj.id)
    values.update(total_net=totals.net, total_tax=totals.tax, total_gross=totals.gross)
    return values


HOOKS = RecordHooks(read_values=quotation_values)


def totals(session: Session, quotation_id: int):
    """The quotation's totals (net, tax, with tax), after its lines changed."""
    return quotation_totals(session, quotation_id)


def document(session: Session, quotation_id: int) -> Document:
    """The quotation as the customer receives it, in the partner's language."""
    return quotation_document(session, quotation_id)


def write_document(session: Session, quotation_id: int, path: Path, kind: str,
                   code: str) -> str:
    """The document written as PDF or Word beside its place and then moved in; the reason
    when it could not be written ("" once written)."""
    built = quotation_document(session, quotation_id)
    target = PartialFile(path)
    try:
        temp = target.open_temp()
        if kind == "pdf":
            write_pdf(temp, built, code)
        else:
            temp.write_bytes(docx_export.to_docx(built))
        target.publish()
    except OSError as error:
        target.discard()
        return error.strerror or str(error)
    return ""


def email_quotation(session: Session, quotation_id: int, code: str, folder: Path,
                    employee_id: int | None) -> int:
    """An e-mail activity with the quotation as PDF attached: its id."""
    scratch = Path(tempfile.mkdtemp(prefix="quotation-"))
    pdf = scratch / f"{code}.pdf"
    write_pdf(pdf, quotation_document(session, quotation_id), code)
    return quotation_email(session, quotation_id, pdf, folder, employee_id).id
