"""Registering a received e-mail from an .eml file (BR-EM-03): an inbound Email activity with
its recipients and attachments, linked to the contact who sent it.

Messages come as mail programs write them: a Date with "-0000", without a zone or in the
obsolete forms RFC 5322 section 4.3 still asks readers to take (two-digit years, "EST",
military zones, comments) is read; attachments with the same name are all kept, under names
any file system takes (desktop.crm.io.file_names); a file that is no e-mail is refused in
one sentence."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import mimetypes
import re
import tempfile
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.crm import activities as A, clock, entities as E
from desktop.crm.enums import (
    ActivityStatus,
    ActivityType,
    EmailDirection,
    PartyType,
    RecipientRole,
)
from desktop.crm.errors import ValidationError
from desktop.crm.io.file_names import attachment_name, unique_path

COLON_OFFSET = re.compile(r"([+-]\d{2}):(\d{2})\s*$")  # "+02:00", which some programs write


def _contact(session: Session, address: str) -> E.Contact | None:
    return session.scalars(select(E.Contact).where(
        func.lower(E.Contact.email) == address.lower())).first()


def _employee(session: Session, address: str) -> E.Employee | None:
    return session.scalars(select(E.Employee).where(
        func.lower(E.Employee.email) == address.lower())).first()


def _party(session: Session, role: RecipientRole, name: str, address: str) -> dict:
    employee = _employee(session, address)
    if employee is not None:
        return {"role": role, "recipient_type": PartyType.EMPLOYEE, "employee_id": employee.id}
    contact = _contact(session, address)
    if contact is not None:
        return {"role": role, "recipient_type": PartyType.CONTACT, "contact_id": contact.id}
    return {"role": role, "recipient_type": PartyType.OTHER, "name": name or address,
            "email": address}


def _body(message) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        text = part.get_content()
    except (LookupError, UnicodeError, ValueError):  # a charset Python does not know
        text = (part.get_payload(decode=True) or b"").decode("utf-8", errors="replace")
    if part.get_content_type() == "text/html":
        text = re.sub(r"<[^>]+>", " ", text)
    return text.strip()


def mail_date(value: str | None) -> dt.datetime | None:
    """A Date header as an aware moment: "-0000", no zone at all, an unknown or military zone
    are UTC, as RFC 5322 (3.3, 4.3) says; None when it is no date."""
    if not value:
        return None
    text = COLON_OFFSET.sub(r"\1\2", str(value).strip())
    parsed = email.utils.parsedate_tz(text)
    if parsed is None:
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    try:
        stamp = email.utils.mktime_tz(parsed)
        return dt.datetime.fromtimestamp(stamp, dt.UTC)
    except (OverflowError, ValueError):
        return None


def read_message(raw: bytes):
    """The message, or ValidationError in one sentence when the file is no e-mail."""
    head = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    if not raw.strip() or b"\x00" in head:  # a NUL among the headers: a binary file
        raise ValidationError("This file is not an e-mail message: save the message from your "
                              "mail program as .eml or .msg.")
    message = email.message_from_bytes(raw, policy=email.policy.default)
    if not message.keys() or message.get("From") is None and message.get("Date") is None:
        raise ValidationError("This file is not an e-mail message: save the message from your "
                              "mail program as .eml or .msg.")
    return message


def import_eml(session: Session, raw: bytes, employee_id: int | None,
               attachments_folder: Path) -> E.Activity:
    """One inbound, Received e-mail activity from the bytes of an .eml file; not committed."""
    message = read_message(raw)
    try:
        senders = email.utils.getaddresses([str(h) for h in message.get_all("From", [])])
    except (ValueError, IndexError):
        senders = []
    if not senders or not senders[0][1]:
        raise ValidationError("This file is not an e-mail with a sender.")
    sender_name, sender = senders[0]
    contact = _contact(session, sender)
    if contact is None:
        raise ValidationError("No contact has the address {address}; create the contact, then "
                              "drop the e-mail again.", address=sender)
    act = A.new_activity(session, ActivityType.EMAIL, {
        "subject": (str(message["Subject"] or "")[:80]) or "(sans objet)",
        "contact_id": contact.id, "direction": EmailDirection.INBOUND,
        "status": ActivityStatus.DRAFT,  # Received once its parties are registered
        "information": _body(message),
        "sent_at": mail_date(message["Date"]) or clock.now()}, employee_id)
    A.add_recipient(session, act, _party(session, RecipientRole.FROM, sender_name, sender))
    for header, role in (("To", RecipientRole.TO), ("Cc", RecipientRole.CC)):
        for name, address in email.utils.getaddresses(
                [str(h) for h in message.get_all(header, [])]):
            if address:
                A.add_recipient(session, act, _party(session, role, name, address))
    _attachments(session, act, message, attachments_folder)
    act.status = ActivityStatus.RECEIVED
    act.sort_date = A.sort_date(act)
    return act


def _attachments(session: Session, act: E.Activity, message, folder: Path) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        for part in message.iter_attachments():
            extension = mimetypes.guess_extension(part.get_content_type()) or ".bin"
            name = attachment_name(part.get_filename(), f"attachment{extension}")
            path = unique_path(Path(scratch), name)  # "scan.pdf" twice: both kept
            path.write_bytes(part.get_payload(decode=True) or b"")
            A.add_attachment(session, act, path, folder)
