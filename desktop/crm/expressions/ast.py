"""The syntax tree of a selection expression."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Node:
    position: int


@dataclass(frozen=True)
class Number(Node):
    value: Decimal


@dataclass(frozen=True)
class Text(Node):
    value: str


@dataclass(frozen=True)
class Name(Node):
    """A field (``tccom100.bpid``, ``bp.name``) or a bare word the checker rejects."""
    name: str


@dataclass(frozen=True)
class Attribute(Node):
    kind: str  # R P C A
    code: str  # "..." = any attribute


@dataclass(frozen=True)
class Call(Node):
    name: str
    args: tuple


@dataclass(frozen=True)
class Unary(Node):
    op: str  # "-" or "not"
    operand: Node


@dataclass(frozen=True)
class Binary(Node):
    op: str  # or and = <> < <= > >= + - * / \
    left: Node
    right: Node


@dataclass(frozen=True)
class InRanges(Node):
    """``x IN (low, high) ...`` for numbers and dates, ``x IN ("a", "b", ...)`` for text."""
    operand: Node
    ranges: tuple  # ((low, high), ...) or one tuple of candidates


@dataclass(frozen=True)
class InPattern(Node):
    operand: Node
    pattern: Text
