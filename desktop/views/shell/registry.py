"""The registry: every session's LN-style code, title, icon and menu place; the tabs each
feature adds to other entities' detail windows; and which detail session opens a record of a
kind. Feature packages fill it when imported (desktop.views.shell.features imports them all);
detail windows and the Customer 360 read it.

Titles are English source strings translated in the context "session" (tabs: "tabs") when shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

AREAS = [
    ("file", QT_TRANSLATE_NOOP("menu", "&File")),
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
    return list(_REGISTRY.values())


def icon_of_kind(kind) -> str | None:
    """The icon name of the detail session that shows records of ``kind`` (an activity type):
    features draw an activity with its type's own icon without importing each other."""
    return next((s.icon for s in all_sessions() if getattr(s.factory, "kind", None) is kind),
                None)


def get(code: str) -> SessionSpec | None:
    return _REGISTRY.get(code.strip().lower()) or _REGISTRY.get(code.strip())


def search(text: str) -> list[SessionSpec]:
    """Sessions whose code starts with, or whose (translated) title contains, ``text``."""
    wanted = text.strip().lower()
    found = [s for s in all_sessions()
             if s.code.startswith(wanted) or wanted in s.translated_title.lower()
             or wanted in s.title.lower()]
    return sorted(found, key=lambda s: (not s.code.startswith(wanted), s.code))



# -- tabs that features add to other entities' windows ---------------------------------------
@dataclass(frozen=True)
class TabSpec:
    """A tab of the detail window of ``entity``: ``factory(detail, record_id)`` builds it;
    ``offered(ctx)``, when given, says whether the window's user is offered it at all."""

    entity: type
    title: str
    factory: Callable
    order: int = 100
    offered: Callable | None = None

    @property
    def translated_title(self) -> str:
        return QCoreApplication.translate("tabs", self.title)


_TABS: dict[type, list[TabSpec]] = {}


def add_tab(entity: type, title: str, factory: Callable, order: int = 100,
            offered: Callable | None = None) -> None:
    _TABS.setdefault(entity, []).append(TabSpec(entity, title, factory, order, offered))


def tabs_for(entity: type) -> list[TabSpec]:
    """The tabs other features add to ``entity``'s detail window, in their order."""
    return sorted(_TABS.get(entity, []), key=lambda t: t.order)


# -- panels that features add to an entity's dashboards (the Customer 360) ---------------------
@dataclass(frozen=True)
class PanelSpec:
    """A panel of ``entity``'s dashboard: ``factory(ctx, parent)`` builds a panel (a
    customer360 Panel: its ``reader`` reads on the pool, ``expect`` and ``arrived`` show what
    it read, ``retranslate()``); ``column`` 0 is the narrow one."""

    entity: type
    title: str
    factory: Callable
    order: int = 100
    column: int = 0


_PANELS: dict[type, list[PanelSpec]] = {}


def add_panel(entity: type, title: str, factory: Callable, order: int = 100,
              column: int = 0) -> None:
    _PANELS.setdefault(entity, []).append(PanelSpec(entity, title, factory, order, column))


def panels_for(entity: type) -> list[PanelSpec]:
    """The panels registered for ``entity``, in their order."""
    return sorted(_PANELS.get(entity, []), key=lambda p: p.order)


# -- which session opens a record ------------------------------------------------------------
#: entity -> a detail session code, or a function (db session, id) -> code for kinds whose
#: window depends on the record (an activity opens the window of its type)
_OPENERS: dict[type, str | Callable] = {}


def register_record(entity: type, opener: str | Callable) -> None:
    _OPENERS[entity] = opener


def opener_for(entity: type) -> str | Callable | None:
    return _OPENERS.get(entity)
