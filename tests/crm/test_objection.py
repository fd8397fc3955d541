"""Objection to direct marketing (issue 37, GDPR art. 21): a contact who opted out, or who does
not want post or calls, is left out of every output of a mail merge and of a global addition,
with a report line saying who and why; the user includes them only by an explicit choice,
logged with the run; every opt-out and opt-in is kept with its date and source."""

from __future__ import annotations

import csv
import datetime as dt
import json

import docx
import pytest
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.consent import SOURCE_KEY
from desktop.crm.enums import (
    ActivityType as T,
    AssignTo,
    BatchLineResult as R,
    BusinessObjectKind as K,
    ConsentChannel,
    UpdateMode,
)
from desktop.crm.global_activities import GlobalActivityAddition
from desktop.crm.letters.document import Document, Field, Paragraph, Text
from desktop.crm.letters.storage import dumps
from desktop.crm.mail_merge import CsvOutput, DocxBookOutput, MailMerge
from desktop.crm.parameters import com_parameters
from desktop.crm.target_groups import TargetGroup
from tests.support import factories as f


@pytest.fixture
def people(session):
    """CT1 reachable, CT2 opted out, CT3 no post, CT4 no calls: each the primary contact of
    BP1..BP4; a contact letter, a partner letter, an exported letter; mailing, e-mail, call
    and task templates with their number series."""
    flags = {2: {"opted_out": True}, 3: {"do_not_mail": True}, 4: {"do_not_call": True}}
    for n in (1, 2, 3, 4):
        bp = f.partner(session, f"BP{n}", f"Partner {n}")
        f.contact(session, f"CT{n}", bp, last_name=f"Nom{n}", is_primary=True,
                  **flags.get(n, {}))
    for code, kind, export in (("INVIT", K.CONTACT, False), ("PARTNER", K.BUSINESS_PARTNER,
                                                              False), ("DATA", K.CONTACT, True)):
        session.add(E.Letter(code=code, description=code, object_kind=kind, export=export,
                             layout=dumps(Document((Paragraph((Text("Cher "),
                                                               Field("@cor.nama"))),)))))
    parameters = com_parameters(session)
    for code, kind, field in (("MAILNG", T.MAILING, "mailing_series_id"),
                              ("EMAIL", T.EMAIL, "email_series_id"),
                              ("CALL", T.CALL, "call_series_id"),
                              ("TASK", T.TASK, "task_series_id")):
        session.add(E.ActivityTemplate(code=code, description=code, activity_type=kind,
                                       subject=code))
        setattr(parameters, field, f.series(session, code[:3], code[0], 6).id)
    session.commit()


def _lines(report) -> list[tuple[str, R]]:
    return [(line.object_key, line.result) for line in report.lines]


def _linked(session, template: str) -> list[str]:
    return sorted(session.scalars(select(E.Contact.code).join(
        E.Activity, E.Activity.contact_id == E.Contact.id).join(E.ActivityTemplate).where(
        E.ActivityTemplate.code == template)))


