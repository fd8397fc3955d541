"""Errors of the expression language, with line, column and a caret under the spot."""

from __future__ import annotations

from desktop.crm.errors import CrmError


class ExpressionError(CrmError):
    def __init__(self, template: str, source: str, position: int, **params) -> None:
        self.source = source
        self.position = max(0, min(position, len(source)))
        before = source[: self.position]
        self.line = before.count("\n") + 1
        self.column = self.position - (before.rfind("\n") + 1) + 1
        super().__init__(template, **params)

    def caret(self) -> str:
        """The line of the error and a caret under the column."""
        text = self.source.splitlines()[self.line - 1] if self.source.strip() else ""
        return f"{text}\n{' ' * (self.column - 1)}^"

    def report(self, translate=None) -> str:
        return f"{self.line}:{self.column}: {self.message(translate)}\n{self.caret()}"
