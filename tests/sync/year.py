"""A year of use, for test_year: a CRM whose users create, move, edit, cancel and delete
appointments, calls and tasks from a month back to 500 days ahead, and Outlook users who edit,
move, delete, answer and add events of their own (all-day ones, series, with the import
category), one simulated day at a time; the sync runs once a day. ``Ledger`` keeps what each
side was asked to do, so the test can say at the end what must be true."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from sqlalchemy import select

from desktop.crm import activities as A, agenda, clock as app_clock, entities as E
from desktop.crm.enums import ActivityStatus as St, ActivityType as T, PartyType
from tests.sync.conftest import JULIEN, SOPHIE, contact_of, employee_id

DAY = dt.timedelta(days=1)
BOXES = (SOPHIE, JULIEN)
UTC = dt.UTC


@dataclass
class Ledger:
    created: set[int] = field(default_factory=set)  # activities the CRM made
    deleted: set[int] = field(default_factory=set)  # activities the CRM deleted
    outlook_deleted: set[str] = field(default_factory=set)  # items Outlook deleted
    imported: set[str] = field(default_factory=set)  # Outlook items made with the category
    cancel_asked: set[str] = field(default_factory=set)  # items of the meetings the user
    #                                                       cancelled or deleted
    gone: set[int] = field(default_factory=set)  # activities whose item Outlook deleted
    released: set[int] = field(default_factory=set)  # activities no longer synchronized
    body_edits: dict[int, int] = field(default_factory=dict)  # CRM text edits per activity
    answers: dict[int, str] = field(default_factory=dict)  # activity -> contact's answer


class Year:
    def __init__(self, db, remote, seed: int = 29) -> None:
        self.db, self.remote, self.rng = db, remote, random.Random(seed)
        self.ledger = Ledger()
        self.contact_id, self.contact_email = contact_of(db)

    # -- a day -----------------------------------------------------------------------------
    def day(self) -> None:
        actions = [self.crm_create, self.crm_create, self.crm_move, self.crm_edit,
                   self.crm_edit_text, self.crm_delete, self.crm_cancel, self.crm_unsync,
                   self.crm_task, self.outlook_edit, self.outlook_move, self.outlook_delete,
                   self.outlook_answer, self.outlook_import, self.outlook_task]
        for _ in range(self.rng.randint(2, 5)):
            self.rng.choice(actions)()
        if self.rng.random() < 0.04:
            self.outlook_series()

    def moment(self, back: int = -30, ahead: int = 500) -> dt.datetime:
        hour = app_clock.now().replace(minute=0, second=0, microsecond=0)
        return hour + self.rng.randint(back, ahead) * DAY + self.rng.randint(7, 18) * \
            dt.timedelta(hours=1) - dt.timedelta(hours=hour.hour)

    # -- the CRM ---------------------------------------------------------------------------
    def _mine(self, kinds=(T.APPOINTMENT, T.CALL)) -> list[int]:
        """Synchronized activities of these kinds from a month back on, still there."""
        since = app_clock.now() - 28 * DAY
        with self.db.session("year") as s:
            return list(s.scalars(select(E.Activity.id).where(
                E.Activity.type.in_(kinds), E.Activity.synchronize.is_(True),
                E.Activity.status != St.NOT_HELD, E.Activity.sort_date >= since)
                .order_by(E.Activity.id)))

    def crm_create(self) -> None:
        kind = self.rng.choice((T.APPOINTMENT, T.APPOINTMENT, T.CALL))
        start = self.moment()
        all_day = kind is T.APPOINTMENT and self.rng.random() < 0.2
        organizer = self.rng.choice(BOXES)
        with self.db.session("year") as s:
            act = A.new_activity(s, kind, {
                "subject": f"{kind.value} {self.rng.randint(1, 9999)}", "location": "Lyon",
                "contact_id": self.contact_id, "start_at": start, "all_day": all_day,
                "end_at": start + dt.timedelta(hours=1), "information": "Ordre du jour"},
                employee_id(s, organizer))
            A.add_attendee(s, act, {"attendee_type": PartyType.CONTACT,
                                    "contact_id": self.contact_id, "invite": True})
            if organizer == SOPHIE and self.rng.random() < 0.3:  # an employee invited too
                A.add_attendee(s, act, {"attendee_type": PartyType.EMPLOYEE,
                                        "employee_id": employee_id(s, JULIEN), "invite": True})
            A.save_activity(s, act, {"synchronize": True})
            s.commit()
            self.ledger.created.add(act.id)

    def _pick(self, kinds=(T.APPOINTMENT, T.CALL)) -> int | None:
        mine = self._mine(kinds)
        return self.rng.choice(mine) if mine else None

    def crm_move(self) -> None:
        act_id = self._pick()
        if act_id is not None:
            with self.db.session("year") as s:
                act = s.get(E.Activity, act_id)
                if not act.all_day:
                    agenda.move_activity(s, act, self.moment())
                    s.commit()

    def crm_edit(self) -> None:
        act_id = self._pick()
        if act_id is not None:
            self._save(act_id, {"subject": f"Revu {self.rng.randint(1, 9999)}",
                                "location": self.rng.choice(("Paris", "Nantes", "Lille"))})

    def crm_edit_text(self) -> None:
        act_id = self._pick()
        if act_id is not None:
            self._save(act_id, {"information": f"Notes {self.rng.randint(1, 9999)}"})
            self.ledger.body_edits[act_id] = self.ledger.body_edits.get(act_id, 0) + 1

    def _save(self, act_id: int, values: dict) -> None:
        with self.db.session("year") as s:
            A.save_activity(s, s.get(E.Activity, act_id), values)
            s.commit()

    def _asked(self, act_id: int) -> None:
        """The user cancels or deletes this meeting: its attendees may be told."""
        with self.db.session("year") as s:
            self.ledger.cancel_asked.update(s.scalars(select(E.ExchangeItemLink.item_id).where(
                E.ExchangeItemLink.activity_id == act_id)))

    def crm_delete(self) -> None:
        act_id = self._pick((T.APPOINTMENT, T.CALL, T.TASK))
        if act_id is not None:
            self._asked(act_id)
            with self.db.session("year") as s:
                s.delete(s.get(E.Activity, act_id))
                s.commit()
            self.ledger.deleted.add(act_id)

    def crm_cancel(self) -> None:
        act_id = self._pick()
        if act_id is not None:
            self._asked(act_id)
            self._save(act_id, {"status": St.NOT_HELD})

    def crm_unsync(self) -> None:
        act_id = self._pick()
        if act_id is not None and self.rng.random() < 0.3:
            self._save(act_id, {"synchronize": False})
            self.ledger.released.add(act_id)

    def crm_task(self) -> None:
        with self.db.session("year") as s:
            act = A.new_activity(s, T.TASK, {
                "subject": f"Tâche {self.rng.randint(1, 9999)}", "contact_id": self.contact_id,
                "due_at": self.moment(0, 120), "synchronize": True},
                employee_id(s, self.rng.choice(BOXES)))
            s.commit()
            self.ledger.created.add(act.id)

    # -- Outlook ---------------------------------------------------------------------------
    def _items(self, box: str, kind: str = "event"):
        since, until = app_clock.now() - 28 * DAY, app_clock.now() + 420 * DAY
        views = self.remote.own_events(box) if kind == "event" else self.remote.tasks(box)
        return [v for v in views if kind == "task" or (v.start and since <= v.start <= until
                                                       and not v.cancelled)]

    def _item(self, kind: str = "event"):
        box = self.rng.choice(BOXES)
        items = self._items(box, kind)
        return (box, self.rng.choice(items)) if items else (box, None)

    def outlook_edit(self) -> None:
        box, item = self._item()
        if item is not None:
            if self.rng.random() < 0.5 or item.series:  # an occurrence: it becomes an exception
                self.remote.edit(box, item.id, subject=f"Outlook {self.rng.randint(1, 9999)}")
            else:
                self.remote.set_in_outlook(box, item.id, location="Salle B",
                                           categories=["Client"])

    def outlook_move(self) -> None:
        box, item = self._item()
        if item is not None and not item.all_day and not item.series:
            start = self.moment(-20, 400)
            self.remote.edit(box, item.id, start=start, end=start + dt.timedelta(hours=1))

    def _activity_of(self, box: str, item_id: str) -> int | None:
        with self.db.session("year") as s:
            return s.scalar(select(E.ExchangeItemLink.activity_id).where(
                E.ExchangeItemLink.mailbox == box, E.ExchangeItemLink.item_id == item_id))

    def outlook_delete(self) -> None:
        box, item = self._item()
        if item is not None and self.rng.random() < 0.5:
            act_id = self._activity_of(box, item.id)
            self.remote.delete(box, item.id)
            self.ledger.outlook_deleted.add(item.id)
            if act_id is not None:
                self.ledger.gone.add(act_id)

    def outlook_answer(self) -> None:
        items = [v for v in self._items(SOPHIE) if self.contact_email in v.attendees
                 and not v.series]
        if items:
            item = self.rng.choice(items)
            self.remote.decline(SOPHIE, item.id, self.contact_email)
            act_id = self._activity_of(SOPHIE, item.id)
            if act_id is not None:
                self.ledger.answers[act_id] = "declined"

    def outlook_import(self) -> None:
        box = self.rng.choice(BOXES)
        start = self.moment(1, 300)
        subject = f"Importé {self.rng.randint(1, 9999)}"
        if self.rng.random() < 0.3:
            item = self.remote.outlook_all_day(box, subject, start.date(), "UTC", "CRM",
                                               self.contact_email)
        else:
            item = self.remote.outlook_event(box, subject, start, "CRM", self.contact_email)
        self.ledger.imported.add(item)

    def outlook_series(self) -> None:
        start = self.moment(1, 60)
        self.remote.outlook_series(SOPHIE, f"Série {self.rng.randint(1, 999)}", start, 5,
                                   "CRM", self.contact_email)

    def outlook_task(self) -> None:
        box, item = self._item("task")
        if item is not None:
            if self.rng.random() < 0.5:
                self.remote.complete(box, item.id)
            else:
                self.remote.edit(box, item.id, subject=f"Tâche Outlook {self.rng.randint(1, 99)}") \
                    if self.remote.name == "ews" else \
                    self.remote.server.edit(box, item.id, title=f"Tâche Outlook {item.id[-3:]}")
