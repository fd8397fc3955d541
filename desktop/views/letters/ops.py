"""The user's actions on standard letters, as plain functions of a database session and plain
values, run by the windows through Op and Query."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.views.shapes.ops import RecordHooks


def letter_layout(session: Session, obj) -> dict:
    """The letter's document (its stored layout), which the editor shows beside the form."""
    return {"layout": obj.layout}


HOOKS = RecordHooks(read_extra=letter_layout)
