"""What every session window needs: the database, who is working, settings, and a way to open
other sessions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desktop.crm.database import Database
from desktop.settings import Settings


@dataclass
class AppContext:
    db: Database
    user: str
    settings: Settings
    employee_id: int | None = None
    employee_name: str = ""
    #: open_session(code, **params) -> the session window; set by the main window
    open_session: Callable[..., object] = field(default=lambda code, **params: None)
    #: notify other windows that records of these entities changed
    data_changed: Callable[[set[type]], None] = field(default=lambda entities: None)
    #: builds the Exchange gateway (tests point it at a loopback server); None: the settings
    make_gateway: Callable[[], object] | None = None

    def session(self) -> Session:
        return self.db.session(user=self.user)
