"""Objection to direct marketing (GDPR art. 21, the CNIL's "droit d'opposition").

A contact's three flags say what they object to: ``opted_out`` (all direct marketing),
``do_not_mail`` (post) and ``do_not_call`` (calls). Every change of a flag is kept with its
date and source (``ConsentEvent``), whoever makes it. Each road that contacts people (mail
merge, global addition of mailings, e-mails and calls) asks ``objection_flags`` which flags
leave a person out of it."""

from __future__ import annotations

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from desktop.crm import entities as E
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
