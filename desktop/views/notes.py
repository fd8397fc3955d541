"""The Notes tab (tcstl1550m000) of every business object, and the note editor."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, \
    QPlainTextEdit, QVBoxLayout
from sqlalchemy import and_

from desktop.crm import entities as E
from desktop.crm.enums import BusinessObjectKind
from desktop.crm.errors import CrmError
from desktop.crm.notes import save_note, visible_to
from desktop.crm.unit_of_work import commit
from desktop.models.columns import Column
from desktop.views.base import error_text
from desktop.views.forms import tr_field as t
from desktop.views.overview import OverviewSession
from desktop.views.registry import session


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
        with self.ctx.session() as s:
            note = s.get(E.Note, note_id) if note_id else None
            dialog = NoteDialog(note, self)
            while dialog.exec():
                try:
                    save_note(s, note, self.params["kind"], self.params["object_id"],
                              dialog.subject.text(), dialog.body.toPlainText(),
                              dialog.private.isChecked())
                    commit(s)
                    break
                except CrmError as error:
                    s.rollback()
                    self.show_error(error)
        self.refresh()


class NoteDialog(QDialog):
    def __init__(self, note: E.Note | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note"))
        self.resize(520, 360)
        self.subject = QLineEdit(note.subject if note else "", self)
        self.subject.setMaxLength(80)
        self.body = QPlainTextEdit(note.body if note else "", self)
        self.private = QCheckBox(self.tr("Private (visible to me only)"), self)
        self.private.setChecked(bool(note and note.private))
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


def notes_tab(kind: BusinessObjectKind):
    return lambda detail, record_id: NotesTab(detail.ctx, detail, kind=kind, object_id=record_id)


__all__ = ["NotesTab", "notes_tab", "error_text"]
