"""Type-check a parsed expression and compile it into one SQLAlchemy WHERE clause for a kind of
business object. Constants are folded in Python; everything else runs in SQL, and user text
only ever reaches the database as bound parameters."""

from __future__ import annotations

import builtins
import datetime as dt
import difflib
import operator
import re
from dataclasses import dataclass
from decimal import Decimal, DivisionByZero, InvalidOperation
from typing import Any

from sqlalchemy import (
    Date,
    Numeric,
    String,
    and_,
    exists,
    false,
    func,
    literal,
    not_,
    or_,
    select,
    true,
)
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.enums import AttributeObjectKind, AttributeType
from desktop.crm.expressions import ast
from desktop.crm.expressions.catalogue import ATTRIBUTE_KIND, ENTITY, KINDS, find, names
from desktop.crm.expressions.errors import ExpressionError
from desktop.crm.expressions.parser import parse

CONSTANT_TYPES = {Decimal: "number", str: "text", dt.date: "date", bool: "bool"}
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
    enum: builtins.type | None = None  # a status or type field: stored by name, written by label

    @property
    def is_const(self) -> bool:
        return self.sql is None

    def expr(self):
        if not self.is_const:
            return self.sql
        kind = {"number": Numeric(28, 10), "text": String(), "date": Date()}.get(self.type)
        return literal(self.const, kind) if kind else (true() if self.const else false())


def compile_selection(session: Session, kind: str, source: str,
                      today: dt.date | None = None):
    """The WHERE clause selecting the ``kind`` records for which ``source`` is true."""
    if kind not in KINDS:
        raise ValueError(kind)
    tree = parse(source)
    compiler = _Compiler(session, kind, source, today or dt.date.today())
    result = compiler.value(tree)
    if result.type != "bool":
        raise ExpressionError("The expression must be a condition (true or false), e.g. "
                              "bp.city = \"Lyon\".", source, tree.position)
    return result.expr()


def check(session: Session, kind: str, source: str) -> None:
    """Compile Expression: raises the first ExpressionError, else returns."""
    compile_selection(session, kind, source)


