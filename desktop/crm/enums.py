"""Enumerations of domain.md section 2. Members are stored by name; the value is the English label
shown to the user (translated by the GUI in the context "enum")."""

from __future__ import annotations

import enum


class LabelledEnum(enum.Enum):
    @property
    def label(self) -> str:
        return self.value

    @classmethod
    def from_label(cls, text: str):
        wanted = text.strip().lower()
        for member in cls:
            if wanted in (member.value.lower(), member.name.lower()):
                return member
        raise ValueError(f"{text!r} is not a {cls.__name__}")


class OpportunityStatus(LabelledEnum):
    PRELIMINARY = "Preliminary"
    IN_PROCESS = "In Process"
    DEAD = "Dead"
    CANCELED = "Canceled"
    WON = "Won"
    LOST = "Lost"

    @property
    def is_closed(self) -> bool:
        """Closed for analytics and for reopening (Won, Lost, Canceled)."""
        return self in CLOSED_OPPORTUNITY_STATUSES


CLOSED_OPPORTUNITY_STATUSES = frozenset(
    {OpportunityStatus.WON, OpportunityStatus.LOST, OpportunityStatus.CANCELED}
)


class BPStatus(LabelledEnum):
    ACTIVE = "Active"
    INACTIVE = "Inactive"
    PROSPECT = "Prospect"
    NOT_SPECIFIED = "Not Specified"


class BPRole(LabelledEnum):
    GENERAL = "General"
    SOLD_TO = "Sold-to"
    SHIP_TO = "Ship-to"
    INVOICE_TO = "Invoice-to"
    PAY_BY = "Pay-by"
    BUY_FROM = "Buy-from"
    SHIP_FROM = "Ship-from"
    INVOICE_FROM = "Invoice-from"
    PAY_TO = "Pay-to"


class ActivityType(LabelledEnum):
    APPOINTMENT = "Appointment"
    CALL = "Call"
    TASK = "Task"
    MAILING = "Mailing"
    EMAIL = "E-mail"


class ActivityStatus(LabelledEnum):
    PLANNED = "Planned"
    HELD = "Held"
    NOT_HELD = "Not Held"
    NOT_STARTED = "Not Started"
    IN_PROCESS = "In Process"
    DEFERRED = "Deferred"
    COMPLETED = "Completed"
    WAITING = "Waiting on Someone Else"
    DRAFT = "Draft"
    SENT = "Sent"
    RECEIVED = "Received"


ACTIVITY_STATUSES: dict[ActivityType, tuple[ActivityStatus, ...]] = {
    ActivityType.APPOINTMENT: (ActivityStatus.PLANNED, ActivityStatus.HELD, ActivityStatus.NOT_HELD),
    ActivityType.CALL: (ActivityStatus.PLANNED, ActivityStatus.HELD, ActivityStatus.NOT_HELD),
    ActivityType.TASK: (
        ActivityStatus.NOT_STARTED,
        ActivityStatus.IN_PROCESS,
        ActivityStatus.DEFERRED,
        ActivityStatus.COMPLETED,
        ActivityStatus.WAITING,
    ),
    # a mailing is logged Completed (BR-ACT-08); one planned by global addition is Planned
    # until mail merge produces its letter
    ActivityType.MAILING: (ActivityStatus.COMPLETED, ActivityStatus.PLANNED),
    ActivityType.EMAIL: (ActivityStatus.DRAFT, ActivityStatus.SENT, ActivityStatus.RECEIVED),
}

#: Statuses hidden by "Open activities only" (BR-ACT-03).
CLOSED_ACTIVITY_STATUSES = frozenset(
    {
        ActivityStatus.HELD,
        ActivityStatus.NOT_HELD,
        ActivityStatus.COMPLETED,
        ActivityStatus.SENT,
        ActivityStatus.RECEIVED,
    }
)


