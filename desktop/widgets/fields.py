"""Typed field editors with one interface: ``value()``, ``set_value(v)``, ``changed`` signal.

Empty numbers and dates are allowed (None), as in LN forms; numbers are read and shown in the
user's locale and returned as Decimal, never float.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from decimal import Decimal, InvalidOperation

import qtawesome as qta
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from desktop.crm import clock
from desktop.crm.moments import MomentError, parse_moment
from desktop.models.columns import translate_enum
from desktop.widgets import invalid_mark
from desktop.widgets.language import FollowsLanguage


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


class DecimalField(FollowsLanguage, QLineEdit):
    """A number in the user's locale; empty is None; invalid text is flagged, not guessed."""

    changed = Signal()

    def __init__(self, decimals: int = 2, minimum: Decimal | None = None,
                 maximum: Decimal | None = None, parent=None) -> None:
        super().__init__(parent)
        self.decimals = decimals
        self.minimum = minimum
        self.maximum = maximum
        self._shown: Decimal | None = None  # the value the text says, read in its locale
        self.setAlignment(Qt.AlignRight)
        self.textEdited.connect(self._edited)

    def retranslate(self) -> None:
        """The number written again in the new locale (read in the old one when typed: the
        text "1,500" is not the same number in English and in French)."""
        if self.text().strip() and self._shown is None:
            return  # not a number: the text stays for the user to correct
        self.set_value(self._shown)

    def _edited(self, _text: str) -> None:
        self._shown = self.parsed()[0]
        self.setProperty("invalid", self.error() is not None)
        self.style().polish(self)
        invalid_mark.mark(self, self.error())
        self.changed.emit()

    def parsed(self) -> tuple[Decimal | None, bool]:
        text = self.text().strip().replace("\u202f", "").replace("\xa0", "")
        if not text:
            return None, True
        number, ok = QLocale().toDouble(text)
        if not ok:
            try:
                typed = Decimal(text.replace(",", ".").replace(" ", ""))
            except InvalidOperation:
                return None, False
            return (typed, True) if typed.is_finite() else (None, False)
        if not math.isfinite(number):  # Qt reads "nan" and "inf" as numbers
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
        self._shown = None if value is None else Decimal(value)
        self.setText("" if value is None else QLocale().toString(float(value), "f",
                                                                  self.decimals))


