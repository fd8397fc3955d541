"""Deletes never leave a row pointing at nothing (issue 12, item 8), on both databases: every
kind of record is deleted or refused with a message naming what still uses it, and after a
delete no table refers to the record, by foreign key or by (kind, id)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.crm.db.base import Base
from desktop.crm.db.unit_of_work import commit, get_current
from desktop.crm.deletion import POLYMORPHIC, delete_record
from desktop.crm.enums import AttributeObjectKind, AttributeType, BusinessObjectKind
from desktop.crm.errors import StaleRecordError, ValidationError
from tests.support import factories as f


def _references(session, entity: type, record_id: int) -> dict[str, int]:
    """Rows of any table that point at the record: foreign keys (from the metadata, so a new
    table is covered) and the (kind, id) pairs of attribute values and notes."""
    table = entity.__table__
    found = {}
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table and child is not table:
                count = session.scalar(select(func.count()).select_from(child)
                                       .where(fk.parent == record_id))
                if count:
                    found[f"{child.name}.{fk.parent.name}"] = count
    attribute_kind, note_kind = POLYMORPHIC.get(entity, (None, None))
    if attribute_kind is not None:
        found["attribute_values"] = session.scalar(select(func.count()).where(
            E.AttributeValue.object_kind == attribute_kind,
            E.AttributeValue.object_id == record_id)) or 0
    if note_kind is not None:
        found["notes"] = session.scalar(select(func.count()).where(
            E.Note.object_kind == note_kind, E.Note.object_id == record_id)) or 0
    return {k: v for k, v in found.items() if v}


@pytest.mark.parametrize("entity", list(POLYMORPHIC), ids=lambda e: e.__name__)
def test_a_delete_removes_what_belongs_to_the_record_or_names_what_uses_it(demo_session,
                                                                           entity):
    session = demo_session
    for record_id in session.scalars(select(entity.id).order_by(entity.id).limit(12)):
        obj = session.get(entity, record_id)
        try:
            delete_record(session, obj)
            commit(session)
        except ValidationError as error:
            session.rollback()
            assert "cannot be deleted" in str(error)
            assert session.get(entity, record_id) is not None
            continue
        assert session.get(entity, record_id) is None
        assert _references(session, entity, record_id) == {}


def test_a_new_partner_inherits_nothing_of_a_deleted_one(session):
    attribute = E.Attribute(code="SECT", label="Secteur", search_key="SECT",
                            data_type=AttributeType.ALPHANUMERIC)
    session.add(attribute)
    bp = f.partner(session, "BPGONE", "Partira")
    session.add(E.AttributeValue(object_kind=AttributeObjectKind.R, object_id=bp.id,
                                 attribute=attribute, value_text="Industrie"))
    session.add(E.Note(object_kind=BusinessObjectKind.BUSINESS_PARTNER, object_id=bp.id,
                       subject="Privé", body="", author="tester"))
    commit(session)
    gone = bp.id
    delete_record(session, bp)
    commit(session)
    assert _references(session, E.BusinessPartner, gone) == {}
    newcomer = f.partner(session, "BPNEW", "Nouveau")
    commit(session)
    assert _references(session, E.BusinessPartner, newcomer.id) == {}


def test_a_partner_in_use_is_refused_by_name(demo_session):
    bp = demo_session.scalars(select(E.BusinessPartner).join(
        E.Contact, E.Contact.business_partner_id == E.BusinessPartner.id)).first()
    with pytest.raises(ValidationError, match=r"other records use it \(.*contact: \d+"):
        delete_record(demo_session, bp)


def test_a_delete_of_a_record_changed_meanwhile_is_refused(db):
    with db.session(user="first") as s:
        bp = f.partner(s, "BPSTALE", "Ancienne")
        commit(s)
        record_id, version = bp.id, bp.version
    with db.session(user="second") as s:
        s.get(E.BusinessPartner, record_id).city = "Lyon"
        commit(s)
    with db.session(user="first") as s:
        with pytest.raises(StaleRecordError, match="was changed by second"):
            delete_record(s, get_current(s, E.BusinessPartner, record_id, version))
        assert s.get(E.BusinessPartner, record_id) is not None


@pytest.mark.parametrize("entity_factory", [
    lambda s, code: f.partner(s, code, "Éphémère"),
    lambda s, code: f.contact(s, code, bp=f.partner(s, f"B{code}", "Hôte")),
], ids=["partner", "contact"])
def test_ids_are_never_reused(session, entity_factory):
    """The last record deleted does not hand its id to the next one (SQLite AUTOINCREMENT,
    PostgreSQL sequences)."""
    gone = entity_factory(session, "GONE1")
    commit(session)
    gone_id, entity = gone.id, type(gone)
    delete_record(session, gone)
    commit(session)
    newcomer = entity_factory(session, "NEW01")
    commit(session)
    assert newcomer.id > gone_id
    assert session.get(entity, gone_id) is None


def _add_every_kind_of_dependent(session, entity: type, record_id: int) -> set[str]:
    """For each table with a foreign key to ``entity`` (read from the metadata, so a new
    table is covered), one more row pointing at the record: a copy of a row the demo holds,
    its unique text made unique. Returns the links given a row."""
    from sqlalchemy import String, insert

    table = entity.__table__
    given = set()
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is not table or child is table:
                continue
            sample = session.execute(select(child).limit(1)).mappings().first()
            if sample is None:
                continue
            row = {k: v for k, v in sample.items() if k != "id"}
            row[fk.parent.name] = record_id
            unique = {c.name for c in child.columns if c.unique} | {
                c.name for i in child.indexes if i.unique for c in i.columns} | {
                c.name for con in child.constraints if getattr(con, "columns", None) is not None
                and con.__class__.__name__ == "UniqueConstraint" for c in con.columns}
            for name in unique:
                if isinstance(child.c[name].type, String) and row.get(name) is not None:
                    row[name] = f"D{record_id % 1000}{name[:2]}"[: child.c[name].type.length]
            try:
                with session.begin_nested():
                    session.execute(insert(child).values(**row))
                given.add(f"{child.name}.{fk.parent.name}")
            except Exception:  # noqa: BLE001 - a row the constraints refuse: not a dependent
                pass
    return given


@pytest.mark.parametrize("entity", list(POLYMORPHIC), ids=lambda e: e.__name__)
def test_a_record_with_every_kind_of_dependent(demo_session, entity):
    session = demo_session
    record_id = session.scalars(select(entity.id).order_by(entity.id.desc()).limit(1)).one()
    given = _add_every_kind_of_dependent(session, entity, record_id)
    commit(session)
    obj = session.get(entity, record_id)
    try:
        delete_record(session, obj)
        commit(session)
    except ValidationError as error:  # what others still use is named, nothing is touched
        session.rollback()
        assert "cannot be deleted: other records use it (" in str(error)
        assert session.get(entity, record_id) is not None
        return
    assert _references(session, entity, record_id) == {}, given