class ActivityOrigin(LabelledEnum):
    MANUAL = "Manual"
    ASSIGNMENT = "Assignment"


class EmailDirection(LabelledEnum):
    INBOUND = "Inbound"
    OUTBOUND = "Outbound"


class PartyType(LabelledEnum):
    EMPLOYEE = "Employee"
    CONTACT = "Contact"
    OTHER = "Other"


class Attendance(LabelledEnum):
    REQUIRED = "Required"
    OPTIONAL = "Optional"
    RESOURCE = "Resource"
    ORGANIZER = "Meeting Organizer"


class AttendanceStatus(LabelledEnum):
    NONE = "None"
    ACCEPTED = "Accepted"
    TENTATIVE = "Tentative"
    DECLINED = "Declined"


class ShowTimeAs(LabelledEnum):
    FREE = "Free"
    BUSY = "Busy"
    TENTATIVE = "Tentative"
    OUT_OF_OFFICE = "Out of Office"


class RecipientRole(LabelledEnum):
    FROM = "From"
    TO = "To"
    CC = "Cc"
    BCC = "Bcc"


class TaskPriority(LabelledEnum):
    LOW = "Low"
    NORMAL = "Normal"
    HIGH = "High"


class ReferenceType(LabelledEnum):
    SALES_QUOTATION = "Sales Quotation"
    SERVICE_ORDER = "Service Order"
    SALES_ORDER = "Sales Order"
    PROJECT_PCS = "Project (PCS)"
    PROJECT = "Project"
    BUDGET = "Budget"
    PURCHASE_ORDER = "Purchase Order"
    REQUEST_FOR_QUOTATION = "Request for Quotation"
    PROJECT_CONTRACT = "Project Contract"
    OPPORTUNITY = "Opportunity"
    ACTIVITY = "Activity"
    SERVICE_CALL = "Service Call"
    SERVICE_CONTRACT_QUOTATION = "Service Contract Quotation"
    SERVICE_CONTRACT = "Service Contract"
    SERVICE_ORDER_QUOTATION = "Service Order Quotation"
    SERVICE_WORK_ORDER = "Service Work Order"
    MAINTENANCE_SALES_QUOTATION = "Maintenance Sales Quotation"
    MAINTENANCE_SALES_ORDER = "Maintenance Sales Order"
    SALES_CONTRACT = "Sales Contract"


class BusinessObjectKind(LabelledEnum):
    BUSINESS_PARTNER = "Business Partner"
    OPPORTUNITY = "Opportunity"
    CONTACT = "Contact"
    ACTIVITY = "Activity"
    QUOTATION = "Sales Quotation"


class AttributeObjectKind(LabelledEnum):
    """The letter used in expressions: (R, x), (P, x), (C, x), (A, x)."""

    R = "Business Partner"
    P = "Opportunity"
    C = "Contact"
    A = "Activity"


class AttributeType(LabelledEnum):
    DATE = "Date"
    DOUBLE = "Double"
    OPTION = "Option"
    INTEGER = "Integer"
    ALPHANUMERIC = "Alphanumeric"
    TEXT = "Text"
    TIME = "Time"


class CaseConversion(LabelledEnum):
    NO = "No"
    UPPER = "Upper"
    LOWER = "Lower"


class Alignment(LabelledEnum):
    NO = "No"
    LEFT = "Left"
    RIGHT = "Right"
    CENTER = "Center"


class ZoomValidation(LabelledEnum):
    NOT_MANDATORY = "Not Mandatory"
    MANDATORY = "Mandatory"
    MANDATORY_UNLESS_EMPTY = "Mandatory Unless Empty"


class AssignTo(LabelledEnum):
    """Who gets the activities of a global addition (BR-GA-07)."""

    DO_NOT_ASSIGN = "Do Not Assign"
    EXTERNAL_REP = "External Sales Representative"
    INTERNAL_REP = "Internal Sales Representative"
    SPECIFIC_EMPLOYEE = "Specific Employee"


