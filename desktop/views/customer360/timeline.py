"""The partner's timeline (activities, notes, quotations, newest first, a page at a time;
each entry opens its record) and the quick actions that start something for the partner."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
)

from desktop.crm import entities as E
from desktop.crm.enums import BusinessObjectKind
from desktop.views.customer360 import ops
from desktop.views.customer360.panel import Panel
from desktop.views.ops import Query
from desktop.views.shell import registry
from desktop.widgets import keyboard, toolbar_fit

ICONS = {"activity": "fa5s.calendar-check", "note": "fa5s.sticky-note",
         "quotation": "fa5s.file-invoice-dollar"}
ENTITIES = {"activity": E.Activity, "note": E.Note, "quotation": E.Quotation}
#: quick action -> (session of the new record, the field the partner goes in)
QUICK = {"call": ("tccom6600m200", "business_partner_id", "fa5s.phone",
                  "New call"),
         "appointment": ("tccom6600m100", "business_partner_id", "fa5s.handshake",
                         "New appointment"),
         "task": ("tccom6600m300", "business_partner_id", "fa5s.tasks",
                  "New task"),
         "opportunity": ("tdsmi1610m000", "sold_to_bp_id", "fa5s.bullseye",
                         "New opportunity"),
         "letter": ("tdsmi2410m000", "", "fa5s.envelope-open-text", "Letter")}


_pixmap_icons: dict[str, QIcon] = {}


def entry_icon(kind: str, activity_type=None) -> QIcon:
    """The icon of a timeline entry (an activity's that of its type), drawn once: a font icon
    repaints its glyph at every paint, and a page of fifty entries repaints on each switch of
    customer."""
    key = activity_type or kind
    if key not in _pixmap_icons:
        name = registry.icon_of_kind(activity_type) if activity_type else None
        _pixmap_icons[key] = QIcon(qta.icon(name or ICONS[kind]).pixmap(32, 32))
    return _pixmap_icons[key]


def _t(text: str) -> str:
    """``text`` (declared in words.py) in the user's language."""
    return QCoreApplication.translate("Customer360", text)


class TimelinePanel(Panel):
    title_source = "Timeline"
    reader = ops.timeline_start

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.list = QListWidget(self)
        self.list.setObjectName("timeline")
        self.list.itemActivated.connect(self.open_entry)
        self.list.itemDoubleClicked.connect(self.open_entry)
        self.more = QPushButton(self)
        self.more.clicked.connect(self.load_more)
        self.quick: dict[str, QToolButton] = {}
        actions = QHBoxLayout()
        for name, (_code, _field, icon, _text) in QUICK.items():
            button = QToolButton(self)
            button.setIcon(qta.icon(icon))
            button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
            button.setObjectName(f"quick_{name}")
            button.clicked.connect(lambda _checked=False, n=name: self.quick_action(n))
            actions.addWidget(button)
            self.quick[name] = button
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more)
        # the quick buttons are above the list, made after it: Tab follows the eye
        keyboard.tab_chain([*self.quick.values(), self.list, self.more])
        toolbar_fit.follow_row(self, list(self.quick.values()))  # icons only when narrow
        self.total = 0
        self._texts()

    def _texts(self) -> None:
        self.more.setText(_t("Show more"))
        for name, button in self.quick.items():
            button.setText(_t(QUICK[name][3]))

    def retranslate(self) -> None:
        self._texts()
        super().retranslate()

    # -- pages ----------------------------------------------------------------------------------
    def waiting(self) -> None:
        self.list.clear()
        self.more.setVisible(False)
        for button in self.quick.values():
            button.setEnabled(self.record_id is not None)

    def fill(self, result) -> None:
        self.total, entries = result
        self.list.clear()
        self._add(entries)
        if not entries:
            item = QListWidgetItem(_t("Nothing yet: start with a call or an appointment."))
            item.setFlags(Qt.NoItemFlags)
            self.list.addItem(item)

    def _add(self, entries) -> None:
        for entry in entries:
            when = QLocale().toString(entry.day, QLocale.ShortFormat) if entry.day else \
                QLocale().toString(entry.when.astimezone().replace(tzinfo=None),
                                   QLocale.ShortFormat) if entry.when else ""
            item = QListWidgetItem(entry_icon(entry.kind, entry.type),
                                   f"{when}  {entry.title}  ·  {entry.detail}")
            item.setData(Qt.UserRole, (entry.kind, entry.id))
            self.list.addItem(item)
        shown = sum(1 for i in range(self.list.count())
                    if self.list.item(i).data(Qt.UserRole) is not None)
        self.more.setVisible(shown < self.total)

    def load_more(self) -> None:
        asked = self._asked
        Query(self.ctx, self, ops.timeline_more, self.record_id, self.list.count()) \
            .success(lambda entries: asked == self._asked and self._add(entries)).run()

    def open_entry(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.UserRole)
        if data is not None:
            kind, record_id = data
            self.ctx.open_record(ENTITIES[kind], record_id)

    # -- quick actions ----------------------------------------------------------------------------
    def quick_action(self, name: str):
        """A new call, appointment, task or opportunity for the partner; or Mail Merge set up
        to write a letter to it."""
        if self.record_id is None:
            return None
        code, field, _icon, _text = QUICK[name]
        if name != "letter":
            return self.ctx.open_session(code, record_id=None, **{field: self.record_id})
        window = self.ctx.open_session(code)
        Query(self.ctx, self, ops.partner_code, self.record_id) \
            .success(lambda partner: _letter_to(window, partner)).run()
        return window


def _letter_to(window, partner_code: str) -> None:
    """Mail Merge on this one partner."""
    if window is None:
        return
    window.form.set_values({"object_kind": BusinessObjectKind.BUSINESS_PARTNER,
                            "code_from": partner_code, "code_to": partner_code,
                            "output": "pdf"})
    window.form.editor("object_kind").changed.emit()
