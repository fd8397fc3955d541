"""Activities (one table, type discriminator) and their attendees, recipients, attachments and
references; notes on any business object."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.crm.db.base import Audited, Base, Coded
from desktop.crm.db.types import EnumByName, Money, UTCDateTime
from desktop.crm.entities.marketing import ActivityTemplate, Letter
from desktop.crm.entities.masterdata import Employee, NumberSeries, Phase
from desktop.crm.entities.opportunities import Opportunity
from desktop.crm.entities.partners import BusinessPartner, Contact
from desktop.crm.enums import (
    ActivityOrigin,
    ActivityStatus,
    ActivityType,
    Attendance,
    AttendanceStatus,
    BusinessObjectKind,
    EmailDirection,
    PartyType,
    RecipientRole,
    ReferenceType,
    ShowTimeAs,
    TaskPriority,
    TimeUnit,
)


class Activity(Audited, Coded, Base):
    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_type_sort_date", "type", "sort_date"),
        Index("ix_activities_status_sort_date", "status", "sort_date"),
        # the 360's timeline (newest first) and its chart (by month and type, index only)
        Index("ix_activities_partner_sort_date_type", "business_partner_id", "sort_date",
              "type"),
        # the timeline's undated activities, newest first, without visiting the dated ones
        Index("ix_activities_partner_undated", "business_partner_id", "id",
              sqlite_where=text("sort_date IS NULL"),
              postgresql_where=text("sort_date IS NULL")),
    )
    entity_label = "Activity"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(9), unique=True)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("number_series.id"), index=True)
    type: Mapped[ActivityType] = mapped_column(EnumByName(ActivityType))
    subject: Mapped[str] = mapped_column(String(80), index=True)
    status: Mapped[ActivityStatus] = mapped_column(EnumByName(ActivityStatus))
    information: Mapped[str] = mapped_column(Text, default="")
    business_partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("business_partners.id"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id"), index=True)
    phase_id: Mapped[int | None] = mapped_column(ForeignKey("phases.id"), index=True)
    linked_activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activities.id"), index=True
    )
    template_id: Mapped[int | None] = mapped_column(ForeignKey("activity_templates.id"), index=True)
    origin: Mapped[ActivityOrigin] = mapped_column(
        EnumByName(ActivityOrigin), default=ActivityOrigin.MANUAL
    )
    sort_date: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), index=True)
    synchronize: Mapped[bool] = mapped_column(Boolean, default=False)
    # appointment / call
    location: Mapped[str] = mapped_column(String(80), default="")
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    start_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), index=True)
    end_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    duration_hours: Mapped[int | None] = mapped_column(Integer)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    show_time_as: Mapped[ShowTimeAs] = mapped_column(EnumByName(ShowTimeAs), default=ShowTimeAs.BUSY)
    organizer_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"), index=True)
    # reminders (all types); reminder_at is the moment it fires
    reminder: Mapped[bool] = mapped_column(Boolean, default=False)
    reminder_value: Mapped[int | None] = mapped_column(Integer)
    reminder_unit: Mapped[TimeUnit | None] = mapped_column(EnumByName(TimeUnit))
    reminder_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), index=True)
    reminder_done: Mapped[bool] = mapped_column(Boolean, default=False)
    # task
    priority: Mapped[TaskPriority] = mapped_column(
        EnumByName(TaskPriority), default=TaskPriority.NORMAL
    )
    due_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"), index=True)
    percent_complete: Mapped[int] = mapped_column(Integer, default=0)
    completed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    # mailing
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("letters.id"), index=True)
    # email
    direction: Mapped[EmailDirection | None] = mapped_column(EnumByName(EmailDirection))
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())

    series: Mapped[NumberSeries | None] = relationship()
    business_partner: Mapped[BusinessPartner | None] = relationship()
    contact: Mapped[Contact | None] = relationship()
    opportunity: Mapped[Opportunity | None] = relationship()
    phase: Mapped[Phase | None] = relationship()
    linked_activity: Mapped[Activity | None] = relationship(remote_side=[id])
    template: Mapped[ActivityTemplate | None] = relationship()
    organizer: Mapped[Employee | None] = relationship(foreign_keys=[organizer_id])
    assigned_to: Mapped[Employee | None] = relationship(foreign_keys=[assigned_to_id])
    letter: Mapped[Letter | None] = relationship()
    attendees: Mapped[list[Attendee]] = relationship(
        back_populates="activity", order_by="Attendee.line_no", cascade="all, delete-orphan"
    )
    recipients: Mapped[list[EmailRecipient]] = relationship(
        back_populates="activity", order_by="EmailRecipient.sequence", cascade="all, delete-orphan"
    )
    attachments: Mapped[list[EmailAttachment]] = relationship(
        back_populates="activity", order_by="EmailAttachment.sequence", cascade="all, delete-orphan"
    )
    references: Mapped[list[ActivityReference]] = relationship(
        back_populates="activity",
        order_by="ActivityReference.sequence",
        cascade="all, delete-orphan",
    )


class Attendee(Audited, Base):
    __tablename__ = "attendees"
    __table_args__ = (UniqueConstraint("activity_id", "line_no"),)
    entity_label = "Attendee"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), index=True
    )
    line_no: Mapped[int] = mapped_column(Integer)
    attendance: Mapped[Attendance] = mapped_column(EnumByName(Attendance))
    attendee_type: Mapped[PartyType] = mapped_column(EnumByName(PartyType))
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(80), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    attendance_status: Mapped[AttendanceStatus] = mapped_column(
        EnumByName(AttendanceStatus), default=AttendanceStatus.NONE
    )
    invite: Mapped[bool] = mapped_column(Boolean, default=False)

    activity: Mapped[Activity] = relationship(back_populates="attendees")
    employee: Mapped[Employee | None] = relationship()
    contact: Mapped[Contact | None] = relationship()


class EmailRecipient(Audited, Base):
    __tablename__ = "email_recipients"
    __table_args__ = (UniqueConstraint("activity_id", "sequence"),)
    entity_label = "Recipient"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), index=True
    )
    sequence: Mapped[int] = mapped_column(Integer)
    role: Mapped[RecipientRole] = mapped_column(EnumByName(RecipientRole))
    recipient_type: Mapped[PartyType] = mapped_column(EnumByName(PartyType))
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    email: Mapped[str] = mapped_column(String(120))
    user_name: Mapped[str] = mapped_column(String(40), default="")
    text: Mapped[str] = mapped_column(Text, default="")

    activity: Mapped[Activity] = relationship(back_populates="recipients")
    employee: Mapped[Employee | None] = relationship()
    contact: Mapped[Contact | None] = relationship()


class EmailAttachment(Audited, Base):
    __tablename__ = "email_attachments"
    __table_args__ = (UniqueConstraint("activity_id", "sequence"),)
    entity_label = "Attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), index=True
    )
    sequence: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(255))
    stored_path: Mapped[str] = mapped_column(String(500))
    size_bytes: Mapped[int] = mapped_column(Integer)
    mime_type: Mapped[str] = mapped_column(String(100), default="")
    activity: Mapped[Activity] = relationship(back_populates="attachments")


class ActivityReference(Audited, Base):
    __tablename__ = "activity_references"
    __table_args__ = (UniqueConstraint("activity_id", "sequence"),)
    entity_label = "Reference by activity"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), index=True
    )
    sequence: Mapped[int] = mapped_column(Integer)
    company: Mapped[int | None] = mapped_column(Integer)
    type: Mapped[ReferenceType] = mapped_column(EnumByName(ReferenceType))
    reference: Mapped[str] = mapped_column(String(20), index=True)
    status: Mapped[str] = mapped_column(String(30), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    amount: Mapped[Decimal | None] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3), default="")
    information: Mapped[str] = mapped_column(String(120), default="")
    remark: Mapped[str] = mapped_column(String(80), default="")
    system_generated: Mapped[bool] = mapped_column(Boolean, default=False)
    activity: Mapped[Activity] = relationship(back_populates="references")


class Note(Audited, Base):
    """A note on any business object (tcstl1550m000)."""

    __tablename__ = "notes"
    __table_args__ = (Index("ix_notes_object", "object_kind", "object_id"),)
    entity_label = "Note"
    id: Mapped[int] = mapped_column(primary_key=True)
    object_kind: Mapped[BusinessObjectKind] = mapped_column(EnumByName(BusinessObjectKind))
    object_id: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(String(80))
    body: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(40), default="")
    private: Mapped[bool] = mapped_column(Boolean, default=False)
