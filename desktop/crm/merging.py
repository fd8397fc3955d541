"""Merging two duplicate business partners, or two contacts of one partner, in one transaction.

The user picks, field by field, the values the record that stays takes from the one that goes.
Every row that points at the one that goes is moved to the one that stays: the rows behind a
foreign key (found in the metadata, so a table added later is not forgotten), the attribute
values and notes that name it by kind and id, and its roles. Where the one that stays already
has the same thing (an attribute, a role, a place on an opportunity) it keeps its own. The
merge is written in a note on the record that stays, and the other is then deleted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, exists, select, update
from sqlalchemy.orm import Session, aliased

from desktop.crm import clock, entities as E
from desktop.crm.db import identity
from desktop.crm.db.base import Audited, Base, rowcount, table_of
from desktop.crm.db.records import existing, field_label
from desktop.crm.deletion import POLYMORPHIC, delete_record
from desktop.crm.errors import ValidationError

MERGEABLE = (E.BusinessPartner, E.Contact)
NOT_CHOSEN = {"id", "code", "version", "created_at", "created_by", "modified_at",
              "modified_by", "business_partner_id"}
#: rows unique per (owner, something): where the one that stays has the same, the other's goes
UNIQUE_PER_OWNER = {"business_partner_roles": "role", "opportunity_contacts": "opportunity_id"}


@dataclass
class MergeResult:
    kept_id: int
    moved: dict[str, int] = field(default_factory=dict)  # table -> rows moved
    taken: list[str] = field(default_factory=list)  # fields taken from the one that went
    note_id: int | None = None


def mergeable_fields(entity: type) -> list[str]:
    """The fields the user chooses between, in the table's order."""
    return [c.key for c in table_of(entity).columns if c.key not in NOT_CHOSEN]


def merge(session: Session, entity: type, keep_id: int, gone_id: int,
          take: Iterable[str] = (), user: str = "") -> MergeResult:
    """Merge ``gone_id`` into ``keep_id``; ``take`` names the fields whose value comes from
    the one that goes. Flushes; the caller commits (or rolls back: nothing is half done)."""
    if entity not in MERGEABLE:
        raise ValidationError("Only business partners and contacts can be merged.")
    identity.refuse_offline(session, "Merging duplicates")
    if keep_id == gone_id:
        raise ValidationError("Choose two different records to merge.")
    keep, gone = existing(session, entity, keep_id), existing(session, entity, gone_id)
    take = list(take)
    unknown = [name for name in take if name not in mergeable_fields(entity)]
    if unknown:
        raise ValidationError("These fields cannot be taken in a merge: {fields}.",
                              fields=", ".join(unknown))
    if isinstance(keep, E.Contact) and isinstance(gone, E.Contact) and \
            keep.business_partner_id != gone.business_partner_id:
        raise ValidationError("Only contacts of the same business partner are merged: merge "
                              "the partners first.")
    result = MergeResult(keep.id, taken=take)
    changes = [(name, getattr(keep, name), getattr(gone, name)) for name in take
               if getattr(keep, name) != getattr(gone, name)]
    for name, _old, new in changes:
        setattr(keep, name, new)
    if isinstance(keep, E.Contact) and isinstance(gone, E.Contact) and gone.is_primary and \
            "is_primary" not in take:
        keep.is_primary = True  # the partner keeps a primary contact
    session.flush()
    if entity is E.BusinessPartner:
        _one_primary_contact(session, keep.id, gone.id)
    for table_name, column in _pointers(entity):
        moved = _move(session, table_name, column, keep.id, gone.id)
        if moved:
            result.moved[table_name] = result.moved.get(table_name, 0) + moved
    result.moved.update(_move_polymorphic(session, entity, keep.id, gone.id))
    note = _note(session, entity, keep, gone, changes, result, user)
    session.expire_all()  # the rows moved under the ORM's feet
    delete_record(session, existing(session, entity, gone_id))
    session.flush()
    result.note_id = note.id
    return result


def _pointers(entity: type) -> list[tuple[str, str]]:
    """(table, column) of every foreign key to the entity's table, from the metadata."""
    table = table_of(entity)
    return [(child.name, fk.parent.name) for child in Base.metadata.sorted_tables
            for fk in child.foreign_keys if fk.column.table is table]


def _move(session: Session, table_name: str, column: str, keep_id: int, gone_id: int) -> int:
    table = Base.metadata.tables[table_name]
    pointer = table.c[column]
    twin = UNIQUE_PER_OWNER.get(table_name)
    if twin is not None:  # what the one that stays already has, it keeps
        other = table.alias("kept")
        session.execute(delete(table).where(pointer == gone_id, exists(
            select(other.c[twin]).where(other.c[column] == keep_id,
                                        other.c[twin] == table.c[twin]))))
    values: dict = {column: keep_id}
    entity = entity_of(table)
    if entity is not None and issubclass(entity, Audited):
        values.update(version=table.c.version + 1, modified_at=clock.now())
    return rowcount(session.execute(update(table).where(pointer == gone_id).values(**values)))


def _move_polymorphic(session: Session, entity: type, keep_id: int,
                      gone_id: int) -> dict[str, int]:
    """Attribute values (the one that stays keeps its own answer to an attribute both have)
    and notes, which name the record by kind and id."""
    attribute_kind, note_kind = POLYMORPHIC[entity]
    moved = {}
    values = E.AttributeValue
    kept = aliased(E.AttributeValue)
    session.execute(delete(values).where(
        values.object_kind == attribute_kind, values.object_id == gone_id,
        exists(select(kept.id).where(kept.object_kind == attribute_kind,
                                     kept.object_id == keep_id,
                                     kept.attribute_id == values.attribute_id))))
    moved["attribute_values"] = rowcount(session.execute(
        update(values).where(values.object_kind == attribute_kind,
                             values.object_id == gone_id)
        .values(object_id=keep_id)))
    moved["notes"] = rowcount(session.execute(
        update(E.Note).where(E.Note.object_kind == note_kind, E.Note.object_id == gone_id)
        .values(object_id=keep_id, version=E.Note.version + 1)))
    return {k: v for k, v in moved.items() if v}


def _one_primary_contact(session: Session, keep_id: int, gone_id: int) -> None:
    """The partner that stays keeps its primary contact; the other's contacts come as plain
    contacts (or the first of them stays primary when the partner had none)."""
    has_primary = session.scalar(select(exists().where(
        E.Contact.business_partner_id == keep_id, E.Contact.is_primary.is_(True))))
    if has_primary:
        session.execute(update(E.Contact).where(
            E.Contact.business_partner_id == gone_id, E.Contact.is_primary.is_(True))
            .values(is_primary=False, version=E.Contact.version + 1))


def _note(session: Session, entity: type, keep, gone, changes, result: MergeResult,
          user: str) -> E.Note:
    """What was merged, in a note on the record that stays."""
    lines = [f"{gone.display_key()} was merged into {keep.display_key()}."]
    for name, old, new in changes:
        lines.append(f"{field_label(entity, name)}: {old!s} -> {new!s}")
    for table_name, count in sorted(result.moved.items()):
        lines.append(f"{table_name.replace('_', ' ')} moved: {count}")
    note = E.Note(object_kind=POLYMORPHIC[entity][1], object_id=keep.id,
                  subject=f"Merged with {gone.display_key()}"[:80], body="\n".join(lines),
                  author=user)
    session.add(note)
    session.flush()
    return note


def entity_of(table) -> type | None:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            return mapper.class_
    return None
