"""The record operations every session shape runs: read a record for its form, save it, delete
records, save a satellite line. Plain functions of a database session and plain values, run
on the task pool by Op and Query.

A feature says what differs for its records with ``RecordHooks``: functions of its own ops
module (how its form's values are written through the domain, what else a window shows).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from desktop.crm import entities as E, lookups
from desktop.crm.consent import SOURCE_KEY, WINDOW_SOURCE
from desktop.crm.db import records
from desktop.crm.db.unit_of_work import conflicts_reported, get_current
from desktop.crm.errors import CrmError, NotFoundError
from desktop.crm.io.table_files import write_table
from desktop.crm.lookups import LookupSpec
from desktop.crm.marketing_outputs import record_inclusion
from desktop.views.shapes.grid_export import GridExport, GridWritten, write_grid


@dataclass(frozen=True)
class Snapshot:
    """A record as the form shows it: plain values read on a worker thread, and for each
    lookup field the (code, name) it shows."""

    id: int
    values: dict[str, Any]
    version: int | None
    key: str
    modified_by: str = ""
    modified_at: dt.datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    shown: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass
class SaveContext:
    """What a save knows besides the form: who saves, whether the user confirmed a question,
    and the warnings (domain errors that did not stop the save) to show afterwards."""

    employee_id: int | None
    entity: type
    confirmed: bool = False
    warnings: list[CrmError] = field(default_factory=list)


def plain_values(session: Session, obj, fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(obj, name, None) for name in fields}


def no_extra(session: Session, obj) -> dict[str, Any]:
    return {}


def save_through(save: Callable[..., Any], session: Session, obj, values: dict,
                 context: SaveContext):
    """``save(session, obj or None, values)``, a domain function that saves a record of a
    plain form with its own rules (a partner's numbering); as hooks: partial(save_through,
    the function)."""
    return save(session, obj, values)


def apply_form(session: Session, obj, values: dict, context: SaveContext):
    """Plain records: checked and written by records.apply_values and the entity's rules."""
    return records.apply_values(session, obj if obj is not None else context.entity(), values)


@dataclass(frozen=True)
class RecordHooks:
    """How a feature's detail window reads and writes its records (functions of its ops
    module, run on the pool): ``read_values(session, obj, fields)``, ``read_extra(session,
    obj)`` (what the window shows besides the form) and ``save_values(session, obj or None,
    values, context)`` returning the saved object."""

    read_values: Callable[..., dict[str, Any]] = plain_values
    read_extra: Callable[..., dict[str, Any]] = no_extra
    save_values: Callable[..., Any] = apply_form


@dataclass(frozen=True)
class RecordForm:
    """What a detail's operations need to know of its window, as plain values."""

    entity: type
    fields: tuple[str, ...]
    lookups: dict[str, LookupSpec]
    hooks: RecordHooks


def snapshot(session: Session, form: RecordForm, obj) -> Snapshot:
    values = form.hooks.read_values(session, obj, form.fields)
    return Snapshot(obj.id, values, getattr(obj, "version", None), obj.display_key(),
                    getattr(obj, "modified_by", "") or "", getattr(obj, "modified_at", None),
                    form.hooks.read_extra(session, obj), _shown(session, form, values))


def _shown(session: Session, form: RecordForm, values: dict) -> dict[str, tuple[str, str]]:
    """Each lookup's code and name: the form shows them without reading on the GUI thread."""
    shown = {}
    conn = session.connection()
    for name, spec in form.lookups.items():
        if values.get(name) is None:
            continue
        found = lookups.describe(conn, spec, values[name])
        if found is not None:
            shown[name] = (found.code, found.label)
    return shown


def offered(session: Session, checks: list[Callable | None]) -> list[bool]:
    """Which of the tabs other features add the user is offered: each ``check(session)``
    (an ops function of its feature), None for a tab offered to everybody."""
    return [check is None or bool(check(session)) for check in checks]


def read_record(session: Session, form: RecordForm, record_id: int) -> Snapshot:
    obj = session.get(form.entity, record_id)
    if obj is None:
        raise NotFoundError("{entity_label} {record} does not exist any more.",
                            entity_label=form.entity.entity_label, record=str(record_id))
    return snapshot(session, form, obj)


