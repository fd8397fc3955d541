"""The detail session shape: a header form and tabs of satellite grids, with Save / Revert, a
guard against closing with unsaved changes, and a conflict dialog that never overwrites."""

from __future__ import annotations

from collections.abc import Callable

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QScrollArea, QSplitter, QTabWidget, QToolBar, \
    QVBoxLayout, QWidget

from desktop.crm import records
from desktop.crm.errors import CrmError, StaleRecordError, ValidationError
from desktop.crm.unit_of_work import conflicts_reported
from desktop.views.base import SessionWindow, error_text
from desktop.views.forms import Form, Group

TabFactory = Callable[["DetailSession", int], QWidget]


class DetailSession(SessionWindow):
    entity: type = None

    # -- declarations ----------------------------------------------------------------------
    def groups(self) -> list[Group]:
        raise NotImplementedError

    split = (3, 2)  # how the height is shared between the header form and the tabs

    def tabs(self) -> list[tuple[str, TabFactory]]:
        """(title, factory(detail, record_id)) for the satellite tabs."""
        return []

    def to_form(self, obj) -> dict:
        return {name: getattr(obj, name, None) for name in self.form.specs}

    def new_object(self):
        return None

    def save_values(self, session, obj, values: dict):
        """Write the form's values through the domain; returns the saved object."""
        return records.apply_values(session, obj if obj is not None else self.entity(), values)

    # -- construction ----------------------------------------------------------------------
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.session = ctx.session()
        self.obj = None
        self.dirty = False
        self._loading = False
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.form = Form(self.groups(), ctx.db.engine, self)
        self.form.connect_changed(self._changed)
        self.tab_widget = QTabWidget(self)
        self.tab_widget.setDocumentMode(True)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        self.load()

    def _build_actions(self) -> None:
        self.save_action = QAction(qta.icon("fa5s.save"), self.tr("Save"), self)
        self.save_action.setShortcut(QKeySequence.Save)
        self.save_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.revert_action = QAction(qta.icon("fa5s.undo"), self.tr("Revert"), self)
        self.revert_action.triggered.connect(self.revert)
        for act in (self.save_action, self.revert_action):
            self.toolbar.addAction(act)
            self.addAction(act)
        self.toolbar.addSeparator()

    # -- loading ---------------------------------------------------------------------------
    @property
    def record_id(self) -> int | None:
        return self.params.get("record_id")

    def load(self) -> None:
        self._loading = True
        try:
            if self.record_id is not None:
                self.obj = self.session.get(self.entity, self.record_id)
                self.form.set_values(self.to_form(self.obj))
            else:
                self.obj = self.new_object()
                defaults = {k: v for k, v in self.params.items() if k != "record_id"}
                self.form.set_values({**(self.to_form(self.obj) if self.obj else {}),
                                      **defaults})
        finally:
            self._loading = False
        self._set_dirty(False)
        self._build_tabs()
        self.loaded()
        self.titleChanged.emit(self.window_title())

    def loaded(self) -> None:
        """Called once the record is in the form and the tabs are built: the place to set
        what depends on its values (editors a type leaves closed, ...)."""

    def _build_tabs(self) -> None:
        current = self.tab_widget.currentIndex()
        while self.tab_widget.count():
            widget = self.tab_widget.widget(0)
            self.tab_widget.removeTab(0)
            widget.deleteLater()
        for title, factory in self.tabs():
            widget = factory(self, self.record_id) if self.record_id else QWidget()
            self.tab_widget.addTab(widget, QCoreApplication.translate("tabs", title))
        self.tab_widget.setEnabled(self.record_id is not None)
        self.tab_widget.setCurrentIndex(max(current, 0))

    def window_title(self) -> str:
        label = QCoreApplication.translate("entity", self.entity.entity_label)
        key = self.obj.display_key() if self.obj is not None and self.record_id else \
            self.tr("(new)")
        return f"{label} {key}" + (" *" if self.dirty else "")

    def _changed(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.revert_action.setEnabled(dirty and self.record_id is not None)
        self.titleChanged.emit(self.window_title())

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        problems = self.form.problems()
        if problems:
            QMessageBox.warning(self, self.tr("Cannot save"),
                                "\n".join(message for _, message in problems))
            self.form.focus_field(problems[0][0])
            return False
        try:
            with conflicts_reported(self.session, self.obj):
                self.obj = self.save_values(self.session, self.obj, self.form.values())
                self.session.commit()
        except StaleRecordError as error:
            return self._conflict(error)
        except ValidationError as error:
            self.session.rollback()
            self.show_error(error, self.tr("Cannot save"))
            self.form.focus_field(error.field)
            return False
        except CrmError as error:
            self.session.rollback()
            self.show_error(error, self.tr("Cannot save"))
            return False
        was_new = self.record_id is None
        self.params["record_id"] = self.obj.id
        self._loading = True
        self.form.set_values(self.to_form(self.obj))
        self._loading = False
        self._set_dirty(False)
        if was_new:
            self._build_tabs()
        self.ctx.data_changed({self.entity})
        return True

    def _conflict(self, error: StaleRecordError) -> bool:
        box = QMessageBox(QMessageBox.Warning, self.tr("Changed by someone else"),
                          error_text(error), parent=self)
        reload_button = box.addButton(self.tr("Reload"), QMessageBox.AcceptRole)
        box.addButton(self.tr("Keep my changes on screen"), QMessageBox.RejectRole)
        box.exec()
        if box.clickedButton() is reload_button:
            self.revert()
        return False

    def revert(self) -> None:
        self.session.rollback()
        self.session.expire_all()
        self.load()

    def _tabs(self) -> list[SessionWindow]:
        widgets = (self.tab_widget.widget(i) for i in range(self.tab_widget.count()))
        return [w for w in widgets if isinstance(w, SessionWindow)]

    def refresh(self) -> None:
        """Reload the tabs, and the header unless the user is editing it."""
        for tab in self._tabs():
            tab.refresh()
        if not self.dirty and self.record_id is not None and self.obj is not None:
            self.session.rollback()
            self.session.refresh(self.obj)
            self._loading = True
            self.form.set_values(self.to_form(self.obj))
            self._loading = False
            self.titleChanged.emit(self.window_title())

    def entities_shown(self) -> set[type]:
        return {self.entity}.union(*(tab.entities_shown() for tab in self._tabs()))

    def has_unsaved_changes(self) -> bool:
        return self.dirty

    def maybe_close(self) -> bool:
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("%1 has unsaved changes. Save them?").replace("%1", self.window_title()),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def release(self) -> None:
        self.session.close()
