"""Merge two duplicate partners (or contacts): the user chooses the record that stays and, for
each field where the two differ, the value it keeps. The merge runs as one operation on the
pool; the domain moves everything that pointed at the other record and notes the merge."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.crm import entities as E, merging
from desktop.crm.db.records import field_label
from desktop.views.ops.operation import Op, Query, show_failure

SHOWN_ENTITIES = (E.BusinessPartner, E.Contact, E.Activity, E.Opportunity, E.Quotation,
                  E.Note, E.AttributeValue)


def value_text(value) -> str:
    """A value as the form shows it: enum labels translated, dates and amounts in the user's
    locale, a record by its key."""
    if value is None or value == "":
        return "—"
    if isinstance(value, enum.Enum):
        return QCoreApplication.translate("enum", getattr(value, "label", value.name))
    if isinstance(value, dt.date):
        return QLocale().toString(value, QLocale.ShortFormat)
    if isinstance(value, Decimal):
        return QLocale().toString(float(value), "f", 2)
    if isinstance(value, bool):
        return QCoreApplication.translate("MergeDialog", "Yes") if value else \
            QCoreApplication.translate("MergeDialog", "No")
    return str(value)


def _shown(session, entity: type, name: str, value):
    """A foreign key as the record it names (its code or name), not its number."""
    column = entity.__table__.c[name]
    if value is None or not column.foreign_keys:
        return value
    target = merging.entity_of(next(iter(column.foreign_keys)).column.table)
    found = session.get(target, value) if target is not None else None
    return found.display_key() if found is not None else value


def read_pair(session, entity: type, ids: list[int]) -> list[dict]:
    """What the dialog shows of both records (runs on the pool)."""
    pair = []
    for record_id in ids:
        obj = session.get(entity, record_id)
        values = {n: getattr(obj, n) for n in merging.mergeable_fields(entity)}
        pair.append({"id": obj.id, "key": obj.display_key(),
                     "name": getattr(obj, "name", None) or getattr(obj, "full_name", ""),
                     "values": values,
                     "shown": {n: value_text(_shown(session, entity, n, v))
                               for n, v in values.items()}})
    return pair


class MergeDialog(QDialog):
    merged = Signal(int)  # the id of the record that stays

    def __init__(self, ctx, entity: type, ids: list[int], parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.entity, self.ids = ctx, entity, ids
        self.pair: list[dict] = []
        self.choices: dict[str, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Merge duplicates"))
        self.setWindowIcon(qta.icon("fa5s.object-group"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "Choose the record that stays, then the value it keeps where the two differ. "
            "Everything linked to the other record moves to it, and the other is deleted."),
            self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.keep_group = QButtonGroup(self)
        self.keep_box = QWidget(self)
        self.keep_layout = QVBoxLayout(self.keep_box)
        self.keep_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.keep_box)
        self.grid_holder = QWidget(self)
        self.grid = QGridLayout(self.grid_holder)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_holder)
        layout.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Merge"))
        self.buttons.button(QDialogButtonBox.Ok).setIcon(qta.icon("fa5s.object-group"))
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        Query(ctx, self, lambda s: read_pair(s, entity, ids)).success(self._show).run()

    def _show(self, pair: list[dict]) -> None:
        self.pair = pair
        for n, record in enumerate(pair):
            text = self.tr("Keep %1 — %2").replace("%1", record["key"]) \
                .replace("%2", record["name"])
            button = QRadioButton(text.replace("&", "&&"), self.keep_box)  # not a shortcut
            button.setChecked(n == 0)
            self.keep_group.addButton(button, n)
            self.keep_layout.addWidget(button)
        self.keep_group.idToggled.connect(self._keep_changed)
        for column, text in enumerate((self.tr("Field"), pair[0]["key"], pair[1]["key"])):
            heading = QLabel(f"<b>{text}</b>", self.grid_holder)
            self.grid.addWidget(heading, 0, column)
        row = 1
        first, second = pair[0]["values"], pair[1]["values"]
        for name in merging.mergeable_fields(self.entity):
            if first[name] == second[name]:
                continue
            label = QCoreApplication.translate("crm", field_label(self.entity, name))
            self.grid.addWidget(QLabel(label, self.grid_holder), row, 0)
            group = QButtonGroup(self)
            for n, record in enumerate(pair):
                shown = record["shown"][name].replace("&", "&&")
                button = QRadioButton(shown, self.grid_holder)
                group.addButton(button, n)
                self.grid.addWidget(button, row, n + 1)
            self.choices[name] = group
            row += 1
        if not self.choices:
            self.grid.addWidget(QLabel(self.tr("The two records hold the same values."),
                                       self.grid_holder), row, 0, 1, 3)
            row += 1
        self.grid.setRowStretch(row, 1)
        self._keep_changed(0, True)

    def _keep_changed(self, kept: int, checked: bool) -> None:
        """Each field starts on the value of the record that stays, or on the other's where
        that one is empty."""
        if not checked:
            return
        other = 1 - kept
        for name, group in self.choices.items():
            empty = self.pair[kept]["values"][name] in (None, "")
            group.button(other if empty else kept).setChecked(True)

    def taken(self) -> list[str]:
        """The fields whose value comes from the record that goes."""
        kept = self.keep_group.checkedId()
        return [name for name, group in self.choices.items() if group.checkedId() != kept]

    def merge(self) -> None:
        kept = self.keep_group.checkedId()
        keep_id, gone_id = self.pair[kept]["id"], self.pair[1 - kept]["id"]
        take, entity, user = self.taken(), self.entity, self.ctx.user
        self.buttons.setEnabled(False)
        Op(self.ctx, self, lambda s: merging.merge(s, entity, keep_id, gone_id, take, user),
           kinds=SHOWN_ENTITIES).success(lambda result: self._done(result.kept_id)) \
            .failure(self._failed).run()

    def _done(self, keep_id: int) -> None:
        self.merged.emit(keep_id)
        self.accept()

    def _failed(self, error) -> None:
        self.buttons.setEnabled(True)
        show_failure(self, error, self.tr("Merge duplicates"))

