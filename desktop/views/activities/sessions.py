"""Activities (tccom6100m000) and the detail of each type: Appointment (tccom6600m100), Call
(tccom6600m200), Task (tccom6600m300), Mailing (tccom6600m400), Email (tccom6600m500)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QLabel, QMenu, QMessageBox, QToolButton
from sqlalchemy import outerjoin
from sqlalchemy.orm import aliased

from desktop.crm import activities as A, clock, entities as E, lookup_scopes as scopes
from desktop.crm.db.database import data_dir
from desktop.crm.enums import (
    ACTIVITY_STATUSES,
    ActivityStatus,
    ActivityType as T,
    EmailDirection,
    ShowTimeAs,
    TaskPriority,
    TimeUnit,
)
from desktop.crm.follow_ups import Planning
from desktop.crm.io.virtual_files import DroppedMessages, offers_mail, read_drop
from desktop.crm.moments import new_activity_moments
from desktop.i18n import error_text
from desktop.models.columns import Column, translate_enum
from desktop.settings import APPOINTMENT_MINUTES, CALL_MINUTES, WORKDAY_END, WORKDAY_START
from desktop.sync.api import database_gateway
from desktop.views.activities import ops, windows_drop
from desktop.views.activities.calendar_export import add_calendar_export
from desktop.views.activities.drops import dropped_emails, has_emails
from desktop.views.activities.tabs import (
    ActivityReferencesTab,
    AttachmentsTab,
    AttendeesTab,
    RecipientsTab,
)
from desktop.views.activities.type_icons import ICONS, type_icon
from desktop.views.ops import Query
from desktop.views.ops.background import BackgroundTask
from desktop.views.shapes.detail import DetailSession
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.overview import OverviewSession
from desktop.views.shell.registry import session
from desktop.widgets import keyboard
from desktop.widgets.fields import DateField, EnumField
from desktop.widgets.lookup import LookupField, LookupSpec

ACT, BP, CON = E.Activity, E.BusinessPartner, E.Contact
ORGANIZER, ASSIGNEE = aliased(E.Employee), aliased(E.Employee)
DETAIL = {T.APPOINTMENT: "tccom6600m100", T.CALL: "tccom6600m200", T.TASK: "tccom6600m300",
          T.MAILING: "tccom6600m400", T.EMAIL: "tccom6600m500"}


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
        self.open_only = QCheckBox()
        self.translated(self.open_only.setText, "fields", "Open only")
        self.open_only.setChecked(True)
        self.employee = LookupField(LookupSpec(E.Employee, "name"), self.ctx.db.engine,
                                    self.ctx.pool)
        self.translated(self.employee.setToolTip, "fields", "Employee")
        if self._top_level and not self.context_clauses():
            self.employee.set_value(self.ctx.employee_id)  # opens on my open activities
        self.kind = EnumField(T, optional=True, empty_text=t("All types"))
        self.partner = LookupField(LookupSpec(BP, "name"), self.ctx.db.engine, self.ctx.pool)
        self.translated(self.partner.setToolTip, "fields", "Business partner")
        self.date_from, self.date_to = DateField(), DateField()
        # said as what they filter: the dates have one label for the two
        for field, text in ((self.kind, QT_TRANSLATE_NOOP("fields", "Type")),
                            (self.date_from, QT_TRANSLATE_NOOP("fields", "Date from")),
                            (self.date_to, QT_TRANSLATE_NOOP("fields", "Date to"))):
            self.translated(partial(keyboard.name, field), "fields", text)
        self.open_only.toggled.connect(self.apply_filters)
        for widget in (self.employee, self.kind, self.partner):
            widget.changed.connect(self.apply_filters)
        for date in (self.date_from, self.date_to):  # once typed, not at each key
            date.committed.connect(self.apply_filters)
        labels = [QLabel(), QLabel(), QLabel(), QLabel()]
        for label, text in zip(labels, ("Employee", "Type", "Business partner", "Date"),
                               strict=True):
            self.translated(label.setText, "fields", text)
        for label, field in zip(labels, (self.employee, self.kind, self.partner,
                                         self.date_from), strict=True):
            label.setBuddy(field)  # the label names the field for a screen reader
        return [self.open_only, labels[0], self.employee, labels[1], self.kind,
                labels[2], self.partner, labels[3],
                self.date_from, QLabel("–"), self.date_to]

    def filter_clauses(self):
        if not hasattr(self, "open_only"):
            return []
        return A.overview_filter(
            open_only=self.open_only.isChecked(), employee_id=self.employee.value(),
            kind=self.kind.value(), partner_id=self.partner.value(),
            date_from=self.date_from.value(), date_to=self.date_to.value()) \
            + self.context_clauses()

    def context_clauses(self):
        p = self.params
        if p.get("chain_of"):
            return [ACT.id.in_(getattr(self, "chain_ids", [p["chain_of"]]))]
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
        self.new_menu = self._type_menu(QT_TRANSLATE_NOOP("fields", "New"), "fa5s.plus",
                                        self.new_of_type,
                                        (T.APPOINTMENT, T.CALL, T.TASK, T.EMAIL))
        self.new_key = QAction(self)
        self.new_key.setShortcut(QKeySequence.New)
        self.new_key.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.new_key.triggered.connect(self._new_by_key)
        self.addAction(self.new_key)
        self.follow_menu = self._type_menu(QT_TRANSLATE_NOOP("fields", "Follow up"),
                                           "fa5s.reply", self.follow_up, A.FOLLOW_UP_TYPES)
        if params.get("chain_of"):
            self.open_only.setChecked(False)
            self._read_chain()
        self.view.setAcceptDrops(True)
        self.view.setDragDropMode(QAbstractItemView.DropOnly)
        self.view.viewport().installEventFilter(self)
        # Windows: the grid's own OLE drop target reads every medium Outlook offers
        self.revoke_drop = windows_drop.install(self.view.viewport(), offers_mail,
                                                self._native_drop)
        self.calendar_action = add_calendar_export(self)

    # -- e-mails dropped from the mail program ---------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.DragEnter, QEvent.DragMove) and has_emails(event.mimeData()):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Drop and has_emails(event.mimeData()):
            event.acceptProposedAction()
            self.import_drop(dropped_emails(event.mimeData()))
            return True
        return super().eventFilter(watched, event)

    def _native_drop(self, source) -> None:
        """A drop the Windows drop target received: read now (the data object lives only
        during the drop), imported through the operations."""
        self.import_drop(read_drop(source))

    def import_drop(self, drop: DroppedMessages) -> None:
        """Import what could be read; say in one sentence what could not, and how to get it
        in (the new Outlook names the messages it drags but hands over no contents)."""
        self.import_emails(drop.messages)
        if drop.unreadable:
            QMessageBox.information(self, self.tr("Drop e-mails"), self.tr(
                "Outlook did not hand over the contents of %1: save the message as a file "
                "from Outlook (Save as) and drop that file here instead.").replace(
                "%1", ", ".join(f"“{name}”" for name in drop.unreadable)))

    def release(self) -> None:
        if self.revoke_drop is not None:
            self.revoke_drop()
            self.revoke_drop = None
        super().release()

    def _read_chain(self) -> None:
        """The follow-up chain this tab shows (read in the background, again after changes)."""
        self.query(ops.follow_up_chain, self.params["chain_of"]).success(self._chain_read).run()

    def _chain_read(self, ids: list[int]) -> None:
        if ids != getattr(self, "chain_ids", None):
            self.chain_ids = ids
            self.apply_filters()

    def on_changes(self, changes) -> None:
        super().on_changes(changes)
        if self.params.get("chain_of") and changes.created:
            self._read_chain()  # a new follow-up joins the chain

    def import_emails(self, files: list[tuple[str, bytes]]) -> None:
        """Each .eml or Outlook .msg becomes an inbound e-mail with its attachments (all or
        none per file)."""
        employee, folder = self.ctx.employee_id, data_dir() / "attachments"
        for name, data in files:
            self.op(ops.import_email, name, data, employee, folder, kinds=(ACT,)).run()
    def _type_menu(self, text: str, icon: str, slot, kinds) -> QMenu:
        button = QToolButton(self)
        self.translated(button.setText, "fields", text)
        button.setIcon(qta.icon(icon))
        button.setToolButtonStyle(self.toolbar.toolButtonStyle())
        button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(button)
        for kind in kinds:
            action = menu.addAction(type_icon(kind), "")
            self.translated(action.setText, "enum", kind.value)
            action.setData(kind)
            action.triggered.connect(lambda _c=False, k=kind: slot(k))
        button.setMenu(menu)
        self.toolbar.insertWidget(self.open_action, button)
        self._buttons = getattr(self, "_buttons", {})
        self._buttons[text] = button
        return menu

    def _new_by_key(self) -> None:
        """Ctrl+N opens the New menu of kinds under its button (the New action is hidden:
        an activity is always of a kind)."""
        button = self._buttons["New"]
        self.new_menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
        self.new_menu.setActiveAction(self.new_menu.actions()[0])

    def new_of_type(self, kind: T):
        return self.ctx.open_session(DETAIL[kind], record_id=None, **self.new_defaults())

    def open_current(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            kind = self.model.row_values(row)["type"]
            self.ctx.open_session(DETAIL[kind], record_id=self.current_id())

    def follow_up(self, kind: T) -> None:
        original = self.current_id()
        if original is not None:
            open_follow_up(self, self.ctx, original, kind)

    def entities_shown(self):
        return {ACT}


def planning(settings) -> Planning:
    """The user's habits from Tools > Settings: lengths, working day."""
    return Planning(settings.get(APPOINTMENT_MINUTES), settings.get(CALL_MINUTES),
                    dt.time.fromisoformat(settings.get(WORKDAY_START)),
                    dt.time.fromisoformat(settings.get(WORKDAY_END)))


