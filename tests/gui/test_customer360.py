"""Customer 360 in the window: "only my customers", a link opening the partner's records, a
quick action creating a call for the partner, the timeline opening a note, stale answers
dropped when the user moves on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, or_, select

from desktop.crm import entities as E
from desktop.crm.customer360.accounts import sold_to
from desktop.crm.enums import ActivityType, BusinessObjectKind
from desktop.widgets.keyboard import accessible_name

BP = E.BusinessPartner


def _open(window, qtbot):
    view = window.open_session("tdsmi1500m000")
    qtbot.waitUntil(lambda: view.accounts.model.count_known)
    return view


def _select(view, qtbot, code: str) -> int:
    view.accounts.only_mine.setChecked(False)
    view.accounts.search.setText(code)
    view.accounts.apply_filters()
    qtbot.waitUntil(lambda: view.accounts.model.rowCount() == 1)
    view.accounts.view.selectRow(0)
    qtbot.waitUntil(lambda: view.filled)
    return view.partner_id


def _busy_partner(ctx) -> tuple[str, int]:
    with ctx.db.session() as s:
        A = E.Activity
        return s.execute(select(BP.code, BP.id).join(A, A.business_partner_id == BP.id)
                         .where(sold_to()).group_by(BP.code, BP.id)
                         .order_by(func.count(A.id).desc()).limit(1)).one()


def test_only_my_customers(window, ctx, qtbot):
    view = _open(window, qtbot)
    accounts = view.accounts
    assert accounts.manager.value() == ctx.employee_id and accounts.only_mine.isChecked()
    with ctx.db.session() as s:
        mine = s.scalar(select(func.count()).select_from(BP).where(
            sold_to(), or_(BP.internal_rep_id == ctx.employee_id,
                           BP.external_rep_id == ctx.employee_id)))
        every = s.scalar(select(func.count()).select_from(BP).where(sold_to()))
    assert 0 < accounts.model.rowCount() == mine < every
    assert view.partner_id == accounts.model.row_id(0)  # the first one is shown at once
    accounts.only_mine.setChecked(False)
    qtbot.waitUntil(lambda: accounts.model.rowCount() == every)
    accounts.manager.set_value(2)
    accounts.only_mine.setChecked(True)
    qtbot.waitUntil(lambda: accounts.model.count_known)
    with ctx.db.session() as s:
        theirs = s.scalar(select(func.count()).select_from(BP).where(
            sold_to(), or_(BP.internal_rep_id == 2, BP.external_rep_id == 2)))
    assert accounts.model.rowCount() == theirs


def test_a_link_opens_the_partners_opportunities(window, ctx, qtbot):
    view = _open(window, qtbot)
    code, bp_id = _busy_partner(ctx)
    assert _select(view, qtbot, code) == bp_id
    links = view.panels[[type(p).__name__ for p in view.panels].index("LinksPanel")]
    assert links.counts["Opportunities"] > 0 and links.counts["Sales orders"] is None
    links.rows["Opportunities"][1].linkActivated.emit("Opportunities")
    detail = window.mdi.activeSubWindow().session
    assert detail.session_code == "tccom4100s000" and detail.record_id == bp_id
    tab = detail.tab_widget.currentWidget()
    assert detail.tab_widget.tabText(detail.tab_widget.currentIndex()) == "Opportunities"
    qtbot.waitUntil(lambda: tab.model.count_known)
    assert tab.model.rowCount() == links.counts["Opportunities"]


def test_a_quick_action_creates_a_call_for_the_partner(window, ctx, qtbot):
    view = _open(window, qtbot)
    code, bp_id = _busy_partner(ctx)
    _select(view, qtbot, code)
    timeline = view.panels[[type(p).__name__ for p in view.panels].index("TimelinePanel")]
    qtbot.mouseClick(timeline.quick["call"], Qt.LeftButton)
    call = window.mdi.activeSubWindow().session
    assert call.form.editor("business_partner_id").value() == bp_id
    call.form.editor("subject").set_value("Suivi de la commande")
    call.save()
    assert call.record_id is not None
    with ctx.db.session() as s:
        act = s.get(E.Activity, call.record_id)
        assert (act.type, act.business_partner_id, act.subject) == (
            ActivityType.CALL, bp_id, "Suivi de la commande")


def test_the_360_follows_its_own_quick_action(window, ctx, qtbot):
    """Saved from the 360's quick action, the call shows at once in its timeline and its
    figures, without leaving the customer."""
    view = _open(window, qtbot)
    code, bp_id = _busy_partner(ctx)
    _select(view, qtbot, code)
    kinds = [type(p).__name__ for p in view.panels]
    timeline, links = view.panels[kinds.index("TimelinePanel")], view.panels[kinds.index(
        "LinksPanel")]
    before = (timeline.total, links.counts["Activities"])
    qtbot.mouseClick(timeline.quick["call"], Qt.LeftButton)
    call = window.mdi.activeSubWindow().session
    call.form.editor("subject").set_value("Rappel du 360")
    call.save()
    assert call.record_id is not None
    qtbot.waitUntil(lambda: (timeline.total, links.counts["Activities"]) == (
        before[0] + 1, before[1] + 1))
    shown = [timeline.list.item(i).text() for i in range(timeline.list.count())]
    assert any("Rappel du 360" in text for text in shown)


def test_the_timeline_opens_a_note(window, ctx, qtbot, answers):
    code, bp_id = _busy_partner(ctx)
    with ctx.db.session("tester") as s:
        note = E.Note(object_kind=BusinessObjectKind.BUSINESS_PARTNER, object_id=bp_id,
                      subject="Visite d'usine", body="Très bon accueil.", author="tester")
        s.add(note)
        s.commit()
        note_id = note.id
    view = _open(window, qtbot)
    _select(view, qtbot, code)
    timeline = view.panels[[type(p).__name__ for p in view.panels].index("TimelinePanel")]
    items = [timeline.list.item(i) for i in range(timeline.list.count())]
    [item] = [i for i in items if i.data(Qt.UserRole) == ("note", note_id)]
    assert "Visite d'usine" in item.text()
    timeline.list.itemActivated.emit(item)
    detail = window.mdi.activeSubWindow().session
    assert (detail.session_code, detail.record_id) == ("tcstl1550s000", note_id)
    assert detail.form.editor("body").value() == "Très bon accueil."
    answers.answer = QMessageBox.Discard


def test_a_late_answer_for_a_partner_left_behind_is_dropped(window, ctx, qtbot, real_pool):
    view = _open(window, qtbot)
    qtbot.waitUntil(lambda: view.filled)
    first = view.partner_id
    rows = view.accounts.model.rowCount()
    assert rows > 1
    for row in (1, 0, 1):  # quick switches: only the last partner's figures may show
        view.accounts.view.selectRow(row)
    qtbot.waitUntil(lambda: view.filled)
    real_pool.wait_idle()
    assert view.partner_id == view.accounts.model.row_id(1) != first
    contact = view.panels[0]
    with ctx.db.session() as s:
        from desktop.crm.customer360.figures import contact_block

        assert contact.result == contact_block(s, view.partner_id)


def test_sorted_by_open_pipeline_and_a_bar_tells_its_value(window, ctx, qtbot):
    view = _open(window, qtbot)
    accounts = view.accounts
    accounts.only_mine.setChecked(False)
    column = [c.key for c in accounts.model.columns].index("pipeline")
    accounts.model.sort(column, Qt.DescendingOrder)
    qtbot.waitUntil(lambda: accounts.model.count_known and accounts.model.rowCount() > 2)
    first, second = (accounts.model.row_values(r)["pipeline"] for r in (0, 1))
    assert first >= second > 0
    code, _bp_id = _busy_partner(ctx)
    _select(view, qtbot, code)
    charts = view.panels[[type(p).__name__ for p in view.panels].index("ChartsPanel")]
    revenue = charts.revenue
    assert len(revenue.categories) == 12
    text = revenue.value_at(len(revenue.categories) - 1)
    assert text.splitlines()[0] == revenue.categories[-1]
    assert text.splitlines()[1].startswith("Won opportunities: ")
    # a screen reader hears the chart's title and its numbers as text (issue 40, item 4)
    assert accessible_name(revenue.plot) == revenue.title.text()
    assert text in revenue.plot.accessibleDescription()
    assert len(revenue.plot.accessibleDescription().split("\n")) >= len(revenue.categories)


def test_switching_to_french_translates_the_panels_in_place(window, ctx, qtbot):
    from desktop.i18n import Translations

    view = _open(window, qtbot)
    qtbot.waitUntil(lambda: view.filled)
    translations = Translations()
    try:
        translations.install("fr")
        view = window.mdi.activeSubWindow().session
        qtbot.waitUntil(lambda: view.panels[0].title() == "Contact du tiers acheteur")
        kpi = view.panels[[type(p).__name__ for p in view.panels].index("KpiPanel")]
        assert kpi.labels["rate"].text() == "Taux de réussite"
        charts = view.panels[[type(p).__name__ for p in view.panels].index("ChartsPanel")]
        assert charts.revenue.title.text() == "CA gagné par mois"
        assert view.accounts.only_mine.text() == "Uniquement mes clients"
    finally:
        translations.install("en")


def _statements_of_the_360(db, readers, bp_id: int) -> tuple[int, dict]:
    """(statements sent, link counts) while every panel's figures are read, as the window
    reads them: in one task."""
    from desktop.views.customer360 import ops
    from tests.support import statement_tap

    sent: list[str] = []
    record = lambda _c, _cur, statement, *_a: sent.append(statement)  # noqa: E731
    with statement_tap.watching(record, db.engine), db.session() as s:
        results = ops.read_panels(s, readers, bp_id)
    return len(sent), next(r for r in results if isinstance(r, dict))


def _grow(db, bp_id: int, today) -> None:
    """Make a customer heavy: hundreds of activities over the year, opportunities open, won
    and lost with their quotations, contacts, notes and attributes."""
    import datetime as dt
    from decimal import Decimal as D

    from desktop.crm.enums import (
        ActivityStatus as AS,
        AttributeObjectKind,
        OpportunityStatus as S,
        PriceOrigin,
        QuotationOrigin,
        QuotationStatus as QS,
    )
    from tests.support import factories as f

    with db.session("tester") as s:
        bp = s.get(BP, bp_id)
        kinds = list(ActivityType)
        for n in range(300):
            when = dt.datetime.combine(today - dt.timedelta(days=n - 40), dt.time(10), dt.UTC)
            s.add(E.Activity(code=f"HV{n:05d}", type=kinds[n % len(kinds)], subject=f"A {n}",
                             status=AS.PLANNED if n < 40 else AS.HELD,
                             business_partner_id=bp_id, sort_date=when))
        rep, process = f.employee(s, "EHV", user=None), f.sales_process(s, "HVY")
        item = f.item(s, "ART-HV", "40")
        for n in range(60):
            status = (S.IN_PROCESS, S.WON, S.LOST)[n % 3]
            opp = f.opportunity(s, f"OPPH{n:05d}", sold_to_bp=bp, assigned_to=rep,
                                sales_process=process, status=status,
                                expected_revenue=D(1000 + n), probability_pct=D(50),
                                end_date=today - dt.timedelta(days=n) if n % 3 else None)
            if status is S.WON:
                quotation = E.Quotation(code=f"QH{n:05d}", sold_to_bp_id=bp_id,
                                        origin=QuotationOrigin.MANUAL, status=QS.PROCESSED,
                                        quotation_date=today - dt.timedelta(days=n),
                                        opportunity_id=opp.id)
                quotation.lines.append(E.QuotationLine(
                    position=10, item_id=item.id, ordered_qty=D(1), unit="pcs", price=D(40),
                    amount=D(40), price_origin=PriceOrigin.MANUAL))
                s.add(quotation)
        for n in range(40):
            f.contact(s, f"CTH{n:04d}", bp, last_name=f"Name {n}")
            s.add(E.Note(object_kind=BusinessObjectKind.BUSINESS_PARTNER, object_id=bp_id,
                         subject=f"Note {n}", body="", author="tester"))
        attribute = E.Attribute(code="HVY", label="Heavy", search_key="HVY",
                                data_type="INTEGER")
        s.add(attribute)
        s.flush()
        s.add(E.AttributeValue(object_kind=AttributeObjectKind.R, object_id=bp_id,
                               attribute_id=attribute.id, value_number=D(3)))
        s.commit()


def test_the_360_sends_as_many_statements_for_a_heavy_customer_as_for_a_light_one(ctx,
                                                                                    today):
    """Counts and sums come from SQL, the timeline's page from the newest rows of each kind:
    the statements the 360 sends do not grow with the customer (counted with SQLAlchemy's
    events), on both databases."""
    from functools import partial

    from desktop.views.shell import features, registry  # noqa: F401 - registers the panels

    readers = [spec.factory.reader for spec in registry.panels_for(BP)]
    assert len(readers) >= 6
    with ctx.db.session() as s:
        lightest = s.scalar(select(BP.id).where(sold_to()).order_by(
            select(func.count()).where(E.Activity.business_partner_id == BP.id)
            .scalar_subquery(), BP.id).limit(1))
    measured: list[tuple[int, dict]] = []
    ctx.pool.run(partial(_statements_of_the_360, ctx.db, readers, lightest), measured.append)
    ctx.pool.run(partial(_grow, ctx.db, lightest, today), lambda _none: None)
    ctx.pool.run(partial(_statements_of_the_360, ctx.db, readers, lightest), measured.append)
    (light, before), (heavy, after) = measured
    assert after["Activities"] == before["Activities"] + 300
    assert after["Opportunities"] == before["Opportunities"] + 60
    assert after["Contacts"] == before["Contacts"] + 40
    assert heavy == light <= 2 * len(readers)


def test_tab_stops_only_where_there_is_a_link(window, ctx, qtbot):
    # plain figures took the focus with nothing to show it nor to do there (issue 40)
    from PySide6.QtCore import Qt

    from desktop.views.customer360.figures import FormPanel

    view = _open(window, qtbot)
    code, _bp_id = _busy_partner(ctx)
    _select(view, qtbot, code)
    values = [value for panel in view.panels if isinstance(panel, FormPanel)
              for value in panel.values.values()]
    stops = [v for v in values if v.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert values and all("<a " in v.text() for v in stops)
    assert any("<a " in v.text() for v in values) and stops  # links are still reached
    assert len(stops) < len(values)


def test_the_list_s_menu_and_ctrl_f_from_the_figures(window, ctx, qtbot):
    """The list's context menu holds its commands (open, refresh, export), not only Copy; and
    Ctrl+F goes to the list's search from the figures on the right (issue 40)."""
    from PySide6.QtWidgets import QApplication, QMenu

    from desktop.views.customer360.figures import FormPanel
    from desktop.widgets.mnemonics import without_mnemonic
    from tests.support.typing import press

    view = _open(window, qtbot)
    code, _bp_id = _busy_partner(ctx)
    _select(view, qtbot, code)
    grid = view.accounts.view
    grid.setFocus()
    press(qtbot, grid, Qt.Key_F10, Qt.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    words = [without_mnemonic(a.text()).split("\t")[0] for a in menu.actions()
             if not a.isSeparator()]
    menu.close()
    for command in (view.accounts.open_action, view.accounts.excel_action,
                    view.accounts.export_action):
        assert without_mnemonic(command.text()) in words, words
    link = next(value for panel in view.panels if isinstance(panel, FormPanel)
                for value in panel.values.values() if value.focusPolicy() & Qt.TabFocus)
    link.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is link)
    press(qtbot, link, Qt.Key_F, Qt.ControlModifier)
    assert QApplication.focusWidget() is view.accounts.search


