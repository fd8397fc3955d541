"""Attributes (tdsmi0550m000 / tdsmi0150s000) with their options (tdsmi0151m000), and
attribute sets with their members (tdsmi0153m000)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.crm import attributes as AT, entities as E
from desktop.crm.attribute_zooms import ZOOMS
from desktop.crm.enums import Alignment, AttributeType, CaseConversion, ZoomValidation
from desktop.models.columns import Column
from desktop.views.shapes.detail import DetailSession
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.overview import OverviewSession
from desktop.views.shapes.satellite import SatelliteGrid
from desktop.views.shapes.simple import code_columns, code_groups, define
from desktop.widgets.lookup import LookupSpec

OPT, MEM = E.AttributeOption, E.AttributeSetMember


class OptionsTab(SatelliteGrid):
    entity = OPT
    parent_entity = E.Attribute
    parent_key = "attribute_id"
    parent_link = "attribute"

    def default_order(self):
        return [OPT.sequence]

    def columns(self):
        return [Column("sequence", t("Sequence"), OPT.sequence, kind="int", width=80),
                Column("value", t("Option"), OPT.option_value, searchable=True, width=240)]

    def fixed_clauses(self):
        return [OPT.attribute_id == self.parent_id]

    def dialog_groups(self, values):
        return [Group("Option", [F("option_value", required=True),
                                 F("sequence", kind="int")])]



class MembersTab(SatelliteGrid):
    entity = MEM
    parent_entity = E.AttributeSet
    parent_key = "attribute_set_id"
    parent_link = "attribute_set"

    def from_obj(self):
        return MEM.__table__.join(E.Attribute.__table__, MEM.attribute_id == E.Attribute.id)

    def default_order(self):
        return [MEM.sequence]

    def columns(self):
        return [Column("sequence", t("Sequence"), MEM.sequence, kind="int", width=80),
                Column("attribute", t("Attribute"), E.Attribute.code, searchable=True),
                Column("label", t("Label"), E.Attribute.label, searchable=True, width=240)]

    def fixed_clauses(self):
        return [MEM.attribute_set_id == self.parent_id]

    def dialog_groups(self, values):
        return [Group("Attribute by attribute set", [
            F("attribute_id", kind="lookup", required=True, lookup=LookupSpec(E.Attribute, "label")),
            F("sequence", kind="int")])]



def _attribute_columns(self):
    a = E.Attribute
    return [Column("code", t("Attribute"), a.code, searchable=True, width=100),
            Column("label", t("Label"), a.label, searchable=True, width=260),
            Column("search_key", t("Search key"), a.search_key, width=150),
            Column("type", t("Type"), a.data_type, width=110),
            Column("length", t("Length"), a.length, kind="int", width=70)]


def _zoom_choices() -> list[tuple[str, str]]:
    return [("", "")] + [
        (code, f"{QCoreApplication.translate('entity', z.entity.entity_label)} ({code})")
        for code, z in ZOOMS.items()]


def _attribute_groups(self):
    return [Group("General", [
        F("code", "Attribute", required=True), F("label", required=True),
        F("search_key", tooltip="Empty: the first 16 characters of the label"),
        F("data_type", kind="enum", enum_class=AttributeType),
        F("length", kind="int", options={"minimum": 0, "maximum": 40}),
        F("case_conversion", kind="enum", enum_class=CaseConversion),
        F("alignment", kind="enum", enum_class=Alignment)]),
        Group("Reference", [F("zoom_code", kind="choice",
                              tooltip="The list the value must come from (F2 in the value)",
                              options={"choices": _zoom_choices}),
                            F("zoom_validation", kind="enum", enum_class=ZoomValidation)], column=1)]


class _AttributeDetailBase(DetailSession):
    """Only what the chosen type lets the user set is open; the Options tab belongs to
    Option attributes."""

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.form.editor("data_type").changed.connect(self._type_changed)

    def loaded(self) -> None:
        self._type_changed()

    def _type_changed(self) -> None:
        settable = AT.settable_fields(self.form.editor("data_type").value())
        for name in AT.DEPENDENT_FIELDS:
            if name in self.form.specs:
                self.form.editor(name).setEnabled(name in settable)
        for index in range(self.tab_widget.count()):
            self.tab_widget.setTabEnabled(index, "options" in settable)
            self.tab_widget.setTabToolTip(index, "" if "options" in settable else self.tr(
                "Options belong to attributes of type Option."))


class _AttributeOverviewBase(OverviewSession):
    deleter = AT.delete_attribute


define(E.Attribute, ("tdsmi0550m000", "Attributes"), ("tdsmi0150s000", "Attribute"),
       "fa5s.list-ul", "marketing", _attribute_columns, _attribute_groups,
       tabs=lambda self: [("Options", lambda d, rid: OptionsTab(d.ctx, d, attribute_id=rid))],
       base_overview=_AttributeOverviewBase, base_detail=_AttributeDetailBase)

define(E.AttributeSet, ("tdsmi0152m000", "Attribute Sets"), ("tdsmi0152s000", "Attribute Set"),
       "fa5s.layer-group", "marketing", lambda self: code_columns(E.AttributeSet, self),
       lambda self: code_groups(),
       tabs=lambda self: [("Attributes", lambda d, rid: MembersTab(d.ctx, d,
                                                                   attribute_set_id=rid))])
