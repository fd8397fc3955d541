"""Typed field editors with one interface: ``value()``, ``set_value(v)``, ``changed`` signal.

Empty numbers and dates are allowed (None), as in LN forms; numbers are read and shown in the
user's locale and returned as Decimal, never float.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from desktop.models.columns import translate_enum


class TextField(QLineEdit):
    changed = Signal()

    def __init__(self, max_length: int | None = None, parent=None) -> None:
        super().__init__(parent)
        if max_length:
            self.setMaxLength(max_length)
        self.textEdited.connect(lambda _t: self.changed.emit())

    def value(self) -> str:
        return self.text().strip()

    def set_value(self, value) -> None:
        self.setText(value or "")


class MultilineField(QPlainTextEdit):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(60)
        self.textChanged.connect(self.changed.emit)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value) -> None:
        self.blockSignals(True)
        self.setPlainText(value or "")
        self.blockSignals(False)


class IntField(QSpinBox):
    changed = Signal()

    def __init__(self, minimum: int = 0, maximum: int = 2_000_000_000, parent=None) -> None:
        super().__init__(parent)
        self.setRange(minimum, maximum)
        self.setGroupSeparatorShown(True)
        self.valueChanged.connect(lambda _v: self.changed.emit())

    def value(self) -> int:  # type: ignore[override]
        return super().value()

    def set_value(self, value) -> None:
        self.blockSignals(True)
        self.setValue(int(value or 0))
        self.blockSignals(False)


class DecimalField(QLineEdit):
    """A number in the user's locale; empty is None; invalid text is flagged, not guessed."""

    changed = Signal()

    def __init__(self, decimals: int = 2, minimum: Decimal | None = None,
                 maximum: Decimal | None = None, parent=None) -> None:
        super().__init__(parent)
        self.decimals = decimals
        self.minimum = minimum
        self.maximum = maximum
        self.setAlignment(Qt.AlignRight)
        self.textEdited.connect(self._edited)

    def _edited(self, _text: str) -> None:
        self.setProperty("invalid", self.error() is not None)
        self.style().polish(self)
        self.changed.emit()

    def parsed(self) -> tuple[Decimal | None, bool]:
        text = self.text().strip().replace("\u202f", "").replace("\xa0", "")
        if not text:
            return None, True
        number, ok = QLocale().toDouble(text)
        if not ok:
            try:
                return Decimal(text.replace(",", ".").replace(" ", "")), True
            except InvalidOperation:
                return None, False
        return Decimal(str(number)).quantize(Decimal(1).scaleb(-self.decimals)), True

    def error(self) -> str | None:
        number, ok = self.parsed()
        if not ok:
            return QCoreApplication.translate("fields", "Type a number.")
        if number is not None and self.minimum is not None and number < self.minimum:
            return QCoreApplication.translate("fields", "The value must be at least %1."
                                              ).replace("%1", str(self.minimum))
        if number is not None and self.maximum is not None and number > self.maximum:
            return QCoreApplication.translate("fields", "The value must be at most %1."
                                              ).replace("%1", str(self.maximum))
        return None

    def value(self) -> Decimal | None:
        return self.parsed()[0]

    def set_value(self, value) -> None:
        self.setText("" if value is None else QLocale().toString(float(value), "f",
                                                                  self.decimals))


class _ClearableDateTime(QWidget):
    """A QDateTimeEdit (or QDateEdit) with a calendar and a clear button: empty is allowed,
    shown blank, and read as None."""

    changed = Signal()
    EMPTY = QDateTime(QDate(1900, 1, 1), QTime(0, 0))

    def __init__(self, edit: QDateTimeEdit, parent=None) -> None:
        super().__init__(parent)
        self.edit = edit
        edit.setParent(self)
        edit.setCalendarPopup(True)
        edit.setMinimumDateTime(self.EMPTY)
        edit.setSpecialValueText(" ")
        edit.setDateTime(self.EMPTY)
        edit.dateTimeChanged.connect(lambda _d: self.changed.emit())
        clear = QToolButton(self)
        clear.setText("×")
        clear.setToolTip(QCoreApplication.translate("fields", "Clear the date"))
        clear.clicked.connect(lambda: self.set_value(None) or self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        layout.addWidget(clear)
        self.setFocusProxy(edit)

    def is_empty(self) -> bool:
        return self.edit.dateTime() == self.EMPTY

    def _set(self, moment: QDateTime | None) -> None:
        self.edit.blockSignals(True)
        self.edit.setDateTime(moment or self.EMPTY)
        self.edit.blockSignals(False)


class DateField(_ClearableDateTime):
    """A date that can be empty."""

    def __init__(self, parent=None) -> None:
        super().__init__(QDateEdit(), parent)

    def value(self) -> dt.date | None:
        return None if self.is_empty() else self.edit.date().toPython()

    def set_value(self, value) -> None:
        self._set(QDateTime(QDate(value), QTime(0, 0)) if value else None)


class BoolField(QCheckBox):
    changed = Signal()

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(lambda _v: self.changed.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value) -> None:
        self.blockSignals(True)
        self.setChecked(bool(value))
        self.blockSignals(False)


class EnumField(QComboBox):
    changed = Signal()

    def __init__(self, enum_class: type[enum.Enum], members=None, optional: bool = False,
                 empty_text: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        if optional:
            self.addItem(empty_text, None)
        for member in members or enum_class:
            self.addItem(translate_enum(member), member)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def retranslate(self) -> None:
        for index in range(self.count()):
            member = self.itemData(index)
            if member is not None:
                self.setItemText(index, translate_enum(member))

    def value(self):
        return self.currentData()

    def set_value(self, value) -> None:
        self.blockSignals(True)
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)


class ChoiceField(QComboBox):
    """A fixed list of (value, text) pairs, e.g. the lists an attribute can be chosen from."""

    changed = Signal()

    def __init__(self, choices: list[tuple[object, str]], parent=None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        for value, text in choices:
            self.addItem(text, value)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self):
        return self.currentData()

    def set_value(self, value) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(max(self.findData(value), 0))
        self.blockSignals(False)


class DateTimeField(_ClearableDateTime):
    """A local date and time that can be empty; the value is an aware UTC datetime."""

    def __init__(self, parent=None) -> None:
        super().__init__(QDateTimeEdit(), parent)

    def value(self) -> dt.datetime | None:
        if self.is_empty():
            return None
        return self.edit.dateTime().toPython().astimezone().astimezone(dt.timezone.utc)

    def set_value(self, value) -> None:
        if value is None:
            self._set(None)
        else:
            local = value.astimezone().replace(tzinfo=None, second=0, microsecond=0)
            self._set(QDateTime(local))
