"""Attribute rules BR-ATR-01..11, scenarios 17 and 18."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from desktop.crm import entities as E
from desktop.crm.attributes import (
    attach_attribute,
    attach_set,
    delete_attribute,
    display_value,
    set_value,
)
from desktop.crm.db.records import apply_values
from desktop.crm.enums import AttributeObjectKind as K, AttributeType as T, CaseConversion
from desktop.crm.errors import NotAllowedError, ValidationError


def _attribute(session, code, kind, **kw):
    attribute = E.Attribute(code=code)
    apply_values(session, attribute, {"label": kw.pop("label", code.title()), "data_type": kind,
                                      "search_key": kw.pop("search_key", ""), **kw})
    session.flush()
    return attribute


def test_scenario_18_search_key_from_the_label(session):
    attribute = _attribute(session, "SATIS24", T.INTEGER, length=2,
                           label="Customer satisfaction level 2024")
    assert attribute.search_key == "Customer satisfa"


def test_lengths_per_type(session):
    with pytest.raises(ValidationError, match="1 to 40"):
        _attribute(session, "A", T.ALPHANUMERIC, length=41)
    with pytest.raises(ValidationError, match="1 to 14"):
        _attribute(session, "D", T.DOUBLE, length=15)
    with pytest.raises(ValidationError, match="1 to 10"):
        _attribute(session, "I", T.INTEGER, length=0)
    fixed = _attribute(session, "DT", T.DATE, length=99, case_conversion=CaseConversion.UPPER)
    assert fixed.length is None and fixed.case_conversion is CaseConversion.NO


def _value(session, attribute, text):
    row = E.AttributeValue(object_kind=K.R, object_id=1, attribute=attribute)
    set_value(session, row, text)
    return row


def test_scenario_17_option_must_be_listed(session):
    brand = _attribute(session, "CARBRAND", T.OPTION, label="Car Brand")
    brand.options = [E.AttributeOption(option_value=v, sequence=i)
                     for i, v in enumerate(("Opel", "Ford"))]
    session.flush()
    with pytest.raises(ValidationError, match="Fiat is not an option of Car Brand"):
        _value(session, brand, "Fiat")
    assert _value(session, brand, "ford").option.option_value == "Ford"


def test_typed_values(session):
    upper = _attribute(session, "UP", T.ALPHANUMERIC, length=5,
                       case_conversion=CaseConversion.UPPER)
    assert _value(session, upper, "lyon").value_text == "LYON"
    with pytest.raises(ValidationError, match="at most 5 characters"):
        _value(session, upper, "Besançon")
    when = _attribute(session, "WHEN", T.DATE)
    assert _value(session, when, "31/12/2026").value_date == dt.date(2026, 12, 31)
    with pytest.raises(ValidationError, match="not a valid date"):
        _value(session, when, "31/02/2026")
    hour = _attribute(session, "HOUR", T.TIME)
    assert display_value(_value(session, hour, "0930")) == "0930"
    with pytest.raises(ValidationError, match="HHMM"):
        _value(session, hour, "2561")
    count = _attribute(session, "COUNT", T.INTEGER, length=3)
    assert _value(session, count, "120").value_number == D(120)
    with pytest.raises(ValidationError, match="whole numbers"):
        _value(session, count, "1.5")
    with pytest.raises(ValidationError, match="at most 3 digits"):
        _value(session, count, "1000")
    amount = _attribute(session, "AMOUNT", T.DOUBLE, length=6)
    for word in ("NaN", "nan", "Infinity", "-inf", "sNaN"):  # Decimal reads these as numbers
        with pytest.raises(ValidationError, match="not a number"):
            _value(session, amount, word)


def test_sets_attach_members_once(session):
    a, b = _attribute(session, "A1", T.TEXT), _attribute(session, "B1", T.TEXT)
    survey = E.AttributeSet(code="SURV", description="Enquête",
                            members=[E.AttributeSetMember(attribute=a, sequence=10),
                                     E.AttributeSetMember(attribute=b, sequence=20)])
    session.add(survey)
    session.flush()
    attach_attribute(session, K.A, 7, a)
    session.flush()
    assert attach_set(session, K.A, 7, survey) == 1
    with pytest.raises(ValidationError, match="already attached"):
        attach_attribute(session, K.A, 7, b)


def test_attribute_with_values_cannot_be_deleted(session):
    used = _attribute(session, "USED", T.TEXT)
    attach_attribute(session, K.R, 1, used)
    session.flush()
    with pytest.raises(NotAllowedError, match="cannot be deleted"):
        delete_attribute(session, used)


def _zoomed(session, validation):
    from desktop.crm.enums import ZoomValidation
    return _attribute(session, "MACHINE", T.ALPHANUMERIC, length=20, zoom_code="TCIBD0501M000",
                      zoom_validation=ZoomValidation[validation])


def _row(session, attribute):
    row = E.AttributeValue(object_kind=K.R, object_id=1, attribute=attribute)
    session.add(row)
    return row


def test_br_atr_07_mandatory_zoom_takes_only_codes_of_the_list(session):
    from tests.support import factories as f
    f.item(session, "PUMP-200")
    attribute = _zoomed(session, "MANDATORY")
    assert attribute.zoom_code == "tcibd0501m000"
    row = _row(session, attribute)
    set_value(session, row, "pump-200")
    assert row.value_text == "PUMP-200"  # the code as the list spells it
    with pytest.raises(ValidationError, match="FIAT is not in Item"):
        set_value(session, row, "FIAT")
    with pytest.raises(ValidationError, match="needs a code from Item"):
        set_value(session, row, "")


def test_br_atr_07_mandatory_unless_empty_and_not_mandatory(session):
    unless_empty = _row(session, _zoomed(session, "MANDATORY_UNLESS_EMPTY"))
    set_value(session, unless_empty, "")
    assert unless_empty.value_text is None
    with pytest.raises(ValidationError, match="not in Item"):
        set_value(session, unless_empty, "FIAT")
    free = _row(session, _attribute(session, "FREE", T.ALPHANUMERIC, length=20,
                                    zoom_code="tcibd0501m000"))
    set_value(session, free, "FIAT")
    assert free.value_text == "FIAT"


def test_zoom_only_on_known_lists_and_alphanumeric_attributes(session):
    with pytest.raises(ValidationError, match="not a list"):
        _attribute(session, "BAD", T.ALPHANUMERIC, length=5, zoom_code="tcxxx0000m000")
    with pytest.raises(ValidationError, match="Only Alphanumeric"):
        _attribute(session, "NUM", T.INTEGER, length=5, zoom_code="tcibd0501m000")


def test_settable_fields_follow_the_type():
    from desktop.crm.attributes import settable_fields

    assert settable_fields(T.DATE) == set()
    assert settable_fields(T.INTEGER) == {"length"}
    assert settable_fields(T.OPTION) == {"options"}
    assert settable_fields(T.ALPHANUMERIC) == {
        "length", "case_conversion", "alignment", "zoom_code", "zoom_validation"}