def test_a_mail_merge_leaves_out_who_objects_to_post_in_every_output(session, people,
                                                                      tmp_path):
    book, data = tmp_path / "book.docx", tmp_path / "data.csv"
    report = MailMerge(TargetGroup(K.CONTACT), "INVIT", [DocxBookOutput(book)],
                       log_activity=True, template_code="MAILNG").run(session, UpdateMode.UPDATE)
    assert _lines(report) == [("CT1", R.CREATED), ("CT2", R.SKIPPED_OBJECTION),
                              ("CT3", R.SKIPPED_OBJECTION), ("CT4", R.CREATED)]
    assert report.lines[1].text() == \
        "Left out: contact CT2 objects to direct marketing (opted out)."
    assert report.lines[2].text() == "Left out: contact CT3 does not want postal mail."
    assert [p.text for p in docx.Document(str(book)).paragraphs] == ["Cher Nom1", "Cher Nom4"]
    assert _linked(session, "MAILNG") == ["CT1", "CT4"]
    MailMerge(TargetGroup(K.CONTACT), "DATA", [CsvOutput(data)]).run(session, UpdateMode.UPDATE)
    rows = list(csv.reader(data.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert [row[0] for row in rows[1:]] == ["CT1", "CT4"]
    logged = session.scalars(select(E.BatchRunLine.message).where(
        E.BatchRunLine.result == R.SKIPPED_OBJECTION)).all()
    assert "Left out: contact CT3 does not want postal mail." in logged


def test_a_partner_letter_is_left_out_when_its_primary_contact_objects(session, people,
                                                                        tmp_path):
    report = MailMerge(TargetGroup(K.BUSINESS_PARTNER), "PARTNER", []).run(
        session, UpdateMode.SIMULATE)
    assert _lines(report) == [("BP1", R.WOULD_CREATE), ("BP2", R.SKIPPED_OBJECTION),
                              ("BP3", R.SKIPPED_OBJECTION), ("BP4", R.WOULD_CREATE)]
    assert report.lines[1].text() == \
        "Left out: contact CT2 objects to direct marketing (opted out)."


def test_including_those_who_object_is_an_explicit_choice_logged_with_the_run(session, people,
                                                                               tmp_path):
    book = tmp_path / "book.docx"
    report = MailMerge(TargetGroup(K.CONTACT, include_objected=True), "INVIT",
                       [DocxBookOutput(book)]).run(session, UpdateMode.UPDATE)
    # each person taken only by that choice is said so (a warning), the others as usual
    assert _lines(report) == [("CT1", R.CREATED), ("CT2", R.WARNING), ("CT3", R.WARNING),
                              ("CT4", R.CREATED)]
    assert report.lines[2].text() == \
        "Included by your choice: contact CT3 does not want postal mail."
    assert len(docx.Document(str(book)).paragraphs) == 4
    run = session.get(E.BatchRun, report.run_id)
    assert json.loads(run.parameters)["include_objected"] is True
    plain = MailMerge(TargetGroup(K.CONTACT), "INVIT", []).run(session, UpdateMode.SIMULATE)
    assert json.loads(session.get(E.BatchRun, plain.run_id).parameters)[
        "include_objected"] is False


@pytest.mark.parametrize(("template", "left_out"), [
    ("MAILNG", {"CT2", "CT3"}), ("EMAIL", {"CT2"}), ("CALL", {"CT2", "CT4"}), ("TASK", set())])
def test_a_global_addition_leaves_out_who_objects_to_its_kind_of_contact(session, people,
                                                                          template, left_out):
    report = GlobalActivityAddition(TargetGroup(K.CONTACT), template,
                                    AssignTo.DO_NOT_ASSIGN).run(session, UpdateMode.UPDATE)
    assert {key for key, result in _lines(report) if result is R.SKIPPED_OBJECTION} == left_out
    assert set(_linked(session, template)) == {"CT1", "CT2", "CT3", "CT4"} - left_out


def test_a_global_addition_on_partners_asks_their_primary_contact(session, people):
    report = GlobalActivityAddition(TargetGroup(K.BUSINESS_PARTNER), "CALL").run(
        session, UpdateMode.SIMULATE)
    assert _lines(report) == [("BP1", R.WOULD_CREATE), ("BP2", R.SKIPPED_OBJECTION),
                              ("BP3", R.WOULD_CREATE), ("BP4", R.SKIPPED_OBJECTION)]
    included = GlobalActivityAddition(TargetGroup(K.BUSINESS_PARTNER, include_objected=True),
                                      "CALL").run(session, UpdateMode.SIMULATE)
    assert R.SKIPPED_OBJECTION not in {result for _, result in _lines(included)}


def test_every_opt_out_and_opt_in_is_kept_with_its_date_and_source(session, people, clock,
                                                                    now):
    contact = session.scalars(select(E.Contact).where(E.Contact.code == "CT1")).one()
    session.info[SOURCE_KEY] = "Phone call of the person"
    contact.opted_out = True
    session.flush()
    clock.advance(dt.timedelta(days=2))
    session.info[SOURCE_KEY] = "Web form"
    contact.opted_out = False
    contact.do_not_mail = True
    session.commit()
    events = session.scalars(select(E.ConsentEvent).where(
        E.ConsentEvent.contact_id == contact.id).order_by(E.ConsentEvent.id)).all()
    assert [(e.channel, e.objected, e.source, (e.at - now).days) for e in events] == [
        (ConsentChannel.MARKETING, True, "Phone call of the person", 0),
        (ConsentChannel.MARKETING, False, "Web form", 2),
        (ConsentChannel.POST, True, "Web form", 2)]
    created = session.scalars(select(E.ConsentEvent.channel).join(E.Contact).where(
        E.Contact.code == "CT2")).all()
    assert created == [ConsentChannel.MARKETING]  # a new contact's opt-out is kept too


def test_a_bulk_update_of_the_flags_records_its_events(session, people):
    """Core and ORM-enabled UPDATEs bypass the flush: each flag they change is recorded."""
    from sqlalchemy import func, update

    from desktop.crm.consent import BULK_SOURCE
    from desktop.crm.db.base import Base

    contacts = Base.metadata.tables["contacts"]
    before = session.scalar(select(func.max(E.ConsentEvent.id))) or 0
    # Core, no ORM entity: CT4 already objected to calls, so only CT1 and CT3 change
    session.execute(update(contacts).where(contacts.c.code.in_(["CT1", "CT3", "CT4"]))
                    .values(do_not_call=True))
    session.info[SOURCE_KEY] = "Liste Bloctel"
    session.execute(update(E.Contact).where(E.Contact.opted_out.is_(True))
                    .values(opted_out=False))  # ORM-enabled: CT2 agrees again
    ct4 = session.execute(select(E.Contact.id, E.Contact.version).where(
        E.Contact.code == "CT4")).one()
    session.execute(update(E.Contact), [{"id": ct4.id, "version": ct4.version,  # by key
                                         "do_not_mail": True}])
    session.commit()
    events = session.execute(select(E.Contact.code, E.ConsentEvent.channel,
                                    E.ConsentEvent.objected, E.ConsentEvent.source)
                             .join(E.Contact).where(E.ConsentEvent.id > before)
                             .order_by(E.ConsentEvent.id)).all()
    assert events == [("CT1", ConsentChannel.PHONE, True, BULK_SOURCE),
                      ("CT3", ConsentChannel.PHONE, True, BULK_SOURCE),
                      ("CT2", ConsentChannel.MARKETING, False, "Liste Bloctel"),
                      ("CT4", ConsentChannel.POST, True, "Liste Bloctel")]
