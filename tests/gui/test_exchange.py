"""Exchange sessions and the sync worker in the window: settings with Test connection and the
password in the keyring, users, the status bar while a sync fails, and an event loop that
is served throughout while 1,000 activities are pushed and pulled."""

from __future__ import annotations

import datetime as dt
import threading

import keyring
import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import func, select, text

from desktop.crm import entities as E
from desktop.crm.enums import SyncAuthType
from desktop.crm.parameters import com_parameters
from tests.support import statement_tap
from tests.sync.conftest import SOPHIE, appointment, gateway_for
from tests.sync.ews_server import EwsServer


@pytest.fixture
def ews():
    server = EwsServer().start()
    yield server
    server.stop()


def _enable(ctx, url: str) -> None:
    with ctx.db.session(user=ctx.user) as s:
        com_parameters(s).synchronize_activities = True
        settings = s.scalars(select(E.ExchangeSyncSettings)).first() or E.ExchangeSyncSettings()
        settings.enabled, settings.service_url, settings.account_user = True, url, "svc-crm"
        s.add(settings)
        s.commit()


@pytest.fixture
def sync_window(ctx, qtbot, ews):
    from desktop.views.shell.main_window import MainWindow

    ctx.make_gateway = lambda: gateway_for(ews)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.sync.stop()
    for sub in win.mdi.subWindowList():
        sub.session.release()
    win.hide()


def test_settings_test_connection_and_password_in_the_keyring(window, ctx, ews, qtbot,
                                                              memory_keyring, answers):
    form = window.open_session("ttaad2140m000")
    values = {"service_url": ews.url, "account_user": "svc-crm", "password": "secret",
              "server_version": "15.1.2507.6"}
    for name, value in values.items():
        form.form.editor(name).set_value(value)
    form.form.editor("auth_type").set_value(SyncAuthType.BASIC)
    form.form.editor("enabled").set_value(True)
    form.test_connection()  # the pool runs inline: done when the call returns
    assert form.test_result.text() == \
        f"Connected: the calendar of {SOPHIE} holds 0 items."
    assert ews.requests[-1].impersonated == SOPHIE
    form._changed()
    assert form.save()
    assert memory_keyring.get_password("crm-desktop/exchange", "svc-crm") == "secret"
    with ctx.db.session(user=ctx.user) as s:  # the secret is nowhere in the database
        dump = " ".join(str(v) for v in s.execute(text(
            "SELECT * FROM exchange_sync_settings")).one())
        assert "secret" not in dump
    form.form.editor("password").set_value("wrong")
    form.test_connection()
    assert form.test_result.text() == ("The connection failed: Exchange refused the account: "
                                       "check the user name and password.")


def test_the_oauth_fields_open_with_oauth(window):
    form = window.open_session("ttaad2140m000")
    auth = form.form.editor("auth_type")
    assert not form.form.editor("oauth_tenant").isEnabled()
    auth.setCurrentIndex(auth.findData(SyncAuthType.OAUTH2))  # as the user picks it
    assert form.form.editor("oauth_tenant").isEnabled()
    assert form.form.editor("oauth_token_url").isEnabled()
    auth.setCurrentIndex(auth.findData(SyncAuthType.NTLM))
    assert not form.form.editor("oauth_token_url").isEnabled()
    form.revert()


def _row_shown(form, name: str) -> bool:
    fields = form.form
    return fields.layouts[name].isRowVisible(fields.holders.get(name, fields.editor(name)))


