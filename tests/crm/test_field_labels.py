"""Messages name fields by their labels, never by column names."""

from __future__ import annotations

import pytest

import desktop.crm.entities  # noqa: F401 - every mapper
from desktop.crm.db.base import Base
from desktop.crm.db.types import ExactNumeric
from desktop.crm.errors import ValidationError
from desktop.crm.field_labels import LABELS
from desktop.crm.opportunities import new_opportunity


def test_every_field_a_message_can_name_has_a_label():
    unnamed = sorted({(m.class_.__name__, c.key) for m in Base.registry.mappers
                      for c in m.columns
                      if (not (c.primary_key or c.nullable or c.default is not None)
                          or isinstance(c.type, ExactNumeric)) and c.key not in LABELS})
    assert unnamed == []


def test_a_missing_partner_is_named_by_its_label(demo_session):
    with pytest.raises(ValidationError) as raised:
        new_opportunity(demo_session, {"description": "Extension", "sold_to_bp_id": None}, 1)
    assert raised.value.field == "sold_to_bp_id"
    assert raised.value.message() == "Sold-to business partner is required."
    assert "_" not in raised.value.message()

