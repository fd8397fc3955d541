"""The Qt binding must not drop references to None: PySide6 6.12.0 did on Python < 3.12 (one
per call of a method returning void), and the application died after enough painting with
"none_dealloc". pyproject.toml excludes that release; this test catches the next one."""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelRoleData, Qt, QTimer
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_the_reference_count_of_none(qapp):
    label, timer, role = QLabel(), QTimer(), QModelRoleData(Qt.DisplayRole)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        timer.stop()
        role.setData("x")
        role.clearData()
    assert sys.getrefcount(None) - before > -100  # a leak would be -4000