def test_the_fields_follow_the_protocol_and_the_sign_in(window, qtbot):
    from desktop.crm.enums import GraphSignIn, SyncProtocol

    form = window.open_session("ttaad2140m000")
    editor = form.form.editor
    editor("protocol").set_value(SyncProtocol.EWS)
    form._mode_changed()
    graph_box = next(b for b, g in form.form.boxes if g.title == "Microsoft Graph")
    assert _row_shown(form, "service_url") and graph_box.isHidden()
    editor("service_url").clear()
    qtbot.keyClicks(editor("service_url"), "https://outlook.office365.com/EWS/Exchange.asmx")
    assert not form.warning.isHidden() and "1 April 2027" in form.warning.text()
    protocol = editor("protocol")
    protocol.setCurrentIndex(protocol.findData(SyncProtocol.GRAPH))  # as the user picks it
    assert not _row_shown(form, "service_url") and not graph_box.isHidden()
    assert form.warning.isHidden()  # Graph is the right way to Exchange Online
    sign_in = editor("graph_sign_in")
    sign_in.setCurrentIndex(sign_in.findData(GraphSignIn.APP_CERTIFICATE))
    assert _row_shown(form, "certificate_path") and _row_shown(form, "password")
    sign_in.setCurrentIndex(sign_in.findData(GraphSignIn.DELEGATED))
    assert _row_shown(form, "graph_account") and not _row_shown(form, "password")
    assert not _row_shown(form, "certificate_path")
    form.revert()


def _graph_form(window, graph, monkeypatch, sign_in):
    from desktop.crm.enums import SyncProtocol

    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(graph.certificate))  # the company's CA
    form = window.open_session("ttaad2140m000")
    values = {"protocol": SyncProtocol.GRAPH, "graph_tenant": "tenant-1",
              "graph_sign_in": sign_in, "graph_url": graph.graph_url,
              "authority_url": graph.base, "enabled": True}
    for name, value in values.items():
        form.form.editor(name).set_value(value)
    form._mode_changed()
    return form


def test_graph_settings_test_connection_and_secret_in_the_keyring(window, ctx, graph, qtbot,
                                                                  memory_keyring, monkeypatch):
    from desktop.crm.enums import GraphSignIn

    form = _graph_form(window, graph, monkeypatch, GraphSignIn.APP_SECRET)
    form.form.editor("graph_client_id").set_value("app-crm")
    form.form.editor("password").set_value("secret")
    form.test_connection()
    assert form.test_result.text() == f"Connected: the calendar of {SOPHIE} holds 0 items."
    form._changed()
    assert form.save()
    assert memory_keyring.get_password("crm-desktop/exchange", "app-crm") == "secret"
    form.form.editor("password").set_value("wrong")
    form.test_connection()
    assert form.test_result.text() == ("The connection failed: The application was refused "
                                       "its token: check the client id, its secret or "
                                       "certificate, and the tenant.")


def test_a_salesperson_signs_in_from_the_settings(window, ctx, graph, qtbot, memory_keyring,
                                                  monkeypatch):
    from desktop.crm.enums import GraphSignIn

    graph.identity.auto_approve = SOPHIE  # she types the code at Microsoft's page
    form = _graph_form(window, graph, monkeypatch, GraphSignIn.DELEGATED)
    form.form.editor("graph_client_id").set_value("app-sales")
    form.sign_in_button.click()  # the pool runs inline: signed in when the click returns
    assert form.form.editor("graph_account").value() == SOPHIE
    assert form.sign_in_dialog.code.text() == graph.identity.devices[
        next(iter(graph.identity.devices))].user_code
    form.test_connection()
    assert form.test_result.text() == f"Connected: the calendar of {SOPHIE} holds 0 items."
    assert form.save()
    with ctx.db.session(user=ctx.user) as s:
        assert s.scalars(select(E.ExchangeSyncSettings)).first().graph_account == SOPHIE


