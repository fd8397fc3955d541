"""The Exchange Web Services gateway, over exchangelib: one Account per mailbox, delegate or
impersonation access, explicit server version, exchangelib's fault-tolerant retry with a bound.
Each account works in the user's time zone (all-day items and task due dates are the user's
days). A recurring series comes as its master (SyncFolderItems lists masters, not occurrences):
its occurrences are read from one calendar view of the window
(https://learn.microsoft.com/en-us/exchange/client-developer/exchange-web-services/how-to-access-a-recurring-series-by-using-ews).

Exchange Online refuses EWS (Microsoft blocks it from October 2026 and retires it in April
2027): a 401 or 403 from an Exchange Online host says so, and to switch to Microsoft Graph.

Everything EWS-specific stays here and in ews_items; the engine sees the contract only."""

from __future__ import annotations

import datetime as dt
import functools
import threading
from dataclasses import dataclass

from exchangelib import (
    BASIC,
    DELEGATE,
    IMPERSONATION,
    NTLM,
    OAUTH2,
    Account,
    Configuration,
    Credentials,
    EWSDateTime,
    EWSTimeZone,
    FaultTolerance,
    HTMLBody,
    Message,
    OAuth2Credentials,
    Version,
)
from exchangelib.errors import (
    ErrorAccessDenied,
    ErrorImpersonateUserDenied,
    ErrorImpersonationDenied,
    ErrorInternalServerTransientError,
    ErrorInvalidSyncStateData,
    ErrorItemNotFound,
    ErrorServerBusy,
    MalformedResponseError,
    RateLimitError,
    TransportError,
    UnauthorizedError,
)
from exchangelib.protocol import BaseProtocol
from exchangelib.version import Build
from oauthlib.oauth2 import OAuth2Error
from requests.exceptions import ConnectionError as HttpConnectionError, Timeout

from desktop.crm import clock
from desktop.crm.exchange_settings import is_online_host
from desktop.sync.contract import (
    Change,
    CredentialsRefused,
    FaultKind,
    MailboxRefused,
    RemoteItem,
    SyncFault,
    Written,
)
from desktop.sync.gateways.bodies import online_block
from desktop.sync.gateways.ews_items import from_exchange, to_exchange, update_fields, written
from desktop.sync.gateways.zones import user_zone_name

AUTH = {"BASIC": BASIC, "NTLM": NTLM, "OAUTH2": OAUTH2}
REFUSED = (ErrorImpersonateUserDenied, ErrorImpersonationDenied, ErrorAccessDenied)
FAULTS = (ErrorServerBusy, ErrorInternalServerTransientError, RateLimitError, TransportError,
          MalformedResponseError, HttpConnectionError, Timeout, ConnectionError, TimeoutError)


WINDOW_BACK = dt.timedelta(days=38)  # how far back a series' occurrences are read
WINDOW_AHEAD = dt.timedelta(days=430)


class Forbidden(Exception):
    """HTTP 403: the server will not serve EWS to this account."""


class BoundedRetry(FaultTolerance):
    """exchangelib's retries on busy and 5xx, bounded; but a 401 is a refused account here,
    not the throttling exchangelib takes it for, so the sync stops with one clear message; a
    403 is a refusal too, not an unknown failure to retry."""

    def raise_response_errors(self, response):
        if response.status_code == 401:
            raise UnauthorizedError(f"Invalid credentials for {response.url}")
        if response.status_code == 403:
            raise Forbidden(f"HTTP 403 from {response.url}: {response.text[:200]}")
        return super().raise_response_errors(response)


