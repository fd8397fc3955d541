"""Number series: formatting, exhaustion, no number burnt by a rollback, no duplicate under load."""

from __future__ import annotations

import multiprocessing

import pytest
from sqlalchemy.orm import Session

from desktop.crm.db.database import make_engine
from desktop.crm.errors import NumberingError
from desktop.crm.numbering import next_number, peek_number
from tests.support import factories as f


def test_numbers_have_prefix_and_width(session):
    f.series(session, "OPP", prefix="OPP", width=6)
    assert next_number(session, "OPP") == "OPP000001"
    assert next_number(session, "OPP") == "OPP000002"
    assert peek_number(session, "OPP") == "OPP000003"


def test_unknown_series_is_a_clear_error(session):
    with pytest.raises(NumberingError, match="number series NOPE does not exist"):
        next_number(session, "NOPE")


def test_exhausted_series_is_refused(session):
    s = f.series(session, "TINY", prefix="T", width=1)
    s.next_value = 9
    session.flush()
    assert next_number(session, "TINY") == "T9"
    with pytest.raises(NumberingError, match="exhausted"):
        next_number(session, "TINY")


def test_rolled_back_transaction_consumes_no_number(db):
    with db.session() as s:
        f.series(s, "QUO", prefix="Q", width=4)
        s.commit()
    with db.session() as s:
        assert next_number(s, "QUO") == "Q0001"
        s.rollback()
    with db.session() as s:
        assert next_number(s, "QUO") == "Q0001"
        s.commit()
    with db.session() as s:
        assert next_number(s, "QUO") == "Q0002"


def _allocate(url: str, count: int) -> list[str]:
    engine = make_engine(url)
    numbers = []
    try:
        for _ in range(count):
            with Session(engine) as s:
                numbers.append(next_number(s, "PAR"))
                s.commit()
    finally:
        engine.dispose()
    return numbers


def test_parallel_processes_never_share_a_number(db):
    with db.session() as s:
        f.series(s, "PAR", prefix="P", width=6)
        s.commit()
    db.dispose()
    context = multiprocessing.get_context("spawn")
    with context.Pool(8) as pool:
        results = pool.starmap(_allocate, [(db.url, 500)] * 8)
    numbers = [n for chunk in results for n in chunk]
    assert len(numbers) == 4000
    assert len(set(numbers)) == 4000
    assert sorted(numbers) == [f"P{i:06d}" for i in range(1, 4001)]
