"""Widgets that speak the current language without their window's help."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class FollowsLanguage:
    """Mixed in before a Qt widget class that has ``retranslate()``: Qt sends every widget a
    LanguageChange when a translator is installed, so a field retranslates itself wherever
    it sits (a form, a filter bar, a dialog), and no window has to know its fields."""

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's override
        if event.type() == QEvent.LanguageChange:
            self.retranslate()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]
