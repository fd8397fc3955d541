"""Screenshots of the application as a user sees it (run under Xvfb: xvfb-run -a python ...).

    python tools/screenshots.py OUTDIR [--lang fr] [--size WxH] SCENE...

A scene names what to open: ``main`` (three session tabs), a session code with an optional
record and tab, e.g. ``tccom4100s000:1#Attributes``, or one of the prepared states of SCRIPTS
(``selection-error``, ``selection-preview``, ``sync-failing``, ``global-attributes``,
``changed-elsewhere``, ``ews-online``, ``graph-settings``, ``graph-sign-in``,
``keyboard-morning`` (a walk with keys only, a picture per step: tools/keyboard_walk.py),
``graph-admin-help``, ``team-laptops``...).
Prepared states change the database: point --database at a copy.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # the scenes beside this file

from access_scenes import ACCESS_SCENES
from campaign_scenes import CAMPAIGN_SCENES
from keyboard_walk import keyboard_morning
from PySide6.QtCore import QTimer
from scene_helpers import _idle, _run_to_end, _wait


def changed_elsewhere(window, app) -> None:
    """A partner edited here while another window saves a change to it: the bar."""
    detail = window.open_session("tccom4100s000", record_id=1)
    _idle(window, app)
    other = type(detail)(window.ctx, record_id=1)
    _idle(window, app)
    detail.form.editor("phone").set_value("+33 4 72 00 00 00")
    detail._changed()
    other.form.editor("city").set_value("Villeurbanne")
    other.save()
    _idle(window, app)
    other.deleteLater()


def _selection(window, app, expression: str) -> None:
    """The seed's selection with ``expression`` typed in, compiled and previewed."""
    detail = window.open_session("tdsmi0170s000", record_id=1)
    detail.panel.editor.setPlainText(expression)
    detail.compile()
    detail.panel.start_preview()
    _idle(window, app)


def selection_error(window, app) -> None:
    _selection(window, app, '| Partners of Lyon in industry\n'
                            'bp.city = "Lyon"\nand (R, SECTEUR) = Industrie')


def selection_preview(window, app) -> None:
    _selection(window, app, 'bp.city = "Lyon" | partners of the Lyon office\n'
                            'and bp.phase <> ""')


def sync_failing(window, app) -> None:
    """Synchronisation on, pointed at a port where nothing listens, one change waiting."""
    import keyring
    from sqlalchemy import select

    from desktop.crm import entities as E
    from desktop.crm.parameters import com_parameters
    from tests.support.memory_keyring import MemoryKeyring

    with window.ctx.db.session(user=window.ctx.user) as s:
        com_parameters(s).synchronize_activities = True
        settings = s.scalars(select(E.ExchangeSyncSettings)).first() or E.ExchangeSyncSettings()
        settings.enabled, settings.account_user = True, "svc-crm"
        settings.service_url = "http://127.0.0.1:9/EWS/Exchange.asmx"
        s.add(settings)
        act = s.scalars(select(E.Activity).where(E.Activity.synchronize.is_(True))).first()
        s.commit()
    keyring.set_keyring(MemoryKeyring())  # a machine without one would show that instead
    window.sync.settings_changed()
    window.open_session("ttaad2140m000")
    reports = []
    window.sync.reportReady.connect(reports.append)
    window.sync.run_now()
    _wait(app, lambda: reports)
    assert act is None or reports


def _settings(window, app, values: dict):
    """The Exchange settings with ``values`` typed in (not saved)."""
    form = window.open_session("ttaad2140m000")
    _idle(window, app)
    for name, value in values.items():
        form.form.editor(name).set_value(value)
    form._mode_changed()
    return form


def ews_online(window, app) -> None:
    """EWS pointed at Exchange Online: the warning above the form."""
    from desktop.crm.enums import SyncAuthType, SyncProtocol

    _settings(window, app, {"protocol": SyncProtocol.EWS, "enabled": True,
                            "service_url": "https://outlook.office365.com/EWS/Exchange.asmx",
                            "auth_type": SyncAuthType.OAUTH2, "account_user": "0c1d2e3f-4a5b",
                            "oauth_tenant": "contoso.onmicrosoft.com"})


