"""Notes on any business object (tcstl1550m000): private notes are seen by their author only."""

from __future__ import annotations

from sqlalchemy import or_
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.base import current_user
from desktop.crm.enums import BusinessObjectKind
from desktop.crm.errors import NotAllowedError, ValidationError


def visible_to(user: str):
    """WHERE clause: the notes this user may read."""
    return or_(E.Note.private.is_(False), E.Note.author == user)


def save_note(session: Session, note: E.Note | None, kind: BusinessObjectKind, object_id: int,
              subject: str, body: str, private: bool = False) -> E.Note:
    subject = subject.strip()
    if not subject:
        raise ValidationError("A note needs a subject.", field="subject")
    if len(subject) > 80:
        raise ValidationError("{field_label} may hold at most {length} characters; shorten it.",
                              field="subject", field_label="Subject", length=80)
    user = current_user(session)
    if note is None:
        note = E.Note(object_kind=kind, object_id=object_id, author=user)
        session.add(note)
    elif note.private and note.author != user:
        raise NotAllowedError("Only {author} can change this private note.", author=note.author)
    note.subject, note.body, note.private = subject, body, private
    return note
