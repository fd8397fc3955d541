"""The Exchange Web Services gateway, over exchangelib: one Account per mailbox, delegate or
impersonation access, explicit server version, exchangelib's fault-tolerant retry with a bound.

Everything EWS-specific stays here; the engine sees RemoteItem, Change and Written only."""

from __future__ import annotations

import datetime as dt
import functools
import threading
from dataclasses import dataclass
from decimal import Decimal

from exchangelib import (
    BASIC,
    DELEGATE,
    IMPERSONATION,
    NTLM,
    OAUTH2,
    Account,
    Attendee,
    CalendarItem,
    Configuration,
    Credentials,
    EWSDateTime,
    EWSTimeZone,
    ExtendedProperty,
    FaultTolerance,
    HTMLBody,
    Mailbox,
    Message,
    OAuth2Credentials,
    Task,
    Version,
)
from exchangelib.errors import (
    ErrorInternalServerTransientError,
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

from desktop.sync.contract import (
    Change,
    CredentialsRefused,
    FaultKind,
    Importance,
    Party,
    RemoteItem,
    Response,
    ShowAs,
    SyncFault,
    TaskStatus,
    Written,
)

UTC = EWSTimeZone("UTC")
AUTH = {"BASIC": BASIC, "NTLM": NTLM, "OAUTH2": OAUTH2}
FAULTS = (ErrorServerBusy, ErrorInternalServerTransientError, RateLimitError, TransportError,
          MalformedResponseError, HttpConnectionError, Timeout, ConnectionError, TimeoutError)


class BoundedRetry(FaultTolerance):
    """exchangelib's retries on busy and 5xx, bounded; but a 401 is a refused account here,
    not the throttling exchangelib takes it for, so the sync stops with one clear message."""

    def raise_response_errors(self, response):
        if response.status_code == 401:
            raise UnauthorizedError(f"Invalid credentials for {response.url}")
        return super().raise_response_errors(response)


class CrmKey(ExtendedProperty):
    """Our activity key on the item: a retried create finds the item instead of doubling it."""
    distinguished_property_set_id = "PublicStrings"
    property_name = "CrmActivityKey"
    property_type = "String"


for _cls in (CalendarItem, Task):
    if "crm_key" not in {f.name for f in _cls.FIELDS}:
        _cls.register("crm_key", CrmKey)


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
                    access_type=IMPERSONATION if self.settings.impersonation else DELEGATE))
            return self._accounts[mailbox]

    def _folder(self, mailbox: str, kind: str):
        account = self.account(mailbox)
        return self._guard(lambda: account.calendar if kind == "event" else account.tasks)

    @staticmethod
    def _guard(call):
        """Run an exchangelib call; its failures become SyncFault or CredentialsRefused."""
        try:
            return call()
        except UnauthorizedError as error:
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
            send_meeting_invitations="SendToAllAndSaveCopy" if invite else "SendToNone"))
        return [_written(r) for r in result]

    def update(self, mailbox: str, items: list[RemoteItem], invite: bool) -> list[Written]:
        if not items:
            return []
        account = self.account(mailbox)
        folder = self._folder(mailbox, items[0].kind)
        pairs = []
        for item in items:
            obj = to_exchange(item, account, folder)
            obj.id, obj.changekey = item.item_id, item.change_key
            pairs.append((obj, UPDATE_FIELDS[item.kind]))
        result = self._guard(lambda: account.bulk_update(
            items=pairs, conflict_resolution="AlwaysOverwrite",
            send_meeting_invitations_or_cancellations="SendToAllAndSaveCopy" if invite
            else "SendToNone", suppress_read_receipts=True))
        return [_written(r) for r in result]

    def delete(self, mailbox: str, item_ids: list[str], cancel: bool) -> list[Written]:
        if not item_ids:
            return []
        account = self.account(mailbox)
        result = self._guard(lambda: account.bulk_delete(
            ids=[(i, None) for i in item_ids], delete_type="MoveToDeletedItems",
            send_meeting_cancellations="SendToAllAndSaveCopy" if cancel else "SendToNone",
            affected_task_occurrences="AllOccurrences"))
        return [Written(i) if r is True or isinstance(r, ErrorItemNotFound)
                else Written(i, error=str(r)) for i, r in zip(item_ids, result)]

    def changes(self, mailbox: str, kind: str, state: str) -> tuple[list[Change], str]:
        """Everything that changed in the calendar (or task folder) since ``state``."""
        folder = self._folder(mailbox, kind)

        def read():
            found = []
            for change, item in folder.sync_items(sync_state=state or None):
                if change == "delete":
                    found.append(Change("delete", item.id))
                elif change in ("create", "update"):
                    found.append(Change(change, item.id, from_exchange(item, kind)))
            return found, folder.item_sync_state

        return self._guard(read)

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


