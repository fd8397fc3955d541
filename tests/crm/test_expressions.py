"""Selection expressions: Appendix A test vectors, the seed's 45-day example, compile errors
with line and column, and hostile input that never reaches SQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.crm.enums import AttributeObjectKind, AttributeType, BPStatus
from desktop.crm.expressions import ExpressionError
from desktop.crm.expressions.compiler import compile_selection, ln_pattern
from tests.support import factories as f

TODAY = dt.date(2026, 11, 29)


@pytest.fixture
def johnson(session):
    bp = f.partner(session, "JOHNSON", "Johnson & Co")
    for code, kind in (("CONTENTS", AttributeType.INTEGER), ("COLOR", AttributeType.ALPHANUMERIC),
                       ("CLISINCE", AttributeType.DATE)):
        session.add(E.Attribute(code=code, label=code.title(), search_key=code,
                                data_type=kind))
    session.flush()
    return bp


def _set(session, bp, code, **value):
    attribute = session.scalars(select(E.Attribute).where(E.Attribute.code == code)).one()
    row = session.scalars(select(E.AttributeValue).where(
        E.AttributeValue.object_id == bp.id, E.AttributeValue.attribute_id == attribute.id)
    ).first() or E.AttributeValue(object_kind=AttributeObjectKind.R, object_id=bp.id,
                                  attribute_id=attribute.id)
    for key, v in value.items():
        setattr(row, key, v)
    session.add(row)
    session.flush()


def holds(session, bp, expression) -> bool:
    clause = compile_selection(session, "bp", expression, today=TODAY)
    return session.scalar(select(func.count()).select_from(E.BusinessPartner).where(
        E.BusinessPartner.id == bp.id, clause)) == 1


@pytest.mark.parametrize("expression, expected", [
    ('"abcdefg" IN "def"', True), ('"abcdefg" IN "^def$"', False), ('"abcdefg" IN "^a"', True),
    ('"abcdefg" IN "^b"', False), ('"abcdefg" IN "g$"', True), ("3 + 4 * 5 = 23", True),
    ("(3 + 4) * 5 = 35", True), ('tccom100.bpid = "JOHNSON"', True),
    ('bp.code = "JOHNSON" and bp.name IN "^John"', True), ("10 \\ 3 = 1", True),
    ("10 ¥ 4 = 2", True),
])
def test_appendix_a_constant_and_field_vectors(session, johnson, expression, expected):
    assert holds(session, johnson, expression) is expected


@pytest.mark.parametrize("contents, expected", [(100, True), (105, False), (110, True)])
def test_attribute_ranges(session, johnson, contents, expected):
    _set(session, johnson, "CONTENTS", value_number=D(contents))
    assert holds(session, johnson, "(R, contents) IN (10,100) (110,200)") is expected


def test_attribute_text_comment_and_not_precedence(session, johnson):
    _set(session, johnson, "COLOR", value_text="red")
    assert holds(session, johnson, '(R, color) = "red" | a comment')
    assert holds(session, johnson, '[R, COLOR] = "red"')
    assert holds(session, johnson, 'not (R, color) = "red" or 1 = 1')
    assert not holds(session, johnson, 'not (R, color) = "red"')
    assert holds(session, johnson, '(R,...) IN "re"')
    assert not holds(session, johnson, '(R,...) IN "^blue"')


def test_missing_attribute_value_is_empty_or_zero(session, johnson):
    assert holds(session, johnson, '(R, color) = ""')
    assert holds(session, johnson, "(R, contents) = 0")


def test_doubled_quote_is_one_quote(session, johnson):
    johnson.name = 'Le "Grand" Atelier'
    session.flush()
    assert holds(session, johnson, 'bp.name = "Le ""Grand"" Atelier"')


def test_seed_example_new_clients_needing_information(session):
    """Partners that became clients in the last 45 days and whose phase asks for
    information."""
    info = E.Phase(code="INFO", description="Besoin d'informations")
    session.add_all([info, E.Attribute(code="CLISINCE", label="Client depuis",
                                       search_key="Client depuis",
                                       data_type=AttributeType.DATE)])
    session.flush()
    cases = {"NEWINFO": (10, info), "OLDINFO": (60, info), "NEWOTHER": (5, None)}
    partners = {}
    for code, (days, phase) in cases.items():
        bp = f.partner(session, code, code, phase=phase)
        _set(session, bp, "CLISINCE", value_date=TODAY - dt.timedelta(days=days))
        partners[code] = bp
    expression = '(R, CLISINCE) >= today() - 45 and bp.phase = "INFO"'
    clause = compile_selection(session, "bp", expression, today=TODAY)
    found = session.scalars(select(E.BusinessPartner.code).where(clause)).all()
    assert found == ["NEWINFO"]


def test_related_objects_follow_br_sel_16(demo_session):
    clause = compile_selection(demo_session, "opportunity", 'bp.code = "BP000001"')
    codes = demo_session.scalars(select(E.Opportunity.sold_to_bp_id).where(clause)).all()
    assert codes and set(codes) == {1}


@pytest.mark.parametrize("expression, message, column", [
    ('(R, color) = red', 'red is not a field: put text in double quotes', 14),
    ("bp.nmae = \"x\"", "Unknown field bp.nmae. Did you mean bp.name?", 1),
    ('bp.name = 3', "Cannot compare text with a number", 9),
    ("(1 = 1", "This parenthesis is not closed", 1),
    ("1 = 1)", "This closing parenthesis has no opening one", 6),
    ("bp.name", "must be a condition", 1),
    ('"abc', "no closing double quote", 1),
    ("1 = 1 and", "ends too early", 10),
    ("today() + today() = 1", "needs a number, not a date", 9),
])
def test_compile_errors_have_line_column_and_message(session, johnson, expression, message,
                                                     column):
    with pytest.raises(ExpressionError) as caught:
        compile_selection(session, "bp", expression)
    assert message in str(caught.value)
    assert (caught.value.line, caught.value.column) == (1, column)
    assert caught.value.caret().splitlines()[1] == " " * (column - 1) + "^"


def test_error_on_a_later_line(session, johnson):
    with pytest.raises(ExpressionError) as caught:
        compile_selection(session, "bp", 'bp.city = "Lyon" | agence\nand bp.cty = "x"')
    assert (caught.value.line, caught.value.column) == (2, 5)


HOSTILE = [
    "'; DROP TABLE business_partners; --", '"x"; DELETE FROM contacts', "1 = 1; --",
    'bp.name = "\' OR 1=1 --"', 'bp.name = "x" OR 1=1', "bp.name = \"\x00\"", "\x00",
    '"' + "a" * 1_000_000 + '"', "(" * 5000 + "1 = 1" + ")" * 5000, "not " * 3000 + "1 = 1",
    "bp.__class__ = 1", "__import__('os')", "exec(1)", 'upper(bp.name, 1) = "A"',
    "tccom100.bpid = tccom100.bpid", "1/0 = 1", "(R, ..) = 1", "(Z, color) = 1", "[R, color)",
    "bp.name IN (1,2)", "bp.code IN \"(\"", "bp.code IN \"[a-\"", "date(2026, 2, 30) = today()",
    "sqlite_master.sql = 1", "business_partners.name = \"x\"", "bp.name = \"x\" --",
    "SELECT * FROM employees", "1 = 1 UNION SELECT 1", "bp.name = \"é\u202e\u0000\"", "🙂",
    '"' * 7, "(R, color) IN \"$^$\"",
]


@pytest.mark.parametrize("expression", HOSTILE)
def test_hostile_input_gives_clean_errors_or_results(session, johnson, expression):
    before = session.scalar(select(func.count()).select_from(E.BusinessPartner))
    try:
        clause = compile_selection(session, "bp", expression)
        session.scalars(select(E.BusinessPartner.id).where(clause)).all()
    except ExpressionError as error:
        assert error.line >= 1 and error.column >= 1
    assert session.scalar(select(func.count()).select_from(E.BusinessPartner)) == before


def test_ln_patterns_become_regular_expressions():
    assert ln_pattern("^a.c*$") == "^a.c*$"
    assert ln_pattern("(abc)x") == "[abc]x"
    assert ln_pattern("(^XYZ0-9)") == "[^XYZ0-9]"
    assert ln_pattern("a+b?") == r"a\+b\?"


@pytest.mark.parametrize("expression, expected", [
    ('bp.status = "Prospect"', True), ('bp.status = "prospect"', True),
    ('bp.status = "PROSPECT"', True), ('bp.status <> "Inactive"', True),
    ('bp.status IN ("Active", "Prospect")', True), ('bp.status IN ("Not Specified")', False),
])
def test_statuses_are_written_by_label_or_name(session, johnson, expression, expected):
    johnson.status = BPStatus.PROSPECT
    session.flush()
    assert holds(session, johnson, expression) is expected


def test_an_unknown_status_lists_the_choices(session, johnson):
    with pytest.raises(ExpressionError) as caught:
        compile_selection(session, "bp", 'bp.status = "Prospekt"')
    assert "Prospect" in caught.value.message(lambda text: text)


@pytest.mark.parametrize("expression, expected", [
    ('bp.code IN ("SMITH", "JOHNSON")', True), ('bp.code IN ("SMITH") ("JOHNSON")', True),
    ('bp.code IN ("SMITH", "JONES")', False), ('not bp.code IN ("SMITH")', True),
    ('"b" IN ("a", "b", "c")', True),
])
def test_text_in_a_list(session, johnson, expression, expected):
    assert holds(session, johnson, expression) is expected


@pytest.mark.parametrize("expression, column", [
    ('bp.code IN ("A", 3)', 18), ("bp.credit_limit IN (1, 2, 3)", 21),
    ('bp.code IN ("A", bp.name)', 18),
])
def test_list_and_range_mistakes_point_at_the_item(session, johnson, expression, column):
    with pytest.raises(ExpressionError) as caught:
        compile_selection(session, "bp", expression)
    assert caught.value.column == column


@pytest.mark.parametrize("pattern", ["(z-a)", "(A--)", "a(b--c)"])
def test_a_pattern_that_cannot_be_read_is_reported(session, johnson, pattern):
    with pytest.raises(ExpressionError, match="is not valid") as caught:
        compile_selection(session, "bp", f'bp.name IN "{pattern}"')
    assert caught.value.column == 12


def test_spans_for_colouring_follow_the_lexer_and_never_raise():
    from desktop.crm.expressions.lexer import spans

    source = 'bp.city = "in" and | in a comment\n"open § x'
    kinds = [(kind, source[a:b]) for kind, a, b in spans(source)]
    assert kinds == [("name", "bp.city"), ("op", "="), ("string", '"in"'),
                     ("keyword", "and"), ("comment", "| in a comment"),
                     ("string", '"open § x')]
    assert [k for k, *_ in spans("a § b")] == ["name", "name"]
