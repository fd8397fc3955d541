"""Conflicts decided per entity, field by field, against the laptop's base (issue 34,
point 6): a laptop edits offline while an office user edits the same record on the team's
PostgreSQL; nothing is lost, the losing value is kept in a conflict record."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.db.records import apply_values, delete
from desktop.crm.enums import ActivityStatus, OpportunityStatus
from desktop.crm.errors import NotAllowedError
from desktop.crm.merging import merge
from tests.team.conftest import salespeople
from tests.team.invariants import assert_converged, quiesce


def office(db, entity, record_id, **values):
    """An office user's change, straight on PostgreSQL, through the domain."""
    with db.session("office") as s:
        apply_values(s, s.get(entity, record_id), values)
        s.commit()


def on_laptop(laptop, entity, record_id, **values):
    with laptop.db.session(laptop_user(laptop)) as s:
        apply_values(s, s.get(entity, record_id), values)
        s.commit()


def laptop_user(laptop) -> str:
    with laptop.db.engine.connect() as c:
        return c.exec_driver_sql("SELECT user_name FROM replica_state").scalar()


def first(laptop, entity, *where):
    with laptop.db.session() as s:
        return s.scalars(select(entity).where(*where).order_by(entity.id)).first().id


def conflicts(db, **where):
    with db.session() as s:
        return [(c.rule, c.field, c.kept, json.loads(c.server_value or "null"),
                 json.loads(c.laptop_value or "null"))
                for c in s.scalars(select(E.SyncConflict).filter_by(**where)
                                   .order_by(E.SyncConflict.id))]


@pytest.fixture
def laptop(team_db, laptops):
    return laptops.make(salespeople(team_db, 1)[0])


def test_partners_merge_field_by_field_and_the_server_wins_the_same_field(team_db, laptop):
    partner = first(laptop, E.BusinessPartner)
    on_laptop(laptop, E.BusinessPartner, partner, city="Brest", phone="02 98 00 00 00")
    office(team_db, E.BusinessPartner, partner, city="Rennes", website="https://x.example")
    result = laptop.sync()
    assert result.answers == {"conflict": 1}
    with team_db.session() as s:
        bp = s.get(E.BusinessPartner, partner)
        assert (bp.city, bp.phone, bp.website) == ("Rennes", "02 98 00 00 00",
                                                   "https://x.example")
    assert conflicts(team_db, row_id=partner) == [("server_wins", "city", "server", "Rennes",
                                                   "Brest")]
    quiesce([laptop])
    assert_converged(team_db, [laptop])  # the conflict record is on the laptop too


def test_activities_last_write_wins_and_a_completed_one_never_reopens(team_db, laptop):
    activity = first(laptop, E.Activity, E.Activity.status == ActivityStatus.PLANNED)
    on_laptop(laptop, E.Activity, activity, subject="Laptop's subject",
              status=ActivityStatus.DEFERRED)
    office(team_db, E.Activity, activity, subject="Office's subject",
           status=ActivityStatus.COMPLETED)
    assert laptop.sync().answers == {"conflict": 1}
    with team_db.session() as s:
        act = s.get(E.Activity, activity)
        assert (act.subject, act.status) == ("Laptop's subject", ActivityStatus.COMPLETED)
    assert sorted(conflicts(team_db, row_id=activity)) == [
        ("completed_kept", "status", "server", "COMPLETED", "DEFERRED"),
        ("last_write", "subject", "laptop", "Office's subject", "Laptop's subject")]


def test_an_opportunitys_status_waits_in_its_owners_queue(team_db, laptop):
    opportunity = first(laptop, E.Opportunity,
                        E.Opportunity.status == OpportunityStatus.IN_PROCESS)
    on_laptop(laptop, E.Opportunity, opportunity, status=OpportunityStatus.LOST,
              description="Laptop")
    office(team_db, E.Opportunity, opportunity, status=OpportunityStatus.WON)
    assert laptop.sync().answers == {"conflict": 1}
    with team_db.session() as s:
        opp = s.get(E.Opportunity, opportunity)
        owner = s.get(E.Employee, opp.assigned_to_id).user_name
        assert (opp.status, opp.description) == (OpportunityStatus.WON, "Laptop")
        queued = s.scalars(select(E.SyncConflict).where(E.SyncConflict.row_id == opportunity)
                           ).one()
        assert (queued.rule, queued.owner_name, queued.laptop_value) == \
            ("owner_queue", owner, json.dumps("LOST"))


def test_a_delete_against_an_update_keeps_the_record_and_flags_it(team_db, laptop):
    note = first(laptop, E.Note)
    with laptop.db.session("x") as s:
        delete(s, s.get(E.Note, note))
        s.commit()
    office(team_db, E.Note, note, subject="Changed at the office")
    assert laptop.sync().answers == {"conflict": 1}
    with team_db.session() as s:
        assert s.get(E.Note, note).subject == "Changed at the office"
    assert conflicts(team_db, row_id=note)[0][0] == "delete_vs_update"
    quiesce([laptop])
    with laptop.db.session() as s:
        assert s.get(E.Note, note).subject == "Changed at the office"  # back on the laptop


def test_attendees_merge_as_sets(team_db, laptop):
    activity = first(laptop, E.Activity, E.Activity.attendees.any())
    with team_db.session() as s:
        employees = list(s.scalars(select(E.Employee.id).order_by(E.Employee.id.desc())
                                   .limit(2)))
        taken = max(a.line_no for a in s.get(E.Activity, activity).attendees)
    for db, employee, line in ((laptop.db, employees[0], 1), (team_db, employees[0], 1),
                               (team_db, employees[1], 2)):
        with db.session("x") as s:
            s.add(E.Attendee(activity_id=activity, line_no=taken + line, attendance="REQUIRED",
                             attendee_type="EMPLOYEE", employee_id=employee))
            s.commit()
    assert laptop.sync().answers == {"merged": 1}
    with team_db.session() as s:
        people = [a.employee_id for a in s.get(E.Activity, activity).attendees]
    assert sorted(people[-2:]) == sorted(employees) and len(people) == len(set(people))
    quiesce([laptop])
    assert_converged(team_db, [laptop])


def test_a_quotation_changed_on_both_sides_becomes_a_new_revision(team_db, laptop):
    quotation = first(laptop, E.Quotation, E.Quotation.lines.any())
    on_laptop(laptop, E.Quotation, quotation, description="Laptop's terms")
    office(team_db, E.Quotation, quotation, description="Office's terms")
    assert laptop.sync().answers == {"conflict": 1}
    with team_db.session() as s:
        original = s.get(E.Quotation, quotation)
        revision = s.scalars(select(E.Quotation).where(
            E.Quotation.revised_from_id == quotation)).one()
        assert original.description == "Office's terms"
        assert (revision.description, revision.revision) == ("Laptop's terms", 1)
        assert len(revision.lines) == len(original.lines)
    quiesce([laptop])
    assert_converged(team_db, [laptop])


def test_reference_data_is_read_only_and_merging_online_only_on_a_laptop(laptop):
    with laptop.db.session("x") as s:
        s.scalars(select(E.Phase)).first().description = "Renamed"
        with pytest.raises(NotAllowedError, match="reference data"):
            s.flush()
    with laptop.db.session("x") as s:
        ids = list(s.scalars(select(E.BusinessPartner.id).order_by(E.BusinessPartner.id)
                             .limit(2)))
        with pytest.raises(NotAllowedError, match="online only"):
            merge(s, E.BusinessPartner, ids[0], ids[1])
