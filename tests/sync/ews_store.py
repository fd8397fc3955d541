"""What the loopback EWS server keeps (items, mailboxes, the requests it answered) and the SOAP
it writes, shared by the server and its item operations."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from lxml import etree

from desktop.crm import clock as app_clock
from tests.sync import ews_calendar as C

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
    copies: dict[str, str] = field(default_factory=dict)  # attendee -> their copy's id
    exceptions: dict[str, dict] = field(default_factory=dict)  # occurrence id -> its fields
    deleted_occurrences: set[str] = field(default_factory=set)

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

    def to_xml(self, where=None, fields: dict | None = None, item_id: str = "") -> etree._Element:
        root = etree.Element(t(self.kind))
        etree.SubElement(root, t("ItemId"), Id=item_id or self.id, ChangeKey=self.change_key)
        etree.SubElement(root, t("ParentFolderId"), Id=self.folder, ChangeKey="f1")
        for name, element in (self.fields if fields is None else fields).items():
            root.append(C.in_zone(element, where) if name in C.MOMENTS
                        else copy.deepcopy(element))
            if name == "Body" and element.get("BodyType") == "HTML":  # Exchange 2013 and later
                root.append(C.text_element("TextBody", C.html_text(element.text or "")))
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


def soap_fault(code: str, text: str) -> bytes:
    """A SOAP fault naming its response code, as EWS answers a request it refuses whole."""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<s:Envelope xmlns:s="{SOAP}"><s:Body><s:Fault>
<faultcode xmlns:a="{T}">a:{code}</faultcode>
<faultstring xml:lang="en-US">{text}</faultstring>
<detail><e:ResponseCode xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">{code}</e:ResponseCode>
<e:Message xmlns:e="http://schemas.microsoft.com/exchange/services/2006/errors">{text}</e:Message>
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
