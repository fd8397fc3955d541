"""The header and footer of a report (BR-REP-05): letter documents whose @variables are the
page's (Q-REP-1), filled in for each page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.letters.document import Document, Field, Paragraph, Table
from desktop.crm.letters.fields import PAGE_VARIABLES
from desktop.crm.letters.merge import long_date, merged
from desktop.crm.parameters import com_parameters

__all__ = ["PAGE_VARIABLES", "page_constants", "on_page", "counts_pages", "plain_lines"]


def page_constants(session: Session, report_description: str, employee_id: int | None,
                   language: str, today: dt.date | None = None) -> dict[str, str]:
    """The values of the variables that are the same on every page."""
    user = session.get(E.Employee, employee_id) if employee_id else None
    return {"@today": long_date(today or clock.today(), language),
            "@report": report_description, "@user": user.name if user else "",
            "@company": com_parameters(session).company_name or ""}


def on_page(document: Document, constants: dict[str, str], page: int,
            pages: int | None) -> Document:
    """The header or footer of page ``page`` of ``pages``."""
    return merged(document, {**constants, "@page": str(page),
                             "@pages": "" if pages is None else str(pages)})


def counts_pages(*documents: Document) -> bool:
    """Whether the number of pages must be known before the first page is drawn."""
    return any(f.name == "@pages" for document in documents for f in document.fields())


def plain_lines(document: Document, names: dict[str, str],
                escape: Callable[[str], str] = lambda text: text) -> list[str]:
    """The paragraphs of ``document`` as lines of text, each variable written as ``names``
    gives it (a spreadsheet's page header has codes of its own for page numbers), the text
    around them passed through ``escape``."""
    lines = []
    for block in document.blocks:
        paragraphs = [p for row in block.rows for cell in row for p in cell.paragraphs] \
            if isinstance(block, Table) else [block]
        for paragraph in paragraphs:
            lines.append(_plain(paragraph, names, escape))
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def _plain(paragraph: Paragraph, names: dict[str, str], escape) -> str:
    return "".join(names.get(i.name, "") if isinstance(i, Field) else
                   escape(getattr(i, "text", "")) for i in paragraph.inlines)
