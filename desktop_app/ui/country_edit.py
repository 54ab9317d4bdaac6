"""A line taking a country by its two-letter code or its name, in the interface language or in
English, offering the countries (by their name in the interface language) whose name or code
holds what is typed, or whose English name has a word starting with it. The case form and the
Search page's country filter use it, so both understand what the other does. Any mark typed for
the Uzbek ʻ and ʼ finds either: "O'zbek" offers "Oʻzbekiston (UZ)" (``typed_offers``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QStyle, QWidget

from desktop_app.core.countries import country_code, country_name, country_names
from desktop_app.ui.i18n import current_language
from desktop_app.ui.line_edit_width import width_for_texts
from desktop_app.ui.typed_offers import folded, offers, offers_for


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
        # Offered in the interface language only: with the English names too, every country was
        # offered twice. An English name typed whole is still understood (see code()).
        choices = {f"{name} ({code})": code for code, name in country_names(language).items()}
        # The choice with its code in it lets "uz" find Uzbekistan.
        self._choices = {folded(choice): code for choice, code in choices.items()}
        english = country_names("en")
        self._offers = offers(
            {
                choice: [english.get(code, "")]
                for choice, code in sorted(choices.items(), key=lambda item: item[0].casefold())
            }
        )
        # The edit chooses the offers itself (see offers_for), so the completer shows them as
        # they are: its own filter would drop "Киргизия (KG)" for "Kyrg".
        self._offered = QStringListModel(self)
        completer = QCompleter(self._offered, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self._is_typing = False  # see is_half_typed
        self.textEdited.connect(self._offer_for_typed)
        # QCompleter makes its popup as wide as the edit, which cut long names short
        # ("Amerika Qoʻshma Sht…"); the popup is widened to its longest offer when it shows.
        self._popup = completer.popup()
        self._offered.setStringList([offer.text for offer in self._offers])
        self._offers_width = _width_for_offers(self._popup)
        self._offered.setStringList([])
        self._popup.installEventFilter(self)
        # Queued: the edit puts the choice's text in it from a slot it connects on each focus-in,
        # so after any connected here.
        completer.activated[str].connect(self.show_code, Qt.ConnectionType.QueuedConnection)
        self.editingFinished.connect(self.finish_typing)
        self.editingFinished.connect(self.show_code)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the offers' popup wide enough for its longest offer and within its screen."""
        if watched is self._popup and event.type() in (QEvent.Type.Show, QEvent.Type.Move):
            _fit_on_screen(self._popup, self._offers_width)
        return super().eventFilter(watched, event)

    def offers_for(self, text: str) -> list[str]:
        """The offers for what is typed: the countries whose name (in the interface language)
        or code holds it, or whose English name has a word starting with it ("Kyrg" in
        Russian offers "Киргизия (KG)"), each once, by its name in the interface language."""
        return offers_for(self._offers, text)

    def code(self) -> str:
        """The code of the country typed (as a code, a name or an offer), or ""."""
        text = self.text().strip()
        return self._choices.get(folded(text)) or country_code(text, (current_language(), "en"))

    def is_unknown(self) -> bool:
        """Whether something is typed that stands for no country."""
        return bool(self.text().strip()) and not self.code()

    def is_half_typed(self) -> bool:
        """Whether the user is still typing what may become a country: "Uzbek", with
        "Uzbekistan (UZ)" offered below it, is no country yet, but none to refuse either."""
        return self._is_typing and self.is_unknown() and bool(self.offers_for(self.text()))

    def finish_typing(self) -> None:
        """Take what is typed as meant, as leaving the field does (a Save from the keyboard)."""
        self._is_typing = False

    def _offer_for_typed(self, text: str) -> None:
        self._is_typing = True
        self._offered.setStringList(self.offers_for(text))

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


def _width_for_offers(popup: QAbstractItemView) -> int:
    """The popup width that shows each offer whole, beside a vertical scroll bar (the popup
    still lists every offer: nothing is typed yet)."""
    scroll_bar = popup.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, popup)
    return popup.sizeHintForColumn(0) + scroll_bar + 2 * popup.frameWidth()


def _fit_on_screen(popup: QWidget, width: int) -> None:
    """Make popup at least width wide, no wider than its screen, and move it onto the screen."""
    screen = popup.screen().availableGeometry()
    popup.setMinimumWidth(min(width, screen.width()))
    # QCompleter keeps the popup on the screen for the edit's width, not for this one.
    overflow = popup.geometry().right() - screen.right()
    if overflow > 0:
        popup.move(popup.x() - overflow, popup.y())
