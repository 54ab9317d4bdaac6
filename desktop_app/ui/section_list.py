"""The list of sections beside the main window's pages (Cases, People, Testimonies, Search,
Exchange): choosing one shows its page, and a list page reads the vault the first time it is
shown. The list is as wide as its longest name at the current text size.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget

from desktop_app.core.vault import Vault
from desktop_app.ui.list_page import ListPage


class SectionList(QListWidget):
    """One row per name, showing the page of stack at the same index while a vault is open."""

    def __init__(
        self, names: Sequence[str], stack: QStackedWidget, vault: Callable[[], Vault | None]
    ) -> None:
        super().__init__()
        self._stack = stack
        self._vault = vault
        for name in names:
            QListWidgetItem(name, self)
        self._fit_width()
        self.currentRowChanged.connect(self._show_section)

    def _fit_width(self) -> None:
        self.setFixedWidth(self.sizeHintForColumn(0) + 4 * self.frameWidth() + 24)

    def changeEvent(self, event: QEvent) -> None:
        """A larger text size widens the list with it."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._fit_width()

    def _show_section(self, row: int) -> None:
        vault = self._vault()
        if vault is None or not 0 <= row < self.count():
            return
        page = self._stack.widget(row)
        if isinstance(page, ListPage) and page.model.vault is not vault:
            page.model.set_vault(vault)
        self._stack.setCurrentIndex(row)
        # Arrowing through the sections stays in their list (Tab moves on to the page): the
        # page took the focus, and the next arrow moved in its table.
        if not self.hasFocus():
            page.setFocus()
