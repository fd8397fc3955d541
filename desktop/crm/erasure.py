"""Right to erasure (GDPR art. 17, the CNIL's "droit à l'effacement").

The contact row stays, anonymous, so that nothing that pointed at it points at nothing and the
business history that is not personal (opportunities, quotations, their amounts) stays whole.
Everything else that names the person (found as the export finds it, from the metadata) loses
their name, e-mail and phones; what is only about them goes: the notes written about them,
their attribute values and the attachments of the e-mails about them. A legal hold (an open
quotation on an opportunity they take part in) refuses the erasure. The log says who, when
and why, never what was erased."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Enum, String, Table, Text, delete, event, insert, or_, select, update
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.db import identity
from desktop.crm.db.base import Base, current_user, rowcount, table_of
from desktop.crm.db.records import existing
from desktop.crm.db.session import CrmSession
from desktop.crm.enums import BatchRunKind, OutboxOperation, QuotationStatus
from desktop.crm.erased_links import scrub_links
from desktop.crm.errors import ValidationError
from desktop.crm.personal_data import Found, rows_naming
from desktop.crm.sync_outbox import SYNC_TYPES
from desktop.crm.text_search import contains, replace_folded

#: what stands where the person's name was (stored data: the same in every language)
PLACEHOLDER = "Anonymised"
#: what is emptied on the contact itself
CLEARED = ("first_name", "before_surname_prefix", "initials", "salutation", "job_title",
           "email", "office_phone", "mobile_phone", "country", "language")
#: rows that are only about the person: deleted (attachments: their files too)
ABOUT_ONLY = ("notes", "attribute_values", "email_attachments")


#: the session's ``info`` key of the files its commit removes
FILES_KEY = "erased_files"


@dataclass
class ErasureResult:
    rows_changed: int = 0
    rows_deleted: int = 0
    files: list[Path] = field(default_factory=list)  # attachment files, removed on commit


def check_erasable(session: Session, contact_id: int, reason: str | None = None) -> None:
    """Refuses an erasure that would be refused, before anybody is asked why or whether: a
    legal hold, and (once given) a reason left empty."""
    contact = existing(session, E.Contact, contact_id)
    if reason is not None and not reason.strip():
        raise ValidationError("Say why the data is erased (whose request, when).",
                             field="reason")
    _refuse_on_hold(session, contact)


def erase_personal_data(session: Session, contact_id: int, reason: str) -> ErasureResult:
    """Anonymise the contact everywhere; flushes, the caller commits, and the commit removes
    the attachment files (``files``)."""
    check_erasable(session, contact_id, reason)
    contact = existing(session, E.Contact, contact_id)
    words = identifiers(contact)
    found = rows_naming(session, contact.id)
    result = ErasureResult()
    found.pop(table_of(E.Contact))
    remove_about_only(session, found, result)
    result.rows_changed += scrub_rows(session, found, words)
    result.rows_changed += _scrub_logs(session, words)
    _anonymise(contact)
    session.add(E.PersonalDataErasure(contact_id=contact.id, user_name=current_user(session),
                                      reason=reason.strip(),
                                      rows_changed=result.rows_changed + result.rows_deleted))
    session.flush()
    session.expire_all()  # Core statements changed rows the session may hold
    return result


def remove_about_only(session: Session, found: Found, result: ErasureResult) -> None:
    """The rows found that are only about the person (notes, attribute values,
    attachments) deleted, counted in ``result``; the attachments' files are queued for the
    commit to remove."""
    files = _attachment_files(session, found)
    result.files.extend(files)
    session.info.setdefault(FILES_KEY, []).extend(files)
    for table, ids in found.items():
        if table.name in ABOUT_ONLY:
            result.rows_deleted += _delete(session, table, ids)
            _published(session, table, deleted=ids)


def scrub_rows(session: Session, found: Found, words: list[str]) -> int:
    """The person's identifiers taken out of the other rows found; the changes made. The
    synchronised activities among them are queued for Exchange, whose copies hold them too."""
    changed = 0
    for table, ids in found.items():
        if table.name not in ABOUT_ONLY:
            changed += _scrub(session, table, ids, words)
            _published(session, table, changed=ids)
    activity_ids = found.get(table_of(E.Activity), set())
    changed += scrub_links(session, activity_ids, words)
    queue_exchange_copies(session, activity_ids)
    return changed


def queue_exchange_copies(session: Session, activity_ids: set[int]) -> None:
    """An outbox row per synchronised activity of the erasure, so that the sync writes the
    anonymised activity over the copies it made in Exchange (Core statements changed them:
    the flush that writes the outbox saw nothing). Never with invitations: attendees are
    not told of an erasure. A laptop's replica writes none (the server's sync does it)."""
    if not activity_ids or identity.is_replica(session):
        return
    A = E.Activity
    synced = session.scalars(select(A.id).where(
        A.id.in_(activity_ids), A.synchronize.is_(True), A.type.in_(SYNC_TYPES))).all()
    if synced:
        now = clock.now()
        session.execute(insert(E.SyncOutbox), [
            dict(activity_id=activity_id, operation=OutboxOperation.UPSERT,
                 send_invitations=False, payload="", created_at=now, attempts=0)
            for activity_id in sorted(synced)])


def identifiers(contact: E.Contact) -> list[str]:
    """What identifies the person in free text, longest first (a full name before its last
    name); too short a word would take other people's text with it."""
    words = {contact.full_name, contact.last_name, contact.email, contact.office_phone,
             contact.mobile_phone}
    return sorted((w for w in words if w and len(w.strip()) >= 3), key=len, reverse=True)


