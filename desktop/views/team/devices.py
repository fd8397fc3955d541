"""Laptops (tdsmi9800m000): the team's laptops as a CRM manager sees them, each with its user,
its last sync and whether it was revoked; "Revoke" makes the team server refuse the laptop at
its next request (a lost or stolen one), "Revoke and wipe" also has it delete the team's
records it holds, after the manager confirms. The rows are the domain's: a user who is not a
CRM manager is shown none (rights.manager_clause), and refused the actions
(crm/devices.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import case

from desktop.crm import entities as E
from desktop.crm.rights import manager_clause
from desktop.models.columns import Column
from desktop.views.shapes.forms import tr_field as t
from desktop.views.shapes.overview import OverviewSession
from desktop.views.shell.registry import session
from desktop.views.team import ops

D = E.Device
STATES = {"active": QT_TRANSLATE_NOOP("devices", "In use"),
          "revoked": QT_TRANSLATE_NOOP("devices", "Revoked"),
          "wiped": QT_TRANSLATE_NOOP("devices", "Revoked and wiped")}
STATE = case((D.wipe.is_(True), "wiped"), (D.revoked.is_(True), "revoked"), else_="active")


def _state_text(value) -> str:
    return QCoreApplication.translate("devices", STATES.get(value, value or ""))


@session("tdsmi9800m000", "Laptops", "fa5s.laptop", "tools")
class DevicesSession(OverviewSession):
    entity = D
    allow_new = False
    allow_delete = False

    def columns(self):
        return [Column("device_no", t("Laptop"), D.device_no, width=60),
                Column("user_name", t("User"), D.user_name, searchable=True, width=110),
                Column("name", t("Name"), D.name, searchable=True, width=200),
                Column("state", t("State"), STATE, width=150,
                       render=lambda value, *_: _state_text(value)),
                Column("last_seen_at", t("Last sync"), D.last_seen_at, kind="datetime",
                       width=140),
                Column("registered_at", t("Registered"), D.registered_at, kind="datetime",
                       width=140),
                Column("revision", t("Version"), D.revision, width=80)]

    def default_order(self):
        return [D.last_seen_at.desc().nulls_last(), D.id]

    def fixed_clauses(self):
        return [manager_clause(self.ctx.user)]

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.toolbar.addSeparator()
        self.add_tool("fa5s.ban", "devices", "Revoke", self.revoke)
        self.wipe_action = self.add_tool("fa5s.eraser", "devices", "Revoke and wipe",
                                         self.revoke_and_wipe)

    def revoke(self) -> None:
        if self.current_id() is not None:
            self.op(ops.revoke_device, self.current_id()).confirming().titled(
                QCoreApplication.translate("devices", "Revoke")).run()

    def revoke_and_wipe(self) -> None:
        if self.current_id() is not None:
            self.op(ops.revoke_and_wipe_device, self.current_id()).confirming().titled(
                QCoreApplication.translate("devices", "Revoke and wipe")).run()
