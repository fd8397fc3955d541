"""Unexpected errors: logged with their traceback, shown as a short message with details, and
the application keeps running."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.crm.errors import CrmError
from desktop.i18n import error_text

log = logging.getLogger("desktop.errors")


def show_unexpected(exc_type, exc, tb) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    tr = lambda text: QCoreApplication.translate("ErrorDialog", text)  # noqa: E731
    box = QMessageBox(QMessageBox.Critical, tr("Unexpected error"),
                      error_text(exc) if isinstance(exc, CrmError) else
                      tr("Something went wrong: %1\nThe error was written to the log file; "
                         "you can go on working.").replace("%1", str(exc) or exc_type.__name__),
                      parent=QApplication.activeWindow())
    box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    sys.excepthook = show_unexpected
