"""Sending an outbound e-mail activity (BR-EM-*): what goes out, from which mailbox, and the
Sent status once Exchange confirmed it. The sending itself is the sync gateway's job."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.enums import ActivityStatus as St, ActivityType as T, EmailDirection, RecipientRole
from desktop.crm.errors import NotAllowedError, ValidationError


@dataclass
class OutgoingEmail:
    mailbox: str
    subject: str
    html: str
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    bcc: list[str] = field(default_factory=list)
    attachments: list[tuple[str, Path]] = field(default_factory=list)


def outgoing(session: Session, act: E.Activity) -> OutgoingEmail:
    """The message to send; refused unless it is an outbound draft with a recipient and a
    sender whose mailbox the synchronization may use."""
    if act.type is not T.EMAIL or act.direction is not EmailDirection.OUTBOUND:
        raise NotAllowedError("Only outbound e-mails are sent.")
    if act.status is not St.DRAFT:
        raise NotAllowedError("This e-mail is {status_label}: it can no longer be changed.",
                              status_label=act.status.value)
    by_role: dict[RecipientRole, list[str]] = {role: [] for role in RecipientRole}
    for line in act.recipients:
        if line.email:
            by_role[line.role].append(line.email)
    if not by_role[RecipientRole.TO]:
        raise ValidationError("Add a To recipient with an e-mail address before sending.")
    sender = (by_role[RecipientRole.FROM] or [""])[0]
    users = set(session.scalars(select(E.ExchangeSyncUser.email_address).where(
        E.ExchangeSyncUser.active.is_(True))))
    if sender not in users:
        raise NotAllowedError("{sender} is not an active Exchange synchronization user: "
                              "e-mails leave from the mailboxes of those users.",
                              sender=sender or "?")
    body = "<br>".join(html.escape(line) for line in (act.information or "").splitlines())
    return OutgoingEmail(sender, act.subject, f"<p>{body}</p>", by_role[RecipientRole.TO],
                         by_role[RecipientRole.CC], by_role[RecipientRole.BCC],
                         [(a.file_name, Path(a.stored_path)) for a in act.attachments])


def mark_sent(act: E.Activity, when: dt.datetime) -> None:
    act.status, act.sent_at, act.sort_date = St.SENT, when, when
