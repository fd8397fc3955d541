"""Marketing outputs leave out the people who object to direct marketing (GDPR art. 21, the
CNIL's "droit d'opposition"): the vCards of contacts, a report on contacts printed to a file
and a grid of contacts exported to Excel or CSV. One rule for all of them (``objecting``), so
that an output added later cannot forget it. Which flags apply follows what the output carries
(``channels_for``): every output is direct marketing (``opted_out``); one carrying a postal
address is a postal list (``do_not_mail``), one carrying a phone number a call list
(``do_not_call``), a vCard carries both. How many were left out, for each reason (the first
flag a contact set, in the mail merge's order and words), is returned for the output to say,
and including them is the user's explicit choice, recorded as the mail merge's is."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, case, func, not_, or_, select

from desktop.crm import clock, entities as E
from desktop.crm.consent import MAIL, objection_flags
from desktop.crm.db.base import current_user
from desktop.crm.enums import BatchRunKind, ConsentChannel, UpdateMode

Channels = tuple[ConsentChannel, ...]
#: every marketing output: those who object to all direct marketing
ANY: Channels = (ConsentChannel.MARKETING,)
#: a vCard carries the postal address and the phone numbers: mail and call list at once
VCARD: Channels = MAIL + (ConsentChannel.PHONE,)
#: the fields (a column's or a report line's last name) that make a postal or a call list
#: (a town alone is no address to post to; the report catalogue offers neither a street nor a
#: phone today, so a report on contacts is a postal or call list once it does)
POSTAL_FIELDS = frozenset({"street", "postal_code", "address"})
PHONE_FIELDS = frozenset({"phone", "office_phone", "mobile_phone", "fax"})
#: (flag, how many contacts it left out), in the order of the flags
Reasons = tuple[tuple[str, int], ...]
#: the reason of a contact whose personal data was erased (its flags are all set)
ERASED = "erased"


def channels_for(fields: Iterable[str]) -> Channels:
    """The objections that apply to an output carrying ``fields`` (names such as
    ``contact.office_phone``): a postal address makes it a postal list, a phone number a call
    list; whatever it carries, it is direct marketing."""
    names = {field.rsplit(".", 1)[-1] for field in fields}
    return ANY + ((ConsentChannel.POST,) if names & POSTAL_FIELDS else ()) \
        + ((ConsentChannel.PHONE,) if names & PHONE_FIELDS else ())


@dataclass(frozen=True)
class MarketingRows:
    statement: Select
    #: the condition of the rows kept (None: every row, by the user's choice)
    keep: ColumnElement[bool] | None
    #: the contacts the statement held who object: left out, or included by the user's choice
    objecting: int
    include_objected: bool
    #: how many object, by the first flag they set (the reason given for leaving them out)
    reasons: Reasons = ()

    @property
    def left_out(self) -> int:
        return 0 if self.include_objected else self.objecting

    @property
    def included(self) -> int:
        """Those who object and go out all the same: the choice to record."""
        return self.objecting if self.include_objected else 0

    @property
    def left_out_by(self) -> Reasons:
        """The reasons of those left out, for the output's message (none when included)."""
        return () if self.include_objected else self.reasons


def _flags(channels: Channels) -> list[ColumnElement[bool]]:
    return [getattr(E.Contact, flag).is_(True) for flag in objection_flags(channels)]


def objecting(contact_id, channels: Channels = ANY) -> ColumnElement[bool]:
    """True for a row whose contact objects to one of ``channels``: THE rule of every
    marketing output."""
    return contact_id.in_(select(E.Contact.id).where(or_(*_flags(channels))))


def marketing_rows(db, statement: Select, contact_id, include_objected: bool = False,
                   channels: Channels = ANY) -> MarketingRows:
    """``statement`` (one row a contact) without the contacts who object to one of
    ``channels`` (unless the user includes them) and how many object, by reason; ``db`` is a
    Session or a Connection."""
    reasons = _reasons(db, statement.where(objecting(contact_id, channels))
                       .with_only_columns(contact_id).order_by(None), channels)
    keep = None if include_objected else not_(objecting(contact_id, channels))
    return MarketingRows(statement if keep is None else statement.where(keep), keep,
                         sum(count for _flag, count in reasons), include_objected, reasons)


def _reasons(db, ids: Select, channels: Channels) -> Reasons:
    """How many of ``ids`` object, by the first of ``channels``' flags they set (the mail
    merge's order: direct marketing, then post, then calls), the erased apart."""
    # an erased person has every flag set (crm/erasure): said as erased, not as objecting
    flags = [ERASED, *objection_flags(channels)]
    erased = E.Contact.id.in_(select(E.PersonalDataErasure.contact_id))
    first = case((erased, ERASED), *((getattr(E.Contact, flag).is_(True), flag)
                                     for flag in flags[1:]), else_="")
    # grouped outside: PostgreSQL does not match a CASE of bound parameters in GROUP BY
    chosen = select(first.label("flag")).where(E.Contact.id.in_(ids)).subquery()
    counts = dict(db.execute(select(chosen.c.flag, func.count()).group_by(chosen.c.flag)).all())
    return tuple((flag, counts[flag]) for flag in flags if counts.get(flag))


def record_inclusion(session, output: str, included: int) -> None:
    """The user's choice to include ``included`` contacts who object in ``output``, logged
    with who and when (nothing when there were none). Flushes; the runner commits."""
    if not included:
        return
    now = clock.now()
    session.add(E.BatchRun(kind=BatchRunKind.MARKETING_EXPORT, mode=UpdateMode.UPDATE,
                           parameters=json.dumps({"output": output, "include_objected": True,
                                                  "objecting": included}),
                           user_name=current_user(session), started_at=now, finished_at=now,
                           outcome="done"))
    session.flush()
