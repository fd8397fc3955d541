"""The session registry: every session's LN-style code, title, icon and menu place.

Titles are English source strings translated in the context "session" when shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

AREAS = [
    ("sales", QT_TRANSLATE_NOOP("menu", "&Sales relations")),
    ("opportunities", QT_TRANSLATE_NOOP("menu", "&Opportunities")),
    ("activities", QT_TRANSLATE_NOOP("menu", "&Activities")),
    ("marketing", QT_TRANSLATE_NOOP("menu", "&Marketing")),
    ("reports", QT_TRANSLATE_NOOP("menu", "&Reports")),
    ("master", QT_TRANSLATE_NOOP("menu", "Master &data")),
    ("tools", QT_TRANSLATE_NOOP("menu", "&Tools")),
    ("help", QT_TRANSLATE_NOOP("menu", "&Help")),
]


@dataclass(frozen=True)
class SessionSpec:
    code: str
    title: str
    icon: str
    area: str
    factory: Callable
    in_menu: bool = True
    #: a detail session needs a record (``record_id``) or opens empty for a new one
    is_detail: bool = False

    @property
    def translated_title(self) -> str:
        return QCoreApplication.translate("session", self.title)

    def label(self) -> str:
        return f"{self.translated_title} ({self.code})"


_REGISTRY: dict[str, SessionSpec] = {}


def register(spec: SessionSpec) -> SessionSpec:
    if spec.code in _REGISTRY:
        raise ValueError(f"session {spec.code} registered twice")
    _REGISTRY[spec.code] = spec
    return spec


def session(code: str, title: str, icon: str, area: str, *, in_menu: bool = True,
            is_detail: bool = False) -> Callable:
    """Class decorator: register a session window class under its code."""

    def decorate(cls):
        cls.session_code = code
        register(SessionSpec(code, title, icon, area, cls, in_menu, is_detail))
        return cls

    return decorate


def all_sessions() -> list[SessionSpec]:
    _load_all()
    return list(_REGISTRY.values())


def get(code: str) -> SessionSpec | None:
    _load_all()
    return _REGISTRY.get(code.strip().lower()) or _REGISTRY.get(code.strip())


def search(text: str) -> list[SessionSpec]:
    """Sessions whose code starts with, or whose (translated) title contains, ``text``."""
    wanted = text.strip().lower()
    found = [s for s in all_sessions()
             if s.code.startswith(wanted) or wanted in s.translated_title.lower()
             or wanted in s.title.lower()]
    return sorted(found, key=lambda s: (not s.code.startswith(wanted), s.code))


def _load_all() -> None:
    from desktop.views import sessions  # noqa: F401 - importing registers every session
