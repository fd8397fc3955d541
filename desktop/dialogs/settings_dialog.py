"""Tools > Settings: the database URL, the language, the current employee, the defaults of
new activities, and whether mail merge's data files keep formula-like cells as they are."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
)

from desktop.crm import entities as E
from desktop.crm.db.database import probe_url
from desktop.crm.errors import CrmError
from desktop.i18n import error_text
from desktop.settings import (
    APPOINTMENT_MINUTES,
    CALL_MINUTES,
    DATA_FILE_AS_IS,
    DATABASE_URL,
    LANGUAGE,
    WORKDAY_END,
    WORKDAY_START,
)
from desktop.widgets import keyboard
from desktop.widgets.lookup import LookupField, LookupSpec


class SettingsDialog(QDialog):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        self.resize(560, 300)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(max(self.language.findData(ctx.settings.get(LANGUAGE)), 0))
        self.database = QLineEdit(ctx.settings.get(DATABASE_URL), self)
        self.database.setPlaceholderText(self.tr("Empty: the embedded database (%1)")
                                         .replace("%1", ctx.db.description))
        self.employee = LookupField(LookupSpec(E.Employee, "name",
                                               where=[E.Employee.active.is_(True)]),
                                    ctx.db.engine, ctx.pool)
        self.employee.set_value(ctx.employee_id)
        self.appointment_minutes = self._minutes(ctx.settings.get(APPOINTMENT_MINUTES))
        self.call_minutes = self._minutes(ctx.settings.get(CALL_MINUTES))
        self.workday_start = self._time(ctx.settings.get(WORKDAY_START))
        self.workday_end = self._time(ctx.settings.get(WORKDAY_END))
        self.data_as_is = QCheckBox(self.tr("Keep cells that begin with = + - @ as they are"),
                                    self)
        self.data_as_is.setToolTip(self.tr(
            "Mail merge's data files, for a program other than a spreadsheet. Left unticked, "
            "such a cell gets a leading apostrophe, so that a spreadsheet never runs it as a "
            "formula (CSV injection)."))
        self.data_as_is.setChecked(bool(ctx.settings.get(DATA_FILE_AS_IS)))
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Database URL"), self.database)
        form.addRow(self.tr("Employee"), self.employee)
        form.addRow(self.tr("New appointments last"), self.appointment_minutes)
        form.addRow(self.tr("New calls last"), self.call_minutes)
        form.addRow(self.tr("The working day starts at"), self.workday_start)
        form.addRow(self.tr("Tasks are due at"), self.workday_end)
        form.addRow(self.tr("Mail merge's data files"), self.data_as_is)
        note = QLabel(self.tr("A new database URL takes effect at the next start."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.employee.settle(self._settled)  # what was typed into it, resolved first

    def _settled(self) -> None:
        if not self.employee.is_valid():
            QMessageBox.warning(self, self.tr("Settings"), self.employee.label.text())
            return
        address = self.database.text().strip()
        if address and address != self.ctx.settings.get(DATABASE_URL):
            try:  # an address that does not open is refused, not saved
                probe_url(address)
            except CrmError as error:
                QMessageBox.warning(self, self.tr("Settings"), error_text(error))
                self.database.setFocus()
                return
        settings = self.ctx.settings
        settings.set(APPOINTMENT_MINUTES, self.appointment_minutes.value())
        settings.set(CALL_MINUTES, self.call_minutes.value())
        settings.set(WORKDAY_START, self.workday_start.time().toString("HH:mm"))
        settings.set(WORKDAY_END, self.workday_end.time().toString("HH:mm"))
        settings.set(DATA_FILE_AS_IS, self.data_as_is.isChecked())
        super().accept()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        keyboard.give_mnemonics(self)  # once shown: the letters its buttons take are known

    def _time(self, value: str) -> QTimeEdit:
        editor = QTimeEdit(QTime.fromString(value, "HH:mm"), self)
        editor.setDisplayFormat("HH:mm")
        return editor

    def _minutes(self, value: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(5, 24 * 60)
        box.setSingleStep(5)
        box.setSuffix(self.tr(" min"))
        box.setValue(value)
        return box

    def choices(self) -> tuple[str, int | None, str]:
        """(database address, employee id, language) as chosen; the main window applies
        them (the language and the employee at once)."""
        return self.database.text().strip(), self.employee.value(), \
            self.language.currentData()
