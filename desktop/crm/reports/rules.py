"""What saving a report and its layout lines checks (BR-REP-01..05), and Copy Report."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.records import apply_values, existing, rule
from desktop.crm.enums import ReportOrientation
from desktop.crm.errors import ValidationError
from desktop.crm.letters.fields import canonical
from desktop.crm.letters.storage import loads
from desktop.crm.reports.columns import REPORT_KINDS, field_type
from desktop.crm.reports.page_text import PAGE_VARIABLES

MAX_WIDTH = 120
DEFAULT_WIDTH = 15


@rule(E.Report)
def _check_report(session: Session, report: E.Report) -> None:
    report.orientation = report.orientation or ReportOrientation.NORMAL
    if report.business_object not in REPORT_KINDS:
        raise ValidationError("A report lists business partners, contacts, opportunities or "
                              "activities.", field="business_object")
    for name in ("header_text", "footer_text"):
        wrong = [f.name for f in loads(getattr(report, name)).fields()
                 if f.name not in PAGE_VARIABLES]
        if wrong:
            raise ValidationError(
                "A header or footer may hold only {variables}: remove {fields}.", field=name,
                variables=", ".join(PAGE_VARIABLES), fields=", ".join(dict.fromkeys(wrong)))
    if report.id is not None and report.lines:
        kind = report.business_object
        for line in report.lines:  # a changed object must still reach every column
            field_type(session, kind, line.field_name)


@rule(E.ReportLayoutLine)
def _check_line(session: Session, line: E.ReportLayoutLine) -> None:
    with session.no_autoflush:  # the line is not complete yet
        _check_line_values(session, line)


def _check_line_values(session: Session, line: E.ReportLayoutLine) -> None:
    report = line.report if line.report is not None else session.get(E.Report, line.report_id)
    line.field_name = canonical(line.field_name or "")
    line.width = DEFAULT_WIDTH if line.width is None else line.width
    type_, _enum, _decimals = field_type(session, report.business_object, line.field_name)
    if (line.subtotal or line.total) and type_ != "number":  # BR-REP-03
        raise ValidationError("Subtotals and totals add numbers up: {name} is not a number. "
                              "Clear Subtotal and Total on this line.", field="subtotal",
                              name=line.field_name)
    if line.new_page and not line.sort:  # BR-REP-04
        raise ValidationError("A new page starts when a sorted field changes: turn Sort on for "
                              "{name}, or clear New page.", field="new_page",
                              name=line.field_name)
    if line.sequence is None or line.sequence <= 0:
        raise ValidationError("The sequence must be a number greater than zero.",
                              field="sequence")
    if not 1 <= (line.width or 0) <= MAX_WIDTH:
        raise ValidationError("The width is a number of characters from 1 to {most}.",
                              field="width", most=MAX_WIDTH)
    taken = select(E.ReportLayoutLine.id).where(
        E.ReportLayoutLine.report_id == report.id,
        E.ReportLayoutLine.sequence == line.sequence)
    if line.id is not None:
        taken = taken.where(E.ReportLayoutLine.id != line.id)
    if report.id is not None and session.scalars(taken).first() is not None:
        raise ValidationError("Sequence {sequence} is already used in this report: choose "
                              "another.", field="sequence", sequence=line.sequence)


def next_sequence(session: Session, report_id: int) -> int:
    """The sequence a new line gets: ten after the last."""
    last = session.scalar(select(func.max(E.ReportLayoutLine.sequence)).where(
        E.ReportLayoutLine.report_id == report_id))
    return (last or 0) + 10


def copy_report(session: Session, source_id: int, code: str) -> E.Report:
    """Copy Report: a new report with the source's texts, object and layout lines."""
    source = existing(session, E.Report, source_id)
    copy = E.Report()
    apply_values(session, copy, {
        "code": code, "description": source.description, "header_text": source.header_text,
        "footer_text": source.footer_text, "business_object": source.business_object,
        "orientation": source.orientation})
    for line in source.lines:
        copy.lines.append(E.ReportLayoutLine(
            sequence=line.sequence, field_name=line.field_name, heading=line.heading,
            width=line.width, sort=line.sort, subtotal=line.subtotal, total=line.total,
            new_page=line.new_page))
    session.flush()
    return copy


__all__ = ["copy_report", "next_sequence"]
