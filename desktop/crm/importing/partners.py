"""Importing business partners from a table (CSV or XLSX), row by row through the domain's
rules, with a report line per row: created, updated, skipped (a duplicate, with the record it
duplicates) or failed (with the column and the reason).

A row names its partner by code when the file has codes; otherwise the duplicate check finds
it (same e-mail, phone, or a like name in the same city, against the partners already there and
the rows imported before it), and the user's choice applies: skip it, update the partner found,
or create it anyway. So the same file imported twice creates nothing the second time.

Simulate changes nothing. Update is all-or-nothing (one failed row and nothing is written) or
per row (the failed rows are left out). A cancel rolls everything back.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.batch import Cancelled
from desktop.crm.duplicates import DEFAULT_THRESHOLD, Match, PartnerIndex
from desktop.crm.enums import BPStatus
from desktop.crm.errors import CrmError
from desktop.crm.importing import conversions as C
from desktop.crm.importing.tables import Table
from desktop.crm.partners import save_partner
from desktop.crm.unit_of_work import begin

# what a column may fill, and how its cells are read
FIELDS: dict[str, str] = {
    "code": "text", "name": "text", "status": "status", "status_effective_date": "date",
    "street": "text", "postal_code": "text", "city": "text", "country": "country",
    "language": "text", "phone": "phone", "email": "text", "website": "text",
    "currency": "text", "credit_limit": "number", "general_information": "text"}


class OnDuplicate(enum.Enum):
    SKIP = "skip"
    UPDATE = "update"
    CREATE = "create"


class Action(enum.Enum):
    CREATED = "created"
    UPDATED = "updated"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass
class ImportOptions:
    mapping: dict[int, str]  # column index -> field
    on_duplicate: OnDuplicate = OnDuplicate.SKIP
    threshold: int = DEFAULT_THRESHOLD
    simulate: bool = False
    all_or_nothing: bool = False
    day_first: bool = True
    decimal_comma: bool = True
    default_country: str = "FR"


@dataclass
class ImportLine:
    line: int  # in the file, the header being line 1
    action: Action
    code: str = ""
    error: CrmError | None = None
    column: str = ""
    duplicate: Match | None = None


@dataclass
class ImportReport:
    lines: list[ImportLine] = field(default_factory=list)
    written: bool = False  # False: simulated, or rolled back (all-or-nothing with a failure)

    def count(self, action: Action) -> int:
        return sum(1 for line in self.lines if line.action is action)


def check_mapping(options: ImportOptions, table: Table) -> None:
    fields = list(options.mapping.values())
    unknown = [f for f in fields if f not in FIELDS]
    if unknown:
        raise CrmError("These fields cannot be imported: {fields}.", fields=", ".join(unknown))
    if "name" not in fields and "code" not in fields:
        raise CrmError("Map a column to the name (or to the code of partners to update).")
    twice = sorted({f for f in fields if fields.count(f) > 1})
    if twice:
        raise CrmError("Each field takes one column; mapped twice: {fields}.",
                       fields=", ".join(twice))
    if any(index >= len(table.headers) for index in options.mapping):
        raise CrmError("The mapping names a column the file does not have.")


def import_partners(session: Session, table: Table, options: ImportOptions,
                    progress: Callable[[int, int], bool] = lambda done, total: True
                    ) -> ImportReport:
    """Import every row; commits unless simulated, rolled back or cancelled."""
    check_mapping(options, table)
    begin(session)  # every row's savepoint inside one transaction that can be rolled back
    index = PartnerIndex.load(session)
    report = ImportReport()
    total = len(table.rows)
    try:
        for number, row in enumerate(table.rows, start=2):
            report.lines.append(_row(session, index, table, row, number, options))
            if not progress(number - 1, total):
                raise Cancelled()
        failed = report.count(Action.FAILED)
        if options.simulate or (options.all_or_nothing and failed):
            session.rollback()
        else:
            session.commit()
            report.written = True
    except BaseException:
        session.rollback()
        raise
    return report


def _row(session: Session, index: PartnerIndex, table: Table, row: list, number: int,
         options: ImportOptions) -> ImportLine:
    try:
        values = _values(table, row, options)
    except _CellError as error:
        return ImportLine(number, Action.FAILED, error=error.error, column=error.column)
    target, duplicate = _target(session, index, values, options)
    if duplicate is not None and target is None and options.on_duplicate is OnDuplicate.SKIP:
        return ImportLine(number, Action.SKIPPED, values.get("code", ""), duplicate=duplicate)
    try:
        with session.begin_nested():
            partner = save_partner(session, target, values)
    except CrmError as error:
        return ImportLine(number, Action.FAILED, values.get("code", ""), error=error,
                          column=_column_of(table, options, getattr(error, "field", None)))
    if target is None:
        index.add(partner.id, partner.code, partner.name, partner.email, partner.phone,
                  partner.city)
    return ImportLine(number, Action.CREATED if target is None else Action.UPDATED,
                      partner.code, duplicate=duplicate)


def _target(session: Session, index: PartnerIndex, values: dict,
            options: ImportOptions) -> tuple[E.BusinessPartner | None, Match | None]:
    """The partner this row updates (by its code, or the duplicate found when the user
    chose to update), and the duplicate found."""
    code = values.get("code")
    if code:
        found = session.scalars(select(E.BusinessPartner).where(
            E.BusinessPartner.code == code)).first()
        if found is not None:
            return found, None
    matches = index.matches(values, options.threshold) if values.get("name") or \
        values.get("email") or values.get("phone") else []
    if not matches:
        return None, None
    best = matches[0]
    if options.on_duplicate is OnDuplicate.UPDATE:
        return session.get(E.BusinessPartner, best.record_id), best
    return None, best


class _CellError(Exception):
    def __init__(self, column: str, error: CrmError) -> None:
        super().__init__(str(error))
        self.column, self.error = column, error


def _values(table: Table, row: list, options: ImportOptions) -> dict:
    values: dict = {}
    country = options.default_country
    for column, name in sorted(options.mapping.items(), key=lambda kv: kv[1] != "country"):
        cell = row[column] if column < len(row) else None
        try:
            values[name] = _convert(FIELDS[name], cell, options, country)
        except CrmError as error:
            raise _CellError(table.headers[column], error) from None
        if name == "country" and values[name]:
            country = values[name]
    return {k: v for k, v in values.items() if v not in (None, "")}


def _convert(kind: str, cell, options: ImportOptions, country: str):
    if kind == "date":
        return C.to_date(cell, options.day_first)
    if kind == "number":
        return C.to_number(cell, options.decimal_comma)
    if kind == "country":
        return C.to_country(cell)
    if kind == "phone":
        return C.to_phone(cell, country)
    if kind == "status":
        raw = C.text(cell)
        if not raw:
            return None
        found = next((s for s in BPStatus if raw.upper() in (s.name, s.label.upper())), None)
        if found is None:
            raise CrmError("“{value}” is not a partner status.", value=raw)
        return found
    return C.text(cell)


def _column_of(table: Table, options: ImportOptions, field_name: str | None) -> str:
    return next((table.headers[i] for i, name in options.mapping.items()
                 if name == field_name), "")
