"""Global Addition of Attributes (BR-ATR-10) over target groups (BR-GA-02..05, BR-SEL-03):
key range, selection, active contacts, open activities; Simulate, Update, Cancel."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.crm.batch import Cancelled
from desktop.crm.enums import (
    ActivityStatus,
    AttributeObjectKind,
    AttributeType,
    BatchLineResult as R,
    BusinessObjectKind as K,
    UpdateMode,
)
from desktop.crm.errors import NotFoundError, ValidationError
from desktop.crm.expressions import ExpressionError
from desktop.crm.global_attributes import GlobalAttributeAddition
from desktop.crm.target_groups import TargetGroup
from tests.support import factories as f


@pytest.fixture
def survey(session):
    """Three partners (two in Lyon), a two-question survey set and a selection of Lyon."""
    for code, city in (("BP1", "Lyon"), ("BP2", "Paris"), ("BP3", "Lyon")):
        f.partner(session, code, f"Partner {code}", city=city)
    questions = [E.Attribute(code=c, label=c.title(), search_key=c, data_type=t, length=n)
                 for c, t, n in (("SATISF", AttributeType.INTEGER, 2),
                                 ("REMARK", AttributeType.ALPHANUMERIC, 40))]
    survey = E.AttributeSet(code="SURVEY", description="Survey",
                            members=[E.AttributeSetMember(attribute=q) for q in questions])
    session.add_all([survey, E.Selection(code="LYON", description="Lyon",
                                         expression='bp.city = "Lyon"')])
    session.commit()
    return survey


def _values(session, kind=AttributeObjectKind.R) -> int:
    return session.scalar(select(func.count()).select_from(E.AttributeValue)
                          .where(E.AttributeValue.object_kind == kind))


def _run(session, mode=UpdateMode.UPDATE, progress=lambda done, total: True, **group):
    return GlobalAttributeAddition(TargetGroup(**group), "survey").run(session, mode, progress)


def _lines(report) -> list[tuple[str, R]]:
    return [(line.object_key, line.result) for line in report.lines]


def test_scenario_14_simulate_lists_what_the_selection_takes_and_leaves(session, survey):
    report = _run(session, UpdateMode.SIMULATE, selection_code="LYON")
    assert _lines(report) == [("BP1", R.WOULD_CREATE), ("BP2", R.SKIPPED_SELECTION),
                              ("BP3", R.WOULD_CREATE)]
    assert report.lines[1].text() == "The selection is false for this record."
    assert _values(session) == 0


def test_selection_picks_the_targets_and_update_adds_the_set(session, survey):
    report = _run(session, selection_code="lyon")
    assert _lines(report) == [("BP1", R.CREATED), ("BP2", R.SKIPPED_SELECTION),
                              ("BP3", R.CREATED)]
    assert report.lines[0].text() == "2 attribute(s) added"
    assert _values(session) == 4
    again = _run(session, selection_code="LYON")
    assert {line.result for line in again.lines} == {R.SKIPPED_EXISTING, R.SKIPPED_SELECTION}
    assert _values(session) == 4


def test_key_range_without_selection(session, survey):
    report = _run(session, code_from="BP2", code_to="BP3")
    assert [line.object_key for line in report.lines] == ["BP2", "BP3"]


def test_simulate_reports_and_stores_nothing_but_the_log(session, survey):
    report = _run(session, UpdateMode.SIMULATE)
    assert report.count(R.WOULD_CREATE) == 3 and _values(session) == 0
    run = session.get(E.BatchRun, report.run_id)
    assert (run.mode, len(run.lines), run.lines[0].message) == \
        (UpdateMode.SIMULATE, 3, "2 attribute(s) would be added")


def test_cancel_rolls_back_everything(session, survey):
    with pytest.raises(Cancelled):
        _run(session, progress=lambda done, total: done < 2)
    assert _values(session) == 0


def test_a_failure_in_the_middle_rolls_back_everything(session, survey):
    def fail_on_third(done, total):
        if done == 3:
            raise RuntimeError("disk full")
        return True
    with pytest.raises(RuntimeError):
        _run(session, progress=fail_on_third)
    assert _values(session) == 0


def test_a_selection_that_does_not_compile_stops_before_any_record(session, survey):
    session.scalars(select(E.Selection)).one().expression = 'bp.cty = "Lyon"'
    session.commit()
    with pytest.raises(ExpressionError):
        _run(session, selection_code="LYON")
    assert _values(session) == 0
    assert session.scalar(select(func.count()).select_from(E.BatchRun)) == 0


def test_unknown_selection_or_set_is_refused(session, survey):
    with pytest.raises(NotFoundError, match="Selection NOPE"):
        _run(session, selection_code="NOPE")
    with pytest.raises(NotFoundError, match="Attribute set NOSET"):
        GlobalAttributeAddition(TargetGroup(), "NOSET").run(session, UpdateMode.UPDATE)
    with pytest.raises(ValidationError, match="Choose the attribute set"):
        GlobalAttributeAddition(TargetGroup(), " ").run(session, UpdateMode.UPDATE)


def test_active_contacts_only(session, survey):
    bp = session.scalars(select(E.BusinessPartner)).first()
    f.contact(session, "CT1", bp)
    f.contact(session, "CT2", bp, active=False)
    group = TargetGroup(K.CONTACT, active_contacts_only=True)
    assert [(t.code, t.skipped) for t in group.targets(session)] == \
        [("CT1", None), ("CT2", R.SKIPPED_FILTER)]
    assert [(t.code, t.skipped) for t in TargetGroup(K.CONTACT).targets(session)] == \
        [("CT1", None), ("CT2", None)]
    report = _run(session, object_kind=K.CONTACT, active_contacts_only=True)
    assert _lines(report) == [("CT1", R.CREATED), ("CT2", R.SKIPPED_FILTER)]
    assert _values(session, AttributeObjectKind.C) == 2


def test_open_activities_only(demo_session):
    open_count = demo_session.scalar(select(func.count()).select_from(E.Activity).where(
        E.Activity.status.in_([ActivityStatus.PLANNED, ActivityStatus.NOT_STARTED,
                               ActivityStatus.IN_PROCESS, ActivityStatus.DEFERRED,
                               ActivityStatus.WAITING, ActivityStatus.DRAFT])))
    every = TargetGroup(K.ACTIVITY).targets(demo_session)
    group = TargetGroup(K.ACTIVITY, open_activities_only=True).targets(demo_session)
    opened = [t for t in group if t.skipped is None]
    assert len(opened) == open_count < len(every) == len(group)