def test_the_sign_in_dialog_cancels_its_wait(ctx, qtbot, graph, memory_keyring, monkeypatch,
                                             real_pool, tmp_path):
    from desktop.sync.gateways.graph import GraphGateway, GraphSettings
    from desktop.views.shapes.microsoft_sign_in import SignInDialog

    tokens = GraphGateway(GraphSettings(
        tenant="tenant-1", client_id="app-sales", sign_in="DELEGATED",
        graph_url=graph.graph_url, authority_url=graph.base, ca_file=str(graph.certificate),
        token_cache=str(tmp_path / "cache.bin"))).tokens
    dialog = SignInDialog(tokens, ctx.pool)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.code.text() != "…", timeout=10000)
    assert dialog.copy_button.isEnabled() and "devicelogin" in dialog.address.text()
    dialog.copy_button.click()
    from PySide6.QtGui import QGuiApplication
    assert QGuiApplication.clipboard().text() == dialog.code.text()
    dialog.close_box.button(dialog.close_box.StandardButton.Cancel).click()
    assert dialog.task.wait(5000) and tokens.account() == ""


def test_users_import_and_activate(window, ctx, answers):
    users = window.open_session("ttaad2141m000")
    before = users.model.rowCount()
    users.import_users()
    with ctx.db.session(user=ctx.user) as s:
        known = s.scalar(select(func.count()).select_from(E.ExchangeSyncUser))
    assert users.model.rowCount() == known > before  # the grid followed the change
    users.toolbar.actions()[-2].trigger()  # Deactivate all
    with ctx.db.session(user=ctx.user) as s:
        assert not s.scalar(select(func.count()).select_from(E.ExchangeSyncUser)
                            .where(E.ExchangeSyncUser.active.is_(True)))


def test_status_bar_while_the_sync_fails_then_recovers(sync_window, ctx, ews, qtbot):
    _enable(ctx, ews.url)
    appointment(ctx.db)
    ews.stop()
    with qtbot.waitSignal(sync_window.sync.reportReady, timeout=30000):
        sync_window.sync_action.trigger()
    assert sync_window.sync_label.full_text() == ("Will retry: Exchange cannot be reached "
                                             "(connection refused or no network). — "
                                             "1 change waiting")
    ews.start()
    with ctx.db.session(user=ctx.user) as s:  # the retry is due
        for row in s.scalars(select(E.SyncOutbox)):
            row.next_attempt_at = None
        s.commit()
    with qtbot.waitSignal(sync_window.sync.reportReady, timeout=30000):
        sync_window.sync.run_now()
    assert sync_window.sync_label.full_text() == "Synchronized just now"


def test_a_system_without_keyring_says_so_in_the_status_bar(window, ctx, ews, qtbot):
    from keyring.backends.fail import Keyring as NoKeyringBackend

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyringBackend())
    try:
        _enable(ctx, ews.url)
        appointment(ctx.db)
        with qtbot.waitSignal(window.sync.reportReady, timeout=30000):
            window.sync_action.trigger()
    finally:
        keyring.set_keyring(previous)
    assert window.sync_label.full_text() == (
        "Will retry: The system keyring cannot be used, so the password of the service "
        "account cannot be read or saved. — 1 change waiting")
    assert window.sync_label.toolTip() == window.sync_label.full_text()
    # elided once the status bar has laid it out: the other fields stay in view
    qtbot.waitUntil(lambda: window.sync_label.text().endswith("…"))
    assert window.sync_label.width() <= window.sync_label.max_width
    assert not ews.requests


def _sync_off_the_gui_thread(qtbot, controller, run) -> tuple[int, set, object]:
    """While ``run`` syncs: how many times a 5 ms timer fired (the event loop kept turning),
    the threads every database statement ran on, and the report. Behaviour, not speed: the
    window is served throughout and never waits for the sync's work."""
    ticks, threads, timer = [0], set(), QTimer()

    def statement(*_args) -> None:
        threads.add(threading.current_thread())

    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start(5)
    try:
        with statement_tap.watching(statement), \
                qtbot.waitSignal(controller.reportReady, timeout=120000) as done:
            run()
    finally:
        timer.stop()
    return ticks[0], threads, done.args[0]


def _served_throughout(ticks: int, threads: set) -> None:
    assert threading.main_thread() not in threads  # every statement on the sync thread
    assert ticks >= 10  # the window turned its event loop all along

