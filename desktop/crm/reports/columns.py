"""The columns of a report (BR-REP-01): each layout line's field or attribute, with its type
read from the catalogue, so that only numbers take subtotals and totals (BR-REP-03)."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import literal
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.enums import BusinessObjectKind, LabelledEnum
from desktop.crm.errors import ValidationError
from desktop.crm.expressions.compiler import value_of
from desktop.crm.expressions.errors import ExpressionError
from desktop.crm.letters.fields import (
    KIND,
    PAGE_VARIABLES,
    VARIABLES_GROUP,
    MergeEntry,
    canonical,
    catalogue,
    unknown_fields,
)
from desktop.crm.letters.merge import number_decimals

REPORT_KINDS = tuple(KIND)


@dataclass(frozen=True)
class ReportColumn:
    name: str
    heading: str
    width: int  # in characters
    type: str  # text number date bool
    sort: bool = False
    subtotal: bool = False
    total: bool = False
    new_page: bool = False
    enum: builtins.type[LabelledEnum] | None = None
    decimals: int = 2  # of a number: the column's scale (money 2, a count 0)

    @property
    def numeric(self) -> bool:
        return self.type == "number"


def field_type(session: Session, object_kind: BusinessObjectKind, name: str):
    """(type, enum, decimals) of a field or attribute a report on ``object_kind`` may show; raises
    ValidationError naming the field when it cannot."""
    kind = KIND.get(object_kind)
    if kind is None:
        raise ValidationError("A report lists business partners, contacts, opportunities or "
                              "activities.", field="business_object")
    name = canonical(name)
    if not name or name.startswith("@") or unknown_fields(session, object_kind, [name]):
        raise ValidationError("A report on {object_label} cannot show {name}: choose a field "
                              "or an attribute from the list.", field="field_name",
                              object_label=object_kind.label, name=name or "?")
    try:
        value = value_of(session, kind, name)
    except ExpressionError as error:
        raise ValidationError(error.template, field="field_name", **error.params) from None
    return value.type, value.enum, number_decimals(value)


def report_columns(session: Session, report: E.Report,
                   translate: Callable[[str], str] = lambda text: text) -> list[ReportColumn]:
    """The report's columns in sequence order (BR-REP-01); a column without a heading is
    headed by its field's label."""
    columns = []
    labels = {entry.name: entry.label for entry in field_catalogue(session,
                                                                   report.business_object)}
    for line in sorted(report.lines, key=lambda line: line.sequence):
        type_, enum, decimals = field_type(session, report.business_object, line.field_name)
        name = canonical(line.field_name)
        heading = line.heading or translate(labels.get(name, name))
        columns.append(ReportColumn(name, heading,
                                    line.width or 15, type_, line.sort, line.subtotal,
                                    line.total, line.new_page, enum, decimals))
    return columns


def column_expressions(session: Session, object_kind: BusinessObjectKind,
                       columns: list[ReportColumn]) -> list[Any]:
    """The SQL of each column's value for the record in context (NULL where empty)."""
    kind = KIND[object_kind]
    expressions = []
    for index, column in enumerate(columns):
        value = value_of(session, kind, column.name)
        expression = value.sql if value.sql is not None else literal(value.const)
        expressions.append(expression.label(f"c{index}"))
    return expressions


def field_catalogue(session: Session, object_kind: BusinessObjectKind) -> list[MergeEntry]:
    """What a report on ``object_kind`` may show: the fields and attributes of the objects
    it reaches (the letters' catalogue without its variables)."""
    return [e for e in catalogue(session, object_kind) if e.group != VARIABLES_GROUP]


def page_catalogue() -> list[MergeEntry]:
    """What a header or footer may hold (BR-REP-05)."""
    return [MergeEntry(name, label, VARIABLES_GROUP) for name, label in PAGE_VARIABLES.items()]
