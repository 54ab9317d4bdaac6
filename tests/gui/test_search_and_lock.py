"""Search as you type; locking (idle, Ctrl+L) empties every view; clipboard; panic."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.core import drafts
from desktop_app.core.records import get_record
from desktop_app.core.search.snippets import SNIPPET_CLOSE, SNIPPET_OPEN, bracketed_snippet
from desktop_app.core.vault import HEADER_NAME, unlock
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.clipboard import ClipboardGuard
from desktop_app.ui.forms.testimony_editor import TestimonyEditor
from desktop_app.ui.main_window import PAGE_LOCKED, PAGE_SEARCH
from desktop_app.ui.search_hits import SearchHitModel, snippet_html
from desktop_app.ui.settings import Preferences
from tests.conftest import PASSPHRASE
from tests.gui.conftest import activate


def _add_case_with_testimony(vault, narrative: str) -> tuple[object, object]:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "KG-2010-0007", "title": "Detention"})
        testimony = writer.create("testimony", {"case": str(case.id), "narrative": narrative})
        return case.id, testimony.id


def test_search_finds_the_testimony_as_you_type(qtbot, unlocked_window):
    window = unlocked_window
    _, testimony_id = _add_case_with_testimony(
        window.vault, "They drove him to the police station in Bazar-Korgon at night."
    )
    window.go_to(PAGE_SEARCH)
    page = window.search_page
    qtbot.keyClicks(page.query_edit, "Korgon")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    model = page.model
    assert model.data(model.index(0, SearchHitModel.COL_KIND)) == "Testimony"
    assert model.data(model.index(0, SearchHitModel.COL_CASE)) == "KG-2010-0007"
    snippet = model.data(model.index(0, SearchHitModel.COL_SNIPPET))
    assert snippet == "…police station in Bazar-Korgon at night."  # no marks: plain text
    assert "Bazar-[Korgon]" in bracketed_snippet(model.row_at(0).snippet)  # highlighted
    assert page.summary_label.text() == "1 result"
    page.table.activated_row.emit(0)  # double-click or Enter
    editor = window.registry._open[("testimony", testimony_id)]
    assert isinstance(editor, TestimonyEditor) and editor.isVisible()
    assert "Bazar-Korgon" in editor.narrative_edit.toPlainText()


def test_a_hit_for_a_record_deleted_by_an_import_goes_away(qtbot, unlocked_window):
    window = unlocked_window
    _, testimony_id = _add_case_with_testimony(window.vault, "Раъно was taken from Andijon.")
    window.go_to(PAGE_SEARCH)
    page = window.search_page
    page.query_edit.setText("Раъно")  # QTest types Latin letters only
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    with window.vault.transaction() as session:  # as a colleague's bundle would
        window.vault.writer(session).delete(get_record(session, "testimony", testimony_id))
    window.refresh_lists()  # what the exchange page asks for after an import
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.summary_label.text() == "0 results"


def test_search_filters_narrow_the_results(qtbot, unlocked_window):
    window = unlocked_window
    _add_case_with_testimony(window.vault, "Taken at night in Osh.")
    page = window.search_page
    page.query_edit.setText("Osh")
    page.run_search()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.status_combo.set_value("verified")  # the testimony is a draft
    assert page.filters().statuses == ("verified",)
    page.run_search()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.summary_label.text() == "0 results"


def test_search_explains_what_it_ignored(qtbot, unlocked_window):
    page = unlocked_window.search_page
    page.query_edit.setText('Osh "unclosed')
    page.run_search()
    qtbot.waitUntil(lambda: "quotation mark" in page.summary_label.text())
    assert "A quotation mark has no partner and was ignored." in page.summary_label.text()


def test_snippet_highlight_escapes_everything_else():
    snippet = f"<b>x</b> [плачет] [1: см. {SNIPPET_OPEN}Askarov{SNIPPET_CLOSE}"
    assert snippet_html(snippet) == (
        '&lt;b&gt;x&lt;/b&gt; [плачет] [1: см. <b style="background-color:#ffe680">Askarov</b>'
    )


def test_auto_lock_clears_every_view_and_keeps_unsaved_work(qtbot, unlocked_window):
    window = unlocked_window
    case_id, _ = _add_case_with_testimony(window.vault, "Narrative about Osh.")
    window.case_model.refresh()
    window.go_to(PAGE_SEARCH)
    window.search_page.query_edit.setText("Osh")
    window.search_page.run_search()
    qtbot.waitUntil(lambda: window.search_page.model.rowCount() == 1)
    view = window.registry.open_case(case_id)
    form = window.registry.open_form("case", case_id)
    form.title_edit.setText("Detention, edited and unsaved")
    view.party_table.clipboard.copy("KG-2010-0007")
    vault = window.vault

    window.idle.timer.setInterval(30)  # instead of 5 minutes
    window.idle.start()
    with qtbot.waitSignal(window.locked, timeout=5000):
        pass
    assert window.vault is None and vault.is_locked
    assert window.case_model.rowCount() == 0
    assert window.search_page.model.rowCount() == 0
    assert window.search_page.query_edit.text() == ""
    assert window.stack.currentIndex() == PAGE_LOCKED
    assert window.lock_label.text() == "Locked"
    assert not window.nav.isEnabled()
    assert not view.isVisible() and not form.isVisible()
    assert QGuiApplication.clipboard().text() == ""
    assert window.unlock_dialog is not None and window.unlock_dialog.isVisible()

    reopened = unlock(vault.path, PASSPHRASE)
    try:
        with reopened.read() as session:
            (draft,) = drafts.list_drafts(session)
            assert drafts.load_draft(session, draft.id)["title"] == "Detention, edited and unsaved"
    finally:
        reopened.lock()


def test_ctrl_l_locks_and_the_unlock_dialog_comes_back(qtbot, unlocked_window):
    window = unlocked_window
    activate(qtbot, window)
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.unlock_dialog
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked):
        dialog.attempt()
    assert window.lock_label.text() == "Unlocked"


def test_clipboard_copy_is_cleared_after_a_while_unless_replaced(qtbot):
    guard = ClipboardGuard(clear_after_ms=20)
    clipboard = QGuiApplication.clipboard()
    guard.copy("Witness A")
    assert clipboard.text() == "Witness A"
    assert clipboard.mimeData().data("x-kde-passwordManagerHint") == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "")
    guard.copy("case data")
    clipboard.setText("the user's own text")
    guard.clear_if_ours()
    assert clipboard.text() == "the user's own text"


def test_panic_destroys_the_key_and_quits_within_a_second(
    qtbot, unlocked_window, monkeypatch, messages
):
    window = unlocked_window
    exits: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    path = window.vault.path
    window.panic()
    assert messages.texts() == ["Destroy the vault now? Every record in it will be lost for good."]
    assert not (path / HEADER_NAME).exists()
    assert exits == [0]
    assert window.panic_seconds < 1.0


def test_panic_without_confirmation_when_turned_off(qtbot, unlocked_window, monkeypatch, messages):
    window = unlocked_window
    window.settings.save_preferences(Preferences(confirm_panic=False))
    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(lambda code=0: None))
    path = window.vault.path
    window.panic()
    assert messages.shown == []
    assert not (path / HEADER_NAME).exists()


def test_panic_answered_no_keeps_the_vault(qtbot, unlocked_window, messages):
    messages.answer = messages.answer.No
    path = unlocked_window.vault.path
    unlocked_window.panic()
    assert (path / HEADER_NAME).exists()
    assert unlocked_window.vault is not None


def test_case_windows_close_on_lock(qtbot, unlocked_window):
    case_id, _ = _add_case_with_testimony(unlocked_window.vault, "x")
    view = unlocked_window.registry.open_case(case_id)
    assert isinstance(view, CaseView) and view.isVisible()
    unlocked_window.lock()
    assert not view.isVisible()