def graph_settings(window, app) -> None:
    """Exchange Online through Graph, the application signing in with its certificate."""
    from desktop.crm.enums import GraphSignIn, SyncProtocol

    _settings(window, app, {"protocol": SyncProtocol.GRAPH, "enabled": True,
                            "graph_tenant": "contoso.onmicrosoft.com",
                            "graph_client_id": "0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f",
                            "graph_sign_in": GraphSignIn.APP_CERTIFICATE,
                            "certificate_path": "C:/CRM/crm-sync.pem"})


def graph_sign_in(window, app) -> None:
    """A salesperson's own sign-in: the device code from the tests' loopback Graph server."""
    import os
    import tempfile

    import keyring

    from desktop.crm.enums import GraphSignIn, SyncProtocol
    from tests.support.memory_keyring import MemoryKeyring
    from tests.sync.graph_server import GraphServer

    server = GraphServer(Path(tempfile.mkdtemp())).start()
    os.environ["REQUESTS_CA_BUNDLE"] = str(server.certificate)
    keyring.set_keyring(MemoryKeyring())
    form = _settings(window, app, {"protocol": SyncProtocol.GRAPH, "enabled": True,
                                   "graph_tenant": "tenant-1", "graph_client_id": "app-sales",
                                   "graph_sign_in": GraphSignIn.DELEGATED,
                                   "graph_url": server.graph_url,
                                   "authority_url": server.base})
    window.ctx.pool.inline = False
    form.sign_in()
    dialog = form.sign_in_dialog
    _wait(app, lambda: dialog.code.text() != "…")
    dialog.move(window.geometry().center() - dialog.rect().center())
    window.lookup_dialog = dialog  # closed before the next scene


def graph_admin_help(window, app) -> None:
    """The sign-in dialog with what an administrator sets up shown."""
    graph_sign_in(window, app)
    dialog = window.lookup_dialog
    dialog.help_button.click()
    dialog.resize(dialog.width(), 720)
    dialog.move(window.geometry().center() - dialog.rect().center())


