"""Every user setting declared once with its default (as Picard does), stored with QSettings in
an INI file of the data folder, so tests can point CRM_DATA_DIR at a temporary folder.

The file carries the version of its layout. When a release renames or converts a setting, it
raises ``VERSION`` and registers an upgrade step for the new version (``@upgrade_step``); a
file of an older release is brought up to date step by step when it is opened, so the user's
choices survive the upgrade. A file of a newer release is left as it is."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from desktop.crm.db.paths import data_dir

log = logging.getLogger(__name__)


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
# The team server a laptop replicates through (desktop.team): its address, and the
# fingerprint of its certificate when it is self-signed (else the system's CAs check it)
TEAM_SERVER_URL = Setting("team/server_url", "")
TEAM_FINGERPRINT = Setting("team/fingerprint", "")
TEAM_SYNC_SECONDS = Setting("team/sync_seconds", 60, int)
# How the laptop signs in to the team server: "" (a trial server, no sign-in), "account"
# (a server account; its password is asked at each start and never kept) or "entra" (the
# user's Microsoft work account: the tenant, the laptop app's client id, the server API's
# scope, and another cloud's sign-in authority where needed; msal's cache is kept encrypted)
TEAM_SIGN_IN = Setting("team/sign_in", "")
TEAM_ENTRA_TENANT = Setting("team/entra_tenant", "")
TEAM_ENTRA_CLIENT_ID = Setting("team/entra_client_id", "")
TEAM_ENTRA_SCOPE = Setting("team/entra_scope", "")
TEAM_ENTRA_AUTHORITY = Setting("team/entra_authority", "")
TEAM_ENTRA_CA_FILE = Setting("team/entra_ca_file", "")  # a company CA in front of Microsoft
# The user's defaults for new activities (Tools > Settings)
APPOINTMENT_MINUTES = Setting("activities/appointment_minutes", 60, int)
CALL_MINUTES = Setting("activities/call_minutes", 15, int)
WORKDAY_END = Setting("activities/workday_end", "18:00")
WORKDAY_START = Setting("activities/workday_start", "09:00")  # follow-ups start from then
# A run's report: the records the filters left out stay folded behind one line
SKIPPED_COLLAPSED = Setting("reports/skipped_collapsed", True, bool)
# Mail merge's data file for another program: cells that look like formulas kept as they are
DATA_FILE_AS_IS = Setting("mail_merge/data_file_as_is", False, bool)


VERSION = 2  # of the file's layout; the step that made it so is registered below
VERSION_KEY = "settings/version"
_UPGRADES: dict[int, Callable[[QSettings], None]] = {}


def upgrade_step(version: int) -> Callable:
    """Register what turns a file of ``version - 1`` into one of ``version``."""

    def register(step: Callable[[QSettings], None]) -> Callable[[QSettings], None]:
        _UPGRADES[version] = step
        return step

    return register


@upgrade_step(2)
def _filters_as_json(qs: QSettings) -> None:
    """Version 1 kept each overview's filter as a Qt variant map, an opaque @Variant blob that
    only the Qt which wrote it reads back; version 2 keeps JSON text."""
    qs.beginGroup("filters")
    for key in qs.childKeys():
        value = qs.value(key)
        qs.setValue(key, json.dumps(value if isinstance(value, dict) else {}))
    qs.endGroup()


def upgrade(qs: QSettings) -> int:
    """Bring the file to ``VERSION``; returns the version it had (a new file: ``VERSION``)."""
    found = int(qs.value(VERSION_KEY, 1 if qs.allKeys() else VERSION))
    if found > VERSION:
        log.warning("the settings file is of a newer release (%s); left as it is", found)
        return found
    for version in range(found + 1, VERSION + 1):
        if version in _UPGRADES:
            _UPGRADES[version](qs)
        log.info("settings upgraded to version %s", version)
    qs.setValue(VERSION_KEY, max(found, VERSION))
    qs.sync()
    return found


def _run_key(user: str, session_code: str) -> str:
    """One key per user of the laptop (a user name may hold a domain's backslash)."""
    name = "".join(c if c.isalnum() else "_" for c in user.lower()) or "_"
    return f"runs/{name}/{session_code}"


class Settings:
    def __init__(self) -> None:
        self._qs = QSettings(str(data_dir() / "settings.ini"), QSettings.IniFormat)
        self.upgraded_from = upgrade(self._qs)

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
        if setting.kind is bool:  # an INI file holds "true" / "false"
            return value if isinstance(value, bool) else str(value).lower() == "true"
        return value if value is not None else setting.default

    def set(self, setting: Setting, value: Any) -> None:
        self._qs.setValue(setting.key, value)

    def get_filter(self, session_code: str) -> dict:
        try:
            value = json.loads(self._qs.value(f"filters/{session_code}", "") or "{}")
        except (TypeError, ValueError):
            return {}
        return value if isinstance(value, dict) else {}

    def set_filter(self, session_code: str, values: dict) -> None:
        self._qs.setValue(f"filters/{session_code}", json.dumps(values))

    def last_folder(self, kind: str) -> str:
        """The folder the user last chose for files of ``kind`` ("" before the first)."""
        return str(self._qs.value(f"folders/{kind}", "") or "")

    def set_last_folder(self, kind: str, folder: str) -> None:
        self._qs.setValue(f"folders/{kind}", folder)
    def run_values(self, user: str, session_code: str) -> dict:
        """The parameters a user last ran a processing session with (JSON-ready values)."""
        try:
            value = json.loads(self._qs.value(_run_key(user, session_code), "") or "{}")
        except (TypeError, ValueError):
            return {}
        return value if isinstance(value, dict) else {}

    def set_run_values(self, user: str, session_code: str, values: dict) -> None:
        self._qs.setValue(_run_key(user, session_code), json.dumps(values))

    def import_mapping(self, kind: str, layout_key: str) -> dict[str, str]:
        """The columns-to-fields mapping last used for files of this layout (header: field)."""
        value = self._qs.value(f"import_mappings/{kind}_{layout_key}", "")
        try:
            found = json.loads(value) if value else {}
        except ValueError:
            return {}
        return found if isinstance(found, dict) else {}

    def set_import_mapping(self, kind: str, layout_key: str, mapping: dict[str, str]) -> None:
        self._qs.setValue(f"import_mappings/{kind}_{layout_key}", json.dumps(mapping))

    def sync(self) -> None:
        self._qs.sync()
