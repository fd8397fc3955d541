"""Every entity round-trips through the database, audit columns are stamped, and a stale save
is refused with a message that names the record and who changed it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import inspect, select

from desktop.crm import entities as E
from desktop.crm.db.base import Base
from desktop.crm.db.unit_of_work import commit
from desktop.crm.enums import (
    ActivityStatus,
    ActivityType,
    Attendance,
    AttendanceStatus,
    AttributeObjectKind,
    AttributeType,
    BatchLineResult,
    BatchRunKind,
    BPRole,
    BusinessObjectKind,
    ConsentChannel,
    EmailDirection,
    EmployeeRole,
    OutboxOperation,
    PartyType,
    PriceOrigin,
    QuotationOrigin,
    RecipientRole,
    ReferenceType,
    TimeUnit,
    UpdateMode,
)
from desktop.crm.errors import StaleRecordError
from tests.support import factories as f

UTC = dt.UTC
WHEN = dt.datetime(2026, 3, 4, 9, 30, tzinfo=UTC)


def make_everything(s) -> list:
    """One instance of every entity, linked the way the application links them."""
    series = f.series(s, "OPP", "OPP", 6)
    office = E.SalesOffice(code="PAR", description="Paris", quotation_series=series)
    rep = f.employee(s, office=office)
    rep.roles = frozenset({EmployeeRole.SALESPERSON, EmployeeRole.CRM_MANAGER})
    bp = f.partner(s, internal_rep=rep, sales_office=office,
                   turnover_previous_year=Decimal("1234.56"))
    bp.roles.append(E.BusinessPartnerRole(role=BPRole.SOLD_TO, potential=True))
    contact = f.contact(s, bp=bp, is_primary=True)
    item = f.item(s)
    process = f.sales_process(s)
    opp = E.Opportunity(code="OPP000001", description="Ligne 3", sold_to_bp=bp, assigned_to=rep,
                        sales_process=process, phase=process.phases[0].phase,
                        probability_pct=Decimal("20"), expected_revenue=Decimal("15000.00"),
                        expected_close_date=dt.date(2026, 6, 30),
                        reason=E.Reason(code="PRIX", description="Prix"),
                        opportunity_type=E.OpportunityType(code="NEW", description="Nouveau"),
                        origin=E.OpportunitySource(code="WEB", description="Web"))
    opp.items.append(E.OpportunityItem(position=10, item=item, ordered_qty=Decimal("2.5"),
                                       order_unit="pcs", price=Decimal("99.9900"),
                                       amount=Decimal("249.98"), peg_project="PRJ1"))
    opp.contacts.append(E.OpportunityContact(contact=contact, primary_contact=True,
                                             buyer_role=E.BuyerRole(code="DEC",
                                                                    description="Décideur")))
    opp.references.append(E.OpportunityReference(sequence=10, type=ReferenceType.SALES_QUOTATION,
                                                  reference="QT0000001", system_generated=True))
    quotation = E.Quotation(code="QT0000001", sold_to_bp=bp, opportunity=opp,
                            origin=QuotationOrigin.OPPORTUNITY, quotation_date=dt.date(2026, 3, 4))
    quotation.lines.append(E.QuotationLine(position=10, item=item, ordered_qty=Decimal(1),
                                           unit="pcs", price=Decimal("10"), amount=Decimal("10"),
                                           opportunity=opp, price_origin=PriceOrigin.MANUAL))
    attr_set = E.AttributeSet(code="SURVEY", description="Enquête")
    attribute = E.Attribute(code="SATISF", label="Satisfaction", search_key="Satisfaction",
                            data_type=AttributeType.OPTION)
    option = E.AttributeOption(option_value="Très satisfait", sequence=10)
    attribute.options.append(option)
    attr_set.members.append(E.AttributeSetMember(attribute=attribute, sequence=10))
    letter = E.Letter(code="PROMO", description="Promo", layout="<p>Bonjour</p>")
    template = E.ActivityTemplate(code="SURV", description="Enquête", subject="Enquête",
                                  activity_type=ActivityType.CALL, attribute_set=attr_set,
                                  letter=letter)
    call = E.Activity(code="AP0000001", type=ActivityType.CALL, subject="Appel",
                      status=ActivityStatus.PLANNED, business_partner=bp, contact=contact,
                      opportunity=opp, template=template, start_at=WHEN,
                      end_at=WHEN + dt.timedelta(minutes=15), sort_date=WHEN, organizer=rep,
                      reminder=True, reminder_value=10, reminder_unit=TimeUnit.MINUTES)
    call.attendees.append(E.Attendee(line_no=10, attendance=Attendance.ORGANIZER,
                                     attendee_type=PartyType.EMPLOYEE, employee=rep,
                                     attendance_status=AttendanceStatus.ACCEPTED))
    email = E.Activity(code="EM0000001", type=ActivityType.EMAIL, subject="Suivi",
                       status=ActivityStatus.DRAFT, direction=EmailDirection.OUTBOUND,
                       linked_activity=call)
    email.recipients.append(E.EmailRecipient(sequence=10, role=RecipientRole.TO,
                                             recipient_type=PartyType.CONTACT, contact=contact,
                                             name="Amélie Lefèvre", email="a@b.example"))
    email.attachments.append(E.EmailAttachment(sequence=10, file_name="offre.pdf",
                                               stored_path="/tmp/offre.pdf", size_bytes=1024))
    email.references.append(E.ActivityReference(sequence=10, type=ReferenceType.OPPORTUNITY,
                                                reference="OPP000001"))
    report = E.Report(code="PIPE", description="Pipeline",
                      business_object=BusinessObjectKind.OPPORTUNITY)
    report.lines.append(E.ReportLayoutLine(sequence=10, field_name="opportunity.code"))
    run = E.BatchRun(kind=BatchRunKind.GLOBAL_ADD_ACTIVITIES, mode=UpdateMode.SIMULATE)
    run.lines.append(E.BatchRunLine(object_key="BP000001", result=BatchLineResult.WOULD_CREATE))
    twin = f.partner(s, code="BP9", name=bp.name)
    distinct = E.DistinctRecordSet(created_by="tester", members=[
        E.DistinctRecordMember(business_partner_id=bp.id),
        E.DistinctRecordMember(business_partner_id=twin.id)])
    objects = [
        office, bp, contact, opp, quotation, attr_set, template, call, email, report, run,
        distinct,
        E.SalesUserProfile(user_name="tester", default_sales_office=office),
        E.SalesOrderType(code="SO1", description="Standard", is_default=True),
        E.QuotationParameters(quotation_series=series),
        E.AttributeValue(object_kind=AttributeObjectKind.A, object_id=1, attribute=attribute,
                         option=option, attribute_set=attr_set),
        E.Note(object_kind=BusinessObjectKind.OPPORTUNITY, object_id=1, subject="Budget",
               body="Budget confirmé", author="tester"),
        E.Selection(code="NEW45", description="Nouveaux", expression="bp.name = \"X\""),
        E.CRMParameters(opportunity_series=series, default_sales_process=process),
        E.UserDefaults(user_name="tester", default_sales_process=process),
        E.DefaultAttributeSetByRole(role=BPRole.SOLD_TO, attribute_set=attr_set),
        E.COMParameters(synchronize_activities=True),
        E.ExchangeSyncSettings(service_url="https://mail.example/EWS/Exchange.asmx"),
        E.ExchangeSyncUser(user_name="tester", email_address="Tester@Example.com"),
        E.ExchangeItemLink(mailbox="tester@example.com", item_id="AAMk=", uid="uid-1"),
        E.SyncOutbox(activity_id=1, operation=OutboxOperation.UPSERT),
        E.ConsentEvent(contact=contact, channel=ConsentChannel.POST, objected=True,
                       source="Formulaire web"),
        E.PersonalDataErasure(contact_id=contact.id, reason="Demande écrite"),
        *_units(), *_team(s, bp, contact, series),
    ]
    s.add_all(objects)
    s.flush()
    return objects


def _units() -> list:
    unit = E.Unit(code="PCE", description="Piece")
    return [unit, E.UnitDescription(unit=unit, language="fr", description="pièce")]


def _team(s, bp, contact, series) -> list:
    """The team's replication: the server's devices, holdings and log, a laptop's own
    bookkeeping, and what both show the user (pins, conflicts)."""
    device = E.Device(device_no=1, user_name="tester")
    s.add(device)
    s.flush()
    return [
        E.Holding(device_id=device.id, table_name="contacts", row_id=contact.id),
        E.PushedUnit(device_id=device.id, sequence=1, status="applied"),
        E.DeferredEviction(table_name="contacts", row_id=contact.id),
        E.NumberLease(device_no=1, series_id=series.id, first_value=1, last_value=100,
                      next_value=1),
        E.ChangeLogEntry(txid=1, table_name="contacts", row_id=contact.id, op="I"),
        E.ReplicaState(),
        E.LocalTxn(txn=1),
        E.LocalChange(txn=1, table_name="contacts", row_id=contact.id, op="U"),
        E.PartnerPin(user_name="tester", business_partner_id=bp.id),
        E.SyncConflict(table_name="contacts", row_id=contact.id, rule="field"),
        E.AuditEntry(table_name="contacts", row_id=contact.id, op="U", field="city",
                     old_value="Lyon", new_value="Brest", user_name="tester", device_no=1,
                     at=WHEN),
        E.ServerAccount(user_name="tester", password_hash="$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA",
                        failures=2, locked_until=WHEN),
    ]


def _columns(obj) -> dict:
    return {attr.key: getattr(obj, attr.key) for attr in inspect(type(obj)).column_attrs}


def _key(mapper):
    """Rows in the order of their primary key (a few bookkeeping tables have no id)."""
    names = [mapper.get_property_by_column(c).key for c in mapper.primary_key]
    return lambda columns: tuple(columns[name] for name in names)


def test_every_entity_round_trips(db):
    with db.session(user="tester") as s:
        make_everything(s)
        s.commit()
        written = {}
        for mapper in Base.registry.mappers:
            rows = s.scalars(select(mapper.class_)).all()
            written[mapper.class_] = sorted((_columns(r) for r in rows), key=_key(mapper))
    missing = [cls.__name__ for cls, rows in written.items() if not rows]
    assert missing == [], "make_everything must create one of every entity"
    with db.session() as s:
        for cls, rows in written.items():
            again = sorted((_columns(r) for r in s.scalars(select(cls))), key=_key(inspect(cls)))
            assert again == rows, cls.__name__


def test_audit_columns_are_stamped(db):
    with db.session(user="alice") as s:
        bp = f.partner(s)
        s.commit()
        assert (bp.created_by, bp.modified_by, bp.version) == ("alice", "alice", 1)
        assert bp.created_at.tzinfo is not None
    with db.session(user="bob") as s:
        bp = s.get(E.BusinessPartner, bp.id)
        bp.name = "Forges de Lorraine SAS"
        commit(s)
        assert (bp.created_by, bp.modified_by, bp.version) == ("alice", "bob", 2)


def test_stale_update_is_refused_and_names_the_record(db):
    with db.session(user="setup") as s:
        opp = f.opportunity(s)
        s.commit()
        opp_id = opp.id
    alice, bob = db.session(user="alice"), db.session(user="bob")
    try:
        mine = alice.get(E.Opportunity, opp_id)
        theirs = bob.get(E.Opportunity, opp_id)
        theirs.description = "Bob's description"
        commit(bob)
        mine.description = "Alice's description"
        with pytest.raises(StaleRecordError) as caught:
            commit(alice)
        assert caught.value.record == "OPP000001"
        assert caught.value.changed_by == "bob"
        assert "Opportunity OPP000001 was changed by bob" in str(caught.value)
    finally:
        alice.close()
        bob.close()
    with db.session() as s:
        assert s.get(E.Opportunity, opp_id).description == "Bob's description"


def test_stale_delete_is_refused(db):
    with db.session() as s:
        bp = f.partner(s)
        s.commit()
    first, second = db.session(user="a"), db.session(user="b")
    try:
        stale = first.get(E.BusinessPartner, bp.id)
        fresh = second.get(E.BusinessPartner, bp.id)
        fresh.name = "Renamed"
        commit(second)
        first.delete(stale)
        with pytest.raises(StaleRecordError, match="changed by b"):
            commit(first)
    finally:
        first.close()
        second.close()


def test_translated_message_translates_labels():
    error = StaleRecordError("{entity_label} {record} was changed by {changed_by}.",
                             record="OPP1", changed_by="bob", entity_label="Opportunity")
    french = {"{entity_label} {record} was changed by {changed_by}.":
              "{entity_label} {record} a été modifiée par {changed_by}.",
              "Opportunity": "L'opportunité"}
    assert error.message(lambda t: french.get(t, t)) == "L'opportunité OPP1 a été modifiée par bob."
