"""The partner's timeline: its activities, notes and quotations, newest first, a page at a
time, from one UNION ALL ordered and limited by the database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import (
    Date,
    Integer,
    and_,
    bindparam,
    cast,
    func,
    literal,
    null,
    select,
    type_coerce,
    union_all,
)
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
    """(how many entries in all, the page): one statement. Each kind gives only its newest
    ``offset + limit`` entries, read in date order from its index, and the database merges
    those: a customer with ten thousand activities costs what one with fifty does. The
    counts are read from the indexes beside them."""
    rows = session.execute(_page_statement(offset, limit), {"bp_id": bp_id}).all()
    count = rows[0][-1] if rows else total(session, bp_id)
    return count, [Entry(*row[:-1]) for row in rows]


@lru_cache(maxsize=8)
def _page_statement(offset: int, limit: int):
    """The page's statement, built once for every partner (the partner is a bound parameter):
    building this union of six reads costs more than the database takes to answer it for a
    partner of ten thousand activities."""
    bp_id = bindparam("bp_id", type_=Integer)
    wanted = offset + limit
    union = union_all(*(select(part.subquery()) for stmt, at, key, owner in _kinds(bp_id)
                        for part in _newest(stmt, at, key, owner, wanted))).subquery()
    page = select(union).order_by(*_newest_first(union)).offset(offset).limit(limit) \
        .subquery()
    return select(page, _total(bp_id)).order_by(*_newest_first(page))


def _newest_first(entries) -> list:
    return [entries.c.at.desc().nulls_last(), entries.c.kind, entries.c.id.desc()]


def _kinds(bp_id) -> list[tuple]:
    """(select of kind, id, at, title, detail, type, day; the column "at" reads; its owner
    condition) of each kind of entry."""
    A, N, Q = E.Activity, E.Note, E.Quotation
    when = lambda column: type_coerce(column, UTCDateTime()).label("at")  # noqa: E731
    no_type, no_day = cast(null(), A.type.type).label("type"), cast(null(), Date).label("day")
    return [
        (select(literal("activity").label("kind"), A.id, when(A.sort_date),
                A.subject.label("title"), A.code.label("detail"), A.type.label("type"), no_day),
         A.sort_date, A.id,
         A.business_partner_id == bp_id),
        (select(literal("note").label("kind"), N.id, when(N.created_at),
                N.subject.label("title"), N.author.label("detail"), no_type, no_day),
         N.created_at, N.id,
         and_(N.object_kind == BusinessObjectKind.BUSINESS_PARTNER, N.object_id == bp_id)),
        (select(literal("quotation").label("kind"), Q.id, when(Q.created_at),
                Q.code.label("title"), Q.description.label("detail"), no_type,
                Q.quotation_date.label("day")), Q.created_at, Q.id,
         Q.sold_to_bp_id == bp_id),
    ]


def _newest(stmt, at, key, owner, wanted: int) -> list:
    """The newest ``wanted`` dated entries, newest first, and the ``wanted`` undated ones
    (they come last): two reads an index serves in its order, whatever the NULLs' place."""
    return [stmt.where(owner, at.is_not(None)).order_by(at.desc(), key.desc()).limit(wanted),
            stmt.where(owner, at.is_(None)).order_by(key.desc()).limit(wanted)]


def _counts(bp_id) -> list:
    A, N, Q = E.Activity, E.Note, E.Quotation
    return [select(func.count()).where(A.business_partner_id == bp_id).scalar_subquery(),
            select(func.count()).where(N.object_kind == BusinessObjectKind.BUSINESS_PARTNER,
                                       N.object_id == bp_id).scalar_subquery(),
            select(func.count()).where(Q.sold_to_bp_id == bp_id).scalar_subquery()]


def _total(bp_id):
    first, *others = _counts(bp_id)
    return sum(others, first).label("total")


def total(session: Session, bp_id: int) -> int:
    return sum(session.execute(select(*_counts(bp_id))).one())
