"""One unit being applied: its changes as the laptop captured them, what the sender may touch,
and the conflicts it makes (kept in ``sync_conflicts``, never lost)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.base import Base, table_of
from desktop.crm.db.records import apply_values
from desktop.crm.errors import NotAllowedError
from desktop.team import tables as T, wire
from desktop.team.server import numbers
from desktop.team.server.context import RequestContext
from desktop.team.server.rules import Decision

H = E.Holding
#: lines numbered within their parent: a number both sides took is renumbered
SEQUENCED = {"attendees": ("activity_id", "line_no", 1), "email_recipients": ("activity_id",
             "sequence", 1), "email_attachments": ("activity_id", "sequence", 1),
             "activity_references": ("activity_id", "sequence", 10),
             "opportunity_items": ("opportunity_id", "position", 10),
             "opportunity_references": ("opportunity_id", "sequence", 10),
             "quotation_lines": ("quotation_id", "position", 10)}
#: who an attendee is: the same person added on both sides is one attendee (sets merge)
PERSON = ("employee_id", "contact_id", "email")


@dataclass
class Change:
    table: str
    row_id: int
    op: str
    old: wire.Row | None
    new: wire.Row | None
    changed: str
    base_version: int | None

    @classmethod
    def of(cls, raw: dict) -> Change:
        return cls(raw["t"], int(raw["id"]), raw["op"], raw.get("old"), raw.get("new"),
                   raw.get("changed") or "", raw.get("base"))

    def values(self) -> dict[str, Any]:
        """The laptop's values (decoded), without the id and the server's own columns."""
        return {k: v for k, v in wire.decode(self.table, self.new or {}).items()
                if k not in T.AUDIT and k != "id"}

    def base(self) -> dict[str, Any]:
        return wire.decode(self.table, self.old or {})

    def changed_fields(self) -> list[str]:
        known = T.table(self.table).columns
        return [k for k in self.changed.split(",") if k and k in known and k not in T.AUDIT
                and k != "id"]


@dataclass
class UnitWork:
    session: Session
    ctx: RequestContext
    merged: bool = False
    conflicts: int = 0
    created: set[tuple[str, int]] = field(default_factory=set)
    #: the rows the laptop holds among those the request touches (read once for it)
    held: set[tuple[str, int]] | None = None

    def status(self) -> str:
        return "conflict" if self.conflicts else "merged" if self.merged else "applied"

    # -- scope and rights ------------------------------------------------------------------
    def holds(self, name: str, row_id: int) -> bool:
        """Whether the laptop holds the row, or held it until lately (its change was made
        before it heard that the row left its scope), or made it in this unit."""
        if (name, row_id) in self.created:
            return True
        if self.held is not None and (name, row_id) in self.held:
            return True
        return bool(self.session.scalar(select(func.count()).select_from(H).where(
            H.device_id == self.ctx.device_id, H.table_name == name, H.row_id == row_id)))

    def admit_change(self, name: str, row_id: int) -> None:
        if not self.holds(name, row_id):
            raise NotAllowedError("{entity_label} {record} is not in the records this laptop "
                                  "holds: the change is refused.", record=str(row_id),
                                  entity_label=T.entity(name).entity_label)

    def admit_insert(self, name: str, values: dict[str, Any]) -> None:
        """A new row may point only at rows the laptop holds (or made in this unit)."""
        for column, target in T.business_links(name):
            row_id = values.get(column)
            if row_id is not None and not self.holds(target, row_id):
                raise NotAllowedError(
                    "{entity_label} points at a record this laptop does not hold ({record}): "
                    "the change is refused.", record=f"{target} {row_id}",
                    entity_label=T.entity(name).entity_label)

    # -- merges ----------------------------------------------------------------------------
    def merged_into_set(self, name: str, row_id: int, values: dict[str, Any]) -> bool:
        """Lines numbered within their parent: the same attendee added on both sides is kept
        once; a number the other side took first is replaced by the next free one."""
        if name not in SEQUENCED:
            return False
        parent, number, step = SEQUENCED[name]
        table = T.table(name)
        if name == "attendees" and any(values.get(k) for k in PERSON):
            key = next(k for k in PERSON if values.get(k))
            if self.session.scalar(select(func.count()).select_from(table).where(
                    table.c[parent] == values[parent], table.c[key] == values[key])):
                self.merged = True
                return True
        taken = self.session.scalar(select(func.count()).select_from(table).where(
            table.c[parent] == values[parent], table.c[number] == values.get(number)))
        if taken:
            values[number] = (self.session.scalar(select(func.max(table.c[number])).where(
                table.c[parent] == values[parent])) or 0) + step
            self.merged = True
        return False

    # -- conflicts -------------------------------------------------------------------------
    def conflict(self, obj, name: str, key: str, base: Any, server: Any, laptop: Any,
                 decision: Decision) -> None:
        self.conflicts += 1
        def encoded(value: Any) -> str:
            return _text(wire.encode(name, {key: value}).get(key))

        self.session.add(E.SyncConflict(
            table_name=name, row_id=obj.id, record_label=obj.display_key()[:80], field=key,
            rule=decision.rule, base_value=encoded(base), server_value=encoded(server),
            laptop_value=encoded(laptop),
            kept="laptop" if decision.take_laptop else "server", user_name=self.ctx.user,
            owner_name=self._owner(obj, decision), device_no=self.ctx.device_no))

    def _owner(self, obj, decision: Decision) -> str:
        if decision.rule == "owner_queue" and isinstance(obj, E.Opportunity):
            return self.session.scalar(select(E.Employee.user_name).where(
                E.Employee.id == obj.assigned_to_id)) or ""
        return self.ctx.user

    def delete_against_update(self, obj, name: str) -> None:
        """The laptop deleted what the server changed: the record stays, flagged."""
        self.conflicts += 1
        self.session.add(E.SyncConflict(
            table_name=name, row_id=obj.id, record_label=obj.display_key()[:80],
            rule="delete_vs_update", laptop_value="", kept="server", user_name=self.ctx.user,
            owner_name=self.ctx.user, device_no=self.ctx.device_no))

    def recreate(self, change) -> None:
        """The laptop changed what the server deleted: the record comes back, flagged."""
        self.admit_change(change.table, change.row_id)
        obj = T.entity(change.table)()
        obj.id = change.row_id
        apply_values(self.session, obj, change.values())
        self.session.flush()
        self.conflicts += 1
        self.session.add(E.SyncConflict(
            table_name=change.table, row_id=obj.id, record_label=obj.display_key()[:80],
            rule="deleted_on_server", kept="laptop", user_name=self.ctx.user,
            owner_name=self.ctx.user, device_no=self.ctx.device_no))


def _text(value: Any) -> str:
    return "" if value is None else json.dumps(value)


def revise_quotations(work: UnitWork, changes: list) -> set[tuple[str, int]]:
    """A quotation is one unit: the laptop's edits of a quotation the server changed since
    the laptop's base (its header or a line) become a new revision of it. Returns the
    changes thereby handled."""
    s = work.session
    stale: dict[int, list] = {}
    for change in changes:
        quotation_id = change.row_id if change.table == "quotations" else \
            (change.old or change.new or {}).get("quotation_id")
        if change.op == "I" or quotation_id is None:
            continue
        current = s.get(T.entity(change.table), change.row_id)
        if current is not None and change.base_version is not None and \
                getattr(current, "version", None) != change.base_version:
            stale[quotation_id] = []
    if not stale:
        return set()
    for change in changes:
        quotation_id = change.row_id if change.table == "quotations" else \
            (change.old or change.new or {}).get("quotation_id")
        if quotation_id in stale:
            stale[quotation_id].append(change)
    handled = set()
    for quotation_id, edits in stale.items():
        _new_revision(work, quotation_id, edits)
        handled |= {(c.table, c.row_id) for c in edits}
    return handled


def _new_revision(work: UnitWork, quotation_id: int, edits: list) -> None:
    s = work.session
    Q, QL = E.Quotation, E.QuotationLine
    original = work.session.get(Q, quotation_id)
    if original is None or any(c.table == "quotations" and c.op == "D" for c in edits):
        if original is not None:
            work.delete_against_update(original, "quotations")
        return
    work.admit_change("quotations", quotation_id)
    header = _copied(Q, original)
    for change in edits:
        if change.table == "quotations":
            header.update({k: change.values()[k] for k in change.changed_fields()})
    header.update(code=numbers.quotation_number(s, original), revision=original.revision + 1,
                  revised_from_id=original.id)
    revision = Q()
    apply_values(s, revision, header)
    s.flush()
    lines = {line.id: _copied(QL, line) for line in original.lines}
    for change in edits:
        if change.table != "quotation_lines":
            continue
        if change.op == "D":
            lines.pop(change.row_id, None)
        elif change.op == "U" and change.row_id in lines:
            lines[change.row_id].update({k: change.values()[k] for k in change.changed_fields()})
        elif change.op == "I":
            lines[-change.row_id] = change.values()
    for values in lines.values():
        apply_values(s, QL(), {**values, "quotation_id": revision.id})
    work.conflicts += 1
    s.add(E.SyncConflict(
        table_name="quotations", row_id=original.id, record_label=original.code,
        rule="new_revision", laptop_value=json.dumps(revision.code), kept="server",
        user_name=work.ctx.user, owner_name=work.ctx.user, device_no=work.ctx.device_no))
    work.created.add(("quotations", revision.id))


def _copied(entity: type[Base], obj) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in table_of(entity).columns
            if c.key not in T.AUDIT and c.key != "id"}
