"""What saving, copying and previewing a letter checks and does."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.records import apply_values, existing, rule
from desktop.crm.enums import BusinessObjectKind
from desktop.crm.errors import NotFoundError, ValidationError
from desktop.crm.letters.document import Document
from desktop.crm.letters.fields import unknown_fields
from desktop.crm.letters.merge import merge_values, merged
from desktop.crm.letters.storage import loads

LANGUAGES = ("fr", "en")
MERGE_KINDS = (BusinessObjectKind.BUSINESS_PARTNER, BusinessObjectKind.CONTACT,
               BusinessObjectKind.OPPORTUNITY, BusinessObjectKind.ACTIVITY)


@rule(E.Letter)
def _check_letter(session: Session, letter: E.Letter) -> None:
    letter.object_kind = letter.object_kind or BusinessObjectKind.CONTACT
    letter.language = letter.language or "fr"
    if letter.object_kind not in MERGE_KINDS:
        raise ValidationError("A letter is written for a business partner, a contact, an "
                              "opportunity or an activity.", field="object_kind")
    if letter.language not in LANGUAGES:
        raise ValidationError("The letter's language must be French (fr) or English (en).",
                              field="language")
    document = loads(letter.layout)
    wrong = unknown_fields(session, letter.object_kind, [f.name for f in document.fields()])
    if wrong:
        raise ValidationError(
            "A letter on {object_kind} cannot merge {fields}: remove these fields or choose "
            "them from the catalogue.", field="layout", object_kind=letter.object_kind.label,
            fields=", ".join(wrong))


def copy_letter(session: Session, source_id: int, code: str, description: str) -> E.Letter:
    """Copy Letter: a new letter with the source's layout, object, language and Export."""
    source = existing(session, E.Letter, source_id)
    copy = E.Letter()
    apply_values(session, copy, {
        "code": code, "description": description or source.description,
        "layout": source.layout, "export": source.export, "language": source.language,
        "object_kind": source.object_kind})
    session.flush()  # the caller opens the copy by its id
    return copy


def preview(session: Session, document: Document, object_kind: BusinessObjectKind,
            record_id: int, *, employee_id: int | None = None,
            translate: Callable[[str], str] = lambda text: text) -> Document:
    """The letter merged on one record (BR-LET-02/03), empty fields as nothing."""
    names = [f.name for f in document.fields()]
    values = merge_values(session, object_kind, [record_id], names, employee_id=employee_id,
                          language=document.language, translate=translate)
    if record_id not in values:
        raise NotFoundError("{entity_label} {record} does not exist any more.",
                            entity_label=object_kind.label, record=str(record_id))
    return merged(document, values[record_id])
