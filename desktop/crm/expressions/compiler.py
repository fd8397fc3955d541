"""Type-check a parsed expression and compile it into one SQLAlchemy WHERE clause for a kind of
business object. Constants are folded in Python; everything else runs in SQL, and user text
only ever reaches the database as bound parameters."""

from __future__ import annotations

import builtins
import datetime as dt
import difflib
import operator
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from decimal import Decimal, DivisionByZero, InvalidOperation
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Integer,
    Numeric,
    String,
    and_,
    cast,
    exists,
    false,
    func,
    literal,
    not_,
    or_,
    select,
    text as sql_text,
    true,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import Grouping
from sqlalchemy.sql.util import ClauseAdapter

from desktop.crm import clock, entities as E
from desktop.crm.db.base import table_of
from desktop.crm.db.types import ExactNumeric, unscaled
from desktop.crm.enums import AttributeObjectKind, AttributeType, LabelledEnum
from desktop.crm.expressions import ast
from desktop.crm.expressions.catalogue import ATTRIBUTE_KIND, ENTITY, KINDS, find, names
from desktop.crm.expressions.errors import ExpressionError
from desktop.crm.expressions.matching import Matcher, link_column
from desktop.crm.expressions.parser import parse

#: LN has no NULL (BR-SEL-01, BR-SEL-12): an empty field, a missing attribute or a missing
#: related object reads as the empty value of its type; the empty date precedes every date
EMPTY = {"text": "", "number": Decimal(0), "date": dt.date.min, "bool": False}
#: how many operations may stand in a row before the SQL is too deep to run
MAX_SQL_DEPTH = 120
# one SQL operation per operator met: building all of them for each one cost a third of a
# compile
COMPARISONS = {"=": operator.eq, "<>": operator.ne, "<": operator.lt, "<=": operator.le,
               ">": operator.gt, ">=": operator.ge}
ARITHMETIC = {"+": operator.add, "-": operator.sub, "*": operator.mul,
              "/": lambda a, b: a / func.nullif(b, 0), "\\": lambda a, b: a % func.nullif(b, 0)}


@dataclass
class Value:
    """A typed operand: ``const`` holds a Python value when known at compile time."""
    type: str  # number text date bool
    sql: Any = None
    const: Any = None
    # a status or type field: stored by name, written by label
    enum: builtins.type[LabelledEnum] | None = None
    depth: int = 0  # operations nested in ``sql``
    #: a related object's field or an attribute: compared with a constant as a semi-join
    matcher: Matcher | None = None

    @property
    def is_const(self) -> bool:
        return self.sql is None

    def expr(self):
        if not self.is_const:
            return self.sql
        return _literal(self.type, self.const)


def _literal(type_: str, value):
    kinds: dict[str, Any] = {"number": Numeric(28, 10), "text": String(), "date": Date()}
    kind = kinds.get(type_)
    return literal(value, kind) if kind else (true() if value else false())


def filled(type_: str, expr):
    """``expr``, or the empty value of its type where it is NULL (LN has no NULL). A column
    declared NOT NULL is left as it is, so that its index still serves the query."""
    column = getattr(expr, "clause", expr)  # through a type_coerce
    column = getattr(column, "expression", column)  # an ORM attribute's column
    if getattr(column, "nullable", True) is False:
        return expr
    return func.coalesce(expr, _literal(type_, EMPTY[type_]))


def compile_selection(session: Session, kind: str, source: str,
                      today: dt.date | None = None):
    """The WHERE clause selecting the ``kind`` records for which ``source`` is true."""
    if kind not in KINDS:
        raise ValueError(kind)
    today = today or clock.today()
    key = (kind, source, today, *_sql_flavour(session))
    known = _COMPILED.get(key)
    if known is not None and _still_defined(session, known.attributes):
        return known.clause
    compiler = _Compiler(session, kind, source, today)
    tree = _parsed(source)
    try:
        result = compiler.value(tree)
    except RecursionError:  # a last guard: chains are walked without recursion
        raise ExpressionError("The expression is too long to run: split it into shorter "
                              "conditions.", source, tree.position) from None
    if result.type != "bool":
        raise ExpressionError("The expression must be a condition (true or false), e.g. "
                              "bp.city = \"Lyon\".", source, tree.position)
    clause = result.expr()
    _COMPILED.put(key, _Compiled(clause, tuple(compiler.attributes_read.items())))
    return clause


