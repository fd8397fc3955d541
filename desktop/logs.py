"""Logging to a rotating file in the user's data folder (never to the user's console)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop.crm.db.paths import data_dir


def log_path() -> Path:
    return data_dir() / "crm-desktop.log"


def configure_logging(level: int = logging.INFO) -> Path:
    path = log_path()
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter(
            "%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(level)
    return path
