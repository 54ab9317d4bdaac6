"""Tabs that say when the keyboard chose one, so a form can put the cursor in that tab.

Qt's tab keys (a tab's Alt+letter, Ctrl+Tab while the focus is in the tabs) only show the
tab: the cursor stayed where it was, in a testimony's witness field fifteen Tabs away from
the narrative, and the Alt+letter of the tab already shown did nothing at all.
Arrow keys on the focused tab bar browse the tabs and keep the focus there, as they should.
A window's own tab keys (``tab_keys``: Ctrl+Tab from anywhere in a case window) left the focus on
the button it was on, so the next keys went to "Edit case…" and not to the list just shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShortcut
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget

from desktop_app.ui.tab_keys import add_tab_keys

_PAGE_STEPS = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}


class _MnemonicTabBar(QTabBar):
    """A tab bar that reports a tab chosen by its Alt+letter (shown already or not)."""

    chosen_by_mnemonic = Signal()

    def event(self, event: QEvent) -> bool:
        """Handle events as QTabBar does; tell when a tab's Alt+letter chose it."""
        handled = super().event(event)
        # The only shortcuts a tab bar grabs are its tabs' Alt+letters.
        if event.type() == QEvent.Type.Shortcut and handled:
            self.chosen_by_mnemonic.emit()
        return handled


class KeyedTabWidget(QTabWidget):
    """A QTabWidget whose entered(index) says a key chose the tab at index: its Alt+letter,
    or Ctrl+Tab, Ctrl+Shift+Tab, Ctrl+PgDown or Ctrl+PgUp while the focus is in the tabs (on
    the tab bar, say: the text boxes and tables in the tabs keep these keys)."""

    entered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tab_bar = _MnemonicTabBar()
        self.setTabBar(tab_bar)
        tab_bar.chosen_by_mnemonic.connect(lambda: self.entered.emit(self.currentIndex()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Turn the tabs as QTabWidget does, and by Ctrl+PgDown / Ctrl+PgUp as a case window's
        tabs turn (Qt's tabs ignore them); tell when a key turned them."""
        before = self.currentIndex()
        step = _PAGE_STEPS.get(event.key())
        if step and event.modifiers() == Qt.KeyboardModifier.ControlModifier and self.count():
            self.setCurrentIndex((before + step) % self.count())
        else:
            super().keyPressEvent(event)
        if self.currentIndex() != before:
            self.entered.emit(self.currentIndex())


def add_entering_tab_keys(window: QWidget, tabs: KeyedTabWidget) -> None:
    """As ``add_tab_keys`` (Ctrl+Tab, Ctrl+PgDown and back, from anywhere in window), and the
    tab these keys show is entered: tabs.entered says so, as for a tab's Alt+letter."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    before = set(window.findChildren(QShortcut, options=direct))
    add_tab_keys(window, tabs)
    for shortcut in set(window.findChildren(QShortcut, options=direct)) - before:
        # Connected after add_tab_keys' own slot, so the tab is turned by now.
        shortcut.activated.connect(lambda: _enter_shown(tabs))


def _enter_shown(tabs: KeyedTabWidget) -> None:
    if tabs.isEnabled():  # a case that cannot be read: the keys turned nothing
        tabs.entered.emit(tabs.currentIndex())
