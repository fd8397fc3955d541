"""A loopback Exchange Web Services server for the sync tests.

It speaks enough SOAP for the real exchangelib client: GetFolder, CreateItem, GetItem,
UpdateItem, DeleteItem, FindItem (with a calendar view), SyncFolderItems and SendItem, keeps
mailboxes in memory, records every request (operation, impersonated mailbox, number of items),
lets a test change items "from Outlook", and injects faults on demand: HTTP 500 and 503,
ErrorServerBusy with BackOffMilliseconds, an answer slower than the client's time-out, a
connection dropped after the work was done, a closed port, a 401, and the 403 Exchange Online
answers once EWS is switched off for the tenant
(https://techcommunity.microsoft.com/blog/exchange/the-way-to-control-ews-usage-in-exchange-online-is-changing/4383083).
Calendar items behave as ews_calendar says Exchange treats them.
"""

from __future__ import annotations

import base64
import copy
import itertools
import random
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler

from lxml import etree

from tests.sync import ews_calendar as C
from tests.sync.ews_operations import ItemOperations
from tests.sync.ews_store import (
    FOLDER_CLASS,
    ITEM_FOLDER,
    NS,
    Item,
    M,
    Mailbox,
    Request,
    busy_fault,
    envelope_bytes,
    error,
    response_messages,
    soap_fault,
    success,
    t,
)
from tests.sync.loopback import LoopbackServer
from tests.sync.oauth_token import PATH as TOKEN_PATH, TokenIssuer

__all__ = ["EwsServer", "t"]


class Faults:
    """What the next requests answer instead of the truth."""

    def __init__(self) -> None:
        self.queue: list[tuple] = []
        self.rate = 0.0
        self.random = random.Random(7)
        self.kinds = ("http500", "http503", "busy", "slow", "drop")
        self.slow_seconds = 2.0
        self.served: list[tuple[str, str]] = []  # (fault, operation) actually answered

    def next(self, operation: str) -> tuple[str, float] | None:
        """A queued fault may name the operation it hits: ("http500", 0, "CreateItem")."""
        for n, fault in enumerate(self.queue):
            if len(fault) < 3 or fault[2] == operation:
                return self.queue.pop(n)[:2]
        if self.rate and self.random.random() < self.rate:
            kind = self.kinds[len(self.served) % len(self.kinds)]  # each kind in turn
            return kind, (self.slow_seconds if kind == "slow" else 10)
        return None


