"""The partner's timeline: its activities, notes and quotations, newest first, a page at a
time, from one UNION ALL ordered and limited by the database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Date, cast, func, literal, null, select, type_coerce, union_all
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.types import UTCDateTime
from desktop.crm.enums import ActivityType, BusinessObjectKind

PAGE = 50
KINDS = {"activity": E.Activity, "note": E.Note, "quotation": E.Quotation}


@dataclass(frozen=True)
class Entry:
    kind: str  # activity note quotation
    id: int
    when: dt.datetime | None
    title: str
    detail: str
    #: an activity's type (its own icon)
    type: ActivityType | None = None
    #: the day it is dated by, when that is a date (a quotation's quotation date)
    day: dt.date | None = None


def timeline(session: Session, bp_id: int, offset: int = 0, limit: int = PAGE) -> list[Entry]:
    return first_page(session, bp_id, offset, limit)[1]


def first_page(session: Session, bp_id: int, offset: int = 0,
               limit: int = PAGE) -> tuple[int, list[Entry]]:
    """(how many entries in all, the page): one statement."""
    A, N, Q = E.Activity, E.Note, E.Quotation
    when = lambda column: type_coerce(column, UTCDateTime()).label("at")  # noqa: E731
    no_type, no_day = cast(null(), A.type.type).label("type"), cast(null(), Date).label("day")
    activities = select(literal("activity").label("kind"), A.id, when(A.sort_date),
                        A.subject.label("title"), A.code.label("detail"), A.type.label("type"),
                        no_day) \
        .where(A.business_partner_id == bp_id)
    notes = select(literal("note").label("kind"), N.id, when(N.created_at),
                   N.subject.label("title"), N.author.label("detail"), no_type, no_day) \
        .where(N.object_kind == BusinessObjectKind.BUSINESS_PARTNER, N.object_id == bp_id)
    quotations = select(literal("quotation").label("kind"), Q.id,
                        when(Q.created_at),
                        Q.code.label("title"), Q.description.label("detail"), no_type,
                        Q.quotation_date.label("day")) \
        .where(Q.sold_to_bp_id == bp_id)
    union = union_all(activities, notes, quotations).subquery()
    rows = session.execute(select(union, func.count().over())
                           .order_by(union.c.at.desc().nulls_last(), union.c.kind,
                                     union.c.id.desc())
                           .offset(offset).limit(limit)).all()
    count = rows[0][-1] if rows else (total(session, bp_id) if offset else 0)
    return count, [Entry(*row[:-1]) for row in rows]


def total(session: Session, bp_id: int) -> int:
    A, N, Q = E.Activity, E.Note, E.Quotation
    counts = [select(func.count()).where(A.business_partner_id == bp_id).scalar_subquery(),
              select(func.count()).where(N.object_kind == BusinessObjectKind.BUSINESS_PARTNER,
                                         N.object_id == bp_id).scalar_subquery(),
              select(func.count()).where(Q.sold_to_bp_id == bp_id).scalar_subquery()]
    return sum(session.execute(select(*counts)).one())
