"""Satellite grids (the tabs of a detail session) whose lines are edited in a dialog and saved
through a domain function in one unit of work."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout

from desktop.crm.errors import ValidationError
from desktop.views.ops import show_failure
from desktop.views.shapes import ops as shapes_ops
from desktop.views.shapes.forms import Form, Group
from desktop.views.shapes.overview import OverviewSession
from desktop.widgets import keyboard


class RecordDialog(QDialog):
    """A form in a dialog; on Save, ``save(values, saved, failed)`` starts an operation and the
    dialog closes only once it went through (it stays open, values kept, on an error)."""

    def __init__(self, title: str, groups: list[Group], ctx, values: dict, save,
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = Form(groups, ctx.db.engine, ctx.pool, self)
        self.form.set_values(values)
        self.save = save
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.resize(max(480, self.sizeHint().width()), self.sizeHint().height())

    def showEvent(self, event) -> None:  # noqa: N802
        keyboard.prepare(self, self.windowTitle())
        super().showEvent(event)

    def accept(self) -> None:
        self.buttons.setEnabled(False)
        self.form.settle(self._settled)

    def _settled(self) -> None:
        problems = self.form.problems()
        if problems:
            self.buttons.setEnabled(True)
            QMessageBox.warning(self, self.windowTitle(), problems[0][1])
            return
        self.save(self.form.values(), self._saved, self._failed)

    def _saved(self, _result) -> None:
        self.buttons.setEnabled(True)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_failure(self, error, self.windowTitle())
        if isinstance(error, ValidationError):
            self.form.focus_field(error.field)


class SatelliteGrid(OverviewSession):
    """Lines of a parent record; New and Open edit a line in a RecordDialog."""

    parent_entity: type = None
    parent_key = "parent_id"
    #: the relationship from a line to its parent, for lines with no rule of their own
    parent_link: str | None = None
    #: ``line_saver(session, parent, line or None, values)``: the domain function (or one of
    #: the feature's ops module) that writes a line; None for plain lines (options, set
    #: members), checked and written by records.apply_values
    line_saver = None

    def __init__(self, ctx, parent=None, **params) -> None:
        self.detail_code = "dialog"  # New and Open are shown; they open the dialog
        super().__init__(ctx, parent, **params)
        # opened on its own (menu, Ctrl+K) the grid lists the lines of every parent: a new
        # line would belong to none, so New is offered only inside its parent's window
        self.new_action.setVisible(self.new_action.isVisible() and self.has_parent())

    def has_parent(self) -> bool:
        return self.parent_key in self.params

    @property
    def parent_id(self) -> int:
        return self.params[self.parent_key]

    def entities_shown(self) -> set[type]:
        return {self.entity, self.parent_entity}

    # -- declarations ----------------------------------------------------------------------
    def dialog_groups(self, values: dict) -> list[Group]:
        """The dialog's fields for a line with these values ({} for a new line)."""
        raise NotImplementedError

    def _line_saver(self):
        saver = type(self).line_saver  # from the class: a plain function, never bound
        return saver or partial(shapes_ops.plain_line, self.parent_link, self.entity)

    # -- behaviour -------------------------------------------------------------------------
    def new_record(self) -> None:
        if self.has_parent():  # the action is hidden then, but its shortcut may still come
            self.edit_line(None)

    def open_current(self) -> None:
        if self.current_id() is not None:
            self.edit_line(self.current_id())

    def edit_line(self, line_id: int | None) -> None:
        """Read the line in the background, then edit it in a dialog."""
        if line_id is None:
            self._edit(None, self.new_values())
            return
        self.query(shapes_ops.line_values, self.entity, line_id).success(
            lambda values: self._edit(line_id, values)).run()

    def _edit(self, line_id: int | None, values: dict) -> bool:
        entity, version, saver = self.entity, values.get("version"), self._line_saver()
        # a line opened in the grid of every parent belongs to the one it names
        parent_id = self.params.get(self.parent_key, values.get(self.parent_key))

        def save(form_values: dict, saved, failed) -> None:
            self.op(shapes_ops.save_line, self.parent_entity, parent_id, entity, line_id,
                    version, form_values, saver).success(saved).failure(failed).run()

        title = QCoreApplication.translate("entity", entity.entity_label)
        dialog = RecordDialog(title, self.dialog_groups(values), self.ctx, values, save, self)
        self.prepare_dialog(dialog)
        return dialog.exec() == QDialog.Accepted

    def prepare_dialog(self, dialog: RecordDialog) -> None:
        """A last touch to a line's dialog before it shows (a button beside a field)."""

    def new_values(self) -> dict:
        return {}

