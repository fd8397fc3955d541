"""The user's actions on report definitions and their layout lines, as plain functions of a
database session and plain values, run by the windows through Op and Query."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPainter, QPdfWriter
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.records import apply_values, code_of
from desktop.crm.enums import BusinessObjectKind
from desktop.crm.io.files import PartialFile
from desktop.crm.marketing_outputs import record_inclusion
from desktop.crm.reports import rules
from desktop.crm.reports.columns import field_catalogue
from desktop.crm.reports.printing import FileReport, FlexiblePrinting, PrintedReport
from desktop.crm.target_groups import target_group_of
from desktop.i18n import tr_crm
from desktop.views.reports.outputs import PREVIEW_DPI
from desktop.views.reports.painter import page_layout
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


def report_object(session: Session, report_id: int) -> BusinessObjectKind | None:
    """The kind of record a report lists (the target group follows it)."""
    return getattr(session.get(E.Report, report_id), "business_object", None)


def print_report(session: Session, progress, values: dict, outputs: list, language: str,
                 employee_id: int | None, replace: bool) -> tuple[int, int, list[str], int]:
    """Flexible Printing (BR-REP-06): the form's report for its target group into
    ``outputs``; (records printed, pages, files written, contacts left out because they
    object to direct marketing: a file is a marketing output). Replacing a file is asked
    unless ``replace``; a Cancel leaves no file; including those who object is recorded."""
    job = FlexiblePrinting(target_group_of(session, values),
                           code_of(session, E.Report, values.get("report_id")),
                           language, employee_id, tr_crm,
                           to_file=any(isinstance(o, FileReport) for o in outputs))

    def step(done: int, total: int) -> bool:
        progress.report(done, total)
        return not progress.cancelled

    printed = job.run(session, outputs, step, replace)
    record_inclusion(session, f"report {printed.code}", job.objecting[1])
    pages = getattr(outputs[0], "pages", 0)
    return printed.rows, pages, [str(path) for path in job.published], job.objecting[0]


def layout_fields(session: Session, report_id: int) -> list:
    """The fields a report's layout lines may show: those of the records it lists."""
    return field_catalogue(session, session.get(E.Report, report_id).business_object)


# -- the preview's pages, painted on the pool (QPicture, QPdfWriter and QPrinter may be) -------
def replay(device, pages: list, progress=None) -> None:
    """Paint the preview's pages on a printer or a PDF writer, at the device's resolution
    (on a worker thread: QPicture, QPdfWriter and QPrinter may be painted there)."""
    painter = QPainter(device)
    try:
        scale = device.resolution() / PREVIEW_DPI
        for index, picture in enumerate(pages):
            if progress is not None:
                progress.report(index, len(pages))
            if index:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.drawPicture(0, 0, picture)
            painter.restore()
    except BaseException:
        if hasattr(device, "abort"):  # a printer: the job is taken back, not half printed
            device.abort()
        raise
    finally:
        painter.end()


def save_pdf(path: Path, report: PrintedReport, pages: list, progress) -> None:
    """The pages shown, as a PDF written beside ``path`` and then moved in; a cancel leaves
    no file."""
    target = PartialFile(path)
    writer = QPdfWriter(str(target.open_temp()))
    writer.setResolution(PREVIEW_DPI)
    writer.setPageLayout(page_layout(report))
    writer.setTitle(report.description)
    try:
        replay(writer, pages, progress)
        del writer  # closes the file
        target.publish()
    except BaseException:
        target.discard()
        raise