class _MomentField(FollowsLanguage, QWidget):
    """A date (and time) typed as people say it: ``03/12/2026 10:00``, ``3/12 10h``,
    ``demain 10:00``, ``tomorrow 2pm``, ``+2``; or picked from a calendar that opens on the
    field's date, or today. Empty is allowed and read as None; text that is no date is flagged
    in red and reported by ``error()``, never guessed."""

    changed = Signal()
    #: a date was typed and left, or picked: a value to act on, not a keystroke
    committed = Signal()
    with_time = False

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._moment: dt.datetime | None = None  # naive local time; midnight for a date
        self._invalid = False
        self.line = QLineEdit(self)
        self.line.setClearButtonEnabled(True)
        # a whole date (and time) shows, beside its clear button, however narrow the bar
        sample = "00/00/0000 00:00" if self.with_time else "00/00/0000"
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance(sample) + 36)
        self.line.textEdited.connect(self._edited)
        self.line.editingFinished.connect(self._commit)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setIcon(qta.icon("fa5s.calendar-alt"))
        self.calendar_button.clicked.connect(self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.line)
        self.retranslate()

    def retranslate(self) -> None:
        self.line.setPlaceholderText("" if self.line.isReadOnly() else self._hint())
        self.calendar_button.setToolTip(QCoreApplication.translate("fields", "Pick from a calendar"))
        if not self.line.isModified():  # what is being typed stays: it is read when done
            self._show()

    def _hint(self) -> str:
        if self.with_time:
            return QCoreApplication.translate("fields", "e.g. 03/12/2026 10:00, tomorrow 10:00, +2")
        return QCoreApplication.translate("fields", "e.g. 03/12/2026, tomorrow, +2")

    # -- reading what was typed --------------------------------------------------------------
    def _edited(self, _text: str) -> None:
        self.changed.emit()

    def _commit(self) -> None:
        if self.line.isModified():
            self._parse()
            self._show()
            if not self._invalid:
                self.committed.emit()

    def _parse(self) -> None:
        self.line.setModified(False)
        try:
            date, time = parse_moment(self.line.text(), clock.today(), _day_first())
        except MomentError:
            self._invalid = True
            self._mark()
            return
        self._invalid = False
        if date is None and time is None:
            self._moment = None
        else:
            kept = self._moment or dt.datetime.combine(clock.today(), self.default_time())
            self._moment = dt.datetime.combine(date or kept.date(),
                                               (time or kept.time()) if self.with_time
                                               else dt.time(0))
        self.changed.emit()

    def default_time(self) -> dt.time:
        return dt.time(9, 0)

    def error(self) -> str | None:
        if self.line.isModified():
            self._parse()
        if not self._invalid:
            return None
        return QCoreApplication.translate("fields", "Type a date such as %1.").replace(
            "%1", self._example())

    def _example(self) -> str:
        if self.with_time:
            return QCoreApplication.translate("fields", "03/12/2026 10:00, tomorrow 10:00 or +2")
        return QCoreApplication.translate("fields", "03/12/2026, tomorrow or +2")

    # -- showing ---------------------------------------------------------------------------
    def _show(self) -> None:
        if self._invalid:
            return
        self.line.setText("" if self._moment is None else _format(self._moment, self.with_time))
        self.line.setModified(False)
        self._mark()

    def _mark(self) -> None:
        invalid_mark.mark(self.line, (self.error() or "") if self._invalid else None)
        self.line.setToolTip(self.error() or "" if self._invalid else "")

    def _set(self, moment: dt.datetime | None) -> None:
        self._moment, self._invalid = moment, False
        self._show()


    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - as QLineEdit's
        """Shown, not typed in: no calendar, no hint."""
        self.line.setReadOnly(read_only)
        self.line.setClearButtonEnabled(not read_only)
        self.calendar_button.setVisible(not read_only)
        self.line.setPlaceholderText("" if read_only else self._hint())

    def isReadOnly(self) -> bool:  # noqa: N802
        return self.line.isReadOnly()

    # -- the calendar ------------------------------------------------------------------------
    def open_calendar(self) -> None:
        popup = QCalendarWidget(self)
        popup.setWindowFlags(Qt.Popup)
        popup.setGridVisible(True)
        shown = self._moment.date() if self._moment else clock.today()
        popup.setSelectedDate(QDate(shown))
        popup.clicked.connect(lambda day: self._picked(popup, day))
        popup.activated.connect(lambda day: self._picked(popup, day))
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.setAttribute(Qt.WA_DeleteOnClose)
        popup.show()
        self.calendar = popup

    def _picked(self, popup, day: QDate) -> None:
        kept = self._moment or dt.datetime.combine(clock.today(), self.default_time())
        self._set(dt.datetime.combine(day.toPython(), kept.time() if self.with_time
                                      else dt.time(0)))
        popup.close()
        self.changed.emit()
        self.committed.emit()


def _day_first() -> bool:
    """Whether the user's locale writes the day before the month (dd/MM, not MM/dd)."""
    fmt = QLocale().dateFormat(QLocale.ShortFormat)
    return fmt.find("d") < fmt.find("M")


def _format(moment: dt.datetime, with_time: bool) -> str:
    """The locale's short date with a four-digit year (and the time as HH:mm)."""
    fmt = QLocale().dateFormat(QLocale.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    text = QLocale().toString(QDate(moment.date()), fmt)
    return f"{text} {moment:%H:%M}" if with_time else text


class DateField(_MomentField):
    """A date that can be empty."""

    def value(self) -> dt.date | None:
        if self.line.isModified():
            self._parse()
        return None if self._moment is None else self._moment.date()

    def set_value(self, value) -> None:
        self._set(dt.datetime.combine(value, dt.time(0)) if value else None)


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


class EnumField(FollowsLanguage, QComboBox):
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


class DateTimeField(_MomentField):
    """A local date and time that can be empty; the value is an aware UTC datetime."""

    with_time = True

    def value(self) -> dt.datetime | None:
        if self.line.isModified():
            self._parse()
        if self._moment is None:
            return None
        return self._moment.astimezone().astimezone(dt.UTC)

    def set_value(self, value) -> None:
        if value is None:
            self._set(None)
        else:
            self._set(value.astimezone().replace(tzinfo=None, second=0, microsecond=0))