@dataclass(frozen=True)
class _Compiled:
    """A compiled clause and the attribute definitions it was built on: a selection is
    compiled again for each preview, run and report, in a new unit of work each time, and
    the clause holds no session state; only an attribute's id and type could have changed."""

    clause: Any
    attributes: tuple


def _sql_flavour(session: Session) -> tuple[str, bool]:
    """What the clause's SQL depends on besides the expression: the dialect and, on
    PostgreSQL, whether ICU's collation is there (never an engine's id, which a later engine
    may reuse)."""
    dialect = session.get_bind().dialect.name
    return dialect, dialect == "postgresql" and _has_icu(session)


def _still_defined(session: Session, attributes: tuple) -> bool:
    return all(_Compiler.attribute_definition(session, code) == found
               for code, found in attributes)


class _CompiledClauses:
    """The last compiled clauses, shared by the GUI thread and the task pool's workers."""

    def __init__(self, size: int) -> None:
        self.size, self.lock = size, threading.Lock()
        self.clauses: OrderedDict[tuple, _Compiled] = OrderedDict()

    def get(self, key) -> _Compiled | None:
        with self.lock:
            found = self.clauses.get(key)
            if found is not None:
                self.clauses.move_to_end(key)
            return found

    def put(self, key, compiled: _Compiled) -> None:
        with self.lock:
            self.clauses[key] = compiled
            if len(self.clauses) > self.size:
                self.clauses.popitem(last=False)


_COMPILED = _CompiledClauses(256)


@lru_cache(maxsize=256)
def _parsed(source: str) -> ast.Node:
    """The tree of ``source``: the tree is immutable and a selection is compiled again and
    again (each run, each preview), so it is parsed once."""
    return parse(source)


def check(session: Session, kind: str, source: str) -> None:
    """Compile Expression: raises the first ExpressionError, else returns."""
    compile_selection(session, kind, source)


def value_of(session: Session, kind: str, source: str) -> Value:
    """One field or attribute (``bp.name``, ``(R, CODE)``) of the ``kind`` record in context,
    NULL where it is empty: a letter shows an empty value as nothing, not as 0 (raises
    ExpressionError)."""
    return _Compiler(session, kind, source, clock.today(), fill=False).value(_parsed(source))


def related_value(session: Session, kind: str, owner: str, column):
    """``column`` of the ``owner`` object related to the ``kind`` record in context (the
    contact of a partner is its primary contact, BR-SEL-16); None when no such link exists."""
    return _Compiler(session, kind, "", clock.today()).related(owner, column)