def test_figures_are_said_as_their_values_and_marks_in_words(window, ctx, qtbot):
    """A screen reader hears "Credit limit", then the amount (not the caption twice); a link's
    check mark is said as what it means, not as its panel's title."""
    from desktop.views.customer360.figures import FormPanel, LinksPanel

    view = _open(window, qtbot)
    code, _bp_id = _busy_partner(ctx)
    _select(view, qtbot, code)
    credit = next(p for p in view.panels if isinstance(p, FormPanel) and "limit" in p.values)
    value = credit.values["limit"]
    assert value.text() and accessible_name(value) == value.text()
    assert accessible_name(credit.labels["limit"]) == "Credit limit"
    links = next(p for p in view.panels if isinstance(p, LinksPanel))
    names = {accessible_name(mark) for mark, _text, _count in links.rows.values()}
    assert names <= {"Has records", "None yet", "Not held in this CRM"} and "Has records" in names


def test_links_are_one_tab_stop_each_and_enter_follows_them(window, ctx, qtbot):
    """The Links panel's links are reached from the keyboard (they were mouse-only), one Tab
    stop per link (Qt's label took two, the first a dead one), and Enter follows the link."""
    from PySide6.QtWidgets import QApplication

    from desktop.views.customer360.figures import LinksPanel
    from tests.support.typing import press

    view = _open(window, qtbot)
    code, bp_id = _busy_partner(ctx)
    _select(view, qtbot, code)
    links = next(p for p in view.panels if isinstance(p, LinksPanel))
    first, second = links.rows["Activities"][1], links.rows["Opportunities"][1]
    first.setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    press(qtbot, first, Qt.Key_Tab)
    assert QApplication.focusWidget() is second
    press(qtbot, second, Qt.Key_Backtab, Qt.ShiftModifier)
    assert QApplication.focusWidget() is first
    press(qtbot, first, Qt.Key_Return)
    opened = window.front_session()
    assert (opened.session_code, opened.record_id) == ("tccom4100s000", bp_id)


def test_a_long_e_mail_address_wraps_instead_of_being_cut(window, ctx, qtbot):
    """An address has no space where QLabel could wrap it: at 1256 pixels a long one ran out
    of the contact panel (issue 40). It now breaks after its @ and dots, and the link still
    writes to the whole address."""
    from desktop.crm.customer360.figures import ContactBlock
    from desktop.views.customer360.figures import ContactPanel

    view = _open(window, qtbot)
    panel = next(p for p in view.panels if isinstance(p, ContactPanel))
    address = "jean-baptiste.delacroix-montmorency@etablissements-delacroix.example.fr"
    panel.fill(ContactBlock("P1", 1, "Jean-Baptiste Delacroix", address))
    value = panel.values["email"]
    longest_piece = max(value.fontMetrics().horizontalAdvance(piece + ".")
                        for piece in address.replace("@", ".").split("."))
    assert value.minimumSizeHint().width() <= longest_piece + 2 * value.margin() + 4
    assert f'href="mailto:{address}"' in value.text()
