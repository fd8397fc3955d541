"""Conflicts (tdsmi9600m000): what the team's sync decided when a laptop and the server
changed the same field, or a record deleted on one side was changed on the other. Each row
shows both values; "Use the other value" writes back the value that was not kept (the
laptop's, where the server's won) in one click; "Keep as it is" closes it. Opportunities'
conflicts wait here for their owner."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import case, func

from desktop.crm import entities as E
from desktop.crm.field_labels import field_label
from desktop.models.columns import Column
from desktop.team import tables as T
from desktop.team.replica.conflicts import open_conflicts
from desktop.views.shapes.forms import tr_field as t
from desktop.views.shapes.overview import OverviewSession
from desktop.views.shell.registry import session
from desktop.views.team import ops

C = E.SyncConflict
RULES = {
    "server_wins": QT_TRANSLATE_NOOP("conflicts", "Both changed it: the server's value kept"),
    "last_write": QT_TRANSLATE_NOOP("conflicts", "Both changed it: the last write kept"),
    "owner_queue": QT_TRANSLATE_NOOP("conflicts", "Waits for the opportunity's owner"),
    "completed_kept": QT_TRANSLATE_NOOP("conflicts", "Completed: not reopened"),
    "delete_vs_update": QT_TRANSLATE_NOOP("conflicts", "Deleted here, changed on the server: "
                                                       "kept"),
    "deleted_on_server": QT_TRANSLATE_NOOP("conflicts", "Deleted on the server, changed here: "
                                                        "restored"),
    "new_revision": QT_TRANSLATE_NOOP("conflicts", "Quotation changed on both sides: your "
                                                   "edit is a new revision"),
    "refused": QT_TRANSLATE_NOOP("conflicts", "Refused by the server"),
}


def _rule_text(value) -> str:
    return QCoreApplication.translate("conflicts", RULES.get(value, value or ""))


KEPT = {"server": QT_TRANSLATE_NOOP("conflicts", "the server's"),
        "laptop": QT_TRANSLATE_NOOP("conflicts", "the laptop's")}


def _kind_text(table: str) -> str:
    try:
        label = T.entity(table).entity_label
    except KeyError:
        return table
    return QCoreApplication.translate("entity", label)


def _kept_text(value) -> str:
    return QCoreApplication.translate("conflicts", KEPT.get(value, value or ""))


def _unquoted(column):
    """A kept value (JSON) as text: "Brest" -> Brest."""
    return case((func.substr(column, 1, 1) == '"',
                 func.substr(column, 2, func.length(column) - 2)), else_=column)


@session("tdsmi9600m000", "Conflicts", "fa5s.code-branch", "tools")
class ConflictsSession(OverviewSession):
    entity = C
    allow_new = False
    allow_delete = False

    def columns(self):
        return [Column("record_label", t("Record"), C.record_label, searchable=True, width=110),
                Column("table_name", t("Kind"), C.table_name, width=140,
                       render=lambda value, *_: _kind_text(value)),
                Column("field", t("Field"), C.field, width=140,
                       render=lambda value, *_: t(field_label(value)) if value else ""),
                Column("rule", t("What happened"), C.rule, width=330,
                       render=lambda value, *_: _rule_text(value)),
                Column("server_value", t("Server's value"), _unquoted(C.server_value),
                       width=170),
                Column("laptop_value", t("Laptop's value"), _unquoted(C.laptop_value),
                       width=170),
                Column("kept", t("Kept"), C.kept, width=110,
                       render=lambda value, *_: _kept_text(value)),
                Column("user_name", t("Changed by"), C.user_name, width=90),
                Column("owner_name", t("Decided by"), C.owner_name, width=90),
                Column("created_at", t("When"), C.created_at, kind="datetime", width=140)]

    def default_order(self):
        return [C.created_at.desc()]

    def fixed_clauses(self):
        return list(open_conflicts(self.ctx.user))

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.toolbar.addSeparator()
        self.other_action = self.add_tool("fa5s.undo", "conflicts", "Use the other value",
                                          self.use_other_value)
        self.add_tool("fa5s.check", "conflicts", "Keep as it is", self.keep)

    def use_other_value(self) -> None:
        if self.current_id() is not None:
            self.op(ops.use_other_value, self.current_id()).run()

    def keep(self) -> None:
        if self.current_id() is not None:
            self.op(ops.keep_server, self.current_id()).run()