class ClientCredentials(OAuth2Credentials):
    """OAuth 2.0 client credentials (an application registered in Microsoft Entra with the
    EWS full_access_as_app permission) whose token address may be another authority's."""

    def __init__(self, token_url: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self._token_url = token_url

    @property
    def token_url(self) -> str:
        return self._token_url


@dataclass(frozen=True)
class GatewaySettings:
    service_url: str
    user: str
    password: str
    auth_type: str = "NTLM"  # BASIC NTLM OAUTH2
    impersonation: bool = True
    server_version: str = ""  # e.g. "15.1.2507.6"; empty: ask the server
    timeout_seconds: int = 30
    max_wait_seconds: int = 60  # bound of exchangelib's retries on busy / 5xx
    oauth_tenant: str = ""  # OAuth 2: user is the client id, password its secret
    oauth_token_url: str = ""  # empty: Microsoft's token address of the tenant
    online: bool | None = None  # Exchange Online; None: known by the address's host

    def credentials(self):
        if self.auth_type != "OAUTH2":
            return Credentials(self.user, self.password)
        token_url = self.oauth_token_url or \
            f"https://login.microsoftonline.com/{self.oauth_tenant}/oauth2/v2.0/token"
        return ClientCredentials(token_url, client_id=self.user, client_secret=self.password,
                                 tenant_id=self.oauth_tenant or None)


class ExchangeGateway:
    def __init__(self, settings: GatewaySettings) -> None:
        self.settings = settings
        self._accounts: dict[str, Account] = {}
        self._lock = threading.Lock()
        BaseProtocol.TIMEOUT = settings.timeout_seconds  # exchangelib reads it per request

    # -- accounts --------------------------------------------------------------------------
    @functools.cached_property
    def _config(self) -> Configuration:
        """One configuration for every mailbox: its credentials carry the OAuth token, so
        the accounts and sessions of a run share one token."""
        s = self.settings
        version = Version(build=Build(*[int(p) for p in s.server_version.split(".")])) \
            if s.server_version else None
        return Configuration(service_endpoint=s.service_url, credentials=s.credentials(),
                             auth_type=AUTH[s.auth_type], version=version,
                             retry_policy=BoundedRetry(max_wait=s.max_wait_seconds))

    def account(self, mailbox: str) -> Account:
        with self._lock:
            if mailbox not in self._accounts:
                self._accounts[mailbox] = self._guard(lambda: Account(
                    primary_smtp_address=mailbox, config=self._config, autodiscover=False,
                    access_type=IMPERSONATION if self.settings.impersonation else DELEGATE,
                    default_timezone=EWSTimeZone(user_zone_name())))
            return self._accounts[mailbox]

    def _folder(self, mailbox: str, kind: str):
        account = self.account(mailbox)
        return self._guard(lambda: account.calendar if kind == "event" else account.tasks,
                           mailbox)

    @property
    def online(self) -> bool:
        known = self.settings.online
        return is_online_host(self.settings.service_url) if known is None else known

    def _guard(self, call, mailbox: str = ""):
        """Run an exchangelib call for a mailbox; its failures become SyncFault,
        MailboxRefused (that mailbox only) or CredentialsRefused."""
        try:
            return call()
        except ErrorInvalidSyncStateData:
            raise  # the caller starts over: not a fault to retry
        except REFUSED as error:  # this mailbox only: the service account may not act for it
            raise MailboxRefused("Exchange refused the service account the mailbox {mailbox}: "
                                 "give it impersonation rights (ApplicationImpersonation) on "
                                 "this mailbox.", mailbox, "", detail=str(error)) from error
        except (UnauthorizedError, Forbidden) as error:
            if self.online:
                raise CredentialsRefused("Exchange Online refused EWS: Microsoft retires EWS "
                                         "in Exchange Online; choose Exchange Online (Microsoft "
                                         "Graph) in the synchronization settings.",
                                         detail=str(error)) from error
            if isinstance(error, Forbidden):
                raise CredentialsRefused("Exchange refused the service account EWS access: "
                                         "allow it EWS and impersonation of the sync users.",
                                         detail=str(error)) from error
            raise CredentialsRefused("Exchange refused the account: check the user name and "
                                     "password.", detail=str(error)) from error
        except OAuth2Error as error:  # the token address refused the application
            raise CredentialsRefused("The application was refused its token: check the "
                                     "client id, its secret and the tenant.",
                                     detail=f"{error.error}: {error.description}") from error
        except FAULTS as error:
            raise _fault(error) from error

    # -- operations ------------------------------------------------------------------------
    def serves(self, mailbox: str) -> bool:
        return True  # a service account reaches every sync user's mailbox

    def test_connection(self, mailbox: str) -> int:
        """How many events the mailbox's calendar holds; raises when it cannot be read."""
        folder = self._folder(mailbox, "event")
        return self._guard(lambda: folder.all().count())

    def create(self, mailbox: str, items: list[RemoteItem], invite: bool) -> list[Written]:
        if not items:
            return []
        folder = self._folder(mailbox, items[0].kind)
        account = self.account(mailbox)
        objects = [to_exchange(item, account, folder) for item in items]
        result = self._guard(lambda: account.bulk_create(
            folder=folder, items=objects,
            send_meeting_invitations="SendToAllAndSaveCopy" if invite else "SendToNone"), mailbox)
        return [written(r) for r in result]

    def update(self, mailbox: str, items: list[RemoteItem], invite: bool) -> list[Written]:
        """An UpdateItem naming only the fields of the groups the CRM changed."""
        if not items:
            return []
        account = self.account(mailbox)
        folder = self._folder(mailbox, items[0].kind)
        blocks = self._online_blocks(account, items) if items[0].kind == "event" else {}
        pairs = []
        for item in items:
            obj = to_exchange(item, account, folder, blocks.get(item.item_id, ""))
            obj.id, obj.changekey = item.item_id, item.change_key
            pairs.append((obj, update_fields(item)))
        result = self._guard(lambda: account.bulk_update(
            items=pairs, conflict_resolution="AlwaysOverwrite",
            send_meeting_invitations_or_cancellations="SendToAllAndSaveCopy" if invite
            else "SendToNone", suppress_read_receipts=True), mailbox)
        return [written(r) for r in result]

    def _online_blocks(self, account, items: list[RemoteItem]) -> dict[str, str]:
        """The join block of each event whose body is written, from its HTML body."""
        ids = [i.item_id for i in items if i.fields is None or "body" in i.fields]
        if not ids:
            return {}
        found = self._guard(lambda: list(account.fetch(ids=[(i, None) for i in ids],
                                                       only_fields=["body"])))
        return {i: online_block(str(obj.body)) for i, obj in zip(ids, found)
                if not isinstance(obj, Exception) and isinstance(obj.body, HTMLBody)}

    def delete(self, mailbox: str, item_ids: list[str], cancel: bool) -> list[Written]:
        if not item_ids:
            return []
        account = self.account(mailbox)
        result = self._guard(lambda: account.bulk_delete(
            ids=[(i, None) for i in item_ids], delete_type="MoveToDeletedItems",
            send_meeting_cancellations="SendToAllAndSaveCopy" if cancel else "SendToNone",
            affected_task_occurrences="AllOccurrences"), mailbox)
        return [Written(i) if r is True or isinstance(r, ErrorItemNotFound)
                else Written(i, error=str(r)) for i, r in zip(item_ids, result)]


    def changes(self, mailbox: str, kind: str, state: str,
                horizon: dt.datetime | None = None) -> tuple[list[Change], str]:
        """Everything that changed in the calendar (or task folder) since ``state``; a sync
        state Exchange no longer accepts starts over at once."""
        folder = self._folder(mailbox, kind)

        def read(since: str | None):
            found, masters = [], []
            for change, item in folder.sync_items(sync_state=since):
                if change == "delete":
                    found.append(Change("delete", item.id))
                elif change in ("create", "update") and getattr(item, "type", "") == \
                        "RecurringMaster":
                    masters.append(item)
                elif change in ("create", "update"):
                    found.append(Change(change, item.id, from_exchange(item, kind)))
            return found + self._series(folder, masters, horizon), folder.item_sync_state

        try:
            return self._guard(lambda: read(state or None), mailbox)
        except (ErrorInvalidSyncStateData, AttributeError):
            # exchangelib 5.6 reads the answer's SyncState before its error, and the error
            # answer has none: either way the state is no longer accepted
            return self._guard(lambda: read(None), mailbox)

    @staticmethod
    def _series(folder, masters: list, horizon: dt.datetime | None) -> list[Change]:
        """Each series with all its occurrences in the window, from one calendar view."""
        if not masters:
            return []
        now = clock.now()
        since = now - WINDOW_BACK
        until = max(now + WINDOW_AHEAD, (horizon or now) + dt.timedelta(days=31))
        by_uid: dict[str, list] = {m.uid: [] for m in masters}
        for item in folder.view(start=EWSDateTime.from_datetime(since),
                                end=EWSDateTime.from_datetime(until)):
            if item.uid in by_uid and getattr(item, "type", "") in ("Occurrence", "Exception"):
                by_uid[item.uid].append(item)
        return [Change("series", m.id, since=since, occurrences=[
            from_exchange(o, "event", series_id=m.id) for o in by_uid[m.uid]]) for m in masters]

    def rekey(self, mailbox: str, kind: str, items: list[tuple[str, str]]) -> dict[str, str]:
        """Items Graph wrote, by their EWS ids: found by the CRM key, in one pass over the
        folder."""
        folder = self._folder(mailbox, kind)
        wanted = {key: old for old, key in items}
        found = self._guard(lambda: {wanted[i.crm_key]: i.id for i in folder.all().only(
            "crm_key") if getattr(i, "crm_key", None) in wanted}, mailbox)
        return found

    def send_email(self, email) -> None:
        """Send an OutgoingEmail from its sender's mailbox and keep a copy in Sent Items."""
        from exchangelib import FileAttachment

        account = self.account(email.mailbox)

        def send():
            message = Message(account=account, folder=account.sent, subject=email.subject,
                              body=HTMLBody(email.html), to_recipients=email.to or None,
                              cc_recipients=email.cc or None, bcc_recipients=email.bcc or None)
            for name, path in email.attachments:
                message.attach(FileAttachment(name=name, content=path.read_bytes()))
            message.send_and_save()

        self._guard(send)


def _fault(error: Exception) -> SyncFault:
    """A short sentence for the status bar; the exception text goes to the log."""
    text, wait = f"{type(error).__name__}: {error}", getattr(error, "wait", None)
    if isinstance(error, (RateLimitError, ErrorServerBusy)) and wait:
        return SyncFault("Exchange is busy and asked to wait {seconds} s.", wait, text,
                         FaultKind.THROTTLED, seconds=int(wait))
    if "ConnectionError" in text or isinstance(error, (HttpConnectionError, ConnectionError)):
        return SyncFault("Exchange cannot be reached (connection refused or no network).",
                         None, text, FaultKind.UNREACHABLE)
    if "Timeout" in text or isinstance(error, (Timeout, TimeoutError)):
        return SyncFault("Exchange did not answer in time.", None, text, FaultKind.UNREACHABLE)
    return SyncFault("Exchange answered with an error; it will be retried.", wait, text,
                     FaultKind.TRANSIENT)


