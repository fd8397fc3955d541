"""Contacts as vCards (3.0, RFC 2426, what Outlook and phones read; or 4.0, RFC 6350), written
and read with vobject. A card carries the contact's code in its UID, so a card read back
updates the contact it came from; a card from elsewhere becomes a new contact of the partner
chosen, or is matched by its e-mail address so that importing twice creates nothing twice."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import vobject
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.unit_of_work import begin
from desktop.crm.errors import CrmError
from desktop.crm.partners import save_contact

UID_PREFIX = "urn:crm-desktop:contact:"
VERSIONS = ("3.0", "4.0")


def contact_card(contact: E.Contact, version: str = "3.0"):
    """One contact as a vobject vCard component."""
    if version not in VERSIONS:
        raise ValueError(version)
    card = vobject.vCard()
    card.add("version").value = version
    family = " ".join(p for p in (contact.before_surname_prefix, contact.last_name) if p)
    card.add("n").value = vobject.vcard.Name(family=family, given=contact.first_name,
                                             prefix=contact.salutation)
    card.add("fn").value = contact.full_name or contact.code
    card.add("uid").value = f"{UID_PREFIX}{contact.code}"
    if contact.business_partner is not None:
        card.add("org").value = [contact.business_partner.name]
    if contact.job_title:
        card.add("title").value = contact.job_title
    if contact.email:
        email = card.add("email")
        email.value, email.type_param = contact.email, "work" if version == "4.0" else "INTERNET"
    for number, kind in ((contact.office_phone, "work"), (contact.mobile_phone, "cell")):
        if number:
            tel = card.add("tel")
            tel.value, tel.type_param = number, kind if version == "4.0" else kind.upper()
    if contact.language:
        card.add("lang" if version == "4.0" else "x-lang").value = contact.language
    return card


def write_vcards(contacts: Iterable[E.Contact], version: str = "3.0") -> str:
    """The cards one after the other, with CRLF line ends as RFC 6350 asks."""
    return "".join(contact_card(c, version).serialize() for c in contacts)


@dataclass
class CardValues:
    """What a card says, in the contact's fields."""
    values: dict
    code: str = ""  # from our own UID
    organization: str = ""


@dataclass
class CardImport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[tuple[int, CrmError]] = field(default_factory=list)  # (card number, why)


def read_vcards(text: str) -> list[CardValues]:
    """The cards of a .vcf file, 3.0 or 4.0; raises CrmError naming the first bad card."""
    cards = []
    try:
        for card in vobject.readComponents(text, validate=False):
            cards.append(_card_values(card))
    except (vobject.base.ParseError, ValueError) as error:
        raise CrmError("The file is not a vCard file: {error}", error=str(error)) from error
    return cards


def _card_values(card) -> CardValues:
    values: dict = {}
    name = getattr(card, "n", None)
    if name is not None:
        values.update(first_name=name.value.given or "", last_name=name.value.family or "",
                      salutation=name.value.prefix or "")
    elif getattr(card, "fn", None) is not None:
        first, _, last = card.fn.value.rpartition(" ")
        values.update(first_name=first, last_name=last)
    for child in card.getChildren():
        kind = child.name.upper()
        types = {t.lower() for t in child.params.get("TYPE", [])}
        if kind == "EMAIL" and "email" not in values:
            values["email"] = child.value.strip()
        elif kind == "TEL":
            target = "mobile_phone" if "cell" in types else "office_phone"
            values.setdefault(target, child.value.strip())
        elif kind == "TITLE":
            values["job_title"] = child.value
        elif kind in ("LANG", "X-LANG"):
            values["language"] = child.value[:3]
    uid = getattr(card, "uid", None)
    code = uid.value.removeprefix(UID_PREFIX) if uid is not None and \
        uid.value.startswith(UID_PREFIX) else ""
    org = getattr(card, "org", None)
    organization = (org.value[0] if isinstance(org.value, list) else org.value) \
        if org is not None else ""
    return CardValues(values, code, organization)


def import_vcards(session: Session, text: str, partner_id: int | None) -> CardImport:
    """Each card updates the contact it names (our UID, else the same e-mail address) or
    becomes a new contact of ``partner_id``. A card the rules refuse is skipped with the
    reason; the others go in. The caller commits."""
    report = CardImport()
    begin(session)  # the cards' savepoints inside the caller's transaction
    for number, card in enumerate(read_vcards(text), start=1):
        contact = _match(session, card)
        if not card.values.get("last_name") and contact is None:
            report.skipped.append((number, CrmError("The card has no name.")))
            continue
        try:
            with session.begin_nested():
                if contact is None:
                    made = save_contact(session, None, {**card.values,
                                                        "business_partner_id": partner_id})
                    report.created.append(made.code)
                else:
                    save_contact(session, contact, card.values)
                    report.updated.append(contact.code)
        except CrmError as error:
            report.skipped.append((number, error))
    return report


def _match(session: Session, card: CardValues) -> E.Contact | None:
    if card.code:
        found = session.scalars(select(E.Contact).where(E.Contact.code == card.code)).first()
        if found is not None:
            return found
    email = (card.values.get("email") or "").lower()
    if email:
        return session.scalars(select(E.Contact).where(func.lower(E.Contact.email) == email)
                               .order_by(E.Contact.id)).first()
    return None
