"""The detail session shape: a header form and tabs of satellite grids, with Save / Revert, a
guard against closing with unsaved changes, and a conflict dialog that never overwrites.

The window holds no database session and no ORM object: it shows a ``Snapshot`` (plain values
read by a Query) and saves through an operation (desktop.views.shapes.ops). What differs for a
feature's records is said by its ``hooks``: functions of the feature's ops module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.crm.db.changes import Changes
from desktop.crm.errors import CrmError, StaleRecordError, ValidationError
from desktop.i18n import error_text
from desktop.views.shapes import ops as shapes_ops
from desktop.views.shapes.forms import Form, Group
from desktop.views.shapes.ops import RecordForm, RecordHooks, Snapshot
from desktop.views.shapes.window import SessionWindow
from desktop.views.shell import registry
from desktop.widgets import colours, keyboard
from desktop.widgets.user_input import unless_user_acts

TabFactory = Callable[["DetailSession", int], QWidget]


class DetailSession(SessionWindow):
    entity: type = None
    #: how the records are read and written (functions of the feature's ops module)
    hooks = RecordHooks()
    #: the values a new record starts with: ``new_defaults_op(session, employee_id)`` read
    #: when the window opens (None: the columns' defaults only)
    new_defaults_op = None
    #: whether Ctrl+N (and the New button) opens a new record of this kind from this window
    offers_new = True

    # -- declarations ----------------------------------------------------------------------
    def groups(self) -> list[Group]:
        raise NotImplementedError

    #: the field a person fills first in a new record: the cursor goes there
    first_field: str | None = None
    split = (3, 2)  # how the height is shared between the header form and the tabs
    max_header = 0.6  # of the height, at most, for the header when the window opens

    def tabs(self) -> list[tuple]:
        """(title, factory(detail, record_id)[, order]) for the entity's own satellite tabs;
        the tabs other features add come from the registry."""
        return []

    def record_form(self) -> RecordForm:
        """What the record operations need of this window, as plain values."""
        return RecordForm(self.entity, tuple(self.form.specs), self.form.lookups(),
                          self.hooks)

    # -- construction ----------------------------------------------------------------------
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.snap: Snapshot | None = None
        self.dirty = False
        self._loading = False
        self._tabs_for: int | None = -1
        self._extra_tabs: list[registry.TabSpec] | None = None
        self._focus_placed = False  # the first field focused once the record is read
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.form = Form(self.groups(), ctx.db.engine, ctx.pool, self)
        self.form.connect_changed(self._changed)
        self.changed_bar = ChangedBar(self)
        self.changed_bar.reload_button.clicked.connect(self.revert)
        self.changed_bar.keep_button.clicked.connect(self.changed_bar.hide)
        self.tab_widget = QTabWidget(self)
        self.tab_widget.setDocumentMode(True)
        self._tab_titles: list[str] = []
        self._wanted_tab: str | None = None  # show_tab before the tabs were built
        self._leading = 0  # tabs that stay whatever the record (a selection's expression)
        self._build_actions()
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        splitter = QSplitter(Qt.Vertical, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.tab_widget)
        for index, stretch in enumerate(self.split):
            splitter.setStretchFactor(index, stretch)
        self.splitter = splitter
        self._fitted = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.changed_bar)
        layout.addWidget(splitter, 1)
        self.load()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_header()

    def fit_header(self) -> None:
        """The header as tall as its fields (no empty band above the tabs), at most
        ``max_header`` of the height; the lines get the rest."""
        total = sum(self.splitter.sizes()) or self.height()
        tabs_in_use = any(self.tab_widget.isTabEnabled(i) for i in range(self.tab_widget.count()))
        cap = self.max_header if tabs_in_use else 0.85  # a new record: its tabs wait
        header = min(self.form.sizeHint().height() + 6, int(total * cap))
        self.splitter.setSizes([header, max(total - header, 0)])

    def _build_actions(self) -> None:
        self.save_action = QAction(qta.icon("fa5s.save"), "", self)
        self.save_action.setShortcut(QKeySequence.Save)
        self.save_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(lambda: self.save())
        self.revert_action = QAction(qta.icon("fa5s.undo"), "", self)
        self.revert_action.triggered.connect(self.revert)
        # Ctrl+N in a call is a new call, as in the list of calls
        self.new_action = QAction(qta.icon("fa5s.plus"), "", self)
        self.new_action.setShortcut(QKeySequence.New)
        self.new_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_record)
        self.new_action.setVisible(self.offers_new)
        for act in (self.save_action, self.revert_action, self.new_action):
            self.toolbar.addAction(act)
        for act in (self.save_action, self.revert_action):
            self.addAction(act)
        # from the record's own fields only: a tab's list (the call's attendees) has its own
        # Ctrl+N, and two for one key would be Qt's "ambiguous shortcut": neither runs
        self.form.addAction(self.new_action)
        self.toolbar.addSeparator()
        self._translate_actions()

    def _translate_actions(self) -> None:
        self.save_action.setText(self.tr("Save"))
        self.revert_action.setText(self.tr("Revert"))
        self.new_action.setText(self.tr("New"))

    def new_record(self) -> None:
        """A new record of this kind, in a window of its own (this one stays as it is)."""
        if self.offers_new:
            self.ctx.open_session(self.session_code, record_id=None)

    def retranslate(self) -> None:
        self._translate_actions()
        self.form.retranslate()
        self.changed_bar.retranslate()
        for index, title in enumerate(self._tab_titles):
            self.tab_widget.setTabText(index, QCoreApplication.translate("tabs", title))
        for index in range(self.tab_widget.count()):
            tab = self.tab_widget.widget(index)
            if hasattr(tab, "retranslate"):
                tab.retranslate()
        super().retranslate()

    # -- loading ---------------------------------------------------------------------------
    @property
    def record_id(self) -> int | None:
        return self.params.get("record_id")

    @property
    def version(self) -> int | None:
        return self.snap.version if self.snap is not None else None

    def load(self) -> None:
        """Show the record (read in the background) or, for a new one, its defaults."""
        self.changed_bar.hide()
        if self._extra_tabs is None:
            self._ask_offered_tabs()
        if self.record_id is None:
            defaults_op = type(self).new_defaults_op  # from the class: never bound
            if defaults_op is None:
                self._show_new({})
            else:
                self.form.setEnabled(False)
                self.query(defaults_op, self.ctx.employee_id).success(self._show_new).run()
            return
        self.form.setEnabled(False)
        self.query(shapes_ops.read_record, self.record_form(), self.record_id) \
            .success(lambda snap: self._show(snap, snap.values)).run()

    def _ask_offered_tabs(self) -> None:
        """Once a window: a tab only some users are offered (a CRM manager's) is asked on
        the pool; the tabs are built again if the answer comes after them."""
        specs = registry.tabs_for(self.entity)
        if all(spec.offered is None for spec in specs):
            self._extra_tabs = specs
            return

        def answered(offered: list[bool]) -> None:
            self._extra_tabs = [spec for spec, shown in zip(specs, offered, strict=True)
                                if shown]
            if self._tabs_for != -1:  # built already
                self._build_tabs()

        self.query(shapes_ops.offered, [spec.offered for spec in specs]).success(answered).run()

    def _show_new(self, read: dict) -> None:
        self._show(None, {**self.column_defaults(), **read, **self.new_defaults(),
                          **{k: v for k, v in self.params.items() if k != "record_id"}})

    def column_defaults(self) -> dict[str, Any]:
        """The columns' own defaults for the form's fields (an appointment is Busy): a form
        shows what a save would write, not the first choice of a list."""
        columns = self.entity.__table__.c
        return {name: columns[name].default.arg for name in self.form.specs
                if name in columns and columns[name].default is not None
                and columns[name].default.is_scalar}

    def new_defaults(self) -> dict[str, Any]:
        """The values a new record starts with, known without reading (the parameters the
        window was opened with win over them)."""
        return {}

    def _show(self, snap: Snapshot | None, values: dict) -> None:
        self.snap = snap
        self._loading = True
        try:
            self.form.set_values(values, snap.shown if snap is not None else None)
        finally:
            self._loading = False
        self.form.setEnabled(True)
        self._set_dirty(False)
        if self._tabs_for != self.record_id:
            self._build_tabs()
        if snap is None and self.first_field:
            # once the window is shown and active (its tab takes the focus when it is); not
            # if the user already clicked or typed somewhere: the cursor stays there
            unless_user_acts(self, self._focus_first_field)
        elif snap is not None and not self._focus_placed:
            # the record's first read: the form was disabled while it came, so the focus
            # went to the tabs below it; the first field now, unless the user acted
            self._focus_placed = True
            unless_user_acts(self, self._focus_on_first_read)
        self.loaded()

    def _focus_on_first_read(self) -> None:
        focused = QApplication.focusWidget()
        # only from within this window (its tabs): never from another window nor from
        # nowhere, when a window in front (a report's preview) is taking the keyboard
        if focused is not None and self.isAncestorOf(focused):
            keyboard.focus_first(self)

    def _focus_first_field(self) -> None:
        if self.record_id is None:
            self.form.focus_field(self.first_field)

    def loaded(self) -> None:
        """Called once the record is in the form and the tabs are built: the place to set
        what depends on its values (editors a type leaves closed, ...)."""

    def all_tabs(self) -> list[tuple[str, TabFactory]]:
        """The entity's own tabs (in their order, or at the order a third item gives) merged
        with the tabs other features registered for it (orders 20 and up)."""
        own = [(tab[0], tab[1], tab[2] if len(tab) > 2 else index)
               for index, tab in enumerate(self.tabs())]
        # until the pool says which tabs the user is offered, those offered to everybody
        specs = self._extra_tabs if self._extra_tabs is not None else \
            [spec for spec in registry.tabs_for(self.entity) if spec.offered is None]
        extra = [(spec.title, spec.factory, spec.order) for spec in specs]
        return [(title, factory) for title, factory, _ in
                sorted(own + extra, key=lambda tab: tab[2])]

    def add_leading_tab(self, widget: QWidget, title: str) -> None:
        """A tab before the satellite tabs that stays when they are rebuilt, usable before
        the record is first saved."""
        self.tab_widget.insertTab(self._leading, widget, QCoreApplication.translate("tabs", title))
        self._tab_titles.insert(self._leading, title)
        self._leading += 1
        self.tab_widget.setVisible(True)
        self.tab_widget.setCurrentIndex(0)

    def _build_tabs(self) -> None:
        current = self.tab_widget.currentIndex()
        while self.tab_widget.count() > self._leading:
            widget = self.tab_widget.widget(self._leading)
            self.tab_widget.removeTab(self._leading)
            widget.deleteLater()
        del self._tab_titles[self._leading:]
        for title, factory in self.all_tabs():
            draft = None if self.record_id else self.draft_tab(title)
            widget = factory(self, self.record_id) if self.record_id else draft or QWidget()
            index = self.tab_widget.addTab(widget, QCoreApplication.translate("tabs", title))
            self.tab_widget.setTabEnabled(index, self.record_id is not None or draft is not None)
            self._tab_titles.append(title)
        self.tab_widget.setCurrentIndex(max(current, 0))
        if self._wanted_tab in self._tab_titles:
            self.tab_widget.setCurrentIndex(self._tab_titles.index(self._wanted_tab))
        self.tab_widget.setVisible(self.tab_widget.count() > 0)  # no empty band below the form
        if self._tabs_for is None and self.record_id is not None and self._fitted:
            self.fit_header()  # saved for the first time: its tabs are in use now
        self._tabs_for = self.record_id

    def show_tab(self, title: str) -> QWidget | None:
        """Bring the tab of this (English) title to the front, now or, while the record is
        still being read, once its tabs are built."""
        self._wanted_tab = title
        if title in self._tab_titles:
            index = self._tab_titles.index(title)
            self.tab_widget.setCurrentIndex(index)
            return self.tab_widget.widget(index)
        return None

    def draft_tab(self, title: str) -> QWidget | None:
        """The tab ``title`` of a record not yet saved, when it can be filled before the
        first save (its lines then go with the header); None leaves it disabled."""
        return None

    # -- copy (a letter, a template ...) -------------------------------------------------------
    def ask_copy(self, title: str, prompt: str, copy: Callable[..., Any]) -> None:
        """Ask the new record's code, then ``copy_as`` it."""
        if self.record_id is None:
            return
        code, ok = QInputDialog.getText(self, title, prompt, QLineEdit.Normal, "")
        if ok and code.strip():
            self.copy_as(code.strip(), title, copy)

    def copy_as(self, code: str, title: str, copy: Callable[..., Any]) -> None:
        """``copy(session, source id, code)`` in the background, then the copy opened."""
        entity = self.entity
        self.op(shapes_ops.copy_record, copy, self.record_id, code).titled(title) \
            .success(lambda new_id: self.ctx.open_record(entity, new_id)).run()

    def window_title(self) -> str:
        label = QCoreApplication.translate("entity", self.entity.entity_label)
        key = self.snap.key if self.snap is not None and self.record_id else self.tr("(new)")
        return f"{label} {key}" + (" *" if self.dirty else "")

    def _changed(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.revert_action.setEnabled(dirty and self.record_id is not None)
        self.titleChanged.emit(self.window_title())

    # -- saving ----------------------------------------------------------------------------
    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Save in the background once every lookup resolved what was typed into it; ``then``
        runs once saved. False when the form itself shows a problem (nothing is started)."""
        self.save_action.setEnabled(False)
        self._refused = False
        self.form.settle(lambda: self._save_settled(then))
        return not self._refused

    def _save_settled(self, then: Callable[[], None] | None) -> None:
        self.save_action.setEnabled(True)
        problems = self.form.problems()
        if problems:
            self._refused = True
            QMessageBox.warning(self, self.tr("Cannot save"),
                                "\n".join(message for _, message in problems))
            self.form.focus_field(problems[0][0])
            return
        self.save_action.setEnabled(False)
        self.op(shapes_ops.save_record, self.record_form(), self.record_id, self.version,
                self.form_values(), self.ctx.employee_id).confirming() \
            .titled(self.tr("Cannot save")) \
            .success(lambda result: self._saved(*result, then=then)) \
            .failure(self._save_failed).run()

    def form_values(self) -> dict[str, Any]:
        """What a save writes: the form's values (a window may add what it edits elsewhere)."""
        return self.form.values()

    def _saved(self, snap: Snapshot, warnings: list[CrmError], then=None) -> None:
        self.save_action.setEnabled(True)
        self.params["record_id"] = snap.id
        self.changed_bar.hide()
        self._show(snap, snap.values)
        for warning in warnings:  # saved all the same: the box says so first
            QMessageBox.information(self, self.window_title(), self.tr("Saved. %1").replace(
                "%1", error_text(warning)))
        # Ctrl+S says it was done (seen in the status bar, read out by a screen reader)
        self.ctx.show_status(self.tr("Saved: %1").replace("%1", self.window_title()))
        self.after_save()
        if then is not None:
            then()

    def after_save(self) -> None:
        """Called on the GUI thread once a save went through."""

    def _save_failed(self, error: BaseException) -> None:
        self.save_action.setEnabled(True)
        if isinstance(error, StaleRecordError):
            self._conflict(error)
            return
        self.show_error(error, self.tr("Cannot save"))
        if isinstance(error, ValidationError):
            self.form.focus_field(error.field)

    def _conflict(self, error: StaleRecordError) -> None:
        box = QMessageBox(QMessageBox.Warning, self.tr("Changed by someone else"),
                          error_text(error), parent=self)
        reload_button = box.addButton(self.tr("Reload"), QMessageBox.AcceptRole)
        box.addButton(self.tr("Keep my changes on screen"), QMessageBox.RejectRole)
        box.exec()
        if box.clickedButton() is reload_button:
            self.revert()

    def revert(self) -> None:
        self.load()

    # -- change notices --------------------------------------------------------------------
    def entities_shown(self) -> set[type]:
        return {self.entity}

    def on_changes(self, changes: Changes) -> None:
        """Another window changed this record: reload it, or, with unsaved edits here, say
        who changed it and let the user choose (Keep mine saves through the conflict)."""
        if changes.origin is self or self.record_id is None:
            return
        if not (changes.was_changed(self.entity, self.record_id)
                or changes.was_deleted(self.entity, self.record_id)):
            return
        if not self.dirty:
            self.load()
            return
        self.query(shapes_ops.who_changed, self.entity, self.record_id, changes.user) \
            .success(lambda found: self.changed_bar.show_change(*found)).run()

    def refresh(self) -> None:
        """Reload the header unless the user is editing it (the tabs reload themselves)."""
        if not self.dirty and self.record_id is not None:
            self.load()

    def _tabs(self) -> list[SessionWindow]:
        widgets = (self.tab_widget.widget(i) for i in range(self.tab_widget.count()))
        return [w for w in widgets if isinstance(w, SessionWindow)]

    def has_unsaved_changes(self) -> bool:
        return self.dirty

    def save_changes(self, then: Callable[[], None]) -> None:
        self.save(then=then)

    def discard_changes(self) -> None:
        self._set_dirty(False)

    def maybe_close(self) -> bool:
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("%1 has unsaved changes. Save them?").replace("%1", self.window_title()),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            self.save(then=self.closeRequested.emit)
            return False  # closed once saved
        return answer == QMessageBox.Discard


class ChangedBar(QFrame):
    """'Changed by NAME at TIME: Reload / Keep mine', above a form with unsaved edits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedBar")
        text, background = colours.CHANGED_BAR
        self.setStyleSheet(f"#changedBar {{ background: {background}; border: 1px solid #e0c060; }}"
                           f" #changedBar QLabel {{ color: {text}; }}")
        self.who, self.when = "", None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(qta.icon("fa5s.sync-alt"), "", self)
        self.keep_button = QPushButton(qta.icon("fa5s.edit"), "", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel(self, pixmap=qta.icon("fa5s.exclamation-triangle",
                                                      color="#a07000").pixmap(16, 16)))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.keep_button)
        self.retranslate()
        self.hide()

    def show_change(self, who: str, when: dt.datetime | None) -> None:
        self.who, self.when = who, when
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        when = ""
        if self.when is not None:
            local = self.when.astimezone() if self.when.tzinfo else self.when
            when = QLocale().toString(local.time().replace(microsecond=0),
                                      QLocale.ShortFormat)
        self.label.setText(self.tr("Changed by %1 at %2. Your edits are not saved yet.")
                           .replace("%1", self.who or "?").replace("%2", when or "?"))
        self.reload_button.setText(self.tr("Reload"))
        self.keep_button.setText(self.tr("Keep mine"))
