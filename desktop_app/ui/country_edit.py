"""A line taking a country by its two-letter code or its name, in the interface language or in
English, offering the countries whose name or code holds what is typed. The case form and the
Search page's country filter use it, so both understand what the other does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop_app.core.countries import country_code, country_name, country_names
from desktop_app.ui.i18n import current_language
from desktop_app.ui.line_edit_width import width_for_texts


class CountryEdit(QLineEdit):
    """Takes a country's code or name; leaving it (or choosing an offer) shows the code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        language = current_language()
        self.setPlaceholderText(
            self.tr("Name or two-letter code, e.g. %1 or KG").replace(
                "%1", country_name("KG", language)
            )
        )
        self.setAccessibleName(self.tr("Country name or code"))
        # Whole, the placeholder tells a new user that a name will do; cut short it did not.
        self.setMinimumWidth(width_for_texts(self, [self.placeholderText()]))
        choices = {}
        for names in (country_names(language), country_names("en")):
            for code, name in names.items():
                choices[f"{name} ({code})"] = code
        # The choice with its code in it lets "uz" find Uzbekistan in either language.
        self._choices = {choice.casefold(): code for choice, code in choices.items()}
        completer = QCompleter(sorted(choices, key=str.casefold), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        # Queued: the edit puts the choice's text in it from a slot it connects on each focus-in,
        # so after any connected here.
        completer.activated[str].connect(self.show_code, Qt.ConnectionType.QueuedConnection)
        self.editingFinished.connect(self.show_code)

    def code(self) -> str:
        """The code of the country typed (as a code, a name or an offer), or ""."""
        text = self.text().strip()
        return self._choices.get(text.casefold()) or country_code(text, (current_language(), "en"))

    def is_unknown(self) -> bool:
        """Whether something is typed that stands for no country."""
        return bool(self.text().strip()) and not self.code()

    def unknown_text(self) -> str:
        """What to tell the user about what is typed standing for no country."""
        return self.tr("No country is called “%1”: type its name or its two-letter code.").replace(
            "%1", self.text().strip()
        )

    def show_code(self) -> None:
        """Show a country chosen or typed by name as its code, the way a case stores it."""
        code = self.code()
        if code and code != self.text():
            self.setText(code)
