"""Logs of batch runs (global addition, mail merge, flexible printing), E38."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.crm import clock
from desktop.crm.db.base import Base
from desktop.crm.db.types import EnumByName, UTCDateTime
from desktop.crm.enums import BatchLineResult, BatchRunKind, UpdateMode


class BatchRun(Base):
    __tablename__ = "batch_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[BatchRunKind] = mapped_column(EnumByName(BatchRunKind), index=True)
    mode: Mapped[UpdateMode] = mapped_column(EnumByName(UpdateMode))
    parameters: Mapped[str] = mapped_column(Text, default="{}")
    user_name: Mapped[str] = mapped_column(String(40), default="")
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=clock.now, index=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    outcome: Mapped[str] = mapped_column(String(40), default="")
    lines: Mapped[list[BatchRunLine]] = relationship(
        back_populates="run", order_by="BatchRunLine.id", cascade="all, delete-orphan"
    )


class BatchRunLine(Base):
    __tablename__ = "batch_run_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("batch_runs.id", ondelete="CASCADE"), index=True)
    object_key: Mapped[str] = mapped_column(String(40), default="")
    result: Mapped[BatchLineResult] = mapped_column(EnumByName(BatchLineResult))
    message: Mapped[str] = mapped_column(Text, default="")
    run: Mapped[BatchRun] = relationship(back_populates="lines")
