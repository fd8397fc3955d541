"""Each activity type's icon: the same picture in the grid, the menus, the reminders and the
agenda, so that a type is told by its shape, not by a colour alone."""

from __future__ import annotations

import qtawesome as qta

from desktop.crm.enums import ActivityType as T

ICONS = {T.APPOINTMENT: "fa5s.calendar-alt", T.CALL: "fa5s.phone", T.TASK: "fa5s.tasks",
         T.MAILING: "fa5s.envelope-open-text", T.EMAIL: "fa5s.envelope"}
_icons: dict = {}


def type_icon(kind: T):
    if kind not in _icons:
        _icons[kind] = qta.icon(ICONS[kind], color="#2c6fbb")
    return _icons[kind]
