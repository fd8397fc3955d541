"""Mail Merge by Standard Letter in the window: a PDF painted by Qt, a Word document, the
mailings logged, the run on the worker thread while the window keeps serving events."""

from __future__ import annotations

from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.crm.enums import ActivityType, BusinessObjectKind as K
from tests.support import office


def _form(window, output: str, path, kind=K.CONTACT):
    form = window.open_session("tdsmi2410m000")
    form.form.editor("object_kind").set_value(kind)
    form.form.editor("object_kind").changed.emit()
    form.form.editor("code_to").set_value("CT000012")
    form.form.editor("active_contacts_only").set_value(True)
    form.form.editor("letter_id").set_value(1)  # PROMO24, a contact letter
    form.form.editor("output").set_value(output)
    form.form.editor("output").changed.emit()
    form.form.editor("path").set_value(str(path))
    return form


def _run(form, qtbot):
    task = form.run()
    assert task is not None, form.summary.text()
    with qtbot.waitSignal(task.done, timeout=60000):
        pass


def _contacts(ctx) -> list[str]:
    with ctx.db.session() as s:
        return s.scalars(select(E.Contact.code).where(E.Contact.code <= "CT000012",
                                                      E.Contact.active.is_(True))
                         .order_by(E.Contact.code)).all()


def test_a_pdf_of_the_letters_and_the_mailings_logged(window, ctx, qtbot, real_pool, tmp_path,
                                                      answers):
    pdf = tmp_path / "promo.pdf"
    form = _form(window, "pdf", pdf)
    form.form.editor("log_activity").set_value(True)
    form.form.editor("log_activity").changed.emit()
    form.form.editor("template_id").set_value(3)  # MAILNG
    _run(form, qtbot)  # Simulate: the report only
    assert not pdf.exists()
    contacts = _contacts(ctx)
    assert [r for r in range(form.lines.rowCount())
            if form.lines.texts(r)[1] == "Would Create"].__len__() == len(contacts)
    form.update.setChecked(True)
    _run(form, qtbot)
    assert answers.shown == [("question", f"Written to {pdf}.\nOpen it now?")]  # offered
    pages = [p for p in office.pdf_text(pdf).split("\f") if p.strip()]
    assert len(pages) >= len(contacts)
    assert sum("Nous avons le plaisir" in page for page in pages) == len(contacts)
    with ctx.db.session() as s:
        logged = s.scalars(select(E.Contact.code).join(E.Activity, E.Activity.contact_id
                                                       == E.Contact.id)
                           .where(E.Activity.type == ActivityType.MAILING,
                                  E.Activity.template_id == 3, E.Activity.letter_id == 1)
                           .order_by(E.Contact.code)).all()
    assert logged == contacts


def test_a_word_document_and_a_missing_path_is_named(window, ctx, qtbot, real_pool, tmp_path,
                                                      answers):
    form = _form(window, "book", "")
    form.update.setChecked(True)
    assert form.run() is None
    assert form.summary.text() == "Choose the file or folder the letters are written to."
    form.form.editor("path").set_value(str(tmp_path / "promo.docx"))
    _run(form, qtbot)
    import docx

    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "promo.docx")).paragraphs)
    assert text.count("Veuillez agréer") == len(_contacts(ctx))


def test_the_run_works_off_the_gui_thread_while_events_are_served(window, ctx, qtbot,
                                                                  real_pool, tmp_path,
                                                                  monkeypatch, answers):
    """Every record is merged on a worker thread, and the window's event loop keeps turning
    during the run (timer ticks arrive while it runs)."""
    from desktop.crm import mail_merge

    threads = set()
    original = mail_merge.MailMerge.process

    def spy(self, session, target, simulate):
        threads.add(QThread.currentThread())
        return original(self, session, target, simulate)

    monkeypatch.setattr(mail_merge.MailMerge, "process", spy)
    form = _form(window, "book", tmp_path / "book.docx")
    form.form.editor("code_to").set_value("")
    form.update.setChecked(True)
    ticks = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.append(form.task is not None and form.task.running))
    timer.start()
    _run(form, qtbot)
    timer.stop()
    assert threads and QApplication.instance().thread() not in threads
    assert sum(ticks) > 0  # the loop served events while the run was going on
    with ctx.db.session() as s:
        assert s.scalar(select(func.count()).select_from(E.Activity).where(
            E.Activity.letter_id == 1, E.Activity.type == ActivityType.MAILING)) == 0
