"""MS Exchange Synchronization Settings (ttaad2140m000) and Users (ttaad2141m000): the pull
schedule (BR-EX-06, -07), the one settings row, and the user list kept from the employees."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlparse

from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.records import rule
from desktop.crm.enums import GraphSignIn, SyncAuthType, SyncProtocol, TimeUnit
from desktop.crm.errors import CrmError, ValidationError

UNIT = {TimeUnit.MINUTES: dt.timedelta(minutes=1), TimeUnit.HOURS: dt.timedelta(hours=1),
        TimeUnit.DAYS: dt.timedelta(days=1), TimeUnit.WEEKS: dt.timedelta(weeks=1)}
MINIMUM = dt.timedelta(minutes=15)  # the seed's recommendation (BR-EX-07)


def interval(count: int, unit: TimeUnit) -> dt.timedelta:
    return count * UNIT[unit]


def next_run(saved_at: dt.datetime, count: int, unit: TimeUnit,
             after: dt.datetime | None = None) -> dt.datetime:
    """BR-EX-06: runs fall on whole unit boundaries counted from the saving, e.g. saved at
    15:20 with 1 hour -> 16:00, 17:00, ..."""
    step = interval(count, unit)
    base = saved_at.replace(second=0, microsecond=0)
    if unit is TimeUnit.HOURS:
        base = base.replace(minute=0)
    elif unit is TimeUnit.DAYS:
        base = base.replace(hour=0, minute=0)
    elif unit is TimeUnit.MINUTES:
        base = base - dt.timedelta(minutes=base.minute % count) if count < 60 else base
    after = after or saved_at
    run = base + step
    while run <= after:
        run += step
    return run


def interval_warning(count: int, unit: TimeUnit) -> CrmError | None:
    """BR-EX-07: below 15 minutes the server works hard for little (a warning, not raised)."""
    if interval(count, unit) < MINIMUM:
        return CrmError("A pull interval under 15 minutes loads Exchange; 15 minutes or more "
                        "is advised.")
    return None


def sync_settings(session: Session) -> E.ExchangeSyncSettings:
    found = session.scalars(select(E.ExchangeSyncSettings).order_by(E.ExchangeSyncSettings.id)
                            ).first()
    if found is None:
        found = E.ExchangeSyncSettings()
        session.add(found)
        session.flush()
    return found


@rule(E.ExchangeSyncSettings)
def _settings(session: Session, settings: E.ExchangeSyncSettings) -> None:
    for name in ("service_url", "graph_tenant", "graph_client_id", "certificate_path",
                 "graph_url", "authority_url"):
        setattr(settings, name, (getattr(settings, name) or "").strip())
    if settings.protocol is SyncProtocol.GRAPH:
        _graph(settings)
    else:
        _ews(settings)
    for name in ("contact_pull_interval", "calendar_pull_interval"):
        if (getattr(settings, name) or 0) < 1:
            raise ValidationError("A pull interval is at least 1.", field=name)
    _oauth(settings)
    if inspect(settings).attrs.protocol.history.has_changes() and settings.id is not None:
        _forget_sync_states(session)


def _ews(settings: E.ExchangeSyncSettings) -> None:
    if settings.enabled and not settings.service_url.startswith(("http://", "https://")):
        raise ValidationError("Enter the address of the Exchange service, e.g. "
                              "https://mail.example.com/EWS/Exchange.asmx.",
                              field="service_url")
    if settings.enabled and not (settings.account_user or "").strip():
        raise ValidationError("Enter the account the synchronization signs in with.",
                              field="account_user")


def _graph(settings: E.ExchangeSyncSettings) -> None:
    """Exchange Online: the application's tenant and id; its certificate when it signs in
    with one; Graph's and the authority's addresses, when not Microsoft's, over https."""
    for name in ("graph_url", "authority_url"):
        if getattr(settings, name) and not getattr(settings, name).startswith("https://"):
            raise ValidationError("The address must start with https://.", field=name)
    if not settings.enabled:
        return
    if not settings.graph_tenant:
        raise ValidationError("Enter the tenant (directory) id the application is registered "
                              "in.", field="graph_tenant")
    if not settings.graph_client_id:
        raise ValidationError("Enter the application (client) id registered in Microsoft "
                              "Entra.", field="graph_client_id")
    if settings.graph_sign_in is GraphSignIn.APP_CERTIFICATE and not settings.certificate_path:
        raise ValidationError("Choose the certificate file (PEM, with its private key).",
                              field="certificate_path")