class _Compiler:
    def __init__(self, session: Session, kind: str, source: str, today: dt.date) -> None:
        self.session, self.kind, self.source, self.today = session, kind, source, today

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
        if field.owner != self.kind:
            owner_id = self.owner_id(field.owner)
            if owner_id is None:
                return Value(field.type, sql=literal(None, String() if field.type == "text"
                                                     else Numeric()))
            owner = ENTITY[field.owner]
            column = select(column).select_from(owner).where(owner.id == owner_id) \
                .scalar_subquery()
        return Value(field.type, sql=column, enum=field.enum)

    def owner_id(self, owner: str):
        """The id of the related ``owner`` object of the record in context (BR-SEL-16)."""
        BP, C, O, A, OC = (E.BusinessPartner, E.Contact, E.Opportunity, E.Activity,
                           E.OpportunityContact)
        if owner == self.kind:
            return ENTITY[owner].id
        links = {
            ("contact", "bp"): C.business_partner_id,
            ("opportunity", "bp"): O.sold_to_bp_id,
            ("activity", "bp"): A.business_partner_id,
            ("activity", "contact"): A.contact_id,
            ("activity", "opportunity"): A.opportunity_id,
            ("bp", "contact"): select(C.id).where(C.business_partner_id == BP.id,
                                                  C.is_primary.is_(True)).limit(1)
            .scalar_subquery(),
            ("opportunity", "contact"): select(OC.contact_id).where(
                OC.opportunity_id == O.id, OC.primary_contact.is_(True)).limit(1)
            .scalar_subquery(),
        }
        return links.get((self.kind, owner))

    def _attribute(self, node: ast.Attribute) -> Value:
        if node.code == "...":
            raise self.error('({kind}, ...) stands only before IN "pattern".', node,
                             kind=node.kind)
        attribute = self.session.execute(select(E.Attribute.id, E.Attribute.data_type).where(
            func.upper(E.Attribute.code) == node.code.upper())).first()
        if attribute is None:
            codes = self.session.scalars(select(E.Attribute.code)).all()
            close = difflib.get_close_matches(node.code.upper(), codes, n=1)
            if close:
                raise self.error("Unknown attribute {code}. Did you mean {suggestion}?", node,
                                 code=node.code, suggestion=close[0])
            raise self.error("Unknown attribute {code}.", node, code=node.code)
        owner_id = self.owner_id(ATTRIBUTE_KIND[node.kind])
        V, O = E.AttributeValue, E.AttributeOption
        kind_type = {AttributeType.DATE: ("date", V.value_date, None),
                     AttributeType.DOUBLE: ("number", V.value_number, Decimal(0)),
                     AttributeType.INTEGER: ("number", V.value_number, Decimal(0)),
                     AttributeType.OPTION: ("text", O.option_value, ""),
                     AttributeType.TIME: ("text", V.value_time, ""),
                     }.get(attribute.data_type, ("text", V.value_text, ""))
        type_, column, missing = kind_type
        if owner_id is None:
            return Value(type_, const=missing) if missing is not None else \
                Value(type_, sql=literal(None, Date()))
        stmt = select(column).select_from(V).where(
            V.object_kind == AttributeObjectKind[node.kind], V.object_id == owner_id,
            V.attribute_id == attribute.id)
        if attribute.data_type is AttributeType.OPTION:
            stmt = stmt.join(O, V.option_id == O.id)
        # no LIMIT: (object_kind, object_id, attribute_id) is unique, and LIMIT costs time
        sub = stmt.scalar_subquery()
        # BR-SEL-12: a missing value reads as empty text or 0
        return Value(type_, sql=func.coalesce(sub, missing) if missing is not None else sub)

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
        if len(args) != len(wanted) or any(a.type != w for a, w in zip(args, wanted)):
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

    def _day_number(self, expr):
        if self.session.bind.dialect.name == "sqlite":
            return func.julianday(expr)
        return func.extract("epoch", expr) / 86400

    def _fn_upper(self, node, a: Value) -> Value:
        return Value("text", const=a.const.upper()) if a.is_const else \
            Value("text", sql=func.upper(a.sql))

    def _fn_lower(self, node, a: Value) -> Value:
        return Value("text", const=a.const.lower()) if a.is_const else \
            Value("text", sql=func.lower(a.sql))

    def _fn_len(self, node, a: Value) -> Value:
        return Value("number", const=Decimal(len(a.const))) if a.is_const else \
            Value("number", sql=func.length(a.sql))

    # -- operators -------------------------------------------------------------------------
    def _unary(self, node: ast.Unary) -> Value:
        operand = self.value(node.operand)
        if node.op == "not":
            self.require(operand, "bool", node, "not")
            return Value("bool", const=not operand.const) if operand.is_const else \
                Value("bool", sql=not_(operand.sql))
        self.require(operand, "number", node, "-")
        return Value("number", const=-operand.const) if operand.is_const else \
            Value("number", sql=-operand.sql)

    def require(self, value: Value, wanted: str, node: ast.Node, op: str) -> None:
        if value.type != wanted:
            raise self.error("{op} needs {wanted_label}, not {found_label}.", node, op=op,
                             wanted_label=TYPE_LABEL[wanted], found_label=TYPE_LABEL[value.type])

    def _binary(self, node: ast.Binary) -> Value:
        left, right = self.value(node.left), self.value(node.right)
        if node.op in ("and", "or"):
            self.require(left, "bool", node, node.op)
            self.require(right, "bool", node, node.op)
            if left.is_const and right.is_const:
                result = (left.const and right.const) if node.op == "and" \
                    else (left.const or right.const)
                return Value("bool", const=result)
            join = and_ if node.op == "and" else or_
            return Value("bool", sql=join(left.expr(), right.expr()))
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
        return Value("bool", sql=COMPARISONS[op](left.expr(), right.expr()))

    def arithmetic(self, node, left: Value, right: Value) -> Value:
        op = node.op
        if left.type == "date" and right.type == "number" and op in "+-":
            if left.is_const and right.is_const:
                delta = dt.timedelta(days=int(right.const))
                return Value("date", const=left.const + delta if op == "+"
                             else left.const - delta)
            raise self.error("Date arithmetic needs a date and a number written in the "
                             "expression, e.g. today() - 45.", node)
        if left.type == "date" and right.type == "date" and op == "-":
            return self._fn_days(node, right, left)
        self.require(left, "number", node, op)
        self.require(right, "number", node, op)
        if left.is_const and right.is_const:
            try:
                return Value("number", const=_arith(op, left.const, right.const))
            except (DivisionByZero, InvalidOperation, ZeroDivisionError):
                raise self.error("Division by zero.", node) from None
        return Value("number", sql=ARITHMETIC[op](left.expr(), right.expr()))

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
