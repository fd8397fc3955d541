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
from desktop.team.server.pull import SCOPE_TABLES, hold
from desktop.team.server.rules import QUOTATION, decide
from desktop.team.server.scope import CHILDREN, Rows, Scope, User
from desktop.team.server.units import Change, UnitWork, revise_quotations

L = E.ChangeLogEntry
H = E.Holding
PARENT = {name: (column, parent) for name, column, parent in CHILDREN}


def push(session: Session, ctx: RequestContext, device: E.Device, units: list[dict]
         ) -> list[dict]:
    """Apply the units in order; one answer each. The caller commits."""
    if not units:
        return []
    session.execute(text("SELECT set_config('crm.origin', :origin, true)"),
                    {"origin": ctx.origin})
    units = sorted(({**u, "changes": [wire.widen(c) for c in u["changes"]]} for u in units),
                   key=lambda u: u["seq"])
    done = {u.sequence: u for u in session.scalars(select(E.PushedUnit).where(
        E.PushedUnit.device_id == ctx.device_id,
        E.PushedUnit.sequence.in_([u["seq"] for u in units])))}
    outcomes = {seq: Outcome(seq, u.status, u.message,
                             {(name, row_id) for name, row_id in json.loads(u.touched)})
                for seq, u in done.items()}
    fresh = [u for u in units if u["seq"] not in done]
    held: set[tuple[str, int]] = set()
    if fresh:
        held, loaded = _preload(session, ctx, fresh)
        applied = _apply_group(session, ctx, fresh, held)
        if applied is None:  # one unit failed: each on its own, the others still go
            applied = [_apply_one(session, ctx, unit, held) for unit in fresh]
        session.add_all([E.PushedUnit(device_id=ctx.device_id, sequence=o.seq, status=o.status,
                                      touched=json.dumps(sorted(o.touched)), message=o.message)
                         for o in applied])
        session.flush()
        outcomes.update({o.seq: o for o in applied})
        del loaded  # held until the units are applied: the identity map holds them weakly
    answered = [outcomes[u["seq"]] for u in units]
    # rows the laptop held stay its own, unless a partner or a pin it changed moves them (the
    # partners its rows merely point at, locked by _preload, move nothing)
    touched = {(name, row_id) for o in answered for name, row_id in o.touched
               if name in T.BUSINESS}
    scope = Scope(session, User.read(session, ctx.user)).rows() \
        if touched - held or any(name in SCOPE_TABLES for name, _ in touched) else None
    return answers(session, device, answered, scope)


@dataclass
class Outcome:
    seq: int
    status: str
    message: str
    touched: set[tuple[str, int]]
    #: rows the laptop sent, as it holds them now: equal rows are answered by their audit
    sent: dict[tuple[str, int], wire.Row] = field(default_factory=dict)

    def shortened(self, name: str, row_id: int, values: wire.Row | None) -> wire.Row | None:
        sent = self.sent.get((name, row_id))
        if values is None or sent is None:
            return values
        if all(values.get(k) == v for k, v in sent.items() if k not in T.AUDIT):
            return {k: values[k] for k in T.AUDIT if k in values}
        return values


def answers(session: Session, device: E.Device, outcomes: list[Outcome], scope: Rows | None
            ) -> list[dict]:
    """Each unit's answer with the rows it wrote as the server holds them now (read in one
    query per table for the whole request); the laptop holds those of its scope."""
    wanted: dict[str, set[int]] = {}
    for outcome in outcomes:
        for name, row_id in outcome.touched:
            if name in T.REPLICATED:
                wanted.setdefault(name, set()).add(row_id)
    current = {(name, row_id): values for name, row_id, values in R.read_all(session, wanted)}
    held: dict[str, set[int]] = {}
    out = []
    for outcome in outcomes:
        rows = []
        for name, row_id in sorted(outcome.touched, key=lambda p: (T.order().get(p[0], 0), p[1])):
            if (name, row_id) not in current:
                continue
            values = current[name, row_id]
            if values is not None and name in T.BUSINESS and scope is not None and \
                    row_id not in scope[name]:
                values = None  # written, but not the laptop's to hold
            if values is not None and name in T.BUSINESS:
                held.setdefault(name, set()).add(row_id)
            rows.append([name, row_id, outcome.shortened(name, row_id, values)])
        out.append(dict(seq=outcome.seq, status=outcome.status, message=outcome.message,
                        rows=rows))
    for name, ids in held.items():
        hold(session, device, name, ids)
    return out


