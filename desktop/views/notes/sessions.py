"""The Notes tab (tcstl1550m000) of every business object, and the note editor."""

from __future__ import annotations

from sqlalchemy import and_

from desktop.crm import entities as E
from desktop.crm.enums import BusinessObjectKind
from desktop.crm.notes import visible_to
from desktop.models.columns import Column
from desktop.views.notes import ops
from desktop.views.shapes.detail import DetailSession
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.overview import OverviewSession
from desktop.views.shapes.satellite import RecordDialog
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
        self.query(ops.note_form, note_id).success(
            lambda values: self._show_dialog(note_id, values)).run()

    def _show_dialog(self, note_id: int | None, values: dict) -> None:
        """The note in the shared record dialog: it closes once the save went through and
        stays open, text kept, on an error."""
        kind, object_id = self.params["kind"], self.params["object_id"]

        def save(form: dict, saved, failed) -> None:
            self.op(ops.save_note_of, note_id, kind, object_id, form).success(saved) \
                .failure(failed).run()

        groups = [Group("Note", [F("subject", max_length=80), F("body", kind="multiline"),
                                 F("private", kind="bool")])]
        dialog = RecordDialog(t("Note"), groups, self.ctx, values, save, self)
        dialog.resize(520, 360)
        dialog.exec()


@session("tcstl1550s000", "Note", "fa5s.sticky-note", "activities", in_menu=False,
         is_detail=True)
class NoteDetail(DetailSession):
    """One note in a window of its own (opened from the Customer 360's timeline); a private
    note shows only to its author."""

    entity = E.Note
    hooks = ops.HOOKS

    def groups(self):
        return [Group("Note", [F("subject", required=True, max_length=80),
                               F("body", kind="multiline"),
                               F("private", kind="bool"),
                               F("object_kind", kind="enum", enum_class=BusinessObjectKind, readonly=True),
                               F("author", "Author", readonly=True)])]



def notes_tab(kind: BusinessObjectKind):
    return lambda detail, record_id: NotesTab(detail.ctx, detail, kind=kind, object_id=record_id)


__all__ = ["NoteDetail", "NotesTab", "notes_tab"]
