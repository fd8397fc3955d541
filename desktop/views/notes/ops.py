"""The user's actions on notes, as plain functions of a database session and plain values,
run by the windows through Op and Query."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.base import current_user
from desktop.crm.enums import BusinessObjectKind
from desktop.crm.errors import NotAllowedError
from desktop.crm.notes import save_note
from desktop.views.shapes.ops import RecordHooks, SaveContext, plain_values


def note_values(session: Session, obj, fields: tuple[str, ...]) -> dict[str, Any]:
    """A private note is shown to its author only."""
    if obj.private and obj.author != current_user(session):
        raise NotAllowedError("This note is private to {author}.", author=obj.author)
    return plain_values(session, obj, fields)


def save_note_form(session: Session, obj, values: dict, context: SaveContext):
    if obj is None:
        raise NotAllowedError("Add a note from the Notes tab of its record.")
    return save_note(session, obj, obj.object_kind, obj.object_id, values["subject"],
                     values.get("body") or "", bool(values.get("private")))


HOOKS = RecordHooks(read_values=note_values, save_values=save_note_form)


def note_form(session: Session, note_id: int) -> dict:
    """A note's subject, text and privacy, as its dialog shows them."""
    note = session.get(E.Note, note_id)
    return {"subject": note.subject, "body": note.body, "private": note.private} \
        if note is not None else {}


def save_note_of(session: Session, note_id: int | None, kind: BusinessObjectKind,
                 object_id: int, form: dict) -> None:
    """A note of the record (a new one when ``note_id`` is None) as its dialog wrote it."""
    note = session.get(E.Note, note_id) if note_id else None
    save_note(session, note, kind, object_id, form["subject"], form["body"],
              bool(form["private"]))
