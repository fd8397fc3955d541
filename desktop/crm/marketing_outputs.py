"""Marketing outputs leave out the people who object to direct marketing (GDPR art. 21, the
CNIL's "droit d'opposition"): the vCards of contacts, a report on contacts printed to a file
and a grid of contacts exported to Excel or CSV. One rule for all of them (``objecting``), so
that an output added later cannot forget it; the count left out is returned for the output to
say, and including them is the user's explicit choice, recorded as the mail merge's is."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, not_, select

from desktop.crm import clock, entities as E
from desktop.crm.consent import FLAG
from desktop.crm.db.base import current_user
from desktop.crm.enums import BatchRunKind, ConsentChannel, UpdateMode


@dataclass(frozen=True)
class MarketingRows:
    statement: Select
    #: the condition of the rows kept (None: every row, by the user's choice)
    keep: ColumnElement[bool] | None
    #: the contacts the statement held who object: left out, or included by the user's choice
    objecting: int
    include_objected: bool

    @property
    def left_out(self) -> int:
        return 0 if self.include_objected else self.objecting

    @property
    def included(self) -> int:
        """Those who object and go out all the same: the choice to record."""
        return self.objecting if self.include_objected else 0


def objecting(contact_id) -> ColumnElement[bool]:
    """True for a row whose contact opted out of direct marketing: THE rule of every
    marketing output."""
    C = E.Contact
    return contact_id.in_(select(C.id).where(
        getattr(C, FLAG[ConsentChannel.MARKETING]).is_(True)))


def marketing_rows(db, statement: Select, contact_id, include_objected: bool = False,
                   ) -> MarketingRows:
    """``statement`` without the contacts who object (unless the user includes them) and how
    many of its rows object; ``db`` is a Session or a Connection."""
    counted = statement.where(objecting(contact_id)).order_by(None).subquery()
    count = db.scalar(select(func.count()).select_from(counted)) or 0
    keep = None if include_objected else not_(objecting(contact_id))
    return MarketingRows(statement if keep is None else statement.where(keep), keep, count,
                         include_objected)


def record_inclusion(session, output: str, included: int) -> None:
    """The user's choice to include ``included`` contacts who object in ``output``, logged
    with who and when (nothing when there were none). Flushes; the runner commits."""
    if not included:
        return
    now = clock.now()
    session.add(E.BatchRun(kind=BatchRunKind.MARKETING_EXPORT, mode=UpdateMode.UPDATE,
                           parameters=json.dumps({"output": output, "include_objected": True,
                                                  "objecting": included}),
                           user_name=current_user(session), started_at=now, finished_at=now,
                           outcome="done"))
    session.flush()
