"""Campaign sessions: activity templates with Copy, Global Addition of Activities (assign to
me, the duplicate question) and Global Deletion, run on the worker thread."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.crm.enums import ActivityType, AssignTo, BusinessObjectKind as K
from tests.support.typing import type_text


def _run_to_end(form, qtbot):
    task = form.run()
    with qtbot.waitSignal(task.done, timeout=30000):
        pass
    return task


def _rows(form) -> list[tuple[str, str, str]]:
    return [tuple(form.lines.texts(r)) for r in range(form.lines.rowCount())]


def _count(ctx, template_id) -> int:
    with ctx.db.session() as s:
        return s.scalar(select(func.count()).select_from(E.Activity).where(
            E.Activity.template_id == template_id))


def test_a_template_is_typed_saved_and_copied(window, ctx, qtbot, answers):
    detail = window.open_session("tdsmi0155s000")
    type_text(qtbot, detail.form.editor("code"), "VISIT")
    type_text(qtbot, detail.form.editor("description"), "Visite annuelle")
    type_text(qtbot, detail.form.editor("subject"), "Visiter le client")
    detail.form.editor("activity_type").set_value(ActivityType.APPOINTMENT)
    detail.form.editor("activity_type").changed.emit()
    assert not detail.form.editor("letter_id").isEnabled()
    assert detail.form.editor("duration_minutes").isEnabled()
    detail.save_action.trigger()
    assert detail.record_id is not None and answers.shown == []
    detail.copy_to("VISIT2")
    with ctx.db.session() as s:
        copy = s.scalars(select(E.ActivityTemplate).where(
            E.ActivityTemplate.code == "VISIT2")).one()
        assert (copy.subject, copy.activity_type) == ("Visiter le client",
                                                      ActivityType.APPOINTMENT)
    assert window.mdi.activeSubWindow().session.record_id == copy.id


def test_a_letter_on_a_task_template_is_refused_with_a_sentence(window, qtbot, answers):
    detail = window.open_session("tdsmi0155s000", record_id=2)  # RELANC, a task
    detail.form.editor("letter_id").setEnabled(True)
    detail.form.editor("letter_id").set_value(1)
    detail.save_action.trigger()
    assert answers.shown and "Only a mailing template names a letter" in answers.shown[-1][1]
    answers.answer = QMessageBox.Discard


def test_global_addition_assigns_to_me_and_asks_before_a_second_run(window, ctx, qtbot,
                                                                    real_pool, answers):
    form = window.open_session("tdsmi2210m100")
    assert not form.form.editor("employee_id").isEnabled()
    form.form.editor("object_kind").set_value(K.BUSINESS_PARTNER)
    form.form.editor("selection_id").set_value(2)  # LYON
    form.form.editor("template_id").set_value(2)  # RELANC, a task
    form.me_button.click()
    assert form.form.editor("assign_to").value() is AssignTo.SPECIFIC_EMPLOYEE
    assert form.form.editor("employee_id").value() == ctx.employee_id
    _run_to_end(form, qtbot)
    would = [code for code, result, _ in _rows(form) if result == "Would Create"]
    assert would and _count(ctx, 2) == 0
    form.update.setChecked(True)
    _run_to_end(form, qtbot)
    assert _count(ctx, 2) == len(would)
    with ctx.db.session() as s:
        assert set(s.scalars(select(E.Activity.assigned_to_id).where(
            E.Activity.template_id == 2))) == {ctx.employee_id}
    # the same run again: the question, answered No, changes nothing
    answers.answer = QMessageBox.No
    task = form.run()
    with qtbot.waitSignal(task.failed, timeout=30000):
        pass
    assert answers.shown[-1][0] == "question" and "already have an activity" in \
        answers.shown[-1][1]
    assert form.summary.text() == "Nothing was changed." and _count(ctx, 2) == len(would)
    # answered Yes, it runs again and creates a second one for each
    answers.answer = QMessageBox.Yes
    task = form.run()
    with qtbot.waitSignal(task.failed, timeout=30000):
        pass
    qtbot.waitUntil(lambda: form.task is not task and not form.task.running, timeout=30000)
    assert _count(ctx, 2) == 2 * len(would)


def test_global_deletion_simulates_then_deletes(window, ctx, qtbot, real_pool, answers):
    adding = window.open_session("tdsmi2210m100")
    adding.form.editor("selection_id").set_value(2)
    adding.form.editor("template_id").set_value(2)
    adding.update.setChecked(True)
    _run_to_end(adding, qtbot)
    created = _count(ctx, 2)
    assert created
    form = window.open_session("tdsmi2210m200")
    assert form.form.editor("open_only").value() is True
    form.form.editor("selection_id").set_value(2)
    form.form.editor("template_id").set_value(2)
    _run_to_end(form, qtbot)
    assert len([r for r in _rows(form) if r[1] == "Would Delete"]) == created
    form.update.setChecked(True)
    _run_to_end(form, qtbot)
    assert _count(ctx, 2) == 0


def test_global_deletion_says_how_many_completed_it_kept(window, ctx, qtbot, real_pool):
    from desktop.crm.enums import ActivityStatus

    adding = window.open_session("tdsmi2210m100")
    adding.form.editor("selection_id").set_value(2)
    adding.form.editor("template_id").set_value(2)  # RELANC, a task
    adding.update.setChecked(True)
    _run_to_end(adding, qtbot)
    with ctx.db.session() as s:
        done = s.scalars(select(E.Activity).where(E.Activity.template_id == 2)
                         .order_by(E.Activity.code)).first()
        done.status = ActivityStatus.COMPLETED
        code = done.code
        s.commit()
    form = window.open_session("tdsmi2210m200")
    form.form.editor("selection_id").set_value(2)
    form.form.editor("template_id").set_value(2)
    _run_to_end(form, qtbot)
    assert "1 completed activities were kept: Open activities only leaves what was done as " \
        "history. Untick it to delete them too." in form.summary.text()
    assert ("Unchanged", f"Kept {code}: done activities stay (Open activities only).") in \
        [row[1:] for row in _rows(form)]


def test_a_global_addition_shows_in_an_open_activities_grid(window, ctx, qtbot, real_pool,
                                                            answers):
    """The run's Changes reach every window: the Activities grid open beside it grows by the
    activities the run made, without a refresh."""
    overview = window.open_session("tccom6100m000")
    qtbot.waitUntil(lambda: overview.model.count_known)
    before = overview.model.rowCount()
    form = window.open_session("tdsmi2210m100")
    form.form.editor("object_kind").set_value(K.BUSINESS_PARTNER)
    form.form.editor("selection_id").set_value(2)  # LYON
    form.form.editor("template_id").set_value(2)  # RELANC, a task
    # to me: the grid opens on my open activities
    form.form.editor("assign_to").set_value(AssignTo.SPECIFIC_EMPLOYEE)
    form.form.editor("employee_id").set_value(ctx.employee_id)
    form.update.setChecked(True)
    _run_to_end(form, qtbot)
    made = _count(ctx, 2)
    assert made > 0
    qtbot.waitUntil(lambda: overview.model.count_known and
                    overview.model.rowCount() == before + made)
