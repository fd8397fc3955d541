"""Tokens of selection expressions: numbers, "strings" ("" inside is a quote), names with
dots (tccom100.bpid, bp.turnover.previous.year), operators, and | comments."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.crm.expressions.errors import ExpressionError

KEYWORDS = {"and", "or", "not", "in"}
MAX_LENGTH = 20_000

_TOKEN = re.compile(r"""
    (?P<space>[ \t\r\n]+)
  | (?P<comment>\|[^\n]*)
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<string>"(?:[^"]|"")*")
  | (?P<unterminated>"(?:[^"]|"")*$)
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)
  | (?P<op><>|<=|>=|=|<|>|\+|-|\*|/|\\|¥|\(|\)|\[|\]|,|\.\.\.)
""", re.VERBOSE)


@dataclass(frozen=True)
class Token:
    kind: str  # number string name keyword op end
    text: str
    position: int


def tokenize(source: str) -> list[Token]:
    if len(source) > MAX_LENGTH:
        raise ExpressionError("The expression is too long ({length} characters; at most "
                              "{limit}).", source[:200], 0, length=len(source),
                              limit=MAX_LENGTH)
    if "\x00" in source:  # no database stores it in text; refuse it here, clearly
        raise ExpressionError("The expression contains a NUL character; remove it.", source,
                              source.index("\x00"))
    tokens = []
    for kind, position, end in _scan(source):
        if kind is None:
            raise ExpressionError("Unexpected character {char}.", source, position,
                                  char=repr(source[position]))
        if kind == "unterminated":
            raise ExpressionError("This text has no closing double quote.", source, position)
        text = source[position:end]
        if kind == "keyword":
            text = text.lower()
        if kind != "comment":
            tokens.append(Token(kind, text, position))
    tokens.append(Token("end", "", len(source)))
    return tokens


def spans(source: str):
    """(kind, start, end) of every token, for colouring as the user types: it never raises,
    an unexpected character is stepped over and an open string runs to the end."""
    for kind, start, end in _scan(source):
        if kind is not None:
            yield ("string" if kind == "unterminated" else kind), start, end


def _scan(source: str):
    """(kind, start, end) of each token but spaces, keywords told from names; an unexpected
    character comes as (None, position, position + 1)."""
    position = 0
    while position < len(source):
        match = _TOKEN.match(source, position)
        if match is None:
            yield None, position, position + 1
            position += 1
            continue
        kind = match.lastgroup
        if kind == "name" and match.group().lower() in KEYWORDS:
            kind = "keyword"
        if kind != "space":
            yield kind, match.start(), match.end()
        position = match.end()


def string_value(token: Token) -> str:
    return token.text[1:-1].replace('""', '"')
