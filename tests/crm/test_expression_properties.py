"""Property tests of the selection language: 10,000 generated expressions per database.

Valid ones (5,000) compile to SQL that selects exactly the partners a plain-Python reference
evaluation (two-valued, from domain.md) selects, over partners with empty fields, missing
attributes of every type, Time attributes, accented text and a primary contact or none;
damaged ones (5,000) raise ExpressionError or compile and run -- nothing else. Division is
left out of the comparison: SQLite computes it in floating point."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.enums import AttributeObjectKind, AttributeType, BPStatus
from desktop.crm.expressions import ExpressionError
from desktop.crm.expressions.compiler import compile_selection
from tests.support import expression_trees as T, factories as f

SETTINGS = settings(max_examples=5000, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow, HealthCheck.data_too_large])

NINE_THIRTY, NOON = dt.time(9, 30), dt.time(12, 0)
PARTNERS = [  # code, name, city, credit limit, turnover, status, attributes, contacts
    ("BP01", "Johnson & Co", "Lyon", D("1000"), D("52.5"), BPStatus.ACTIVE,
     {"NUMB": D(3), "WORD": "abc", "OPT": "Opel", "DAY": T.TODAY - dt.timedelta(days=10),
      "HEURE": NINE_THIRTY}, [("Müller", True), ("Abc", False)]),
    ("BP02", "acme", "Paris", None, D("0"), BPStatus.PROSPECT,
     {"NUMB": D(0), "WORD": "ABC", "OPT": "Ford", "HEURE": NOON}, [("Zoé", False)]),
    ("BP03", "Zed \"Q\"", "", D("2.5"), None, BPStatus.INACTIVE,
     {"NUMB": None, "WORD": None, "DAY": T.TODAY + dt.timedelta(days=40)}, []),
    ("BP04", "x-y_z%", "lyon", D("-3"), D("7"), BPStatus.NOT_SPECIFIED, {"NUMB": D(-2)},
     [("éric", True)]),
    ("BP05", "a'b", "Saint \"Q\"", D("40"), D("40"), BPStatus.ACTIVE,
     {"WORD": "", "OPT": "Opel", "DAY": dt.date(2026, 1, 1), "HEURE": dt.time(17, 45)}, []),
    ("BP06", "", "xyz", D("7"), D("-1.5"), BPStatus.PROSPECT,
     {"NUMB": D(60), "WORD": "a b"}, [("", True)]),
    ("BP07", "ABC", "abc", D("0"), D("1000"), BPStatus.ACTIVE, {}, []),
    ("BP08", "Bab", "ba", None, None, BPStatus.INACTIVE, {"WORD": "xyzzy", "NUMB": D(7)}, []),
    ("BP09", "Élise Çà", "Besançon", D("12"), D("3"), BPStatus.ACTIVE,
     {"WORD": "été ÜBER", "DAY": T.TODAY, "HEURE": dt.time(8, 0)}, [("ÉCOLE", True)]),
]


@pytest.fixture
def partners(session) -> list[dict]:
    """The eight partners with their attribute values, as the reference evaluator reads them."""
    kinds = {"NUMB": AttributeType.INTEGER, "WORD": AttributeType.ALPHANUMERIC,
             "OPT": AttributeType.OPTION, "DAY": AttributeType.DATE,
             "HEURE": AttributeType.TIME}
    attributes = {code: E.Attribute(code=code, label=code, search_key=code, data_type=kind)
                  for code, kind in kinds.items()}
    options = {name: E.AttributeOption(option_value=name, sequence=i)
               for i, name in enumerate(("Opel", "Ford"))}
    attributes["OPT"].options = list(options.values())
    session.add_all(attributes.values())
    records = []
    for code, name, city, limit, turnover, status, values, contacts in PARTNERS:
        bp = f.partner(session, code, name, city=city, credit_limit=limit,
                       turnover_previous_year=turnover, status=status)
        for number, (last_name, primary) in enumerate(contacts):
            session.add(E.Contact(code=f"{code}C{number}", last_name=last_name,
                                  business_partner=bp, is_primary=primary))
        for attr, value in values.items():
            column = {"NUMB": "value_number", "WORD": "value_text", "DAY": "value_date",
                      "OPT": "option", "HEURE": "value_time"}[attr]
            stored = options[value] if attr == "OPT" else value
            session.add(E.AttributeValue(object_kind=AttributeObjectKind.R, object_id=bp.id,
                                         attribute=attributes[attr], **{column: stored}))
        primary = [last for last, is_primary in contacts if is_primary]
        records.append({"id": bp.id, "bp.code": code, "bp.name": name, "bp.city": city,
                        "tccom100.city": city, "bp.credit_limit": limit,
                        "contact.last_name": primary[0] if primary else None,
                        "bp.turnover.previous.year": turnover, "status": status,
                        "attr": values})
    session.commit()
    return records


def _selected(session, source: str) -> set[int]:
    clause = compile_selection(session, "bp", source, today=T.TODAY)
    return set(session.scalars(select(E.BusinessPartner.id).where(clause)))


def test_valid_expressions_agree_with_the_reference(session, partners):
    @SETTINGS
    @given(T.conditions)
    def check(tree):
        source = T.render(tree)
        expected = {r["id"] for r in partners if T.evaluate(tree, r)}
        assert _selected(session, source) == expected, source
        # two-valued: "not X" selects exactly the records X leaves out
        assert _selected(session, f"not ({source})") == \
            {r["id"] for r in partners} - expected, source

    check()


def test_damaged_expressions_raise_only_the_languages_error(session, partners):
    @SETTINGS
    @given(T.broken())
    def check(source):
        try:
            _selected(session, source)
        except ExpressionError as error:
            assert error.line >= 1 and error.column >= 1
            assert error.caret()

    check()
