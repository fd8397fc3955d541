"""Activities (tccom6100m000) and the detail of each type: Appointment (tccom6600m100), Call
(tccom6600m200), Task (tccom6600m300), Mailing (tccom6600m400), Email (tccom6600m500)."""

from __future__ import annotations

import qtawesome as qta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QLabel, QMenu, QMessageBox, \
    QToolButton
from sqlalchemy import or_, outerjoin
from sqlalchemy.orm import aliased

from desktop.crm import activities as A
from desktop.crm import entities as E
from desktop.crm.enums import (
    ACTIVITY_STATUSES, ActivityStatus, ActivityType as T, AttributeObjectKind,
    BusinessObjectKind, EmailDirection, ShowTimeAs, TaskPriority, TimeUnit,
)
from desktop.crm.database import data_dir
from desktop.crm.email_import import import_eml
from desktop.crm.errors import CrmError
from desktop.crm.parameters import com_parameters
from desktop.crm.unit_of_work import commit
from desktop.models.columns import Column, translate_enum
from desktop.views.activity_tabs import (
    ActivityReferencesTab, AttachmentsTab, AttendeesTab, RecipientsTab,
)
from desktop.views.attribute_values import attributes_tab
from desktop.views.base import tr_crm
from desktop.views.detail import DetailSession
from desktop.views.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.notes import notes_tab
from desktop.views.overview import OverviewSession
from desktop.views.registry import session
from desktop.widgets.fields import DateField, EnumField
from desktop.widgets.lookup import LookupField, LookupSpec
from desktop.widgets.tasks import BackgroundTask

ACT, BP, CON = E.Activity, E.BusinessPartner, E.Contact
ORGANIZER, ASSIGNEE = aliased(E.Employee), aliased(E.Employee)
ICONS = {T.APPOINTMENT: "fa5s.calendar-alt", T.CALL: "fa5s.phone", T.TASK: "fa5s.tasks",
         T.MAILING: "fa5s.envelope-open-text", T.EMAIL: "fa5s.envelope"}
DETAIL = {T.APPOINTMENT: "tccom6600m100", T.CALL: "tccom6600m200", T.TASK: "tccom6600m300",
          T.MAILING: "tccom6600m400", T.EMAIL: "tccom6600m500"}
_icons: dict = {}


def type_icon(kind: T):
    if kind not in _icons:
        _icons[kind] = qta.icon(ICONS[kind], color="#2c6fbb")
    return _icons[kind]


