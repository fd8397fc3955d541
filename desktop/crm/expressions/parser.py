"""Recursive-descent parser: not > and > or; arithmetic above comparison (Appendix A)."""

from __future__ import annotations

from decimal import Decimal

from desktop.crm.expressions import ast
from desktop.crm.expressions.errors import ExpressionError
from desktop.crm.expressions.lexer import Token, string_value, tokenize

MAX_DEPTH = 64  # each level costs about eight Python frames
RELATIONAL = {"=", "<>", "<", "<=", ">", ">="}


def parse(source: str) -> ast.Node:
    """The tree of ``source``, or ExpressionError at the first fault."""
    tokens = tokenize(source)
    if len(tokens) == 1:  # only the end: blank, or nothing but comments
        raise ExpressionError("The expression is empty.", source, 0)
    parser = _Parser(source, tokens)
    node = parser.expression()
    parser.expect_end()
    return node


class _Parser:
    def __init__(self, source: str, tokens: list[Token]) -> None:
        self.source, self.tokens, self.i, self.depth = source, tokens, 0, 0

    # -- helpers ---------------------------------------------------------------------------
    @property
    def token(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def accept(self, *texts: str) -> Token | None:
        if self.token.kind in ("op", "keyword") and self.token.text in texts:
            return self.take()
        return None

    def error(self, template: str, token: Token | None = None, **params):
        token = token or self.token
        return ExpressionError(template, self.source, token.position, **params)

    def require(self, text: str) -> Token:
        if self.accept(text) is None:
            found = self.token.text or "the end"
            raise self.error("Expected {expected} but found {found}.", expected=text,
                             found=found)
        return self.tokens[self.i - 1]

    def expect_end(self) -> None:
        if self.token.kind != "end":
            if self.token.text == ")":
                raise self.error("This closing parenthesis has no opening one.")
            raise self.error("Unexpected {found}: an operator such as and, or, = is missing.",
                             found=self.token.text)

    def nested(self):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.error("The expression is nested too deeply.")

    # -- grammar ---------------------------------------------------------------------------
    def expression(self) -> ast.Node:
        self.nested()
        node = self.or_expr()
        self.depth -= 1
        return node

    def or_expr(self) -> ast.Node:
        node = self.and_expr()
        while (op := self.accept("or")) is not None:
            node = ast.Binary(op.position, "or", node, self.and_expr())
        return node

    def and_expr(self) -> ast.Node:
        node = self.not_expr()
        while (op := self.accept("and")) is not None:
            node = ast.Binary(op.position, "and", node, self.not_expr())
        return node

    def not_expr(self) -> ast.Node:
        if (op := self.accept("not")) is not None:
            self.nested()
            node = ast.Unary(op.position, "not", self.not_expr())
            self.depth -= 1
            return node
        return self.relation()

    def relation(self) -> ast.Node:
        left = self.arith()
        if (op := self.accept(*RELATIONAL)) is not None:
            return ast.Binary(op.position, op.text, left, self.arith())
        if (op := self.accept("in")) is not None:
            if self.token.kind == "string":
                token = self.take()
                return ast.InPattern(op.position, left, ast.Text(token.position,
                                                                  string_value(token)))
            groups = []
            while self.token.text == "(":
                self.take()
                group = [self.arith()]
                while self.accept(",") is not None:
                    group.append(self.arith())
                self.require(")")
                groups.append(tuple(group))
            if not groups:
                raise self.error('After IN, give ranges such as (10,100) (200,300), a list '
                                 'such as ("Lyon", "Paris"), or a pattern in double quotes.')
            return ast.InRanges(op.position, left, tuple(groups))
        return left

    def arith(self) -> ast.Node:
        node = self.term()
        while (op := self.accept("+", "-")) is not None:
            node = ast.Binary(op.position, op.text, node, self.term())
        return node

    def term(self) -> ast.Node:
        node = self.factor()
        while (op := self.accept("*", "/", "\\", "¥")) is not None:
            node = ast.Binary(op.position, "\\" if op.text == "¥" else op.text, node,
                              self.factor())
        return node

    def factor(self) -> ast.Node:
        token = self.token
        if (op := self.accept("-")) is not None:
            self.nested()
            node = ast.Unary(op.position, "-", self.factor())
            self.depth -= 1
            return node
        if token.kind == "number":
            self.take()
            return ast.Number(token.position, Decimal(token.text))
        if token.kind == "string":
            self.take()
            return ast.Text(token.position, string_value(token))
        if token.kind == "name":
            return self.name()
        if token.text in ("(", "["):
            return self.parenthesis_or_attribute()
        if token.kind == "end":
            raise self.error("The expression ends too early.")
        raise self.error("Unexpected {found}.", found=token.text)

    def name(self) -> ast.Node:
        token = self.take()
        if self.accept("(") is None:
            return ast.Name(token.position, token.text)
        args = []
        if self.accept(")") is None:
            args.append(self.expression())
            while self.accept(",") is not None:
                args.append(self.expression())
            self.require(")")
        return ast.Call(token.position, token.text.lower(), tuple(args))

    def parenthesis_or_attribute(self) -> ast.Node:
        opening = self.take()
        ahead = self.tokens[self.i: self.i + 2]
        if len(ahead) == 2 and ahead[0].kind == "name" and ahead[0].text.upper() in "RPCA" \
                and len(ahead[0].text) == 1 and ahead[1].text == ",":
            kind = self.take().text.upper()
            self.take()
            code = self.take()
            if code.kind != "name" and code.text != "...":
                raise self.error("After ({kind}, give an attribute code.", code, kind=kind)
            self.require(")" if opening.text == "(" else "]")
            return ast.Attribute(opening.position, kind, code.text.upper()
                                 if code.text != "..." else "...")
        if opening.text == "[":
            raise self.error("[ opens an attribute: [R, code].", opening)
        node = self.expression()
        if self.accept(")") is None:
            raise self.error("This parenthesis is not closed.", opening)
        return node
