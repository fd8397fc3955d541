"""What every session window needs: the database, who is working, settings, the task pool and
change hub of the operations, and a way to open other sessions and records."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.crm.db.database import Database
from desktop.settings import Settings
from desktop.views.ops.operation import ChangeHub
from desktop.views.ops.pool import TaskPool


@dataclass
class AppContext:
    db: Database
    user: str
    settings: Settings
    employee_id: int | None = None
    employee_name: str = ""
    #: open_session(code, **params) -> the session window; set by the main window
    open_session: Callable[..., object] = field(default=lambda code, **params: None)
    #: open_record(entity, id): the detail window of that record; set by the main window
    open_record: Callable[[type, int], None] = field(default=lambda entity, record_id: None)
    #: the database is a laptop's replica of a team's (desktop.team): the team sync runs,
    #: the Exchange sync runs on the team server instead
    replica: bool = False
    #: show_status(text): a line in the main window's status bar; set by the main window
    show_status: Callable[[str], None] = field(default=lambda text: None)
    #: builds the Exchange gateway (tests point it at a loopback server); None: the settings
    make_gateway: Callable[[], object] | None = None
    #: one pool for all background work (tests may make it run tasks inline)
    pool: TaskPool = field(default_factory=TaskPool)
    #: every window listens to it; every operation publishes its Changes on it
    hub: ChangeHub = field(default_factory=ChangeHub)
