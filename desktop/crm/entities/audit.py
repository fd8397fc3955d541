"""The audit trail (issue 35, item 5): one row per field a change wrote, with who (the
user the team server verified), from which device, when, and the old and new values."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.crm import clock
from desktop.crm.db.base import Base
from desktop.crm.db.types import UTCDateTime


class AuditEntry(Base):
    """Written by the flush that made the change, never edited: it carries no version."""

    __tablename__ = "audit_trail"
    __table_args__ = (Index("ix_audit_trail_record", "table_name", "row_id", "id"),)
    entity_label = "Audit entry"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"),
                                    primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"))
    #: I, U or D (an insert or a delete lists each field it set or removed)
    op: Mapped[str] = mapped_column(String(1))
    field: Mapped[str] = mapped_column(String(64), default="")
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    user_name: Mapped[str] = mapped_column(String(40), default="")
    device_no: Mapped[int] = mapped_column(Integer, default=0)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=clock.now)
