"""Batch runs: Simulate changes nothing, Update commits all, Cancel rolls back, each run logged;
here with Recalculate Opportunity Prices."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from desktop.crm import entities as E, opportunities as O
from desktop.crm.batch import Cancelled, run_batch
from desktop.crm.enums import BatchLineResult as R, BatchRunKind, UpdateMode


def _raise_prices(session) -> int:
    """Every item costs 10 more; returns how many open opportunities have a priced line."""
    for item in session.scalars(select(E.Item)):
        item.base_price += D(10)
    session.commit()
    targets = O.reprice_targets(session, [])
    return sum(1 for opp_id in targets
               if any(not line.manual_price for line in session.get(E.Opportunity,
                                                                    opp_id).items))


def _run(session, mode, progress=lambda done, total: True):
    targets = O.reprice_targets(session, [])
    return run_batch(session, BatchRunKind.RECALCULATE_PRICES, mode, {}, targets,
                     O.reprice_one, len(targets), progress)


def _prices(session) -> list:
    return session.scalars(select(E.OpportunityItem.price).order_by(E.OpportunityItem.id)).all()


def test_simulate_reports_and_changes_nothing(demo_session):
    expected = _raise_prices(demo_session)
    before = _prices(demo_session)
    report = _run(demo_session, UpdateMode.SIMULATE)
    assert report.count(R.WOULD_UPDATE) == expected > 0
    demo_session.expire_all()
    assert _prices(demo_session) == before
    run = demo_session.get(E.BatchRun, report.run_id)
    assert (run.mode, len(run.lines)) == (UpdateMode.SIMULATE, len(report.lines))


def test_update_changes_the_prices(demo_session):
    expected = _raise_prices(demo_session)
    report = _run(demo_session, UpdateMode.UPDATE)
    assert report.count(R.UPDATED) == expected
    assert _run(demo_session, UpdateMode.UPDATE).count(R.UPDATED) == 0


def test_cancel_rolls_back_everything(demo_session):
    _raise_prices(demo_session)
    before = _prices(demo_session)
    with pytest.raises(Cancelled):
        _run(demo_session, UpdateMode.UPDATE, lambda done, total: done < 5)
    demo_session.expire_all()
    assert _prices(demo_session) == before
    assert demo_session.scalar(select(func.count()).select_from(E.BatchRun)) == 0


def test_manual_prices_are_not_recalculated(demo_session):
    opp = demo_session.get(E.Opportunity, O.reprice_targets(demo_session, [])[0])
    line = O.save_item(demo_session, opp, None, {"item_id": 1, "ordered_qty": D(1),
                                                 "price": D("1.23")})
    demo_session.commit()
    _raise_prices(demo_session)
    _run(demo_session, UpdateMode.UPDATE)
    demo_session.refresh(line)
    assert line.price == D("1.23")


def test_the_collector_comes_back_on_after_overlapping_runs():
    import gc

    from desktop.interpreter import collector_paused

    was_on = gc.isenabled()  # off while the GUI's collector runs (GUI tests before this one)
    gc.enable()
    first, second = collector_paused(), collector_paused()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # the first run ends while the second goes on
    assert not gc.isenabled()
    second.__exit__(None, None, None)
    assert gc.isenabled()
    if not was_on:
        gc.disable()
