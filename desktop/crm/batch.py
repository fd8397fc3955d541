"""Batch runs: a processing session's work over many records, with Simulate / Update, a report
line per record, a log in batch_runs, all-or-nothing updates and cancellation (E38)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.db.base import current_user
from desktop.crm.db.bulk import insert_rows
from desktop.crm.db.session import CrmSession
from desktop.crm.enums import BatchLineResult, BatchRunKind, UpdateMode


@dataclass(slots=True)
class ReportLine:
    """One record of the run; ``message`` is an English template filled with ``params``."""
    object_key: str
    result: BatchLineResult
    message: str = ""
    params: dict = field(default_factory=dict)

    def text(self, translate=None) -> str:
        template = translate(self.message) if translate and self.message else self.message
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message.format(**self.params)


@dataclass
class RunReport:
    mode: UpdateMode
    lines: list[ReportLine] = field(default_factory=list)
    run_id: int | None = None
    header: str = ""
    #: what the run says about itself as a whole, as (English template, params)
    notes: list[tuple[str, dict]] = field(default_factory=list)
    #: the run's targets, a line each in the same order (their ids open the records)
    targets: list = field(default_factory=list)
    #: {record id: (name, who looks after it)}, read for the report's reader after the run
    described: dict = field(default_factory=dict)

    def count(self, result: BatchLineResult) -> int:
        return sum(1 for line in self.lines if line.result is result)


def note(message: str, **params) -> tuple[str, dict]:
    """A sentence of a run's report about the run as a whole (an English template)."""
    return message, params


class Cancelled(Exception):
    """The user stopped the run; its work is rolled back."""


Progress = Callable[[int, int], bool]  # (done, total) -> go on?


class Placing(Protocol):
    """What a run writes outside the database: placed just before the commit, withdrawn if
    the commit fails, settled once it went through."""

    def place(self) -> None: ...
    def withdraw(self) -> None: ...
    def settle(self) -> None: ...


class BatchJob:
    """One processing run: the records it runs over and what it does to each.

    A feature's ops module subclasses it; a window builds one from the plain values of its
    form (and whether the user already confirmed the run's question) and hands it to the batch
    runner, ``run_job``, on a worker thread.
    """

    kind: BatchRunKind

    def __init__(self, values: dict, confirmed: bool = False) -> None:
        self.values = values
        self.confirmed = confirmed

    def run(self, session: CrmSession, mode: UpdateMode, progress: Progress) -> RunReport:
        """The run itself: its targets through ``run_batch``. A job whose domain object
        makes the whole run (checks, files placed around the commit, notes) runs that."""
        found = self.targets(session)
        return run_batch(session, self.kind, mode, self.values, found, self.process,
                         len(found), progress, self.finish)

    def targets(self, session: Session) -> Sequence:
        raise NotImplementedError

    def process(self, session: Session, target, simulate: bool) -> ReportLine:
        raise NotImplementedError

    def finish(self, session: Session) -> None:
        """After the last target of an Update, before the commit: what the run gathered is
        written at once."""

    def after(self) -> None:
        """Once an Update is committed (files moved into place)."""

    def discard(self) -> None:
        """The run failed or was cancelled: what it prepared outside the database goes."""

    def header(self, session: Session) -> str:
        """Text above the report lines (the selection's text, BR-GA-11)."""
        return ""

    def described(self, session: Session, report: RunReport) -> dict:
        """{record id: (name, who looks after it)} of the report's lines, read once the run
        is done, for the report's reader only."""
        return {}


def run_job(session: CrmSession, job: BatchJob, mode: UpdateMode,
            progress: Progress = lambda done, total: True) -> RunReport:
    """The batch runner: ``job`` over its targets in one transaction, committed (Update) or
    rolled back (Simulate, failure, Cancel), the run logged either way."""
    try:
        report = job.run(session, mode, progress)
    except BaseException:
        job.discard()
        raise
    if mode is UpdateMode.UPDATE:
        job.after()
    report.header = job.header(session)
    report.described = job.described(session, report)
    return report


def run_batch(session: CrmSession, kind: BatchRunKind, mode: UpdateMode, parameters: dict,
              targets: Iterable, process: Callable, total: int,
              progress: Progress = lambda done, total: True,
              finish: Callable[[CrmSession], object] | None = None,
              placing: Placing | None = None) -> RunReport:
    """Apply ``process(session, target, simulate) -> ReportLine`` to every target.

    ``finish(session)`` runs after the last target of an Update, before the commit: a run
    that gathers its rows writes them there at once. ``placing`` moves the run's files into
    place just before the commit and takes them back if the commit fails.

    Update commits everything at the end, or nothing (failure or Cancel roll back); Simulate
    changes nothing. Either way the run and its report are logged in batch_runs.
    """
    report = RunReport(mode, targets=targets if isinstance(targets, list) else [])
    simulate = mode is UpdateMode.SIMULATE
    started = clock.now()
    _walk(session, targets, process, total, progress, finish, report, simulate)
    run = E.BatchRun(kind=kind, mode=mode, parameters=json.dumps(parameters, default=str),
                     user_name=current_user(session), started_at=started,
                     finished_at=clock.now(), outcome="done")
    session.add(run)
    session.flush()
    _log_lines(session, run.id, report.lines)
    _commit(session, None if simulate else placing)
    report.run_id = run.id
    return report


def _commit(session: CrmSession, placing: Placing | None) -> None:
    if placing is None:
        session.commit()
        return
    try:
        placing.place()
        session.commit()
    except BaseException:
        session.rollback()
        placing.withdraw()
        raise
    placing.settle()


def _walk(session: CrmSession, targets: Iterable, process: Callable, total: int,
          progress: Progress, finish: Callable[[CrmSession], object] | None, report: RunReport,
          simulate: bool) -> None:
    """Every target processed; a Simulate rolled back, a failure or a Cancel too."""
    try:
        for done, target in enumerate(targets, 1):
            report.lines.append(process(session, target, simulate))
            if not progress(done, total):
                raise Cancelled()
        if finish is not None and not simulate:
            finish(session)
        if simulate:
            session.rollback()
    except BaseException:
        session.rollback()
        raise


def _log_lines(session: CrmSession, run_id: int, lines: list[ReportLine]) -> None:
    """One executemany: a run over every record of a range logs them all; the lines of a
    run say the same few things, so each sentence is formatted once."""
    texts: dict[tuple, str] = {}
    rows = []
    for line in lines:
        key = (line.message, *line.params.items())
        text = texts.get(key)
        if text is None:
            text = texts[key] = line.text()
        rows.append({"object_key": line.object_key, "result": line.result, "message": text})
    insert_rows(session, E.BatchRunLine, rows, {"run_id": run_id})


