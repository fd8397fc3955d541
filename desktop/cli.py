"""The command line's writing command: ``crm-desktop save ENTITY [--id ID] FIELD=VALUE ...``.

It writes a record through the same path as a window's form (``records.apply_values`` and
the entity's rules, the session hooks of the domain) in one unit of work, so a script is
refused what a user is refused, in the same words. Values are typed as the column is: numbers,
dates (ISO), yes/no, enum members by name or value, ids of linked records.
"""

from __future__ import annotations

import datetime as dt
import enum
import sys
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.crm.errors import CrmError, ValidationError


def entity_named(name: str) -> type:
    """The entity whose class name or table name is ``name`` (any letter case)."""
    from desktop.crm.db.base import Base

    wanted = name.lower()
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if wanted in (cls.__name__.lower(), cls.__table__.name.lower()):
            return cls
    raise CrmError("There is no record type {name}.", name=name)


def typed(entity: type, field: str, text: str) -> Any:
    """``text`` as the value of the column ``field``; a wrong value names the field."""
    column = entity.__table__.c.get(field)
    if column is None:
        raise ValidationError("{entity} has no field {field}.", field=field,
                              entity=entity.__name__)
    kind = column.type.python_type  # through the column types' own decorators
    if text == "":
        return None if column.nullable else frozenset() if kind is frozenset else ""
    try:
        if issubclass(kind, enum.Enum):
            return _member(kind, text)
        if kind is frozenset:  # a set of enum members: roles=SALESPERSON,CRM_MANAGER
            return frozenset(_member(column.type.enum_class, name) for name in text.split(",")
                             if name.strip())
        if kind is bool:
            return _yes_no(text)
        if kind is dt.datetime:
            return dt.datetime.fromisoformat(text).astimezone(dt.UTC)
        if kind in (int, Decimal, dt.date):
            return {int: int, Decimal: Decimal, dt.date: dt.date.fromisoformat}[kind](text)
    except (ValueError, InvalidOperation, KeyError):
        raise ValidationError("{value} is not a value of {field}.", field=field,
                              value=text) from None
    return text


def _member(enum_class: type[enum.Enum], text: str) -> enum.Enum:
    for member in enum_class:
        if text.upper() == member.name or text == member.value:
            return member
    raise KeyError(text)


def _yes_no(text: str) -> bool:
    answer = {"yes": True, "true": True, "1": True, "no": False, "false": False, "0": False}
    return answer[text.strip().lower()]


def parse_assignments(entity: type, assignments: list[str]) -> dict[str, Any]:
    values = {}
    for assignment in assignments:
        field, sep, text = assignment.partition("=")
        if not sep:
            raise CrmError("Write each value as FIELD=VALUE: {text}", text=assignment)
        values[field.strip()] = typed(entity, field.strip(), text)
    return values


def run_save(url: str | None, entity_name: str, record_id: int | None,
             assignments: list[str]) -> int:
    """Create or change one record; print what was saved, or the refusal in one line."""
    from desktop.crm.db.database import open_database
    from desktop.crm.db.records import apply_values, existing
    from desktop.crm.db.unit_of_work import commit
    from desktop.crm.demo.reference import current_os_user

    db = open_database(url)
    try:
        entity = entity_named(entity_name)
        values = parse_assignments(entity, assignments)
        # the login the window uses too: the same rights refuse the same changes (Q-SEC-1)
        with db.session(current_os_user()) as session:
            obj = existing(session, entity, record_id) if record_id else entity()
            try:
                apply_values(session, obj, values)
                commit(session)
            except CrmError as error:
                session.rollback()
                print(f"crm-desktop: {error}", file=sys.stderr)
                return 2
            print(f"saved {entity.__name__} {obj.display_key()} (id {obj.id})")
    finally:
        db.dispose()
    return 0
