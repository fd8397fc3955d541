"""CRM and COM parameters (single rows), user defaults and default attribute sets."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.crm.db.base import Audited, Base
from desktop.crm.db.types import EnumByName
from desktop.crm.entities.attributes import AttributeSet
from desktop.crm.entities.masterdata import (
    NumberSeries,
    OpportunitySource,
    OpportunityType,
    SalesProcess,
)
from desktop.crm.enums import BPRole, InitialsBasedOn


class CRMParameters(Audited, Base):
    """CRM Parameters (tdsmi0100m000); one row."""

    __tablename__ = "crm_parameters"
    entity_label = "CRM parameters"
    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_series_id: Mapped[int | None] = mapped_column(
        ForeignKey("number_series.id"), index=True
    )
    default_opportunity_type_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity_types.id"), index=True
    )
    default_origin_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity_sources.id"), index=True
    )
    default_sales_process_id: Mapped[int | None] = mapped_column(
        ForeignKey("sales_processes.id"), index=True
    )
    default_attribute_set_opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("attribute_sets.id"), index=True
    )
    default_attribute_set_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("attribute_sets.id"), index=True
    )
    home_currency: Mapped[str] = mapped_column(String(3), default="EUR")
    #: GDPR storage limitation: a contact with no activity for this many years is anonymised
    #: by the retention run (0: kept)
    retention_contact_years: Mapped[int] = mapped_column(Integer, default=0)
    #: the same for the contacts of prospects (and of no partner), when not 0
    retention_prospect_years: Mapped[int] = mapped_column(Integer, default=0)

    opportunity_series: Mapped[NumberSeries | None] = relationship()
    default_opportunity_type: Mapped[OpportunityType | None] = relationship()
    default_origin: Mapped[OpportunitySource | None] = relationship()
    default_sales_process: Mapped[SalesProcess | None] = relationship()
    default_attribute_set_opportunity: Mapped[AttributeSet | None] = relationship(
        foreign_keys=[default_attribute_set_opportunity_id]
    )
    default_attribute_set_contact: Mapped[AttributeSet | None] = relationship(
        foreign_keys=[default_attribute_set_contact_id]
    )


class UserDefaults(Audited, Base):
    """Defaults by User (tdsmi0520m000): override the CRM parameters when filled."""

    __tablename__ = "user_defaults"
    entity_label = "Defaults by user"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_name: Mapped[str] = mapped_column(String(40), unique=True)
    default_opportunity_type_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity_types.id"), index=True
    )
    default_origin_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunity_sources.id"), index=True
    )
    default_sales_process_id: Mapped[int | None] = mapped_column(
        ForeignKey("sales_processes.id"), index=True
    )
    default_attribute_set_opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("attribute_sets.id"), index=True
    )
    default_attribute_set_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("attribute_sets.id"), index=True
    )

    default_opportunity_type: Mapped[OpportunityType | None] = relationship()
    default_origin: Mapped[OpportunitySource | None] = relationship()
    default_sales_process: Mapped[SalesProcess | None] = relationship()
    default_attribute_set_opportunity: Mapped[AttributeSet | None] = relationship(
        foreign_keys=[default_attribute_set_opportunity_id]
    )
    default_attribute_set_contact: Mapped[AttributeSet | None] = relationship(
        foreign_keys=[default_attribute_set_contact_id]
    )

    def display_key(self) -> str:
        return self.user_name


class DefaultAttributeSetByRole(Audited, Base):
    """Default attribute set for new business partners per role, potential or not.

    ``user_name`` empty = the CRM parameter; filled = that user's default (BR-ATR-09).
    """

    __tablename__ = "default_attribute_sets_by_role"
    __table_args__ = (UniqueConstraint("user_name", "role", "potential"),)
    entity_label = "Default attribute set by role"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_name: Mapped[str] = mapped_column(String(40), default="")
    role: Mapped[BPRole] = mapped_column(EnumByName(BPRole))
    potential: Mapped[bool] = mapped_column(Boolean, default=False)
    attribute_set_id: Mapped[int] = mapped_column(ForeignKey("attribute_sets.id"), index=True)
    attribute_set: Mapped[AttributeSet] = relationship()


class COMParameters(Audited, Base):
    """COM Parameters (tccom0000s000), the CRM-relevant part; one row."""

    __tablename__ = "com_parameters"
    entity_label = "COM parameters"
    id: Mapped[int] = mapped_column(primary_key=True)
    #: who uses this CRM: the window title, the letterhead of letters and quotations
    company_name: Mapped[str] = mapped_column(String(80), default="")
    company_address: Mapped[str] = mapped_column(Text, default="")
    #: the seller's legal identifiers, printed on quotations (French law asks for them):
    #: legal form and share capital ("SAS au capital de 50 000 €"), registration (SIREN /
    #: SIRET, RCS), intra-community VAT number
    company_legal_form: Mapped[str] = mapped_column(String(40), default="")
    company_capital: Mapped[str] = mapped_column(String(40), default="")
    company_registration: Mapped[str] = mapped_column(String(60), default="")
    company_vat_number: Mapped[str] = mapped_column(String(20), default="")
    bp_series_id: Mapped[int | None] = mapped_column(ForeignKey("number_series.id"), index=True)
    contact_series_id: Mapped[int | None] = mapped_column(
        ForeignKey("number_series.id"), index=True
    )
    appointment_series_id: Mapped[int | None] = mapped_column(
        ForeignKey("number_series.id"), index=True
    )
    call_series_id: Mapped[int | None] = mapped_column(ForeignKey("number_series.id"), index=True)
    task_series_id: Mapped[int | None] = mapped_column(ForeignKey("number_series.id"), index=True)
    mailing_series_id: Mapped[int | None] = mapped_column(
        ForeignKey("number_series.id"), index=True
    )
    email_series_id: Mapped[int | None] = mapped_column(ForeignKey("number_series.id"), index=True)
    initials_based_on: Mapped[InitialsBasedOn] = mapped_column(
        EnumByName(InitialsBasedOn), default=InitialsBasedOn.FIRST_NAME
    )
    synchronize_contacts: Mapped[bool] = mapped_column(Boolean, default=False)
    synchronize_activities: Mapped[bool] = mapped_column(Boolean, default=False)
    path_for_attachments: Mapped[str] = mapped_column(String(500), default="")
    #: Bytes an email may weigh with its attachments.
    maximum_email_size: Mapped[int] = mapped_column(Integer, default=10 * 1024 * 1024)
    assignment_appointments_service: Mapped[bool] = mapped_column(Boolean, default=False)
    assignment_appointments_project: Mapped[bool] = mapped_column(Boolean, default=False)
