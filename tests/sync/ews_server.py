"""A loopback Exchange Web Services server for the sync tests.

It speaks enough SOAP for the real exchangelib client: GetFolder, CreateItem, GetItem,
UpdateItem, DeleteItem, FindItem, SyncFolderItems and SendItem, keeps mailboxes in memory,
records every request (operation, impersonated mailbox, number of items), lets a test change
items "from Outlook", and injects faults on demand: HTTP 500 and 503, ErrorServerBusy with
BackOffMilliseconds, an answer slower than the client's time-out, a connection dropped after
the work was done, a closed port, a 401.
"""

from __future__ import annotations

import base64
import copy
import itertools
import random
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler

from lxml import etree

from desktop.crm import clock as app_clock
from tests.sync.loopback import LoopbackServer
from tests.sync.oauth_token import PATH as TOKEN_PATH, TokenIssuer

SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
M = "http://schemas.microsoft.com/exchange/services/2006/messages"
T = "http://schemas.microsoft.com/exchange/services/2006/types"
NS = {"s": SOAP, "m": M, "t": T}
FOLDER_CLASS = {"calendar": ("CalendarFolder", "IPF.Appointment"),
                "tasks": ("TasksFolder", "IPF.Task"), "sentitems": ("Folder", "IPF.Note"),
                "root": ("Folder", ""), "msgfolderroot": ("Folder", ""),
                "inbox": ("Folder", "IPF.Note"), "drafts": ("Folder", "IPF.Note")}
ITEM_FOLDER = {"CalendarItem": "calendar", "Task": "tasks", "Message": "sentitems"}


def t(tag: str) -> str:
    return f"{{{T}}}{tag}"


def now_text() -> str:
    return app_clock.now().strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Item:
    id: str
    kind: str  # CalendarItem Task Message
    folder: str
    fields: dict[str, etree._Element] = field(default_factory=dict)  # local name -> element
    extended: dict[str, etree._Element] = field(default_factory=dict)  # property name -> element
    version: int = 1

    @property
    def change_key(self) -> str:
        return f"ck{self.version}"

    def text(self, name: str) -> str | None:
        element = self.fields.get(name)
        return None if element is None else element.text

    def set_text(self, name: str, value: str) -> None:
        element = etree.Element(t(name))
        element.text = value
        self.fields[name] = element
        self.touch()

    def touch(self) -> None:
        self.version += 1
        self.set_modified()

    def set_modified(self) -> None:
        element = etree.Element(t("LastModifiedTime"))
        element.text = now_text()
        self.fields["LastModifiedTime"] = element

    def to_xml(self) -> etree._Element:
        root = etree.Element(t(self.kind))
        etree.SubElement(root, t("ItemId"), Id=self.id, ChangeKey=self.change_key)
        etree.SubElement(root, t("ParentFolderId"), Id=self.folder, ChangeKey="f1")
        for element in self.fields.values():
            root.append(copy.deepcopy(element))
        for element in self.extended.values():
            root.append(copy.deepcopy(element))
        return root


@dataclass
class Mailbox:
    address: str
    items: dict[str, Item] = field(default_factory=dict)
    changes: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)
    sent: list[Item] = field(default_factory=list)

    def log(self, folder: str, change: str, item_id: str, seq: int) -> None:
        self.changes.setdefault(folder, []).append((seq, change, item_id))

    def in_folder(self, folder: str) -> list[Item]:
        return [i for i in self.items.values() if i.folder == folder]


@dataclass
class Request:
    operation: str
    impersonated: str | None
    items: int
    attributes: dict = field(default_factory=dict)  # e.g. SendMeetingInvitations


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
            kind = self.random.choice(self.kinds)
            return kind, (self.slow_seconds if kind == "slow" else 10)
        return None


