"""Who may change what (Q-SEC-1, issue 35 point 3).

Everyone sees every record. A closed record (an opportunity Won, Lost or Canceled, an activity
held, completed, sent ...) is changed only by its assignee or organizer, or by a CRM manager;
reference data and parameters only by a CRM manager. The rule is a hook on every session's
flush, so the window, the command line, a laptop's replica and the team server refuse the same
changes with the same sentence, whoever calls the domain.

Rights take effect once the database names a CRM manager: a new database, or a one-person
SQLite file, has nobody to give the first role, so its user may do everything until then."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, event, func, inspect, or_, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.orm.base import NO_VALUE

from desktop.crm import entities as E
from desktop.crm.db.base import Base, current_user
from desktop.crm.db.records import apply_values, existing
from desktop.crm.db.session import CrmSession
from desktop.crm.employees import employee_for_user
from desktop.crm.enums import (
    CLOSED_ACTIVITY_STATUSES,
    CLOSED_OPPORTUNITY_STATUSES,
    EmployeeRole,
)
from desktop.crm.errors import NotAllowedError

MANAGER = EmployeeRole.CRM_MANAGER
#: the team's master data and parameters: one set of values for everyone, set by a CRM
#: manager (letters, reports, selections and templates are the marketing staff's work, and a
#: user's own defaults are the user's)
MANAGED_TABLES = frozenset({
    "sales_offices", "employees", "sales_order_types", "quotation_parameters", "items",
    "phases", "sales_processes", "sales_process_phases", "buyer_roles", "opportunity_types",
    "opportunity_sources", "reasons", "attributes", "attribute_options", "attribute_sets",
    "attribute_set_members", "crm_parameters", "com_parameters",
    "default_attribute_sets_by_role", "units", "unit_descriptions", "exchange_sync_settings",
})
#: the fields saying who answers for a closed record
OWNERS: dict[type, tuple[str, ...]] = {
    E.Opportunity: ("assigned_to_id",),
    E.Activity: ("assigned_to_id", "organizer_id"),
}


def rights_enforced(session: Session) -> bool:
    """Whether the database names an active CRM manager (before that, nobody is refused)."""
    return _managers(session) > 0


def _managers(session: Session) -> int:
    """Active CRM managers, as the database holds them (the pending flush not counted)."""
    memo = session.info.get(_MEMO)
    if memo is not None and "managers" in memo:
        return memo["managers"]
    with session.no_autoflush:
        count = session.scalar(select(func.count()).select_from(E.Employee).where(
            E.Employee.active.is_(True),
            type_coerce(E.Employee.roles, String).contains(MANAGER.name))) or 0
    if memo is not None:
        memo["managers"] = count
    return count


#: session.info key of what one flush's check read once (the database does not change under
#: a flush's check: a team server's push checks hundreds of closed records in one flush)
_MEMO = "rights.flush_memo"


def _employee(session: Session, user_name: str) -> E.Employee | None:
    memo = session.info.get(_MEMO)
    key = ("employee", user_name)
    if memo is not None and key in memo:
        return memo[key]
    with session.no_autoflush:
        employee = employee_for_user(session, user_name)
    if memo is not None:
        memo[key] = employee
    return employee


def manager_clause(user_name: str):
    """SQL that is true when the user may do what a CRM manager does (a grid's filter, for
    the rows only a manager reads): the same rule as ``is_crm_manager``, in the query."""
    managers = select(E.Employee.id).where(
        E.Employee.active.is_(True), type_coerce(E.Employee.roles, String).contains(MANAGER.name))
    return or_(~managers.exists(), managers.where(
        func.lower(E.Employee.user_name) == (user_name or "").lower()).exists())


def roles_of(session: Session, user_name: str) -> frozenset[EmployeeRole]:
    """The roles of the active employee linked to the user (none for an unknown user)."""
    employee = _employee(session, user_name)
    if employee is None:
        return frozenset()
    return _committed(employee, "roles") or frozenset()


def is_crm_manager(session: Session, user_name: str) -> bool:
    return not rights_enforced(session) or MANAGER in roles_of(session, user_name)


def is_closed(record: Base) -> bool:
    """Closed as the database holds it: a change that closes a record is not yet a change
    of a closed one, and one that reopens it still is."""
    status = _committed(record, "status")
    if isinstance(record, E.Opportunity):
        return status in CLOSED_OPPORTUNITY_STATUSES
    return isinstance(record, E.Activity) and status in CLOSED_ACTIVITY_STATUSES


def may_change(session: Session, user_name: str, record: Base) -> bool:
    """Q-SEC-1: whether the user may change (or delete) the record as the database holds it.
    The owner is the one the database knows: naming oneself assignee in the same change does
    not count."""
    if not is_closed(record) or is_crm_manager(session, user_name):
        return True
    employee = _employee(session, user_name)
    owners = {_committed(record, name) for name in OWNERS[type(record)]}
    return employee is not None and employee.id in owners


def check_may_change(session: Session, record: Base) -> None:
    """NotAllowedError, in the sentence every caller shows, when the session's user may not
    change the closed record."""
    if not may_change(session, current_user(session), record):
        raise NotAllowedError(
            "{entity_label} {record} is closed: only its assignee or organizer, or a CRM "
            "manager, may change it.", entity_label=record.entity_label,
            record=record.display_key())


def check_may_manage(session: Session, record: Base) -> None:
    """NotAllowedError when the session's user, not a CRM manager, changes reference data."""
    if not is_crm_manager(session, current_user(session)):
        raise NotAllowedError(
            "{entity_label} is reference data: only a CRM manager may change it.",
            entity_label=record.entity_label)


