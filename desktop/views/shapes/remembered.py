"""A form's values kept between two openings (the last run of Mail Merge or Flexible
Printing, per user): enum members stored by name, the rest as JSON holds it."""

from __future__ import annotations

import enum
from typing import Any


def stored_values(form, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` as the settings file can hold them."""
    kept = {}
    for name, value in values.items():
        if isinstance(value, enum.Enum):
            kept[name] = value.name
        elif value is None or isinstance(value, (str, int, float, bool)):
            kept[name] = value
    return kept


def remembered_values(form, stored: dict[str, Any]) -> dict[str, Any]:
    """The stored values the form's fields still take (a renamed enum member is left out)."""
    found = {}
    for name, value in stored.items():
        spec = form.specs.get(name)
        if spec is None or spec.readonly:
            continue
        if spec.enum_class is not None:
            member = getattr(spec.enum_class, str(value), None)
            if isinstance(member, enum.Enum):
                found[name] = member
        elif spec.kind == "lookup" and not isinstance(value, int):
            continue
        else:
            found[name] = value
    return found


__all__ = ["remembered_values", "stored_values"]
