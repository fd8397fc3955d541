"""A grid of contacts exported to a file is a marketing output (issue 37, GDPR art. 21): the
contacts who opted out of direct marketing are left out and the message says how many; the
user includes them only by ticking Include contacts who object, and that choice is recorded."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.crm.enums import BatchRunKind


def _export(overview, qtbot, path) -> list[str]:
    task = overview.export_to(str(path))
    with qtbot.waitSignal(task.done, timeout=20000):
        pass
    return path.read_text(encoding="utf-8-sig").splitlines()[1:]


def test_a_contact_grid_export_leaves_out_who_objects_and_says_how_many(
        window, ctx, real_pool, qtbot, tmp_path, answers):
    overview = window.open_session("tccom1140m000")
    qtbot.waitUntil(lambda: overview.model.count_known)
    shown = overview.model.rowCount()
    with ctx.db.session(user=ctx.user) as s:
        objecting = s.scalar(select(func.count()).select_from(E.Contact).where(
            E.Contact.opted_out.is_(True)))
    assert 0 < objecting < shown  # the demo has some who opted out
    lines = _export(overview, qtbot, tmp_path / "contacts.csv")
    assert len(lines) == shown - objecting
    told = answers.shown[-1][1]
    assert f"{shown - objecting} rows exported" in told
    assert f"{objecting} contacts left out: they object to direct marketing" in told
    include = overview.include_objected_action
    assert include.isVisible() and include.text() == "Include contacts who object"
    qtbot.mouseClick(overview.toolbar.widgetForAction(include), Qt.LeftButton)
    assert include.isChecked()
    lines = _export(overview, qtbot, tmp_path / "everyone.csv")
    assert len(lines) == shown and "left out" not in answers.shown[-1][1]

    def recorded() -> list[dict]:
        with ctx.db.session(user=ctx.user) as s:
            return [json.loads(p) for p in s.scalars(select(E.BatchRun.parameters).where(
                E.BatchRun.kind == BatchRunKind.MARKETING_EXPORT))]
    qtbot.waitUntil(lambda: len(recorded()) == 1)
    assert recorded()[0]["objecting"] == objecting and recorded()[0]["include_objected"]


def test_a_grid_of_partners_is_not_filtered_and_offers_no_choice(window, qtbot):
    overview = window.open_session("tccom4500m000")
    assert not overview.include_objected_action.isVisible()


def test_vcards_leave_out_who_objects_and_say_how_many(window, ctx, qtbot, tmp_path, answers):
    from desktop.views.partners.cards import export_cards

    overview = window.open_session("tccom1140m000")
    qtbot.waitUntil(lambda: overview.model.count_known)
    ids = [overview.model.row_id(r) for r in range(overview.model.rowCount())]
    with ctx.db.session(user=ctx.user) as s:
        objecting = s.scalar(select(func.count()).select_from(E.Contact).where(
            E.Contact.id.in_(ids), E.Contact.opted_out.is_(True)))
    path = tmp_path / "contacts.vcf"
    export_cards(overview, str(path))  # the tests' pool runs it inline
    assert path.read_text(encoding="utf-8").count("BEGIN:VCARD") == len(ids) - objecting
    assert f"{objecting} contacts left out" in answers.shown[-1][1]
