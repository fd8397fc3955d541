"""What a database holds: row counts per entity and orphan rows, for ``--check``."""

from __future__ import annotations

from sqlalchemy import Engine, func, select

from desktop.crm import entities as E  # the complete metadata
from desktop.crm.db.base import Base
from desktop.crm.deletion import POLYMORPHIC


def count_rows(engine: Engine) -> dict[str, int]:
    counts: dict[str, int] = {}
    with engine.connect() as conn:
        for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
            counts[table.name] = conn.execute(
                select(func.count()).select_from(table)).scalar_one()
    return counts


def count_orphans(engine: Engine) -> dict[str, int]:
    """Rows that point at a record that does not exist, per link: foreign keys (a SQLite file
    written with its checks off) and the (kind, id) links of attribute values and notes."""
    found: dict[str, int] = {}
    with engine.connect() as conn:
        for child in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
            for fk in child.foreign_keys:
                parent = fk.column.table.alias()
                missing = select(func.count()).select_from(child).where(
                    fk.parent.is_not(None),
                    ~select(parent.c.id).where(parent.c.id == fk.parent).exists())
                found[f"{child.name}.{fk.parent.name}"] = conn.execute(missing).scalar_one()
        for link, (entity, kind_column, id_column, kind) in _polymorphic_links().items():
            missing = select(func.count()).where(
                kind_column == kind,
                ~select(entity.id).where(entity.id == id_column).exists())
            found[link] = conn.execute(missing).scalar_one()
    return {link: count for link, count in found.items() if count}


def _polymorphic_links() -> dict[str, tuple]:
    links: dict[str, tuple] = {}
    for entity, (attribute_kind, note_kind) in POLYMORPHIC.items():
        if attribute_kind is not None:
            links[f"attribute_values ({entity.__tablename__})"] = (
                entity, E.AttributeValue.object_kind, E.AttributeValue.object_id,
                attribute_kind)
        links[f"notes ({entity.__tablename__})"] = (entity, E.Note.object_kind,
                                                    E.Note.object_id, note_kind)
    return links
