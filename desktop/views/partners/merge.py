"""Merge two duplicate partners (or contacts): the user chooses the record that stays and, for
each field where the two differ, the value it keeps. The merge runs as one operation on the
pool; the domain moves everything that pointed at the other record and notes the merge."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, Signal
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
from desktop.views.partners import ops

SHOWN_ENTITIES = (E.BusinessPartner, E.Contact, E.Activity, E.Opportunity, E.Quotation,
                  E.Note, E.AttributeValue)


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
        Query(ctx, self, ops.read_pair, entity, ids).success(self._show).run()

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
        Op(self.ctx, self, ops.merge_records, entity, keep_id, gone_id, take, user,
           kinds=SHOWN_ENTITIES).success(lambda result: self._done(result.kept_id)) \
            .failure(self._failed).run()

    def _done(self, keep_id: int) -> None:
        self.merged.emit(keep_id)
        self.accept()

    def _failed(self, error) -> None:
        self.buttons.setEnabled(True)
        show_failure(self, error, self.tr("Merge duplicates"))

