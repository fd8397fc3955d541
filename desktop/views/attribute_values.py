"""The Attributes tab of a business object: its attribute values, typed, in one grid."""

from __future__ import annotations

from sqlalchemy import String, and_, cast, func, outerjoin

from desktop.crm import entities as E
from desktop.crm.enums import AttributeObjectKind
from desktop.models.columns import Column
from desktop.views.forms import tr_field as t
from desktop.views.overview import OverviewSession

V, A, O = E.AttributeValue, E.Attribute, E.AttributeOption


class AttributeValuesTab(OverviewSession):
    entity = E.AttributeValue
    allow_new = False

    def from_obj(self):
        return outerjoin(V.__table__, A.__table__, V.attribute_id == A.id).outerjoin(
            O.__table__, V.option_id == O.id)

    def default_order(self):
        return [A.code]

    def columns(self):
        value = func.coalesce(O.option_value, V.value_text, cast(V.value_date, String),
                              cast(V.value_number, String), cast(V.value_time, String))
        return [Column("attribute", t("Attribute"), A.code, searchable=True, width=100),
                Column("label", t("Label"), A.label, searchable=True, width=220),
                Column("type", t("Type"), A.data_type, width=100),
                Column("value", t("Value"), value, searchable=True, width=220),
                Column("text", t("Text"), V.text, width=200)]

    def fixed_clauses(self):
        return [and_(V.object_kind == self.params["kind"],
                     V.object_id == self.params["object_id"])]


def attributes_tab(kind: AttributeObjectKind):
    return lambda detail, record_id: AttributeValuesTab(detail.ctx, detail, kind=kind,
                                                        object_id=record_id)
