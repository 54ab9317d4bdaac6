"""The Language chooser of what Sandiq shows while no vault is open: the locked page and the
unlock dialog over it. A language picked by mistake at the first start puts every word, the
menu that leads to Settings too, in one the user may not read; the unlock dialog is
window-modal, so the locked page's chooser behind it takes no click or key: each has its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop_app.ui.i18n import LANGUAGES, current_language, fill
from desktop_app.ui.messages import confirm
from desktop_app.ui.restart import restart_after_closing
from desktop_app.ui.settings import Settings

# The texts keep the locked page's context ("LockedPage"), where they were written and are
# translated; lupdate reads only a literal context, so each call spells it out.


def _main_window(widget: QWidget) -> QWidget:
    """The window a restart closes: the one the dialog holding widget belongs to."""
    window = widget.window()
    while (parent := window.parentWidget()) is not None:
        window = parent.window()
    return window


class LanguageChooser(QWidget):
    """ "Language:" and a list of the languages, each named in itself. A choice is kept for the
    next start and, if it is not the language shown, Sandiq offers to start again in it
    (nothing is open to lose while the vault is locked)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.combo = QComboBox()
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
        self.combo.activated.connect(self.choose)

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
        if language == current_language():
            return
        question = QCoreApplication.translate(
            "LockedPage", "%1 is used after Sandiq restarts. Restart now?"
        )
        if confirm(self.window(), fill(question, LANGUAGES[language])):
            restart_after_closing(_main_window(self))
