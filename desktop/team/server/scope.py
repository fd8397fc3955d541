"""What a laptop holds (DESIGN: scope is decided on the server).

A salesperson's laptop holds the reference data, the partners the user represents (internal
or external representative, the user's sales office) or pinned, their roles and contacts, their
opportunities and quotations with their lines, their activities of the last 12 months and
ahead (and those the user made, organizes or is assigned), the notes and attribute values of all
these, the user's pins and the conflicts the user made or must decide. Rows these point at
(a contact of another partner attending a meeting, the follow-up's first activity) come too,
so that every row a laptop holds stands: the closure of the scope over its foreign keys.

The whole scope is a few queries over the server's indexes, each giving a set of ids."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.enums import AttributeObjectKind, BusinessObjectKind
from desktop.team import tables as T

#: how far back a laptop holds activities
ACTIVITY_DAYS = 365
NOTE_TABLES = {BusinessObjectKind.BUSINESS_PARTNER: "business_partners",
               BusinessObjectKind.CONTACT: "contacts", BusinessObjectKind.OPPORTUNITY:
               "opportunities", BusinessObjectKind.ACTIVITY: "activities",
               BusinessObjectKind.QUOTATION: "quotations"}
ATTRIBUTE_TABLES = {AttributeObjectKind.R: "business_partners", AttributeObjectKind.C: "contacts",
                    AttributeObjectKind.P: "opportunities", AttributeObjectKind.A: "activities"}
#: children held with their parent: (table, parent column, parent table)
CHILDREN = (
    ("business_partner_roles", "business_partner_id", "business_partners"),
    ("contacts", "business_partner_id", "business_partners"),
    ("opportunity_items", "opportunity_id", "opportunities"),
    ("opportunity_contacts", "opportunity_id", "opportunities"),
    ("opportunity_references", "opportunity_id", "opportunities"),
    ("quotation_lines", "quotation_id", "quotations"),
    ("attendees", "activity_id", "activities"),
    ("email_recipients", "activity_id", "activities"),
    ("email_attachments", "activity_id", "activities"),
    ("activity_references", "activity_id", "activities"),
    # a contact's objections go with it: a laptop's mailing must honour them (issue 37)
    ("consent_events", "contact_id", "contacts"),
    ("personal_data_erasures", "contact_id", "contacts"),
)
Rows = dict[str, set[int]]


@dataclass
class User:
    """Whose scope: the user name and, when the user is an employee, its id and office."""

    name: str
    employee_id: int | None = None
    office_id: int | None = None

    @classmethod
    def read(cls, session: Session, name: str) -> User:
        row = session.execute(select(E.Employee.id, E.Employee.default_sales_office_id).where(
            E.Employee.user_name == name)).first()
        return cls(name, row[0], row[1]) if row else cls(name)


@dataclass
class Scope:
    session: Session
    user: User
    today: dt.date = field(default_factory=clock.today)

    def partners(self) -> Select:
        bp = E.BusinessPartner
        represented: list[ColumnElement[bool]] = [bp.id.in_(select(E.PartnerPin.business_partner_id).where(
            E.PartnerPin.user_name == self.user.name))]
        if self.user.employee_id is not None:
            represented += [bp.internal_rep_id == self.user.employee_id,
                            bp.external_rep_id == self.user.employee_id]
        if self.user.office_id is not None:
            represented.append(bp.sales_office_id == self.user.office_id)
        return select(bp.id).where(or_(*represented))

    def activities(self) -> Select:
        a = E.Activity
        since = dt.datetime.combine(self.today - dt.timedelta(days=ACTIVITY_DAYS), dt.time(),
                                    dt.UTC)
        mine: list[ColumnElement[bool]] = [a.business_partner_id.in_(self.partners()),
                                           a.created_by == self.user.name]
        if self.user.employee_id is not None:
            mine += [a.organizer_id == self.user.employee_id,
                     a.assigned_to_id == self.user.employee_id]
        return select(a.id).where(or_(*mine), or_(a.sort_date.is_(None), a.sort_date >= since))

    def rows(self) -> Rows:
        """Every business row the laptop holds, closure included, by table."""
        s = self.session
        partners = self.partners()
        found: Rows = {name: set() for name in T.BUSINESS}
        found["business_partners"] = set(s.scalars(partners))
        found["opportunities"] = set(s.scalars(select(E.Opportunity.id).where(
            E.Opportunity.sold_to_bp_id.in_(partners))))
        found["quotations"] = set(s.scalars(select(E.Quotation.id).where(
            E.Quotation.sold_to_bp_id.in_(partners))))
        found["activities"] = set(s.scalars(self.activities()))
        found["partner_pins"] = set(s.scalars(select(E.PartnerPin.id).where(
            E.PartnerPin.user_name == self.user.name)))
        found["sync_conflicts"] = set(s.scalars(select(E.SyncConflict.id).where(or_(
            E.SyncConflict.user_name == self.user.name,
            E.SyncConflict.owner_name == self.user.name))))
        self._children(found, set(found))
        self._close(found)
        self._annotations(found)
        return found

    def _children(self, found: Rows, parents: set[str]) -> None:
        for name, column, parent in CHILDREN:
            if parent in parents and found[parent]:
                t = T.table(name)
                found[name] |= chunked(self.session, select(t.c.id), t.c[column], found[parent])

    def _close(self, found: Rows) -> None:
        """Add the rows held rows point at, until nothing more is needed."""
        new = {name: set(ids) for name, ids in found.items()}
        while any(new.values()):
            wanted: Rows = {}
            for name, ids in new.items():
                if not ids:
                    continue
                t = T.table(name)
                for column, target in T.business_links(name):
                    targets = chunked(self.session, select(t.c[column]).distinct().where(
                        t.c[column].is_not(None)), t.c.id, ids)
                    wanted.setdefault(target, set()).update(targets)
            new = {name: ids - found[name] for name, ids in wanted.items()}
            for name, ids in new.items():
                found[name] |= ids

    def _annotations(self, found: Rows) -> None:
        """Notes and attribute values of every held record."""
        n, v = E.Note, E.AttributeValue
        for kind, name in NOTE_TABLES.items():
            if found[name]:
                found["notes"] |= chunked(self.session, select(n.id).where(
                    n.object_kind == kind), n.object_id, found[name])
        for letter, name in ATTRIBUTE_TABLES.items():
            if found[name]:
                found["attribute_values"] |= chunked(self.session, select(v.id).where(
                    v.object_kind == letter), v.object_id, found[name])


CHUNK = 20_000  # PostgreSQL binds at most 65,535 parameters in one statement


def chunked(session: Session, query: Select, column, ids: set[int]) -> set[int]:
    """The first column of ``query`` for rows whose ``column`` is one of ``ids``."""
    found: set[int] = set()
    listed = sorted(ids)
    for start in range(0, len(listed), CHUNK):
        found.update(session.scalars(query.where(column.in_(listed[start:start + CHUNK]))))
    return found


def chunked_rows(session: Session, query: Select, column, ids: set[int]) -> list[dict]:
    """Whole rows (as mappings) of ``query`` whose ``column`` is one of ``ids``."""
    found: list[dict] = []
    listed = sorted(ids)
    for start in range(0, len(listed), CHUNK):
        found += [dict(r) for r in session.execute(
            query.where(column.in_(listed[start:start + CHUNK]))).mappings()]
    return found
