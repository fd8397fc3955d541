"""The readable half of a right-of-access export: a PDF summary of what the JSON file holds, a
table per kind of record with the columns that hold something, painted by Qt (no word
processor needed). Runs on the worker thread that read the data: a QTextDocument and a
QPdfWriter are not widgets."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

from desktop.crm.io.files import PartialFile

translate = QCoreApplication.translate


def summary_html(data: dict) -> str:
    title = translate("PersonalData", "Personal data of %1 (%2)").replace(
        "%1", data["name"]).replace("%2", data["contact"])
    parts = [f"<h1>{html.escape(title)}</h1>",
             "<p>" + html.escape(translate("PersonalData", "Exported on %1. Every row the CRM "
                                           "holds about this person; the JSON file beside "
                                           "this one holds the same, every column.")
                                 .replace("%1", data["exported_at"][:16])) + "</p>"]
    for table, rows in data["tables"].items():
        parts.append(f"<h2>{html.escape(table)} ({len(rows)})</h2>")
        parts.append(_table(rows))
    return "".join(parts)


def _table(rows: list[dict]) -> str:
    """A row as field / value lines (a contact has thirty columns: too wide for a page);
    the empty ones are left to the JSON file."""
    parts = []
    for row in rows:
        lines = "".join(f"<tr><th align='left'>{html.escape(key)}</th>"
                        f"<td>{html.escape(str(value))}</td></tr>"
                        for key, value in row.items() if value not in (None, "", False))
        parts.append(f"<table border='1' cellspacing='0' cellpadding='2'>{lines}</table><br/>")
    return "".join(parts)


def write_summary(data: dict, path: Path) -> None:
    """The PDF at ``path``, whole or not at all."""
    target = PartialFile(path)
    try:
        writer = QPdfWriter(str(target.open_temp()))
        writer.setPageSize(QPageSize(QPageSize.A4))
        writer.setTitle(path.stem)
        document = QTextDocument()
        document.setDefaultStyleSheet("td, th { font-size: 8pt; } h2 { font-size: 11pt; }")
        document.setHtml(summary_html(data))
        document.print_(writer)
        del writer  # the file is complete once the writer is gone
        target.publish()
    except BaseException:
        target.discard()
        raise
