"""Satellite grids (the tabs of a detail session) whose lines are edited in a dialog and saved
through a domain function in one unit of work."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from desktop.crm.errors import CrmError, ValidationError
from desktop.crm.unit_of_work import conflicts_reported
from desktop.views.forms import Form, Group
from desktop.views.overview import OverviewSession


class RecordDialog(QDialog):
    """A form in a dialog; ``save(values)`` is tried on OK and the dialog stays open on error."""

    def __init__(self, title: str, groups: list[Group], engine, values: dict, save,
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = Form(groups, engine, self)
        self.form.set_values(values)
        self.save = save
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(max(480, self.sizeHint().width()), self.sizeHint().height())

    def accept(self) -> None:
        from desktop.views.base import error_text
        from PySide6.QtWidgets import QMessageBox

        problems = self.form.problems()
        if problems:
            QMessageBox.warning(self, self.windowTitle(), problems[0][1])
            return
        try:
            self.save(self.form.values())
        except CrmError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            if isinstance(error, ValidationError):
                self.form.focus_field(error.field)
            return
        super().accept()


class SatelliteGrid(OverviewSession):
    """Lines of a parent record; New and Open edit a line in a RecordDialog."""

    parent_entity: type = None
    parent_key = "parent_id"
    #: the relationship from a line to its parent, for lines with no rule of their own
    parent_link: str | None = None

    def __init__(self, ctx, parent=None, **params) -> None:
        self.detail_code = "dialog"  # New and Open are shown; they open the dialog
        super().__init__(ctx, parent, **params)

    @property
    def parent_id(self) -> int:
        return self.params[self.parent_key]

    # -- declarations ----------------------------------------------------------------------
    def dialog_groups(self, obj) -> list[Group]:
        raise NotImplementedError

    def to_values(self, obj) -> dict:
        return {name: getattr(obj, name) for g in self.dialog_groups(obj) for name in
                (f.name for f in g.fields)}

    def save_line(self, session, parent_obj, obj, values: dict) -> None:
        """Plain lines (options, set members): checked and written by records.apply_values;
        lines with rules of their own override this with their domain function."""
        from desktop.crm.records import apply_values

        line = obj or self.entity(**{self.parent_link: parent_obj})
        session.add(line)
        with session.no_autoflush:
            apply_values(session, line, values)

    # -- behaviour -------------------------------------------------------------------------
    def new_record(self) -> None:
        self.edit_line(None)

    def open_current(self) -> None:
        if self.current_id() is not None:
            self.edit_line(self.current_id())

    def edit_line(self, line_id: int | None) -> bool:
        with self.ctx.session() as session:
            obj = session.get(self.entity, line_id) if line_id else None
            parent_obj = session.get(self.parent_entity, self.parent_id)
            values = self.to_values(obj) if obj is not None else self.new_values()

            def save(form_values: dict) -> None:
                with conflicts_reported(session, obj, parent_obj):
                    try:
                        self.save_line(session, parent_obj, obj, form_values)
                        session.commit()
                    except Exception:
                        session.rollback()
                        raise

            from PySide6.QtCore import QCoreApplication

            title = QCoreApplication.translate("entity", self.entity.entity_label)
            dialog = RecordDialog(title, self.dialog_groups(obj), self.ctx.db.engine, values,
                                  save, self)
            accepted = dialog.exec() == QDialog.Accepted
        if accepted:
            self.refresh()
            self.ctx.data_changed({self.entity, self.parent_entity})
        return accepted

    def new_values(self) -> dict:
        return {}
