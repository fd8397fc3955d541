"""Typing into the lookups and code fields of a window as a person does (issue 31), and
checking what each one holds key by key, what it suggests and what it accepts.

A lookup is typed the name of one of its records (accents dropped, lower case) when that name
names one record only, else the record's code in lower case; it is accepted in turn by Tab,
Enter or picking the record in the suggestions. The record expected is chosen here, by Python,
from the records the field may take (its scope): the widget and the pool are what is tested.
"""

from __future__ import annotations

import itertools
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from sqlalchemy import select

from desktop.crm.text_search import fold
from desktop.views.ops.pool import running_inline
from desktop.views.shapes.forms import Form
from desktop.widgets.fields import TextField
from desktop.widgets.lookup import ID_ROLE, LookupField
from tests.support.typing import press, type_text

ACCEPTS = ("tab", "enter", "pick")
CODE_TYPED = "BPCITY"  # the code: a field must never make it "BPCITYPCITY"


@dataclass(frozen=True)
class Target:
    id: int
    code: str
    name: str


def scope_records(ctx, field: LookupField, limit: int = 400) -> list[Target]:
    """The records the lookup may take now (its scope), as the test reads them."""
    spec = field.spec
    stmt = (select(spec.entity.id, spec.code_col(), spec.label_col()).where(*spec.where)
            .order_by(spec.code_col()).limit(limit))
    with the_tests_own_read(), ctx.db.engine.connect() as conn:
        return [Target(row[0], row[1] or "", row[2] or "") for row in conn.execute(stmt)]


@contextmanager
def the_tests_own_read():
    """The test reads what it expects, maybe from inside a dialog the window opened (a GUI
    frame on the stack): not the window's statement, which the GUI-thread guard looks for."""
    running_inline.depth = getattr(running_inline, "depth", 0) + 1
    try:
        yield
    finally:
        running_inline.depth -= 1


def text_naming(records: list[Target], shows_names: bool) -> tuple[str, Target] | None:
    """A text that names one record only, and that record: a name (accents dropped, lower
    case, preferably one with accents and several words) when the lookup shows names, else a
    code in lower case."""
    if not records:
        return None
    haystacks = [fold(f"{r.code}\n{r.name}") for r in records]
    if shows_names:
        names = sorted(records, key=lambda r: (r.name.isascii(), " " not in r.name.strip(),
                                               -len(r.name)))
        for record in names:
            typed = fold(record.name.strip())
            if typed and sum(typed in hay for hay in haystacks) == 1 \
                    and not any(fold(r.code) == typed for r in records):
                return typed, record
    codes = [r for r in records if r.code.strip()]
    record = codes[len(codes) // 2] if codes else records[0]
    return record.code.lower(), record


def suggested(field: LookupField) -> list:
    """The suggestions shown: the Choice of each row."""
    items = field.completer.items
    return [items.item(row, 0).data(ID_ROLE) for row in range(items.rowCount())]


def type_into_lookup(qtbot, field: LookupField, typed: str, expected: Target,
                     accept: str) -> None:
    """Type ``typed`` key by key, check the field keeps it and resolves nothing, see the
    suggestions come, accept (Tab, Enter or picking) and check the record taken."""
    before, resolved = field.value(), []
    field.changed.connect(lambda: resolved.append(field.value()))

    def holds(so_far: str) -> None:
        text, line = field.code.text(), field.code
        if line.hasSelectedText():  # an inline completion: the typed text, then the rest
            assert line.selectionStart() == len(so_far), (so_far, text)
            assert text[len(so_far):] == line.selectedText()
            text = text[:len(so_far)]
        assert text == so_far, f"typed {so_far!r}, the field holds {field.code.text()!r}"
        assert not resolved and field.value() == before, f"resolved while typing {so_far!r}"

    type_text(qtbot, field.code, typed, each=holds)
    qtbot.waitUntil(lambda: field.completer.popup().isVisible() and bool(suggested(field)))
    choices = suggested(field)
    assert all(fold(typed) in fold(f"{c.code} {c.label}") for c in choices), choices
    assert expected.id in [c.id for c in choices]
    assert not resolved and field.is_pending()
    _accept(qtbot, field, choices, expected, accept)
    qtbot.waitUntil(lambda: not field.is_pending(), timeout=10000)
    assert field.value() == expected.id and field.is_valid(), \
        f"{typed!r} accepted by {accept}: {field.value()} ({field.label.text()}), " \
        f"expected {expected}"
    assert resolved and resolved[-1] == expected.id
    assert field.code.text() == expected.code


def _accept(qtbot, field: LookupField, choices: list, expected: Target, how: str) -> None:
    if how == "tab":
        press(qtbot, field.code, Qt.Key_Tab)
    elif how == "enter":
        press(qtbot, field.code, Qt.Key_Return)
    else:  # down the list to the record, and Enter on it
        for _ in range([c.id for c in choices].index(expected.id) + 1):
            press(qtbot, field.code, Qt.Key_Down)
        assert field.completer.popup().currentIndex().row() == \
            [c.id for c in choices].index(expected.id)
        press(qtbot, field.code, Qt.Key_Return)


def type_into_code(qtbot, editor: TextField) -> None:
    """A code typed key by key stays exactly what was typed, and is the value once left."""
    typed = CODE_TYPED[:editor.maxLength()]

    def holds(so_far: str) -> None:
        assert editor.text() == so_far, f"typed {so_far!r}, the field holds {editor.text()!r}"

    type_text(qtbot, editor, typed, each=holds)
    press(qtbot, editor, Qt.Key_Tab)
    assert editor.value() == typed


def typeable(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isEnabled() and not (
        isinstance(widget, QLineEdit) and widget.isReadOnly())


def code_field(form: Form) -> TextField | None:
    """The field a record is keyed by: "code", else the form's first required text field,
    else its first text field (a parameter form's)."""
    texts = [(name, editor) for name, editor in form.editors.items()
             if isinstance(editor, TextField) and not form.specs[name].readonly]
    for name, editor in texts:
        if name == "code":
            return editor
    required = [editor for name, editor in texts if form.specs[name].required]
    return (required or [editor for _name, editor in texts] or [None])[0]


def type_into_window(qtbot, ctx, window: QWidget, counter=None) -> list[str]:
    """Every lookup and code field of ``window`` that can be typed into now: typed, checked.
    Returns what was typed into (object names), for the test to say what it covered."""
    counter = counter if counter is not None else itertools.count()
    done: list[str] = []
    for form in window.findChildren(Form):
        editor = code_field(form)
        if editor is not None and typeable(editor, window) and form.window() is window.window():
            type_into_code(qtbot, editor)
            done.append(editor.objectName())
    for field in window.findChildren(LookupField):
        if not typeable(field, window) or not typeable(field.code, window):
            continue
        found = text_naming(scope_records(ctx, field), field.spec.label_attr
                            != field.spec.code_attr)
        if found is None:
            continue
        typed, expected = found
        type_into_lookup(qtbot, field, typed, expected, ACCEPTS[next(counter) % 3])
        done.append(field.objectName() or type(field.parent()).__name__)
    return done
