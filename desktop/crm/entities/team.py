"""The team's replication (desktop.team): what the server keeps about laptops, and what a
laptop keeps about its replica. Every database has every table (one schema everywhere); the
server's are empty on a laptop and the laptop's on the server.

On the server: the change log the triggers write, the devices, the units already applied
(the push's idempotence), what each laptop holds (its scope), the number blocks leased, the
partners users pin, and the conflicts sync decided. On a laptop: its state, its captured
changes grouped by local transaction, and the evictions waiting for a push."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.crm import clock
from desktop.crm.db.base import Audited, Base
from desktop.crm.db.types import UTCDateTime


class ChangeLogEntry(Base):
    """A row a transaction wrote on the server (PostgreSQL triggers, by table and id):
    ``txid`` is the writing transaction's, so a pull serves only entries of transactions
    below the oldest one still running."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_txid_id", "txid", "id"),)
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"),
                                    primary_key=True)
    txid: Mapped[int] = mapped_column(BigInteger)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(1))
    #: the device whose push wrote it ("" for office users): its own changes are not sent back
    origin: Mapped[str] = mapped_column(String(40), default="")


class Device(Base):
    """A laptop that keeps a replica; its number is the high part of the ids it makes."""

    __tablename__ = "replica_devices"
    id: Mapped[int] = mapped_column(primary_key=True)
    device_no: Mapped[int] = mapped_column(Integer, unique=True)
    user_name: Mapped[str] = mapped_column(String(40), index=True)
    name: Mapped[str] = mapped_column(String(80), default="")
    #: the schema revision the laptop last said it runs
    revision: Mapped[str] = mapped_column(String(20), default="")
    #: the last position the laptop acknowledged (the log is pruned below every device's)
    cursor_txid: Mapped[int] = mapped_column(BigInteger, default=0)
    cursor_id: Mapped[int] = mapped_column(BigInteger, default=0)
    #: the last answer given: holdings it changed count once the laptop acknowledges it
    generation: Mapped[int] = mapped_column(BigInteger, default=0)
    #: the last answer the laptop acknowledged (a late copy of an old request says less)
    acknowledged: Mapped[int] = mapped_column(BigInteger, default=0)
    #: the day the scope was last computed (activities of the last 12 months move with it)
    scope_day: Mapped[dt.date | None] = mapped_column(Date)
    registered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=clock.now)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    #: revoked, and told to delete the team's records it holds at its next request
    wipe: Mapped[bool] = mapped_column(Boolean, default=False)


class PushedUnit(Base):
    """A laptop's transaction the server applied (or refused): a retried push is a no-op."""

    __tablename__ = "pushed_units"
    device_id: Mapped[int] = mapped_column(ForeignKey("replica_devices.id"), primary_key=True)
    sequence: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(String(10))
    #: the touched records, as (table, id) pairs in JSON, to answer a retry
    touched: Mapped[str] = mapped_column(Text, default="")
    message: Mapped[str] = mapped_column(Text, default="")
    applied_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=clock.now)


class Holding(Base):
    """A row a laptop holds (its scope); ``evicted_at`` once it was told to let it go: a
    change it made before it heard is still accepted."""

    __tablename__ = "replica_holdings"
    device_id: Mapped[int] = mapped_column(ForeignKey("replica_devices.id", ondelete="CASCADE"),
                                           primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    evicted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: the answer that sent (or evicted) it: undone if the laptop never acknowledged it
    generation: Mapped[int] = mapped_column(BigInteger, default=0)
    evicted_generation: Mapped[int | None] = mapped_column(BigInteger)


class NumberLease(Base):
    """A block of a number series leased to a laptop (on the server: every block given; on
    the laptop: its blocks, ``next_value`` the next number it gives)."""

    __tablename__ = "number_leases"
    id: Mapped[int] = mapped_column(primary_key=True)
    device_no: Mapped[int] = mapped_column(Integer, index=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("number_series.id"), index=True)
    first_value: Mapped[int] = mapped_column(Integer)
    last_value: Mapped[int] = mapped_column(Integer)
    next_value: Mapped[int] = mapped_column(Integer)
    leased_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=clock.now)


class PartnerPin(Audited, Base):
    """A partner a user keeps on the laptop besides those the user represents."""

    __tablename__ = "partner_pins"
    __table_args__ = (UniqueConstraint("user_name", "business_partner_id"),)
    entity_label = "Pinned partner"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_name: Mapped[str] = mapped_column(String(40), index=True)
    business_partner_id: Mapped[int] = mapped_column(
        ForeignKey("business_partners.id", ondelete="CASCADE"), index=True)


