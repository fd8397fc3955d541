"""Mail Merge by Standard Letter (tdsmi2410m000, BR-MM-01..04, BR-LET-05): a letter merged
for every record of a target group, written to .docx, PDF, the printer or, for a letter with
Export on, a data file; each letter logged as a completed Mailing when asked.

An Update is all or nothing: the outputs' destinations are checked before anything is read,
the documents are written to temporary files while the group is walked, the final writing is
cancellable too, the mailings are written at the end, the files are moved into place just
before the commit (and taken back if it fails). A cancel or a failure at any moment leaves
no file, no folder, no mailing and no number used. A record whose letter cannot be written
is reported and left out; the run goes on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.batch import Cancelled, Progress, ReportLine, RunReport, run_batch
from desktop.crm.consent import MAIL
from desktop.crm.db.records import by_code
from desktop.crm.db.session import CrmSession
from desktop.crm.enums import (
    ActivityStatus,
    ActivityType,
    AssignTo,
    BatchLineResult as R,
    BatchRunKind,
    UpdateMode,
)
from desktop.crm.errors import NotFoundError, ValidationError
from desktop.crm.expressions.catalogue import ENTITY
from desktop.crm.expressions.compiler import related_value
from desktop.crm.global_activities import GlobalActivityAddition, link_of
from desktop.crm.io.destinations import write_error
from desktop.crm.letters.document import Document
from desktop.crm.letters.fields import KIND
from desktop.crm.letters.merge import merge_values
from desktop.crm.letters.storage import loads
from desktop.crm.mail_merge_outputs import CsvOutput, DocxBookOutput, DocxFolderOutput, file_name
from desktop.crm.mailings import PlannedMailings
from desktop.crm.target_groups import Target, TargetGroup
from desktop.lazy import lazy_module

if TYPE_CHECKING:
    from desktop.crm.letters import merged_docx
    from desktop.crm.letters.merged_docx import LetterTemplate
else:  # python-docx, loaded when a merge first writes a .docx
    merged_docx = lazy_module("desktop.crm.letters.merged_docx")

CHUNK = 500  # records whose fields are read in one query
#: a language -> the function that turns our English words into it
Translations = Callable[[str], Callable[[str], str]]


class Output(Protocol):
    """Where merged letters go. ``check`` looks at the destination before the run; ``add``
    writes to temporary storage; ``finish`` completes it, calling ``step()`` (which raises
    Cancelled) as it goes; ``place`` moves the result in just before the commit, ``withdraw``
    takes it back if the commit fails, ``settle`` keeps it; ``discard`` removes what was
    written."""

    def check(self, names: list[str], replace: bool) -> None: ...
    def start(self, letter: Document, template: LetterTemplate, names: list[str]) -> None: ...
    def add(self, key: str, values: dict[str, Any]) -> None: ...
    def finish(self, step: Callable[[], None]) -> None: ...
    def place(self) -> None: ...
    def withdraw(self) -> None: ...
    def settle(self) -> list[Path]: ...
    def discard(self) -> None: ...


def _same_language(language: str) -> Callable[[str], str]:
    return lambda text: text


@dataclass
class MailMerge:
    group: TargetGroup
    letter_code: str
    outputs: list = field(default_factory=list)
    log_activity: bool = False  # BR-MM-02
    template_code: str = ""
    employee_id: int | None = None
    translations: Translations = _same_language
    replace: bool = False  # the user agreed to replace the files already there
    published: list[Path] = field(default_factory=list)

    # -- before the run ----------------------------------------------------------------------
    def check(self, session: Session) -> E.Letter:
        if not self.letter_code.strip():
            raise ValidationError("Choose the letter to merge.", field="letter")
        letter = by_code(session, E.Letter, self.letter_code)
        if letter is None:
            raise NotFoundError("Letter {code} does not exist.", code=self.letter_code)
        if letter.object_kind is not self.group.object_kind:
            raise ValidationError(
                "Letter {code} is written for {letter_object}: merge it on those, or choose a "
                "letter written for {object}.", field="letter", code=letter.code,
                letter_object=letter.object_kind.label, object=self.group.object_kind.label)
        if letter.export and any(not isinstance(o, CsvOutput) for o in self.outputs):
            raise ValidationError("Letter {code} is exported (BR-LET-05): mail merge writes "
                                  "its data file, not letters.", field="letter",
                                  code=letter.code)
        if not letter.export and any(isinstance(o, CsvOutput) for o in self.outputs):
            raise ValidationError("Only a letter with Export on writes a data file.",
                                  field="letter")
        if self.log_activity:
            self._check_template(session, letter)
        return letter

    def _check_template(self, session: Session, letter: E.Letter) -> None:
        self._mailings = GlobalActivityAddition(self.group, self.template_code,
                                                AssignTo.DO_NOT_ASSIGN)
        template = self._mailings.check(session)
        if template.activity_type is not ActivityType.MAILING:
            raise ValidationError("Mailings are logged with a Mailing template: {code} "
                                  "is a {type_label} template.", field="template",
                                  code=template.code, type_label=template.activity_type.label)
        self._mailings._template = template
        now = clock.now()  # a letter produced: its mailing is done (BR-MM-02)
        self._mailings.overrides.update(letter_id=letter.id, status=ActivityStatus.COMPLETED,
                                        completed_at=now, sort_date=now, due_at=None)
        self._planned = PlannedMailings(self.group.object_kind, template.id, letter.id)

    def targets(self, session: Session, simulate: bool = True) -> list[Target]:
        letter = self.check(session)
        self._letter = letter
        self._document = loads(letter.layout)
        self._translate = self.translations(self._document.language)
        self._names = list(dict.fromkeys(
            ["@cor.nama", *(f.name for f in self._document.fields())]))
        self.group = replace(self.group, objections=MAIL)  # GDPR art. 21
        found = self.group.targets(session, partner=self.log_activity)
        self._order = [t.id for t in found if t.skipped is None]
        if not simulate:
            keys = [file_name(t.code) for t in found if t.skipped is None]
            for output in self.outputs:
                output.check(keys, self.replace)
        self._position = {record_id: i for i, record_id in enumerate(self._order)}
        self._values: dict[int, dict[str, Any]] = {}
        self._addressees: dict[int, int | None] = {}
        self._started = False
        return found

    # -- each record -------------------------------------------------------------------------
    def values_of(self, session: Session, record_id: int) -> dict[str, Any]:
        if record_id not in self._values:
            start = self._position[record_id]
            chunk = self._order[start:start + CHUNK]
            self._values = merge_values(session, self.group.object_kind, chunk, self._names,
                                        employee_id=self.employee_id,
                                        language=self._document.language,
                                        translate=self._translate, raw=self._letter.export)
            self._addressees = self._contacts(session, chunk)
            if self.log_activity:
                self._planned.read(session, chunk)
        return self._values[record_id]

    def _contacts(self, session: Session, ids: list[int]) -> dict[int, int | None]:
        """BR-MM-03: the contact a letter is addressed to (a partner's or an opportunity's
        primary contact, an activity's contact); None: addressed to the partner."""
        kind = KIND[self.group.object_kind]
        entity = ENTITY[kind]
        contact = related_value(session, kind, "contact", E.Contact.id)
        if contact is None:
            return dict.fromkeys(ids)
        return dict(session.execute(select(entity.id, contact).where(entity.id.in_(ids))).all())

    def process(self, session: Session, target: Target, simulate: bool) -> ReportLine:
        skipped = target.skipped_line()
        if skipped is not None:
            return skipped
        values = self.values_of(session, target.id)
        params = {"letter": self._letter.code,
                  "addressee": str(values.get("@cor.nama") or target.code)}
        planned = self._planned.get(target.id) if self.log_activity else None
        if planned is not None:
            params["mailing"] = planned[1]
        result = R.WOULD_CREATE if simulate else R.CREATED
        if not simulate:  # BR-MM-04: a simulation makes the report only
            problem = self._write(target, values)
            if problem is not None:
                return problem
            if self.log_activity:
                self._log(target, planned)
        return target.included(ReportLine(
            target.code, result, "Letter {letter} to {addressee}" if planned is None
            else "Letter {letter} to {addressee}: planned mailing {mailing} completed", params))

    def _write(self, target: Target, values: dict[str, Any]) -> ReportLine | None:
        """The record's letter in every output; a letter that cannot be written is
        reported and left out, the run goes on."""
        if not self._started:
            template = None if self._letter.export else \
                merged_docx.LetterTemplate(self._document)
            for output in self.outputs:
                output.start(self._document, template, self._names)
            self._started = True
        try:
            for output in self.outputs:
                output.add(target.code, values)
        except (Cancelled, OSError):
            raise
        except Exception as error:  # noqa: BLE001 - this record only: reported, left out
            return ReportLine(target.code, R.ERROR, "The letter could not be written ({reason}):"
                              " it was left out.", {"reason": str(error) or type(error).__name__})
        return None

    def _log(self, target: Target, planned: tuple[int, str] | None) -> None:
        link = link_of(self.group.object_kind, target)
        contact = self._addressees.get(target.id) or link.contact_id
        if planned is not None:
            self._planned.complete(planned[0], contact)
            return
        row = self._mailings.row(link, None)
        row["contact_id"] = contact
        self._mailings.rows.append(row)

    # -- the end of an Update ------------------------------------------------------------------
    def finish(self, session: CrmSession, progress: Progress) -> None:
        """Documents complete (still temporary; a Cancel heard while they are written), then
        the planned mailings completed and the new ones inserted: the commit follows."""
        def step() -> None:
            if not progress(len(self._order), len(self._order)):
                raise Cancelled()

        if self._started:
            for output in self.outputs:
                output.finish(step)
        step()
        if self.log_activity:
            self._planned.write(session)
            self._mailings.write(session)

    def place(self) -> None:
        """Just before the commit: the documents moved into place."""
        if self._started:
            for output in self.outputs:
                output.place()

    def withdraw(self) -> None:
        for output in self.outputs:
            output.withdraw()

    def settle(self) -> None:
        if self._started:
            for output in self.outputs:
                self.published += output.settle()

    def discard(self) -> None:
        for output in self.outputs:
            output.discard()

    def parameters(self) -> dict:
        return {**self.group.__dict__, "letter": self.letter_code,
                "log_activity": self.log_activity, "template": self.template_code}

    def run(self, session: CrmSession, mode: UpdateMode,
            progress: Progress = lambda d, t: True) -> RunReport:
        simulate = mode is UpdateMode.SIMULATE
        try:
            targets = self.targets(session, simulate)
            return run_batch(session, BatchRunKind.MAIL_MERGE, mode, self.parameters(),
                             targets, self.process, len(targets), progress,
                             finish=lambda s: self.finish(s, progress), placing=self)
        except OSError as error:
            self.discard()
            raise write_error(error) from error
        except BaseException:
            self.discard()
            raise


__all__ = ["CsvOutput", "DocxBookOutput", "DocxFolderOutput", "MailMerge", "Output"]
