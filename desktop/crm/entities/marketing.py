"""Selections, letters, reports with their layout lines, and activity templates."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.crm.db.base import Audited, Base, Coded
from desktop.crm.db.types import EnumByName
from desktop.crm.entities.attributes import AttributeSet
from desktop.crm.enums import ActivityType, BusinessObjectKind, ReportOrientation, TaskPriority


class Selection(Audited, Coded, Base):
    __tablename__ = "selections"
    entity_label = "Selection"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    description: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text, default="")
    expression: Mapped[str] = mapped_column(Text, default="")
    object_kind: Mapped[BusinessObjectKind] = mapped_column(
        EnumByName(BusinessObjectKind), default=BusinessObjectKind.BUSINESS_PARTNER
    )
    compiled_ok: Mapped[bool] = mapped_column(Boolean, default=False)


class Letter(Audited, Coded, Base):
    __tablename__ = "letters"
    entity_label = "Letter"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    description: Mapped[str] = mapped_column(String(40))
    #: The document with its merge fields, in the versioned JSON of crm.letters.storage.
    layout: Mapped[str] = mapped_column(Text, default="")
    export: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(3), default="fr")
    #: whose fields the letter merges (a mailing to contacts, by default)
    object_kind: Mapped[BusinessObjectKind] = mapped_column(
        EnumByName(BusinessObjectKind), default=BusinessObjectKind.CONTACT)


class Report(Audited, Coded, Base):
    __tablename__ = "reports"
    entity_label = "Report"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    description: Mapped[str] = mapped_column(String(40))
    header_text: Mapped[str] = mapped_column(Text, default="")
    footer_text: Mapped[str] = mapped_column(Text, default="")
    business_object: Mapped[BusinessObjectKind] = mapped_column(EnumByName(BusinessObjectKind))
    orientation: Mapped[ReportOrientation] = mapped_column(
        EnumByName(ReportOrientation), default=ReportOrientation.NORMAL
    )
    lines: Mapped[list[ReportLayoutLine]] = relationship(
        back_populates="report", order_by="ReportLayoutLine.sequence", cascade="all, delete-orphan"
    )


class ReportLayoutLine(Audited, Base):
    __tablename__ = "report_layout_lines"
    __table_args__ = (UniqueConstraint("report_id", "sequence"),)
    entity_label = "Report layout line"
    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    #: A catalogue field (``bp.name``) or an attribute reference (``(R, CLIENT_SINCE)``).
    field_name: Mapped[str] = mapped_column(String(80))
    heading: Mapped[str] = mapped_column(String(40), default="")
    width: Mapped[int] = mapped_column(Integer, default=15)
    sort: Mapped[bool] = mapped_column(Boolean, default=False)
    subtotal: Mapped[bool] = mapped_column(Boolean, default=False)
    total: Mapped[bool] = mapped_column(Boolean, default=False)
    new_page: Mapped[bool] = mapped_column(Boolean, default=False)
    report: Mapped[Report] = relationship(back_populates="lines")


class ActivityTemplate(Audited, Coded, Base):
    __tablename__ = "activity_templates"
    entity_label = "Activity template"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(6), unique=True)
    description: Mapped[str] = mapped_column(String(40))
    activity_type: Mapped[ActivityType] = mapped_column(
        EnumByName(ActivityType), default=ActivityType.TASK
    )
    subject: Mapped[str] = mapped_column(String(80))
    information: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[TaskPriority] = mapped_column(
        EnumByName(TaskPriority), default=TaskPriority.NORMAL
    )
    due_offset_days: Mapped[int] = mapped_column(Integer, default=0)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    attribute_set_id: Mapped[int | None] = mapped_column(
        ForeignKey("attribute_sets.id"), index=True
    )
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    attribute_set: Mapped[AttributeSet | None] = relationship()
    letter: Mapped[Letter | None] = relationship()
