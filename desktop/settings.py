"""Every user setting declared once with its default (as Picard does), stored with QSettings in
an INI file of the data folder, so tests can point CRM_DATA_DIR at a temporary folder."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from desktop.crm.database import data_dir


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type = str


LANGUAGE = Setting("ui/language", "")  # "" = follow the system locale
DATABASE_URL = Setting("database/url", "")
EMPLOYEE_CODE = Setting("user/employee", "")
GEOMETRY = Setting("window/geometry", b"", bytes)
WINDOW_STATE = Setting("window/state", b"", bytes)
OPEN_SESSIONS = Setting("window/open_sessions", [], list)
# The user's defaults for new activities (Tools > Settings)
APPOINTMENT_MINUTES = Setting("activities/appointment_minutes", 60, int)
CALL_MINUTES = Setting("activities/call_minutes", 15, int)
WORKDAY_END = Setting("activities/workday_end", "18:00")


class Settings:
    def __init__(self) -> None:
        self._qs = QSettings(str(data_dir() / "settings.ini"), QSettings.IniFormat)

    def get(self, setting: Setting) -> Any:
        value = self._qs.value(setting.key, setting.default)
        if setting.kind is list:
            if value in (None, ""):
                return []
            return value if isinstance(value, list) else [value]
        if setting.kind is bytes:
            return bytes(value) if value else b""
        if setting.kind is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return setting.default
        return value if value is not None else setting.default

    def set(self, setting: Setting, value: Any) -> None:
        self._qs.setValue(setting.key, value)

    def get_filter(self, session_code: str) -> dict:
        value = self._qs.value(f"filters/{session_code}", {})
        return value if isinstance(value, dict) else {}

    def set_filter(self, session_code: str, values: dict) -> None:
        self._qs.setValue(f"filters/{session_code}", values)

    def sync(self) -> None:
        self._qs.sync()
