"""Importing business partners: a row names its partner by code when the file has codes;
otherwise the duplicate check finds it (same VAT number, e-mail or phone, or a like name in the
same city, against the partners already there and the rows before it), and the user's choice
applies: skip it, update the partner found, or create it anyway. So the same file imported
twice creates nothing the second time.

New partners are checked by the domain's rules row by row and inserted in blocks: a 100,000-row
file costs a few hundred INSERTs, not 100,000 flushes. Updates go through ``save_partner``.
"""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.db.base import audit_values, table_of
from desktop.crm.db.records import checked_row
from desktop.crm.duplicates import Match, PartnerIndex
from desktop.crm.enums import BPStatus
from desktop.crm.errors import CrmError, ValidationError
from desktop.crm.importing.report import (
    Action,
    ImportLine,
    ImportOptions,
    OnDuplicate,
)
from desktop.crm.importing.rows import ImportKind, column_of
from desktop.crm.importing.tables import Table
from desktop.crm.numbering import next_numbers
from desktop.crm.parameters import com_parameters
from desktop.crm.partners import save_partner

# what a column may fill, and how its cells are read
FIELDS: dict[str, object] = {
    "code": "text", "name": "text", "status": BPStatus, "status_effective_date": "date",
    "street": "text", "postal_code": "text", "city": "text", "country": "country",
    "language": "text", "phone": "phone", "email": "text", "website": "text",
    "vat_number": "vat", "currency": "text", "credit_limit": "number",
    "general_information": "text"}
BLOCK = 1000  # new partners inserted at once
NAMES_KEPT = 3  # of the likest names: the row takes the best match
NUMBERED = frozenset({"code"})  # from the number series, for a whole block at once


class PartnerImporter:
    def __init__(self, session: Session, table: Table, options: ImportOptions) -> None:
        self.session, self.table, self.options = session, table, options
        self.index = PartnerIndex.load(session)
        bp = E.BusinessPartner
        self.ids = {code.lower(): record_id for record_id, code in
                    session.execute(select(bp.id, bp.code))}  # codes taken, read once
        self.series = com_parameters(session).bp_series_id
        self.today = clock.today()
        self._pending: list[tuple[dict, ImportLine]] = []
        self._entries: list = []  # their index entries, which get their ids when inserted

    def row(self, line: int, values: dict) -> ImportLine:
        code = (values.get("code") or "").lower()
        if code in self.ids:
            return self._update(line, self._real_id(self.ids[code]), values, None)
        identified = values.get("name") or values.get("email") or values.get("phone")
        matches = self.index.matches(values, self.options.threshold, names=NAMES_KEPT) \
            if identified else []
        best = matches[0] if matches else None
        choice = self.options.on_duplicate_of(line)
        if best is not None and choice is OnDuplicate.SKIP:
            return ImportLine(line, Action.SKIPPED, best.code, duplicate=best, values=values)
        if best is not None and choice is OnDuplicate.UPDATE:
            return self._update(line, self._real_id(best.record_id), values, best)
        return self._create(line, values, best)

    def finish(self) -> None:
        self._insert_pending()

    def _update(self, line: int, record_id: int, values: dict, best: Match | None
                ) -> ImportLine:
        target = self.session.get(E.BusinessPartner, record_id)
        try:
            with self.session.begin_nested():
                partner = save_partner(self.session, target, values)
        except CrmError as error:
            return self._failed(line, values, error)
        return ImportLine(line, Action.UPDATED, partner.code, duplicate=best, values=values)

    def _create(self, line: int, values: dict, best: Match | None) -> ImportLine:
        if "status" not in values:  # a new partner is a prospect from the day it comes in
            values = {"status": BPStatus.PROSPECT, "status_effective_date": self.today,
                      **values}
        try:
            if not values.get("code") and self.series is None:
                raise ValidationError("Enter a code, or set a number series in the COM "
                                      "parameters.", field="code")
            row = checked_row(self.session, E.BusinessPartner, values, NUMBERED)
        except CrmError as error:
            return self._failed(line, values, error)
        result = ImportLine(line, Action.CREATED, row.get("code") or "", duplicate=best,
                            values=values)
        temporary = -len(self._pending) - 1  # until the block is inserted
        self._pending.append((row, result))
        self._entries.append(self.index.add(temporary, result.code, row["name"], row["email"],
                                            row["phone"], row["city"], row["vat_number"]))
        if result.code:
            self.ids[result.code.lower()] = temporary
        if len(self._pending) >= BLOCK:
            self._insert_pending()
        return result

    def _failed(self, line: int, values: dict, error: CrmError) -> ImportLine:
        column = column_of(self.table, self.options, getattr(error, "field", None))
        return ImportLine(line, Action.FAILED, values.get("code", ""), error=error,
                          column=column, values=values)

    def _real_id(self, record_id: int) -> int:
        """A partner of this file not inserted yet is inserted first, to be updated."""
        if record_id >= 0:
            return record_id
        entry = self._entries[-record_id - 1]
        self._insert_pending()
        return entry.record_id

    def _insert_pending(self) -> None:
        if not self._pending:
            return
        unnumbered = [row for row, _line in self._pending if not row.get("code")]
        numbers: list[str] = []
        if unnumbered:
            assert self.series is not None, "_create refuses a row without code and series"
            numbers = next_numbers(self.session, self.series, len(unnumbered))
        self._check_free(numbers)
        for row, number in zip(unnumbered, numbers, strict=True):
            row["code"] = number
        audit = audit_values(self.session)
        bp = E.BusinessPartner
        # one executemany; the ids by their codes after (RETURNING would go row by row)
        # columns no row of the block fills are left to the database (fewer values to bind)
        keys = {key for row, _line in self._pending for key, value in row.items()
                if value is not None}
        self.session.execute(insert(table_of(bp)), [
            {**{key: row[key] for key in keys}, **audit} for row, _line in self._pending])
        codes = [row["code"] for row, _line in self._pending]
        by_code = {code: record_id for code, record_id in self.session.execute(
            select(bp.code, bp.id).where(bp.code.in_(codes)))}
        ids = [by_code[code] for code in codes]
        for (row, line), entry, record_id in zip(self._pending, self._entries, ids,
                                                 strict=True):
            line.code = entry.code = row["code"]
            entry.record_id = record_id
            self.ids[row["code"].lower()] = record_id
        self._pending, self._entries = [], []

    def _check_free(self, numbers: list[str]) -> None:
        """Numbers from the series that a partner of the file, or typed by hand, already has."""
        taken = [n for n in numbers if n.lower() in self.ids] or self.session.scalars(
            select(E.BusinessPartner.code).where(E.BusinessPartner.code.in_(numbers))).all()
        if taken:
            raise CrmError("The number series of business partners gives {code}, which is "
                           "already taken; move the series on in Number Series.",
                           code=taken[0])


PARTNERS = ImportKind(FIELDS, ("name", "code"), PartnerImporter)
check_mapping = PARTNERS.check_mapping
import_partners = PARTNERS.run