def test_the_window_is_served_throughout_a_sync_of_1000(sync_window, ctx, ews, qtbot):
    from desktop.interpreter import settle_memory
    from tests.sync.test_faults import _many

    _enable(ctx, ews.url)
    _many(ctx.db, 1000)
    qtbot.waitUntil(lambda: sync_window.sync.worker.warm)  # the window warms the thread up
    settle_memory()  # as the application does once its window is up
    ticks, threads, report = _sync_off_the_gui_thread(qtbot, sync_window.sync,
                                                      sync_window.sync.run_now)
    assert report.pushed == 1000 and not report.error
    items = ews.mailbox(SOPHIE).items
    assert len(items) == 1000
    _served_throughout(ticks, threads)

    for item_id in list(items):  # every item moved to another room in Outlook
        ews.edit(SOPHIE, item_id, Location="Salle 2")
    ticks, threads, report = _sync_off_the_gui_thread(qtbot, sync_window.sync,
                                                      sync_window.sync.run_now)
    assert report.pulled == 1000 and not report.error
    with ctx.db.session(user=ctx.user) as s:
        assert s.scalar(select(func.count()).select_from(E.Activity).where(
            E.Activity.location == "Salle 2")) == 1000
    _served_throughout(ticks, threads)


@pytest.fixture
def graph(tmp_path_factory):
    from tests.sync.graph_server import GraphServer

    server = GraphServer(tmp_path_factory.mktemp("graph")).start()
    yield server
    server.stop()


@pytest.fixture
def graph_window(ctx, qtbot, graph):
    from desktop.views.shell.main_window import MainWindow
    from tests.sync.remotes import GraphRemote

    ctx.make_gateway = lambda: GraphRemote(graph).gateway(timeout_seconds=30)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.sync.stop()
    win.hide()


def test_the_window_is_served_throughout_a_graph_sync_of_1000(graph_window, ctx, graph,
                                                                 qtbot):
    """The same with Exchange Online: TLS, $batch of 20 and delta pages on the sync thread."""
    from desktop.interpreter import settle_memory
    from tests.sync.test_faults import _many

    _enable(ctx, "https://unused.example/EWS")
    _many(ctx.db, 1000)
    qtbot.waitUntil(lambda: graph_window.sync.worker.warm)
    settle_memory()
    ticks, threads, report = _sync_off_the_gui_thread(qtbot, graph_window.sync,
                                                      graph_window.sync.run_now)
    assert report.pushed == 1000 and not report.error
    assert len(graph.mailbox(SOPHIE).events) == 1000
    _served_throughout(ticks, threads)

    for item_id in list(graph.mailbox(SOPHIE).events):
        graph.edit(SOPHIE, item_id, location={"displayName": "Salle 2"})
    ticks, threads, report = _sync_off_the_gui_thread(qtbot, graph_window.sync,
                                                      graph_window.sync.run_now)
    assert report.pulled == 1000 and not report.error
    with ctx.db.session(user=ctx.user) as s:
        assert s.scalar(select(func.count()).select_from(E.Activity).where(
            E.Activity.location == "Salle 2")) == 1000
    _served_throughout(ticks, threads)


__all__ = ["dt"]


def _draft(ctx, tmp_path, sender_employee: int) -> int:
    from desktop.crm import activities as A
    from desktop.crm.enums import ActivityType as T, PartyType, RecipientRole

    with ctx.db.session(user=ctx.user) as s:
        contact = s.scalars(select(E.Contact).where(E.Contact.email != "")).first()
        act = A.new_activity(s, T.EMAIL, {"subject": "Votre devis",
                                          "information": "Bonjour,\nvoici le devis.",
                                          "contact_id": contact.id}, sender_employee)
        for role, kind, key, value in ((RecipientRole.FROM, PartyType.EMPLOYEE, "employee_id",
                                        sender_employee),
                                       (RecipientRole.TO, PartyType.CONTACT, "contact_id",
                                        contact.id)):
            if not any(r.role is role for r in act.recipients):
                A.add_recipient(s, act, {"role": role, "recipient_type": kind, key: value})
        document = tmp_path / "devis.txt"
        document.write_text("Devis n° 42")
        A.add_attachment(s, act, document, tmp_path / "store")
        s.commit()
        return act.id