class SyncConflict(Audited, Base):
    """A field both sides changed since the laptop's base, and how sync decided it: the value
    that lost is kept here, never lost; ``owner_name`` decides what waits in a queue."""

    __tablename__ = "sync_conflicts"
    entity_label = "Synchronization conflict"
    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[int] = mapped_column(Integer, index=True)
    record_label: Mapped[str] = mapped_column(String(80), default="")
    field: Mapped[str] = mapped_column(String(64), default="")
    rule: Mapped[str] = mapped_column(String(20))
    base_value: Mapped[str] = mapped_column(Text, default="")
    server_value: Mapped[str] = mapped_column(Text, default="")
    laptop_value: Mapped[str] = mapped_column(Text, default="")
    #: "server" or "laptop": whose value the record holds now
    kept: Mapped[str] = mapped_column(String(10), default="server")
    user_name: Mapped[str] = mapped_column(String(40), default="", index=True)
    owner_name: Mapped[str] = mapped_column(String(40), default="", index=True)
    device_no: Mapped[int] = mapped_column(Integer, default=0)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    resolution: Mapped[str] = mapped_column(String(20), default="")
    resolved_by: Mapped[str] = mapped_column(String(40), default="")


class ReplicaState(Base):
    """A laptop's replica: one row. ``capture`` is 0 while pulled rows are applied, so the
    triggers do not capture them; ids come from [id_low, id_high)."""

    __tablename__ = "replica_state"
    id: Mapped[int] = mapped_column(primary_key=True)
    server_url: Mapped[str] = mapped_column(String(300), default="")
    device_id: Mapped[int] = mapped_column(Integer, default=0)
    device_no: Mapped[int] = mapped_column(Integer, default=0)
    user_name: Mapped[str] = mapped_column(String(40), default="")
    capture: Mapped[int] = mapped_column(Integer, default=1)
    last_txn: Mapped[int] = mapped_column(BigInteger, default=0)
    next_id: Mapped[int] = mapped_column(BigInteger, default=0)
    id_high: Mapped[int] = mapped_column(BigInteger, default=0)
    cursor_txid: Mapped[int] = mapped_column(BigInteger, default=0)
    cursor_id: Mapped[int] = mapped_column(BigInteger, default=0)
    copied: Mapped[bool] = mapped_column(Boolean, default=False)
    #: the server's last answer applied here, acknowledged with the next request
    generation: Mapped[int] = mapped_column(BigInteger, default=0)
    last_sync_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str] = mapped_column(Text, default="")


class LocalTxn(Base):
    """The local transaction in progress (one row while one writes): its changes share a
    number, the sequence of the unit pushed. Deleted when the transaction commits."""

    __tablename__ = "local_txn"
    id: Mapped[int] = mapped_column(primary_key=True)
    txn: Mapped[int] = mapped_column(BigInteger)


class LocalChange(Base):
    """A change the laptop's triggers captured, in the transaction that made it."""

    __tablename__ = "local_changes"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    txn: Mapped[int] = mapped_column(BigInteger, index=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[int] = mapped_column(Integer, index=True)
    op: Mapped[str] = mapped_column(String(1))
    old_values: Mapped[str | None] = mapped_column(Text)
    new_values: Mapped[str | None] = mapped_column(Text)
    #: the columns an update changed, comma-separated
    changed: Mapped[str] = mapped_column(Text, default="")
    base_version: Mapped[int | None] = mapped_column(Integer)


class DeferredEviction(Base):
    """A row the server said left the laptop's scope while a change of it waited to be
    pushed: it goes once the change was pushed."""

    __tablename__ = "deferred_evictions"
    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class ServerAccount(Base):
    """A team server's own sign-in for a user, for a company without Microsoft Entra ID
    (issue 35): the password hashed with Argon2id, and the failed attempts that lock it.
    Stays on the server: it is no replicated table (desktop/team/tables.py)."""

    __tablename__ = "server_accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_name: Mapped[str] = mapped_column(String(40), unique=True)
    #: the PHC string ($argon2id$v=19$m=...,t=...,p=...$salt$hash): parameters travel with it
    password_hash: Mapped[str] = mapped_column(String(200))
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