def set_roles(session: Session, employee_id: int, roles: frozenset[EmployeeRole]) -> None:
    """Give the employee these roles (a CRM manager's act: the flush checks it)."""
    employee = existing(session, E.Employee, employee_id)
    apply_values(session, employee, {"roles": frozenset(roles)})
    session.flush()


def _check_a_manager_stays(session: Session, employees: list[E.Employee]) -> None:
    """The team keeps a CRM manager: without one, rights would lapse for everyone. Counted
    over the whole flush, so two managers dropping the role at once are seen together."""
    was = [e for e in employees if e not in session.new and _is_manager(e, committed=True)]
    now = [e for e in employees if e not in session.deleted and _is_manager(e, committed=False)]
    dropped = [e for e in was if e not in now]
    if dropped and _managers(session) - len(was) + len(now) < 1:
        raise NotAllowedError("{record} is the team's last CRM manager: name another one "
                              "first.", record=dropped[0].name)


def _is_manager(employee: E.Employee, committed: bool) -> bool:
    value = _committed if committed else getattr
    return MANAGER in (value(employee, "roles") or ()) and bool(value(employee, "active"))


def _committed(record: Any, key: str) -> Any:
    """The field's value as loaded from the database (the current one for a new record).
    Read from the state's committed values, as the attribute's history reads it: building
    ``inspect(record).attrs`` costs a millisecond a record of a wide table, paid by every
    closed record a team server's push flushes."""
    old = inspect(record).committed_state.get(key, NO_VALUE)
    return getattr(record, key) if old is NO_VALUE else old


def _table_name(record: Any) -> str:
    table = getattr(type(record), "__table__", None)
    return getattr(table, "name", "")


def _changed(session: Session, record: Any) -> bool:
    return record in session.new or record in session.deleted or \
        session.is_modified(record, include_collections=False)


@event.listens_for(CrmSession, "before_flush")
def _refuse_without_the_right(session: Session, _context, _instances) -> None:
    session.info[_MEMO] = {}
    try:
        _check_rights(session)
    finally:
        del session.info[_MEMO]


def _check_rights(session: Session) -> None:
    changed = [r for r in (*session.new, *session.dirty, *session.deleted)
               if _changed(session, r)]
    for record in changed:
        if _table_name(record) in MANAGED_TABLES:
            check_may_manage(session, record)
        elif type(record) in OWNERS and record not in session.new:
            check_may_change(session, record)
    employees = [r for r in changed if isinstance(r, E.Employee)]
    if employees:
        _check_a_manager_stays(session, employees)
