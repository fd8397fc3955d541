"""Exchange synchronization: settings, sync users, item links and the outbox (DESIGN 5)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, false, true
from sqlalchemy.orm import Mapped, mapped_column

from desktop.crm import clock
from desktop.crm.db.base import Audited, Base
from desktop.crm.db.types import EnumByName, UTCDateTime
from desktop.crm.enums import (
    GraphSignIn,
    OutboxOperation,
    SyncAccessType,
    SyncAuthType,
    SyncProtocol,
    TimeUnit,
)


class ExchangeSyncSettings(Audited, Base):
    """MS Exchange Synchronization Settings (ttaad2140m000); one row. No secret is stored here:
    passwords and tokens live in the operating system's keyring."""

    __tablename__ = "exchange_sync_settings"
    entity_label = "Exchange synchronization settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    protocol: Mapped[SyncProtocol] = mapped_column(EnumByName(SyncProtocol), default=SyncProtocol.EWS)
    service_url: Mapped[str] = mapped_column(String(300), default="")
    account_user: Mapped[str] = mapped_column(String(120), default="")
    auth_type: Mapped[SyncAuthType] = mapped_column(
        EnumByName(SyncAuthType), default=SyncAuthType.NTLM
    )
    access_type: Mapped[SyncAccessType] = mapped_column(
        EnumByName(SyncAccessType), default=SyncAccessType.IMPERSONATION
    )
    server_version: Mapped[str] = mapped_column(String(40), default="")
    #: OAuth 2.0 (client credentials): account_user is the application (client) id, the
    #: keyring holds its secret; the token comes from Microsoft's address of this tenant
    #: unless oauth_token_url names another authority.
    oauth_tenant: Mapped[str] = mapped_column(String(80), default="")
    oauth_token_url: Mapped[str] = mapped_column(String(300), default="")
    #: Microsoft Graph (Exchange Online): the application registered in Microsoft Entra, how
    #: it signs in (its secret, or the certificate's passphrase, in the keyring under the
    #: client id), the account signed in for a delegated sync, and the addresses of Graph
    #: and of the sign-in authority (empty: Microsoft's).
    graph_tenant: Mapped[str] = mapped_column(String(80), default="")
    graph_client_id: Mapped[str] = mapped_column(String(80), default="")
    graph_sign_in: Mapped[GraphSignIn] = mapped_column(EnumByName(GraphSignIn),
                                                       default=GraphSignIn.APP_SECRET)
    certificate_path: Mapped[str] = mapped_column(String(300), default="")
    graph_account: Mapped[str] = mapped_column(String(120), default="")
    graph_url: Mapped[str] = mapped_column(String(300), default="")
    authority_url: Mapped[str] = mapped_column(String(300), default="")
    contact_pull_interval: Mapped[int] = mapped_column(Integer, default=1)
    contact_pull_unit: Mapped[TimeUnit] = mapped_column(EnumByName(TimeUnit), default=TimeUnit.HOURS)
    calendar_pull_interval: Mapped[int] = mapped_column(Integer, default=15)
    calendar_pull_unit: Mapped[TimeUnit] = mapped_column(
        EnumByName(TimeUnit), default=TimeUnit.MINUTES
    )
    push_notifications_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Outlook items with this category become new activities.
    import_category: Mapped[str] = mapped_column(String(60), default="CRM")
    sync_from: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    timeout_seconds: Mapped[int] = mapped_column(Integer, default=30)
    #: Off: calendars only (an administrator who grants no Tasks permission).
    sync_tasks: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class ExchangeSyncUser(Audited, Base):
    """MS Exchange Synchronization Users (ttaad2141m000)."""

    __tablename__ = "exchange_sync_users"
    entity_label = "Exchange synchronization user"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_name: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(80), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Must equal the mailbox address, letter case included (BR-EX-09).
    email_address: Mapped[str] = mapped_column(String(120))
    calendar_sync_state: Mapped[str] = mapped_column(Text, default="")
    task_sync_state: Mapped[str] = mapped_column(Text, default="")
    last_calendar_sync_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    last_contact_sync_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())

    def display_key(self) -> str:
        return self.user_name


class ExchangeItemLink(Base):
    """Activity or contact <-> Exchange item of one mailbox; keyed on the item's UID too, so
    that one meeting seen in several mailboxes stays one activity."""

    __tablename__ = "exchange_item_links"
    __table_args__ = (
        Index("ix_exchange_item_links_mailbox_item", "mailbox", "item_id", unique=True),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activities.id", ondelete="SET NULL"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    mailbox: Mapped[str] = mapped_column(String(120))
    item_id: Mapped[str] = mapped_column(String(512))
    uid: Mapped[str] = mapped_column(String(255), default="", index=True)
    change_key: Mapped[str] = mapped_column(String(255), default="")
    last_synced_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=clock.now)
    remote_modified_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    #: The item stays in the mailbox but is no longer the CRM's (synchronization switched
    #: off, another organizer): never written, never deleted, its changes not read.
    released: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: What was last synchronized, field group by field group (JSON): an update writes only
    #: the groups the CRM changed since.
    synced: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: The series an occurrence belongs to: its activity is never created as a single item.
    series_id: Mapped[str] = mapped_column(String(512), default="", server_default="")
    #: Written by the other protocol: to be found again under this one's id before use.
    rekey: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class SyncOutbox(Base):
    """A local change waiting to be pushed; written in the transaction of the change."""

    __tablename__ = "sync_outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int | None] = mapped_column(Integer, index=True)
    operation: Mapped[OutboxOperation] = mapped_column(EnumByName(OutboxOperation))
    send_invitations: Mapped[bool] = mapped_column(Boolean, default=False)
    #: A snapshot of what to delete, since the activity row may be gone.
    payload: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=clock.now, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str] = mapped_column(Text, default="")
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), index=True)