# -- mapping between RemoteItem and exchangelib objects -------------------------------------
UPDATE_FIELDS = {
    "event": ["subject", "body", "location", "start", "end", "is_all_day", "reminder_is_set",
              "reminder_minutes_before_start", "legacy_free_busy_status", "categories",
              "required_attendees", "optional_attendees", "resources", "crm_key"],
    "task": ["subject", "body", "due_date", "status", "percent_complete", "importance",
             "categories", "crm_key"],
}
# the neutral words of the contract as EWS writes them
EWS_SHOW_AS = {ShowAs.FREE: "Free", ShowAs.TENTATIVE: "Tentative", ShowAs.BUSY: "Busy",
               ShowAs.OUT_OF_OFFICE: "OOF", ShowAs.WORKING_ELSEWHERE: "WorkingElsewhere",
               ShowAs.UNKNOWN: "NoData"}
EWS_TASK_STATUS = {TaskStatus.NOT_STARTED: "NotStarted", TaskStatus.IN_PROGRESS: "InProgress",
                   TaskStatus.COMPLETED: "Completed", TaskStatus.WAITING: "WaitingOnOthers",
                   TaskStatus.DEFERRED: "Deferred"}
EWS_IMPORTANCE = {Importance.LOW: "Low", Importance.NORMAL: "Normal", Importance.HIGH: "High"}
EWS_RESPONSE = {Response.NONE: "Unknown", Response.ORGANIZER: "Organizer",
                Response.ACCEPTED: "Accept", Response.TENTATIVE: "Tentative",
                Response.DECLINED: "Decline", Response.NOT_RESPONDED: "NoResponseReceived"}


def _neutral(table: dict, word: str | None, default):
    return next((neutral for neutral, ews in table.items() if ews == word), default)


def _when(value: dt.datetime | None):
    return EWSDateTime.from_datetime(value.astimezone(dt.timezone.utc)).astimezone(UTC) \
        if value is not None else None


def _attendees(parties: list[Party]):
    return [Attendee(mailbox=Mailbox(email_address=p.email, name=p.name or None),
                     response_type=EWS_RESPONSE[Response(p.response)]) for p in parties] or None


def to_exchange(item: RemoteItem, account: Account, folder):
    if item.kind == "task":
        return Task(account=account, folder=folder, subject=item.subject,
                    body=item.body or None, due_date=item.due,
                    status=EWS_TASK_STATUS[TaskStatus(item.status)],
                    percent_complete=Decimal(item.percent_complete or 0),
                    importance=EWS_IMPORTANCE[Importance(item.importance)],
                    categories=item.categories or None, crm_key=item.crm_key)
    return CalendarItem(
        account=account, folder=folder, subject=item.subject, body=item.body or None,
        location=item.location or None, start=_when(item.start), end=_when(item.end),
        is_all_day=item.all_day, reminder_is_set=item.reminder_minutes is not None,
        reminder_minutes_before_start=item.reminder_minutes or 0,
        legacy_free_busy_status=EWS_SHOW_AS[ShowAs(item.show_as)],
        categories=item.categories or None,
        required_attendees=_attendees(item.required),
        optional_attendees=_attendees(item.optional), resources=_attendees(item.resources),
        crm_key=item.crm_key, uid=item.uid or None)


def _parties(attendees) -> list[Party]:
    return [Party(a.mailbox.email_address, a.mailbox.name or "",
                  _neutral(EWS_RESPONSE, a.response_type, Response.NONE))
            for a in attendees or [] if a.mailbox is not None and a.mailbox.email_address]


def _python(value):
    return None if value is None else dt.datetime.fromtimestamp(value.timestamp(),
                                                                dt.timezone.utc)


def from_exchange(obj, kind: str) -> RemoteItem:
    common = dict(kind=kind, crm_key=getattr(obj, "crm_key", None) or "", item_id=obj.id,
                  change_key=obj.changekey or "", subject=obj.subject or "",
                  body=str(obj.body or ""), categories=list(obj.categories or []),
                  modified_at=_python(obj.last_modified_time))
    if kind == "task":
        return RemoteItem(**common, due=obj.due_date,
                          status=_neutral(EWS_TASK_STATUS, obj.status, TaskStatus.NOT_STARTED),
                          percent_complete=int(obj.percent_complete or 0),
                          importance=_neutral(EWS_IMPORTANCE, obj.importance,
                                              Importance.NORMAL))
    return RemoteItem(
        **common, uid=obj.uid or "", location=obj.location or "", start=_python(obj.start),
        end=_python(obj.end), all_day=bool(obj.is_all_day),
        reminder_minutes=obj.reminder_minutes_before_start if obj.reminder_is_set else None,
        show_as=_neutral(EWS_SHOW_AS, obj.legacy_free_busy_status, ShowAs.BUSY),
        required=_parties(obj.required_attendees),
        optional=_parties(obj.optional_attendees), resources=_parties(obj.resources))


def _written(result) -> Written:
    if isinstance(result, Exception):
        kind = FaultKind.NOT_FOUND if isinstance(result, ErrorItemNotFound) \
            else FaultKind.TRANSIENT
        return Written(error=f"{type(result).__name__}: {result}", fault=kind)
    if isinstance(result, tuple):  # bulk_update answers (id, changekey)
        return Written(result[0], result[1])
    return Written(result.id, result.changekey)
