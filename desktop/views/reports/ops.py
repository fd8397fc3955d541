"""The user's actions on report definitions and their layout lines, as plain functions of a
database session and plain values, run by the windows through Op and Query."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.records import apply_values
from desktop.crm.reports import rules
from desktop.views.shapes.ops import RecordHooks

#: the report's header and footer, letter documents edited beside the form
PAGE_TEXTS = ("header_text", "footer_text")


def page_texts(session: Session, obj) -> dict:
    """The header and footer documents, which their editors show beside the form."""
    return {name: getattr(obj, name) for name in PAGE_TEXTS}


HOOKS = RecordHooks(read_extra=page_texts)


def save_layout_line(session: Session, report, line, values: dict) -> None:
    """A layout line; an empty sequence takes the next one of the report."""
    values = dict(values)
    if not values.get("sequence"):
        values["sequence"] = rules.next_sequence(session, report.id)
    line = line or E.ReportLayoutLine(report=report)
    session.add(line)
    with session.no_autoflush:
        apply_values(session, line, values)
