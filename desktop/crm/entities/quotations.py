"""Sales quotations generated from opportunities (stubs of LN tdsls1500 / tdsls1600)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.crm.db.base import Audited, Base, Coded
from desktop.crm.db.types import EnumByName, Money, Percent, UnitPrice
from desktop.crm.entities.masterdata import Item, SalesOffice
from desktop.crm.entities.opportunities import Opportunity
from desktop.crm.entities.partners import BusinessPartner
from desktop.crm.enums import PriceOrigin, QuotationOrigin, QuotationStatus


class Quotation(Audited, Coded, Base):
    __tablename__ = "quotations"
    entity_label = "Sales quotation"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(9), unique=True)
    sold_to_bp_id: Mapped[int] = mapped_column(ForeignKey("business_partners.id"), index=True)
    sales_office_id: Mapped[int | None] = mapped_column(ForeignKey("sales_offices.id"), index=True)
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id"), index=True)
    origin: Mapped[QuotationOrigin] = mapped_column(
        EnumByName(QuotationOrigin), default=QuotationOrigin.MANUAL
    )
    status: Mapped[QuotationStatus] = mapped_column(
        EnumByName(QuotationStatus), default=QuotationStatus.CREATED, index=True
    )
    quotation_date: Mapped[dt.date] = mapped_column(Date, index=True)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    probability_pct: Mapped[Decimal | None] = mapped_column(Percent())
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    description: Mapped[str] = mapped_column(String(60), default="")
    #: a laptop's edit of a quotation changed meanwhile on the server becomes a new revision
    #: (desktop.team): the quotation it revises, and its revision number
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    revised_from_id: Mapped[int | None] = mapped_column(ForeignKey("quotations.id"),
                                                        index=True)

    sold_to_bp: Mapped[BusinessPartner] = relationship()
    sales_office: Mapped[SalesOffice | None] = relationship()
    opportunity: Mapped[Opportunity | None] = relationship()
    lines: Mapped[list[QuotationLine]] = relationship(
        back_populates="quotation", order_by="QuotationLine.position", cascade="all, delete-orphan"
    )

    @property
    def total_amount(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0"))


class QuotationLine(Audited, Base):
    __tablename__ = "quotation_lines"
    __table_args__ = (
        UniqueConstraint("quotation_id", "position"),
        CheckConstraint("ordered_qty > 0", name="positive_qty"),
    )
    entity_label = "Quotation line"
    id: Mapped[int] = mapped_column(primary_key=True)
    quotation_id: Mapped[int] = mapped_column(
        ForeignKey("quotations.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    ordered_qty: Mapped[Decimal] = mapped_column(UnitPrice())
    unit: Mapped[str] = mapped_column(String(3))
    price: Mapped[Decimal | None] = mapped_column(UnitPrice())
    price_currency: Mapped[str] = mapped_column(String(3), default="EUR")
    price_unit: Mapped[str] = mapped_column(String(3), default="")
    discount_pct: Mapped[Decimal | None] = mapped_column(Percent())
    discount_amount: Mapped[Decimal | None] = mapped_column(Money())
    amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    opportunity_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id"), index=True)
    price_origin: Mapped[PriceOrigin] = mapped_column(
        EnumByName(PriceOrigin), default=PriceOrigin.ITEM
    )
    peg_project: Mapped[str] = mapped_column(String(9), default="")
    peg_element: Mapped[str] = mapped_column(String(30), default="")
    peg_activity: Mapped[str] = mapped_column(String(30), default="")

    quotation: Mapped[Quotation] = relationship(back_populates="lines")
    item: Mapped[Item] = relationship()
    opportunity: Mapped[Opportunity | None] = relationship()
