"""Planned mailings and their completion. Global addition from a Mailing template plans a
mailing (open) for each record; the mail merge that produces the letter completes that mailing
rather than logging a second one (BR-MM-02), so a campaign's mailings are counted once."""

from __future__ import annotations

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.activities import open_clause
from desktop.crm.db.base import current_user, table_of
from desktop.crm.enums import ActivityStatus, ActivityType, BusinessObjectKind
from desktop.crm.global_activities import link_column


class PlannedMailings:
    """The open mailings of a template for the records of a run, read a chunk at a time,
    and those the run completes, written at its end in one statement."""

    def __init__(self, kind: BusinessObjectKind, template_id: int, letter_id: int) -> None:
        self.kind, self.template_id, self.letter_id = kind, template_id, letter_id
        self.found: dict[int, tuple[int, str]] = {}  # record id -> (activity id, code)
        self.completed: list[dict] = []
        self.taken: set[int] = set()

    def read(self, session: Session, record_ids: list[int]) -> None:
        column = link_column(self.kind)
        A = E.Activity
        rows = session.execute(select(column, A.id, A.code).where(
            A.template_id == self.template_id, A.type == ActivityType.MAILING, open_clause(),
            column.in_(record_ids)).order_by(A.code))
        for record_id, activity_id, code in rows:
            self.found.setdefault(record_id, (activity_id, code))

    def get(self, record_id: int) -> tuple[int, str] | None:
        found = self.found.get(record_id)
        return None if found is None or found[0] in self.taken else found

    def complete(self, activity_id: int, contact_id: int | None) -> None:
        self.taken.add(activity_id)
        self.completed.append({"b_id": activity_id, "b_contact": contact_id})

    def write(self, session: Session) -> None:
        if not self.completed:
            return
        now, user = clock.now(), current_user(session)
        table = table_of(E.Activity)
        session.execute(update(table).where(table.c.id == bindparam("b_id")).values(
            status=ActivityStatus.COMPLETED, completed_at=now, sort_date=now,
            letter_id=self.letter_id, modified_at=now, modified_by=user,
            version=table.c.version + 1,
            contact_id=func.coalesce(bindparam("b_contact"), table.c.contact_id)),
            self.completed)
