"""The base of every session window (an MDI tab): identity, title, close guard, error display."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.crm.errors import CrmError
from desktop.views.context import AppContext

log = logging.getLogger(__name__)


def tr_crm(text: str) -> str:
    """Translate a domain message template or label (context "crm")."""
    return QCoreApplication.translate("crm", text)


def error_text(error: CrmError) -> str:
    return error.message(tr_crm)


class SessionWindow(QWidget):
    """A session: knows its code, its key (code + record) and whether it may close."""

    session_code = ""
    titleChanged = Signal(str)

    def __init__(self, ctx: AppContext, parent=None, **params) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.params = params

    @classmethod
    def key_for(cls, **params) -> str:
        """Sessions with the same key are the same window (opening again focuses it)."""
        record = params.get("record_id")
        return f"{cls.session_code}:{record}" if record else cls.session_code

    @property
    def key(self) -> str:
        return self.key_for(**self.params)

    def window_title(self) -> str:
        from desktop.views import registry

        spec = registry.get(self.session_code)
        return spec.translated_title if spec else self.session_code

    def has_unsaved_changes(self) -> bool:
        return False

    def maybe_close(self) -> bool:
        """True when the window may close (no unsaved changes, or the user agreed)."""
        return True

    def rows_shown(self) -> int | None:
        """For --self-test: how many rows the main grid shows (None if no grid)."""
        return None

    def refresh(self) -> None:
        """Reload from the database (after another window changed data)."""

    def entities_shown(self) -> set[type]:
        """Entities whose changes should refresh this window."""
        return set()

    def release(self) -> None:
        """Free database resources before the window goes away."""

    def show_error(self, error: CrmError, title: str | None = None) -> None:
        QMessageBox.warning(self, title or self.tr("Cannot do that"), error_text(error))
