"""vCard and iCalendar files: written by our libraries (vobject, icalendar), read back by the
same library and by a second, independent parser, and vCards imported without doubles."""

from __future__ import annotations

import datetime as dt

import icalendar
import vobject
from icalendar.parser import Contentlines
from sqlalchemy import func, select

from desktop.crm import activities as A, entities as E
from desktop.crm.enums import ActivityStatus as St, ActivityType as T, PartyType, TaskPriority
from desktop.crm.io import calendar_files as C, vcard_import as VI, vcards as V

UTC = dt.UTC


def _contacts(session, count: int = 3) -> list[E.Contact]:
    return list(session.scalars(select(E.Contact).where(
        E.Contact.email != "", E.Contact.business_partner_id.isnot(None),
        E.Contact.mobile_phone != "").order_by(E.Contact.id).limit(count)))


def _lines(text: str) -> list[tuple[str, dict, str]]:
    """A second parser: icalendar's RFC 5545 content lines, the syntax vCard shares."""
    found = []
    for line in Contentlines.from_ical(text):
        if line:
            name, params, value = line.parts()
            found.append((name, dict(params), value))
    return found


def test_contacts_as_vcards_read_back_by_vobject_and_by_a_second_parser(demo_session):
    contacts = _contacts(demo_session)
    for version in V.VERSIONS:
        text = V.write_vcards(contacts, version)
        cards = list(vobject.readComponents(text))
        assert [c.version.value for c in cards] == [version] * len(contacts)
        for card, contact in zip(cards, contacts, strict=True):
            assert card.fn.value == contact.full_name
            assert card.email.value == contact.email
            assert card.org.value == [contact.business_partner.name]
            assert {t.value for t in card.tel_list} >= {contact.mobile_phone}
        lines = _lines(text)
        emails = [value for name, _params, value in lines if name == "EMAIL"]
        assert emails == [c.email for c in contacts]
        assert [v for n, _p, v in lines if n == "UID"] == \
            [f"{V.UID_PREFIX}{c.code}" for c in contacts]
        cells = [v for n, p, v in lines if n == "TEL" and "cell" in p.get("TYPE", "").lower()]
        assert cells == [c.mobile_phone for c in contacts]


def test_vcards_import_updates_what_they_name_and_creates_the_rest_once(demo_session):
    s = demo_session
    contact = _contacts(s, 1)[0]
    card = V.contact_card(contact)
    if not hasattr(card, "title"):
        card.add("title")
    card.title.value = "Directrice achats"
    partner_id = contact.business_partner_id
    outside = ("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Léa Dubois\r\nN:Dubois;Léa;;;\r\n"
               "EMAIL;TYPE=work:lea.dubois@exemple.org\r\nTEL;TYPE=cell:+33 6 11 22 33 44\r\n"
               "END:VCARD\r\n")
    broken = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Faux;Jean;;;\r\nEMAIL:pas-une-adresse\r\n"
              "END:VCARD\r\n")
    text = card.serialize() + outside + broken
    before = s.scalar(select(func.count()).select_from(E.Contact))
    report = VI.import_vcards(s, text, partner_id)
    s.commit()
    assert report.updated == [contact.code] and len(report.created) == 1
    assert [(n, e.template) for n, e in report.skipped] == [(3, "{value} is not an e-mail "
                                                               "address.")]
    assert s.get(E.Contact, contact.id).job_title == "Directrice achats"
    lea = s.scalars(select(E.Contact).where(E.Contact.email == "lea.dubois@exemple.org")).one()
    assert (lea.first_name, lea.last_name, lea.mobile_phone, lea.business_partner_id) == \
        ("Léa", "Dubois", "+33 6 11 22 33 44", partner_id)
    again = VI.import_vcards(s, text, partner_id)  # the same file twice: nothing doubles
    s.commit()
    assert again.created == [] and len(again.updated) == 2
    assert s.scalar(select(func.count()).select_from(E.Contact)) == before + 1


def _meeting(session) -> E.Activity:
    contact = _contacts(session, 1)[0]
    start = dt.datetime(2027, 3, 4, 9, 30, tzinfo=UTC)
    act = A.new_activity(session, T.APPOINTMENT, {
        "subject": "Revue de compte", "contact_id": contact.id, "start_at": start,
        "end_at": start + dt.timedelta(hours=1), "location": "Lyon",
        "information": "Ordre du jour: devis"}, 1)
    A.add_attendee(session, act, {"attendee_type": PartyType.CONTACT, "contact_id": contact.id})
    session.flush()
    return act


def test_activities_as_ics_read_back_by_icalendar_and_by_vobject(demo_session):
    s = demo_session
    meeting = _meeting(s)
    task = A.new_activity(s, T.TASK, {"subject": "Relancer", "contact_id": meeting.contact_id,
                                      "due_at": dt.datetime(2027, 3, 8, 12, tzinfo=UTC),
                                      "priority": TaskPriority.HIGH}, 1)
    email = A.new_activity(s, T.EMAIL, {"subject": "Devis", "contact_id": meeting.contact_id}, 1)
    s.flush()
    result = C.write_calendar([meeting, task, email], "Mon agenda")
    assert (result.written, result.left_out) == (2, 1)

    calendar = icalendar.Calendar.from_ical(result.data)
    [event] = calendar.walk("VEVENT")
    [todo] = calendar.walk("VTODO")
    assert str(event["uid"]) == f"{meeting.code}@crm-desktop"
    assert event.decoded("dtstart") == meeting.start_at and str(event["location"]) == "Lyon"
    assert str(event["attendee"]).startswith("mailto:")
    assert todo.decoded("due") == task.due_at and int(todo["priority"]) == 1

    parsed = vobject.readOne(result.data.decode())  # an independent parser
    assert parsed.x_wr_calname.value == "Mon agenda"
    assert parsed.vevent.summary.value == "Revue de compte"
    assert parsed.vevent.dtstart.value == meeting.start_at
    assert parsed.vevent.description.value == "Ordre du jour: devis"
    assert parsed.vtodo.summary.value == "Relancer"


def test_a_cancelled_all_day_meeting_and_an_agenda(demo_session):
    s = demo_session
    meeting = _meeting(s)
    A.save_activity(s, meeting, {"all_day": True, "status": St.NOT_HELD})
    s.flush()
    event = icalendar.Calendar.from_ical(C.write_calendar([meeting]).data).walk("VEVENT")[0]
    assert str(event["status"]) == "CANCELLED"
    assert event.decoded("dtstart") == dt.date(2027, 3, 4)
    assert event.decoded("dtend") == dt.date(2027, 3, 5)
    A.save_activity(s, meeting, {"status": St.PLANNED})
    s.flush()
    mine = A.agenda(s, meeting.organizer_id, dt.datetime(2027, 3, 1, tzinfo=UTC),
                    dt.datetime(2027, 3, 31, tzinfo=UTC))
    week = icalendar.Calendar.from_ical(C.write_calendar(mine, "Mars").data)
    assert f"{meeting.code}@crm-desktop" in {str(e["uid"]) for e in week.walk("VEVENT")}
