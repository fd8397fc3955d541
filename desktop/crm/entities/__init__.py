"""All entities, imported here so that the metadata is complete wherever one is used."""

from desktop.crm.entities.activities import (  # noqa: F401
    Activity,
    ActivityReference,
    Attendee,
    EmailAttachment,
    EmailRecipient,
    Note,
)
from desktop.crm.entities.attributes import (  # noqa: F401
    Attribute,
    AttributeOption,
    AttributeSet,
    AttributeSetMember,
    AttributeValue,
)
from desktop.crm.entities.audit import AuditEntry  # noqa: F401
from desktop.crm.entities.batch import BatchRun, BatchRunLine  # noqa: F401
from desktop.crm.entities.exchange import (  # noqa: F401
    ExchangeItemLink,
    ExchangeSyncSettings,
    ExchangeSyncUser,
    SyncOutbox,
)
from desktop.crm.entities.marketing import (  # noqa: F401
    ActivityTemplate,
    Letter,
    Report,
    ReportLayoutLine,
    Selection,
)
from desktop.crm.entities.masterdata import (  # noqa: F401
    BuyerRole,
    Employee,
    Item,
    NumberSeries,
    OpportunitySource,
    OpportunityType,
    Phase,
    QuotationParameters,
    Reason,
    SalesOffice,
    SalesOrderType,
    SalesProcess,
    SalesProcessPhase,
    SalesUserProfile,
    Unit,
    UnitDescription,
)
from desktop.crm.entities.opportunities import (  # noqa: F401
    Opportunity,
    OpportunityContact,
    OpportunityItem,
    OpportunityReference,
)
from desktop.crm.entities.parameters import (  # noqa: F401
    COMParameters,
    CRMParameters,
    DefaultAttributeSetByRole,
    UserDefaults,
)
from desktop.crm.entities.partners import (  # noqa: F401
    BusinessPartner,
    BusinessPartnerRole,
    Contact,
    DistinctRecordMember,
    DistinctRecordSet,
)
from desktop.crm.entities.privacy import ConsentEvent, PersonalDataErasure  # noqa: F401
from desktop.crm.entities.quotations import Quotation, QuotationLine  # noqa: F401
from desktop.crm.entities.team import (  # noqa: F401
    ChangeLogEntry,
    DeferredEviction,
    Device,
    Holding,
    LocalChange,
    LocalTxn,
    NumberLease,
    PartnerPin,
    PushedUnit,
    ReplicaState,
    ServerAccount,
    SyncConflict,
)
from desktop.crm.entities.widening import widen_ids

widen_ids()
