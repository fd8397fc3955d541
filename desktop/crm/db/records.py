"""Generic checks and writes for plain records (master data, partners, contacts ...).

A session window hands over the values typed in its form; ``apply_values`` checks them against
the column definitions (required, length, code uniqueness ignoring case) and writes them, and
entity-specific rules registered with ``@rule`` run after. Nothing is committed here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from sqlalchemy import String, func, inspect, select
from sqlalchemy.orm import Session

from desktop.crm import field_labels as labels
from desktop.crm.db.base import Base
from desktop.crm.deletion import delete_record
from desktop.crm.errors import NotFoundError, ValidationError

_RULES: dict[type, list[Callable[[Session, Any], None]]] = {}


def rule(entity: type) -> Callable:
    """Register a check that runs before an entity of this type is saved."""

    def register(func_: Callable[[Session, Any], None]) -> Callable:
        _RULES.setdefault(entity, []).append(func_)
        return func_

    return register


def existing(session: Session, entity: type, record_id: int):
    """The record, or NotFoundError when someone deleted it meanwhile."""
    found = session.get(entity, record_id)
    if found is None:
        raise NotFoundError("{entity_label} {record} does not exist any more.",
                            entity_label=entity.entity_label, record=str(record_id))
    return found


def by_code(session: Session, entity: type, code: str):
    """The record whose code is ``code``, in any letter case (None when there is none)."""
    return session.scalars(select(entity).where(
        func.upper(entity.code) == code.strip().upper())).first()


def field_label(entity: type, name: str) -> str:
    return labels.field_label(name)


def apply_values(session: Session, obj: Base, values: dict[str, Any]) -> Base:
    """Check and write ``values`` into ``obj`` (new or loaded); add it to the session."""
    table = type(obj).__table__
    for name, value in values.items():
        setattr(obj, name, _checked(type(obj), name, value))
    if "code" in table.c:
        _check_unique_code(session, obj)
    for check in _RULES.get(type(obj), ()):  # rules may fill defaults, so they come first
        check(session, obj)
    # a foreign key is filled when its relationship holds an object not yet flushed
    linked = {col.key for rel in inspect(type(obj)).relationships if rel.direction.name ==
              "MANYTOONE" and getattr(obj, rel.key) is not None for col in rel.local_columns}
    _check_required(type(obj), lambda key: getattr(obj, key, None), linked)
    session.add(obj)
    return obj


def checked_row(session: Session, entity: type, values: dict[str, Any],
                filled_later: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A new record's column values, checked as ``apply_values`` checks them but with no ORM
    object: an import checks thousands of rows this way and inserts them in blocks. Columns
    left out take their defaults. The code's uniqueness is the caller's to check, against the
    codes it read once; ``filled_later`` are columns the caller fills before the insert (a
    code taken from a number series for the whole block)."""
    defaults, lengths, required = _shape(entity)
    row = dict(defaults)
    for name, value in values.items():
        if name in lengths and isinstance(value, str):
            value = value.strip()
            if len(value) > lengths[name]:
                raise ValidationError(
                    "{field_label} may hold at most {length} characters; shorten it.",
                    field=name, field_label=field_label(entity, name), length=lengths[name])
        row[name] = value
    rules = _RULES.get(entity, ())
    if rules:
        record = SimpleNamespace(id=None, **row)
        for check in rules:
            check(session, record)
        row = {key: getattr(record, key) for key in row}  # rules may fill defaults
    for name in required:
        value = row.get(name)
        if (value is None or (isinstance(value, str) and not value.strip())) and \
                name not in filled_later:
            raise ValidationError("{field_label} is required.", field=name,
                                  field_label=field_label(entity, name))
    return row


@functools.cache
def _shape(entity: type) -> tuple[dict[str, Any], dict[str, int], tuple[str, ...]]:
    """An entity's column defaults, the lengths of its strings and its required columns."""
    columns = [c for c in entity.__table__.c if not c.primary_key]
    defaults = {c.key: c.default.arg if c.default is not None and c.default.is_scalar else None
                for c in columns}
    lengths = {c.key: c.type.length for c in columns
               if isinstance(c.type, String) and c.type.length}
    required = tuple(c.key for c in columns if not c.nullable and c.default is None)
    return defaults, lengths, required


def _checked(entity: type, name: str, value: Any) -> Any:
    """A typed value stripped, and refused when it is longer than its column allows."""
    column = entity.__table__.c.get(name)
    if isinstance(value, str) and column is not None and isinstance(column.type, String):
        value = value.strip()
        length = column.type.length
        if length and len(value) > length:
            raise ValidationError(
                "{field_label} may hold at most {length} characters; shorten it.",
                field=name, field_label=field_label(entity, name), length=length)
    return value


def _check_required(entity: type, value_of: Callable[[str], Any],
                    linked: set[str] | frozenset[str]) -> None:
    for column in entity.__table__.c:
        if column.primary_key or column.nullable or column.default is not None or \
                column.key in linked:
            continue
        value = value_of(column.key)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise ValidationError("{field_label} is required.", field=column.key,
                                  field_label=field_label(entity, column.key))


def _check_unique_code(session: Session, obj: Base) -> None:
    cls = type(obj)
    code = (obj.code or "").strip()
    if not code:
        raise ValidationError("Code is required.", field="code", field_label="Code")
    stmt = select(cls.code).where(func.lower(cls.code) == code.lower())
    if obj.id is not None:
        stmt = stmt.where(cls.id != obj.id)
    with session.no_autoflush:
        taken = session.execute(stmt).scalar()
    if taken:
        raise ValidationError("{entity_label} {code} already exists; choose another code.",
                              field="code", entity_label=cls.entity_label, code=taken)


def find_by_code(session: Session, entity: type, code: str):
    """The record whose code matches ``code`` ignoring case, or NotFoundError."""
    found = session.scalars(
        select(entity).where(func.lower(entity.code) == code.strip().lower())
    ).first()
    if found is None:
        raise NotFoundError("{entity_label} {code} does not exist.",
                            entity_label=entity.entity_label, code=code)
    return found


def delete(session: Session, obj: Base) -> None:
    """Delete a record and what belongs only to it; a record still in use is refused with a
    message naming what uses it (desktop.crm.deletion)."""
    delete_record(session, obj)


def code_of(db_session: Session, entity: type, record_id: int | None) -> str:
    """The code of the record a lookup of the form chose ("" when none)."""
    found = db_session.get(entity, record_id) if record_id is not None else None
    return found.code if found else ""
