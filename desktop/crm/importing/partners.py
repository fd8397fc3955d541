"""Importing business partners: a row names its partner by code when the file has codes;
otherwise the duplicate check finds it (same VAT number, e-mail or phone, or a like name in the
same city, against the partners already there and the rows before it), and the user's choice
applies: skip it, update the partner found, or create it anyway. So the same file imported
twice creates nothing the second time.

New partners are checked by the domain's rules row by row and inserted in blocks: a 100,000-row
file costs a few hundred INSERTs, not 100,000 flushes. Updates go through ``save_partner``.
"""

from __future__ import annotations

import itertools
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.db.bulk import insert_rows
from desktop.crm.db.records import checked_row
from desktop.crm.db.session import CrmSession
from desktop.crm.duplicates import Entry, Match, PartnerIndex, partner_signs
from desktop.crm.enums import BPStatus
from desktop.crm.errors import CrmError, ValidationError
from desktop.crm.importing.decisions import record_values, representative, update_values
from desktop.crm.importing.report import (
    Action,
    ImportLine,
    ImportOptions,
    OnDuplicate,
    Problem,
)
from desktop.crm.importing.rows import ImportKind, domain_problems, failed
from desktop.crm.importing.tables import Table
from desktop.crm.numbering import next_numbers
from desktop.crm.parameters import com_parameters
from desktop.crm.partners import save_partner

# what a column may fill, and how its cells are read
FIELDS: dict[str, object] = {
    "code": "identifier", "name": "text", "status": BPStatus, "status_effective_date": "date",
    "street": "text", "postal_code": "postcode", "city": "text", "country": "country",
    "language": "text", "phone": "phone", "email": "text", "website": "text",
    "vat_number": "vat", "registration_number": "registration", "currency": "text",
    "credit_limit": "number", "general_information": "multiline"}
BLOCK = 1000  # new partners inserted at once
NAMES_KEPT = 3  # of the likest names: the row takes the best match
NUMBERED = frozenset({"code"})  # from the number series, for a whole block at once


