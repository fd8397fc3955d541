"""Overview + detail pairs for plain records, declared in a few lines each."""

from __future__ import annotations

from functools import partial

from desktop.models.columns import Column
from desktop.views.shapes import ops as shapes_ops
from desktop.views.shapes.detail import DetailSession
from desktop.views.shapes.forms import FieldSpec, Group, tr_field
from desktop.views.shapes.ops import RecordHooks
from desktop.views.shapes.overview import OverviewSession
from desktop.views.shell.registry import session


def define(entity: type, overview: tuple[str, str], detail: tuple[str, str], icon: str,
           area: str, columns, groups, tabs=None, order=None, save=None, base_overview=None,
           base_detail=None) -> tuple[type, type]:
    """Register an overview session (code, title) and its detail session (code, title).

    ``columns`` and ``groups`` are callables so that their labels are translated when the
    window is built, not when the module is imported.
    """
    overview_base = base_overview or OverviewSession
    detail_base = base_detail or DetailSession

    class Overview(overview_base):
        pass

    Overview.entity = entity
    Overview.detail_code = detail[0]
    Overview.columns = lambda self: columns(self)
    if order is not None:
        Overview.default_order = lambda self: order()

    class Detail(detail_base):
        pass

    Detail.entity = entity
    Detail.groups = lambda self: groups(self)
    if tabs is not None:
        Detail.tabs = lambda self: tabs(self)
    if save is not None:
        Detail.hooks = RecordHooks(save_values=partial(shapes_ops.save_through, save))
    Overview.__name__ = Overview.__qualname__ = f"{entity.__name__}Overview"
    Detail.__name__ = Detail.__qualname__ = f"{entity.__name__}Detail"
    session(*overview, icon, area)(Overview)
    session(*detail, icon, area, in_menu=False, is_detail=True)(Detail)
    return Overview, Detail


def code_columns(entity, self) -> list[Column]:
    """Code + description, the columns of most code tables."""
    return [Column("code", tr_field("Code"), entity.code, searchable=True, width=100),
            Column("description", tr_field("Description"), entity.description,
                   searchable=True, width=300)]


def code_groups(extra=()) -> list[Group]:
    return [Group("General", [FieldSpec("code", required=True),
                              FieldSpec("description", required=True),
                              *extra])]
