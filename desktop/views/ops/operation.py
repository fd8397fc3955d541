"""Operations: the one way the GUI reads and changes data (after Anki's CollectionOp).

``Op(ctx, parent, work, *args)`` runs ``work(session, *args)`` on the shared pool with a
database session of its own, commits it through the unit of work and, on the GUI thread, calls
``success(result)`` and publishes the ``Changes`` the session noted to every window. A domain
error or a stale-record conflict rolls everything back and is shown the standard way (or handed
to ``failure``); the form that asked keeps its values. ``Query`` is the same for reads: nothing
is committed.

Work functions are the user's actions listed in each feature's ``ops.py``: plain functions
defined at the top of an ``ops`` module, never a widget's method or a closure over one (a
widget belongs to the GUI thread). They take plain values and return plain values (ids, tuples,
dicts), never an ORM object, which belongs to the worker's session.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.crm.db.changes import Changes
from desktop.crm.db.unit_of_work import commit, conflicts_reported
from desktop.crm.errors import ConfirmationRequired, CrmError, Declined, FileInUseError
from desktop.i18n import error_text

T = TypeVar("T")
#: whether only functions of ops modules may run (on once every window calls its ops)
STRICT = False


def show_failure(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    """The standard way a failed operation is shown: a warning with the translated message."""
    title = title or QCoreApplication.translate("Operation", "Cannot do that")
    if isinstance(error, Declined):
        return  # the user said No: nothing to add
    if isinstance(error, CrmError):
        QMessageBox.warning(parent, title, error_text(error))
    else:
        QMessageBox.critical(parent, title, error_text(error))


def ask_retry(parent: QWidget | None, error: BaseException) -> bool | None:
    """A file another program holds open (an export whose target is open in Excel): say so
    and offer to try again. True: Retry, False: Cancel, None: not such an error."""
    if not isinstance(error, FileInUseError):
        return None
    answer = QMessageBox.warning(parent, QCoreApplication.translate("Operation", "File in use"),
                                 error_text(error), QMessageBox.Retry | QMessageBox.Cancel,
                                 QMessageBox.Retry)
    return answer == QMessageBox.Retry


class ChangeHub(QObject):
    """Every window listens here; every successful operation publishes its Changes."""

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)


def _check_plain(result: Any) -> Any:
    if hasattr(type(result), "__mapper__"):
        raise TypeError(f"an operation returned an ORM object ({type(result).__name__}); "
                        "return its id or plain values")
    return result


def check_work(work: Callable[..., Any]) -> Callable[..., Any]:
    """TypeError unless ``work`` is a plain function at the top of an ``ops`` module."""
    module = getattr(work, "__module__", "") or ""
    if not inspect.isfunction(work) or work.__qualname__ != work.__name__ \
            or module.rpartition(".")[2] != "ops":
        raise TypeError(f"{getattr(work, '__qualname__', work)!r} is not an operation: pass a "
                        "function of an ops module (its arguments after the session)")
    return work


class _Base(Generic[T]):
    def __init__(self, ctx, parent: QWidget | None, work: Callable[..., T], *args) -> None:
        self.ctx = ctx
        self.parent = parent
        self.work = check_work(work) if STRICT else work
        self.args = args
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._title = ""
        #: True once it went through, False once it failed, None while it runs
        self.outcome: bool | None = None

    def success(self, callback: Callable[[T], None]) -> _Base[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> _Base[T]:
        """Replaces the standard message box (the callback decides what the user sees)."""
        self._failure = callback
        return self

    def titled(self, title: str) -> _Base[T]:
        """The title of the standard message box shown on failure."""
        self._title = title
        return self

    def _failed(self, error: BaseException) -> None:
        self.outcome = False
        if self._failure is not None:
            self._failure(error)
        else:
            show_failure(self.parent, error, self._title)


class Query(_Base[T]):
    """A read on the pool: ``work(session)`` returns plain values; nothing is committed."""

    def run(self) -> bool | None:
        """Start the read; returns ``outcome`` (known at once only with an inline pool)."""
        db, user, work, args = self.ctx.db, self.ctx.user, self.work, self.args

        def task() -> T:
            with db.session(user=user) as session:
                try:
                    return _check_plain(work(session, *args))
                finally:
                    session.rollback()

        self.ctx.pool.run(task, self._done, self._failed, self.parent)
        return self.outcome

    def _done(self, result: T) -> None:
        self.outcome = True
        if self._success is not None:
            self._success(result)


class Op(_Base[T]):
    """A change on the pool in one unit of work; publishes its Changes on success."""

    def __init__(self, ctx, parent: QWidget | None, work: Callable[..., T], *args,
                 kinds: tuple[type, ...] = ()) -> None:
        super().__init__(ctx, parent, work, *args)
        self.kinds = kinds
        self._confirming = False
        self._confirmed = False

    def confirming(self) -> Op[T]:
        """On ConfirmationRequired, ask the user and run again with ``confirmed=True``;
        ``work`` then takes ``(session, *args, confirmed=...)``."""
        self._confirming = True
        return self

    def run(self, confirmed: bool = False) -> bool | None:
        """Start the change; returns ``outcome`` (known at once only with an inline pool)."""
        db, user, work, kinds, args = self.ctx.db, self.ctx.user, self.work, self.kinds, \
            self.args
        confirming = self._confirming
        self._confirmed = confirmed

        def task() -> tuple[T, Changes]:
            with db.session(user=user) as session:
                try:
                    # a version conflict anywhere in the work (an autoflush too) becomes the
                    # stale-record message naming who changed what, never a raw StaleDataError
                    with conflicts_reported(session):
                        result = work(session, *args, confirmed=confirmed) if confirming \
                            else work(session, *args)
                        _check_plain(result)
                        session.recorder.note_kinds(*kinds)
                        commit(session)
                    return result, session.changes()
                except BaseException:
                    session.rollback()
                    raise

        self.ctx.pool.run(task, self._done, self._failed_or_ask, self.parent)
        return self.outcome

    def _failed_or_ask(self, error: BaseException) -> None:
        retry = ask_retry(self.parent, error)
        if retry:  # nothing was committed: the same work again
            self.run(confirmed=self._confirmed)
            return
        if retry is False:  # the user was told and chose Cancel
            self._failed(Declined("Nothing was changed."))
            return
        if self._confirming and isinstance(error, ConfirmationRequired):
            answer = QMessageBox.question(self.parent, self._title or QCoreApplication.translate(
                "Operation", "Please confirm"), error_text(error))
            if answer == QMessageBox.Yes:
                self.run(confirmed=True)
            else:
                self._failed(Declined("Nothing was changed."))
            return
        self._failed(error)

    def _done(self, outcome: tuple[T, Changes]) -> None:
        result, changes = outcome
        self.outcome = True
        if self._success is not None:
            self._success(result)
        self.ctx.hub.publish(changes.with_origin(self.parent))



def read_now(ctx, work: Callable[[Any], T]) -> T:
    """A short read on the GUI thread, for an editor that cannot open before it has its
    choices (a phase list when a grid cell is edited). Anything longer is a Query."""
    with ctx.db.session(user=ctx.user) as session:
        try:
            return _check_plain(work(session))
        finally:
            session.rollback()
