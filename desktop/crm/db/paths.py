"""The user's data folder (database, settings, logs, attachments), kept apart from the
database module so that the window can read its settings before SQLAlchemy is loaded.

Windows: %LOCALAPPDATA%\\crm-desktop (not roaming: a database does not follow the user from
laptop to laptop); Linux: ~/.local/share/crm-desktop; CRM_DATA_DIR overrides both."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "crm-desktop"


def data_dir() -> Path:
    path = Path(os.environ.get("CRM_DATA_DIR") or platformdirs.user_data_path(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path
