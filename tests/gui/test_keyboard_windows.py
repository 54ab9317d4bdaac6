"""The main window and a case window by keyboard alone, as a tester used them: Enter presses the
focused button (Qt does so only in dialogs), Ctrl+F always lands in the query box, Down moves on
into the results and Enter opens the first, Ctrl+N in a case window makes a record of the tab
shown, and the focus frame shows from the moment a window opens, not only after the first Tab."""

from __future__ import annotations

from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop_app.core.vault import Vault
from desktop_app.ui.add_party_dialog import AddPartyDialog
from desktop_app.ui.case_view import CaseView
from desktop_app.ui.forms.base import RecordForm
from desktop_app.ui.main_window import PAGE_SEARCH, MainWindow
from tests.gui.conftest import activate

CTRL = Qt.KeyboardModifier.ControlModifier
KEYBOARD_FOCUS = Qt.WidgetAttribute.WA_KeyboardFocusChange


def _case(vault: Vault, title: str = "Detention in Andijan") -> UUID:
    with vault.transaction() as session:
        return (
            vault.writer(session).create("case", {"reference": "UZ-2005-0513", "title": title}).id
        )


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key as a user does: it goes to whatever has the focus."""
    QTest.keyClick(_focused(), key, modifier)


def _tab_to(widget: QWidget) -> None:
    for _ in range(20):
        if QApplication.focusWidget() is widget:
            return
        _press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget!r}")


def _forms(kind: str) -> list[RecordForm]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, RecordForm) and kind == widget.KIND and widget.isVisible()
    ]


@pytest.fixture
def view(qtbot, unlocked_window: MainWindow) -> CaseView:
    """A case window opened from the case list with Enter, as it opens."""
    _case(unlocked_window.vault)
    unlocked_window.case_model.refresh()
    table = unlocked_window.cases_page.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    activate(qtbot, unlocked_window)
    table.setFocus()
    table.selectRow(0)
    _press(Qt.Key.Key_Return)  # a table's Enter still opens its row
    qtbot.waitUntil(lambda: _case_view() is not None)
    view = _case_view()
    qtbot.waitExposed(view)
    activate(qtbot, view)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.edit_button)
    return view


def _case_view() -> CaseView | None:
    views = [w for w in QApplication.topLevelWidgets() if isinstance(w, CaseView) and w.isVisible()]
    return views[0] if views else None


# -- Enter presses the focused button ---------------------------------------------------------


def test_enter_presses_the_focused_button_of_the_main_window(qtbot, unlocked_window) -> None:
    activate(qtbot, unlocked_window)
    _tab_to(unlocked_window.cases_page.new_button)
    _press(Qt.Key.Key_Return)  # before: nothing; only Space pressed it
    qtbot.waitUntil(lambda: len(_forms("case")) == 1)
    _forms("case")[0].close()


def test_enter_presses_the_focused_button_of_a_case_window(qtbot, view: CaseView) -> None:
    _press(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)  # on "Edit case…"
    qtbot.waitUntil(lambda: len(_forms("case")) == 1)
    _forms("case")[0].close()


def test_enter_keeps_its_meaning_in_text_boxes_and_dialogs(qtbot, unlocked_window) -> None:
    # unlocked_window installed the app's key handling; these windows are plain Qt.
    window = QWidget()
    qtbot.addWidget(window)
    layout = QHBoxLayout(window)
    notes, button = QPlainTextEdit(), QPushButton("Add")
    layout.addWidget(notes)
    layout.addWidget(button)
    pressed: list[str] = []
    button.clicked.connect(lambda: pressed.append("window"))
    window.show()
    activate(qtbot, window)
    notes.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is notes)
    _press(Qt.Key.Key_Return)
    assert notes.toPlainText() == "\n" and pressed == []

    # A dialog presses its default button, not a focused one taken out of the defaults.
    dialog = QDialog(window)
    other, default = QPushButton("Compare"), QPushButton("Keep")
    other.setAutoDefault(False)
    default.setDefault(True)
    QHBoxLayout(dialog).addWidget(other)
    dialog.layout().addWidget(default)
    other.clicked.connect(lambda: pressed.append("other"))
    default.clicked.connect(lambda: pressed.append("default"))
    dialog.show()
    activate(qtbot, dialog)
    other.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other)
    _press(Qt.Key.Key_Return)
    assert pressed == ["default"]


# -- Ctrl+F, and from the query into the results ----------------------------------------------


def _search_with_results(qtbot, window: MainWindow) -> None:
    for title in ("Detention in Andijan", "Andijan market closed"):
        _case(window.vault, title)
    activate(qtbot, window)
    _press(Qt.Key.Key_F, CTRL)
    page = window.search_page
    assert window.stack.currentIndex() == PAGE_SEARCH
    assert QApplication.focusWidget() is page.query_edit
    QTest.keyClicks(page.query_edit, "Andijan")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)


def test_ctrl_f_on_the_search_page_selects_the_query_to_type_anew(qtbot, unlocked_window) -> None:
    _search_with_results(qtbot, unlocked_window)
    page = unlocked_window.search_page
    _tab_to(page.table)
    _press(Qt.Key.Key_F, CTRL)  # before: the focus stayed in the results
    assert QApplication.focusWidget() is page.query_edit
    assert page.query_edit.selectedText() == "Andijan"
    QTest.keyClicks(_focused(), "market")
    assert page.query_edit.text() == "market"


def test_down_from_the_query_goes_to_the_first_result(qtbot, unlocked_window) -> None:
    _search_with_results(qtbot, unlocked_window)
    page = unlocked_window.search_page
    page.table.selectRow(1)  # left there by an earlier visit
    page.query_edit.setFocus()
    _press(Qt.Key.Key_Down)  # before: 8 Tabs, through every filter
    assert QApplication.focusWidget() is page.table
    assert [index.row() for index in page.table.selectionModel().selectedRows()] == [0]


def test_enter_on_a_query_searches_then_opens_its_first_result(qtbot, unlocked_window) -> None:
    _search_with_results(qtbot, unlocked_window)
    page = unlocked_window.search_page
    QTest.keyClicks(page.query_edit, " market")
    _press(Qt.Key.Key_Return)  # a query whose results do not show yet: it is searched
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert QApplication.focusWidget() is page.query_edit
    _press(Qt.Key.Key_Return)  # its results show: the first opens
    qtbot.waitUntil(lambda: _case_view() is not None)
    _case_view().close()


# -- Ctrl+N in a case window ------------------------------------------------------------------


def _show_tab(view: CaseView, page: QWidget) -> None:
    while view.tabs.currentWidget() is not page:
        _press(Qt.Key.Key_Tab, CTRL)


def test_ctrl_n_makes_a_record_of_the_tab_shown(qtbot, view: CaseView) -> None:
    _show_tab(view, view.events_page)
    _press(Qt.Key.Key_N, CTRL)  # before: a new testimony on every tab
    qtbot.waitUntil(lambda: len(_forms("event")) == 1)
    assert _forms("testimony") == []
    _forms("event")[0].close()

    activate(qtbot, view)
    _show_tab(view, view.people_page)
    _press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: view.findChild(AddPartyDialog) is not None)
    assert _forms("testimony") == []
    view.findChild(AddPartyDialog).reject()

    for page in (view.testimonies_page, view.tabs.widget(0)):  # and Summary, as before
        activate(qtbot, view)
        _show_tab(view, page)
        _press(Qt.Key.Key_N, CTRL)
        qtbot.waitUntil(lambda: len(_forms("testimony")) == 1)
        _forms("testimony")[0].close()
        qtbot.waitUntil(lambda: _forms("testimony") == [])


# -- the focus frame from the start -----------------------------------------------------------


def _frame_pixels(widget: QWidget) -> int:
    """How many pixels of widget its focus frame changes: it grabbed with the frame, and
    again as Qt draws it before the first Tab."""
    window = widget.window()
    assert window.testAttribute(KEYBOARD_FOCUS)
    framed = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    window.setAttribute(KEYBOARD_FOCUS, False)
    plain = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    window.setAttribute(KEYBOARD_FOCUS, True)
    return sum(
        framed.pixel(x, y) != plain.pixel(x, y)
        for x in range(framed.width())
        for y in range(framed.height())
    )


def test_a_case_window_opens_with_its_focus_shown(qtbot, view: CaseView) -> None:
    # The frame goes round the button: at least its two long sides.
    assert _frame_pixels(view.edit_button) > 2 * view.edit_button.width() - 20


def test_the_main_window_shows_its_focus_before_any_tab(qtbot, window: MainWindow) -> None:
    activate(qtbot, window)
    button = QApplication.focusWidget()
    assert isinstance(button, QPushButton) and button.window() is window  # the locked page's
    assert _frame_pixels(button) > 2 * button.width() - 20


def test_a_mouse_click_hides_the_focus_frame_as_qt_does(qtbot, unlocked_window) -> None:
    # unlocked_window installed the app's key handling; this window is plain Qt.
    window = QWidget()
    qtbot.addWidget(window)
    notes, button = QPlainTextEdit(), QPushButton("Add")
    QHBoxLayout(window).addWidget(notes)
    window.layout().addWidget(button)
    window.show()
    activate(qtbot, window)
    assert window.testAttribute(KEYBOARD_FOCUS)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is button
    assert not window.testAttribute(KEYBOARD_FOCUS)
