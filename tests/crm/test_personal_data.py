"""Right of access and right to erasure (issue 37, GDPR art. 15 and 17): a contact with data
in every table that can hold it; the export holds every row (the tables come from the
metadata, so a new table that names a contact is covered); the erasure leaves no name, e-mail
or phone in any text column of any table, no row pointing at nothing, and the business
history whole; an open quotation holds it back."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import Enum, String, Text, func, or_, select

from desktop.crm import entities as E
from desktop.crm.db.base import Base
from desktop.crm.enums import (
    ActivityStatus,
    ActivityType as T,
    Attendance,
    AttributeObjectKind,
    AttributeType,
    BusinessObjectKind as K,
    OutboxOperation,
    PartyType,
    QuotationStatus,
    RecipientRole,
    UpdateMode,
)
from desktop.crm.erasure import PLACEHOLDER, erase_personal_data
from desktop.crm.errors import ValidationError
from desktop.crm.inventory import count_orphans
from desktop.crm.letters.document import Document, Field, Paragraph, Text as DocText
from desktop.crm.letters.storage import dumps
from desktop.crm.mail_merge import MailMerge
from desktop.crm.personal_data import export_personal_data, rows_naming
from desktop.crm.target_groups import TargetGroup
from desktop.crm.text_search import contains
from tests.support import factories as f

NAME, EMAIL, PHONE = "Zéphyrine Quillebœuf", "zephyrine.q@exemple.fr", "+33 6 98 76 54 32"
#: the log of an erasure names the contact only once one was made
AFTER_ERASURE = {"personal_data_erasures"}


def _activity(session, code, kind, **kw) -> E.Activity:
    act = E.Activity(code=code, type=kind, subject=kw.pop("subject", code),
                     status=ActivityStatus.PLANNED, **kw)
    session.add(act)
    return act


@pytest.fixture
def person(session, tmp_path, now):
    """Zéphyrine, with a row in every table that can name a contact."""
    bp = f.partner(session, "BP1", "Conseil Atlantique")
    other = f.contact(session, "CT2", bp, first_name="Paul", last_name="Autre",
                      email="paul@exemple.fr")
    z = f.contact(session, "CT1", bp, first_name="Zéphyrine", last_name="Quillebœuf",
                  email=EMAIL, mobile_phone=PHONE, is_primary=True)
    opp = f.opportunity(session, "OPP000001", sold_to_bp=bp)
    session.add(E.OpportunityContact(opportunity=opp, contact=z))
    item = f.item(session)
    session.add(E.Quotation(code="QT1", sold_to_bp=bp, opportunity=opp, quotation_date=now.date(),
                            status=QuotationStatus.PROCESSED,
                            lines=[E.QuotationLine(position=10, item=item, unit="pcs",
                                                   ordered_qty=Decimal("3"),
                                                   amount=Decimal("300.00"))]))
    mail = _activity(session, "EM1", T.EMAIL, contact=z, business_partner=bp,
                     subject=f"Réponse à {NAME}", information=f"Écrire à {EMAIL} ou {PHONE}")
    attached = tmp_path / "cv.pdf"
    attached.write_bytes(b"%PDF-1.4 CV")
    mail.recipients.append(E.EmailRecipient(sequence=10, role=RecipientRole.TO,
                                            recipient_type=PartyType.CONTACT, contact=z,
                                            name=NAME, email=EMAIL))
    mail.attachments.append(E.EmailAttachment(sequence=10, file_name="CV Zéphyrine.pdf",
                                              stored_path=str(attached), size_bytes=11))
    meeting = _activity(session, "AP1", T.APPOINTMENT, subject="Comité", contact=other)
    meeting.attendees.append(E.Attendee(line_no=10, attendance=Attendance.REQUIRED,
                                        attendee_type=PartyType.CONTACT, contact=z,
                                        full_name=NAME, email=EMAIL, phone=PHONE))
    session.flush()
    session.add(E.ExchangeItemLink(contact_id=z.id, mailbox="vente@exemple.fr", item_id="AAMk1",
                                   synced=json.dumps({"email": EMAIL})))
    session.add(E.DistinctRecordSet(members=[  # "not the same person as Paul"
        E.DistinctRecordMember(contact_id=z.id), E.DistinctRecordMember(contact_id=other.id)]))
    session.flush()
    hobby = E.Attribute(code="HOBBY", label="Hobby", search_key="HOBBY",
                        data_type=AttributeType.ALPHANUMERIC, length=40)
    session.add_all([hobby, E.Note(object_kind=K.CONTACT, object_id=z.id, subject="Appel",
                                   body=f"{NAME} rappellera"),
                     E.Note(object_kind=K.ACTIVITY, object_id=mail.id, subject="Suite",
                            body=f"Envoyé à {EMAIL}")])
    session.flush()
    session.add(E.AttributeValue(object_kind=AttributeObjectKind.C, object_id=z.id,
                                 attribute=hobby, value_text="Voile"))
    session.add(E.Letter(code="INVIT", description="Invitation", object_kind=K.CONTACT,
                         layout=dumps(Document((Paragraph((DocText("Chère "),
                                                           Field("@cor.nama"))),)))))
    session.commit()
    MailMerge(TargetGroup(K.CONTACT), "INVIT", []).run(
        session, UpdateMode.SIMULATE)  # a merge log that names her
    session.get(E.Contact, z.id).opted_out = True  # then she objects: a consent event
    session.commit()
    return z.id


def _naming_tables() -> set[str]:
    """Every table with a foreign key to contacts, from the metadata."""
    return {table.name for table in Base.metadata.sorted_tables
            for fk in table.foreign_keys if fk.column.table.name == "contacts"}


def _texts_holding(session, *words: str) -> list[str]:
    """table.column of every text value that holds one of ``words``."""
    found = []
    for table in Base.metadata.sorted_tables:
        for column in table.c:
            if isinstance(column.type, (String, Text)) and not isinstance(column.type, Enum):
                hits = session.scalar(select(func.count()).select_from(table).where(
                    or_(*(column.contains(w, autoescape=True) for w in words))))
                if hits:
                    found.append(f"{table.name}.{column.name}")
    return found


def test_the_export_holds_every_row_that_names_the_person(session, person, tmp_path):
    path = tmp_path / "zephyrine.json"
    returned = export_personal_data(session, person, path)
    data = json.loads(path.read_text("utf-8"))
    tables = data["tables"]
    assert _naming_tables() - AFTER_ERASURE <= set(tables)  # a new table is not forgotten
    assert {"contacts", "activities", "attendees", "email_recipients", "email_attachments",
            "notes", "attribute_values", "consent_events", "opportunity_contacts",
            "batch_run_lines"} <= set(tables)
    assert returned == data
    assert tables["contacts"][0]["email"] == EMAIL and data["name"] == NAME
    assert sorted(a["code"] for a in tables["activities"]) == ["AP1", "EM1"]
    assert [a["file_name"] for a in tables["email_attachments"]] == ["CV Zéphyrine.pdf"]
    assert sorted(n["subject"] for n in tables["notes"]) == ["Appel", "Suite"]
    assert tables["attribute_values"][0]["value_text"] == "Voile"
    assert [line["message"] for line in tables["batch_run_lines"]] == [
        "Letter INVIT to Quillebœuf"]  # @cor.nama: the last name
    for name, rows in tables.items():  # every row, every column
        table = Base.metadata.tables[name]
        assert all(set(row) == {c.name for c in table.c} for row in rows)
        assert {row["id"] for row in rows} == rows_naming(session, person)[table]
    assert "CT2" not in {c["code"] for c in tables["contacts"]}


def test_an_erasure_leaves_nothing_that_identifies_the_person(session, person, tmp_path):
    assert _texts_holding(session, NAME, EMAIL, PHONE)  # the search finds what is there
    result = erase_personal_data(session, person, "Demande écrite du 3 décembre")
    session.commit()
    assert _texts_holding(session, NAME, EMAIL, PHONE, "Quillebœuf") == []
    assert count_orphans(session.get_bind()) == {}  # what --check reports
    contact = session.get(E.Contact, person)
    assert (contact.code, contact.last_name, contact.email, contact.active) == (
        "CT1", PLACEHOLDER, "", False)
    assert contact.opted_out and contact.do_not_mail and contact.do_not_call
    attendee = session.scalars(select(E.Attendee)).one()
    assert (attendee.full_name, attendee.contact_id) == (PLACEHOLDER, person)
    assert session.scalars(select(E.EmailAttachment)).all() == []
    assert result.files == [tmp_path / "cv.pdf"]
    assert session.scalar(select(func.count()).select_from(E.Note)) == 0
    assert session.scalar(select(func.count()).select_from(E.AttributeValue)) == 0
    quotation = session.scalars(select(E.Quotation)).one()  # business history kept
    assert quotation.total_amount == Decimal("300.00")
    assert session.scalars(select(E.OpportunityContact.contact_id)).all() == [person]
    other = session.scalars(select(E.Contact).where(E.Contact.code == "CT2")).one()
    assert other.email == "paul@exemple.fr"
    log = session.scalars(select(E.PersonalDataErasure)).one()
    assert (log.contact_id, log.reason, log.user_name) == (
        person, "Demande écrite du 3 décembre", session.info.get("user", ""))


def test_an_open_quotation_holds_the_erasure_back(session, person):
    session.scalars(select(E.Quotation)).one().status = QuotationStatus.APPROVED
    session.commit()
    with pytest.raises(ValidationError, match="legal hold"):
        erase_personal_data(session, person, "Demande")
    with pytest.raises(ValidationError) as no_reason:
        erase_personal_data(session, person, "  ")
    assert no_reason.value.field == "reason"
    assert session.get(E.Contact, person).email == EMAIL



def test_an_erasure_replaces_the_name_whatever_its_case(session, person):
    session.add(_activity(session, "AP2", T.APPOINTMENT, subject="Déjeuner avec ZÉPHYRINE "
                          "QUILLEBŒUF", information="Écrire à ZEPHYRINE.Q@EXEMPLE.FR, "
                          "ou à quillebœuf", contact_id=person))
    session.commit()
    erase_personal_data(session, person, "Demande")
    session.commit()
    meeting = session.scalars(select(E.Activity).where(E.Activity.code == "AP2")).one()
    assert meeting.subject == f"Déjeuner avec {PLACEHOLDER}"
    assert meeting.information == f"Écrire à {PLACEHOLDER}, ou à {PLACEHOLDER}"


def test_an_erasure_queues_the_exchange_copies_of_synchronised_activities(session, person):
    """The meeting she attends was copied to Exchange: the sync must write its anonymised
    attendee there, without inviting anyone again; the e-mail is not synchronised."""
    meeting = session.scalars(select(E.Activity).where(E.Activity.code == "AP1")).one()
    meeting.synchronize = True
    session.commit()
    before = session.scalar(select(func.max(E.SyncOutbox.id))) or 0
    erase_personal_data(session, person, "Demande")
    session.commit()
    queued = session.execute(select(E.SyncOutbox.activity_id, E.SyncOutbox.operation,
                                    E.SyncOutbox.send_invitations)
                             .where(E.SyncOutbox.id > before)).all()
    assert [tuple(row) for row in queued] == [(meeting.id, OutboxOperation.UPSERT, False)]
    assert session.scalars(select(E.Attendee.full_name).where(
        E.Attendee.activity_id == meeting.id)).all() == [PLACEHOLDER]


def _folded_texts_holding(session, *words: str) -> list[str]:
    """table.column of every text value that holds one of ``words`` whatever its case and
    accents: the search a user would make for the person."""
    return [f"{table.name}.{column.name}" for table in Base.metadata.sorted_tables
            for column in table.c
            if isinstance(column.type, (String, Text)) and not isinstance(column.type, Enum)
            and session.scalar(select(func.count()).select_from(table).where(
                or_(*(contains(column, w) for w in words))))]


def test_an_erasure_replaces_the_name_whatever_its_accents(session):
    bp = f.partner(session, "BP9", "Atelier Nord")
    helene = f.contact(session, "CT9", bp, first_name="Hélène", last_name="Bérard",
                       email="h.berard@exemple.fr")
    meeting = _activity(session, "AP9", T.APPOINTMENT, subject="Rendez-vous Helene Berard",
                        information="HÉLÈNE BÉRARD viendra ; BERARD confirme", contact=helene)
    meeting.attendees.append(E.Attendee(line_no=10, attendance=Attendance.REQUIRED,
                                        attendee_type=PartyType.OTHER,
                                        full_name="helene berard"))
    session.commit()
    assert len(_folded_texts_holding(session, "Berard")) >= 4  # the search finds them all
    erase_personal_data(session, helene.id, "Demande")
    session.commit()
    assert _folded_texts_holding(session, "Hélène Bérard", "Berard") == []
    meeting = session.scalars(select(E.Activity).where(E.Activity.code == "AP9")).one()
    assert (meeting.subject, meeting.information) == (
        f"Rendez-vous {PLACEHOLDER}", f"{PLACEHOLDER} viendra ; {PLACEHOLDER} confirme")
    assert session.scalars(select(E.Attendee.full_name)).all() == [PLACEHOLDER]


def test_the_attachment_files_go_only_when_the_erasure_commits(session, person, tmp_path):
    attached = tmp_path / "cv.pdf"
    erase_personal_data(session, person, "Demande")
    session.rollback()  # a failed commit: the rows are back, and must find their file
    assert attached.exists()
    session.commit()  # a commit after the rollback has nothing of the erasure to remove
    assert attached.exists()
    erase_personal_data(session, person, "Demande")
    assert attached.exists()
    session.commit()
    assert not attached.exists()


def test_the_database_file_keeps_no_copy_of_what_was_erased(templates):
    """The rows hold the placeholder at once, but SQLite keeps old pages in its write-ahead
    log and free pages: read at the byte level, the file and its log hold none of the
    person's e-mail or phone once the erasure is committed (outside check)."""
    from pathlib import Path

    from sqlalchemy.engine import make_url

    from desktop.crm.db.database import Database, make_engine

    url = templates.fresh("sqlite")
    db = Database(url, make_engine(url))
    secrets = [b"ondine.vasseur@exemple.fr", b"+33 6 98 76 54 32"]
    try:
        with db.session(user="tester") as s:
            contact = E.Contact(code="CTBYTES", first_name="Ondine", last_name="Vasseur",
                                email=secrets[0].decode(), mobile_phone=secrets[1].decode())
            s.add(contact)
            s.commit()
            erase_personal_data(s, contact.id, "Demande du 8 décembre")
            s.commit()
        path = Path(make_url(url).database)
        files = [p for p in (path, path.with_name(path.name + "-wal")) if p.exists()]
        assert all(secret not in p.read_bytes() for p in files for secret in secrets)
    finally:
        db.dispose()
        templates.drop(url)
