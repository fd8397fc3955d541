"""The user's actions on a contact's personal data (GDPR: right of access, right to erasure),
as plain functions of a database session and plain values, run by the windows through Op and
Query."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from desktop.crm.erasure import erase_personal_data
from desktop.crm.personal_data import export_personal_data
from desktop.crm.retention import RetentionJob
from desktop.views.partners.personal_pdf import write_summary


def export_contact_data(session: Session, contact_id: int, path: str) -> int:
    """The contact's data written to ``path`` (JSON, every column) and beside it as a PDF
    summary a person reads; the number of rows written."""
    data = export_personal_data(session, contact_id, Path(path))
    write_summary(data, Path(path).with_suffix(".pdf"))
    return sum(len(rows) for rows in data["tables"].values())


def erase_contact_data(session: Session, contact_id: int, reason: str) -> int:
    """The contact anonymised everywhere; the rows changed or deleted. The attachment files
    of the e-mails about them go once everything else is written (the runner commits next)."""
    result = erase_personal_data(session, contact_id, reason)
    for stored in result.files:
        stored.unlink(missing_ok=True)
    return result.rows_changed + result.rows_deleted


class RetentionRun(RetentionJob):
    """Retention of Personal Data from its processing window (the range of contact codes in
    the form's values)."""