@session("tccom6100m000", "Activities", "fa5s.calendar-check", "activities")
class ActivityOverview(OverviewSession):
    entity = ACT
    detail_code = "activity"

    def from_obj(self):
        return outerjoin(ACT.__table__, BP.__table__, ACT.business_partner_id == BP.id) \
            .outerjoin(CON.__table__, ACT.contact_id == CON.id) \
            .outerjoin(ORGANIZER, ACT.organizer_id == ORGANIZER.id) \
            .outerjoin(ASSIGNEE, ACT.assigned_to_id == ASSIGNEE.id)

    def default_order(self):
        return [ACT.sort_date]

    def columns(self):
        return [
            Column("type", t("Type"), ACT.type, width=120, icon=type_icon),
            Column("subject", t("Subject"), ACT.subject, searchable=True, width=220),
            Column("status", t("Status"), ACT.status, width=100),
            Column("sort_date", t("Date"), ACT.sort_date, kind="datetime", width=130),
            Column("code", t("Activity"), ACT.code, searchable=True, width=100),
            Column("bp", t("Business partner"), BP.name, searchable=True, width=200),
            Column("contact", t("Contact"), CON.last_name, searchable=True, width=130),
            Column("organizer", t("Organizer"), ORGANIZER.name, width=140),
            Column("assigned", t("Assigned to"), ASSIGNEE.name, width=140),
            Column("end", t("End"), ACT.end_at, kind="datetime", width=130),
            Column("all_day", t("All day"), ACT.all_day, kind="bool", width=60)]

    # -- filters ---------------------------------------------------------------------------
    def filter_widgets(self):
        self.open_only = QCheckBox(t("Open only"))
        self.open_only.setChecked(True)
        self.employee = LookupField(self.ctx.db.engine, LookupSpec(E.Employee, "name"))
        self.employee.setToolTip(t("Employee"))
        self.kind = EnumField(T, optional=True, empty_text=t("All types"))
        self.partner = LookupField(self.ctx.db.engine, LookupSpec(BP, "name"))
        self.partner.setToolTip(t("Business partner"))
        self.date_from, self.date_to = DateField(), DateField()
        self.open_only.toggled.connect(self.apply_filters)
        for widget in (self.employee, self.kind, self.partner, self.date_from, self.date_to):
            widget.changed.connect(self.apply_filters)
        return [self.open_only, QLabel(t("Employee")), self.employee, self.kind,
                QLabel(t("Business partner")), self.partner, QLabel(t("Date")),
                self.date_from, QLabel("–"), self.date_to]

    def filter_clauses(self):
        if not hasattr(self, "open_only"):
            return []
        clauses = []
        if self.open_only.isChecked():
            clauses.append(A.open_clause())
        if self.employee.value() is not None:
            clauses.append(or_(ACT.organizer_id == self.employee.value(),
                               ACT.assigned_to_id == self.employee.value()))
        if self.kind.value() is not None:
            clauses.append(ACT.type == self.kind.value())
        if self.partner.value() is not None:
            clauses.append(ACT.business_partner_id == self.partner.value())
        if self.date_from.value():
            clauses.append(ACT.sort_date >= _local_midnight(self.date_from.value()))
        if self.date_to.value():
            clauses.append(ACT.sort_date < _local_midnight(self.date_to.value(), 1))
        return clauses + self.context_clauses()

    def context_clauses(self):
        p = self.params
        if p.get("chain_of"):
            with self.ctx.session() as s:
                ids = [a.id for a in A.follow_up_chain(s, p["chain_of"])]
            return [ACT.id.in_(ids)]
        links = {"bp_id": ACT.business_partner_id, "contact_id": ACT.contact_id,
                 "opportunity_id": ACT.opportunity_id}
        return [column == p[key] for key, column in links.items() if p.get(key)]

    def new_defaults(self) -> dict:
        p = self.params
        defaults = {"business_partner_id": p.get("bp_id"), "contact_id": p.get("contact_id"),
                    "opportunity_id": p.get("opportunity_id")}
        return {k: v for k, v in defaults.items() if v}

    # -- construction ----------------------------------------------------------------------
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.new_action.setVisible(False)
        self.new_menu = self._type_menu(t("New"), "fa5s.plus", self.new_of_type,
                                        (T.APPOINTMENT, T.CALL, T.TASK, T.EMAIL))
        self.follow_menu = self._type_menu(t("Follow up"), "fa5s.reply", self.follow_up,
                                           A.FOLLOW_UP_TYPES)
        if params.get("chain_of"):
            self.open_only.setChecked(False)
        self.view.setAcceptDrops(True)
        self.view.setDragDropMode(QAbstractItemView.DropOnly)
        self.view.viewport().installEventFilter(self)

    # -- e-mails dropped from the mail program ---------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.DragEnter, QEvent.DragMove) and self._eml_files(event.mimeData()):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Drop and self._eml_files(event.mimeData()):
            event.acceptProposedAction()
            self.import_emails(self._eml_files(event.mimeData()))
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _eml_files(mime) -> list[Path]:
        return [Path(url.toLocalFile()) for url in mime.urls()
                if url.isLocalFile() and url.toLocalFile().lower().endswith(".eml")]

    def import_emails(self, paths: list[Path]) -> int:
        """Each .eml becomes an inbound e-mail with its attachments (all or none per file)."""
        imported = 0
        for path in paths:
            with self.ctx.session() as s:
                try:
                    import_eml(s, path.read_bytes(), self.ctx.employee_id,
                               A.attachments_folder(s, data_dir() / "attachments"))
                    commit(s)
                    imported += 1
                except CrmError as error:
                    s.rollback()
                    self.show_error(error)
        self.refresh()
        return imported
    def _type_menu(self, text: str, icon: str, slot, kinds) -> QMenu:
        button = QToolButton(self)
        button.setText(text)
        button.setIcon(qta.icon(icon))
        button.setToolButtonStyle(self.toolbar.toolButtonStyle())
        button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(button)
        for kind in kinds:
            action = menu.addAction(type_icon(kind), translate_enum(kind))
            action.setData(kind)
            action.triggered.connect(lambda _c=False, k=kind: slot(k))
        button.setMenu(menu)
        self.toolbar.insertWidget(self.open_action, button)
        return menu

    def new_of_type(self, kind: T):
        return self.ctx.open_session(DETAIL[kind], record_id=None, **self.new_defaults())

    def open_current(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            kind = self.model.row_values(row)["type"]
            self.ctx.open_session(DETAIL[kind], record_id=self.current_id())

    def follow_up(self, kind: T):
        original = self.current_id()
        if original is None:
            return None
        return open_follow_up(self, self.ctx, original, kind)

    def entities_shown(self):
        return {ACT}


def _local_midnight(day, plus_days: int = 0):
    """The start of a day in the user's time zone, as a UTC moment."""
    import datetime as dt

    local = dt.datetime.combine(day + dt.timedelta(days=plus_days), dt.time()).astimezone()
    return local.astimezone(dt.timezone.utc)


def open_follow_up(widget, ctx, original_id: int, kind: T):
    """Create the follow-up (BR-FU-*) and open it."""
    with ctx.session() as s:
        try:
            act = A.follow_up(s, s.get(ACT, original_id), kind, ctx.employee_id)
            commit(s)
        except CrmError as error:
            s.rollback()
            widget.show_error(error)
            return None
        new_id = act.id
    ctx.data_changed({ACT})
    return ctx.open_session(DETAIL[kind], record_id=new_id)


class ActivityDetail(DetailSession):
    entity = ACT
    kind: T = None

    def groups(self):
        kind = self.kind
        employee = LookupSpec(E.Employee, "name")
        links = Group("Links", [
            F("business_partner_id", "Business partner", "lookup",
              lookup=LookupSpec(BP, "name")),
            F("contact_id", "Contact", "lookup", lookup=LookupSpec(CON, "last_name")),
            F("opportunity_id", "Opportunity", "lookup", lookup=LookupSpec(E.Opportunity)),
            F("phase_id", "Phase", "lookup", lookup=LookupSpec(E.Phase)),
            F("linked_activity_id", "Activity", "lookup", readonly=True,
              lookup=LookupSpec(ACT, "subject"))], column=1)
        general = [F("code", "Activity", readonly=True), F("subject", "Subject", required=True),
                   F("status", "Status", "enum", enum_class=ActivityStatus,
                     options={"members": ACTIVITY_STATUSES[kind]})]
        when: list = []
        if kind in (T.APPOINTMENT, T.CALL):
            general.append(F("organizer_id", "Organizer", "lookup", lookup=employee))
            when = [F("start_at", "Start", "datetime", required=True)]
            if kind is T.APPOINTMENT:
                when += [F("end_at", "End", "datetime"), F("all_day", "All day", "bool"),
                         F("location", "Location")]
            else:
                when += [F("duration_hours", "Duration (hours)", "int"),
                         F("duration_minutes", "Duration (minutes)", "int",
                           options={"maximum": 59})]
            when += [F("show_time_as", "Show time as", "enum", enum_class=ShowTimeAs),
                     F("reminder", "Reminder", "bool"),
                     F("reminder_value", "Reminder before", "int"),
                     F("reminder_unit", "Unit", "enum", enum_class=TimeUnit,
                       options={"optional": True})]
            if self.ctx_sync_enabled():
                when.append(F("synchronize", "Synchronize", "bool"))
        elif kind is T.TASK:
            general += [F("priority", "Priority", "enum", enum_class=TaskPriority),
                        F("assigned_to_id", "Assigned to", "lookup", lookup=employee)]
            when = [F("start_at", "Start", "datetime"), F("due_at", "Due", "datetime",
                                                           required=True),
                    F("reminder", "Reminder", "bool"), F("reminder_at", "Remind at", "datetime"),
                    F("completed_at", "Completed", "datetime", readonly=True)]
            if self.ctx_sync_enabled():
                when.append(F("synchronize", "Synchronize", "bool"))
        elif kind is T.MAILING:
            general += [F("letter_id", "Letter", "lookup", lookup=LookupSpec(E.Letter)),
                        F("template_id", "Activity template", "lookup",
                          lookup=LookupSpec(E.ActivityTemplate))]
            when = [F("completed_at", "Completed", "datetime", readonly=True)]
        else:
            general.append(F("direction", "Direction", "enum", enum_class=EmailDirection))
            when = [F("sent_at", "Sent / received", "datetime")]
        groups = [Group("General", general), links, Group("When", when)]
        groups.append(Group("Text", [F("information", "Text", "multiline")], column=1))
        return groups

    def ctx_sync_enabled(self) -> bool:
        """BR-AP-09: the Synchronize box exists only when COM parameters enable it."""
        with self.ctx.session() as s:
            return com_parameters(s).synchronize_activities

    def tabs(self):
        kind = self.kind
        tabs = []
        if kind in (T.APPOINTMENT, T.CALL, T.TASK):
            read_only = kind is T.TASK  # a task keeps the participants copied to it
            tabs.append(("Attendees", lambda d, rid: AttendeesTab(
                d.ctx, d, activity_id=rid, read_only=read_only)))
        if kind is T.EMAIL:
            tabs += [("Recipients", lambda d, rid: RecipientsTab(d.ctx, d, activity_id=rid)),
                     ("Attachments", lambda d, rid: AttachmentsTab(d.ctx, d, activity_id=rid))]
        tabs += [("Notes", notes_tab(BusinessObjectKind.ACTIVITY)),
                 ("References", lambda d, rid: ActivityReferencesTab(d.ctx, d,
                                                                     activity_id=rid)),
                 ("Attributes", attributes_tab(AttributeObjectKind.A)),
                 ("Follow-ups", lambda d, rid: ActivityOverview(d.ctx, d, chain_of=rid))]
        return tabs

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.follow_button = QToolButton(self)
        self.follow_button.setText(t("Follow up"))
        self.follow_button.setIcon(qta.icon("fa5s.reply"))
        self.follow_button.setPopupMode(QToolButton.InstantPopup)
        self.follow_button.setToolButtonStyle(self.toolbar.toolButtonStyle())
        menu = QMenu(self.follow_button)
        for kind in A.FOLLOW_UP_TYPES:
            action = menu.addAction(type_icon(kind), translate_enum(kind))
            action.triggered.connect(lambda _c=False, k=kind: self.follow_up(k))
        self.follow_button.setMenu(menu)
        self.follow_menu = menu
        self.toolbar.addWidget(self.follow_button)
        if self.kind is T.EMAIL:
            self.send_action = self.toolbar.addAction(qta.icon("fa5s.paper-plane"), t("Send"))
            self.send_action.setToolTip(QCoreApplication.translate(
                "Activities", "Send through Microsoft Exchange; a copy stays in Sent Items"))
            self.send_action.triggered.connect(self.send)
            self.send_task = None
        self.follow_button.setEnabled(self.record_id is not None)

    def window_title(self) -> str:
        label = translate_enum(self.kind)
        key = self.obj.code if self.obj is not None and self.record_id else self.tr("(new)")
        return f"{label} {key}" + (" *" if self.dirty else "")

    def save_values(self, session, obj, values):
        if obj is None:
            return A.new_activity(session, self.kind, values, self.ctx.employee_id)
        return A.save_activity(session, obj, values)

    def save(self) -> bool:
        saved = super().save()
        self.follow_button.setEnabled(self.record_id is not None)
        return saved

    def send(self):
        """Send the draft from the sender's mailbox on a worker thread; it becomes Sent only
        once Exchange took it, and stays a Draft (with the reason shown) otherwise."""
        from desktop.crm.email_sending import mark_sent, outgoing
        from desktop.crm.types import utcnow
        from desktop.sync.worker import database_gateway

        if self.record_id is None or (self.dirty and not self.save()):
            return None
        ctx, activity_id = self.ctx, self.record_id
        try:
            with ctx.session() as s:
                email = outgoing(s, s.get(E.Activity, activity_id))
        except CrmError as error:
            self.show_error(error, self.tr("Cannot send"))
            return None

        def work(_progress):
            (ctx.make_gateway or database_gateway(ctx.db))().send_email(email)
            with ctx.session() as s:
                mark_sent(s.get(E.Activity, activity_id), utcnow())
                s.commit()

        self.send_action.setEnabled(False)
        self.send_task = BackgroundTask(work, self)
        self.send_task.done.connect(self._sent)
        self.send_task.failed.connect(self._not_sent)
        self.send_task.start()
        return self.send_task

    def _sent(self, _result) -> None:
        self.send_action.setEnabled(True)
        self.session.expire_all()
        self.load()
        self.ctx.data_changed({E.Activity})

    def _not_sent(self, error) -> None:
        self.send_action.setEnabled(True)
        text = error.message(tr_crm) if hasattr(error, "message") else str(error)
        QMessageBox.warning(self, self.tr("Not sent"), self.tr(
            "The e-mail was not sent and stays a draft: %1").replace("%1", text))

    def follow_up(self, kind: T):
        if self.dirty and not self.save():
            return None
        return open_follow_up(self, self.ctx, self.record_id, kind)


for _title in (QT_TRANSLATE_NOOP("session", "Appointment"), QT_TRANSLATE_NOOP("session", "Call"),
               QT_TRANSLATE_NOOP("session", "Task"), QT_TRANSLATE_NOOP("session", "Mailing"),
               QT_TRANSLATE_NOOP("session", "Email")):
    pass  # the detail sessions' titles, for the translators
TITLES = {T.APPOINTMENT: "Appointment", T.CALL: "Call", T.TASK: "Task", T.MAILING: "Mailing",
          T.EMAIL: "Email"}
for _kind, _code in DETAIL.items():
    _cls = type(f"{TITLES[_kind]}Detail", (ActivityDetail,), {"kind": _kind})
    session(_code, TITLES[_kind], ICONS[_kind], "activities", in_menu=False,
            is_detail=True)(_cls)


def activities_tab(param: str):
    return lambda detail, record_id: ActivityOverview(detail.ctx, detail, **{param: record_id})
