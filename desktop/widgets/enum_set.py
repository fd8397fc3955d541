"""A set of enum members as one check box each (an employee's roles): the form's value is a
frozenset, as the domain stores it."""

from __future__ import annotations

import enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from desktop.models.columns import translate_enum
from desktop.widgets.language import FollowsLanguage


class EnumSetField(FollowsLanguage, QWidget):
    changed = Signal()

    def __init__(self, enum_class: type[enum.Enum], parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[enum.Enum, QCheckBox] = {}
        for member in enum_class:
            box = QCheckBox(translate_enum(member), self)
            box.setObjectName(member.name)
            box.toggled.connect(lambda _v: self.changed.emit())
            layout.addWidget(box)
            self.boxes[member] = box
        layout.addStretch(1)

    def retranslate(self) -> None:
        for member, box in self.boxes.items():
            box.setText(translate_enum(member))

    def value(self) -> frozenset:
        return frozenset(m for m, box in self.boxes.items() if box.isChecked())

    def set_value(self, value) -> None:
        for member, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(member in (value or ()))
            box.blockSignals(False)