def legal_hold(session: Session, contact_id: int) -> list[str]:
    """The open quotations on opportunities the contact takes part in: they must be kept."""
    Q, OC = E.Quotation, E.OpportunityContact
    return list(session.scalars(select(Q.code).join(
        OC, OC.opportunity_id == Q.opportunity_id).where(
        OC.contact_id == contact_id, Q.status != QuotationStatus.PROCESSED).order_by(Q.code)))


def _refuse_on_hold(session: Session, contact: E.Contact) -> None:
    if contact.legal_hold:
        raise ValidationError("The data of {code} cannot be erased: the contact is under a "
                              "legal hold. Clear Legal hold on the contact when it ends.",
                              code=contact.code)
    open_quotes = legal_hold(session, contact.id)
    if open_quotes:
        raise ValidationError(
            "The data of {code} cannot be erased while quotation {quotations} is open "
            "(legal hold): process or close it first.", code=contact.code,
            quotations=", ".join(open_quotes))


def _text_columns(table: Table) -> list:
    return [c for c in table.c if isinstance(c.type, (String, Text))
            and not isinstance(c.type, Enum) and not c.foreign_keys and not c.primary_key]


def _scrub(session: Session, table: Table, ids: set[int] | None, words: list[str],
           *where) -> int:
    """Each identifier replaced by the placeholder, whatever its case and accents ("DUPONT",
    "Hélène" typed "Helene"), in every text column of these rows (of every row when ``ids``
    is None); the values changed. The database finds the candidates ignoring case and accents
    the same way on SQLite and PostgreSQL (whose replace() and LIKE are case-sensitive);
    Python replaces, folding as the search does."""
    if not words:
        return 0
    chosen = [*where] if ids is None else [table.c.id.in_(ids), *where]
    changed = 0
    for column in _text_columns(table):
        rows = session.execute(select(table.c.id, column).where(
            *chosen, or_(*(contains(column, word) for word in words)))).all()
        for row_id, text in rows:
            scrubbed = _scrubbed(column, text, words)
            if scrubbed != text:
                session.execute(update(table).where(table.c.id == row_id).values(
                    {column.key: scrubbed}))
                changed += 1
    return changed


def _scrubbed(column, text: str, words: list[str]) -> str:
    """An address that was only the person's is emptied, not replaced: "Anonymised" is no
    address, and a copy written from it (an Exchange meeting's attendee) would be a wrong one;
    elsewhere each identifier becomes the placeholder."""
    scrubbed = replace_folded(text, words, PLACEHOLDER)
    if column.key.endswith("email") and scrubbed.strip() == PLACEHOLDER:
        return ""
    return scrubbed


#: runs whose lines name records by code and counts only: never a person's name, and a
#: retention run writes one line per contact, which each erasure would read again
NAMELESS_RUNS = (BatchRunKind.RETENTION, BatchRunKind.MARKETING_EXPORT)


def _scrub_logs(session: Session, words: list[str]) -> int:
    """Batch-run logs name the addressee of a letter ("Letter INVIT to …") by name."""
    lines = table_of(E.BatchRunLine)
    nameless = select(E.BatchRun.id).where(E.BatchRun.kind.in_(NAMELESS_RUNS))
    return _scrub(session, lines, None, words, lines.c.run_id.not_in(nameless))


def _published(session: Session, table: Table, **rows) -> None:
    """Rows changed by Core statements, told to the session so that open windows refresh."""
    entity = next((m.class_ for m in Base.registry.mappers if m.local_table is table), None)
    if entity is not None and hasattr(session, "note_written"):
        session.note_written(entity, **rows)


def _attachment_files(session: Session, found) -> list[Path]:
    ids = found.get(table_of(E.EmailAttachment), set())
    return [Path(p) for p in session.scalars(select(E.EmailAttachment.stored_path).where(
        E.EmailAttachment.id.in_(ids)))] if ids else []


def _delete(session: Session, table: Table, ids: set[int]) -> int:
    return rowcount(session.execute(delete(table).where(table.c.id.in_(ids))))


def _anonymise(contact: E.Contact) -> None:
    for name in CLEARED:
        setattr(contact, name, "")
    contact.last_name = PLACEHOLDER
    contact.active = False
    # never contacted again: the objection is what the person asked for, kept as consent
    contact.opted_out = contact.do_not_mail = contact.do_not_call = True
    contact.synchronize = False



@event.listens_for(CrmSession, "after_commit")
def _remove_files(session: Session) -> None:
    """The attachment files go only once their rows are gone for good: a failed commit leaves
    the rows, which must still find their files. On SQLite the erased values are then
    written out of the write-ahead log too (secure_delete zeroes the pages they leave in the
    file), so the file on the disk no longer holds them."""
    files = session.info.pop(FILES_KEY, None)
    for stored in files or ():
        stored.unlink(missing_ok=True)
    if files is not None:
        _checkpoint(session)


def _checkpoint(session: Session) -> None:
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return
    with bind.engine.connect() as connection:  # another reader may hold it back: then later
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


@event.listens_for(CrmSession, "after_rollback")
def _keep_files(session: Session) -> None:
    session.info.pop(FILES_KEY, None)  # the rows are back: so are their files' owners