class PartnerImporter:
    bulk = True

    def __init__(self, session: Session, table: Table, options: ImportOptions) -> None:
        self.session, self.table, self.options = session, table, options
        self.representative = representative(session, options)
        self.index = PartnerIndex.load(session, options.threshold)
        bp = E.BusinessPartner
        self.ids = {code.lower(): record_id for record_id, code in
                    session.execute(select(bp.id, bp.code))}  # codes taken, read once
        self.series = com_parameters(session).bp_series_id
        self.today = clock.today()
        self._pending: list[tuple[dict, ImportLine]] = []
        # the index entries of partners of this file, by the temporary (negative) id they
        # have until one is asked for: written in blocks, their ids are read only if needed
        self._entries: dict[int, Entry] = {}
        self._temporary = itertools.count(-1, -1)
        self._pending_ids: list[int] = []

    def row(self, line: int, values: dict, problems: list[Problem]) -> ImportLine:
        if self.representative is not None:
            values = {**values, "internal_rep_id": self.representative}
        code = (values.get("code") or "").lower()
        best, target = None, self.ids.get(code) if code else None
        signs = partner_signs(values)
        if target is None:
            identified = values.get("name") or values.get("email") or values.get("phone")
            matches = self.index.matches(values, self.options.threshold, names=NAMES_KEPT,
                                         signs=signs) if identified else []
            best = matches[0] if matches else None
            choice = self.options.on_duplicate_of(line)
            if best is not None and best.record_id < 0 and not best.code:  # not written yet
                self._insert_pending()
                best.code = self._entries[best.record_id].code
            if best is not None and choice is OnDuplicate.SKIP:
                if any(not p.warning for p in problems):
                    return self._failed(line, values, problems, best)
                return ImportLine(line, Action.SKIPPED, best.code, problems=problems,
                                  duplicate=best, values=values)
            if best is not None and choice is OnDuplicate.UPDATE:
                target = best.record_id  # found by its signs: its code is its own
                values = {k: v for k, v in values.items() if k != "code"}
        if target is not None:
            return self._update(line, self._real_id(target), values, best, problems)
        return self._create(line, values, best, problems, signs)

    def finish(self) -> None:
        self._insert_pending()

    def _update(self, line: int, record_id: int, values: dict, best: Match | None,
                problems: list[Problem]) -> ImportLine:
        target = self.session.get(E.BusinessPartner, record_id)
        changes = update_values(target, values, line, self.options)
        try:  # the record as it would be, checked whole: every error of the row is found
            checked_row(self.session, E.BusinessPartner, {**record_values(target), **changes})
        except CrmError as error:
            problems = problems + domain_problems(self.table, self.options, error)
        if any(not p.warning for p in problems):
            return self._failed(line, values, problems, best)
        return self._saved(line, target, changes, values, best, problems)[0]

    def _create(self, line: int, values: dict, best: Match | None,
                problems: list[Problem], signs: dict[str, str]) -> ImportLine:
        if "status" not in values:  # a new partner is a prospect from the day it comes in
            values = {"status": BPStatus.PROSPECT, "status_effective_date": self.today,
                      **values}
        try:
            if not values.get("code") and self.series is None:
                raise ValidationError("Enter a code, or set a number series in the COM "
                                      "parameters.", field="code")
            row = checked_row(self.session, E.BusinessPartner, values, NUMBERED)
        except CrmError as error:
            problems = problems + domain_problems(self.table, self.options, error)
        if any(not p.warning for p in problems):
            return self._failed(line, values, problems, best)
        if not self.bulk:
            return self._save(line, values, best, problems, signs)
        result = ImportLine(line, Action.CREATED, row.get("code") or "", problems=problems,
                            duplicate=best, values=values)
        temporary = next(self._temporary)
        self._pending.append((row, result))
        self._pending_ids.append(temporary)
        self._entries[temporary] = self.index.add(temporary, result.code, row, signs)
        if result.code:
            self.ids[result.code.lower()] = temporary
        if len(self._pending) >= BLOCK:
            self._insert_pending()
        return result

    def _save(self, line: int, values: dict, best: Match | None, problems: list[Problem],
              signs: dict[str, str]) -> ImportLine:
        """A new partner saved as a form saves it (the small files' path)."""
        result, partner = self._saved(line, None, values, values, best, problems)
        if partner is not None:
            self.index.add(partner.id, partner.code, values, signs)
            self.ids[partner.code.lower()] = partner.id
        return result

    def _saved(self, line: int, target, changes: dict, values: dict, best: Match | None,
               problems: list[Problem]) -> tuple[ImportLine, E.BusinessPartner | None]:
        """``changes`` written by save_partner (``target`` None: a new partner), in a
        savepoint: a refusal at flush is the row's error, the rows before it stay."""
        try:
            with self.session.begin_nested():
                partner = save_partner(self.session, target, changes)
        except CrmError as error:
            return self._failed(line, values, problems + domain_problems(
                self.table, self.options, error), best), None
        return ImportLine(line, Action.CREATED if target is None else Action.UPDATED,
                          partner.code, problems=problems, duplicate=best,
                          values=values), partner

    def _failed(self, line: int, values: dict, problems: list[Problem],
                best: Match | None = None) -> ImportLine:
        return failed(line, values, problems, best)

    def _real_id(self, record_id: int) -> int:
        """A partner of this file, to be updated: inserted first if it is still pending, its
        id read by its code."""
        if record_id >= 0:
            return record_id
        entry = self._entries[record_id]
        if record_id in self._pending_ids:  # still waiting for its block
            self._insert_pending()
        bp = E.BusinessPartner
        entry.record_id = self.session.scalars(select(bp.id).where(bp.code == entry.code)).one()
        self.ids[entry.code.lower()] = entry.record_id
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
        # one executemany, each column's type processing chosen once (db.bulk); the ids are
        # not read back (RETURNING would go row by row): an update of one of these rows
        # reads its id by its code (_real_id)
        # every session the application opens is a CrmSession (db.session)
        insert_rows(cast(CrmSession, self.session), E.BusinessPartner,  # audit filled there
                    [row for row, _line in self._pending])
        for temporary, (row, line) in zip(self._pending_ids, self._pending, strict=True):
            line.code = self._entries[temporary].code = row["code"]
            self.ids[row["code"].lower()] = temporary
        self._pending, self._pending_ids = [], []

    def _check_free(self, numbers: list[str]) -> None:
        """Numbers from the series that a partner of the file, or typed by hand, already has
        (the numbers of a block are consecutive: one range read)."""
        if not numbers:
            return
        code = E.BusinessPartner.code
        taken = [n for n in numbers if n.lower() in self.ids] or sorted(
            set(numbers) & set(self.session.scalars(select(code).where(
                code.between(numbers[0], numbers[-1])))))
        if taken:
            raise CrmError("The number series of business partners gives {code}, which is "
                           "already taken; move the series on in Number Series.",
                           code=taken[0])


PARTNERS = ImportKind(FIELDS, ("name", "code"), PartnerImporter)
check_mapping = PARTNERS.check_mapping
import_partners = PARTNERS.run
