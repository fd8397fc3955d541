"""Demo activities of every type, with attendees, recipients and notes, generated in streams so
that a million rows never sit in memory at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from desktop.crm import clock, entities as E
from desktop.crm.demo.fastrand import fast_randrange
from desktop.crm.demo.heavy import HEAVY_PARTNER
from desktop.crm.demo.names import ACTIVITY_SUBJECTS, ACTIVITY_TEXTS, NOTE_SUBJECTS
from desktop.crm.enums import ActivityStatus, ActivityType, EmailDirection

# type, share in percent, series code, prefix
TYPES = [
    (ActivityType.APPOINTMENT, 25, "APP", "RV"),
    (ActivityType.CALL, 25, "CAL", "AP"),
    (ActivityType.TASK, 30, "TSK", "TA"),
    (ActivityType.MAILING, 10, "MAI", "PU"),
    (ActivityType.EMAIL, 10, "EML", "EM"),
]

#: how far the activities reach from the day the demo is made, back and ahead
DAYS_BACK, DAYS_AHEAD = 365, 91

#: the demo user's days around today: (type, days from today, hour, minute)
MY_DAY = [
    (ActivityType.APPOINTMENT, 0, 10, 0), (ActivityType.CALL, 0, 14, 30),
    (ActivityType.APPOINTMENT, 1, 9, 30), (ActivityType.CALL, 1, 16, 0),
    (ActivityType.TASK, 0, 18, 0), (ActivityType.TASK, 1, 17, 0),
    (ActivityType.TASK, -3, 17, 0), (ActivityType.APPOINTMENT, 3, 11, 0),
]

PAST_STATUS = {
    ActivityType.APPOINTMENT: ("HELD", "HELD", "NOT_HELD"),
    ActivityType.CALL: ("HELD", "HELD", "NOT_HELD"),
    ActivityType.TASK: ("COMPLETED", "COMPLETED", "WAITING", "DEFERRED"),
    ActivityType.MAILING: ("COMPLETED",),
    ActivityType.EMAIL: ("SENT", "RECEIVED"),
}
FUTURE_STATUS = {
    ActivityType.APPOINTMENT: ("PLANNED",),
    ActivityType.CALL: ("PLANNED",),
    ActivityType.TASK: ("NOT_STARTED", "IN_PROCESS"),
    ActivityType.MAILING: ("COMPLETED",),
    ActivityType.EMAIL: ("DRAFT",),
}


class ActivityGenerator:
    def __init__(self, builder) -> None:
        self.b = builder
        self.rng = builder.rng
        self.now = clock.now().replace(second=0, microsecond=0)
        self.today = clock.today()
        self.attendees: list[dict] = []
        self.recipients: list[dict] = []
        self.counters = {series: 0 for _, _, series, _ in TYPES}

    def run(self) -> None:
        b = self.b
        b.load.insert(E.Activity.__table__, self._activities())
        b.load.insert(E.Attendee.__table__, iter(self.attendees))
        b.load.insert(E.EmailRecipient.__table__, iter(self.recipients))
        b.load.insert(E.Note.__table__, self._notes())
        b.series_used = dict(self.counters)

    def _pick_type(self):
        roll, acc = fast_randrange(self.rng, 100), 0
        for entry in TYPES:
            acc += entry[1]
            if roll < acc:
                return entry
        return TYPES[-1]

    def _activities(self) -> Iterator[dict]:
        b, rng = self.b, self.rng
        series_ids = b.ids["number_series"]
        employees = b.employees
        for i in range(1, b.spec.activities + 1):
            planned = MY_DAY[i - 1] if i <= len(MY_DAY) else None
            kind, _, series, prefix = self._pick_type() if planned is None else \
                next(entry for entry in TYPES if entry[0] is planned[0])
            self.counters[series] += 1
            when = self._when(kind) if planned is None else self._at(*planned[1:])
            past = when < self.now
            statuses = PAST_STATUS[kind] if past and planned is None else FUTURE_STATUS[kind]
            bp, contact, opp = self._about(i)
            employee = employees[fast_randrange(rng, len(employees))]
            if planned is not None or (abs((when - self.now).days) < 21 and rng.random() < 0.1):
                employee = employees[0]  # the demo user has a week that looks like one
            row = _blank(i, f"{prefix}{self.counters[series]:07d}", series_ids[series], kind,
                         statuses[fast_randrange(rng, len(statuses))], when)
            row.update(subject=ACTIVITY_SUBJECTS[fast_randrange(rng, len(ACTIVITY_SUBJECTS))],
                       business_partner_id=bp, contact_id=contact, opportunity_id=opp,
                       information=ACTIVITY_TEXTS[fast_randrange(rng, len(ACTIVITY_TEXTS))])
            if planned is not None and planned[0] is ActivityType.APPOINTMENT:
                row.update(reminder=True, reminder_value=15, reminder_unit="MINUTES",
                           reminder_at=when - dt.timedelta(minutes=15), reminder_done=False)
            self._type_specific(row, kind, when, employee, contact)
            yield row

    def _about(self, number: int) -> tuple[int, int | None, int | None]:
        """(partner, contact, opportunity) of an activity: anyone's, or the heavy
        customer's for a run of activities right after the demo user's planned days."""
        b, rng = self.b, self.rng
        heavy = b.spec.heavy
        mine = heavy is not None and heavy.owns_activity(number, len(MY_DAY) + 1)
        bp = HEAVY_PARTNER if mine else fast_randrange(rng, 1, b.spec.partners + 1)
        contacts = b.bp_contacts.get(bp) or [None]
        contact = contacts[fast_randrange(rng, len(contacts))]
        top = heavy.opportunities if mine else b.opportunity_count
        opp = fast_randrange(rng, 1, top + 1) if rng.random() < 0.3 else None
        if opp:
            bp = b.opportunity_bps[opp]
            contact = (b.bp_contacts.get(bp) or [None])[0]
        return bp, contact, opp

    def _when(self, kind: ActivityType) -> dt.datetime:
        """A working day, from a year ago to three months ahead, one in three within the
        fortnight around today; business hours, on the half hour (tasks are due at 17:00 or
        18:00)."""
        rng = self.rng
        near = rng.random() < 0.35
        days = fast_randrange(rng, -14, 22) if near else fast_randrange(rng, -DAYS_BACK, DAYS_AHEAD)
        day = self.today + dt.timedelta(days=days)
        if day.weekday() >= 5:
            day += dt.timedelta(days=7 - day.weekday())
        if kind is ActivityType.TASK:
            return self._at(0, 17 + fast_randrange(rng, 0, 2), 0, day)
        return self._at(0, 8 + fast_randrange(rng, 0, 10), 30 * fast_randrange(rng, 0, 2), day)

    def _at(self, days: int, hour: int, minute: int, day: dt.date | None = None
            ) -> dt.datetime:
        """Local time on a day from today, in UTC (with that day's offset: the demo spans
        daylight-saving changes)."""
        base = (day or self.today) + dt.timedelta(days=days)
        while days and base.weekday() >= 5:  # a planned day falls on a working day
            base += dt.timedelta(days=1 if days > 0 else -1)
        return clock.local_moment(base, dt.time(hour, minute)).astimezone(dt.UTC)

    def _type_specific(self, row: dict, kind: ActivityType, when: dt.datetime,
                       employee: int, contact: int | None) -> None:
        if kind in (ActivityType.APPOINTMENT, ActivityType.CALL):
            minutes = 60 if kind is ActivityType.APPOINTMENT else 15
            row.update(start_at=when, end_at=when + dt.timedelta(minutes=minutes),
                       organizer_id=employee, location="Sur site" if kind is
                       ActivityType.APPOINTMENT else "",
                       duration_minutes=minutes if kind is ActivityType.CALL else None,
                       duration_hours=0 if kind is ActivityType.CALL else None)
            self._attendees(row["id"], employee, contact)
        elif kind is ActivityType.TASK:
            row.update(due_at=when, assigned_to_id=employee, priority="NORMAL",
                       completed_at=when if row["status"] == "COMPLETED" else None)
        elif kind is ActivityType.MAILING:
            row.update(completed_at=when)
        else:
            row.update(direction=EmailDirection.OUTBOUND.name if row["status"] != "RECEIVED"
                       else EmailDirection.INBOUND.name,
                       sent_at=when if row["status"] != "DRAFT" else None)
            self._recipients(row["id"], employee, contact)

    def _attendees(self, activity: int, employee: int, contact: int | None) -> None:
        out = self.attendees
        name, email, phone = self.b.employee_info[employee]
        out.append(dict(id=len(out) + 1, activity_id=activity, line_no=10,
                        attendance="ORGANIZER", attendee_type="EMPLOYEE", employee_id=employee,
                        full_name=name, email=email, phone=phone,
                        attendance_status="ACCEPTED", invite=False))
        if contact:
            name, email, phone = self.b.contact_info[contact]
            out.append(dict(id=len(out) + 1, activity_id=activity, line_no=20,
                            attendance="REQUIRED", attendee_type="CONTACT", contact_id=contact,
                            full_name=name, email=email, phone=phone,
                            attendance_status="NONE", invite=True))

    def _recipients(self, activity: int, employee: int, contact: int | None) -> None:
        out = self.recipients
        out.append(dict(id=len(out) + 1, activity_id=activity, sequence=10, role="FROM",
                        recipient_type="EMPLOYEE", employee_id=employee,
                        name=self.b.employee_info[employee][0],
                        email=self.b.employee_info[employee][1]))
        if contact:
            out.append(dict(id=len(out) + 1, activity_id=activity, sequence=20, role="TO",
                            recipient_type="CONTACT", contact_id=contact,
                            name=self.b.contact_info[contact][0],
                            email=self.b.contact_info[contact][1]))

    def _notes(self) -> Iterator[dict]:
        rng, b = self.rng, self.b
        for i in range(1, b.spec.notes + 1):
            kind = rng.choice(("OPPORTUNITY", "ACTIVITY", "BUSINESS_PARTNER"))
            top = {"OPPORTUNITY": b.opportunity_count, "ACTIVITY": b.spec.activities,
                   "BUSINESS_PARTNER": b.spec.partners}[kind]
            yield dict(id=i, object_kind=kind, object_id=fast_randrange(rng, 1, top + 1),
                       subject=NOTE_SUBJECTS[fast_randrange(rng, len(NOTE_SUBJECTS))],
                       body="Échange téléphonique : le client souhaite une réponse rapide.",
                       author="demo", private=False)


def _blank(i: int, code: str, series: int, kind: ActivityType, status: str,
           when: dt.datetime) -> dict:
    """The columns every activity sets; the loader fills the others with their defaults."""
    return dict(id=i, code=code, series_id=series, type=kind.name, status=status,
                sort_date=when,
                percent_complete=100 if status == ActivityStatus.COMPLETED.name else 0)
