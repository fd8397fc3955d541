"""The demo data lives: dates around the day it was made, people who exist, names, phones and
salutations that match, quotations and won opportunities that make sense."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.crm.demo.names import COUNTRIES, FEMALE_FIRST_NAMES
from desktop.crm.enums import ActivityType as T, OpportunityStatus as S
from desktop.crm.my_day import my_day


def test_activities_surround_today_at_business_hours(demo_session, now):
    s = demo_session
    week = s.scalar(select(func.count()).select_from(E.Activity).where(
        E.Activity.sort_date >= now - dt.timedelta(days=7),
        E.Activity.sort_date < now + dt.timedelta(days=7)))
    ahead = s.scalar(select(func.count()).select_from(E.Activity).where(
        E.Activity.sort_date >= now + dt.timedelta(days=7)))
    assert week >= 50 and ahead >= 50
    for start in s.scalars(select(E.Activity.start_at).where(E.Activity.start_at.is_not(None))):
        local = start.astimezone()
        assert 8 <= local.hour < 18 and local.minute in (0, 30)
    for due in s.scalars(select(E.Activity.due_at).where(E.Activity.type == T.TASK)):
        assert due.astimezone().time() in (dt.time(17), dt.time(18))
    assert not s.scalar(select(func.count()).select_from(E.Activity).where(
        E.Activity.information == ""))


def test_the_demo_user_has_a_day(demo_session, now):
    day = my_day(demo_session, 1, now.astimezone())
    assert day["today"] and day["tasks"] and day["overdue"] and day["closing"]


def test_attendees_and_recipients_are_real_people(demo_session):
    s = demo_session
    for line in s.scalars(select(E.Attendee)):
        person = line.employee if line.employee_id else line.contact
        expected = person.name if line.employee_id else person.full_name
        assert (line.full_name, line.email) == (expected, person.email) and "@" in line.email
    for line in s.scalars(select(E.EmailRecipient)):
        person = line.employee if line.employee_id else line.contact
        assert line.email == person.email and line.name


def test_salutations_and_phone_prefixes_match(demo_session):
    for contact in demo_session.scalars(select(E.Contact)):
        assert contact.salutation == ("Madame" if contact.first_name in FEMALE_FIRST_NAMES
                                      else "Monsieur")
        prefix = COUNTRIES[contact.country][0]
        assert contact.office_phone.startswith(prefix + " ")
        assert contact.country == contact.business_partner.country
    for partner in demo_session.scalars(select(E.BusinessPartner)):
        assert partner.phone.startswith(COUNTRIES[partner.country][0] + " ")


def test_quotations_and_won_opportunities_are_consistent(demo_session, today):
    s = demo_session
    for quotation in s.scalars(select(E.Quotation)):
        opp = quotation.opportunity
        assert opp.first_contact_date <= quotation.quotation_date <= today
        assert quotation.quotation_date <= opp.expected_close_date
        assert quotation.total_amount == sum(line.amount for line in quotation.lines)
    for opp in s.scalars(select(E.Opportunity).where(E.Opportunity.status == S.WON)):
        last = opp.sales_process.phases[-1].phase_id
        assert opp.phase_id == last and opp.probability_pct == 100
        assert opp.expected_close_date <= today
    for opp in s.scalars(select(E.Opportunity).where(
            E.Opportunity.status.in_([S.PRELIMINARY, S.IN_PROCESS]))):
        assert opp.expected_close_date >= today


def test_every_quotation_has_lines(demo_session):
    empty = demo_session.scalar(select(func.count()).select_from(E.Quotation).where(
        ~E.Quotation.lines.any()))
    assert empty == 0
