"""Opportunities with their items, contacts and references (tdsmi110 and satellites)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.crm.db.base import Audited, Base, Coded
from desktop.crm.db.types import EnumByName, Money, Percent, UnitPrice
from desktop.crm.entities.masterdata import (
    BuyerRole,
    Employee,
    Item,
    OpportunitySource,
    OpportunityType,
    Phase,
    Reason,
    SalesOffice,
    SalesProcess,
)
from desktop.crm.entities.partners import BusinessPartner, Contact
from desktop.crm.enums import OpportunityStatus, ReferenceType


class Opportunity(Audited, Coded, Base):
    __tablename__ = "opportunities"
    entity_label = "Opportunity"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(9), unique=True)
    description: Mapped[str] = mapped_column(String(60))
    general_information: Mapped[str] = mapped_column(Text, default="")
    sold_to_bp_id: Mapped[int] = mapped_column(ForeignKey("business_partners.id"), index=True)
    assigned_to_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    status: Mapped[OpportunityStatus] = mapped_column(
        EnumByName(OpportunityStatus), default=OpportunityStatus.PRELIMINARY, index=True
    )
    sales_process_id: Mapped[int] = mapped_column(ForeignKey("sales_processes.id"), index=True)
    phase_id: Mapped[int | None] = mapped_column(ForeignKey("phases.id"), index=True)
    probability_pct: Mapped[Decimal | None] = mapped_column(Percent())
    reason_id: Mapped[int | None] = mapped_column(ForeignKey("reasons.id"), index=True)
    opportunity_type_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity_types.id"), index=True
    )
    origin_id: Mapped[int | None] = mapped_column(ForeignKey("opportunity_sources.id"), index=True)
    sales_office_id: Mapped[int | None] = mapped_column(ForeignKey("sales_offices.id"), index=True)
    expected_revenue: Mapped[Decimal | None] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    include_in_forecast: Mapped[bool] = mapped_column(Boolean, default=True)
    first_contact_date: Mapped[dt.date | None] = mapped_column(Date)
    expected_close_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date)

    sold_to_bp: Mapped[BusinessPartner] = relationship()
    assigned_to: Mapped[Employee] = relationship()
    sales_process: Mapped[SalesProcess] = relationship()
    phase: Mapped[Phase | None] = relationship()
    reason: Mapped[Reason | None] = relationship()
    opportunity_type: Mapped[OpportunityType | None] = relationship()
    origin: Mapped[OpportunitySource | None] = relationship()
    sales_office: Mapped[SalesOffice | None] = relationship()
    items: Mapped[list[OpportunityItem]] = relationship(
        back_populates="opportunity",
        order_by="OpportunityItem.position",
        cascade="all, delete-orphan",
    )
    contacts: Mapped[list[OpportunityContact]] = relationship(
        back_populates="opportunity", cascade="all, delete-orphan"
    )
    references: Mapped[list[OpportunityReference]] = relationship(
        back_populates="opportunity",
        order_by="OpportunityReference.sequence",
        cascade="all, delete-orphan",
    )


class OpportunityItem(Audited, Base):
    __tablename__ = "opportunity_items"
    __table_args__ = (UniqueConstraint("opportunity_id", "position"),)
    entity_label = "Opportunity item"
    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    selected: Mapped[bool] = mapped_column(Boolean, default=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    ordered_qty: Mapped[Decimal] = mapped_column(UnitPrice())
    order_unit: Mapped[str] = mapped_column(String(3))
    price: Mapped[Decimal | None] = mapped_column(UnitPrice())
    price_currency: Mapped[str] = mapped_column(String(3), default="EUR")
    price_unit: Mapped[str] = mapped_column(String(3), default="")
    discount_pct: Mapped[Decimal | None] = mapped_column(Percent())
    discount_amount: Mapped[Decimal | None] = mapped_column(Money())
    multi_level_discount: Mapped[bool] = mapped_column(Boolean, default=False)
    manual_price: Mapped[bool] = mapped_column(Boolean, default=False)
    amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    mandatory_project_peg: Mapped[bool] = mapped_column(Boolean, default=False)
    peg_project: Mapped[str] = mapped_column(String(9), default="")
    peg_element: Mapped[str] = mapped_column(String(30), default="")
    peg_activity: Mapped[str] = mapped_column(String(30), default="")

    opportunity: Mapped[Opportunity] = relationship(back_populates="items")
    item: Mapped[Item] = relationship()


class OpportunityContact(Audited, Base):
    __tablename__ = "opportunity_contacts"
    __table_args__ = (UniqueConstraint("opportunity_id", "contact_id"),)
    entity_label = "Contact by opportunity"
    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    buyer_role_id: Mapped[int | None] = mapped_column(ForeignKey("buyer_roles.id"), index=True)
    primary_contact: Mapped[bool] = mapped_column(Boolean, default=False)

    opportunity: Mapped[Opportunity] = relationship(back_populates="contacts")
    contact: Mapped[Contact] = relationship()
    buyer_role: Mapped[BuyerRole | None] = relationship()


class OpportunityReference(Audited, Base):
    __tablename__ = "opportunity_references"
    __table_args__ = (UniqueConstraint("opportunity_id", "sequence"),)
    entity_label = "Reference by opportunity"
    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    sequence: Mapped[int] = mapped_column(Integer)
    type: Mapped[ReferenceType] = mapped_column(EnumByName(ReferenceType))
    reference: Mapped[str] = mapped_column(String(20), index=True)
    status: Mapped[str] = mapped_column(String(30), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    amount: Mapped[Decimal | None] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3), default="")
    information: Mapped[str] = mapped_column(String(120), default="")
    remark: Mapped[str] = mapped_column(String(80), default="")
    system_generated: Mapped[bool] = mapped_column(Boolean, default=False)

    opportunity: Mapped[Opportunity] = relationship(back_populates="references")
