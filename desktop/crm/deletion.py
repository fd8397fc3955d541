"""Deleting a record without leaving a row that points at nothing.

What belongs only to the record goes with it in the same transaction: its attribute values
and notes (rows that name it by kind and id, which no foreign key protects) and the rows the
ORM deletes with it. What other records still use makes the delete refuse with a message that
names them ("has 3 activities"), before anything is written. A database foreign-key error
never reaches the user raw.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, delete, func, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.base import Base
from desktop.crm.enums import AttributeObjectKind, BusinessObjectKind
from desktop.crm.errors import ValidationError

#: the rows naming a record by (kind, id): attribute values and notes
POLYMORPHIC: dict[type[Base], tuple[AttributeObjectKind | None, BusinessObjectKind]] = {
    E.BusinessPartner: (AttributeObjectKind.R, BusinessObjectKind.BUSINESS_PARTNER),
    E.Contact: (AttributeObjectKind.C, BusinessObjectKind.CONTACT),
    E.Opportunity: (AttributeObjectKind.P, BusinessObjectKind.OPPORTUNITY),
    E.Activity: (AttributeObjectKind.A, BusinessObjectKind.ACTIVITY),
    E.Quotation: (None, BusinessObjectKind.QUOTATION),
}


def delete_record(session: Session, obj: Base) -> None:
    """Delete ``obj`` and what belongs only to it, or refuse naming what still uses it."""
    blockers = users_of(session, obj)
    if blockers:
        raise ValidationError(
            "{entity_label} {code} cannot be deleted: other records use it ({uses}).",
            entity_label=type(obj).entity_label, code=obj.display_key(),
            uses=", ".join(f"{label}: {count}" for label, count in blockers))
    forget_polymorphic(session, type(obj), [obj.id])
    try:
        with session.begin_nested():
            session.delete(obj)
            session.flush()
    except IntegrityError:
        raise ValidationError(
            "{entity_label} {code} is still used by other records and cannot be deleted.",
            entity_label=type(obj).entity_label, code=obj.display_key()) from None


def forget_polymorphic(session: Session, entity: type, ids: list[int]) -> None:
    """Attribute values and notes of these records (they name them by kind and id)."""
    kinds = POLYMORPHIC.get(entity)
    if kinds is None or not ids:
        return
    attribute_kind, note_kind = kinds
    if attribute_kind is not None:
        session.execute(delete(E.AttributeValue).where(
            E.AttributeValue.object_kind == attribute_kind,
            E.AttributeValue.object_id.in_(ids)))
    session.execute(delete(E.Note).where(E.Note.object_kind == note_kind,
                                         E.Note.object_id.in_(ids)))


def users_of(session: Session, obj: Base) -> list[tuple[str, int]]:
    """(label, count) of the records that point at ``obj`` through a foreign key the delete
    would not take with it (no ORM cascade, no ON DELETE CASCADE or SET NULL)."""
    table = type(obj).__table__
    owned = _owned_tables(type(obj))
    found = []
    for child in Base.metadata.sorted_tables:
        if child is table or child in owned:
            continue
        for fk in child.foreign_keys:
            if fk.column.table is not table or fk.ondelete in ("CASCADE", "SET NULL"):
                continue
            count = session.scalar(select(func.count()).select_from(child)
                                   .where(fk.parent == obj.id)) or 0
            if count:
                found.append((_label(child), count))
    return found


def _owned_tables(entity: type) -> set:
    """Tables whose rows the ORM deletes with a record of ``entity`` (cascade delete)."""
    mapper: Any = inspect(entity)
    return {rel.mapper.local_table for rel in mapper.relationships if rel.cascade.delete}


def _label(table: Table) -> str:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return getattr(mapper.class_, "entity_label", table.name).lower()
    return table.name.replace("_", " ")
