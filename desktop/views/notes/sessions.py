"""The Notes tab (tcstl1550m000) of every business object, and the note editor."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)
from sqlalchemy import and_

from desktop.crm import entities as E
from desktop.crm.enums import BusinessObjectKind
from desktop.crm.notes import save_note, visible_to
from desktop.models.columns import Column
from desktop.views.ops import show_failure
from desktop.views.shapes.forms import tr_field as t
from desktop.views.shapes.overview import OverviewSession
from desktop.views.shell.registry import session


@session("tcstl1550m000", "Notes", "fa5s.sticky-note", "activities")
class NotesTab(OverviewSession):
    entity = E.Note

    def columns(self):
        return [Column("subject", t("Subject"), E.Note.subject, searchable=True, width=260),
                Column("body", t("Text"), E.Note.body, searchable=True, width=360),
                Column("author", t("Author"), E.Note.author, width=100),
                Column("modified_at", t("Modified"), E.Note.modified_at, kind="datetime",
                       width=140),
                Column("private", t("Private"), E.Note.private, kind="bool", width=60)]

    def default_order(self):
        return [E.Note.modified_at.desc()]

    def fixed_clauses(self):
        clauses = [visible_to(self.ctx.user)]
        kind, object_id = self.params.get("kind"), self.params.get("object_id")
        if kind is not None:
            clauses.append(and_(E.Note.object_kind == kind, E.Note.object_id == object_id))
        return clauses

    def __init__(self, ctx, parent=None, **params) -> None:
        self.detail_code = "note" if params.get("kind") is not None else None
        super().__init__(ctx, parent, **params)

    def new_record(self) -> None:
        self._edit(None)

    def open_current(self) -> None:
        if self.current_id() is not None:
            self._edit(self.current_id())

    def _edit(self, note_id: int | None) -> None:
        if note_id is None:
            self._show_dialog(None, {})
            return
        self.query(lambda s: _note_values(s.get(E.Note, note_id))).success(
            lambda values: self._show_dialog(note_id, values)).run()

    def _show_dialog(self, note_id: int | None, values: dict) -> None:
        kind, object_id = self.params["kind"], self.params["object_id"]
        dialog = NoteDialog(values, self)

        def save(subject: str, body: str, private: bool) -> None:
            def work(session) -> None:
                note = session.get(E.Note, note_id) if note_id else None
                save_note(session, note, kind, object_id, subject, body, private)

            self.op(work).titled(self.tr("Note")).success(dialog.saved) \
                .failure(dialog.failed).run()

        dialog.save = save
        dialog.exec()


def _note_values(note) -> dict:
    return {"subject": note.subject, "body": note.body, "private": note.private} \
        if note is not None else {}


class NoteDialog(QDialog):
    """Subject, text and Private; Save starts the operation and the dialog closes once it
    went through (it stays open, text kept, on an error)."""

    def __init__(self, values: dict, parent=None) -> None:
        super().__init__(parent)
        self.save = None
        self.setWindowTitle(self.tr("Note"))
        self.resize(520, 360)
        self.subject = QLineEdit(values.get("subject", ""), self)
        self.subject.setMaxLength(80)
        self.body = QPlainTextEdit(values.get("body", ""), self)
        self.private = QCheckBox(self.tr("Private (visible to me only)"), self)
        self.private.setChecked(bool(values.get("private")))
        form = QFormLayout()
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Text"), self.body)
        form.addRow("", self.private)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.save is None:
            super().accept()
            return
        self.save(self.subject.text(), self.body.toPlainText(), self.private.isChecked())

    def saved(self, _result) -> None:
        super().accept()

    def failed(self, error: BaseException) -> None:
        show_failure(self, error, self.windowTitle())


def notes_tab(kind: BusinessObjectKind):
    return lambda detail, record_id: NotesTab(detail.ctx, detail, kind=kind, object_id=record_id)


__all__ = ["NotesTab", "notes_tab"]
