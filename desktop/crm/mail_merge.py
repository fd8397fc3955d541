"""Mail Merge by Standard Letter (tdsmi2410m000, BR-MM-01..04, BR-LET-05): a letter merged
for every record of a target group, written to .docx, PDF, the printer or, for a letter with
Export on, a data file; each letter logged as a completed Mailing when asked.

An Update is all or nothing: the documents are written to temporary files while the group is
walked, the mailings are inserted at the end, the transaction commits, and only then are the
files moved into place. A cancel or a failure discards the temporary files and rolls back."""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.batch import Progress, ReportLine, RunReport, run_batch
from desktop.crm.consent import MAIL
from desktop.crm.db.records import by_code
from desktop.crm.db.session import CrmSession
from desktop.crm.enums import (
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
from desktop.crm.io.file_names import safe_file_name
from desktop.crm.io.files import PartialFile
from desktop.crm.letters.document import Document
from desktop.crm.letters.fields import KIND
from desktop.crm.letters.merge import merge_values
from desktop.crm.letters.storage import loads
from desktop.crm.target_groups import Target, TargetGroup
from desktop.lazy import lazy_module

if TYPE_CHECKING:
    from desktop.crm.letters import merged_docx
    from desktop.crm.letters.merged_docx import LetterTemplate
else:  # python-docx, loaded when a merge first writes a .docx
    merged_docx = lazy_module("desktop.crm.letters.merged_docx")

CHUNK = 500  # records whose fields are read in one query


class Output(Protocol):
    """Where merged letters go. ``add`` writes to temporary storage; ``publish`` moves the
    result into place after the commit; ``discard`` removes what was written."""

    def start(self, letter: Document, template: LetterTemplate, names: list[str]) -> None: ...
    def add(self, key: str, values: dict[str, str]) -> None: ...
    def finish(self) -> None: ...
    def publish(self) -> list[Path]: ...
    def discard(self) -> None: ...


class DocxBookOutput(PartialFile):
    """One .docx, a letter per section."""

    def start(self, letter, template, names) -> None:
        self.book = merged_docx.DocxBook(template)
        self.open_temp()

    def add(self, key: str, values: dict[str, str]) -> None:
        self.book.add(values)

    def finish(self) -> None:
        assert self.temp is not None  # started
        self.book.save(self.temp)


class DocxFolderOutput:
    """A .docx per recipient in a folder, named after the record's code."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.temp: Path | None = None
        self.written: list[str] = []

    def start(self, letter, template, names) -> None:
        self.template = template
        self.folder.parent.mkdir(parents=True, exist_ok=True)
        self.temp = Path(tempfile.mkdtemp(prefix=f".{self.folder.name}.", suffix=".partial",
                                          dir=self.folder.parent))

    def add(self, key: str, values: dict[str, str]) -> None:
        # a partner coded AUX or CON would name a device on Windows
        name = safe_file_name("".join(c if c.isalnum() or c in "-_" else "_" for c in key)
                              + ".docx")
        assert self.temp is not None  # started
        merged_docx.single_letter(self.template, values, self.temp / name)
        self.written.append(name)

    def finish(self) -> None:
        pass

    def publish(self) -> list[Path]:
        self.folder.mkdir(parents=True, exist_ok=True)
        placed = []
        assert self.temp is not None  # started
        for name in self.written:
            os.replace(self.temp / name, self.folder / name)
            placed.append(self.folder / name)
        shutil.rmtree(self.temp, ignore_errors=True)
        self.temp = None
        return placed

    def discard(self) -> None:
        if self.temp is not None:
            shutil.rmtree(self.temp, ignore_errors=True)


class CsvOutput(PartialFile):
    """BR-LET-05: the merged data, a row per recipient under a header row of the field
    names, in UTF-8 (with the mark Excel and Word look for), for a word processor's merge."""

    def start(self, letter, template, names) -> None:
        self.names = ["key", *names]
        self.handle = self.open_temp().open("w", encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.handle, delimiter=";")
        self.writer.writerow(self.names)

    def add(self, key: str, values: dict[str, str]) -> None:
        self.writer.writerow([key, *(values.get(name, "") for name in self.names[1:])])

    def finish(self) -> None:
        self.handle.close()

    def discard(self) -> None:
        if getattr(self, "handle", None) is not None and not self.handle.closed:
            self.handle.close()
        super().discard()


@dataclass
class MailMerge:
    group: TargetGroup
    letter_code: str
    outputs: list = field(default_factory=list)
    log_activity: bool = False  # BR-MM-02
    template_code: str = ""
    employee_id: int | None = None
    translate: Callable[[str], str] = lambda text: text
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
            self._mailings = GlobalActivityAddition(self.group, self.template_code,
                                                    AssignTo.DO_NOT_ASSIGN)
            template = self._mailings.check(session)
            if template.activity_type is not ActivityType.MAILING:
                raise ValidationError("Mailings are logged with a Mailing template: {code} "
                                      "is a {type_label} template.", field="template",
                                      code=template.code,
                                      type_label=template.activity_type.label)
            self._mailings._template = template
            self._mailings.overrides["letter_id"] = letter.id
        return letter

    def targets(self, session: Session) -> list[Target]:
        letter = self.check(session)
        self._letter = letter
        self._document = loads(letter.layout)
        self._names = list(dict.fromkeys(
            ["@cor.nama", *(f.name for f in self._document.fields())]))
        self.group = replace(self.group, objections=MAIL)  # GDPR art. 21
        found = self.group.targets(session, partner=self.log_activity)
        self._order = [t.id for t in found if t.skipped is None]
        self._position = {record_id: i for i, record_id in enumerate(self._order)}
        self._values: dict[int, dict[str, str]] = {}
        self._addressees: dict[int, int | None] = {}
        self._started = False
        return found

    # -- each record -------------------------------------------------------------------------
    def values_of(self, session: Session, record_id: int) -> dict[str, str]:
        if record_id not in self._values:
            start = self._position[record_id]
            chunk = self._order[start:start + CHUNK]
            self._values = merge_values(session, self.group.object_kind, chunk, self._names,
                                        employee_id=self.employee_id,
                                        language=self._document.language,
                                        translate=self.translate)
            self._addressees = self._contacts(session, chunk)
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
        addressee = values.get("@cor.nama") or target.code
        if simulate:  # BR-MM-04: the report only
            return ReportLine(target.code, R.WOULD_CREATE, "Letter {letter} to {addressee}",
                              {"letter": self._letter.code, "addressee": addressee})
        if not self._started:
            template = merged_docx.LetterTemplate(self._document)
            for output in self.outputs:
                output.start(self._document, template, self._names)
            self._started = True
        for output in self.outputs:
            output.add(target.code, values)
        if self.log_activity:
            link = link_of(self.group.object_kind, target)
            row = self._mailings.row(link, None)
            row["contact_id"] = self._addressees.get(target.id) or link.contact_id
            self._mailings.rows.append(row)
        return ReportLine(target.code, R.CREATED, "Letter {letter} to {addressee}",
                          {"letter": self._letter.code, "addressee": addressee})

    # -- the end of an Update ------------------------------------------------------------------
    def finish(self, session: CrmSession) -> None:
        """Documents complete (still temporary), then the mailings inserted: the commit
        follows, then publish()."""
        for output in self.outputs:
            if self._started:
                output.finish()
        if self.log_activity:
            self._mailings.write(session)

    def publish(self) -> list[Path]:
        """After the commit: the documents moved into place."""
        if self._started:
            for output in self.outputs:
                self.published += output.publish()
        return self.published

    def discard(self) -> None:
        for output in self.outputs:
            output.discard()

    def parameters(self) -> dict:
        return {**self.group.__dict__, "letter": self.letter_code,
                "log_activity": self.log_activity, "template": self.template_code}

    def run(self, session: CrmSession, mode: UpdateMode,
            progress: Progress = lambda d, t: True) -> RunReport:
        targets = self.targets(session)
        try:
            report = run_batch(session, BatchRunKind.MAIL_MERGE, mode, self.parameters(),
                               targets, self.process, len(targets), progress,
                               finish=self.finish)
        except BaseException:
            self.discard()
            raise
        if mode is UpdateMode.UPDATE:
            self.publish()
        return report


__all__ = ["CsvOutput", "DocxBookOutput", "DocxFolderOutput", "MailMerge", "Output"]
