"""The selection-expression language of domain.md 3.11 and Appendix A: LN syntax and readable
aliases, checked against a catalogue of fields, compiled to one SQLAlchemy WHERE clause."""

from desktop.crm.expressions.errors import ExpressionError  # noqa: F401
from desktop.crm.expressions.parser import parse  # noqa: F401
