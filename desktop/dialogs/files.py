"""Choosing a file and saying where one was written. A file dialog starts in the folder the user
last chose for that kind of file, else in their Documents folder, never in the program's own
folder (the working directory a dialog otherwise falls back to); after an export, the user is
told where the file is and offered to open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.settings import Settings


def _tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


def documents_folder() -> Path:
    """The user's Documents folder (the home folder where a system has none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    return Path(found) if found else Path.home()


def start_folder(settings: Settings, kind: str) -> Path:
    """Where a dialog for files of ``kind`` opens: the last folder chosen, while it exists."""
    last = settings.last_folder(kind)
    return Path(last) if last and Path(last).is_dir() else documents_folder()


def save_path(parent: QWidget, settings: Settings, kind: str, title: str, name: str,
              filters: str) -> Path | None:
    """Ask where to save a file of ``kind`` (proposed ``name``); the folder is remembered."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder(settings, kind) / name),
                                          filters)
    return _chosen(settings, kind, path)


def open_path(parent: QWidget, settings: Settings, kind: str, title: str,
              filters: str = "") -> Path | None:
    """Ask for a file of ``kind`` to read; the folder is remembered."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(settings, kind)),
                                          filters)
    return _chosen(settings, kind, path)


def _chosen(settings: Settings, kind: str, path: str) -> Path | None:
    if not path:
        return None
    settings.set_last_folder(kind, str(Path(path).parent))
    return Path(path)


def offer_to_open(parent: QWidget, title: str, path: Path, told: str = "") -> bool:
    """Say where the file was written (after ``told``, what was written) and offer to open it
    with the program the system gives its kind. True when the user opened it."""
    if str(path) in told:  # already said where (a report's summary names its files)
        text = told
    else:
        text = (told + "\n\n" if told else "") + _tr("Written to %1.").replace("%1", str(path))
    answer = QMessageBox.question(parent, title, text + "\n" + _tr("Open it now?"),
                                  QMessageBox.Open | QMessageBox.Close, QMessageBox.Open)
    if answer != QMessageBox.Open:
        return False
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return True
