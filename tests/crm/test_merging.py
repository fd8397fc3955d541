"""Merging duplicates: after a merge no row anywhere points at the record that went (checked
over every table of the metadata) and nothing else changed than what the merge says; a merge
rolled back leaves everything as it was."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.crm import entities as E, merging as M
from desktop.crm.db.base import Base
from desktop.crm.deletion import POLYMORPHIC
from desktop.crm.enums import AttributeObjectKind, BusinessObjectKind
from desktop.crm.errors import ValidationError

AUDIT = {"version", "modified_at", "modified_by"}


#: the team replication's log: on PostgreSQL, triggers add a row for every row written
LOG = "change_log"


def _snapshot(session) -> dict[str, dict]:
    """Every row of every table, by primary key (the replication's log apart: it records
    every write by design, and is checked on its own)."""
    rows = {}
    for table in Base.metadata.sorted_tables:
        if table.name == LOG:
            continue
        keys = [c.name for c in table.primary_key.columns]
        rows[table.name] = {tuple(r[k] for k in keys): dict(r)
                            for r in session.execute(select(table)).mappings()}
    return rows


def _logged(session) -> set[str]:
    """The tables the replication's log (PostgreSQL's capture triggers) says were written."""
    return set(session.scalars(select(Base.metadata.tables[LOG].c.table_name)))


def _busiest_partner(session) -> int:
    return session.scalar(select(E.Activity.business_partner_id)
                          .where(E.Activity.business_partner_id.isnot(None))
                          .group_by(E.Activity.business_partner_id)
                          .order_by(func.count().desc()).limit(1))


def _give_twins(session, keep_id: int, gone_id: int) -> None:
    """Both partners answer the same attribute, and the one that goes has a note."""
    attribute = session.scalars(select(E.Attribute).order_by(E.Attribute.id)).first()
    for object_id, value in ((keep_id, "kept"), (gone_id, "dropped")):
        found = session.scalars(select(E.AttributeValue).where(
            E.AttributeValue.object_kind == AttributeObjectKind.R,
            E.AttributeValue.object_id == object_id,
            E.AttributeValue.attribute_id == attribute.id)).first()
        if found is None:
            session.add(E.AttributeValue(object_kind=AttributeObjectKind.R,
                                         object_id=object_id, attribute_id=attribute.id,
                                         value_text=value))
    session.add(E.Note(object_kind=BusinessObjectKind.BUSINESS_PARTNER, object_id=gone_id,
                       subject="Visite"))
    session.flush()


def test_a_partner_merge_moves_every_row_and_changes_nothing_else(demo_session):
    s = demo_session
    gone_id = _busiest_partner(s)
    keep_id = s.scalar(select(E.BusinessPartner.id).where(E.BusinessPartner.id != gone_id)
                       .order_by(E.BusinessPartner.id))
    _give_twins(s, keep_id, gone_id)
    s.commit()
    keep_name = s.get(E.BusinessPartner, keep_id).name
    gone = s.get(E.BusinessPartner, gone_id)
    gone_name = gone.name
    before = _snapshot(s)

    result = M.merge(s, E.BusinessPartner, keep_id, gone_id, take=["name"], user="tester")
    s.commit()
    after = _snapshot(s)
    if s.bind.dialect.name == "postgresql":  # the log has the merge for the laptops
        assert {"business_partners", "activities"} <= _logged(s)

    pointers = {(t.name, fk.parent.name) for t in Base.metadata.sorted_tables
                for fk in t.foreign_keys if fk.column.table.name == "business_partners"}
    attribute_kind, note_kind = POLYMORPHIC[E.BusinessPartner]
    # nothing anywhere points at the partner that went
    for table, column in pointers:
        assert all(row[column] != gone_id for row in after[table].values()), table
    assert not [r for r in after["attribute_values"].values()
                if (r["object_kind"], r["object_id"]) == (attribute_kind, gone_id)]
    assert not [r for r in after["notes"].values()
                if (r["object_kind"], r["object_id"]) == (note_kind, gone_id)]

    # and nothing changed but what the merge says
    expected_gone = {("business_partners", (gone_id,))}
    for key, row in before["attribute_values"].items():  # the kept answer wins
        if (row["object_kind"], row["object_id"]) == (attribute_kind, gone_id) and any(
                (r["object_kind"], r["object_id"], r["attribute_id"]) ==
                (attribute_kind, keep_id, row["attribute_id"])
                for r in before["attribute_values"].values()):
            expected_gone.add(("attribute_values", key))
    for key, row in before["business_partner_roles"].items():
        if row["business_partner_id"] == gone_id and any(
                (r["business_partner_id"], r["role"]) == (keep_id, row["role"])
                for r in before["business_partner_roles"].values()):
            expected_gone.add(("business_partner_roles", key))
    moved = 0
    for table, rows in before.items():
        for key, row in rows.items():
            if (table, key) in expected_gone:
                assert key not in after[table], (table, key)
                continue
            now = dict(after[table][key])
            expect = dict(row)
            for column in [c for t, c in pointers if t == table]:
                if expect[column] == gone_id:
                    expect[column] = keep_id
            if table in ("attribute_values", "notes") and \
                    (expect["object_kind"], expect["object_id"]) in \
                    ((attribute_kind, gone_id), (note_kind, gone_id)):
                expect["object_id"] = keep_id
            if table == "contacts" and row["business_partner_id"] == gone_id:
                now.pop("is_primary"), expect.pop("is_primary")  # one primary per partner
            if table == "business_partners" and key == (keep_id,):
                expect["name"] = gone_name
            if now != expect:
                for name in AUDIT:  # a moved row is a new version of it
                    now.pop(name, None), expect.pop(name, None)
                moved += 1
            assert now == expect, (table, key)
    assert moved == sum(result.moved.values()) + 1  # the rows moved, and the one that stays
    assert result.moved["activities"] > 0
    new_rows = {(t, k) for t, rows in after.items() for k in rows if k not in before[t]}
    assert new_rows == {("notes", (result.note_id,))}
    note = s.get(E.Note, result.note_id)
    assert (note.object_kind, note.object_id) == (note_kind, keep_id)
    assert f"{keep_name} -> {gone_name}" in note.body and "activities moved" in note.body
    contacts = s.scalars(select(E.Contact).where(E.Contact.business_partner_id == keep_id))
    assert sum(c.is_primary for c in contacts) <= 1


def test_a_merge_rolled_back_leaves_everything_as_it_was(demo_session):
    s = demo_session
    gone_id = _busiest_partner(s)
    keep_id = s.scalar(select(E.BusinessPartner.id).where(E.BusinessPartner.id != gone_id)
                       .order_by(E.BusinessPartner.id))
    before = _snapshot(s)
    M.merge(s, E.BusinessPartner, keep_id, gone_id, take=["name", "city"])
    s.rollback()
    assert _snapshot(s) == before


def test_two_contacts_of_one_partner_merge_and_the_partner_keeps_a_primary(demo_session):
    s = demo_session
    partner_id = s.scalar(select(E.Contact.business_partner_id).group_by(
        E.Contact.business_partner_id).having(func.count() > 1).order_by(
        E.Contact.business_partner_id).limit(1))
    contacts = s.scalars(select(E.Contact).where(E.Contact.business_partner_id == partner_id)
                         .order_by(E.Contact.is_primary.desc(), E.Contact.id)).all()
    gone, keep = contacts[0], contacts[1]  # the primary one goes
    gone_id, keep_id, gone_email = gone.id, keep.id, gone.email
    activities = s.scalar(select(func.count()).select_from(E.Activity).where(
        E.Activity.contact_id.in_([gone_id, keep_id])))
    result = M.merge(s, E.Contact, keep_id, gone_id, take=["email"])
    s.commit()
    kept = s.get(E.Contact, keep_id)
    assert s.get(E.Contact, gone_id) is None and kept.email == gone_email
    assert kept.is_primary
    assert s.scalar(select(func.count()).select_from(E.Activity).where(
        E.Activity.contact_id == keep_id)) == activities
    assert result.taken == ["email"]


@pytest.mark.parametrize("case, message", [
    ("itself", "two different records"), ("other partner", "same business partner"),
    ("unknown field", "cannot be taken"), ("quotation", "Only business partners")])
def test_a_merge_that_cannot_be_done_says_why_and_writes_nothing(demo_session, case, message):
    s = demo_session
    first, second = s.scalars(select(E.Contact).where(E.Contact.business_partner_id.isnot(None))
                              .order_by(E.Contact.business_partner_id, E.Contact.id)).all()[:2]
    other = s.scalars(select(E.Contact).where(
        E.Contact.business_partner_id != first.business_partner_id)).first()
    calls = {"itself": (E.Contact, first.id, first.id, ()),
             "other partner": (E.Contact, first.id, other.id, ()),
             "unknown field": (E.Contact, first.id, second.id, ["code"]),
             "quotation": (E.Quotation, 1, 2, ())}
    before = _snapshot(s)
    with pytest.raises(ValidationError, match=message):
        M.merge(s, *calls[case])
    s.rollback()
    assert _snapshot(s) == before