def save_record(session: Session, form: RecordForm, record_id: int | None,
                version: int | None, values: dict, employee_id: int | None,
                confirmed: bool = False) -> tuple[Snapshot, list[CrmError]]:
    """Write the form's values (a new record when ``record_id`` is None); a record someone
    changed since ``version`` is refused, never overwritten."""
    context = SaveContext(employee_id, form.entity, confirmed)
    session.info.setdefault(SOURCE_KEY, WINDOW_SOURCE)  # an opt-out ticked here says so
    obj = get_current(session, form.entity, record_id, version) if record_id else None
    with conflicts_reported(session, obj):
        obj = form.hooks.save_values(session, obj, values, context)
        session.flush()
    return snapshot(session, form, obj), context.warnings


def who_changed(session: Session, entity: type, record_id: int,
                user: str) -> tuple[str, dt.datetime | None]:
    """Who last changed the record and when (``user`` when it was deleted)."""
    obj = session.get(entity, record_id)
    return (obj.modified_by or user, obj.modified_at) if obj is not None else (user, None)


def copy_record(session: Session, copy: Callable[..., Any], source_id: int, code: str) -> int:
    """``copy(session, source id, code)`` of a feature (a letter, a template): the copy's id."""
    return copy(session, source_id, code).id


def delete_records(session: Session, entity: type, versions: dict[int, int | None],
                   delete: Callable[..., None] = records.delete) -> int:
    """Delete the records as they were shown; one changed or deleted by someone else since is
    refused, as a save is."""
    for record_id, version in versions.items():
        delete(session, get_current(session, entity, record_id, version))
    return len(versions)


def line_values(session: Session, entity: type, line_id: int) -> dict:
    """Every column of a satellite line, as plain values."""
    obj = session.get(entity, line_id)
    if obj is None:
        return {}
    return {column.key: getattr(obj, column.key) for column in inspect(obj).mapper.column_attrs}


def plain_line(parent_link: str, entity: type, session: Session, parent_obj, obj,
               values: dict) -> None:
    """A plain line (options, set members): checked and written by records.apply_values."""
    line = obj or entity(**{parent_link: parent_obj})
    session.add(line)
    with session.no_autoflush:
        records.apply_values(session, line, values)


def save_line(session: Session, parent_entity: type, parent_id: int, entity: type,
              line_id: int | None, version: int | None, values: dict,
              save: Callable[..., None]) -> None:
    """``save(session, parent, line or None, values)`` of a feature, as one unit of work."""
    obj = get_current(session, entity, line_id, version) if line_id else None
    parent_obj = session.get(parent_entity, parent_id)
    with conflicts_reported(session, obj, parent_obj):
        save(session, parent_obj, obj, values)
        session.flush()


def parameter_row(session: Session, loader: Callable[[Session], Any]) -> int:
    """The id of a parameter table's one row, created on first use by ``loader``."""
    return loader(session).id


@dataclass(frozen=True)
class ItemTerms:
    """What an item line takes from its item unless typed: unit, price and its currency."""

    unit: str
    price: Any
    currency: str


def item_terms(session: Session, item_id: int) -> ItemTerms:
    item = records.existing(session, E.Item, item_id)
    return ItemTerms(item.sales_unit, item.base_price, item.currency)


def export_grid(engine, statement, spec: GridExport, progress) -> GridWritten:
    """A grid as it shows, written to a CSV or Excel file (views/shapes/grid_export)."""
    return write_grid(engine, statement, spec, progress)


def record_marketing_inclusion(session: Session, grid: str, included: int) -> None:
    """The user's choice to export the contacts of ``grid`` who object to direct marketing."""
    record_inclusion(session, f"grid {grid}", included)


# -- files written from what a window shows (not the database: BackgroundTask's work) ---------
def save_run_report(path: Path, title: str, headings: list[str], rows: list[list[str]],
                    notes: list[str], separator: str, _progress) -> None:
    """A run's report as a workbook (.xlsx) or a CSV file in the separator's locale."""
    write_table(path, title, headings, rows, notes, separator)
