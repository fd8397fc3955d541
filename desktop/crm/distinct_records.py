"""Records a user said are not duplicates of one another: two partners alike by name, or a
whole group such as the branches of one company that share an e-mail address. The duplicate
search reads these sets and never links their pairs again, so a pair marked stays marked."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.base import Base, current_user
from desktop.crm.errors import ValidationError

COLUMN: dict[type, str] = {E.BusinessPartner: "business_partner_id", E.Contact: "contact_id"}


def _column(entity: type):
    if entity not in COLUMN:
        raise ValidationError("Only business partners and contacts have duplicates.")
    return getattr(E.DistinctRecordMember, COLUMN[entity])


def mark_distinct(session: Session, entity: type[Base], ids: list[int]) -> int:
    """Say that these records are not duplicates of one another; returns the set's id. The
    caller commits."""
    ids = sorted(set(ids))
    if len(ids) < 2:
        raise ValidationError("Choose at least two records that are not duplicates.")
    found = session.scalar(select(func.count()).select_from(entity).where(entity.id.in_(ids)))
    if found != len(ids):
        raise ValidationError("A record of the group was deleted meanwhile; search again.")
    record_set = E.DistinctRecordSet(created_by=current_user(session))
    column = COLUMN[entity]
    record_set.members = [E.DistinctRecordMember(**{column: record_id}) for record_id in ids]
    session.add(record_set)
    session.flush()
    return record_set.id


def forget_distinct(session: Session, entity: type, ids: list[int]) -> int:
    """Undo: the sets holding two or more of these records are forgotten; returns how many."""
    column = _column(entity)
    member = E.DistinctRecordMember
    sets = session.scalars(select(member.set_id).where(column.in_(ids))
                           .group_by(member.set_id).having(func.count() > 1)).all()
    if sets:
        session.execute(delete(member).where(member.set_id.in_(sets)))
        session.execute(delete(E.DistinctRecordSet).where(E.DistinctRecordSet.id.in_(sets)))
    return len(sets)


def distinct_sets(session: Session, entity: type) -> dict[int, set[int]]:
    """Record id -> the ids of the sets it belongs to."""
    column = _column(entity)
    found: dict[int, set[int]] = defaultdict(set)
    for record_id, set_id in session.execute(
            select(column, E.DistinctRecordMember.set_id).where(column.isnot(None))):
        found[record_id].add(set_id)
    return found


def are_distinct(session: Session, entity: type, first: int, second: int) -> bool:
    sets = distinct_sets(session, entity)
    return bool(sets.get(first, set()) & sets.get(second, set()))
