"""Business partners (LN "tiers") and their contacts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint, case, func
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.crm import clock
from desktop.crm.db.base import Audited, Base, Coded
from desktop.crm.db.types import EnumByName, Money, UTCDateTime
from desktop.crm.entities.masterdata import Employee, Phase, SalesOffice
from desktop.crm.enums import BPRole, BPStatus, ContactCategory


class BusinessPartner(Audited, Coded, Base):
    __tablename__ = "business_partners"
    entity_label = "Business partner"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(9), unique=True)
    name: Mapped[str] = mapped_column(String(80), index=True)
    status: Mapped[BPStatus] = mapped_column(EnumByName(BPStatus), default=BPStatus.PROSPECT, index=True)
    status_effective_date: Mapped[dt.date | None] = mapped_column(Date)
    status_expiry_date: Mapped[dt.date | None] = mapped_column(Date)
    internal_rep_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"), index=True)
    external_rep_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"), index=True)
    sales_office_id: Mapped[int | None] = mapped_column(ForeignKey("sales_offices.id"), index=True)
    phase_id: Mapped[int | None] = mapped_column(ForeignKey("phases.id"), index=True)
    street: Mapped[str] = mapped_column(String(80), default="")
    postal_code: Mapped[str] = mapped_column(String(12), default="")
    city: Mapped[str] = mapped_column(String(40), default="", index=True)
    country: Mapped[str] = mapped_column(String(3), default="FR")
    language: Mapped[str] = mapped_column(String(3), default="fr")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    #: as the partner writes it; duplicates compare its letters and digits only
    vat_number: Mapped[str] = mapped_column(String(20), default="", index=True)
    #: the company's number in its country's register (SIRET, UK company number ...): a
    #: duplicate sign like the VAT number
    registration_number: Mapped[str] = mapped_column(String(20), default="", index=True)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    turnover_previous_year: Mapped[Decimal | None] = mapped_column(Money())
    turnover_current_year: Mapped[Decimal | None] = mapped_column(Money())
    credit_limit: Mapped[Decimal | None] = mapped_column(Money())
    open_balance: Mapped[Decimal | None] = mapped_column(Money())
    overdue_amount: Mapped[Decimal | None] = mapped_column(Money())
    general_information: Mapped[str] = mapped_column(Text, default="")

    internal_rep: Mapped[Employee | None] = relationship(foreign_keys=[internal_rep_id])
    external_rep: Mapped[Employee | None] = relationship(foreign_keys=[external_rep_id])
    sales_office: Mapped[SalesOffice | None] = relationship()
    phase: Mapped[Phase | None] = relationship()
    roles: Mapped[list[BusinessPartnerRole]] = relationship(
        back_populates="business_partner", cascade="all, delete-orphan"
    )
    # passive: deleting a partner that still has contacts is refused by the database
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="business_partner", passive_deletes="all"
    )


class BusinessPartnerRole(Audited, Base):
    """A role the partner plays (sold-to, ship-to ...); ``potential`` for prospect roles."""

    __tablename__ = "business_partner_roles"
    __table_args__ = (UniqueConstraint("business_partner_id", "role"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    business_partner_id: Mapped[int] = mapped_column(
        ForeignKey("business_partners.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[BPRole] = mapped_column(EnumByName(BPRole))
    potential: Mapped[bool] = mapped_column(Boolean, default=False)
    business_partner: Mapped[BusinessPartner] = relationship(back_populates="roles")


class Contact(Audited, Coded, Base):
    __tablename__ = "contacts"
    # mail merge and Customer 360 look up "the primary contact of this partner" constantly
    __table_args__ = (Index("ix_contacts_partner_primary", "business_partner_id", "is_primary"),)
    entity_label = "Contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(9), unique=True)
    first_name: Mapped[str] = mapped_column(String(40), default="")
    last_name: Mapped[str] = mapped_column(String(40), index=True)
    before_surname_prefix: Mapped[str] = mapped_column(String(15), default="")
    initials: Mapped[str] = mapped_column(String(10), default="")
    salutation: Mapped[str] = mapped_column(String(20), default="")
    business_partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("business_partners.id"), index=True
    )
    #: The partner's primary contact (at most one per partner, kept by the domain).
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    job_title: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="", index=True)
    office_phone: Mapped[str] = mapped_column(String(30), default="")
    mobile_phone: Mapped[str] = mapped_column(String(30), default="")
    primary_office_phone: Mapped[bool] = mapped_column(Boolean, default=True)
    primary_mobile_phone: Mapped[bool] = mapped_column(Boolean, default=False)
    do_not_call: Mapped[bool] = mapped_column(Boolean, default=False)
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)
    #: objects to postal mail (letters, mailings), beside do_not_call and opted_out
    do_not_mail: Mapped[bool] = mapped_column(Boolean, default=False)
    #: kept as it is (a dispute, an audit): its personal data may not be erased
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False)
    synchronize: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    category: Mapped[ContactCategory] = mapped_column(
        EnumByName(ContactCategory), default=ContactCategory.CONTACT
    )
    country: Mapped[str] = mapped_column(String(3), default="")
    language: Mapped[str] = mapped_column(String(3), default="")
    #: the UID of the vCard the contact came from (another program's), so that the same card
    #: imported again finds it, with or without an e-mail address
    card_uid: Mapped[str] = mapped_column(String(255), default="", index=True)

    business_partner: Mapped[BusinessPartner | None] = relationship(back_populates="contacts")

    @hybrid_property
    def full_name(self) -> str:
        parts = (self.first_name, self.before_surname_prefix, self.last_name)
        return " ".join(p for p in parts if p)

    @full_name.inplace.expression
    @classmethod
    def _full_name_sql(cls):
        """"Grégoire Faure", "Jan van Dijk" in SQL: lookups show and search it."""
        prefix = case((cls.before_surname_prefix != "", cls.before_surname_prefix + " "),
                      else_="")
        return func.trim(cls.first_name + " " + prefix + cls.last_name)

    @property
    def primary_phone(self) -> str:
        if self.primary_mobile_phone and self.mobile_phone:
            return self.mobile_phone
        return self.office_phone or self.mobile_phone


class DistinctRecordSet(Base):
    """Records a user said are not duplicates of one another (two, or a whole group such as
    the branches of one company sharing an e-mail address): the duplicate search leaves their
    pairs out from then on."""

    __tablename__ = "distinct_sets"
    entity_label = "Records that are not duplicates"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_by: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=clock.now)
    members: Mapped[list[DistinctRecordMember]] = relationship(
        back_populates="record_set", cascade="all, delete-orphan", passive_deletes=True)


class DistinctRecordMember(Base):
    """One partner or one contact of a set of distinct records."""

    __tablename__ = "distinct_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(
        ForeignKey("distinct_sets.id", ondelete="CASCADE"), index=True)
    business_partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("business_partners.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    record_set: Mapped[DistinctRecordSet] = relationship(back_populates="members")
