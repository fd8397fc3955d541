"""User-defined attributes, their options and sets, and typed values on any business object."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, Numeric, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.crm.db.base import Audited, Base, Coded
from desktop.crm.db.types import EnumByName
from desktop.crm.enums import (
    Alignment,
    AttributeObjectKind,
    AttributeType,
    CaseConversion,
    ZoomValidation,
)


class Attribute(Audited, Coded, Base):
    __tablename__ = "attributes"
    entity_label = "Attribute"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    label: Mapped[str] = mapped_column(String(40))
    search_key: Mapped[str] = mapped_column(String(16), index=True)
    data_type: Mapped[AttributeType] = mapped_column(EnumByName(AttributeType))
    length: Mapped[int | None] = mapped_column(Integer)
    case_conversion: Mapped[CaseConversion] = mapped_column(
        EnumByName(CaseConversion), default=CaseConversion.NO
    )
    alignment: Mapped[Alignment] = mapped_column(EnumByName(Alignment), default=Alignment.NO)
    zoom_code: Mapped[str] = mapped_column(String(40), default="")
    zoom_validation: Mapped[ZoomValidation] = mapped_column(
        EnumByName(ZoomValidation), default=ZoomValidation.NOT_MANDATORY
    )
    options: Mapped[list[AttributeOption]] = relationship(
        back_populates="attribute", order_by="AttributeOption.sequence", cascade="all, delete-orphan"
    )


class AttributeOption(Audited, Base):
    __tablename__ = "attribute_options"
    __table_args__ = (UniqueConstraint("attribute_id", "option_value"),)
    entity_label = "Attribute option"
    id: Mapped[int] = mapped_column(primary_key=True)
    attribute_id: Mapped[int] = mapped_column(
        ForeignKey("attributes.id", ondelete="CASCADE"), index=True
    )
    option_value: Mapped[str] = mapped_column(String(30))
    sequence: Mapped[int] = mapped_column(Integer, default=10)
    attribute: Mapped[Attribute] = relationship(back_populates="options")


class AttributeSet(Audited, Coded, Base):
    __tablename__ = "attribute_sets"
    entity_label = "Attribute set"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(6), unique=True)
    description: Mapped[str] = mapped_column(String(40))
    members: Mapped[list[AttributeSetMember]] = relationship(
        back_populates="attribute_set",
        order_by="AttributeSetMember.sequence",
        cascade="all, delete-orphan",
    )


class AttributeSetMember(Audited, Base):
    __tablename__ = "attribute_set_members"
    __table_args__ = (UniqueConstraint("attribute_set_id", "attribute_id"),)
    entity_label = "Attribute by attribute set"
    id: Mapped[int] = mapped_column(primary_key=True)
    attribute_set_id: Mapped[int] = mapped_column(
        ForeignKey("attribute_sets.id", ondelete="CASCADE"), index=True
    )
    attribute_id: Mapped[int] = mapped_column(ForeignKey("attributes.id"), index=True)
    sequence: Mapped[int] = mapped_column(Integer, default=10)
    attribute_set: Mapped[AttributeSet] = relationship(back_populates="members")
    attribute: Mapped[Attribute] = relationship()


class AttributeValue(Audited, Base):
    """The value of one attribute on one business object, in the column of its type."""

    __tablename__ = "attribute_values"
    __table_args__ = (UniqueConstraint("object_kind", "object_id", "attribute_id"),)
    entity_label = "Attribute value"
    id: Mapped[int] = mapped_column(primary_key=True)
    object_kind: Mapped[AttributeObjectKind] = mapped_column(EnumByName(AttributeObjectKind))
    object_id: Mapped[int] = mapped_column(Integer, index=True)
    attribute_id: Mapped[int] = mapped_column(ForeignKey("attributes.id"), index=True)
    attribute_set_id: Mapped[int | None] = mapped_column(
        ForeignKey("attribute_sets.id"), index=True
    )
    value_text: Mapped[str | None] = mapped_column(Text)
    value_number: Mapped[Decimal | None] = mapped_column(Numeric(28, 10), index=True)
    value_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    value_time: Mapped[dt.time | None] = mapped_column(Time)
    option_id: Mapped[int | None] = mapped_column(ForeignKey("attribute_options.id"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")

    attribute: Mapped[Attribute] = relationship()
    attribute_set: Mapped[AttributeSet | None] = relationship()
    option: Mapped[AttributeOption | None] = relationship()