class EwsServer(LoopbackServer):
    def __init__(self, user: str = "svc-crm", password: str = "secret") -> None:
        super().__init__()
        self.credentials = (user, password)
        self.tokens = TokenIssuer(user, password)  # OAuth 2: the same pair as client id/secret
        self.mailboxes: dict[str, Mailbox] = {}
        self.requests: list[Request] = []
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
        with self.lock:
            item = self.mailbox(address).items[item_id]
            for name, value in texts.items():
                item.set_text(name, value)
            self.mailbox(address).log(item.folder, "Update", item_id, next(self.seq))

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
        with self.lock:
            box = self.mailbox(address)
            item = box.items.pop(item_id)
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
        envelope = etree.fromstring(body)
        operation_el = envelope.find("s:Body", NS)[0]
        operation = etree.QName(operation_el).localname
        impersonated = envelope.findtext(".//t:ExchangeImpersonation//t:PrimarySmtpAddress",
                                         namespaces=NS)
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

    def op_CreateItem(self, op, impersonated):  # noqa: N802
        response, messages = response_messages("CreateItem")
        box = self.mailbox(impersonated or self.credentials[0])
        disposition = op.get("MessageDisposition")
        for element in op.find("m:Items", NS):
            kind = etree.QName(element).localname
            folder = ITEM_FOLDER[kind]
            item = Item(f"AAMk{next(self.ids)}", kind, folder)
            store_fields(item, element)
            if kind == "CalendarItem" and "UID" not in item.fields:
                item.set_text("UID", f"uid-{item.id}")
            item.set_modified()
            if kind == "Message" and disposition in ("SendOnly", "SendAndSaveCopy"):
                box.sent.append(item)
            box.items[item.id] = item
            box.log(folder, "Create", item.id, next(self.seq))
            message = success(messages, "CreateItem")
            items = etree.SubElement(message, f"{{{M}}}Items")
            created = etree.SubElement(items, t(kind))
            etree.SubElement(created, t("ItemId"), Id=item.id, ChangeKey=item.change_key)
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

    def op_GetItem(self, op, impersonated):  # noqa: N802
        response, messages = response_messages("GetItem")
        box = self.mailbox(impersonated or self.credentials[0])
        for item_id in op.find("m:ItemIds", NS):
            item = box.items.get(item_id.get("Id"))
            if item is None:
                error(messages, "GetItem", "ErrorItemNotFound",
                      "The specified object was not found in the store.")
                continue
            message = success(messages, "GetItem")
            etree.SubElement(message, f"{{{M}}}Items").append(item.to_xml())
        return response

    def op_UpdateItem(self, op, impersonated):  # noqa: N802
        response, messages = response_messages("UpdateItem")
        box = self.mailbox(impersonated or self.credentials[0])
        for change in op.find("m:ItemChanges", NS):
            item = box.items.get(change.find("t:ItemId", NS).get("Id"))
            if item is None:
                error(messages, "UpdateItem", "ErrorItemNotFound",
                      "The specified object was not found in the store.")
                continue
            for update in change.find("t:Updates", NS):
                apply_update(item, update)
            item.touch()
            box.log(item.folder, "Update", item.id, next(self.seq))
            message = success(messages, "UpdateItem")
            items = etree.SubElement(message, f"{{{M}}}Items")
            updated = etree.SubElement(items, t(item.kind))
            etree.SubElement(updated, t("ItemId"), Id=item.id, ChangeKey=item.change_key)
            etree.SubElement(message, f"{{{M}}}ConflictResults").append(
                text_element("Count", "0"))
        return response

    def op_DeleteItem(self, op, impersonated):  # noqa: N802
        response, messages = response_messages("DeleteItem")
        box = self.mailbox(impersonated or self.credentials[0])
        for item_id in op.find("m:ItemIds", NS):
            item = box.items.pop(item_id.get("Id"), None)
            if item is None:
                error(messages, "DeleteItem", "ErrorItemNotFound",
                      "The specified object was not found in the store.")
                continue
            box.log(item.folder, "Delete", item.id, next(self.seq))
            success(messages, "DeleteItem")
        return response

    def op_FindItem(self, op, impersonated):  # noqa: N802
        response, messages = response_messages("FindItem")
        folder_id = op.find("m:ParentFolderIds", NS)[0]
        box = self._box(folder_id, impersonated)
        name = folder_id.get("Id").split(":")[-1]
        found = box.in_folder(name)
        message = success(messages, "FindItem")
        root = etree.SubElement(message, f"{{{M}}}RootFolder",
                                TotalItemsInView=str(len(found)),
                                IncludesLastItemInRange="true")
        items = etree.SubElement(root, t("Items"))
        for item in found:
            items.append(item.to_xml())
        return response

    def op_SyncFolderItems(self, op, impersonated):  # noqa: N802
        response, messages = response_messages("SyncFolderItems")
        folder_id = op.find("m:SyncFolderId", NS)[0]
        box = self._box(folder_id, impersonated)
        name = folder_id.get("Id").split(":")[-1]
        since = int(op.findtext("m:SyncState", default="0", namespaces=NS) or 0)
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
                element.append(item.to_xml())
        return response


