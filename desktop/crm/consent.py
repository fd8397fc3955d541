"""Objection to direct marketing (GDPR art. 21, the CNIL's "droit d'opposition").

A contact's three flags say what they object to: ``opted_out`` (all direct marketing),
``do_not_mail`` (post) and ``do_not_call`` (calls). Every change of a flag is kept with its
date and source (``ConsentEvent``), whoever makes it. Each road that contacts people (mail
merge, global addition of mailings, e-mails and calls) asks ``objection_flags`` which flags
leave a person out of it. A bulk UPDATE run through a session (Core or ORM-enabled), which
bypasses the flush, is recorded too: the flags are read before and after it."""

from __future__ import annotations

from sqlalchemy import Update, event, insert, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session

from desktop.crm import clock, entities as E
from desktop.crm.db.base import current_user
from desktop.crm.db.session import CrmSession
from desktop.crm.enums import ActivityType, ConsentChannel

#: the contact's flag behind each channel
FLAG = {ConsentChannel.MARKETING: "opted_out", ConsentChannel.POST: "do_not_mail",
        ConsentChannel.PHONE: "do_not_call"}
#: the session's ``info`` key a road that sets flags (an import, a form) names its source with
SOURCE_KEY = "consent_source"
#: the flags that leave a contact out of a run that contacts people in this way
MAIL = (ConsentChannel.MARKETING, ConsentChannel.POST)
BY_ACTIVITY = {ActivityType.MAILING: MAIL, ActivityType.EMAIL: (ConsentChannel.MARKETING,),
               ActivityType.CALL: (ConsentChannel.MARKETING, ConsentChannel.PHONE)}


def objection_flags(channels: tuple[ConsentChannel, ...]) -> list[str]:
    return [FLAG[channel] for channel in channels]


@event.listens_for(CrmSession, "before_flush")
def _record_consent(session: Session, _context, _instances) -> None:
    """An event for every flag set or cleared through the ORM (a new contact: each flag set)."""
    for contact in list(session.new) + list(session.dirty):
        if isinstance(contact, E.Contact):
            _events(session, contact)


def _events(session: Session, contact: E.Contact) -> None:
    state = inspect(contact)
    for channel, name in FLAG.items():
        value = bool(getattr(contact, name))
        history = state.attrs[name].history
        before = bool(history.deleted[0]) if history.deleted else not value
        if (state.pending and value) or (not state.pending and history.added
                                         and before != value):
            session.add(E.ConsentEvent(contact=contact, channel=channel, objected=value,
                                       source=session.info.get(SOURCE_KEY, "")[:80],
                                       user_name=current_user(session)))


#: the source of the events of a bulk UPDATE whose session names none
BULK_SOURCE = "Bulk update"
#: the sources the application's own roads name (the window shows them in words)
WINDOW_SOURCE = "Contact window"
IMPORT_SOURCE = "Import"
Flags = dict[int, tuple[bool, ...]]


@event.listens_for(CrmSession, "do_orm_execute")
def _record_bulk_consent(state: ORMExecuteState):
    """A bulk UPDATE of contacts: the flags of the rows it may change read before it and
    after it, and an event written for each flag it changed. The flush's own UPDATEs do not
    come here (they are recorded above)."""
    statement = state.statement
    if not isinstance(statement, Update) or getattr(statement.table, "name", "") != "contacts":
        return None
    # an executemany's WHERE holds parameters known per row only: then every contact is read
    where = [] if state.parameters or statement.whereclause is None \
        else [statement.whereclause]
    before = _flags(state.session, *where)
    result = state.invoke_statement()
    _record_changes(state.session, before)
    return result


def _flags(session: Session, *where) -> Flags:
    C = E.Contact
    columns = [getattr(C, name) for name in FLAG.values()]
    return {row[0]: tuple(bool(v) for v in row[1:])
            for row in session.execute(select(C.id, *columns).where(*where))}


def _record_changes(session: Session, before: Flags) -> None:
    ids = list(before)
    rows = []
    for start in range(0, len(ids), 1000):  # an IN list of a size every database takes
        after = _flags(session, E.Contact.id.in_(ids[start:start + 1000]))
        rows += [dict(contact_id=contact_id, channel=channel, objected=is_, at=clock.now(),
                      source=(session.info.get(SOURCE_KEY) or BULK_SOURCE)[:80],
                      user_name=current_user(session))
                 for contact_id, flags in after.items()
                 for channel, was, is_ in zip(FLAG, before[contact_id], flags, strict=True)
                 if was != is_]
    if rows:
        session.execute(insert(E.ConsentEvent), rows)
