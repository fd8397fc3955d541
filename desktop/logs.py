"""Logging to a rotating file in the user's data folder (never to the user's console).

One file per kind of process, and only one process writes each: the window (one per data
folder) writes crm-desktop.log, the command line crm-desktop-cli.log. Rotating renames the
file, which Windows refuses while another process has it open (PermissionError, then every
later line is lost: "RotatingFileHandler ... is not safe with multiple processes",
https://docs.python.org/3/howto/logging-cookbook.html#logging-to-a-single-file-from-multiple-processes).
So the process that takes the file's lock (an operating-system lock, released when the process
ends however it ends) owns the file for its life; another process of the same kind at that
moment (a second scheduled sync) writes its warnings to its standard error instead."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from filelock import FileLock, Timeout

from desktop.crm.db.paths import data_dir

WINDOW, COMMAND_LINE = "crm-desktop", "crm-desktop-cli"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_owned: list[FileLock] = []  # the log files this process owns, until it ends


def log_path(role: str = WINDOW) -> Path:
    return data_dir() / f"{role}.log"


def configure_logging(level: int = logging.INFO, role: str = WINDOW) -> Path | None:
    """Log to ``role``'s file when this process owns it (returns its path), else warnings to
    standard error (returns None)."""
    root = logging.getLogger()
    if any(getattr(h, "crm_log", False) for h in root.handlers):
        return next((Path(h.baseFilename) for h in root.handlers
                     if isinstance(h, logging.FileHandler)), None)
    path = log_path(role)
    lock = FileLock(f"{path}.lock", timeout=0)
    try:
        lock.acquire()
    except Timeout:
        handler: logging.Handler = logging.StreamHandler(sys.stderr) if sys.stderr \
            else logging.NullHandler()
        handler.setLevel(logging.WARNING)
        path = None
    else:
        _owned.append(lock)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5,
                                                       encoding="utf-8")
    handler.crm_log = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return path