class _Compiler:
    def __init__(self, session: Session, kind: str, source: str, today: dt.date,
                 fill: bool = True) -> None:
        self.session, self.kind, self.source, self.today = session, kind, source, today
        self.fill = fill
        self.attributes_read: dict[str, Any] = {}

    def filled(self, type_: str, expr):
        return filled(type_, expr) if self.fill else expr

    def error(self, template: str, node: ast.Node, **params) -> ExpressionError:
        return ExpressionError(template, self.source, node.position, **params)

    def value(self, node: ast.Node) -> Value:
        method = getattr(self, f"_{type(node).__name__.lower()}")
        return method(node)

    # -- leaves ----------------------------------------------------------------------------
    def _number(self, node: ast.Number) -> Value:
        return Value("number", const=node.value)

    def _text(self, node: ast.Text) -> Value:
        return Value("text", const=node.value)

    def _name(self, node: ast.Name) -> Value:
        field = find(node.name)
        if field is None:
            if "." not in node.name:
                raise self.error('{name} is not a field: put text in double quotes, '
                                 '"{name}".', node, name=node.name)
            close = difflib.get_close_matches(node.name.lower(), names(), n=1)
            if close:
                raise self.error("Unknown field {name}. Did you mean {suggestion}?", node,
                                 name=node.name, suggestion=close[0])
            raise self.error("Unknown field {name}.", node, name=node.name)
        column = field.expression()
        if field.type == "number" and isinstance(getattr(column, "type", None), ExactNumeric):
            column = unscaled(column, self.dialect)  # money is stored in cents on SQLite
        if field.owner == self.kind:
            return Value(field.type, sql=self.filled(field.type, column), enum=field.enum)
        value = self.related(field.owner, column)
        if value is None:  # no unambiguous related object: the empty value
            return Value(field.type, const=EMPTY[field.type], enum=field.enum)
        return Value(field.type, sql=self.filled(field.type, value), enum=field.enum,
                     matcher=self._field_matcher(field.owner, field.type, column))

    def _field_matcher(self, owner: str, type_: str, expression) -> Matcher | None:
        """A related object's field, for a comparison with a constant (see matching.py)."""
        link = link_column(self.owner_id(owner))
        if link is None or not self.fill:
            return None
        table = _alias(owner)
        if hasattr(expression, "__clause_element__"):
            expression = expression.__clause_element__()
        value = ClauseAdapter(table).traverse(expression)
        return Matcher(link, select(table.c.id), table.c.id, filled(type_, value))

    def related(self, owner: str, expression):
        """``expression`` (of the ``owner`` table) read from the object of that kind related to
        the record in context (BR-SEL-16), as a subquery correlated to that record; None when
        no such object is defined."""
        link = self.owner_id(owner)
        if link is None:
            return None
        table = _alias(owner)
        if hasattr(expression, "__clause_element__"):
            expression = expression.__clause_element__()
        adapted = ClauseAdapter(table).traverse(expression)
        return select(adapted).select_from(table).where(table.c.id == link) \
            .correlate(ENTITY[self.kind]).scalar_subquery()

    def owner_id(self, owner: str):
        """The id of the related ``owner`` object of the record in context (BR-SEL-16): the
        opportunity's and the partner's primary contact, the contact's employer, the
        activity's partner, contact and opportunity; None for any other pair."""
        BP, C, O, A = E.BusinessPartner, E.Contact, E.Opportunity, E.Activity
        if owner == self.kind:
            return ENTITY[owner].id
        contacts, links = _alias("primary_contact"), _alias("opportunity_contact")
        found = {
            ("contact", "bp"): lambda: C.business_partner_id,
            ("opportunity", "bp"): lambda: O.sold_to_bp_id,
            ("activity", "bp"): lambda: A.business_partner_id,
            ("activity", "contact"): lambda: A.contact_id,
            ("activity", "opportunity"): lambda: A.opportunity_id,
            # correlated explicitly: the subquery is nested two levels below the record
            ("bp", "contact"): lambda: select(contacts.c.id).where(
                contacts.c.business_partner_id == BP.id, contacts.c.is_primary.is_(True))
            .order_by(contacts.c.id).limit(1).correlate(BP).scalar_subquery(),
            ("opportunity", "contact"): lambda: select(links.c.contact_id).where(
                links.c.opportunity_id == O.id, links.c.primary_contact.is_(True))
            .order_by(links.c.id).limit(1).correlate(O).scalar_subquery(),
        }.get((self.kind, owner))
        return found() if found is not None else None

    def _attribute(self, node: ast.Attribute) -> Value:
        if node.code == "...":
            raise self.error('({kind}, ...) stands only before IN "pattern".', node,
                             kind=node.kind)
        attribute = self._attribute_definition(node.code.upper())
        if attribute is None:
            codes = self.session.scalars(select(E.Attribute.code)).all()
            close = difflib.get_close_matches(node.code.upper(), codes, n=1)
            if close:
                raise self.error("Unknown attribute {code}. Did you mean {suggestion}?", node,
                                 code=node.code, suggestion=close[0])
            raise self.error("Unknown attribute {code}.", node, code=node.code)
        owner_id = self.owner_id(ATTRIBUTE_KIND[node.kind])
        V, O = E.AttributeValue, E.AttributeOption
        type_, column = {AttributeType.DATE: ("date", V.value_date),
                         AttributeType.DOUBLE: ("number", V.value_number),
                         AttributeType.INTEGER: ("number", V.value_number),
                         AttributeType.OPTION: ("text", O.option_value),
                         AttributeType.TIME: ("text", self._hhmm(V.value_time)),
                         }.get(attribute.data_type, ("text", V.value_text))
        if owner_id is None:  # no unambiguous related object: the empty value
            return Value(type_, const=EMPTY[type_])
        # the attribute's values of the objects of that kind, one row per object that has one
        values = select(V.object_id).select_from(V).where(
            V.object_kind == AttributeObjectKind[node.kind], V.attribute_id == attribute.id)
        if attribute.data_type is AttributeType.OPTION:
            values = values.join(O, V.option_id == O.id)
        # no LIMIT: (object_kind, object_id, attribute_id) is unique, and LIMIT costs time
        # BR-SEL-12: a missing value reads as the empty value of its type
        stmt = values.with_only_columns(column).where(V.object_id == owner_id)
        matcher = Matcher(owner_id, values, V.object_id, filled(type_, column), correlated=True) \
            if self.fill and link_column(owner_id) is not None else None
        return Value(type_, sql=self.filled(type_, stmt.scalar_subquery()), matcher=matcher)

    def _attribute_definition(self, code: str):
        found = self.attribute_definition(self.session, code)
        if found is not None:
            self.attributes_read[code] = found
        return found

    @staticmethod
    def attribute_definition(session: Session, code: str):
        """(id, data_type) of an attribute, read once per unit of work: a run compiles the
        same selection again and again."""
        known = session.info.setdefault("selection_attributes", {})
        if code not in known:
            found = session.execute(select(E.Attribute.id, E.Attribute.data_type).where(
                func.upper(E.Attribute.code) == code)).first()
            if found is None:
                return None
            known[code] = found
        return known[code]

    def _hhmm(self, column):
        """A Time attribute as the user writes it: four digits HHMM ("0930")."""
        if self.dialect == "sqlite":
            return func.strftime("%H%M", column)
        return func.to_char(column, "HH24MI")

    @property
    def dialect(self) -> str:
        return self.session.get_bind().dialect.name

    def _call(self, node: ast.Call) -> Value:
        if node.name == "attribute":  # attribute("CODE"): of the object in context
            if len(node.args) != 1 or not isinstance(node.args[0], ast.Text):
                raise self.error('attribute() takes an attribute code in double quotes.', node)
            letter = {v: k for k, v in ATTRIBUTE_KIND.items()}[self.kind]
            return self._attribute(ast.Attribute(node.position, letter,
                                                 node.args[0].value.upper()))
        args = [self.value(a) for a in node.args]
        signatures = {"today": (), "date": ("number", "number", "number"),
                      "days": ("date", "date"), "upper": ("text",), "lower": ("text",),
                      "len": ("text",)}
        if node.name not in signatures:
            raise self.error("Unknown function {name}(); use today, date, days, upper, lower "
                             "or len.", node, name=node.name)
        wanted = signatures[node.name]
        if len(args) != len(wanted) or any(a.type != w for a, w in zip(args, wanted, strict=True)):
            raise self.error("{name}() takes ({types}).", node, name=node.name,
                             types=", ".join(wanted))
        return getattr(self, f"_fn_{node.name}")(node, *args)

    def _fn_today(self, node) -> Value:
        return Value("date", const=self.today)

    def _fn_date(self, node, y: Value, m: Value, d: Value) -> Value:
        if not all(a.is_const for a in (y, m, d)):
            raise self.error("date() takes numbers written in the expression.", node)
        try:
            return Value("date", const=dt.date(int(y.const), int(m.const), int(d.const)))
        except ValueError:
            raise self.error("That date does not exist.", node) from None

    def _fn_days(self, node, a: Value, b: Value) -> Value:
        if a.is_const and b.is_const:
            return Value("number", const=Decimal((b.const - a.const).days))
        return Value("number", sql=self._day_number(b.expr()) - self._day_number(a.expr()))

    def _add_days(self, date_sql, days_sql):
        """A date plus a number of days (Q-SEL-1), in SQL."""
        whole = cast(days_sql, Integer)
        if self.dialect == "sqlite":
            return func.date(date_sql, func.printf("%+d days", whole))
        return cast(date_sql + whole, Date)

    def _day_number(self, expr):
        if self.session.bind.dialect.name == "sqlite":
            return func.julianday(expr)
        return func.extract("epoch", expr) / 86400

    def _fn_upper(self, node, a: Value) -> Value:
        return Value("text", const=a.const.upper()) if a.is_const else \
            Value("text", sql=self._case("upper", a.sql), depth=a.depth + 1)

    def _fn_lower(self, node, a: Value) -> Value:
        return Value("text", const=a.const.lower()) if a.is_const else \
            Value("text", sql=self._case("lower", a.sql), depth=a.depth + 1)

    def _case(self, name: str, sql):
        """upper/lower of every letter, accented ones included, on both databases (SQLite's
        own and PostgreSQL's under the C locale change ASCII letters only)."""
        if self.dialect == "sqlite":
            return getattr(func, f"crm_{name}")(sql)
        if _has_icu(self.session):
            return getattr(func, name)(sql.collate("und-x-icu")).collate("C")
        return getattr(func, name)(sql)

    def _fn_len(self, node, a: Value) -> Value:
        return Value("number", const=Decimal(len(a.const))) if a.is_const else \
            Value("number", sql=func.length(a.sql))

    # -- operators -------------------------------------------------------------------------
    def _unary(self, node: ast.Unary) -> Value:
        operand = self.value(node.operand)
        if node.op == "not":
            self.require(operand, "bool", node, "not")
            return Value("bool", const=not operand.const) if operand.is_const else \
                Value("bool", sql=not_(operand.sql), depth=operand.depth + 1)
        self.require(operand, "number", node, "-")
        return Value("number", const=-operand.const) if operand.is_const else \
            Value("number", sql=-operand.sql, depth=operand.depth + 1)

    def require(self, value: Value, wanted: str, node: ast.Node, op: str) -> None:
        if value.type != wanted:
            raise self.error("{op} needs {wanted_label}, not {found_label}.", node, op=op,
                             wanted_label=TYPE_LABEL[wanted], found_label=TYPE_LABEL[value.type])

    def _binary(self, node: ast.Binary) -> Value:
        """A chain a op b op c ... is a left-deep tree as long as the chain: walk down its
        left side in a loop, not by recursion, so that 1,000 terms compile like 2."""
        spine = []
        leftmost: ast.Node = node
        while isinstance(leftmost, ast.Binary):
            spine.append(leftmost)
            leftmost = leftmost.left
        result = self.value(leftmost)
        chain: list[Value] = []  # the operands of a run of one logical operator
        chain_op = ""
        for link in reversed(spine):
            right = self.value(link.right)
            if link.op in ("and", "or"):
                self.require(result if not chain else right, "bool", link, link.op)
                self.require(right, "bool", link, link.op)
                if link.op != chain_op and chain:
                    result, chain = self._logical(chain_op, chain), []
                chain_op = link.op
                chain = chain or [result]
                chain.append(right)
                continue
            if chain:
                result, chain = self._logical(chain_op, chain), []
            result = self._combine(link, result, right)
            if result.depth > MAX_SQL_DEPTH:
                raise self.error("The expression is too long to run: more than {limit} "
                                 "operations in a row. Split it into shorter conditions.",
                                 link, limit=MAX_SQL_DEPTH)
        return self._logical(chain_op, chain) if chain else result

    @staticmethod
    def _logical(op: str, operands: list[Value]) -> Value:
        """a and b and c ...: constants folded, the rest as a balanced tree, so that the
        database parses a thousand terms a dozen levels deep."""
        absorbing = op == "or"  # TRUE absorbs an or, FALSE an and
        if any(v.is_const and v.const is absorbing for v in operands):
            return Value("bool", const=absorbing)
        rest = [v for v in operands if not v.is_const]
        if not rest:
            return Value("bool", const=not absorbing)
        join = or_ if absorbing else and_

        def group(clause):
            # and_ flattens a nested and_ (even in parentheses) back into one list, which
            # SQLite parses one level per term (at most 1,000): a typed group stays as written
            return type_coerce(Grouping(clause), Boolean)

        def balanced(items: list[Value]):
            if len(items) <= 8:
                return join(*(v.expr() for v in items))
            middle = len(items) // 2
            return join(group(balanced(items[:middle])), group(balanced(items[middle:])))

        depth = max(v.depth for v in rest) + max(1, len(rest).bit_length())
        return Value("bool", sql=balanced(rest), depth=depth)

    def _combine(self, node: ast.Binary, left: Value, right: Value) -> Value:
        if node.op in ("and", "or"):
            self.require(left, "bool", node, node.op)
            self.require(right, "bool", node, node.op)
            if left.is_const and right.is_const:
                result = (left.const and right.const) if node.op == "and" \
                    else (left.const or right.const)
                return Value("bool", const=result)
            join = and_ if node.op == "and" else or_
            # and_/or_ flatten a chain of the same operator: it adds no depth
            return Value("bool", sql=join(left.expr(), right.expr()),
                         depth=max(left.depth, right.depth))
        if node.op in ("=", "<>", "<", "<=", ">", ">="):
            return self.compare(node, node.op, left, right)
        return self.arithmetic(node, left, right)

    def compare(self, node, op: str, left: Value, right: Value) -> Value:
        if left.type != right.type or left.type == "bool":
            raise self.error("Cannot compare {left_label} with {right_label}.", node,
                             left_label=TYPE_LABEL[left.type],
                             right_label=TYPE_LABEL[right.type])
        left, right = self.enum_member(left, right, node), self.enum_member(right, left, node)
        if left.is_const and right.is_const:
            return Value("bool", const=_compare(op, left.const, right.const))
        semi_join = self._semi_join(op, left, right)
        if semi_join is not None:
            return semi_join
        return Value("bool", sql=self._compared(op, left.expr(), right.expr(), left.type),
                     depth=max(left.depth, right.depth) + 1)

    def _compared(self, op: str, a, b, type_: str):
        if type_ == "text" and self.dialect == "postgresql":
            a, b = a.collate("C"), b.collate("C")  # LN orders text by its characters' codes
        return COMPARISONS[op](a, b)

    def _semi_join(self, op: str, left: Value, right: Value) -> Value | None:
        """A related object's field or an attribute compared with a constant, either way
        round: the objects that satisfy it are selected once (matching.py)."""
        if left.matcher is not None and right.is_const:
            matcher, const, empty = left.matcher, right.expr(), \
                _compare(op, EMPTY[left.type], right.const)
            test = lambda value: self._compared(op, value, const, left.type)  # noqa: E731
        elif right.matcher is not None and left.is_const:
            matcher, const, empty = right.matcher, left.expr(), \
                _compare(op, left.const, EMPTY[left.type])
            test = lambda value: self._compared(op, const, value, left.type)  # noqa: E731
        else:
            return None
        return Value("bool", sql=matcher.matching(test, empty), depth=1)

    def arithmetic(self, node, left: Value, right: Value) -> Value:
        op = node.op
        if left.type == "number" and right.type == "date" and op == "+":
            left, right = right, left  # 30 + a date is the date 30 days later
        if left.type == "date" and right.type == "number" and op in "+-":
            if left.is_const and right.is_const:
                days = int(right.const) if op == "+" else -int(right.const)
                try:
                    return Value("date", const=left.const + dt.timedelta(days=days))
                except OverflowError:
                    raise self.error("That date does not exist.", node) from None
            days_sql = right.expr() if op == "+" else -right.expr()
            return Value("date", sql=self._add_days(left.expr(), days_sql),
                         depth=max(left.depth, right.depth) + 1)
        if left.type == "date" and right.type == "date" and op == "-":
            return self._fn_days(node, right, left)
        self.require(left, "number", node, op)
        self.require(right, "number", node, op)
        if left.is_const and right.is_const:
            try:
                return Value("number", const=_arith(op, left.const, right.const))
            except (DivisionByZero, InvalidOperation, ZeroDivisionError):
                raise self.error("Division by zero.", node) from None
        return Value("number", sql=ARITHMETIC[op](left.expr(), right.expr()),
                     depth=max(left.depth, right.depth) + 1)

    def enum_member(self, value: Value, other: Value, node) -> Value:
        """A status written by its label ("In Process") or name compares with the stored name."""
        if other.enum is None or not value.is_const or value.type != "text":
            return value
        try:
            return Value("text", const=other.enum.from_label(value.const).name)
        except ValueError:
            raise self.error("{value} is not one of: {choices}.", node, value=value.const,
                             choices=", ".join(m.label for m in other.enum)) from None

    def _inranges(self, node: ast.InRanges) -> Value:
        operand = self.value(node.operand)
        if operand.type == "text":
            return self._inlist(node, operand)
        if operand.type not in ("number", "date"):
            raise self.error("IN (low,high) needs a number or a date.", node)
        parts = []
        for group in node.ranges:
            if len(group) != 2:
                raise self.error("A range has two bounds: (low, high).", group[0])
            low, high = group
            lo, hi = self.value(low), self.value(high)
            if lo.type != operand.type or hi.type != operand.type:
                raise self.error("The bounds of a range must be of the same type as the value.",
                                 low)
            parts.append(self.compare(node, ">=", operand, lo).expr() &
                         self.compare(node, "<=", operand, hi).expr())
        return Value("bool", sql=or_(*parts))

    def _inlist(self, node: ast.InRanges, operand: Value) -> Value:
        """text IN ("a", "b") (\"c\"): equal to one of the candidates."""
        candidates = []
        for item in (item for group in node.ranges for item in group):
            value = self.value(item)
            if value.type != "text" or not value.is_const:
                raise self.error("After text IN, list texts in double quotes, e.g. "
                                 "(\"Lyon\", \"Paris\").", item)
            candidates.append(self.enum_member(value, operand, item).const)
        if operand.is_const:
            return Value("bool", const=operand.const in candidates)
        if operand.matcher is not None:
            return Value("bool", sql=operand.matcher.matching(
                lambda value: value.in_(candidates), EMPTY["text"] in candidates), depth=1)
        return Value("bool", sql=operand.sql.in_(candidates))

    def _inpattern(self, node: ast.InPattern) -> Value:
        regex = ln_pattern(node.pattern.value)
        try:
            re.compile(regex)
        except re.error:
            raise self.error("The pattern {pattern} is not valid: check its sets and ranges, "
                             "e.g. (a-z).", node.pattern, pattern=node.pattern.value) from None
        if isinstance(node.operand, ast.Attribute) and node.operand.code == "...":
            return self._any_attribute(node.operand, regex)
        operand = self.value(node.operand)
        if operand.type != "text":
            raise self.error('IN "pattern" needs text.', node)
        if operand.is_const:
            return Value("bool", const=re.search(regex, operand.const) is not None)
        return Value("bool", sql=operand.sql.regexp_match(regex))

    def _any_attribute(self, node: ast.Attribute, regex: str) -> Value:
        """(R,...) IN "s": any attribute value of the object matches (BR-SEL-11)."""
        owner_id = self.owner_id(ATTRIBUTE_KIND[node.kind])
        if owner_id is None:
            return Value("bool", const=False)
        V, O = E.AttributeValue, E.AttributeOption
        text = func.coalesce(O.option_value, V.value_text, "")
        return Value("bool", sql=exists(select(V.id).outerjoin(O, V.option_id == O.id).where(
            V.object_kind == AttributeObjectKind[node.kind], V.object_id == owner_id,
            text.regexp_match(regex))))


