"""Importing contacts: each row is checked and saved through ``save_contact`` (a primary
contact takes the flag from the partner's previous one). Its partner is named by code or by
name. A contact of the file that is already there (by code; or the same e-mail or phone, or a
like name at the same partner or e-mail domain) is skipped, updated or created anyway as the
user chose, so the same file imported twice creates nothing the second time."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.consent import IMPORT_SOURCE, SOURCE_KEY
from desktop.crm.db.records import by_code, checked_row
from desktop.crm.duplicates import contact_matches
from desktop.crm.enums import ContactCategory
from desktop.crm.errors import CrmError, ValidationError
from desktop.crm.importing.decisions import record_values, update_values
from desktop.crm.importing.report import (
    Action,
    ImportLine,
    ImportOptions,
    OnDuplicate,
    Problem,
)
from desktop.crm.importing.rows import ImportKind, domain_problems, failed
from desktop.crm.importing.tables import Table
from desktop.crm.partners import save_contact
from desktop.crm.text_search import fold

FIELDS: dict[str, object] = {
    "code": "identifier", "salutation": "text", "first_name": "text", "last_name": "text",
    "job_title": "text", "business_partner": "text", "is_primary": "bool", "email": "text",
    "office_phone": "phone", "mobile_phone": "phone", "do_not_call": "bool",
    "opted_out": "bool", "category": ContactCategory, "country": "country",
    "language": "text"}


NUMBERED = frozenset({"code"})  # from the number series when the file gives none


class ContactImporter:
    bulk = False  # contacts are saved one by one

    def __init__(self, session: Session, table: Table, options: ImportOptions) -> None:
        self.session, self.table, self.options = session, table, options
        session.info[SOURCE_KEY] = IMPORT_SOURCE  # the date and source of imported opt-outs
        bp = E.BusinessPartner
        self.partners: dict[str, int] = {}
        for record_id, code, name in session.execute(select(bp.id, bp.code, bp.name)
                                                     .order_by(bp.id.desc())):
            self.partners[fold(name).strip()] = record_id  # the oldest of a name wins
            self.partners[code.lower()] = record_id  # a code wins over a name

    def row(self, line: int, values: dict, problems: list[Problem]) -> ImportLine:
        try:
            values = self._with_partner(values)
        except CrmError as error:
            problems = problems + domain_problems(self.table, self.options, error)
        target, best = self._target(values)
        choice = self.options.on_duplicate_of(line)
        if target is None and best is not None:
            if choice is OnDuplicate.SKIP and not any(not p.warning for p in problems):
                return ImportLine(line, Action.SKIPPED, best.code, problems=problems,
                                  duplicate=best, values=values)
            if choice is OnDuplicate.UPDATE:  # found by its signs: its code is its own
                target = self.session.get(E.Contact, best.record_id)
                values = {k: v for k, v in values.items() if k != "code"}
        changes = values if target is None else \
            update_values(target, values, line, self.options)
        whole = changes if target is None else {**record_values(target), **changes}
        try:  # checked whole before it is written: every error of the row is found
            checked_row(self.session, E.Contact, whole, NUMBERED)
        except CrmError as error:
            problems = problems + domain_problems(self.table, self.options, error)
        if any(not p.warning for p in problems):
            return failed(line, values, problems, best)
        try:
            with self.session.begin_nested():
                contact = save_contact(self.session, target, changes)
        except CrmError as error:
            return failed(line, values, problems + domain_problems(
                self.table, self.options, error), best)
        return ImportLine(line, Action.CREATED if target is None else Action.UPDATED,
                          contact.code, problems=problems, duplicate=best, values=values)

    def finish(self) -> None:
        """Every row is saved as it comes."""

    def _with_partner(self, values: dict) -> dict:
        name = values.pop("business_partner", "")
        if not name:
            return values
        found = self.partners.get(name.lower()) or self.partners.get(fold(name).strip())
        if found is None:
            raise ValidationError("There is no business partner “{value}”; import the "
                                  "partners first, or correct the name.",
                                  field="business_partner", value=name)
        return {**values, "business_partner_id": found}

    def _target(self, values: dict):
        code = values.get("code")
        if code:
            found = by_code(self.session, E.Contact, code)
            if found is not None:
                return found, None
        matches = contact_matches(self.session, values, self.options.threshold)
        return None, (matches[0] if matches else None)


CONTACTS = ImportKind(FIELDS, ("last_name", "code"), ContactImporter)
check_mapping = CONTACTS.check_mapping
import_contacts = CONTACTS.run
