"""Master data owned here as thin versions of LN's: employees, offices, items, sales processes."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.crm.db.base import Audited, Base, Coded
from desktop.crm.db.types import EnumSet, Percent, UnitPrice
from desktop.crm.enums import EmployeeRole


class NumberSeries(Audited, Coded, Base):
    """A number group + series: prefix, width and the next number to hand out (BR-OPP-01)."""

    __tablename__ = "number_series"
    entity_label = "Number series"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    description: Mapped[str] = mapped_column(String(40), default="")
    prefix: Mapped[str] = mapped_column(String(6), default="")
    width: Mapped[int] = mapped_column(Integer, default=6)
    next_value: Mapped[int] = mapped_column(Integer, default=1)
    last_value: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: numbers without gaps (legal numbering): given online only; a record made on a laptop
    #: offline gets a provisional number, replaced at sync (desktop.team)
    gap_free: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class SalesOffice(Audited, Coded, Base):
    __tablename__ = "sales_offices"
    entity_label = "Sales office"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(6), unique=True)
    description: Mapped[str] = mapped_column(String(40))
    city: Mapped[str] = mapped_column(String(40), default="")
    quotation_series_id: Mapped[int | None] = mapped_column(
        ForeignKey("number_series.id"), index=True
    )
    quotation_series: Mapped[NumberSeries | None] = relationship()


class Employee(Audited, Coded, Base):
    __tablename__ = "employees"
    entity_label = "Employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(9), unique=True)
    name: Mapped[str] = mapped_column(String(80), index=True)
    user_name: Mapped[str | None] = mapped_column(String(40), unique=True)
    email: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    default_sales_office_id: Mapped[int | None] = mapped_column(
        ForeignKey("sales_offices.id"), index=True
    )
    #: given by a CRM manager (desktop.crm.rights)
    roles: Mapped[frozenset[EmployeeRole]] = mapped_column(EnumSet(EmployeeRole),
                                                           default=frozenset())
    default_sales_office: Mapped[SalesOffice | None] = relationship()


class SalesUserProfile(Audited, Base):
    """Sales defaults of an application user (LN tdsls0139m000)."""

    __tablename__ = "sales_user_profiles"
    entity_label = "Sales user profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_name: Mapped[str] = mapped_column(String(40), unique=True)
    default_sales_office_id: Mapped[int | None] = mapped_column(
        ForeignKey("sales_offices.id"), index=True
    )
    quotation_series_id: Mapped[int | None] = mapped_column(
        ForeignKey("number_series.id"), index=True
    )
    default_sales_office: Mapped[SalesOffice | None] = relationship()
    quotation_series: Mapped[NumberSeries | None] = relationship()

    def display_key(self) -> str:
        return self.user_name


class SalesOrderType(Audited, Coded, Base):
    __tablename__ = "sales_order_types"
    entity_label = "Sales order type"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(3), unique=True)
    description: Mapped[str] = mapped_column(String(40))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    quotation_series_id: Mapped[int | None] = mapped_column(
        ForeignKey("number_series.id"), index=True
    )
    quotation_series: Mapped[NumberSeries | None] = relationship()


class QuotationParameters(Audited, Base):
    """Sales quotation parameters (LN tdsls0100s100); a single row."""

    __tablename__ = "quotation_parameters"
    entity_label = "Quotation parameters"
    id: Mapped[int] = mapped_column(primary_key=True)
    quotation_series_id: Mapped[int | None] = mapped_column(
        ForeignKey("number_series.id"), index=True
    )
    default_validity_days: Mapped[int] = mapped_column(Integer, default=30)
    #: the tax rate of items that have none of their own
    default_tax_rate_pct: Mapped[Decimal | None] = mapped_column(Percent(), default=Decimal(20))
    quotation_series: Mapped[NumberSeries | None] = relationship()


class Item(Audited, Coded, Base):
    __tablename__ = "items"
    entity_label = "Item"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(47), unique=True)
    description: Mapped[str] = mapped_column(String(80), index=True)
    sales_unit: Mapped[str] = mapped_column(String(3), default="pcs")
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    base_price: Mapped[Decimal] = mapped_column(UnitPrice(), default=Decimal("0"))
    #: empty: the quotation parameters' default rate
    tax_rate_pct: Mapped[Decimal | None] = mapped_column(Percent())
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Unit(Audited, Base):
    """A unit of measure (LN's units table): its code as items and lines carry it, its name in
    the application's language and, by language, as a customer's documents name it."""

    __tablename__ = "units"
    entity_label = "Unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(3), unique=True)
    description: Mapped[str] = mapped_column(String(30))
    descriptions: Mapped[list[UnitDescription]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", order_by="UnitDescription.language")


class UnitDescription(Audited, Base):
    """A unit's name in one language ("pièce" for pcs in French)."""

    __tablename__ = "unit_descriptions"
    __table_args__ = (UniqueConstraint("unit_id", "language"),)
    entity_label = "Unit description"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(5))
    description: Mapped[str] = mapped_column(String(30))
    unit: Mapped[Unit] = relationship(back_populates="descriptions")


class Phase(Audited, Base):
    __tablename__ = "phases"
    entity_label = "Phase"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(6), unique=True)
    description: Mapped[str] = mapped_column(String(40))


class SalesProcess(Audited, Coded, Base):
    __tablename__ = "sales_processes"
    entity_label = "Sales process"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(6), unique=True)
    description: Mapped[str] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    phases: Mapped[list[SalesProcessPhase]] = relationship(
        back_populates="sales_process",
        order_by="SalesProcessPhase.sequence",
        cascade="all, delete-orphan",
    )


class SalesProcessPhase(Audited, Base):
    __tablename__ = "sales_process_phases"
    __table_args__ = (UniqueConstraint("sales_process_id", "sequence"),)
    entity_label = "Phase by sales process"
    id: Mapped[int] = mapped_column(primary_key=True)
    sales_process_id: Mapped[int] = mapped_column(
        ForeignKey("sales_processes.id", ondelete="CASCADE"), index=True
    )
    sequence: Mapped[int] = mapped_column(Integer)
    phase_id: Mapped[int] = mapped_column(ForeignKey("phases.id"), index=True)
    probability_pct: Mapped[Decimal | None] = mapped_column(Percent())
    sales_process: Mapped[SalesProcess] = relationship(back_populates="phases")
    phase: Mapped[Phase] = relationship()


class BuyerRole(Audited, Coded, Base):
    __tablename__ = "buyer_roles"
    entity_label = "Buyer role"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(6), unique=True)
    description: Mapped[str] = mapped_column(String(40))


class OpportunityType(Audited, Coded, Base):
    __tablename__ = "opportunity_types"
    entity_label = "Opportunity type"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(6), unique=True)
    description: Mapped[str] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class OpportunitySource(Audited, Coded, Base):
    __tablename__ = "opportunity_sources"
    entity_label = "Opportunity source"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(6), unique=True)
    description: Mapped[str] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Reason(Audited, Coded, Base):
    """Reason for an opportunity's status (won, lost, canceled, dead), Q-OPP-2."""

    __tablename__ = "reasons"
    entity_label = "Reason"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(6), unique=True)
    description: Mapped[str] = mapped_column(String(40))
    applies_to: Mapped[str] = mapped_column(String(40), default="")
