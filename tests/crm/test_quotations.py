"""Generate quotation (BR-GQ-01..13, scenarios 1-4): one transaction, numbering cascade, no
half-written quotation on failure, distinct numbers under concurrency."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from desktop.crm import entities as E, opportunities as O
from desktop.crm.db.unit_of_work import commit
from desktop.crm.enums import OpportunityStatus as S, PriceOrigin, QuotationOrigin, ReferenceType
from desktop.crm.errors import NotAllowedError, NumberingError
from desktop.crm.numbering import peek_number
from desktop.crm.quotations import generate_quotation
from tests.support import factories as f

TODAY = dt.date(2026, 11, 29)


def _setup(session, *, office_series=None, profile_series=None, type_series=None,
           parameter_series="QPAR"):
    """A bare database: series, an office, a profile, an order type and parameters."""
    series = {code: f.series(session, code, prefix=code[:2], width=5)
              for code in ("QOFF", "QPRO", "QTYP", "QPAR")}
    pick = lambda code: series[code] if code else None  # noqa: E731
    office = E.SalesOffice(code="PAR", description="Paris", quotation_series=pick(office_series))
    session.add_all([
        office,
        E.SalesUserProfile(user_name="tester", quotation_series=pick(profile_series)),
        E.SalesOrderType(code="SO1", description="Std", is_default=True,
                         quotation_series=pick(type_series)),
        E.QuotationParameters(quotation_series=pick(parameter_series)),
    ])
    opp = f.opportunity(session, "OPP000001", status=S.IN_PROCESS, sales_office=office,
                        probability_pct=D(60))
    session.flush()
    return opp


def _item(session, opp, code, amount, selected, peg=""):
    item = f.item(session, code, price=str(amount))
    O.save_item(session, opp, None, {"item_id": item.id, "ordered_qty": D(1),
                                     "selected": selected, "peg_project": peg})


def test_scenario_1_selected_items_become_manual_lines(session):
    opp = _setup(session)
    _item(session, opp, "A", 100, True, peg="PRJ42")
    _item(session, opp, "B", 50, False)
    session.commit()
    quotation = generate_quotation(session, opp.id, today=TODAY)
    assert quotation.origin is QuotationOrigin.OPPORTUNITY
    assert quotation.sold_to_bp_id == opp.sold_to_bp_id
    assert quotation.probability_pct == D(60)
    [line] = quotation.lines
    assert (line.item.code, line.amount, line.price_origin, line.opportunity_id,
            line.peg_project) == ("A", D(100), PriceOrigin.MANUAL, opp.id, "PRJ42")
    [ref] = session.get(E.Opportunity, opp.id).references
    assert (ref.type, ref.reference, ref.system_generated, ref.amount) == (
        ReferenceType.SALES_QUOTATION, quotation.code, True, D(100))


@pytest.mark.parametrize("status", [S.DEAD, S.WON, S.LOST, S.CANCELED])
def test_scenario_2_refused_for_closed_statuses(session, status):
    opp = _setup(session)
    opp.status = status
    session.commit()
    with pytest.raises(NotAllowedError, match=f"with status {status.value}"):
        generate_quotation(session, opp.id)
    assert session.scalar(select(func.count()).select_from(E.Quotation)) == 0


def test_scenario_3_no_items_gives_a_header_only(session):
    opp = _setup(session)
    session.commit()
    quotation = generate_quotation(session, opp.id)
    assert quotation.lines == [] and quotation.code


def test_items_but_none_selected_gives_a_header_only(session):
    opp = _setup(session)
    _item(session, opp, "A", 100, False)
    session.commit()
    assert generate_quotation(session, opp.id).lines == []


@pytest.mark.parametrize("office, profile, order_type, parameters, expected", [
    ("QOFF", "QPRO", "QTYP", "QPAR", "QO00001"),
    (None, "QPRO", "QTYP", "QPAR", "QP00001"),
    (None, None, "QTYP", "QPAR", "QT00001"),
    (None, None, None, "QPAR", "QP00001"),  # scenario 4
])
def test_series_cascade(session, office, profile, order_type, parameters, expected):
    opp = _setup(session, office_series=office, profile_series=profile, type_series=order_type,
                 parameter_series=parameters)
    session.commit()
    assert generate_quotation(session, opp.id).code == expected


def test_no_series_anywhere_creates_nothing(session):
    opp = _setup(session, parameter_series=None)
    session.commit()
    with pytest.raises(NumberingError, match="No number series for quotations"):
        generate_quotation(session, opp.id)
    assert session.scalar(select(func.count()).select_from(E.Quotation)) == 0


def test_each_generation_adds_its_own_reference(session):
    opp = _setup(session)
    session.commit()
    first, second = generate_quotation(session, opp.id), generate_quotation(session, opp.id)
    assert first.code != second.code
    codes = [r.reference for r in session.get(E.Opportunity, opp.id).references]
    assert codes == [first.code, second.code]


def test_failure_in_the_middle_leaves_nothing_behind(db):
    """A line that breaks a constraint: no quotation, no line, no reference, no number used."""
    with db.session(user="tester") as s:
        opp = _setup(s)
        _item(s, opp, "A", 100, True)
        _item(s, opp, "B", 80, True)
        s.flush()
        # a negative quantity slips past the domain only by writing it directly
        s.execute(E.OpportunityItem.__table__.update().where(
            E.OpportunityItem.position == 20).values(ordered_qty=D(-1)))
        s.commit()
        before = peek_number(s, "QPAR")
        with pytest.raises(Exception):
            generate_quotation(s, opp.id)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(E.Quotation)) == 0
        assert s.scalar(select(func.count()).select_from(E.QuotationLine)) == 0
        assert s.scalar(select(func.count()).select_from(E.OpportunityReference)) == 0
        assert peek_number(s, "QPAR") == before


def test_two_users_at_the_same_moment_get_two_numbers(db):
    with db.session(user="tester") as s:
        first = _setup(s)
        second = f.opportunity(s, "OPP000002", status=S.IN_PROCESS,
                               sales_office=first.sales_office)
        s.commit()
        ids = [first.id, second.id]
    barrier = threading.Barrier(2)
    results, errors = [], []

    def generate(opportunity_id):
        with db.session(user="tester") as s:
            s.get(E.Opportunity, opportunity_id)  # both transactions are open ...
            barrier.wait(timeout=30)  # ... and go at the same moment; the series row lock
            try:                      # makes the second wait for the first's commit
                results.append(generate_quotation(s, opportunity_id).code)
                commit(s)  # what the window's runner does once the work is done
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(error)

    threads = [threading.Thread(target=generate, args=(i,)) for i in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert len(set(results)) == len(results) == 2