def merge(window, app) -> None:
    """Two partners selected in the overview and the merge dialog over them."""
    from PySide6.QtCore import QItemSelectionModel

    overview = window.open_session("tccom4500m000")
    _wait(app, lambda: overview.model.rowCount() > 2)
    for row in (0, 1):
        overview.view.selectionModel().select(
            overview.model.index(row, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
    dialog = overview.merge_selected()
    _idle(window, app)
    dialog.choices["name"].button(1).setChecked(True)
    dialog.move(window.geometry().center() - dialog.rect().center())
    window.lookup_dialog = dialog  # closed before the next scene


def _import_file() -> str:
    """A customer file of an old CRM: new partners, and near-duplicates of partners here."""
    import csv
    import tempfile

    from sqlalchemy import select

    from desktop.crm import entities as E
    path = Path(tempfile.mkdtemp(prefix="crm-import-")) / "clients-ancien-crm.csv"
    with path.open("w", newline="", encoding="cp1252") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["Raison sociale", "Adresse", "CP", "Ville", "Tél.", "Courriel",
                         "N° TVA", "Client depuis"])
        for n, city in enumerate(("Quimper", "Vannes", "Lorient", "Brest", "Rennes")):
            writer.writerow([f"Biscuiterie de {city}", f"{n + 3} rue du Port",
                             f"29{n}00", city, f"02 98 {n}0 11 22",
                             f"contact@biscuiterie-{city.lower()}.fr", "", "15/01/2026"])
        with _SESSION() as s:
            for name, city in s.execute(select(E.BusinessPartner.name, E.BusinessPartner.city)
                                        .where(E.BusinessPartner.city != "").limit(4)):
                writer.writerow([name.upper(), "", "", city, "", "", "", ""])
        # what Excel and pasted text do to a file: a lost leading zero, a NUL, a bad date
        writer.writerow(["Atelier de l'Ain", "1 place Carnot", "1000", "Bourg-en-Bresse",
                         "", "", "", "01/02/2026"])
        writer.writerow(["Forge\x00 Cassée", "9 rue Haute", "56000", "Vannes", "12",
                         "pas-une-adresse", "", "31/02/2026"])
        writer.writerow(["Plomberie Sûre", "4 rue Neuve", "33000", "Bordeaux", "", "",
                         "1,23457E+13", ""])
    return str(path)


_SESSION = None  # set by main: a session of the screenshots' database


def _import_wizard(window, app):
    wizard = window.open_session("tccom4190m000")
    wizard.open_file(_import_file())
    _wait(app, lambda: wizard.table is not None)
    wizard.run_button.click()
    return wizard


def import_columns(window, app) -> None:
    """The import wizard's columns page: each column of the file with its field."""
    _import_wizard(window, app)


def import_duplicates(window, app) -> None:
    """The import simulated: the duplicates found, the first one beside its match."""
    wizard = _import_wizard(window, app)
    wizard.run_button.click()
    _wait(app, lambda: wizard.pages.currentIndex() == 2)
    _idle(window, app)


def import_problems(window, app) -> None:
    """The import simulated: every problem of the file with its line and its reason."""
    wizard = _import_wizard(window, app)
    wizard.run_button.click()
    _wait(app, lambda: wizard.pages.currentIndex() == 2)
    _idle(window, app)
    wizard.duplicates_page.tabs.setCurrentIndex(1)


def import_result(window, app) -> None:
    """The import done: a line per row, what became of it and why."""
    wizard = _import_wizard(window, app)
    wizard.run_button.click()
    _wait(app, lambda: wizard.pages.currentIndex() == 2)
    wizard.run_button.click()
    _wait(app, lambda: wizard.pages.currentIndex() == 3)
    _idle(window, app)


def duplicates(window, app) -> None:
    """Duplicate Partners and Contacts after a search: a twin made for it, and branches of
    one company sharing its e-mail address, one group."""
    from desktop.crm import entities as E
    from desktop.crm.enums import BPStatus
    from desktop.crm.partners import save_partner

    with _SESSION() as s:
        first = s.get(E.BusinessPartner, 1)
        save_partner(s, None, {"name": first.name.upper() + " SAS", "city": first.city})
        for city in ("Quimper", "Vannes", "Lorient", "Brest"):
            save_partner(s, None, {"name": f"Transports Kerlann {city}", "city": city,
                                   "email": "contact@kerlann.fr", "status": BPStatus.INACTIVE})
        s.commit()
    form = window.open_session("tccom4195m000")
    task = form.search()
    _wait(app, lambda: not task.running)
    _idle(window, app)
    form.filter.setText("kerlann")
    form.view.selectRow(0)


def grid_error(window, app) -> None:
    """A grid whose rows cannot be read (its table taken away by another session): the reason
    over the grid and in the status bar, with Retry."""
    from sqlalchemy import text

    overview = window.open_session("tccom4500m000")
    _idle(window, app)
    with window.ctx.db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE business_partners RENAME TO business_partners_away"))
    try:
        overview.refresh()
        _idle(window, app)
        for _ in range(20):
            app.processEvents()
    finally:
        with window.ctx.db.engine.begin() as conn:
            conn.execute(text("ALTER TABLE business_partners_away RENAME TO business_partners"))


def contacts_export(window, app) -> None:
    """The grid of contacts exported to CSV: its Open it? question says how many were left out
    for each reason (opted out, no calls: the grid shows phone numbers)."""
    import tempfile

    overview = window.open_session("tccom1140m000")
    _idle(window, app)
    task = overview.export_to(str(Path(tempfile.mkdtemp()) / "contacts.csv"))
    _wait(app, lambda: not task.running and getattr(window, "shot", None) is not None)


def consent_history(window, app) -> None:
    """A contact whose opt-outs were ticked in its window and by an import: the Consent
    history tab with each change's date, channel, source and user."""
    from desktop.crm import entities as E
    from desktop.crm.consent import IMPORT_SOURCE, SOURCE_KEY

    with window.ctx.db.session(user=window.ctx.user) as s:
        contact = s.get(E.Contact, 1)
        s.info[SOURCE_KEY] = IMPORT_SOURCE
        contact.do_not_mail = True
        s.commit()
        s.info.pop(SOURCE_KEY)
        s.info["consent_source"] = "Contact window"
        contact.opted_out = True
        s.commit()
    detail = window.open_session("tccom1640m000", record_id=1)
    from PySide6.QtCore import QCoreApplication

    _idle(window, app)  # the tabs come with the record
    tabs = detail.tab_widget
    title = QCoreApplication.translate("tabs", "Consent history")
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabText(i) == title))
    _idle(window, app)


