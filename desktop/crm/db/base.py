"""Declarative base, audit and version columns shared by every business entity."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import CursorResult, Integer, MetaData, Result, String, Table, event, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, Session, declared_attr, mapped_column

from desktop.crm import clock
from desktop.crm.db.session import CrmSession
from desktop.crm.db.types import ExactNumeric, UTCDateTime
from desktop.crm.errors import ValidationError
from desktop.crm.field_labels import field_label

# Deterministic constraint names keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    #: Human name of the entity for messages ("Opportunity OPP000012").
    entity_label: str = "Record"

    if TYPE_CHECKING:  # every entity maps its own integer key; generic code reads it
        id: Mapped[int]

    def display_key(self) -> str:
        """The code users know the record by; entities with a code override ``code``."""
        return str(getattr(self, "code", None) or getattr(self, "id", ""))


class Coded:
    """Mixin of the entities users know by a code (partners, opportunities, master data ...):
    says so to the type checker, for the generic functions that find or check a record by its
    code. Each entity maps its own column."""

    if TYPE_CHECKING:
        id: Mapped[int]
        code: Mapped[str]
        entity_label: str


def table_of(entity: type) -> Table:
    """A mapped class's table (declarative types ``__table__`` as any FROM clause)."""
    mapper: Mapper[Any] = inspect(entity)
    table = mapper.local_table
    if not isinstance(table, Table):
        raise TypeError(f"{entity.__name__} is not mapped to a table")
    return table


def rowcount(result: Result[Any]) -> int:
    """The rows an UPDATE or a DELETE matched: executing one gives a CursorResult, which the
    session's signature types as any Result."""
    if not isinstance(result, CursorResult):
        raise TypeError("rowcount is known for an UPDATE or a DELETE only")
    return result.rowcount


class Audited:
    """Audit columns and an optimistic-locking version (DESIGN 3)."""

    created_by: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=clock.now)
    modified_by: Mapped[str] = mapped_column(String(40), default="")
    modified_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=clock.now)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls):  # noqa: N805
        return {"version_id_col": cls.version}


def current_user(session: Session) -> str:
    """The application user a session works for (set by ``database.open_session``)."""
    return session.info.get("user", "")


def audit_values(session: Session) -> dict:
    """Audit columns for rows written in bulk (the flush hook below sees only ORM objects)."""
    user, now = current_user(session), clock.now()
    return dict(created_by=user, created_at=now, modified_by=user, modified_at=now, version=1)


@event.listens_for(CrmSession, "before_flush")
def _stamp_audit_columns(session: Session, _flush_context, instances) -> None:
    user = current_user(session)
    now = clock.now()
    for obj in session.new:
        if isinstance(obj, Audited):
            obj.created_by = obj.created_by or user
            obj.created_at = now
            obj.modified_by = user
            obj.modified_at = now
    for obj in session.dirty:
        if isinstance(obj, Audited) and session.is_modified(obj, include_collections=False):
            obj.modified_by = user
            obj.modified_at = now


@event.listens_for(CrmSession, "before_flush")
def _refuse_numbers_too_large(session: Session, _flush_context, instances) -> None:
    """A number too large for its column is refused, naming the field, before anything is
    written (PostgreSQL would fail the whole flush, SQLite would keep it)."""
    for obj in (*session.new, *session.dirty):
        for column in inspect(type(obj)).columns:
            if isinstance(column.type, ExactNumeric):
                check_number_fits(column, (getattr(obj, column.key, None),))


def check_number_fits(column, values) -> None:
    """ValidationError naming the field when one of ``values`` is not a finite number or has
    more digits before the decimal point than the column holds."""
    digits = column.type.precision - column.type.scale
    limit = Decimal(10) ** digits
    for value in values:
        if value is None or not isinstance(value, (Decimal, int, float)):
            continue
        if not Decimal(value).is_finite():
            raise ValidationError("{field_label} must be a number.", field=column.key,
                                  field_label=number_label(column.key))
        if abs(Decimal(value)) >= limit:
            raise ValidationError(
                "{field_label} is too large: at most {digits} digits before the decimal "
                "point.", field=column.key, field_label=number_label(column.key), digits=digits)


def number_label(key: str) -> str:
    """The field's name in a message: credit_limit -> "Credit limit"."""
    return field_label(key)