def test_send_an_email_through_exchange(sync_window, ctx, ews, qtbot, tmp_path):
    from desktop.crm.enums import ActivityStatus

    _enable(ctx, ews.url)
    with ctx.db.session(user=ctx.user) as s:
        sophie = s.scalar(select(E.Employee.id).where(E.Employee.email == SOPHIE))
    email_id = _draft(ctx, tmp_path, sophie)
    detail = sync_window.open_session("tccom6600m500", record_id=email_id)
    detail.send()  # the pool runs inline: sent when the call returns
    [sent] = ews.mailbox(SOPHIE).sent
    assert sent.text("Subject") == "Votre devis"
    assert "Attachments" in sent.fields and sent.folder == "sentitems"
    assert ews.requests[-1].impersonated == SOPHIE
    with ctx.db.session(user=ctx.user) as s:
        email = s.get(E.Activity, email_id)
        assert email.status is ActivityStatus.SENT and email.sent_at is not None
    assert detail.snap.values["status"] is ActivityStatus.SENT


def test_an_email_that_cannot_leave_stays_a_draft(sync_window, ctx, ews, qtbot, tmp_path,
                                                  answers):
    from desktop.crm.enums import ActivityStatus

    _enable(ctx, ews.url)
    with ctx.db.session(user=ctx.user) as s:
        sophie = s.scalar(select(E.Employee.id).where(E.Employee.email == SOPHIE))
        stranger = s.scalar(select(E.Employee.id).where(
            E.Employee.email.notin_([SOPHIE, "julien.lefort@exemple.fr"]),
            E.Employee.email != ""))
    detail = sync_window.open_session("tccom6600m500", record_id=_draft(ctx, tmp_path,
                                                                          stranger))
    assert detail.send() is None
    assert "is not an active Exchange synchronization user" in answers.shown[-1][1]
    email_id = _draft(ctx, tmp_path, sophie)
    detail = sync_window.open_session("tccom6600m500", record_id=email_id)
    ews.stop()
    detail.send()
    assert answers.shown[-1][1] == ("The e-mail was not sent and stays a draft: Exchange "
                                    "cannot be reached (connection refused or no network).")
    with ctx.db.session(user=ctx.user) as s:
        assert s.get(E.Activity, email_id).status is ActivityStatus.DRAFT


def test_the_sign_in_dialog_says_what_an_administrator_sets_up(ctx, qtbot, graph, tmp_path,
                                                               memory_keyring):
    from desktop.i18n import Translations
    from desktop.sync.gateways.graph import GraphGateway, GraphSettings
    from desktop.views.exchange.admin_help import admin_help
    from desktop.views.shapes.microsoft_sign_in import SignInDialog

    tokens = GraphGateway(GraphSettings(
        tenant="tenant-1", client_id="app-sales", sign_in="DELEGATED",
        graph_url=graph.graph_url, authority_url=graph.base, ca_file=str(graph.certificate),
        token_cache=str(tmp_path / "cache.bin"))).tokens
    translations = Translations()
    try:
        for language, words in (("en", ["Allow public client flows", "Tasks.ReadWrite.All",
                                         "New-ApplicationAccessPolicy", "Grant admin consent"]),
                                ("fr", ["Autoriser les flux de clients publics",
                                        "consentement administrateur", "Tasks.ReadWrite.All"])):
            translations.install(language)
            dialog = SignInDialog(tokens, ctx.pool, help_html=admin_help())
            qtbot.addWidget(dialog)
            dialog.show()
            assert dialog.help.isHidden()
            dialog.help_button.click()
            assert dialog.help.isVisible()
            text = dialog.help.toPlainText()
            assert all(word in text for word in words), text
            dialog.reject()
    finally:
        translations.install("en")