def global_attributes(window, app) -> None:
    from sqlalchemy import select

    from desktop.crm import entities as E

    form = window.open_session("tdsmi2210m000")
    with window.ctx.db.session(user=window.ctx.user) as s:
        survey = s.scalar(select(E.AttributeSet.id).order_by(E.AttributeSet.id))
        lyon = s.scalar(select(E.Selection.id).where(E.Selection.code == "LYON"))
    form.form.editor("selection_id").set_value(lyon)
    form.form.editor("attribute_set_id").set_value(survey)
    form.form.editor("selection_text").set_value(True)
    _run_to_end(window, app, form)


def global_activities(window, app) -> None:
    """Global Addition of Activities simulated over the Lyon selection, assigned to me."""
    form = window.open_session("tdsmi2210m100")
    form.form.editor("selection_id").set_value(2)
    form.form.editor("template_id").set_value(2)
    form.assign_to_me()
    form.form.editor("selection_text").set_value(True)
    _run_to_end(window, app, form)


def global_deletion(window, app) -> None:
    """The follow-up tasks added to the Lyon partners, then their deletion simulated."""
    adding = window.open_session("tdsmi2210m100")
    adding.form.editor("selection_id").set_value(2)
    adding.form.editor("template_id").set_value(2)
    adding.update.setChecked(True)
    task = adding.run()
    _wait(app, lambda: not task.running)
    form = window.open_session("tdsmi2210m200")
    form.form.editor("template_id").set_value(2)
    _run_to_end(window, app, form)


def mail_merge(window, app) -> None:
    """Mail merge of the promotion letter to active contacts, simulated."""
    from desktop.crm.enums import BusinessObjectKind

    form = window.open_session("tdsmi2410m000")
    form.form.editor("object_kind").set_value(BusinessObjectKind.CONTACT)
    form.form.editor("object_kind").changed.emit()
    form.form.editor("active_contacts_only").set_value(True)
    form.form.editor("letter_id").set_value(1)
    form.form.editor("output").set_value("pdf")
    form.form.editor("path").set_value("/tmp/promotion.pdf")
    form.form.editor("log_activity").set_value(True)
    form.form.editor("log_activity").changed.emit()
    form.form.editor("template_id").set_value(3)
    _run_to_end(window, app, form)


def report_preview(window, app) -> None:
    """The demo pipeline report (one page per sales rep) in its preview, over the window."""
    form = window.open_session("tdsmi2410m100", report_id=1)
    _idle(window, app)
    _run_to_end(window, app, form)
    preview = form.preview
    preview.setGeometry(window.geometry())
    preview.show_page(2)
    window.lookup_dialog = preview  # closed before the next scene


def report_printing(window, app) -> None:
    """Flexible Printing of the pipeline report to an Excel workbook, done."""
    form = window.open_session("tdsmi2410m100", report_id=1)
    _idle(window, app)
    form.form.editor("output").set_value("xlsx")
    form.form.editor("output").changed.emit()
    form.form.editor("path").set_value("/tmp/pipeline.xlsx")
    _run_to_end(window, app, form)


def _customer360(window, app, code: str) -> None:
    """The 360 on the partner ``code``, every panel filled."""
    form = window.open_session("tdsmi1500m000")
    _idle(window, app)
    form.accounts.only_mine.setChecked(False)
    form.accounts.search.setText(code)
    form.accounts.apply_filters()
    _idle(window, app)
    _wait(app, lambda: form.accounts.model.rowCount() == 1)
    form.accounts.view.selectRow(0)
    _wait(app, lambda: form.filled)


def customer360_busy(window, app) -> None:
    """The 360 on the sold-to partner with the most activities."""
    from sqlalchemy import func, select

    from desktop.crm import entities as E

    with window.ctx.db.session() as s:
        A, BP = E.Activity, E.BusinessPartner
        code = s.scalar(select(BP.code).join(A, A.business_partner_id == BP.id)
                        .group_by(BP.code).order_by(func.count(A.id).desc()).limit(1))
    _customer360(window, app, code)


def customer360_new(window, app) -> None:
    """The 360 on a new sold-to partner with nothing yet (added to the database)."""
    from desktop.crm import entities as E
    from desktop.crm.enums import BPRole

    with window.ctx.db.session("screens") as s:
        if s.query(E.BusinessPartner).filter_by(code="NEW001").first() is None:
            bp = E.BusinessPartner(code="NEW001", name="Nouvelle Fonderie SARL", city="Metz")
            bp.roles.append(E.BusinessPartnerRole(role=BPRole.SOLD_TO))
            s.add(bp)
            s.commit()
    _customer360(window, app, "NEW001")