class UpdateMode(LabelledEnum):
    SIMULATE = "Simulate"
    UPDATE = "Update"


class ContactCategory(LabelledEnum):
    CONTACT = "Contact"
    MISCELLANEOUS = "Miscellaneous"
    PROSPECT = "Prospect"
    SUSPECT = "Suspect"


class QuotationOrigin(LabelledEnum):
    MANUAL = "Manual"
    OPPORTUNITY = "Opportunity"


class PriceOrigin(LabelledEnum):
    ITEM = "Item"
    MANUAL = "Manual"


class QuotationStatus(LabelledEnum):
    CREATED = "Created"
    APPROVED = "Approved"
    PRINTED = "Printed"
    PROCESSED = "Processed"


class TimeUnit(LabelledEnum):
    MINUTES = "Minutes"
    HOURS = "Hours"
    DAYS = "Days"
    WEEKS = "Weeks"


class InitialsBasedOn(LabelledEnum):
    FIRST_NAME = "First Name"
    FIRST_AND_LAST_NAME = "First and Last Name"
    NONE = "Not Applicable"


class SyncProtocol(LabelledEnum):
    EWS = "Exchange Server (EWS)"
    GRAPH = "Exchange Online (Microsoft Graph)"


class GraphSignIn(LabelledEnum):
    APP_SECRET = "Application, client secret"
    APP_CERTIFICATE = "Application, certificate"
    DELEGATED = "My own mailbox (sign-in)"


class SyncAuthType(LabelledEnum):
    BASIC = "Basic"
    NTLM = "NTLM"
    OAUTH2 = "OAuth 2"


class SyncAccessType(LabelledEnum):
    DELEGATE = "Delegate"
    IMPERSONATION = "Impersonation"


class OutboxOperation(LabelledEnum):
    UPSERT = "Create or Update"
    DELETE = "Delete"
    SEND_EMAIL = "Send E-mail"


class BatchRunKind(LabelledEnum):
    RECALCULATE_PRICES = "Recalculate Opportunity Prices"
    GLOBAL_ADD_ACTIVITIES = "Global Addition of Activities"
    GLOBAL_DELETE_ACTIVITIES = "Global Deletion of Activities"
    GLOBAL_ADD_ATTRIBUTES = "Global Addition of Attributes"
    MAIL_MERGE = "Mail Merge"
    FLEXIBLE_PRINTING = "Flexible Printing"
    RETENTION = "Retention of Personal Data"
    MARKETING_EXPORT = "Marketing Export"


class BatchLineResult(LabelledEnum):
    CREATED = "Created"
    WOULD_CREATE = "Would Create"
    SKIPPED_SELECTION = "Skipped (selection false)"
    SKIPPED_FILTER = "Skipped (filter)"
    SKIPPED_EXISTING = "Skipped (already present)"
    SKIPPED_OBJECTION = "Skipped (objection)"
    WARNING = "Warning"
    ERROR = "Error"
    DELETED = "Deleted"
    WOULD_DELETE = "Would Delete"
    UPDATED = "Updated"
    WOULD_UPDATE = "Would Update"
    UNCHANGED = "Unchanged"


class ReportOrientation(LabelledEnum):
    NORMAL = "Normal"
    WIDE = "Wide"


class ConsentChannel(LabelledEnum):
    """What a person may object to (GDPR art. 21): direct marketing as a whole, post, calls."""
    MARKETING = "Direct marketing"
    POST = "Postal mail"
    PHONE = "Phone calls"


class EmployeeRole(LabelledEnum):
    """What an employee does in the CRM (Q-SEC-1): a CRM manager changes reference data,
    parameters and other people's closed records; the other roles are for the record."""

    SALESPERSON = "Salesperson"
    ACCOUNT_MANAGER = "Account manager"
    MARKETING = "Marketing"
    CRM_MANAGER = "CRM manager"