@cache
def _alias(owner: str):
    """One alias of an owner's table for every compilation: each use sits in a subquery of
    its own, and an alias costs its column collection the first time it is read."""
    entity = {"opportunity_contact": E.OpportunityContact, "primary_contact": E.Contact}.get(
        owner) or ENTITY[owner]
    return table_of(entity).alias()


_ICU: dict[int, bool] = {}


def _has_icu(session: Session) -> bool:
    """Whether the PostgreSQL server has ICU's root collation (case mapping of every letter
    whatever the database's locale); asked once per engine."""
    engine = session.get_bind().engine
    if id(engine) not in _ICU:
        _ICU[id(engine)] = session.scalar(sql_text(
            "SELECT count(*) FROM pg_collation WHERE collname = 'und-x-icu'")) == 1
    return _ICU[id(engine)]


TYPE_LABEL = {"number": "a number", "text": "text", "date": "a date",
              "bool": "a condition"}


def _compare(op: str, a, b) -> bool:
    return {"=": a == b, "<>": a != b, "<": a < b, "<=": a <= b, ">": a > b,
            ">=": a >= b}[op]


def _arith(op: str, a: Decimal, b: Decimal) -> Decimal:
    return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b,
            "\\": lambda: a % b}[op]()


def ln_pattern(pattern: str) -> str:
    """An LN pattern as a regular expression (Q-SEL-4): ^ $ . * as such, (abc) a set,
    (^abc) a negated set, every other special character literal."""
    out, i = [], 0
    while i < len(pattern):
        char = pattern[i]
        if char == "(":
            end = pattern.find(")", i + 1)
            if end > i + 1:
                body = pattern[i + 1:end]
                negate = body.startswith("^")
                body = body[1:] if negate else body
                escaped = re.sub(r"([\\\]\[&~|])", r"\\\1", body).replace("--", "-\\-")
                out.append(f"[{'^' if negate else ''}{escaped}]")
                i = end + 1
                continue
        out.append(char if char in "^$.*" else re.escape(char))
        i += 1
    return "".join(out)
