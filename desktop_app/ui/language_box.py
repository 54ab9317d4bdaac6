"""The testimony editor's Language box: the usual languages of an interview to choose from,
offered for what is typed in the way the country fields do (``typed_offers``): by the code or
the language's own name ("o'zbek" with the keyboard's apostrophe), or by its name in English,
Russian or Uzbek ("uzbek", "узбек"). Any other language may be typed as it is."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop_app.core.reports.labels import labels_for
from desktop_app.ui.i18n import language_label
from desktop_app.ui.typed_offers import offers, offers_for

INTERVIEW_LANGUAGES = ("ru", "uz", "kaa", "tg", "ky", "kk", "tk", "en")
# The languages a language's name is typed in: the interface's, whatever the interface is.
NAMING_LANGUAGES = ("en", "ru", "uz")


class LanguageBox(QComboBox):
    """Takes an interview's language: one of INTERVIEW_LANGUAGES, chosen or found by name,
    stored by its code; or any other text typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.addItem("")
        other_names = {}
        for code in INTERVIEW_LANGUAGES:
            label = language_label(code)
            self.addItem(label, code)
            other_names[label] = [
                labels_for(language).language_names.get(code, "") for language in NAMING_LANGUAGES
            ]
        self._offers = offers(other_names)
        # The box chooses the offers itself (offers_for), so the completer shows them as they
        # are: its own prefix match found nothing for "o'zbek" (the label has ʻ) or "узбек".
        self._offered = QStringListModel(self)
        completer = QCompleter(self._offered, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._offer_for_typed)

    def offers_for(self, text: str) -> list[str]:
        """The languages offered for what is typed, by their labels ("uz — oʻzbek")."""
        return offers_for(self._offers, text)

    def _offer_for_typed(self, text: str) -> None:
        self._offered.setStringList(self.offers_for(text))

    def language(self) -> str:
        """The code of the language chosen, or the text typed (its code, if it reads as a
        label: "xx — name")."""
        index = self.currentIndex()
        text = self.currentText().strip()
        if index > 0 and text == self.itemText(index):
            return str(self.itemData(index))
        return text.split(" — ")[0]

    def set_language(self, language: str) -> None:
        """Show a stored language: its label if it is one of the usual ones, else as it is."""
        index = self.findData(language)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(language)
