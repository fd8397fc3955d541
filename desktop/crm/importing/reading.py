"""A row of the file read into field values: its shape checked (cells shifted by a stray quote
or delimiter), control characters removed, each cell converted as its field wants it, the
country first (a phone number or a postcode is read in its country); every problem met, each
in its column. This is the definition the bulk path (compiled.py) must equal."""

from __future__ import annotations

import functools

from desktop.crm.errors import CrmError
from desktop.crm.importing import conversions as C
from desktop.crm.importing.damage import clean_text
from desktop.crm.importing.report import ImportOptions, Problem
from desktop.crm.importing.tables import Table


def control_removed() -> CrmError:
    return CrmError("Control characters were removed from this cell.")


def read_row(table: Table, index: int, options: ImportOptions, fields: dict[str, object]
             ) -> tuple[dict, list[Problem]]:
    """The values of a row's cells, and every problem met reading them."""
    row = table.rows[index]
    problems: list[Problem] = []
    values: dict = {}
    country = options.default_country
    for column, name, kind in order_of(options.mapping, fields):
        cell = row[column] if column < len(row) else None
        header = table.headers[column]
        if isinstance(cell, str):
            cell, removed = clean_text(cell, multiline=kind == "multiline")
            if removed:
                problems.append(Problem(control_removed(), header, True))
        if cell is None or cell == "":
            continue
        notes: list[CrmError] = []
        try:
            value = C.convert(kind, cell, options.day_first, options.decimal_comma, country,
                              notes)
        except CrmError as error:
            problems.append(Problem(error, header))
            continue
        country = take(values, problems, name, header, value, notes, country)
    return values, problems


def take(values: dict, problems: list[Problem], name: str, header: str, value,
         notes: list[CrmError], country: str) -> str:
    """A cell's value and what was repaired in it, kept; the country its row is read in
    after it (a country column changes it)."""
    problems += [Problem(note, header, True) for note in notes]
    if value is not None and value != "":
        values[name] = value
        if name == "country":
            return value
    return country


def shape_problems(table: Table, index: int) -> list[Problem]:
    """A row with more or fewer cells than the header: a stray quote or delimiter."""
    row, expected = table.rows[index], len(table.headers)
    count = len(row)
    first, last = table.lines[index]
    if count > expected and last == first and all(c in (None, "") for c in row[expected:]):
        count = expected  # empty cells after the last column: a spreadsheet's habit
    if count == expected:
        return []
    if last > first:
        return [Problem(CrmError(
            "Lines {first} to {last} are read as one row of {count} cells where the header "
            "has {expected}: a quote (\") is probably not closed.", first=first, last=last,
            count=count, expected=expected))]
    if count > expected:
        return [Problem(CrmError(
            "This line has {count} cells where the header has {expected}: check its "
            "delimiters and quotes.", count=count, expected=expected))]
    return [Problem(CrmError(
        "This line has {count} cells where the header has {expected}; the missing ones are "
        "taken as empty.", count=count, expected=expected), "", True)]


@functools.lru_cache(maxsize=8)
def _order(mapping: tuple, fields: tuple) -> list[tuple[int, str, object]]:
    """The mapped columns, the country first (a phone number or a postcode is read in its
    country)."""
    kinds = dict(fields)
    return [(column, name, kinds[name])
            for column, name in sorted(mapping, key=lambda kv: kv[1] != "country")]


def order_of(mapping: dict[int, str], fields: dict[str, object]) -> list[tuple[int, str, object]]:
    return _order(tuple(mapping.items()), tuple(fields.items()))