def open_follow_up(widget, ctx, original_id: int, kind: T) -> None:
    """The follow-up (BR-FU-*) as a new form, filled from the origin at the next working slot:
    nothing is written until its Save, and closing it discards it."""
    Query(ctx, widget, ops.follow_up_values, original_id, kind, planning(ctx.settings),
          clock.local_now()).success(lambda values: ctx.open_session(
              DETAIL[kind], record_id=None, follow_up_of=original_id, **values)).run()


class ActivityDetail(DetailSession):
    entity = ACT
    kind: T = None
    hooks = ops.HOOKS
    first_field = "subject"

    def groups(self):
        kind = self.kind
        employee = LookupSpec(E.Employee, "name")
        links = Group("Links", [
            F("business_partner_id", kind="lookup", lookup=LookupSpec(BP, "name")),
            F("contact_id", kind="lookup", lookup=LookupSpec(CON, "full_name"),
              options={"scope": ("business_partner_id",
                                 lambda bp: ([], scopes.contacts_of_partner(bp)))}),
            F("opportunity_id", kind="lookup", lookup=LookupSpec(E.Opportunity)),
            F("phase_id", kind="lookup", lookup=LookupSpec(E.Phase),
              options={"scope": ("opportunity_id",
                                 lambda opp: ([scopes.phases_of_opportunity(opp)], None))}),
            F("linked_activity_id", "Linked activity", kind="lookup", readonly=True,
              lookup=LookupSpec(ACT, "subject"))], column=1)
        general = [F("code", "Activity", readonly=True,
                     tooltip="Numbered from the COM parameters when saved"),
                   F("subject", required=True),
                   F("status", kind="enum", enum_class=ActivityStatus,
                     options={"members": ACTIVITY_STATUSES[kind]})]
        when: list = []
        if kind in (T.APPOINTMENT, T.CALL):
            general.append(F("organizer_id", kind="lookup", lookup=employee))
            when = [F("start_at", kind="datetime", required=True)]
            if kind is T.APPOINTMENT:
                when += [F("end_at", kind="datetime"), F("all_day", kind="bool"),
                         F("location")]
            else:
                when += [F("duration_hours", kind="int"),
                         F("duration_minutes", kind="int", options={"maximum": 59})]
            when += [F("show_time_as", kind="enum", enum_class=ShowTimeAs),
                     F("reminder", kind="bool"),
                     F("reminder_value", kind="int"),
                     F("reminder_unit", kind="enum", enum_class=TimeUnit, options={"optional": True})]
            when.append(F("synchronize", kind="bool"))
        elif kind is T.TASK:
            general += [F("priority", kind="enum", enum_class=TaskPriority),
                        F("assigned_to_id", kind="lookup", lookup=employee)]
            when = [F("start_at", kind="datetime"), F("due_at", kind="datetime", required=True),
                    F("reminder", kind="bool"), F("reminder_at", kind="datetime"),
                    F("completed_at", kind="datetime", readonly=True)]
            when.append(F("synchronize", kind="bool"))
        elif kind is T.MAILING:
            general += [F("letter_id", kind="lookup", lookup=LookupSpec(E.Letter)),
                        F("template_id", kind="lookup", lookup=LookupSpec(E.ActivityTemplate))]
            # a mailing planned by global addition is due; mail merge completes it
            when = [F("due_at", kind="datetime", readonly=True),
                    F("completed_at", kind="datetime", readonly=True)]
        else:
            general.append(F("direction", kind="enum", enum_class=EmailDirection))
            when = [F("sent_at", kind="datetime")]
        groups = [Group("General", general), links, Group("When", when)]
        groups.append(Group("Text", [F("information", kind="multiline")], column=1))
        return groups

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
        tabs += [("References", lambda d, rid: ActivityReferencesTab(d.ctx, d,
                                                                     activity_id=rid)),
                 ("Follow-ups", lambda d, rid: ActivityOverview(d.ctx, d, chain_of=rid), 90)]
        return tabs

    def __init__(self, ctx, parent=None, **params) -> None:
        self.sync_offered = False
        super().__init__(ctx, parent, **params)
        if "synchronize" in self.form.specs:  # BR-AP-09: shown once COM parameters allow it
            self.form.show_field("synchronize", False)
            self.query(ops.sync_enabled).success(self._offer_sync).run()
        self.follow_button = QToolButton(self)
        self.translated(self.follow_button.setText, "fields", "Follow up")
        self.follow_button.setIcon(qta.icon("fa5s.reply"))
        self.follow_button.setPopupMode(QToolButton.InstantPopup)
        self.follow_button.setToolButtonStyle(self.toolbar.toolButtonStyle())
        menu = QMenu(self.follow_button)
        for kind in A.FOLLOW_UP_TYPES:
            action = menu.addAction(type_icon(kind), "")
            self.translated(action.setText, "enum", kind.value)
            action.triggered.connect(lambda _c=False, k=kind: self.follow_up(k))
        self.follow_button.setMenu(menu)
        self.follow_menu = menu
        self.toolbar.addWidget(self.follow_button)
        if self.kind is T.EMAIL:
            self.send_action = self.toolbar.addAction(qta.icon("fa5s.paper-plane"), "")
            self.translated(self.send_action.setText, "fields", "Send")
            self.translated(self.send_action.setToolTip, "Activities",
                            "Send through Microsoft Exchange; a copy stays in Sent Items")
            self.send_action.triggered.connect(self.send)
            self.send_task = None
        self.follow_button.setEnabled(self.record_id is not None)

    @classmethod
    def key_for(cls, **params) -> str:
        """A follow-up's new form is a window of its own (one per origin), never another
        new activity's window."""
        origin = params.get("follow_up_of")
        if origin and not params.get("record_id"):
            return f"{cls.session_code}:follow-up-{origin}"
        return super().key_for(**params)

    def window_title(self) -> str:
        label = translate_enum(self.kind)
        key = self.snap.values.get("code") if self.snap is not None and self.record_id \
            else self.tr("(new)")
        return f"{label} {key}" + (" *" if self.dirty else "")

    def new_defaults(self) -> dict:
        settings = self.ctx.settings
        minutes = settings.get(APPOINTMENT_MINUTES if self.kind is T.APPOINTMENT
                               else CALL_MINUTES)
        day_end = dt.time.fromisoformat(settings.get(WORKDAY_END))
        values = new_activity_moments(self.kind, clock.local_now(), minutes,
                                      day_end)
        if self.kind in (T.APPOINTMENT, T.CALL):
            values["organizer_id"] = self.ctx.employee_id  # as the save would (BR-ACT-08)
        elif self.kind is T.TASK:
            values["assigned_to_id"] = self.ctx.employee_id
        return values

    def loaded(self) -> None:
        """A new activity for a partner (its Activities tab, the Customer 360's quick
        actions) is with the partner's primary contact unless a contact was given."""
        editor = self.form.editor
        if self.record_id is None and editor("business_partner_id").value() \
                and not editor("contact_id").value():
            self.query(ops.primary_contact, editor("business_partner_id").value()) \
                .success(self._primary_contact).run()

    def _primary_contact(self, contact_id: int | None) -> None:
        contact = self.form.editor("contact_id")
        if contact_id is not None and not contact.value() and not contact.is_pending():
            contact.set_value(contact_id)

    def _offer_sync(self, enabled: bool) -> None:
        self.sync_offered = enabled
        self.form.show_field("synchronize", enabled)

    def form_values(self) -> dict:
        values = {**super().form_values(), "type": self.kind}
        if self.record_id is None and self.params.get("follow_up_of"):
            values["follow_up_of"] = self.params["follow_up_of"]
        if not self.sync_offered:
            values.pop("synchronize", None)  # not offered: the record's own value stays
        return values

    def after_save(self) -> None:
        self.follow_button.setEnabled(self.record_id is not None)

    def send(self) -> None:
        """Send the draft from the sender's mailbox on the pool; it becomes Sent only once
        Exchange took it, and stays a Draft (with the reason shown) otherwise."""
        if self.record_id is None:
            return
        if self.dirty:
            self.save(then=self.send)
            return
        self.send_action.setEnabled(False)
        self.query(ops.outgoing_email, self.record_id) \
            .titled(self.tr("Cannot send")).success(self._send_email) \
            .failure(self._not_sent).run()

    def _send_email(self, email) -> None:
        make_gateway = self.ctx.make_gateway or database_gateway(self.ctx.db)
        self.send_task = BackgroundTask(partial(ops.send_prepared, make_gateway, email),
                                        self.ctx.pool, self)
        self.send_task.done.connect(self._sent)
        self.send_task.failed.connect(self._not_sent)
        self.send_task.start()

    def _sent(self, _result) -> None:
        self.op(ops.mark_email_sent, self.record_id) \
            .success(lambda _r: self._after_send()).run()

    def _after_send(self) -> None:
        self.send_action.setEnabled(True)
        self.load()

    def _not_sent(self, error) -> None:
        self.send_action.setEnabled(True)
        QMessageBox.warning(self, self.tr("Not sent"), self.tr(
            "The e-mail was not sent and stays a draft: %1").replace("%1", error_text(error)))

    def follow_up(self, kind: T) -> None:
        """Create a follow-up of this activity (saved first when edited)."""
        if self.dirty:
            self.save(then=lambda: open_follow_up(self, self.ctx, self.record_id, kind))
        else:
            open_follow_up(self, self.ctx, self.record_id, kind)


for _title in (QT_TRANSLATE_NOOP("session", "Appointment"), QT_TRANSLATE_NOOP("session", "Call"),
               QT_TRANSLATE_NOOP("session", "Task"), QT_TRANSLATE_NOOP("session", "Mailing"),
               QT_TRANSLATE_NOOP("session", "E-mail")):
    pass  # the detail sessions' titles, for the translators
TITLES = {T.APPOINTMENT: "Appointment", T.CALL: "Call", T.TASK: "Task", T.MAILING: "Mailing",
          T.EMAIL: "E-mail"}
for _kind, _code in DETAIL.items():
    _cls = type(f"{_kind.name.title()}Detail", (ActivityDetail,), {"kind": _kind})
    session(_code, TITLES[_kind], ICONS[_kind], "activities", in_menu=False,
            is_detail=True)(_cls)


def activities_tab(param: str):
    return lambda detail, record_id: ActivityOverview(detail.ctx, detail, **{param: record_id})


def activity_detail(session, activity_id: int) -> str:
    """The detail session of an activity: the one of its type."""
    return DETAIL[session.get(E.Activity, activity_id).type]