# -- XML helpers ---------------------------------------------------------------------------
def text_element(tag: str, text: str) -> etree._Element:
    element = etree.Element(f"{{{M}}}{tag}")
    element.text = text
    return element


def response_messages(operation: str):
    response = etree.Element(f"{{{M}}}{operation}Response", nsmap={"m": M, "t": T})
    return response, etree.SubElement(response, f"{{{M}}}ResponseMessages")


def success(messages, operation: str):
    message = etree.SubElement(messages, f"{{{M}}}{operation}ResponseMessage",
                               ResponseClass="Success")
    etree.SubElement(message, f"{{{M}}}ResponseCode").text = "NoError"
    return message


def error(messages, operation: str, code: str, text: str):
    message = etree.SubElement(messages, f"{{{M}}}{operation}ResponseMessage",
                               ResponseClass="Error")
    etree.SubElement(message, f"{{{M}}}MessageText").text = text
    etree.SubElement(message, f"{{{M}}}ResponseCode").text = code
    etree.SubElement(message, f"{{{M}}}DescriptiveLinkKey").text = "0"
    return message


def envelope_bytes(body_content) -> bytes:
    envelope = etree.Element(f"{{{SOAP}}}Envelope", nsmap={"s": SOAP})
    header = etree.SubElement(envelope, f"{{{SOAP}}}Header")
    etree.SubElement(header, t("ServerVersionInfo"), MajorVersion="15", MinorVersion="1",
                     MajorBuildNumber="2507", MinorBuildNumber="6", Version="V2017_07_11",
                     nsmap={"t": T})
    etree.SubElement(envelope, f"{{{SOAP}}}Body").append(body_content)
    return etree.tostring(envelope, xml_declaration=True, encoding="utf-8")


def busy_fault(back_off_ms: int) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<s:Envelope xmlns:s="{SOAP}"><s:Body><s:Fault>
<faultcode xmlns:a="{T}">a:ErrorServerBusy</faultcode>
<faultstring xml:lang="en-US">The server cannot service this request right now. Try again later.</faultstring>
<detail><e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">ErrorServerBusy</e:ResponseCode>
<e:Message xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">The server cannot service this request right now. Try again later.</e:Message>
<t:MessageXml xmlns:t="{T}"><t:Value Name="BackOffMilliseconds">{back_off_ms}</t:Value></t:MessageXml>
</detail></s:Fault></s:Body></s:Envelope>""".encode()


def store_fields(item: Item, element) -> None:
    for child in element:
        name = etree.QName(child).localname
        if name == "ExtendedProperty":
            key = child.find("t:ExtendedFieldURI", NS).get("PropertyName")
            item.extended[key] = copy.deepcopy(child)
        elif name != "ItemId":
            item.fields[name] = copy.deepcopy(child)


def apply_update(item: Item, update) -> None:
    kind = etree.QName(update).localname  # SetItemField AppendToItemField DeleteItemField
    path = update[0]
    if etree.QName(path).localname == "ExtendedFieldURI":
        key = path.get("PropertyName")
        if kind == "DeleteItemField":
            item.extended.pop(key, None)
        else:
            item.extended[key] = copy.deepcopy(update[1][0])
        return
    name = path.get("FieldURI", "").split(":")[-1]
    if kind == "DeleteItemField":
        item.fields.pop(name, None)
    else:
        new = update[1][0]
        item.fields[etree.QName(new).localname] = copy.deepcopy(new)
