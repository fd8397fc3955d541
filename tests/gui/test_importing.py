"""The import wizard as a user drives it: a CSV chosen and previewed with what was detected,
the columns mapped (guessed, then remembered for files of the same layout), a simulation that
shows each duplicate beside the record it matches, a decision per duplicate, the import and
its result line by line; a cancel in the middle imports nothing. And the duplicates found on
demand, merged from the list."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.crm.importing.report import FieldPolicy, OnDuplicate
from tests.support.typing import type_text

HEADERS = ["Raison sociale", "Ville", "Téléphone", "Depuis", "Remarque"]


def _write(path, rows, encoding="cp1252") -> str:
    with path.open("w", newline="", encoding=encoding) as out:
        csv.writer(out, delimiter=";").writerows([HEADERS, *rows])
    return str(path)


def _known(ctx):
    with ctx.db.session(user=ctx.user) as s:
        return s.scalars(select(E.BusinessPartner).where(E.BusinessPartner.city != "")
                         .order_by(E.BusinessPartner.id)).first()


def _count(ctx, entity=E.BusinessPartner) -> int:
    with ctx.db.session(user=ctx.user) as s:
        return s.scalar(select(func.count()).select_from(entity))


def test_a_file_imported_through_the_wizard(window, ctx, qtbot, tmp_path):
    known = _known(ctx)
    path = _write(tmp_path / "clients.csv", [
        ["Brasserie Neuve", "Quimper", "02 98 00 11 22", "01/03/2026", "x"],
        [known.name.upper(), known.city, "", "", ""],  # a near-duplicate
        ["Forge Cassée", "Brest", "", "31/02/2026", ""]])  # a date that does not exist
    wizard = window.open_session("tccom4190m000")
    assert not wizard.run_button.isEnabled()  # no file yet
    wizard.open_file(path)
    assert "cp1252" in wizard.file_page.detected.text()
    assert wizard.file_page.preview.rowCount() == 3
    wizard.run_button.click()  # Next: the columns, guessed from the headers
    mapping = wizard.columns_page.mapping()
    assert mapping == {0: "name", 1: "city", 2: "phone", 3: "status_effective_date"}
    wizard.columns_page.combos[4].setCurrentIndex(  # the user maps one more
        wizard.columns_page.combos[4].findData("general_information"))
    before = _count(ctx)
    wizard.run_button.click()  # Simulate
    assert wizard.pages.currentIndex() == 2 and _count(ctx) == before
    page = wizard.duplicates_page
    assert page.model.rowCount() == 1 and page.model.row(0)[0] == 3
    side = [page.side.row(r) for r in range(page.side.rowCount())]
    assert [row[1:3] for row in side if row[0] == "Name"] == [[known.name.upper(), known.name]]
    page.view.selectRow(0)
    dict(page.buttons)[OnDuplicate.UPDATE].click()
    assert wizard.decisions == {3: OnDuplicate.UPDATE}
    assert page.model.row(0)[5] == "Update the existing record"
    wizard.run_button.click()  # Import
    assert wizard.pages.currentIndex() == 3
    result = {row[0]: row for row in (wizard.result_page.model.row(r)
                                      for r in range(wizard.result_page.model.rowCount()))}
    assert [result[line][1] for line in (2, 3, 4)] == ["Created", "Updated", "Not imported"]
    assert result[3][2] == known.code and result[4][3] == "Depuis"
    assert "date" in result[4][4]
    assert _count(ctx) == before + 1
    with ctx.db.session(user=ctx.user) as s:
        assert s.get(E.BusinessPartner, known.id).name == known.name.upper()
        made = s.scalars(select(E.BusinessPartner).where(
            E.BusinessPartner.name == "Brasserie Neuve")).one()
        assert (made.phone, made.general_information) == ("+33 2 98 00 11 22", "x")
    wizard.result_page.problems_only.setChecked(True)
    assert wizard.result_page.model.rowCount() == 1

    wizard.run_button.click()  # New import: the same layout keeps the columns chosen
    wizard.open_file(_write(tmp_path / "autres.csv", [["Cidrerie", "Vannes", "", "", ""]]))
    wizard.run_button.click()
    assert wizard.columns_page.mapping() == {0: "name", 1: "city", 2: "phone",
                                             3: "status_effective_date",
                                             4: "general_information"}


def test_a_mapping_without_a_name_is_refused_in_words(window, ctx, tmp_path):
    wizard = window.open_session("tccom4190m000")
    wizard.open_file(_write(tmp_path / "c.csv", [["A", "B", "", "", ""]]))
    wizard.run_button.click()
    wizard.columns_page.combos[0].setCurrentIndex(0)  # (not imported)
    wizard.run_button.click()
    assert wizard.pages.currentIndex() == 1
    assert "Map a column to name / code" in wizard.summary.text()


def test_a_cancelled_import_leaves_nothing(window, ctx, qtbot, tmp_path, real_pool):
    path = _write(tmp_path / "big.csv", [[f"Société {n:05}", "Rennes", "", "", ""]
                                         for n in range(20000)], encoding="utf-8")
    wizard = window.open_session("tccom4190m000")
    wizard.open_file(path)
    qtbot.waitUntil(lambda: wizard.table is not None)
    wizard.run_button.click()
    wizard.back_button.click()
    wizard.run_button.click()  # back and forth: still the columns
    wizard.run_button.click()  # Simulate
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2, timeout=60000)
    before = _count(ctx)
    wizard.run_button.click()  # Import
    assert wizard.cancel_button.isEnabled() and not wizard.pages.isEnabled()
    qtbot.waitUntil(lambda: wizard.progress.value() > 0)
    wizard.cancel_button.click()
    qtbot.waitUntil(lambda: not wizard.task.running, timeout=60000)
    qtbot.waitUntil(lambda: wizard.cancel_button.isEnabled() is False)
    assert "Cancelled" in wizard.summary.text()
    assert _count(ctx) == before


def test_the_wizard_switches_to_french_in_place(window, ctx, qtbot, tmp_path):
    """Mid-import, the language changes: the pages, the duplicates and the decisions taken
    are said in French; nothing is lost."""
    from desktop.i18n import Translations

    known = _known(ctx)
    wizard = window.open_session("tccom4190m000")
    wizard.open_file(_write(tmp_path / "c.csv", [[known.name.upper(), known.city, "", "",
                                                  ""]]))
    wizard.run_button.click()
    wizard.run_button.click()  # Simulate
    wizard.duplicates_page.view.selectRow(0)
    dict(wizard.duplicates_page.buttons)[OnDuplicate.CREATE].click()
    translations = Translations()
    try:
        translations.install("fr")
        qtbot.waitUntil(lambda: wizard.run_button.text() == "Importer")
        assert wizard.back_button.text() == "Précédent"
        assert "<b>3. Doublons</b>" in wizard.steps.text()
        assert wizard.duplicates_page.model.row(0)[5] == "Créer quand même"
        assert wizard.decisions == {2: OnDuplicate.CREATE}
        assert wizard.summary.text().startswith("Simulation : 0 créé(s)")
    finally:
        translations.install("en")


def test_the_simulation_shows_every_problem_with_its_line(window, ctx, qtbot, tmp_path):
    """Not only counts: each row's errors and warnings, with the file's own line numbers
    (the blank line counted)."""
    path = tmp_path / "abime.csv"
    path.write_bytes("Raison sociale;Ville;Téléphone;Depuis;Remarque\r\n\r\n"
                     "Atelier Nul\x00;Laval;;;\r\n"
                     "Forge Cassée;Brest;12;31/02/2026;\r\n"
                     "Trop;De;Cellules;;;x\r\n".encode("cp1252"))
    wizard = window.open_session("tccom4190m000")
    wizard.open_file(str(path))
    wizard.run_button.click()
    wizard.run_button.click()  # Simulate
    page = wizard.duplicates_page
    assert page.tabs.currentIndex() == 1 and page.tabs.tabText(1) == "Problems (4)"
    rows = [page.problems.row(r) for r in range(page.problems.rowCount())]
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (3, "Created", "Raison sociale"), (4, "Not imported", "Téléphone"),
        (4, "Not imported", "Depuis"), (5, "Not imported", "")]
    assert "Control characters" in rows[0][3] and "not a date" in rows[2][3]
    assert "6 cells where the header has 5" in rows[3][3]


def test_representative_and_what_an_update_does_field_by_field(window, ctx, qtbot,
                                                                 tmp_path):
    known = _known(ctx)
    with ctx.db.session(user=ctx.user) as s:
        rep = s.scalars(select(E.Employee).where(E.Employee.active.is_(True))
                        .order_by(E.Employee.id.desc())).first()
        rep_id, rep_code, old_phone = rep.id, rep.code, s.get(E.BusinessPartner,
                                                              known.id).phone
    wizard = window.open_session("tccom4190m000")
    wizard.open_file(_write(tmp_path / "c.csv", [
        ["Nouvelle Cave", "Saumur", "02 41 00 00 00", "", ""],
        [known.name.upper(), known.city, "02 41 99 99 99", "", "note du fichier"]]))
    wizard.run_button.click()
    page = wizard.columns_page
    page.combos[4].setCurrentIndex(page.combos[4].findData("general_information"))
    page.assign.setCurrentIndex(page.assign.findData("chosen"))
    assert page.representative.isEnabled()
    type_text(qtbot, page.representative.code, rep_code)  # focused, as a user's click
    qtbot.keyClick(page.representative.code, Qt.Key_Tab)
    qtbot.waitUntil(lambda: page.representative.value() == rep_id)
    page.policies[2].setCurrentIndex(page.policies[2].findData("keep"))  # the phone: kept
    page.on_duplicate.setCurrentIndex(page.on_duplicate.findData("update"))
    wizard.run_button.click()  # Simulate
    duplicates = wizard.duplicates_page
    duplicates.view.selectRow(0)
    fields = [duplicates.side.row(r)[0] for r in range(duplicates.side.rowCount())]
    name_policy = duplicates.side_view.indexWidget(duplicates.side.index(fields.index("Name"),
                                                                         3))
    name_policy.setCurrentIndex(name_policy.findData("keep"))  # this line keeps its name
    assert wizard.line_policies == {3: {"name": FieldPolicy.KEEP}}
    wizard.run_button.click()  # Import
    with ctx.db.session(user=ctx.user) as s:
        made = s.scalars(select(E.BusinessPartner).where(
            E.BusinessPartner.name == "Nouvelle Cave")).one()
        assert made.internal_rep_id == rep_id
        again = s.get(E.BusinessPartner, known.id)
        assert (again.name, again.phone, again.general_information) == \
            (known.name, old_phone, "note du fichier")