class EwsServer(LoopbackServer, ItemOperations):
    def __init__(self, user: str = "svc-crm", password: str = "secret") -> None:
        super().__init__()
        self.credentials = (user, password)
        self.tokens = TokenIssuer(user, password)  # OAuth 2: the same pair as client id/secret
        self.mailboxes: dict[str, Mailbox] = {}
        self.requests: list[Request] = []
        self.invitations: list[tuple[str, str]] = []  # (mailbox, item id) sent to attendees
        self.cancellations: list[tuple[str, str]] = []  # (mailbox, item id) cancelled to them
        self.refuse_ews = False  # Exchange Online with EWS switched off: 403 for everything
        self.scope: set[str] | None = None  # the mailboxes the service account may impersonate
        self.forgotten_states = False  # every sync state answers ErrorInvalidSyncStateData once
        self.body_writes: Counter = Counter()  # item id -> bodies the client wrote
        self.where = None  # the zone of the request being answered (its TimeZoneContext)
        self.faults = Faults()
        self.lock = threading.RLock()
        self.seq = itertools.count(1)
        self.ids = itertools.count(1)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/EWS/Exchange.asmx"

    @property
    def token_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{TOKEN_PATH}"

    def mailbox(self, address: str) -> Mailbox:
        with self.lock:
            return self.mailboxes.setdefault(address, Mailbox(address))

    def count(self, operation: str | None = None) -> int:
        return sum(1 for r in self.requests if operation in (None, r.operation))

    # -- "from Outlook" --------------------------------------------------------------------
    def edit(self, address: str, item_id: str, **texts: str) -> None:
        """Outlook changes an item, or one occurrence of a series (it becomes an exception)."""
        with self.lock:
            box = self.mailbox(address)
            item, fields = self._find(box, item_id)
            if fields is not None:
                changed = item.exceptions.setdefault(item_id, {})
                changed.update({name: C.text_element(name, value)
                                for name, value in texts.items()})
                item.touch()
            for name, value in texts.items() if fields is None else ():
                item.set_text(name, value)
            box.log(item.folder, "Update", item.id, next(self.seq))

    def respond(self, address: str, item_id: str, attendee: str, response: str) -> None:
        """An attendee answers (Accept, Tentative, Decline)."""
        with self.lock:
            item = self.mailbox(address).items[item_id]
            for kind in ("RequiredAttendees", "OptionalAttendees", "Resources"):
                for attendee_el in item.fields.get(kind, etree.Element("x")):
                    mail = attendee_el.find("t:Mailbox/t:EmailAddress", NS)
                    if mail is not None and mail.text == attendee:
                        answer = attendee_el.find("t:ResponseType", NS)
                        if answer is None:
                            answer = etree.SubElement(attendee_el, t("ResponseType"))
                        answer.text = response
            item.touch()
            self.mailbox(address).log(item.folder, "Update", item_id, next(self.seq))

    def create(self, address: str, kind: str, **texts: str) -> str:
        """An item created in Outlook."""
        with self.lock:
            box = self.mailbox(address)
            item = Item(f"AAMk{next(self.ids)}", kind, ITEM_FOLDER[kind])
            if kind == "CalendarItem":
                item.fields["UID"] = C.text_element("UID", f"uid-{item.id}")
                item.fields["Organizer"] = C.organizer_element(box.address)
            for name, value in texts.items():
                if name == "Categories":
                    categories = etree.Element(t("Categories"))
                    etree.SubElement(categories, t("String")).text = value
                    item.fields["Categories"] = categories
                else:
                    item.set_text(name, value)
            item.set_modified()
            box.items[item.id] = item
            box.log(item.folder, "Create", item.id, next(self.seq))
            return item.id

    def delete(self, address: str, item_id: str) -> None:
        """Outlook deletes an item, or one occurrence of a series."""
        with self.lock:
            box = self.mailbox(address)
            item, fields = self._find(box, item_id)
            if fields is not None:
                item.deleted_occurrences.add(item_id)
                item.touch()
                box.log(item.folder, "Update", item.id, next(self.seq))
                return
            box.items.pop(item_id)
            box.log(item.folder, "Delete", item_id, next(self.seq))

    # -- HTTP ------------------------------------------------------------------------------
    def _handle(self, http: BaseHTTPRequestHandler) -> None:
        body = http.rfile.read(int(http.headers.get("Content-Length", 0)))
        if http.path == TOKEN_PATH:
            status, answer = self.tokens.answer(body)
            return self._send(http, status, answer, content_type="application/json")
        basic = "Basic " + base64.b64encode(":".join(self.credentials).encode()).decode()
        authorization = http.headers.get("Authorization", "")
        if authorization != basic and not self.tokens.accepts(authorization):
            return self._send(http, 401, b"", {"WWW-Authenticate": 'Basic realm="ews"'})
        if self.refuse_ews:
            return self._send(http, 403, b"Forbidden")
        envelope = etree.fromstring(body)
        context = envelope.find(".//t:TimeZoneContext/t:TimeZoneDefinition", NS)
        operation_el = envelope.find("s:Body", NS)[0]
        operation = etree.QName(operation_el).localname
        impersonated = envelope.findtext(".//t:ExchangeImpersonation//t:PrimarySmtpAddress",
                                         namespaces=NS)
        if self.scope is not None and impersonated and impersonated.lower() not in self.scope:
            # impersonation outside the account's management scope
            # (https://learn.microsoft.com/en-us/exchange/client-developer/exchange-web-services/impersonation-and-ews-in-exchange)
            return self._send(http, 500, soap_fault(
                "ErrorImpersonateUserDenied", "The account does not have permission to "
                                              "impersonate the requested user."))
        fault = self.faults.next(operation)
        self.requests.append(Request(operation, impersonated, len(operation_el.findall(
            ".//m:Items/*", NS)) + len(operation_el.findall(".//m:ItemChanges/*", NS))
            + len(operation_el.findall(".//m:ItemIds/*", NS)), dict(operation_el.attrib)))
        for waiter in list(self.waiters):
            waiter()
        if fault is not None:
            kind, value = fault
            self.faults.served.append((kind, operation))
            if kind in ("http500", "http503"):
                return self._send(http, int(kind[4:]), b"Service Unavailable")
            if kind == "busy":
                return self._send(http, 500, busy_fault(int(value)))
            if kind == "slow":
                threading.Event().wait(value)  # answer only after the client gave up
        if fault is not None and fault[0] == "401":
            return self._send(http, 401, b"")
        with self.lock:
            self.where = C.zone_of(context) if context is not None else None
            response = getattr(self, f"op_{operation}")(operation_el, impersonated)
        if fault is not None and fault[0] == "drop":
            return self.drop(http)
        self._send(http, 200, envelope_bytes(response))

    @staticmethod
    def _send(http, status: int, body: bytes, headers: dict | None = None,
              content_type: str = "text/xml; charset=utf-8") -> None:
        try:
            http.send_response(status)
            http.send_header("Content-Type", content_type)
            http.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                http.send_header(key, value)
            http.end_headers()
            http.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped waiting (the slow fault)

    # -- operations ------------------------------------------------------------------------
    def _box(self, element, impersonated) -> Mailbox:
        address = element.findtext(".//t:Mailbox/t:EmailAddress", namespaces=NS) \
            if element is not None else None
        return self.mailbox(address or impersonated or self.credentials[0])

    def op_GetFolder(self, op, impersonated):  # noqa: N802
        response, messages = response_messages("GetFolder")
        for folder_id in op.find("m:FolderIds", NS):
            name = folder_id.get("Id")
            box = self._box(folder_id, impersonated)
            tag, folder_class = FOLDER_CLASS.get(name, ("Folder", ""))
            message = success(messages, "GetFolder")
            folders = etree.SubElement(message, f"{{{M}}}Folders")
            folder = etree.SubElement(folders, t(tag))
            etree.SubElement(folder, t("FolderId"), Id=f"{box.address}:{name}", ChangeKey="f1")
            etree.SubElement(folder, t("FolderClass")).text = folder_class
            etree.SubElement(folder, t("DisplayName")).text = name.title()
            etree.SubElement(folder, t("TotalCount")).text = str(len(box.in_folder(name)))
            etree.SubElement(folder, t("ChildFolderCount")).text = "0"
            if tag == "Folder":
                etree.SubElement(folder, t("UnreadCount")).text = "0"
        return response

    def op_CreateAttachment(self, op, impersonated):  # noqa: N802
        response, messages = response_messages("CreateAttachment")
        box = self.mailbox(impersonated or self.credentials[0])
        item = box.items[op.find("m:ParentItemId", NS).get("Id")]
        for attachment in op.find("m:Attachments", NS):
            attachments = item.fields.setdefault("Attachments", etree.Element(t("Attachments")))
            attachments.append(copy.deepcopy(attachment))
            item.touch()
            message = success(messages, "CreateAttachment")
            created = etree.SubElement(etree.SubElement(message, f"{{{M}}}Attachments"),
                                       t(etree.QName(attachment).localname))
            etree.SubElement(created, t("AttachmentId"), Id=f"att{next(self.ids)}",
                             RootItemId=item.id, RootItemChangeKey=item.change_key)
        return response

    def op_SendItem(self, op, impersonated):  # noqa: N802
        response, messages = response_messages("SendItem")
        box = self.mailbox(impersonated or self.credentials[0])
        for item_id in op.find("m:ItemIds", NS):
            item = box.items[item_id.get("Id")]
            item.folder = "sentitems"
            box.sent.append(item)
            success(messages, "SendItem")
        return response

    def op_SyncFolderItems(self, op, impersonated):  # noqa: N802
        response, messages = response_messages("SyncFolderItems")
        folder_id = op.find("m:SyncFolderId", NS)[0]
        box = self._box(folder_id, impersonated)
        name = folder_id.get("Id").split(":")[-1]
        state = op.findtext("m:SyncState", default="", namespaces=NS)
        if state and self.forgotten_states:  # a state Exchange no longer accepts
            self.forgotten_states = False
            error(messages, "SyncFolderItems", "ErrorInvalidSyncStateData",
                  "Synchronization state data is corrupt or otherwise invalid.")
            return response
        since = int(state or 0)
        log = [c for c in box.changes.get(name, []) if c[0] > since]
        latest: dict[str, tuple[int, str]] = {}
        for seq, change, item_id in log:  # one change per item, as Exchange reports
            first = latest.get(item_id, (seq, change))[1]
            latest[item_id] = (seq, "Create" if first == "Create" and change != "Delete"
                               else change)
        message = success(messages, "SyncFolderItems")
        etree.SubElement(message, f"{{{M}}}SyncState").text = str(
            max([since] + [c[0] for c in log]))
        etree.SubElement(message, f"{{{M}}}IncludesLastItemInRange").text = "true"
        changes = etree.SubElement(message, f"{{{M}}}Changes")
        for item_id, (_seq, change) in sorted(latest.items(), key=lambda kv: kv[1][0]):
            element = etree.SubElement(changes, t(change))
            item = box.items.get(item_id)
            if change == "Delete" or item is None:
                if change != "Delete":
                    continue
                etree.SubElement(element, t("ItemId"), Id=item_id, ChangeKey="ck0")
            else:
                element.append(item.to_xml(self.where))
        return response