def _preload(session: Session, ctx: RequestContext, units: list[dict]
             ) -> tuple[set[tuple[str, int]], list]:
    """The rows the units change, locked, in the session at once (one query per table), and
    which of them the laptop holds. The objects are returned for the caller to keep: the
    session's identity map holds them weakly, and a row dropped from it is read again, one
    query per change."""
    targets: dict[str, set[int]] = {}
    for unit in units:
        for change in unit["changes"]:
            targets.setdefault(change["t"], set()).add(int(change["id"]))
            for column, target in T.business_links(change["t"]) if change["t"] in T.BUSINESS \
                    else ():
                value = (change.get("new") or {}).get(column)
                if value is not None:
                    targets.setdefault(target, set()).add(int(value))
    held: set[tuple[str, int]] = set()
    loaded: list = []
    for name, ids in targets.items():
        if name not in T.BUSINESS:
            continue
        entity = T.entity(name)
        listed = sorted(ids)
        loaded += session.scalars(select(entity).where(entity.id.in_(listed)).with_for_update()
                                  .execution_options(populate_existing=True)).all()
        held |= {(name, i) for i in session.scalars(select(H.row_id).where(
            H.device_id == ctx.device_id, H.table_name == name, H.row_id.in_(listed)))}
    return held, loaded


def _log_mark(session: Session) -> int:
    found = session.scalar(select(func.coalesce(func.max(L.id), 0)).where(
        L.txid == text("pg_current_xact_id()::text::bigint")))
    return int(found or 0)


def _logged_since(session: Session, mark: int) -> set[tuple[str, int]]:
    return {(name, row_id) for name, row_id in session.execute(
        select(L.table_name, L.row_id).where(
            L.txid == text("pg_current_xact_id()::text::bigint"), L.id > mark))}


def _apply_group(session: Session, ctx: RequestContext, units: list[dict],
                 held: set[tuple[str, int]]) -> list[Outcome] | None:
    """Every unit in one savepoint and (mostly) one flush: the usual case, where no unit is
    refused. None when one was: the savepoint is rolled back and nothing of it stays."""
    mark = _log_mark(session)
    savepoint = session.begin_nested()
    outcomes = []
    try:
        for unit in units:
            changes = [Change.of(raw) for raw in unit["changes"]]
            work = UnitWork(session, ctx, held=held)
            with session.no_autoflush:
                _apply_changes(work, changes)
            outcomes.append(Outcome(unit["seq"], work.status(), "",
                                    {(c.table, c.row_id) for c in changes},
                                    {(c.table, c.row_id): c.new for c in changes
                                     if c.new is not None}))
        session.flush()
        savepoint.commit()
    except (CrmError, IntegrityError, StaleDataError):
        savepoint.rollback()
        return None
    written = _logged_since(session, mark)
    claimed = set().union(*(o.touched for o in outcomes))
    outcomes[-1].touched |= written - claimed  # what rules and cascades wrote besides
    return outcomes


def _apply_one(session: Session, ctx: RequestContext, unit: dict,
               held: set[tuple[str, int]]) -> Outcome:
    mark = _log_mark(session)
    changes = [Change.of(raw) for raw in unit["changes"]]
    work = UnitWork(session, ctx, held=held)
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
        return Outcome(unit["seq"], status, message, touched)
    touched |= _logged_since(session, mark)
    return Outcome(unit["seq"], status, message, touched,
                   {(c.table, c.row_id): c.new for c in changes if c.new is not None})


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
        if change.op != "U":  # rows made or removed: what follows may need them written
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


def _as_left(session: Session, name: str, row_id: int):
    """The row as the units before left it. _preload read and locked every row the request
    changes, so the session's copy is current and holds what earlier units wrote without a
    flush yet; reloading it (populate_existing) would drop those writes."""
    return session.get(T.entity(name), row_id)


def _update(work: UnitWork, change: Change) -> None:
    s, name = work.session, change.table
    obj = _as_left(s, name, change.row_id)
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
    obj = _as_left(s, name, change.row_id)
    if obj is None:
        return
    work.admit_change(name, change.row_id)
    base = change.base()
    if any(getattr(obj, key) != value for key, value in base.items()
           if key not in T.AUDIT and key != "id"):
        work.delete_against_update(obj, name)
        return
    delete(s, obj)
