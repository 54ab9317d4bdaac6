"""A vault with a damaged page: every list, tab and search that meets it says so in the page,
with what to do (a backup from before the damage, or sandiq salvage), instead of failing
silently with the last page left on screen."""

from __future__ import annotations

from sqlalchemy import text

from desktop_app.core.vault import DATABASE_NAME, Vault, unlock
from desktop_app.ui.main_window import PAGE_PEOPLE, PAGE_TESTIMONIES, MainWindow
from tests.conftest import PASSPHRASE
from tests.gui.search_ended import search_ended

DAMAGED = (
    "The vault is damaged: part of it cannot be read. Restore a backup made before the damage, "
    "or copy what can still be read into a new vault with the command "
    "sandiq salvage --to NEWFOLDER."
)


def fill_vault(vault: Vault) -> None:
    """A case, a witness and 60 testimonies of theirs, each long enough to fill the index."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG-2010-0007", "title": "Osh detention"})
        person = writer.create("person", {"name": "Azimjan Askarov"})
        ids = {"case": str(case.id), "witness": str(person.id)}
        for number in range(60):
            writer.create("testimony", {**ids, "narrative": f"night {number} in Osh " * 60})


def flip_a_byte_in(vault: Vault, table: str) -> Vault:
    """Lock vault, flip one byte in the first page of table (as a bad sector would: its
    authentication then fails) and unlock it again."""
    with vault.engine.connect() as conn:
        page = conn.scalar(text("SELECT rootpage FROM sqlite_master WHERE name = :t"), {"t": table})
    vault.lock()
    database = vault.path / DATABASE_NAME
    data = bytearray(database.read_bytes())
    data[(page - 1) * 4096 + 200] ^= 0x01  # past the 100 bytes of the file header
    database.write_bytes(bytes(data))
    return unlock(vault.path, PASSPHRASE, rebuild_stale_index=False)


def test_a_damaged_testimony_list_shows_its_page_and_says_what_to_do(
    qtbot, window: MainWindow, tmp_vault: Vault
) -> None:
    fill_vault(tmp_vault)
    window.attach(flip_a_byte_in(tmp_vault, "testimony"))
    window.go_to(PAGE_PEOPLE)
    window.go_to(PAGE_TESTIMONIES)
    page = window.testimonies_page
    assert window.stack.currentWidget() is page  # not the People list left on screen
    assert page.failure_label.isVisible()
    assert page.failure_label.text() == f"This list cannot be read. {DAMAGED}"
    assert window.testimony_model.rowCount() == 0
    # The other lists read as before.
    window.go_to(PAGE_PEOPLE)
    assert window.person_model.rowCount() == 1
    assert not window.people_page.failure_label.isVisible()
    window.grab().save("/tmp/w2/list.png")


def test_a_case_windows_damaged_tab_says_so_and_the_others_still_show(
    qtbot, window: MainWindow, tmp_vault: Vault
) -> None:
    fill_vault(tmp_vault)
    window.attach(flip_a_byte_in(tmp_vault, "testimony"))
    view = window.registry.open_case(window.case_model.row_at(0).id)
    qtbot.addWidget(view)
    assert not view.failure_label.isVisible()  # the summary reads
    view.tabs.setCurrentWidget(view.people_page)
    assert not view.failure_label.isVisible()
    view.tabs.setCurrentWidget(view.testimonies_page)
    assert view.failure_label.isVisible()
    assert view.failure_label.text() == f"This tab cannot be read. {DAMAGED}"
    view.grab().save("/tmp/w2/case_tab.png")
    view.tabs.setCurrentWidget(view.people_page)  # read already: no word of the damage there
    assert not view.failure_label.isVisible()


def _search(qtbot, window: MainWindow, words: str) -> None:
    window.show_search()
    page = window.search_page
    page.query_edit.setText(words)
    page.run_search()
    qtbot.waitUntil(lambda: search_ended(page))


def test_damaged_index_contents_are_offered_a_rebuild_that_brings_search_back(
    qtbot, unlocked_window: MainWindow
) -> None:
    fill_vault(unlocked_window.vault)
    with unlocked_window.vault.transaction() as session:  # valid pages, nonsense in the index
        session.connection().exec_driver_sql("UPDATE search_fts_data SET block = x'00ff00ff00ff'")
    page = unlocked_window.search_page
    _search(qtbot, unlocked_window, "Osh")
    assert page.stale_label.text().startswith("The search could not be run: the vault is damaged.")
    assert "sandiq salvage --to NEWFOLDER" in page.stale_label.text()
    assert page.rebuild_button.isVisible()
    unlocked_window.grab().save("/tmp/w2/search_damaged.png")
    with qtbot.waitSignal(unlocked_window.index_rebuild.finished, timeout=30_000) as finished:
        page.rebuild_button.click()
    assert finished.args == [True]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    assert not page.stale_label.isVisible()
    assert not page.rebuild_button.isVisible()


def test_a_rebuild_over_a_damaged_index_page_says_it_cannot_and_changes_nothing(
    qtbot, window: MainWindow, tmp_vault: Vault, messages
) -> None:
    fill_vault(tmp_vault)
    window.attach(flip_a_byte_in(tmp_vault, "search_fts_data"))
    before = (tmp_vault.path / DATABASE_NAME).read_bytes()
    page = window.search_page
    _search(qtbot, window, "Osh")
    assert page.rebuild_button.isVisible()
    with qtbot.waitSignal(window.index_rebuild.finished, timeout=30_000) as finished:
        page.rebuild_button.click()
    assert finished.args == [False]
    unrebuildable = (
        "The search index could not be rebuilt: a damaged part of the vault cannot be read, so "
        "search stays off. Nothing was changed. Restore a backup made before the damage, or copy "
        "what can still be read into a new vault with the command sandiq salvage --to "
        "NEWFOLDER, which builds a new search index there."
    )
    assert messages.texts() == [unrebuildable]
    assert page.stale_label.text() == unrebuildable
    assert page.stale_label.isVisible() and not page.rebuild_button.isVisible()
    assert not page.query_edit.isEnabled()
    window.grab().save("/tmp/w2/search_unrebuildable.png")
    window.lock()
    assert (tmp_vault.path / DATABASE_NAME).read_bytes() == before
