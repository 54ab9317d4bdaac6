"""The search page: one box, results as you type (debounced, on a worker), filters, and the
matched words highlighted in each snippet. Double-click (or Enter) opens the record. Results
come a page at a time: scrolling to the end of the list fetches the next page. From the query
box, Down moves into the results, past the filters, and Enter, once the query's results show,
opens the one selected there (the first if none is).

While the vault's search index is stale (made with other folding rules, its rebuild cancelled)
the page is off: it says so and offers the rebuild, instead of returning incomplete results.
A search that meets a damaged page says so there too, and offers the rebuild, which helps when
only the index's contents are damaged; a rebuild that cannot read or clear a damaged page fails
without changing anything, and the page then says what is left to do.

The page stays thin: the typed text (which may use the search language, ``key:value`` words
included) and the filter bar go to ``core.search.service.search_results`` as they are; the
notes it returns about ignored parts of the query are shown translated.
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import vocab
from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.errors import VaultCorrupted
from desktop_app.core.search.query import QueryNote
from desktop_app.core.search.service import SearchFilters, SearchResults, search_results
from desktop_app.core.vault import Vault
from desktop_app.ui.clipboard import ClipboardGuard
from desktop_app.ui.country_edit import CountryEdit
from desktop_app.ui.fields import CodeCombo
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.i18n import act_type_label
from desktop_app.ui.line_edit_width import width_for_texts
from desktop_app.ui.search_hits import SearchHitModel, SnippetDelegate
from desktop_app.ui.search_notes import unrebuildable_index_text
from desktop_app.ui.search_summary import damage_text, failure_text, summary_text
from desktop_app.ui.search_wait import SearchWait
from desktop_app.ui.table import RecordTable
from desktop_app.ui.tasks import Result, run_task

DEBOUNCE_MS = 300
PAGE_SIZE = 200  # hits per search; scrolling to the end of the list fetches the next page
_DATE_PATTERN = r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?"


class SearchPage(QWidget):
    """Search box, filters and results."""

    rebuild_requested = Signal()

    def __init__(
        self,
        vault: Callable[[], Vault | None],
        clipboard: ClipboardGuard,
        open_record: Callable[[str, UUID], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._open_record = open_record
        self._generation = 0
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(self.tr("Search names, places, testimonies…"))
        self.query_edit.setAccessibleName(self.tr("Search"))
        self.query_edit.setClearButtonEnabled(True)
        # A country by its name as well as its code, as the case form takes it: a new user typed
        # "Узбекистан" into a box that kept two letters.
        self.country_edit = CountryEdit()
        self.from_edit = QLineEdit()
        self.to_edit = QLineEdit()
        for edit, name in (
            (self.from_edit, self.tr("From date")),
            (self.to_edit, self.tr("To date")),
        ):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            edit.setValidator(QRegularExpressionValidator(_DATE_PATTERN))
            # Whole in every language ("ГГГГ-ММ-ДД", "YYYY-OO-KK"); 110 px cut them short.
            edit.setFixedWidth(width_for_texts(edit, [edit.placeholderText(), "0000-00-00"]))
            edit.setAccessibleName(name)
        self.act_combo = CodeCombo(
            ("", *vocab.ACT_TYPES), {c: act_type_label(c) for c in vocab.ACT_TYPES}
        )
        self.act_combo.setItemText(0, self.tr("Any act"))
        self.act_combo.setAccessibleName(self.tr("Act type"))
        statuses = tuple(dict.fromkeys(("", *vocab.CASE_STATUSES, *vocab.TESTIMONY_STATUSES)))
        self.status_combo = CodeCombo(statuses)
        self.status_combo.setItemText(0, self.tr("Any status"))
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.sensitivity_combo = CodeCombo(("", *vocab.SENSITIVITIES))
        self.sensitivity_combo.setItemText(0, self.tr("Any sensitivity"))
        self.sensitivity_combo.setAccessibleName(self.tr("Sensitivity"))
        self.role_combo = CodeCombo(("", *vocab.ROLES))
        self.role_combo.setItemText(0, self.tr("Any role"))
        self.role_combo.setAccessibleName(self.tr("Role of a person"))
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName(self.tr("Search summary"))
        # A note about the query (a patronymic left out) can be a long sentence; unwrapped it
        # widened the window past the screen.
        self.summary_label.setWordWrap(True)
        self._stale_text = self.tr(
            "Search is off until the search index is rebuilt for this version of Sandiq; "
            "until then it would miss records."
        )
        self.stale_label = QLabel(self._stale_text)
        self.stale_label.setWordWrap(True)
        self.rebuild_button = QPushButton(self.tr("&Rebuild the search index"))
        self.rebuild_button.clicked.connect(self.rebuild_requested)
        # A query that found nothing may come with a suggestion (kaltakla* for kaltakladi):
        # one click runs it, as typing it would. A framed button, not a flat one: flat, it read
        # as plain text that nobody thought to click.
        self.suggestion_button = QPushButton()
        self.suggestion_button.hide()
        self.suggestion_button.clicked.connect(self._run_suggestion)
        self._suggested_query = ""
        self._inputs: tuple[QWidget, ...] = (
            self.query_edit,
            self.country_edit,
            self.from_edit,
            self.to_edit,
            self.act_combo,
            self.status_combo,
            self.sensitivity_combo,
            self.role_combo,
        )
        self._total: int | None = None
        self.model = SearchHitModel(self)
        self.model.more_wanted.connect(self._fetch_more)
        self._searched: tuple[str, SearchFilters] = ("", SearchFilters())
        self._shown: tuple[str, SearchFilters] | None = None  # what the results listed are for
        self._notes: tuple[QueryNote, ...] = ()
        self.table = RecordTable(self.model, clipboard, self.tr("Search results"))
        self.table.setItemDelegateForColumn(SearchHitModel.COL_SNIPPET, SnippetDelegate(self))
        self.table.setColumnWidth(SearchHitModel.COL_KIND, 110)
        self.table.setColumnWidth(SearchHitModel.COL_CASE, 150)
        self.searching = SearchWait(self.table, self.summary_label, self.suggestion_button)

        # Two short rows rather than one long one, so large text still fits a laptop screen;
        # each label stays beside its box, and a box that does not fit goes to the next row.
        places = FlowLayout()
        for label, widget in (
            (self.tr("Countr&y:"), self.country_edit),
            (self.tr("&From:"), self.from_edit),
            (self.tr("&To:"), self.to_edit),
        ):
            label_widget = QLabel(label)
            label_widget.setBuddy(widget)
            pair = QWidget()
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(label_widget)
            pair_layout.addWidget(widget)
            places.addWidget(pair)
        # The choices show their whole labels ("Любая конфиденциальность", "Произвольное
        # задержание"), in a second row where one does not fit beside the others.
        codes = FlowLayout()
        for widget in (self.act_combo, self.status_combo, self.sensitivity_combo, self.role_combo):
            widget.show_whole_labels()
            codes.addWidget(widget)
        stale = QHBoxLayout()
        stale.addWidget(self.stale_label, 1)
        stale.addWidget(self.rebuild_button)
        layout = QVBoxLayout(self)
        layout.addLayout(stale)
        layout.addWidget(self.query_edit)
        layout.addLayout(places)
        layout.addLayout(codes)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.suggestion_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.query_edit)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.run_search)
        for signal in (
            self.query_edit.textChanged,
            self.country_edit.textChanged,
            self.from_edit.textChanged,
            self.to_edit.textChanged,
            self.act_combo.changed,
            self.status_combo.changed,
            self.sensitivity_combo.changed,
            self.role_combo.changed,
        ):
            signal.connect(self.debounce.start)
        self.query_edit.returnPressed.connect(self._query_entered)
        self.country_edit.editingFinished.connect(self._country_left)
        self.query_edit.installEventFilter(self)
        self.table.activated_row.connect(self._open)
        self.set_index_ready(True)

    def focus_query(self) -> None:
        """Put the cursor in the query box with its text selected, so typing replaces it."""
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    def focus_results(self) -> None:
        """Move the focus into the results, on the first row (Enter then opens it)."""
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.scrollToTop()
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the query box goes to the results: through the filters it took 8 Tabs."""
        if (
            watched is self.query_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.model.rowCount()
            and not self.searching.is_showing()  # the old query's results: not to be used
        ):
            self.focus_results()
            return True
        return super().eventFilter(watched, event)

    def _query_entered(self) -> None:
        # Enter searches at once; pressed again once the results for what is typed show, it
        # opens one: moving into them first took another Enter, or Down, for nothing.
        wanted = (self.query_edit.text().strip(), self.filters())
        if self._shown == wanted and not self.debounce.isActive() and self.model.rowCount():
            selected = self.table.selectionModel().selectedRows()
            self._open(selected[0].row() if selected else 0)
        else:
            self.run_search()

    def _country_left(self) -> None:
        # A name left half typed is now taken as meant, and refused: no text changes to say so.
        if self.country_edit.is_unknown():
            self.run_search()

    def set_index_ready(self, is_ready: bool) -> None:
        """Turn search on, or off with a notice and a Rebuild button while the index is stale."""
        self.is_index_ready = is_ready
        self._show_notice("" if is_ready else self._stale_text, offers_rebuild=not is_ready)
        for widget in self._inputs:
            widget.setEnabled(is_ready)
        self.run_search()

    def set_index_unrebuildable(self) -> None:
        """Turn search off until the vault is next unlocked, saying why: its index could not be
        rebuilt, because a damaged page could not be read or cleared."""
        self.is_index_ready = False
        for widget in self._inputs:
            widget.setEnabled(False)
        self.run_search()
        self._show_notice(unrebuildable_index_text(), offers_rebuild=False)

    def _show_notice(self, text: str, offers_rebuild: bool) -> None:
        self.stale_label.setText(text)
        self.stale_label.setVisible(bool(text))
        self.rebuild_button.setVisible(offers_rebuild)

    def filters(self) -> SearchFilters:
        """What the filter bar asks for."""

        def one(value: str) -> tuple[str, ...]:
            return (value,) if value else ()

        return SearchFilters(
            countries=one(self.country_edit.code()),
            act_types=one(self.act_combo.value()),
            statuses=one(self.status_combo.value()),
            sensitivities=one(self.sensitivity_combo.value()),
            roles=one(self.role_combo.value()),
            date_from=self.from_edit.text().strip(),
            date_to=self.to_edit.text().strip(),
        )

    def run_search(self) -> None:
        """Search now (on a worker); results of an older query that arrive late are dropped."""
        self.debounce.stop()
        vault = self._vault()
        query, filters = self.query_edit.text().strip(), self.filters()
        self._generation += 1
        is_on = vault is not None and not vault.is_locked and self.is_index_ready
        # Searching without the country asked for would list other countries' records as its.
        is_unknown_country = is_on and self.country_edit.is_unknown()
        wanted = query or filters != SearchFilters()
        if not is_on or not wanted or is_unknown_country:
            self.searching.end()
            self.model.set_rows([])
            # "Uzbek", with "Uzbekistan (UZ)" offered below it, is no country yet but none to
            # refuse either: said once the field is left (see _country_left), as in the case form.
            says_unknown = is_unknown_country and not self.country_edit.is_half_typed()
            self.summary_label.setText(self.country_edit.unknown_text() if says_unknown else "")
            self.suggestion_button.hide()
            return
        self._searched = (query, filters)
        self.model.has_more = False  # the old hits stay until the new ones come, unpaged
        self._find_page(vault, 0)
        self.searching.begin()

    def _fetch_more(self) -> None:
        vault = self._vault()
        if vault is not None and not vault.is_locked:
            self._find_page(vault, self.model.rowCount())

    def _find_page(self, vault: Vault, offset: int) -> None:
        """Fetch a page of the last search on a worker: the first replaces the list, the
        next ones are added to it; a page of a search replaced meanwhile is dropped."""
        (query, filters), generation = self._searched, self._generation

        def find(_progress: object) -> SearchResults:
            # A damaged page or a vanished disk is said as such, not as a failed search.
            with database_errors_reported(), vault.read() as session:
                return search_results(session, query, PAGE_SIZE, offset, filters)

        def show(result: Result[SearchResults]) -> None:
            if generation != self._generation or offset not in (0, self.model.rowCount()):
                return
            if not offset:
                self.searching.end()
            if not result.ok or result.value is None:
                self.model.set_rows([])
                self.suggestion_button.hide()
                if isinstance(result.error, VaultCorrupted):
                    self.summary_label.clear()
                    self._show_notice(damage_text(), offers_rebuild=True)
                else:
                    self.summary_label.setText(failure_text(result.error))
                return
            if self.is_index_ready:  # a damage notice of an earlier search no longer holds
                self._show_notice("", offers_rebuild=False)
            found = result.value
            if offset:
                self.model.add_page(found.hits, found.has_more)
            else:
                self.model.set_rows(found.hits, found.has_more)
                self._shown = (query, filters)
                self.table.scrollToTop()  # else a list left scrolled down pages on at once
                self._notes, self._total = found.notes, found.total
            self._show_summary()

        run_task(self, find, show)

    def _show_summary(self) -> None:
        count, has_more = self.model.rowCount(), self.model.has_more
        self.summary_label.setText(summary_text(count, has_more, self._total, self._notes))
        suggested = next((note for note in self._notes if note.query), None)
        self._suggested_query = suggested.query if suggested else ""
        if suggested:
            self.suggestion_button.setText(self.tr("Search for %1").replace("%1", suggested.query))
        self.suggestion_button.setVisible(suggested is not None)

    def _run_suggestion(self) -> None:
        if self._suggested_query:
            self.query_edit.setText(self._suggested_query)
            self.run_search()

    def clear(self) -> None:
        """Forget the query and the results (on lock)."""
        self._generation += 1
        self.debounce.stop()
        for edit in (self.query_edit, self.country_edit, self.from_edit, self.to_edit):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        for combo in (self.act_combo, self.status_combo, self.sensitivity_combo, self.role_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.searching.end()
        self.model.set_rows([])
        self._searched, self._notes, self._total = ("", SearchFilters()), (), None
        self._shown = None
        self.summary_label.clear()
        self.suggestion_button.hide()
        self._suggested_query = ""
        if self.is_index_ready:  # a damage notice belongs to the vault that was open
            self._show_notice("", offers_rebuild=False)

    def _open(self, row: int) -> None:
        hit = self.model.row_at(row)
        if hit is not None:
            self._open_record(hit.kind, hit.record_id)