def lookup(window, app) -> None:
    """A new call for a partner: the contact lookup with that partner's contacts first."""
    from sqlalchemy import func, select

    from desktop.crm import entities as E
    from desktop.widgets.lookup import LookupDialog

    with window.ctx.db.session() as s:
        C = E.Contact
        partner = s.scalar(select(C.business_partner_id).group_by(C.business_partner_id)
                           .having(func.count() >= 3).order_by(C.business_partner_id.desc()))
    call = window.open_session("tccom6600m200")
    field = call.form.editor("business_partner_id")
    field.set_value(partner)
    field.changed.emit()
    dialog = LookupDialog(window.ctx.db.engine, call.form.editor("contact_id").spec, "", call)
    dialog.move(window.geometry().center() - dialog.rect().center())
    dialog.show()
    window.lookup_dialog = dialog  # kept until the next scene


def letter_preview(window, app) -> None:
    """The demo letter merged on the first contact that has a before-surname prefix or, else,
    the first contact."""
    from sqlalchemy import select

    from desktop.crm import entities as E

    with window.ctx.db.session() as s:
        C = E.Contact
        contact = s.scalar(select(C.id).where(C.before_surname_prefix != "").order_by(C.id)) \
            or s.scalar(select(C.id).order_by(C.id))
    detail = window.open_session("tdsmi1150s000", record_id=1)
    _idle(window, app)
    detail.tab_widget.setCurrentWidget(detail.preview)
    detail.preview.record.set_value(contact)
    detail.preview.refresh()
    _idle(window, app)


def letter_fields(window, app) -> None:
    """The merge-field catalogue over the demo letter, searched for "name"."""
    from desktop.widgets.letter_editor.dialogs import FieldPicker

    detail = window.open_session("tdsmi1150s000", record_id=1)
    _idle(window, app)
    editor = detail.editor
    picker = FieldPicker(editor.entries, editor.translate, detail)
    picker.search.setText("name")
    picker.move(window.geometry().center() - picker.rect().center())
    picker.show()
    window.lookup_dialog = picker  # closed before the next scene


def team_laptops(window, app) -> None:
    """The Laptops window of a CRM manager: three laptops, one revoked and wiped (the demo
    names no CRM manager, so its user sees them)."""
    import datetime as dt

    from desktop.crm import entities as E
    from desktop.team.versions import current

    seen = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
    with _SESSION() as s:
        for number, (user, name, days, wiped) in enumerate(
                [("smarchand", "Portable de Sophie", 0, False),
                 ("pdurand", "Portable de Paul", 3, False),
                 ("clefevre", "Portable de Claire (volé)", 12, True)], start=1):
            s.add(E.Device(device_no=number, user_name=user, name=name, revision=current(),
                           registered_at=seen - dt.timedelta(days=90),
                           last_seen_at=seen - dt.timedelta(days=days), revoked=wiped,
                           wipe=wiped))
        s.commit()
    window.open_session("tdsmi9800m000")
    _idle(window, app)


def team_entra(window, app) -> None:
    """Tools > Team server with Microsoft Entra ID chosen and its fields filled."""
    from desktop import settings as S

    server = window.open_session("ttaad9600m000")
    server.sign_in.setCurrentIndex(server.sign_in.findData("entra"))
    for setting, value in ((S.TEAM_ENTRA_TENANT, "contoso.onmicrosoft.com"),
                           (S.TEAM_ENTRA_CLIENT_ID, "5b1f3e2a-7c44-4d1e-9a0b-2f6c8d9e1a37"),
                           (S.TEAM_ENTRA_SCOPE, "api://crm-team-server/sync")):
        server.entra[setting].setText(value)
    server.url.setText("https://crm.contoso.fr:8443")
    _idle(window, app)


def _show_tab(detail, title: str) -> None:
    """``tccom4100s000:1#Attributes``: the detail with that tab in front (English title)."""
    from PySide6.QtCore import QCoreApplication

    tabs = detail.tab_widget
    wanted = {title, QCoreApplication.translate("tabs", title)}
    for index in range(tabs.count()):
        if tabs.tabText(index) in wanted:
            tabs.setCurrentIndex(index)


