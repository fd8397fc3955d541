"""Money and quantities are exact on SQLite as on PostgreSQL (issue 12, item 7): 14 integer
digits and 4 decimals come back digit for digit and reach the quotation line; a value too
large for its column is refused, naming the field, before anything is written."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import MetaData, Table, func, select

from desktop.crm import entities as E, opportunities as O
from desktop.crm.db.unit_of_work import commit
from desktop.crm.errors import ValidationError
from desktop.crm.quotations import generate_quotation
from tests.crm.test_quotations import TODAY, _setup
from tests.support import factories as f

BIG_PRICE = D("12345678901234.5678")
BIG_AMOUNT = D("9876543210987654.32")


def test_a_big_price_comes_back_and_reaches_the_quotation(session):
    opp = _setup(session)
    item = f.item(session, "BIG", price="1")
    item.base_price = BIG_PRICE
    O.save_item(session, opp, None, {"item_id": item.id, "ordered_qty": D(1),
                                     "price": BIG_PRICE, "selected": True})
    opp.expected_revenue = BIG_AMOUNT
    commit(session)
    session.expire_all()
    assert session.get(E.Item, item.id).base_price == BIG_PRICE
    assert session.get(E.Opportunity, opp.id).expected_revenue == BIG_AMOUNT
    [line] = session.get(E.Opportunity, opp.id).items
    assert line.price == BIG_PRICE
    quotation = generate_quotation(session, opp.id, today=TODAY)
    session.expire_all()
    [quoted] = session.get(E.Quotation, quotation.id).lines
    assert quoted.price == BIG_PRICE


@pytest.mark.parametrize("value", [D("0.1"), D("0.3"), D("1234567.89"), D("-0.01"),
                                   D("99999999999999.99"), D("0")])
def test_money_round_trips(session, value):
    bp = f.partner(session, "BPM", "Exact", credit_limit=value)
    commit(session)
    session.expire_all()
    assert session.get(E.BusinessPartner, bp.id).credit_limit == value


def test_a_number_too_large_is_refused_naming_the_field(session):
    bp = f.partner(session, "BPX", "Trop")
    commit(session)
    bp.credit_limit = D("1000000000000000000")  # 19 digits in a column of 16
    with pytest.raises(ValidationError, match="Credit limit is too large") as refused:
        commit(session)
    assert refused.value.field == "credit_limit"
    session.rollback()
    assert session.get(E.BusinessPartner, bp.id).credit_limit is None
    assert session.scalar(select(func.count()).select_from(E.BusinessPartner)
                          .where(E.BusinessPartner.code == "BPX")) == 1


@pytest.mark.parametrize("value", [D("NaN"), D("Infinity"), D("-Infinity"), float("nan")])
def test_a_value_that_is_not_a_number_is_refused_naming_the_field(session, value):
    bp = f.partner(session, "BPN", "Pas un nombre")
    commit(session)
    bp.credit_limit = value
    with pytest.raises(ValidationError, match="Credit limit must be a number") as refused:
        commit(session)
    assert refused.value.field == "credit_limit"
    session.rollback()
    assert session.get(E.BusinessPartner, bp.id).credit_limit is None


def _required_columns(table) -> dict:
    """A value for each column the schema of that time requires (today's model has more)."""
    values = {}
    for column in table.c:
        if column.primary_key or column.nullable or column.server_default is not None:
            continue
        python = column.type.python_type
        values[column.name] = {str: "", int: 1, bool: False}.get(python) if python in (
            str, int, bool) else dt.datetime(2026, 1, 1)
    return values


def test_an_older_sqlite_file_keeps_its_amounts(tmp_path):
    """Revision 0004 turns the floats an older SQLite file holds into whole cents."""
    from sqlalchemy import text

    from desktop.crm import migrations
    from desktop.crm.db.database import make_engine, open_database

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = make_engine(url)
    migrations.upgrade(engine, "0003")
    with engine.begin() as conn:  # a partner as the older version wrote it: a float
        old = Table("business_partners", MetaData(), autoload_with=conn)
        conn.execute(old.insert().values({**_required_columns(old), "code": "OLD",
                                          "name": "Ancien", "status": "ACTIVE"}))
        conn.execute(text("UPDATE business_partners SET credit_limit = 1234.5"))
    engine.dispose()
    db = open_database(url)
    try:
        with db.session() as s:
            bp = s.scalars(select(E.BusinessPartner).where(E.BusinessPartner.code == "OLD")).one()
            assert bp.credit_limit == D("1234.50")
    finally:
        db.dispose()
