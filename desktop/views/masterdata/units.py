"""Units (tcmcs0101m000): the units of measure items and lines carry, with their names by
language, which a customer's quotation uses ("pièce" for a French customer, not "pcs")."""

from __future__ import annotations

from desktop.crm import entities as E
from desktop.models.columns import Column
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.satellite import SatelliteGrid
from desktop.views.shapes.simple import code_columns, define

UD = E.UnitDescription


class UnitDescriptionsTab(SatelliteGrid):
    """The unit's name in each language."""

    entity = UD
    parent_entity = E.Unit
    parent_key = "unit_id"
    parent_link = "unit"

    def default_order(self):
        return [UD.language]

    def columns(self):
        return [Column("language", t("Language"), UD.language, searchable=True, width=80),
                Column("description", t("Description"), UD.description, searchable=True,
                       width=260)]

    def fixed_clauses(self):
        return [UD.unit_id == self.parent_id]

    def dialog_groups(self, values):
        return [Group("Unit description", [
            F("language", required=True, max_length=5,
              tooltip="The language's code, as partners carry it: fr, en, de, nl, it, es"),
            F("description", required=True, max_length=30)])]


def _groups(self):
    return [Group("General", [F("code", "Unit", required=True, max_length=3),
                              F("description", required=True, max_length=30)])]


def _unit_tabs(self):
    return [("Descriptions by language",
             lambda d, rid: UnitDescriptionsTab(d.ctx, d, unit_id=rid))]


define(E.Unit, ("tcmcs0101m000", "Units"), ("tcmcs0101s000", "Unit"), "fa5s.ruler",
       "master", lambda self: code_columns(E.Unit, self), _groups, tabs=_unit_tabs)
