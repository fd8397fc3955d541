"""Item lines (an opportunity's items, a quotation's lines) show the item's unit and price as
soon as the item is picked: the unit fills an empty unit field, as the save would; the price
shows in an empty price field as what applies while it stays empty (a typed price is kept as
a manual one, BR-ITM-02)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from desktop.models.columns import display
from desktop.views.ops import Query
from desktop.views.shapes import ops as shapes_ops


def follow_item(dialog: QDialog, ctx, unit: str = "unit", price: str = "price") -> None:
    """Connect the dialog's item lookup to its unit and price fields."""
    form = dialog.form
    item = form.editor("item_id")

    def show(terms: shapes_ops.ItemTerms) -> None:
        if not form.editor(unit).value():
            form.editor(unit).set_value(terms.unit)
        form.editor(price).setPlaceholderText(f"{display('decimal', terms.price)} "
                                              f"{terms.currency}")

    def picked() -> None:
        if item.value() is not None:
            Query(ctx, dialog, shapes_ops.item_terms, item.value()).success(show).run()

    item.changed.connect(picked)
    picked()