SCRIPTS = {"selection-error": selection_error, "selection-preview": selection_preview,
           "sync-failing": sync_failing, "global-attributes": global_attributes,
           "changed-elsewhere": changed_elsewhere, "lookup": lookup,
           "letter-preview": letter_preview, "letter-fields": letter_fields,
           "global-activities": global_activities, "mail-merge": mail_merge,
           "global-deletion": global_deletion, "report-preview": report_preview,
           "report-printing": report_printing, "customer360-busy": customer360_busy,
           "customer360-new": customer360_new, "ews-online": ews_online,
           "graph-settings": graph_settings, "graph-sign-in": graph_sign_in,
           "graph-admin-help": graph_admin_help,
           "merge": merge, "import-columns": import_columns,
           "import-duplicates": import_duplicates, "duplicates": duplicates,
           "import-problems": import_problems, "import-result": import_result,
            "grid-error": grid_error, "team-laptops": team_laptops, "team-entra": team_entra,
            "contacts-export": contacts_export, "keyboard-morning": keyboard_morning,
            "consent-history": consent_history,
            **CAMPAIGN_SCENES, **ACCESS_SCENES}


def _questions_shown_not_asked() -> None:
    """A question (an export's "Open it?") is shown without waiting and becomes the shot; it
    answers No: a modal box would stop the scenes."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    def question(parent, title, text, *args, **kwargs):
        buttons = args[0] if args else kwargs.get("buttons", QMessageBox.Yes | QMessageBox.No)
        box = QMessageBox(QMessageBox.Question, title, text, buttons, parent)
        box.show()
        window = parent.window() if parent is not None else QApplication.activeWindow()
        if window is not None:
            window.shot = box
        return QMessageBox.No

    QMessageBox.question = staticmethod(question)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("scenes", nargs="+")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", default="1366x800")
    parser.add_argument("--database")
    args = parser.parse_args()
    from desktop.app import create_application, open_app_database, resolve_employee
    from desktop.i18n import Translations
    from desktop.settings import Settings
    from desktop.views.shell.context import AppContext
    from desktop.views.shell.main_window import MainWindow

    app = create_application()
    _questions_shown_not_asked()
    translations = Translations()
    translations.install(args.lang)
    db, _ = open_app_database(args.database)
    settings = Settings()
    employee_id, name = resolve_employee(db, settings, "smarchand")
    ctx = AppContext(db=db, user="smarchand", settings=settings, employee_id=employee_id or 1,
                     employee_name=name or "Sophie Marchand")
    global _SESSION
    _SESSION = lambda: db.session(user=ctx.user)  # noqa: E731 - one line, used by scenes
    window = MainWindow(ctx)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    window.shots_to = (out, args.lang)  # for a scene of several steps (keyboard_walk)
    for scene in args.scenes:
        for sub in window.mdi.subWindowList():
            sub.session.dirty = False  # a prepared state is not a change to keep
        window.mdi.closeAllSubWindows()
        if getattr(window, "lookup_dialog", None) is not None:
            window.lookup_dialog.close()
            window.lookup_dialog = None
        if scene == "main":
            for code in ("tccom4500m000", "tccom1140m000", "tcibd0501m000"):
                window.open_session(code)
            window.open_session("tccom4500m000")
        elif scene in SCRIPTS:
            SCRIPTS[scene](window, app)
        else:
            for part in scene.split("+"):
                part, _, tab = part.partition("#")
                code, _, record = part.partition(":")
                opened = window.open_session(code, **({"record_id": int(record)} if record
                                                      else {}))
                if tab:
                    _show_tab(opened, tab)
        _idle(window, app)
        for _ in range(20):
            app.processEvents()
        name = scene.replace(":", "_").replace("+", "__").replace("#", "-")
        shot = getattr(window, "shot", None)  # a dialog the scene opened, on its own
        window.shot = None
        pixmap = shot.grab() if shot is not None else \
            window.screen().grabWindow(window.winId()) if app.platformName() == "xcb" \
            else window.grab()
        pixmap.save(str(out / f"{name}_{args.lang}.png"))
        if shot is not None:
            shot.close()  # a box shown by the scene is not part of the next one
        print(out / f"{name}_{args.lang}.png")
    QTimer.singleShot(0, app.quit)
    for sub in window.mdi.subWindowList():
        sub.session.release()
    window.sync.stop()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
