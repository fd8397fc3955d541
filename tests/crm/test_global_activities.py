"""Global Addition and Deletion of Activities (BR-GA-01..13, scenarios 14 and 15): a template's
activity for every record of a target group, once per record, unassigned with a warning when
the rep is missing, asked before a second run duplicates, cancelled with nothing left."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.crm.batch import Cancelled
from desktop.crm.enums import (
    ActivityStatus,
    ActivityType as T,
    AssignTo,
    AttributeObjectKind,
    AttributeType,
    BatchLineResult as R,
    BusinessObjectKind as K,
    UpdateMode,
)
from desktop.crm.errors import ConfirmationRequired, ValidationError
from desktop.crm.global_activities import GlobalActivityAddition, GlobalActivityDeletion
from desktop.crm.parameters import com_parameters
from desktop.crm.target_groups import TargetGroup
from tests.support import factories as f


@pytest.fixture
def group(session):
    """Three partners (two in Lyon, the second without an external rep), a follow-up task
    template with a survey set, a call template, a selection of Lyon, number series."""
    rep = f.employee(session, "E1", user=None)
    for code, city, external in (("BP1", "Lyon", rep), ("BP2", "Paris", None),
                                 ("BP3", "Lyon", None)):
        f.partner(session, code, f"Partner {code}", city=city, external_rep=external,
                  internal_rep=rep)
    question = E.Attribute(code="SATISF", label="Satisfaction", search_key="SATISF",
                           data_type=AttributeType.INTEGER, length=2)
    survey = E.AttributeSet(code="SURVEY", description="Survey",
                            members=[E.AttributeSetMember(attribute=question)])
    session.add_all([survey, E.Selection(code="LYON", description="Lyon",
                                         expression='bp.city = "Lyon"'),
                     E.ActivityTemplate(code="FOLLOW", description="Follow-up",
                                        activity_type=T.TASK, subject="Relancer",
                                        due_offset_days=3, attribute_set=survey),
                     E.ActivityTemplate(code="CALL", description="Call", activity_type=T.CALL,
                                        subject="Appeler", duration_minutes=20)])
    parameters = com_parameters(session)
    parameters.task_series_id = f.series(session, "TSK", "T", 6).id
    parameters.call_series_id = f.series(session, "CAL", "C", 6).id
    session.commit()
    return rep


def _add(session, mode=UpdateMode.UPDATE, template="FOLLOW", assign=AssignTo.DO_NOT_ASSIGN,
         confirmed=False, progress=lambda done, total: True, employee=None, **group):
    job = GlobalActivityAddition(TargetGroup(**group), template, assign, employee)
    return job.run(session, mode, progress, confirmed)


def _activities(session, template="FOLLOW") -> list[E.Activity]:
    return session.scalars(select(E.Activity).join(E.ActivityTemplate)
                           .where(E.ActivityTemplate.code == template)
                           .order_by(E.Activity.code)).all()


def _lines(report) -> list[tuple[str, R]]:
    return [(line.object_key, line.result) for line in report.lines]


def test_scenario_14_simulate_lists_what_the_selection_takes(session, group):
    report = _add(session, UpdateMode.SIMULATE, selection_code="LYON")
    assert _lines(report) == [("BP1", R.WOULD_CREATE), ("BP2", R.SKIPPED_SELECTION),
                              ("BP3", R.WOULD_CREATE)]
    assert report.lines[1].text() == "The selection is false for this record."
    assert _activities(session) == []


def test_scenario_15_a_missing_external_rep_leaves_the_task_unassigned_with_a_warning(
        session, group):
    report = _add(session, assign=AssignTo.EXTERNAL_REP)
    assert _lines(report) == [("BP1", R.CREATED), ("BP2", R.WARNING), ("BP3", R.WARNING)]
    assert report.lines[1].text() == \
        "Unassigned: the partner has no external sales representative."
    tasks = _activities(session)
    assert [(t.business_partner.code, t.assigned_to_id) for t in tasks] == \
        [("BP1", group.id), ("BP2", None), ("BP3", None)]
    first = tasks[0]
    assert (first.type, first.status, first.subject, first.code) == \
        (T.TASK, ActivityStatus.NOT_STARTED, "Relancer", "T000001")
    assert first.due_at is not None and first.sort_date == first.due_at
    # the template's survey is attached to every activity (BR-GA-12: the template is kept)
    assert session.scalar(select(func.count()).select_from(E.AttributeValue).where(
        E.AttributeValue.object_kind == AttributeObjectKind.A)) == 3


def test_internal_rep_and_specific_employee(session, group):
    _add(session, assign=AssignTo.INTERNAL_REP, code_to="BP1")
    me = f.employee(session, "E2", user="me")
    session.commit()
    _add(session, template="CALL", assign=AssignTo.SPECIFIC_EMPLOYEE, employee=me.id,
         code_from="BP2")
    assert [t.assigned_to_id for t in _activities(session)] == [group.id]
    calls = _activities(session, "CALL")
    assert [c.organizer_id for c in calls] == [me.id, me.id]
    assert [a.employee_id for a in calls[0].attendees] == [me.id]  # the organizer's line
    assert calls[0].end_at - calls[0].start_at == dt.timedelta(minutes=20)
    with pytest.raises(ValidationError):
        _add(session, assign=AssignTo.SPECIFIC_EMPLOYEE)


def test_a_second_run_asks_before_it_duplicates(session, group):
    _add(session, selection_code="LYON")
    with pytest.raises(ConfirmationRequired) as asked:
        _add(session)
    assert asked.value.params["count"] == 2
    assert asked.value.message() == ("2 of these records already have an activity from "
                                     "template FOLLOW (BP1, BP3). Create another one for each "
                                     "of them?")
    assert len(_activities(session)) == 2
    report = _add(session, confirmed=True)
    assert [r for _, r in _lines(report)] == [R.CREATED] * 3
    assert len(_activities(session)) == 5
    assert len({a.code for a in _activities(session)}) == 5


def test_contacts_opportunities_and_activities_are_linked_to_their_record(session, group):
    partner = session.scalars(select(E.BusinessPartner).where(
        E.BusinessPartner.code == "BP1")).one()
    f.contact(session, "CT1", partner)
    f.contact(session, "CT2", partner, active=False)
    session.commit()
    report = _add(session, object_kind=K.CONTACT, active_contacts_only=True,
                  assign=AssignTo.INTERNAL_REP)
    assert _lines(report) == [("CT1", R.CREATED), ("CT2", R.SKIPPED_FILTER)]
    task = _activities(session)[0]
    assert (task.contact.code, task.business_partner_id, task.assigned_to_id) == \
        ("CT1", partner.id, group.id)
    _add(session, object_kind=K.ACTIVITY, code_from=task.code, code_to=task.code,
         template="CALL")
    call = _activities(session, "CALL")[0]
    assert call.linked_activity_id == task.id and call.business_partner_id == partner.id


def test_cancel_in_the_middle_leaves_nothing(session, group):
    for n in range(200):
        f.partner(session, f"BX{n:04d}", f"Partner {n}")
    session.commit()
    calls = []

    def progress(done, total):
        calls.append(done)
        return done < 150

    with pytest.raises(Cancelled):
        _add(session, progress=progress)
    assert _activities(session) == []
    assert session.scalar(select(E.NumberSeries.next_value).where(
        E.NumberSeries.code == "TSK")) == 1  # not even a number is used


def test_global_deletion_simulates_then_deletes_what_the_template_added(session, group):
    _add(session)
    done = _activities(session)[0]
    done.status = ActivityStatus.COMPLETED
    session.commit()
    group_ = TargetGroup(selection_code="LYON")
    simulated = GlobalActivityDeletion(group_, "FOLLOW").run(session, UpdateMode.SIMULATE)
    assert _lines(simulated) == [("BP1", R.UNCHANGED), ("BP2", R.SKIPPED_SELECTION),
                                 ("BP3", R.WOULD_DELETE)]
    assert len(_activities(session)) == 3
    report = GlobalActivityDeletion(group_, "FOLLOW").run(session, UpdateMode.UPDATE)
    assert _lines(report)[2] == ("BP3", R.DELETED)
    assert [a.business_partner.code for a in _activities(session)] == ["BP1", "BP2"]
    # the deleted task's survey answers went with it
    assert session.scalar(select(func.count()).select_from(E.AttributeValue).where(
        E.AttributeValue.object_kind == AttributeObjectKind.A)) == 2
    everything = GlobalActivityDeletion(TargetGroup(), "FOLLOW", open_only=False)
    everything.run(session, UpdateMode.UPDATE)
    assert _activities(session) == []


def test_cancel_in_the_middle_of_a_10000_record_run_leaves_nothing(session, group):
    from sqlalchemy import insert

    from desktop.crm.db.base import audit_values
    from desktop.crm.enums import BPStatus

    session.execute(insert(E.BusinessPartner), [
        {**audit_values(session), "code": f"BY{n:06d}", "name": f"Partner {n}",
         "status": BPStatus.ACTIVE} for n in range(10_000)])
    session.commit()
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 5_000

    with pytest.raises(Cancelled):
        _add(session, progress=progress, assign=AssignTo.INTERNAL_REP)
    assert seen[-1] == (5_000, 10_003)
    assert session.scalar(select(func.count()).select_from(E.Activity)) == 0
    assert session.scalar(select(func.count()).select_from(E.AttributeValue)) == 0
    assert session.scalar(select(E.NumberSeries.next_value).where(
        E.NumberSeries.code == "TSK")) == 1
    report = _add(session, assign=AssignTo.INTERNAL_REP)  # then the whole run, once each
    assert len(report.lines) == 10_003
    assert session.scalar(select(func.count(func.distinct(E.Activity.business_partner_id)))
                          ) == 10_003
