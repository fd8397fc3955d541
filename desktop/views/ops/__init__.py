"""Operations: the one way the GUI reads and changes data (see operation.py)."""

from desktop.crm.db.changes import Changes
from desktop.i18n import error_text, tr_crm
from desktop.views.ops.operation import ChangeHub, Op, Query, read_now, show_failure
from desktop.views.ops.pool import TaskPool

__all__ = ["ChangeHub", "Changes", "Op", "Query", "TaskPool", "read_now", "error_text", "show_failure",
           "tr_crm"]
