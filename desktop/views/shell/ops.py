"""What the main window reads, as plain functions of a database session and plain values."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from desktop.crm import entities as E, parameters


def session_of_record(session: Session, opener: Callable[[Session, int], str],
                      record_id: int) -> str:
    """The code of the session that shows this record (an activity's depends on its type)."""
    return opener(session, record_id)


def employee(session: Session, employee_id: int) -> tuple[str, int, str]:
    found = session.get(E.Employee, employee_id)
    return found.code, found.id, found.name


def company_name(session: Session) -> str:
    return parameters.com_parameters(session).company_name or ""