def _forget_sync_states(session: Session) -> None:
    """A sync state of one protocol means nothing to the other, nor do its item ids: the next
    pull reads every item again, and every link is found again under the new protocol's id
    (by its CRM key) before anything is written through it."""
    session.execute(update(E.ExchangeSyncUser).values(calendar_sync_state="",
                                                      task_sync_state=""))
    session.execute(update(E.ExchangeItemLink).values(rekey=True, change_key=""))


#: The Exchange Online hosts of every Microsoft 365 cloud: worldwide (and GCC), GCC High, DoD,
#: operated by 21Vianet, and the former Microsoft Cloud Deutschland
#: (https://learn.microsoft.com/en-us/microsoft-365/enterprise/urls-and-ip-address-ranges and
#: its national-cloud pages: the "Exchange Online" endpoints of each instance).
ONLINE_HOSTS = ("outlook.office365.com", "outlook.office.com", "outlook.office365.us",
                "outlook-dod.office365.us", "webmail.apps.mil", "partner.outlook.cn",
                "outlook.office.de")


def is_online_host(service_url: str) -> bool:
    """Whether an EWS address is Exchange Online's, in any Microsoft 365 cloud."""
    host = (urlparse(service_url or "").hostname or "").lower()
    return any(host == known or host.endswith("." + known) for known in ONLINE_HOSTS)


def online_warning(protocol: SyncProtocol, service_url: str) -> CrmError | None:
    """EWS pointed at Exchange Online: Microsoft blocks it by default since 1 October 2026
    and switches it off on 1 April 2027 (a warning, not raised)."""
    if protocol is SyncProtocol.EWS and is_online_host(service_url):
        return CrmError("This address is Exchange Online, where Microsoft blocks EWS since 1 "
                        "October 2026 and switches it off on 1 April 2027: choose Exchange "
                        "Online (Microsoft Graph).")
    return None


def _oauth(settings: E.ExchangeSyncSettings) -> None:
    """OAuth 2.0 client credentials need the tenant the application is registered in
    (Microsoft Entra), unless another token address is given."""
    settings.oauth_tenant = (settings.oauth_tenant or "").strip()
    settings.oauth_token_url = (settings.oauth_token_url or "").strip()
    if not (settings.enabled and settings.auth_type is SyncAuthType.OAUTH2):
        return
    if not settings.oauth_tenant and not settings.oauth_token_url:
        raise ValidationError("OAuth 2 needs the tenant (directory) id the application is "
                              "registered in.", field="oauth_tenant")
    if settings.oauth_token_url and not settings.oauth_token_url.startswith("https://"):
        raise ValidationError("The token address must start with https://.",
                              field="oauth_token_url")


def import_users(session: Session) -> int:
    """Import all users: every employee with a user name and an e-mail address becomes a
    sync user (inactive until activated). Returns how many were added."""
    known = set(session.scalars(select(E.ExchangeSyncUser.user_name)))
    added = 0
    for employee in session.scalars(select(E.Employee).where(
            E.Employee.user_name.isnot(None), E.Employee.email != "")
            .order_by(E.Employee.user_name)):
        if employee.user_name in known:
            continue
        session.add(E.ExchangeSyncUser(user_name=employee.user_name, display_name=employee.name,
                                       email_address=employee.email, active=False))
        added += 1
    return added


def activate_all(session: Session, active: bool) -> None:
    for user in session.scalars(select(E.ExchangeSyncUser)):  # versioned, one by one
        user.active = active


def test_mailbox(session: Session) -> str | None:
    """The mailbox Test connection reads: the first active sync user's."""
    return session.scalar(select(E.ExchangeSyncUser.email_address)
                          .where(E.ExchangeSyncUser.active.is_(True))
                          .order_by(E.ExchangeSyncUser.id))
