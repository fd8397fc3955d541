"""Registering a received e-mail from an .eml file (BR-EM-03): an inbound Email activity with
its recipients and attachments, linked to the contact who sent it."""

from __future__ import annotations

import email
import email.policy
import email.utils
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
from desktop.crm.io.file_names import safe_file_name


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
    text = part.get_content()
    if part.get_content_type() == "text/html":
        text = re.sub(r"<[^>]+>", " ", text)
    return text.strip()


def import_eml(session: Session, raw: bytes, employee_id: int | None,
               attachments_folder: Path) -> E.Activity:
    """One inbound, Received e-mail activity from the bytes of an .eml file; not committed."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    senders = email.utils.getaddresses(message.get_all("From", []))
    if not senders or not senders[0][1]:
        raise ValidationError("This file is not an e-mail with a sender.")
    sender_name, sender = senders[0]
    contact = _contact(session, sender)
    if contact is None:
        raise ValidationError("No contact has the address {address}; create the contact, then "
                              "drop the e-mail again.", address=sender)
    sent = message["Date"].datetime if message["Date"] else clock.now()
    act = A.new_activity(session, ActivityType.EMAIL, {
        "subject": (str(message["Subject"] or "")[:80]) or "(sans objet)",
        "contact_id": contact.id, "direction": EmailDirection.INBOUND,
        "status": ActivityStatus.DRAFT,  # Received once its parties are registered
        "information": _body(message), "sent_at": sent}, employee_id)
    A.add_recipient(session, act, _party(session, RecipientRole.FROM, sender_name, sender))
    for header, role in (("To", RecipientRole.TO), ("Cc", RecipientRole.CC)):
        for name, address in email.utils.getaddresses(message.get_all(header, [])):
            if address:
                A.add_recipient(session, act, _party(session, role, name, address))
    _attachments(session, act, message, attachments_folder)
    act.status = ActivityStatus.RECEIVED
    act.sort_date = A.sort_date(act)
    return act


def _attachments(session: Session, act: E.Activity, message, folder: Path) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        for part in message.iter_attachments():
            name = safe_file_name(Path(part.get_filename() or "attachment.bin").name)
            path = Path(scratch) / name
            path.write_bytes(part.get_payload(decode=True) or b"")
            A.add_attachment(session, act, path, folder)
