"""Search as a salesperson types it: without accents or capitals, on both databases; the last
search comes back at the next start, shown in the box and marked, never applied unseen."""

from __future__ import annotations

from sqlalchemy import select

from desktop.crm import entities as E
from tests.support.typing import type_text


def _rename_partner(ctx, name: str) -> int:
    with ctx.db.session(user=ctx.user) as s:
        partner = s.scalars(select(E.BusinessPartner).order_by(E.BusinessPartner.id)).first()
        partner.name = name
        s.commit()
        return partner.id


def test_search_without_accents_finds_accented_names(window, ctx, qtbot):
    partner_id = _rename_partner(ctx, "Société Mécanique de l'Isère")
    overview = window.open_session("tccom4500m000")
    type_text(qtbot, overview.search, "MECANIQUE de l'isere")
    assert overview.model.rowCount() == 1
    assert overview.model.row_id(0) == partner_id
    type_text(qtbot, overview.search, "société")
    assert partner_id in {overview.model.row_id(r) for r in range(overview.model.rowCount())}


def test_the_last_search_is_shown_when_it_comes_back(window, ctx, qtbot):
    _rename_partner(ctx, "Mécanique Générale")
    first = window.open_session("tccom4500m000")
    type_text(qtbot, first.search, "mecanique")
    count = first.model.rowCount()
    first.closeRequested.emit()
    again = window.open_session("tccom4500m000")
    assert again is not first
    assert again.search.text() == "mecanique"  # in the box, not hidden in the query
    assert again.model.rowCount() == count
    assert "background" in again.search.styleSheet() and "mecanique" in again.search.toolTip()
    again.search.clear()
    assert again.search.styleSheet() == "" and again.model.rowCount() > count
