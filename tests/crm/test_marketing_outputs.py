"""Marketing outputs leave out who objects (issue 37, GDPR art. 21): the vCards of contacts,
a report on contacts printed to a file and a grid of contacts exported to Excel or CSV go
without the contacts who opted out of direct marketing, say how many they left out, and take
them only by the user's explicit choice, recorded; one rule (``objecting``) decides for all."""

from __future__ import annotations

import csv
import json

import pytest
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.db.records import apply_values
from desktop.crm.enums import BatchRunKind, BusinessObjectKind as K, ConsentChannel as Ch
from desktop.crm.marketing_outputs import (
    ANY,
    VCARD,
    channels_for,
    marketing_rows,
    objecting,
    record_inclusion,
)
from desktop.crm.reports import rules  # noqa: F401 - registers the rules of a report
from desktop.crm.reports.printing import CsvReport, FlexiblePrinting
from desktop.crm.target_groups import TargetGroup
from tests.support import factories as f


@pytest.fixture
def people(session):
    """CT1 reachable, CT2 opted out (and no post), CT3 no post only, CT4 opted out, CT5 no
    calls only; and a report listing contacts by code."""
    flags = {2: {"opted_out": True, "do_not_mail": True}, 3: {"do_not_mail": True},
             4: {"opted_out": True}, 5: {"do_not_call": True}}
    bp = f.partner(session, "BP1", "Partner 1")
    for n in (1, 2, 3, 4, 5):
        f.contact(session, f"CT{n}", bp, last_name=f"Nom{n}", **flags.get(n, {}))
    report = E.Report()
    apply_values(session, report, {"code": "PEOPLE", "description": "Contacts",
                                   "business_object": K.CONTACT})
    session.flush()
    apply_values(session, E.ReportLayoutLine(report=report),
                 {"sequence": 10, "field_name": "contact.code", "heading": "code"})
    session.commit()


def _codes(session, statement) -> list[str]:
    return sorted(session.scalars(statement))


def test_the_rule_leaves_out_exactly_who_opted_out_of_direct_marketing(session, people):
    everyone = select(E.Contact.code)
    assert _codes(session, everyone.where(objecting(E.Contact.id))) == ["CT2", "CT4"]
    chosen = marketing_rows(session, everyone, E.Contact.id)
    assert _codes(session, chosen.statement) == ["CT1", "CT3", "CT5"]
    assert (chosen.left_out, chosen.included) == (2, 0)
    assert chosen.left_out_by == (("opted_out", 2),)
    included = marketing_rows(session, everyone, E.Contact.id, include_objected=True)
    assert _codes(session, included.statement) == ["CT1", "CT2", "CT3", "CT4", "CT5"]
    assert (included.left_out, included.included) == (0, 2) and included.left_out_by == ()


def test_what_an_output_carries_decides_which_objections_apply():
    assert channels_for(["contact.code", "contact.email"]) == ANY
    assert channels_for(["code", "postal_code"]) == ANY + (Ch.POST,)  # a postal list
    assert channels_for(["bp.name", "bp.city"]) == ANY  # a town is no address to post to
    assert channels_for(["contact.office_phone"]) == ANY + (Ch.PHONE,)  # a call list
    assert channels_for(["business_partner.street", "mobile_phone"]) == VCARD


def test_each_contact_left_out_is_counted_once_under_its_first_reason(session, people):
    """A vCard carries the address and the phones: every flag applies; CT2, opted out and
    without post, counts under direct marketing only (the mail merge's order)."""
    chosen = marketing_rows(session, select(E.Contact.code), E.Contact.id, channels=VCARD)
    assert _codes(session, chosen.statement) == ["CT1"]
    assert chosen.left_out_by == (("opted_out", 2), ("do_not_mail", 1), ("do_not_call", 1))
    assert chosen.left_out == 4
    calls = marketing_rows(session, select(E.Contact.code), E.Contact.id,
                           channels=channels_for(["office_phone"]))
    assert _codes(session, calls.statement) == ["CT1", "CT3"]
    assert calls.left_out_by == (("opted_out", 2), ("do_not_call", 1))


def test_the_rule_counts_only_the_rows_of_the_output(session, people):
    some = select(E.Contact.code).where(E.Contact.code.in_(["CT1", "CT2"]))
    chosen = marketing_rows(session, some, E.Contact.id)
    assert _codes(session, chosen.statement) == ["CT1"] and chosen.left_out == 1


def test_including_those_who_object_is_recorded_with_who_and_how_many(session, people):
    record_inclusion(session, "vCards", 0)  # none included: nothing to record
    record_inclusion(session, "vCards", 2)
    runs = session.scalars(select(E.BatchRun).where(
        E.BatchRun.kind == BatchRunKind.MARKETING_EXPORT)).all()
    assert len(runs) == 1
    assert json.loads(runs[0].parameters) == {"output": "vCards", "include_objected": True,
                                              "objecting": 2}


def _printed(session, tmp_path, include: bool = False):
    path = tmp_path / f"people-{include}.csv"
    job = FlexiblePrinting(TargetGroup(K.CONTACT, include_objected=include), "PEOPLE",
                           to_file=True)
    printed = job.run(session, [CsvReport(path)])
    rows = list(csv.reader(path.read_text("utf-8-sig").splitlines(), delimiter=";"))
    return job, printed, [row[0] for row in rows[1:]]


def test_a_report_on_contacts_printed_to_a_file_leaves_out_who_objects(session, people,
                                                                       tmp_path):
    job, printed, codes = _printed(session, tmp_path)
    assert codes == ["CT1", "CT3", "CT5"] and printed.rows == 3
    assert job.objecting == ((("opted_out", 2),), 0)
    job, printed, codes = _printed(session, tmp_path, include=True)
    assert codes == ["CT1", "CT2", "CT3", "CT4", "CT5"] and job.objecting == ((), 2)


def test_a_report_shown_on_screen_is_not_a_marketing_output(session, people, tmp_path):
    job = FlexiblePrinting(TargetGroup(K.CONTACT), "PEOPLE")
    path = tmp_path / "all.csv"
    assert job.run(session, [CsvReport(path)]).rows == 5 and job.objecting == ((), 0)


def test_an_erased_contact_is_said_as_erased_not_as_objecting(session, people):
    """An erasure sets every flag of the anonymised contact: it is left out of every output,
    but said as erased (outside check: an export said three people objected, two of whom
    had been erased)."""
    from desktop.crm.erasure import erase_personal_data
    from desktop.crm.marketing_outputs import ERASED

    erased = session.scalars(select(E.Contact.id).where(E.Contact.code == "CT1")).one()
    erase_personal_data(session, erased, "Demande écrite")
    session.commit()
    chosen = marketing_rows(session, select(E.Contact.code), E.Contact.id, channels=VCARD)
    assert _codes(session, chosen.statement) == []
    assert chosen.left_out_by == ((ERASED, 1), ("opted_out", 2), ("do_not_mail", 1),
                                  ("do_not_call", 1))
