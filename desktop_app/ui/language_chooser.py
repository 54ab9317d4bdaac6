"""The Language chooser of what Sandiq shows while no vault is open: the locked page and the
unlock dialog over it. A language picked by mistake at the first start puts every word, the
menu that leads to Settings too, in one the user may not read; the unlock dialog is
window-modal, so the locked page's chooser behind it takes no click or key: each has its own,
and a language chosen in one shows in the other.

A choice asks to restart Sandiq, so only a deliberate one applies: an item picked from the open
list, or Enter. Arrow keys, typed letters and the wheel on the closed list only browse: a
keyboard user going from English to Oʻzbekcha was asked at Русский on the way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLabel, QWidget

from desktop_app.ui.i18n import LANGUAGES, current_language, fill
from desktop_app.ui.messages import confirm
from desktop_app.ui.restart import restart_after_closing
from desktop_app.ui.settings import Settings

_Event = QKeyEvent | QWheelEvent

# The texts keep the locked page's context ("LockedPage"), where they were written and are
# translated; lupdate reads only a literal context, so each call spells it out.


def _main_window(widget: QWidget) -> QWidget:
    """The window a restart closes: the one the dialog holding widget belongs to."""
    window = widget.window()
    while (parent := window.parentWidget()) is not None:
        window = parent.window()
    return window


class _LanguageBox(QComboBox):
    """A combo box that emits chosen for an item picked from its list or for Enter, and
    abandoned for Esc or leaving it after browsing with keys or the wheel while it is closed
    (QComboBox reports such steps as activated too)."""

    chosen = Signal()
    abandoned = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._is_browsing = False  # a key or wheel step on the closed list is being handled
        self.has_browsed = False  # the language shown was browsed to, not chosen
        self.activated.connect(self._activated)

    def _activated(self) -> None:
        if self._is_browsing:
            self.has_browsed = True
        else:
            self.has_browsed = False
            self.chosen.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter chooses the language shown; Esc after browsing shows the chosen one again
        (and only then: otherwise it closes the dialog, as before)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.has_browsed = False
            self.chosen.emit()
        elif event.key() == Qt.Key.Key_Escape and self.has_browsed:
            event.accept()
            self._abandon()
        else:
            self._browse(super().keyPressEvent, event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel browses, as the arrow keys do: a wheel turned in passing chose nothing."""
        self._browse(super().wheelEvent, event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Leaving after browsing shows the language chosen again (not when the list opens)."""
        if event.reason() != Qt.FocusReason.PopupFocusReason and self.has_browsed:
            self._abandon()
        super().focusOutEvent(event)

    def _browse(self, handle: Callable[[_Event], None], event: _Event) -> None:
        self._is_browsing = True
        try:
            handle(event)
        finally:
            self._is_browsing = False

    def _abandon(self) -> None:
        self.has_browsed = False
        self.abandoned.emit()


class LanguageChooser(QWidget):
    """ "Language:" and a list of the languages, each named in itself. A choice is kept for the
    next start and, if it is not the language shown, Sandiq offers to start again in it
    (nothing is open to lose while the vault is locked)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.combo = _LanguageBox()
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)
        self.combo.setAccessibleName(QCoreApplication.translate("LockedPage", "Language"))
        label = QLabel(QCoreApplication.translate("LockedPage", "&Language:"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self._show_saved()
        self.combo.chosen.connect(self.choose)
        self.combo.abandoned.connect(self._show_saved)

    def showEvent(self, event: QShowEvent) -> None:
        """Show the language saved: it may have been chosen elsewhere since (Settings)."""
        self._show_saved()
        super().showEvent(event)

    def _show_saved(self) -> None:
        language = self.settings.preferences().language
        self.combo.setCurrentIndex(max(0, self.combo.findData(language)))

    def choose(self) -> None:
        """Keep the language chosen and, if it is not the one shown, offer to restart in it."""
        language = str(self.combo.currentData())
        prefs = self.settings.preferences()
        prefs.language = language
        self.settings.save_preferences(prefs)
        # The locked page's chooser stays visible behind the unlock dialog: no showEvent tells
        # it of a choice made in the dialog.
        for widget in QApplication.allWidgets():
            if isinstance(widget, LanguageChooser) and widget is not self:
                widget._show_saved()
        if language == current_language():
            return
        question = QCoreApplication.translate(
            "LockedPage", "%1 is used after Sandiq restarts. Restart now?"
        )
        if confirm(self.window(), fill(question, LANGUAGES[language])):
            restart_after_closing(_main_window(self))
