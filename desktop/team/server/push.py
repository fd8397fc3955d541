"""Applying a laptop's units (issue 34, point 4).

A unit is one local transaction of the laptop, keyed (device, sequence). The request's units
are applied in one PostgreSQL transaction, each inside a savepoint of its own, through the
domain (``records.apply_values`` and the entities' rules, the session hooks) and the sender's
scope; the key is written with the outcome, so a retried unit is a no-op that answers again.
Each unit is answered applied, merged (the server had other changes of the rows, or a rule
changed a value), conflict (a field both sides changed, decided by rules.py and kept in a
conflict record) or refused (the domain or the scope said no; nothing of it stays). The answer
carries the rows the unit wrote, as the server holds them now."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.crm import entities as E
from desktop.crm.db.records import apply_values, delete
from desktop.crm.errors import CrmError, NotAllowedError
from desktop.team import tables as T, wire
from desktop.team.server import numbers, rows as R
from desktop.team.server.context import RequestContext
from desktop.team.server.pull import hold
from desktop.team.server.rules import QUOTATION, decide
from desktop.team.server.scope import CHILDREN, Rows, Scope, User
from desktop.team.server.units import Change, UnitWork, revise_quotations

L = E.ChangeLogEntry
H = E.Holding
PARENT = {name: (column, parent) for name, column, parent in CHILDREN}


def push(session: Session, ctx: RequestContext, device: E.Device, units: list[dict]
         ) -> list[dict]:
    """Apply the units in order; one answer each. The caller commits."""
    session.execute(text("SELECT set_config('crm.origin', :origin, true)"),
                    {"origin": ctx.origin})
    outcomes = []
    for unit in sorted(units, key=lambda u: u["seq"]):
        done = session.get(E.PushedUnit, (ctx.device_id, unit["seq"]))
        if done is not None:
            outcomes.append(Outcome(done.sequence, done.status, done.message,
                                    {tuple(pair) for pair in json.loads(done.touched)}))
        else:
            outcomes.append(_apply(session, ctx, unit))
    if not outcomes:
        return []
    scope = Scope(session, User.read(session, ctx.user)).rows()
    return [outcome.answer(session, device, scope) for outcome in outcomes]


@dataclass
class Outcome:
    seq: int
    status: str
    message: str
    touched: set[tuple[str, int]]
    #: rows the laptop sent, as it holds them now: equal rows are answered by their audit
    sent: dict[tuple[str, int], wire.Row] = field(default_factory=dict)

    def answer(self, session: Session, device: E.Device, scope: Rows) -> dict:
        wanted: dict[str, set[int]] = {}
        for name, row_id in self.touched:
            if name in T.REPLICATED:
                wanted.setdefault(name, set()).add(row_id)
        rows = []
        for name, row_id, values in R.read_all(session, wanted):
            if values is not None and name in T.BUSINESS and row_id not in scope[name]:
                values = None  # written, but not the laptop's to hold
            if values is not None and name in T.BUSINESS:
                hold(session, device, name, {row_id})
            rows.append([name, row_id, self._shortened(name, row_id, values)])
        return dict(seq=self.seq, status=self.status, message=self.message, rows=rows)

    def _shortened(self, name: str, row_id: int, values: wire.Row | None) -> wire.Row | None:
        sent = self.sent.get((name, row_id))
        if values is None or sent is None:
            return values
        if all(values.get(k) == v for k, v in sent.items() if k not in T.AUDIT):
            return {k: values[k] for k in T.AUDIT if k in values}
        return values


def _apply(session: Session, ctx: RequestContext, unit: dict) -> Outcome:
    mark = session.scalar(select(func.coalesce(func.max(L.id), 0)).where(
        L.txid == text("pg_current_xact_id()::text::bigint")))
    changes = [Change.of(raw) for raw in unit["changes"]]
    work = UnitWork(session, ctx)
    savepoint = session.begin_nested()
    try:
        with session.no_autoflush:
            _apply_changes(work, changes)
        session.flush()
        savepoint.commit()
        status, message = work.status(), ""
    except (CrmError, IntegrityError, StaleDataError) as error:
        savepoint.rollback()
        status = "refused"
        message = error.message() if isinstance(error, CrmError) else \
            "The database refused the change: it breaks a rule of the data."
    touched = {(c.table, c.row_id) for c in changes}
    if status == "refused":  # nothing is lost: what was refused is kept, with the reason
        kept = E.SyncConflict(
            table_name=changes[0].table if changes else "", row_id=changes[0].row_id
            if changes else 0, rule="refused", server_value=json.dumps(message),
            laptop_value=json.dumps(unit["changes"]), kept="server", user_name=ctx.user,
            owner_name=ctx.user, device_no=ctx.device_no)
        session.add(kept)
        session.flush()
        touched.add(("sync_conflicts", kept.id))
    else:
        touched |= {(name, row_id) for name, row_id in session.execute(
            select(L.table_name, L.row_id).where(
                L.txid == text("pg_current_xact_id()::text::bigint"), L.id > mark))}
    session.add(E.PushedUnit(device_id=ctx.device_id, sequence=unit["seq"], status=status,
                             touched=json.dumps(sorted(touched)), message=message))
    session.flush()
    sent = {(c.table, c.row_id): c.new for c in changes if c.new is not None} \
        if status != "refused" else {}
    return Outcome(unit["seq"], status, message, touched, sent)


def _apply_changes(work: UnitWork, changes: list[Change]) -> None:
    for change in changes:
        if change.table not in T.BUSINESS:
            raise NotAllowedError("{entity_label} is reference data: it is changed on the team "
                                  "server, and read-only on laptops.",
                                  entity_label=_label(change.table))
    revised = revise_quotations(work, [c for c in changes if c.table in QUOTATION])
    deleted = {(c.table, c.row_id) for c in changes if c.op == "D"}
    for change in changes:
        if (change.table, change.row_id) in revised:
            continue
        if change.op == "I":
            _insert(work, change)
        elif change.op == "U":
            _update(work, change)
        elif not _parent_deleted(change, deleted):
            _delete(work, change)
        work.session.flush()


def _label(name: str) -> str:
    return getattr(T.entity(name), "entity_label", name)


def _parent_deleted(change: Change, deleted: set[tuple[str, int]]) -> bool:
    link = PARENT.get(change.table)
    if link is None or change.old is None:
        return False
    return (link[1], change.old.get(link[0])) in deleted


def _insert(work: UnitWork, change: Change) -> None:
    s, name = work.session, change.table
    entity = T.entity(name)
    values = change.values()
    work.admit_insert(name, values)
    if work.merged_into_set(name, change.row_id, values):
        return
    provisional = numbers.provisional(values.get("code"))
    if provisional:
        values["code"] = numbers.replace(s, name, values)
    obj = entity()
    obj.id = change.row_id
    apply_values(s, obj, values)
    s.flush()
    work.created.add((name, change.row_id))
    if provisional:
        numbers.note_replaced(s, work.ctx, name, obj, provisional)
        work.merged = True
    if name == "business_partners":  # what a laptop creates stays in its user's scope
        s.add(E.PartnerPin(user_name=work.ctx.user, business_partner_id=obj.id))


def _update(work: UnitWork, change: Change) -> None:
    s, name = work.session, change.table
    obj = s.get(T.entity(name), change.row_id, populate_existing=True, with_for_update=True)
    if obj is None:
        work.recreate(change)
        return
    work.admit_change(name, change.row_id)
    base, mine = change.base(), change.values()
    values = {}
    for key in change.changed_fields():
        server = getattr(obj, key)
        decision = decide(name, key, base.get(key), server, mine.get(key))
        if decision.take_laptop:
            values[key] = mine.get(key)
        if decision.conflict:
            work.conflict(obj, name, key, base.get(key), server, mine.get(key), decision)
    if any(getattr(obj, key) != value for key, value in base.items()
           if key not in T.AUDIT and key not in values and key != "id"):
        work.merged = True  # the server changed other fields meanwhile
    if values:
        apply_values(s, obj, values)


def _delete(work: UnitWork, change: Change) -> None:
    s, name = work.session, change.table
    obj = s.get(T.entity(name), change.row_id, populate_existing=True)
    if obj is None:
        return
    work.admit_change(name, change.row_id)
    base = change.base()
    if any(getattr(obj, key) != value for key, value in base.items()
           if key not in T.AUDIT and key != "id"):
        work.delete_against_update(obj, name)
        return
    delete(s, obj)
