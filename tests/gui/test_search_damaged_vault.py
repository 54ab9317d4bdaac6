"""A search that fails on a damaged vault says the vault is damaged, not only that it failed."""

from __future__ import annotations


def test_a_damaged_search_index_is_named_as_damage(qtbot, unlocked_window) -> None:
    vault = unlocked_window.vault
    with vault.transaction() as session:
        vault.writer(session).create("case", {"reference": "KG-2010-0007", "title": "Osh"})
    with vault.transaction() as session:
        # A real damaged page, as a bad sector or a cut copy leaves it in the index.
        session.connection().exec_driver_sql("UPDATE search_fts_data SET block = x'00ff00ff00ff'")
    page = unlocked_window.search_page
    page.query_edit.setText("Osh")
    page.run_search()
    qtbot.waitUntil(lambda: not page.stale_label.isHidden())
    assert page.stale_label.text().startswith("The search could not be run: the vault is damaged.")
    assert page.model.rowCount() == 0
