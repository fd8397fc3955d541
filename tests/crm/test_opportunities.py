"""Opportunity rules BR-OPP-*, BR-ITM-*, BR-FC-*, BR-OC-*, BR-REF-* and scenarios 5-8."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from desktop.crm import entities as E, opportunities as O
from desktop.crm.db.records import find_by_code
from desktop.crm.db.unit_of_work import commit
from desktop.crm.enums import AttributeObjectKind, OpportunityStatus as S, ReferenceType
from desktop.crm.errors import NotAllowedError, ValidationError
from tests.support import factories as f

TODAY = dt.date(2026, 11, 29)


@pytest.fixture
def opp(demo_session):
    bp = find_by_code(demo_session, E.BusinessPartner, "BP000010")
    result = O.new_opportunity(demo_session, {"description": "Nouvelle ligne",
                                              "sold_to_bp_id": bp.id}, employee_id=2)
    demo_session.flush()
    return result.opportunity


def test_creation_defaults(demo_session, opp):
    """BR-OPP-01..04, BR-OPP-20."""
    assert opp.code == "OPP000401"
    assert opp.status is S.PRELIMINARY
    assert opp.sales_process.code == "STD"
    assert (opp.opportunity_type.code, opp.origin.code) == ("NEW", "WEB")
    assert opp.assigned_to_id == 2
    attrs = demo_session.scalars(select(E.Attribute.code).join(E.AttributeValue).where(
        E.AttributeValue.object_kind == AttributeObjectKind.P,
        E.AttributeValue.object_id == opp.id).order_by(E.Attribute.code)).all()
    assert attrs == ["CA_EST", "CONCURR"]


def test_user_defaults_override_the_parameters(demo_session):
    proj = find_by_code(demo_session, E.SalesProcess, "PROJ")
    demo_session.add(E.UserDefaults(user_name="tester", default_sales_process_id=proj.id))
    demo_session.flush()
    result = O.new_opportunity(demo_session, {"description": "X", "sold_to_bp_id": 1}, 1)
    assert result.opportunity.sales_process.code == "PROJ"


@pytest.mark.parametrize("status", [S.WON, S.LOST, S.CANCELED])
def test_closed_status_not_allowed_at_creation(demo_session, status):
    with pytest.raises(ValidationError, match="Preliminary, In Process or Dead"):
        O.new_opportunity(demo_session, {"description": "X", "sold_to_bp_id": 1,
                                         "status": status}, 1)


def test_scenario_7_sales_office_from_the_rep(demo_session, opp):
    """Given rep E1 with default office SO1 and no office: In Process fills SO1."""
    rep = demo_session.get(E.Employee, 2)
    assert opp.sales_office_id is None and rep.default_sales_office_id
    O.change_status(demo_session, opp, S.IN_PROCESS)
    assert opp.sales_office_id == rep.default_sales_office_id


def test_scenario_8_phase_sets_probability_unless_typed(demo_session):
    process = f.sales_process(demo_session, "P", (("ANA", 20), ("PROP", 50)))
    opp = f.opportunity(demo_session, "OPP900001", sales_process=process)
    analysis, proposal = (p.phase_id for p in process.phases)
    O.change_phase(demo_session, opp, proposal)
    assert opp.probability_pct == D(50)
    O.save_opportunity(demo_session, opp, {"phase_id": analysis, "probability_pct": D(35)})
    assert opp.probability_pct == D(35)


def test_phase_must_belong_to_the_process(demo_session, opp):
    foreign = find_by_code(demo_session, E.Phase, "CLOS")  # only in PROJ
    with pytest.raises(ValidationError, match="not a phase of the sales process STD"):
        O.change_phase(demo_session, opp, foreign.id)


def test_inactive_process_is_refused(demo_session, opp):
    proj = find_by_code(demo_session, E.SalesProcess, "PROJ")
    proj.active = False
    with pytest.raises(ValidationError, match="not active"):
        O.save_opportunity(demo_session, opp, {"sales_process_id": proj.id})


def test_process_change_clears_the_phase(demo_session, opp):
    O.change_phase(demo_session, opp, find_by_code(demo_session, E.Phase, "ANA").id)
    proj = find_by_code(demo_session, E.SalesProcess, "PROJ")
    O.save_opportunity(demo_session, opp, {"sales_process_id": proj.id})
    assert opp.phase_id is None


def test_probability_range(demo_session, opp):
    with pytest.raises(ValidationError, match="between 0 and 100"):
        O.save_opportunity(demo_session, opp, {"probability_pct": D(101)})


def test_closing_sets_end_date_and_probability(demo_session, opp):
    O.save_opportunity(demo_session, opp, {"status": S.WON}, today=TODAY)
    assert (opp.end_date, opp.probability_pct) == (TODAY, D(100))
    other = f.opportunity(demo_session, "OPP900002")
    O.save_opportunity(demo_session, other, {"status": S.LOST}, today=TODAY)
    assert (other.end_date, other.probability_pct) == (TODAY, D(0))


def test_reopening_needs_confirmation_and_goes_to_in_process(demo_session, opp):
    O.save_opportunity(demo_session, opp, {"status": S.CANCELED}, today=TODAY)
    with pytest.raises(NotAllowedError, match="can only be reopened"):
        O.change_status(demo_session, opp, S.PRELIMINARY)
    with pytest.raises(O.ConfirmationRequired, match="Reopen it"):
        O.change_status(demo_session, opp, S.IN_PROCESS)
    O.change_status(demo_session, opp, S.IN_PROCESS, confirm_reopen=True)
    assert opp.status is S.IN_PROCESS and opp.end_date is None


def test_close_before_first_contact_is_a_warning(demo_session, opp):
    result = O.save_opportunity(demo_session, opp, {"first_contact_date": TODAY,
                                                    "expected_close_date": TODAY.replace(day=1)})
    assert [w.template for w in result.warnings] == [
        "The expected close date is before the first contact date."]


def test_items_are_priced_and_manual_prices_kept(demo_session, opp):
    """BR-ITM-01..04."""
    pump = find_by_code(demo_session, E.Item, "ART-00001")
    line = O.save_item(demo_session, opp, None, {"item_id": pump.id, "ordered_qty": D(2),
                                                 "discount_pct": D(10)})
    assert (line.position, line.price, line.amount) == (10, pump.base_price, D("2610.00"))
    manual = O.save_item(demo_session, opp, None, {"item_id": pump.id, "ordered_qty": D(1),
                                                   "price": D("1000"), "discount_amount": D(50)})
    assert manual.position == 20 and manual.manual_price and manual.amount == D("950.00")
    pump.base_price = D("2000")
    O.save_opportunity(demo_session, opp, {"expected_close_date": TODAY})
    assert line.price == D("2000") and line.amount == D("3600.00")
    assert manual.price == D("1000")
    demo_session.flush()
    assert O.item_revenue(demo_session, opp.id) == D("4550.00")
    O.set_selected(demo_session, opp, [manual.id], False)
    demo_session.flush()
    assert O.item_revenue(demo_session, opp.id) == D("3600.00")


def test_mandatory_peg_is_not_enforced_on_the_opportunity(demo_session, opp):
    line = O.save_item(demo_session, opp, None, {"item_id": 1, "ordered_qty": D(1),
                                                 "mandatory_project_peg": True})
    assert line.mandatory_project_peg and not line.peg_project


def test_quantity_must_be_positive(demo_session, opp):
    with pytest.raises(ValidationError, match="greater than zero"):
        O.save_item(demo_session, opp, None, {"item_id": 1, "ordered_qty": D(0)})


@pytest.mark.parametrize("status", [S.DEAD, S.WON, S.LOST, S.CANCELED])
def test_scenario_6_no_items_when_closed_or_dead(demo_session, opp, status):
    line = O.save_item(demo_session, opp, None, {"item_id": 1, "ordered_qty": D(1)})
    O.change_status(demo_session, opp, status)
    with pytest.raises(NotAllowedError, match=f"for status {status.value}"):
        O.save_item(demo_session, opp, None, {"item_id": 1, "ordered_qty": D(1)})
    with pytest.raises(NotAllowedError):
        O.save_item(demo_session, opp, line, {"ordered_qty": D(3)})


def test_one_primary_contact(demo_session, opp):
    contacts = demo_session.scalars(select(E.Contact.id).limit(2)).all()
    first = O.save_contact_link(demo_session, opp, None, {"contact_id": contacts[0],
                                                          "primary_contact": True})
    O.save_contact_link(demo_session, opp, None, {"contact_id": contacts[1],
                                                  "primary_contact": True})
    commit(demo_session)
    demo_session.refresh(first)
    assert not first.primary_contact
    with pytest.raises(ValidationError, match="existing contact"):
        O.save_contact_link(demo_session, opp, None, {"contact_id": 999999})


def test_scenario_5_system_reference_only_remark_editable(demo_session, opp):
    ref = O.add_reference(demo_session, opp, {"type": ReferenceType.SALES_QUOTATION,
                                              "reference": "QT0000001"}, system=True)
    with pytest.raises(NotAllowedError, match="only its remark"):
        O.update_reference(demo_session, ref, {"type": ReferenceType.SALES_ORDER})
    with pytest.raises(NotAllowedError, match="cannot be deleted"):
        O.delete_reference(demo_session, ref)
    O.update_reference(demo_session, ref, {"remark": "Envoyé au client"})
    assert ref.remark == "Envoyé au client"
    manual = O.add_reference(demo_session, opp, {"type": ReferenceType.OPPORTUNITY,
                                                 "reference": "OPP000001"})
    assert manual.sequence == 20
    O.delete_reference(demo_session, manual)


def test_forecast_is_computed_in_sql(demo_session):
    for code, status, revenue, pct, included in (
            ("F1", S.IN_PROCESS, 1000, 50, True), ("F2", S.PRELIMINARY, 2000, 10, True),
            ("F3", S.PRELIMINARY, 4000, 90, False), ("F4", S.WON, 8000, 100, True)):
        f.opportunity(demo_session, f"OPP9000{code}", status=status,
                      expected_revenue=D(revenue), probability_pct=D(pct),
                      include_in_forecast=included)
    result = O.forecast(demo_session, [E.Opportunity.code.like("OPP9000F%")])
    assert (result.count, result.expected, result.weighted) == (4, D(15000), D(700))


def test_only_preliminary_without_quotation_can_be_deleted(demo_session, opp):
    O.change_status(demo_session, opp, S.IN_PROCESS)
    with pytest.raises(NotAllowedError, match="set OPP000401 to Canceled"):
        O.delete_opportunity(demo_session, opp)
