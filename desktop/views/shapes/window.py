"""The base of every session window (an MDI tab): identity, title, close guard, error display,
the operations it runs and the change notices it receives."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QToolBar, QWidget

from desktop.crm.db.changes import Changes
from desktop.i18n import error_text, tr_crm
from desktop.views.ops import Op, Query, show_failure
from desktop.views.shell import registry
from desktop.widgets import keyboard, toolbar_fit
from desktop.widgets.lookup import LookupField

log = logging.getLogger(__name__)


class SessionWindow(QWidget):
    """A session: knows its code, its key (code + record) and whether it may close."""

    session_code = ""
    titleChanged = Signal(str)
    #: the window asks its frame to close (after an asynchronous save, say)
    closeRequested = Signal()

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.params = params
        self._translated: list[tuple[Callable[[str], Any], str, str]] = []
        ctx.hub.changed.connect(self._changes_arrived)

    @classmethod
    def key_for(cls, **params) -> str:
        """Sessions with the same key are the same window (opening again focuses it)."""
        record = params.get("record_id")
        return f"{cls.session_code}:{record}" if record else cls.session_code

    @property
    def key(self) -> str:
        return self.key_for(**self.params)

    def window_title(self) -> str:
        spec = registry.get(self.session_code)
        return spec.translated_title if spec else self.session_code

    def translated(self, setter: Callable[[str], Any], context: str, text: str) -> None:
        """Set a text now and again after each language switch: ``setter`` (a label's
        setText, an action's setToolTip ...) receives ``text`` translated in ``context``."""
        setter(QCoreApplication.translate(context, text))
        self._translated.append((setter, context, text))

    def showEvent(self, event) -> None:  # noqa: N802
        # each time: a detail's tabs and a form's late fields get their names and keys too
        keyboard.prepare(self, self.window_title())
        for bar in self.findChildren(QToolBar):  # labels dropped where they do not fit
            toolbar_fit.follow(bar)
        self._open_from_lookups()
        super().showEvent(event)

    def _open_from_lookups(self) -> None:
        """Shift+F2 in a lookup opens the record it shows (the widget cannot reach the
        shell: the window passes the request on)."""
        for field in self.findChildren(LookupField):
            if not field.property("opens_records"):
                field.setProperty("opens_records", True)
                field.openRequested.connect(self.ctx.open_record)

    def retranslate(self) -> None:
        """Set every visible string again in the current language (subclasses extend)."""
        # a text whose widget or action went (a tab built again) is forgotten, not set
        self._translated = [entry for entry in self._translated
                            if shiboken6.isValid(getattr(entry[0], "__self__", None))]
        for setter, context, text in self._translated:
            setter(QCoreApplication.translate(context, text))
        keyboard.prepare(self, self.window_title())  # derived names in the new language
        self.titleChanged.emit(self.window_title())

    # -- operations ------------------------------------------------------------------------
    def op(self, work: Callable[..., Any], *args, kinds: tuple[type, ...] = ()) -> Op:
        """``work(session, *args)``, a change run in the background; see desktop.views.ops."""
        return Op(self.ctx, self, work, *args, kinds=kinds)

    def query(self, work: Callable[..., Any], *args) -> Query:
        """``work(session, *args)``, a read run in the background."""
        return Query(self.ctx, self, work, *args)

    # -- change notices --------------------------------------------------------------------
    def _changes_arrived(self, changes: Changes) -> None:
        if changes.touches(self.entities_shown()):
            self.on_changes(changes)

    def on_changes(self, changes: Changes) -> None:
        """Records this window shows were changed (here or elsewhere): bring them up to date."""
        self.refresh()

    def has_unsaved_changes(self) -> bool:
        return False

    def maybe_close(self) -> bool:
        """True when the window may close (no unsaved changes, or the user agreed)."""
        return True

    def save_changes(self, then: Callable[[], None]) -> None:
        """Save the unsaved changes, then call ``then`` (never called when the save failed:
        the window says why and keeps the edits)."""
        then()

    def discard_changes(self) -> None:
        """Forget the unsaved changes (the application quits without them)."""

    def rows_shown(self) -> int | None:
        """For --self-test: how many rows the main grid shows (None if no grid)."""
        return None

    def refresh(self) -> None:
        """Reload from the database."""

    def entities_shown(self) -> set[type]:
        """Entities whose changes concern this window."""
        return set()

    def release(self) -> None:
        """Free database resources before the window goes away."""

    def show_error(self, error: BaseException, title: str | None = None) -> None:
        show_failure(self, error, title or "")


__all__ = ["SessionWindow", "error_text", "tr_crm"]
