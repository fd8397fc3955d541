"""What the GDPR asks a CRM to remember: when and how a person objected or agreed again
(art. 21), and that their data was erased (art. 17), by whom and why, without the data."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.crm import clock
from desktop.crm.db.base import Base
from desktop.crm.db.types import EnumByName, UTCDateTime
from desktop.crm.entities.partners import Contact
from desktop.crm.enums import ConsentChannel


class ConsentEvent(Base):
    """An opt-out (``objected``) or an opt-in of a contact for a channel, with its source."""

    __tablename__ = "consent_events"
    entity_label = "Consent"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"),
                                            index=True)
    channel: Mapped[ConsentChannel] = mapped_column(EnumByName(ConsentChannel))
    objected: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=clock.now)
    source: Mapped[str] = mapped_column(String(80), default="")
    user_name: Mapped[str] = mapped_column(String(40), default="")
    contact: Mapped[Contact] = relationship()


class PersonalDataErasure(Base):
    """The log of an erasure: the anonymous contact row it left, who, when and why."""

    __tablename__ = "personal_data_erasures"
    entity_label = "Erasure"
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    erased_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=clock.now)
    user_name: Mapped[str] = mapped_column(String(40), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    rows_changed: Mapped[int] = mapped_column(default=0)
