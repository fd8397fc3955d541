"""Contacts from .vcf files as Outlook, Apple Contacts, Google Contacts, Thunderbird and phones
write them (2.1, 3.0, 4.0; read by desktop.crm.io.vcard_lines).

A card names the contact it updates by our own UID (a card we wrote), else by its own UID
kept from an earlier import (so a card without an e-mail address is found again), else by its
e-mail address; otherwise it becomes a new contact of the partner chosen, or of the partner its
organisation names. A card the rules refuse, or that cannot be read, is skipped with its
number and the reason; the others go in."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.unit_of_work import begin
from desktop.crm.errors import CrmError
from desktop.crm.importing.conversions import to_country, to_phone
from desktop.crm.io.vcard_lines import Property, RawCard, decode_file, read_cards
from desktop.crm.io.vcards import UID_PREFIX
from desktop.crm.partners import save_contact
from desktop.crm.text_search import fold, folded

MOBILE = {"cell", "mobile", "iphone", "cellular", "portable", "mobil"}
NOT_A_PHONE = {"fax", "pager", "modem", "bbs", "textphone"}
UID_LENGTH = 255


@dataclass
class CardValues:
    """What a card says, in the contact's fields."""
    values: dict
    code: str = ""  # from our own UID
    uid: str = ""  # the card's own UID, whoever wrote it
    organization: str = ""
    number: int = 0  # in the file, from 1


@dataclass
class CardImport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[tuple[int, CrmError]] = field(default_factory=list)  # (card number, why)


def read_vcards(data: bytes | str) -> tuple[list[CardValues], list[tuple[int, CrmError]]]:
    """The cards of a .vcf file, and (card number, why) for those that cannot be read."""
    text = decode_file(data) if isinstance(data, bytes) else data
    cards, bad = read_cards(text)
    return [card_values(card) for card in cards], bad


def card_values(card: RawCard) -> CardValues:
    values: dict = {}
    name = card.first("N")
    parts = (name.parts() + [""] * 5)[:5] if name is not None else [""] * 5
    values.update(last_name=parts[0], first_name=parts[1], salutation=parts[3])
    full = card.first("FN")
    if not values["last_name"] and full is not None:
        first, _, last = full.text().rpartition(" ")
        values.update(first_name=first, last_name=last)
    titles = card.all("TITLE")
    if titles:  # several: the last one written (a title added to an exported card)
        values["job_title"] = titles[-1].text()
    emails = sorted(card.all("EMAIL"), key=lambda p: p.pref)
    if emails:
        values["email"] = emails[0].text()
    values.update(_phones(card))
    country = _country(card)
    if country:
        values["country"] = country
    languages = sorted(card.all("LANG") + card.all("X-LANG"), key=lambda p: p.pref)
    if languages:
        values["language"] = languages[0].text()[:3]
    uid = card.first("UID")
    own = uid.text() if uid is not None else ""
    code = own.removeprefix(UID_PREFIX) if own.startswith(UID_PREFIX) else ""
    org = card.first("ORG")
    return CardValues({k: v for k, v in values.items() if v}, code, own[:UID_LENGTH],
                      org.parts()[0] if org is not None else "", card.number)


def _phones(card: RawCard) -> dict[str, str]:
    """The preferred mobile and office numbers; the kind from the types, or from Apple's
    label of the property's group."""
    found: dict[str, str] = {}
    for prop in sorted(card.all("TEL"), key=lambda p: p.pref):
        kinds = prop.types | ({card.label(prop.group)} if prop.group else set())
        if kinds & NOT_A_PHONE:
            continue
        target = "mobile_phone" if kinds & MOBILE else "office_phone"
        found.setdefault(target, _number(prop))
    return found


def _number(prop: Property) -> str:
    """A tel: URI as its number (RFC 3966: "tel:+33-6-12-34-56-78;ext=12"), international."""
    text = prop.text()
    if text.lower().startswith("tel:"):
        text = text[4:].split(";", 1)[0].replace("-", " ")
    try:
        return to_phone(text)
    except CrmError:
        return text  # as the card says: the contact's rules judge it


def _country(card: RawCard) -> str:
    apple = card.first("X-ABADR")
    if apple is not None and len(apple.text()) == 2:
        return apple.text().upper()
    for address in card.all("ADR"):
        parts = address.parts()
        if len(parts) > 6 and parts[6]:
            try:
                return to_country(parts[6])
            except CrmError:
                continue
    return ""


def import_vcards(session: Session, data: bytes | str, partner_id: int | None) -> CardImport:
    """Each card updates the contact it names or becomes a new contact (of ``partner_id``, or
    of the partner its organisation names). The caller commits."""
    report = CardImport()
    begin(session)  # the cards' savepoints inside the caller's transaction
    cards, bad = read_vcards(data)
    report.skipped.extend(bad)
    for card in cards:
        contact = _match(session, card)
        if not card.values.get("last_name") and contact is None:
            report.skipped.append((card.number, CrmError("The card has no name.")))
            continue
        values = dict(card.values)
        if card.uid and not card.code:
            values["card_uid"] = card.uid
        try:
            with session.begin_nested():
                if contact is None:
                    partner = partner_id or _partner_named(session, card.organization)
                    made = save_contact(session, None, {**values,
                                                        "business_partner_id": partner})
                    report.created.append(made.code)
                else:
                    save_contact(session, contact, values)
                    report.updated.append(contact.code)
        except CrmError as error:
            report.skipped.append((card.number, error))
    report.skipped.sort(key=lambda s: s[0])
    return report


def _match(session: Session, card: CardValues) -> E.Contact | None:
    c = E.Contact
    if card.code:
        found = session.scalars(select(c).where(c.code == card.code)).first()
        if found is not None:
            return found
    if card.uid:
        found = session.scalars(select(c).where(c.card_uid == card.uid).order_by(c.id)).first()
        if found is not None:
            return found
    email = (card.values.get("email") or "").lower()
    if email:
        return session.scalars(select(c).where(func.lower(c.email) == email)
                               .order_by(c.id)).first()
    return None


def _partner_named(session: Session, organization: str) -> int | None:
    """The partner whose name is the card's organisation, ignoring case and accents."""
    wanted = fold(organization).strip()
    if not wanted:
        return None
    bp = E.BusinessPartner
    return session.scalars(select(bp.id).where(folded(bp.name) == wanted)
                           .order_by(bp.id)).first()
