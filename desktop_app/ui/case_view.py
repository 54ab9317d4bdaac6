"""A case's window: Summary, People, Testimonies, Events (timeline), Attachments, History."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import case_file
from desktop_app.core.content import to_content
from desktop_app.core.countries import country_name
from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.errors import RecordNotFound, SandiqError
from desktop_app.core.listing import ListFilter
from desktop_app.core.records import get_record
from desktop_app.ui.add_party_dialog import AddPartyDialog
from desktop_app.ui.attachments_tab import AttachmentsTab
from desktop_app.ui.forms.base import RecordForm
from desktop_app.ui.forms.keyed_tabs import KeyedTabWidget, add_entering_tab_keys
from desktop_app.ui.history_tab import HistoryTab
from desktop_app.ui.i18n import act_type_label, current_language, format_partial_date, vocab_label
from desktop_app.ui.list_models import TestimonyListModel
from desktop_app.ui.messages import confirm, error_text
from desktop_app.ui.report_actions import make_dossier
from desktop_app.ui.row_models import PartyModel, TimelineModel
from desktop_app.ui.screen_fit import resize_within_screen
from desktop_app.ui.selection_buttons import follow_selection
from desktop_app.ui.table import RecordTable
from desktop_app.ui.windows import WindowRegistry


class CaseView(QWidget):
    """Everything about one case, in tabs; refreshes when a record of the case is saved.

    Only the tab shown is read at once; the others are read when they are shown: the History
    of a case with 850 testimonies alone took seconds. A case or tab that cannot be read (a
    damaged vault) says so above the tabs.
    """

    def __init__(self, registry: WindowRegistry, case_id: UUID) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.registry = registry
        self.case_id = case_id
        # Only the kind of window: a title is read by every program on the display (taskbar,
        # window switcher, screen sharing), so the case's reference and title are in the heading.
        self.setWindowTitle(self.tr("Case"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.edit_button = QPushButton(self.tr("&Edit case…"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.edit_button)
        self.dossier_button = QPushButton(self.tr("&Dossier (PDF)…"))
        top.addWidget(self.dossier_button)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.setAccessibleName(self.tr("Case summary"))
        self.summary_form = QFormLayout()
        summary_content = QWidget()
        summary_layout = QVBoxLayout(summary_content)
        summary_layout.addLayout(self.summary_form)
        summary_layout.addWidget(self.summary_label, 1)
        # A summary can run to pages: it scrolls instead of stretching the window off-screen.
        summary_page = QScrollArea()
        summary_page.setWidgetResizable(True)
        summary_page.setFrameShape(QFrame.Shape.NoFrame)
        summary_page.setWidget(summary_content)

        self.party_model = PartyModel(self)
        self.party_table = RecordTable(self.party_model, registry.clipboard, self.tr("People"))
        self.add_party_button = QPushButton(self.tr("&Add person…"))
        self.remove_party_button = QPushButton(self.tr("&Remove from case"))
        self.people_page = self._page(
            self.party_table, self.add_party_button, self.remove_party_button
        )
        follow_selection(
            self.party_table,
            [self.remove_party_button],
            lambda: self.party_model.row_at(self.party_table.current_row()) is not None,
        )

        self.testimony_model = TestimonyListModel(self)
        self.testimony_table = RecordTable(
            self.testimony_model, registry.clipboard, self.tr("Testimonies")
        )
        self.new_testimony_button = QPushButton(self.tr("&New testimony"))
        self.testimonies_page = self._page(self.testimony_table, self.new_testimony_button)

        self.timeline_model = TimelineModel(self)
        self.timeline_table = RecordTable(
            self.timeline_model, registry.clipboard, self.tr("Events")
        )
        self.timeline_table.setSortingEnabled(False)
        self.new_event_button = QPushButton(self.tr("Ne&w event"))
        self.events_page = self._page(self.timeline_table, self.new_event_button)

        self.attachments_tab = AttachmentsTab(registry, case_id)
        self.history_tab = HistoryTab(registry, case_id)

        self.failure_label = QLabel()
        self.failure_label.setWordWrap(True)
        self.failure_label.setAccessibleName(self.tr("Why this is empty"))
        self.failure_label.hide()
        self._failures: dict[QWidget, str] = {}  # what each tab (self: the case) could not read

        self.tabs = KeyedTabWidget()
        self.tabs.addTab(summary_page, self.tr("Summary"))
        self.tabs.addTab(self.people_page, self.tr("People"))
        self.tabs.addTab(self.testimonies_page, self.tr("Testimonies"))
        self.tabs.addTab(self.events_page, self.tr("Events"))
        self.tabs.addTab(self.attachments_tab, self.tr("Attachments"))
        self.tabs.addTab(self.history_tab, self.tr("History"))
        self._loaders: dict[QWidget, Callable[[], None]] = {
            self.people_page: self._load_people,
            self.testimonies_page: self._load_testimonies,
            self.events_page: self._load_events,
            self.attachments_tab: self.attachments_tab.refresh,
            self.history_tab: self.history_tab.refresh,
        }
        # Where a tab chosen by key puts the cursor: its list (the summary scrolls by keys).
        self._tab_contents: dict[QWidget, QWidget] = {
            summary_page: summary_page,
            self.people_page: self.party_table,
            self.testimonies_page: self.testimony_table,
            self.events_page: self.timeline_table,
            self.attachments_tab: self.attachments_tab.table,
            self.history_tab: self.history_tab.table,
        }
        self._stale: set[QWidget] = set()  # tabs to read again when next shown
        # Over an empty tab, how to fill it, as the main lists say how to make a first record.
        self._empty_hints: dict[QWidget, tuple[RecordTable, str]] = {
            self.people_page: (
                self.party_table,
                self.tr("No people in this case yet. Press Add person to add one."),
            ),
            self.testimonies_page: (
                self.testimony_table,
                self.tr(
                    "No testimonies in this case yet. Press Ctrl+N or New testimony to record one."
                ),
            ),
            self.events_page: (
                self.timeline_table,
                self.tr("No events in this case yet. Press New event to add one."),
            ),
            self.attachments_tab: (
                self.attachments_tab.table,
                self.tr("No files in this case yet. Press Add file or drop files here."),
            ),
        }
        for table, _text in self._empty_hints.values():
            model = table.model()
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(self._show_emptiness)
        self.testimony_model.loading_changed.connect(self._show_emptiness)
        self.testimony_model.set_filter(ListFilter(case_id=case_id))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.failure_label)
        layout.addWidget(self.tabs, 1)

        close_action = QAction(self)
        close_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close_action.triggered.connect(self.close)
        self.addAction(close_action)
        new_action = QAction(self)
        new_action.setShortcut(QKeySequence.StandardKey.New)
        new_action.triggered.connect(self.new_record)
        self.addAction(new_action)
        add_entering_tab_keys(self, self.tabs)
        self.tabs.entered.connect(
            lambda index: self._tab_contents[self.tabs.widget(index)].setFocus(
                Qt.FocusReason.ShortcutFocusReason
            )
        )

        self.edit_button.clicked.connect(lambda: registry.open_form("case", case_id))
        self.dossier_button.clicked.connect(
            lambda: make_dossier(self, registry.vault, self.case_id)
        )
        self.add_party_button.clicked.connect(self.add_party)
        self.remove_party_button.clicked.connect(self.remove_party)
        self.new_testimony_button.clicked.connect(self.new_testimony)
        self.new_event_button.clicked.connect(self.new_event)
        self.party_table.activated_row.connect(self._open_party)
        self.testimony_table.activated_row.connect(
            lambda row: registry.open_form("testimony", self.testimony_model.row_at(row).id)
        )
        self.timeline_table.activated_row.connect(
            lambda row: registry.open_form("event", self.timeline_model.row_at(row).id)
        )
        self.tabs.currentChanged.connect(lambda _index: self._load_current_tab())
        self.testimony_model.read_failed.connect(
            lambda error: self._failed(self.testimonies_page, error)
        )
        registry.record_saved.connect(self._record_saved)
        resize_within_screen(self, 980, 680)
        self.refresh()

    def _page(self, table: QTableView, *buttons: QPushButton) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        return page

    def refresh(self) -> None:
        """Read the case and the tab shown again, the other tabs when they are next shown; a
        case deleted meanwhile closes its window."""
        try:
            with database_errors_reported():
                if self._case_is_gone():
                    self._close_deleted()
                    return
                with self.registry.vault.read() as session:
                    case = to_content(get_record(session, "case", self.case_id))
        except SandiqError as error:
            self._failed(self, error)
            self.tabs.setEnabled(False)
            self.edit_button.setEnabled(False)
            self.dossier_button.setEnabled(False)
            return
        self._failures.pop(self, None)
        self.tabs.setEnabled(True)
        self.edit_button.setEnabled(True)
        self.dossier_button.setEnabled(True)
        self.heading.setText(f"{case['reference']}  {case['title']}")
        self._show_summary(case)
        self._stale = set(self._loaders)
        self._load_current_tab()

    def _record_saved(self, kind: str, record_id: UUID) -> None:
        # A save anywhere else must not re-read this window (seconds for a large case).
        try:
            with database_errors_reported(), self.registry.vault.read() as session:
                concerns = case_file.concerns_case(session, kind, record_id, self.case_id)
        except SandiqError:
            concerns = True  # cannot tell: refresh says what cannot be read
        if concerns:
            self.refresh()

    def _load_current_tab(self) -> None:
        page = self.tabs.currentWidget()
        if page in self._stale:
            self._stale.discard(page)
            self._failures.pop(page, None)
            try:
                with database_errors_reported():
                    self._loaders[page]()
            except SandiqError as error:
                self._failed(page, error)
        self._show_failure()

    def _failed(self, page: QWidget, error: SandiqError) -> None:
        """Remember why page (or the case itself) cannot be shown, and say so if it is."""
        if page is self:
            sentence = self.tr("This case cannot be read. %1")
        else:
            sentence = self.tr("This tab cannot be read. %1")
        self._failures[page] = sentence.replace("%1", error_text(error))
        self._show_failure()

    def _show_failure(self) -> None:
        text = self._failures.get(self) or self._failures.get(self.tabs.currentWidget(), "")
        self.failure_label.setText(text)
        self.failure_label.setVisible(bool(text))
        self._show_emptiness()  # a tab that cannot be read is not empty: the label says why

    def _show_emptiness(self) -> None:
        """Say over each empty tab how to fill it; nothing over one not read yet, still being
        read, or that cannot be read."""
        for page, (table, text) in self._empty_hints.items():
            is_empty = (
                table.model().rowCount() == 0
                and page not in self._stale
                and self not in self._failures
                and page not in self._failures
                and not (page is self.testimonies_page and self.testimony_model.is_loading())
            )
            table.show_empty_hint(text if is_empty else "")

    def _load_people(self) -> None:
        with self.registry.vault.read() as session:
            self.party_model.set_rows(case_file.case_parties(session, self.case_id))

    def _load_testimonies(self) -> None:
        if self.testimony_model.vault is None:
            self.testimony_model.set_vault(self.registry.vault)
        else:
            self.testimony_model.refresh()
        if self.testimony_model.failure is not None:  # the model keeps it, to end its list
            raise self.testimony_model.failure

    def _load_events(self) -> None:
        with self.registry.vault.read() as session:
            self.timeline_model.set_rows(case_file.case_timeline(session, self.case_id))

    def _case_is_gone(self) -> bool:
        try:
            with self.registry.vault.read() as session:
                return get_record(session, "case", self.case_id).is_deleted
        except RecordNotFound:  # a case this vault never held (a stale link)
            return True

    def _close_deleted(self) -> None:
        # A window that looks live would take new testimonies into a deleted case.
        self.setEnabled(False)
        if self.isVisible():
            self.close()
        else:  # still being opened (open_case shows it next): close once it is shown
            QTimer.singleShot(0, self, self.close)

    def _show_summary(self, case: dict[str, object]) -> None:
        while self.summary_form.rowCount():
            self.summary_form.removeRow(0)
        country = country_name(str(case["country"]), current_language())
        place = ", ".join(str(p) for p in (case["place"], case["region"], country) if p)
        violations = ", ".join(act_type_label(str(c)) for c in case["violation_types"])  # type: ignore[attr-defined]
        rows = [
            (self.tr("Status:"), vocab_label(str(case["status"]))),
            (self.tr("Sensitivity:"), vocab_label(str(case["sensitivity"]))),
            (self.tr("Place:"), place),
            (self.tr("Period:"), self._period_text(str(case["start_date"]), str(case["end_date"]))),
            (self.tr("Violations:"), violations),
            (self.tr("Tags:"), ", ".join(case["tags"])),  # type: ignore[arg-type]
        ]
        for label, value in rows:
            value_label = QLabel(value)
            value_label.setWordWrap(True)
            value_label.setTextFormat(Qt.TextFormat.PlainText)
            self.summary_form.addRow(label, value_label)
        self.summary_label.setText(str(case["summary"]))

    def _period_text(self, start_date: str, end_date: str) -> str:
        """The period as "May 2005 – 2006", "from May 2005" or "until 2006"; nothing when
        neither end is known."""
        start, end = format_partial_date(start_date), format_partial_date(end_date)
        if start and end:
            return start if start == end else f"{start} – {end}"
        if start:
            # Russian "с марта 2024", where the list's "март 2024" stands alone.
            after = format_partial_date(start_date, after_preposition=True)
            return self.tr("from %1").replace("%1", after)
        if end:
            after = format_partial_date(end_date, after_preposition=True)
            return self.tr("until %1").replace("%1", after)
        return ""

    def _open_party(self, row: int) -> None:
        party = self.party_model.row_at(row)
        if party is not None:
            self.registry.open_form("person", party.person_id)

    def add_party(self) -> None:
        """Ask for a person and a role."""
        AddPartyDialog(self.registry, self.case_id, self).open()

    def remove_party(self) -> None:
        """Take the selected person off the case (the person record stays)."""
        party = self.party_model.row_at(self.party_table.current_row())
        if party is None or not confirm(
            self, self.tr("Remove %1 from this case?").replace("%1", party.name)
        ):
            return
        with self.registry.vault.transaction() as session:
            self.registry.vault.writer(session).delete(get_record(session, "case_party", party.id))
        self.registry.record_saved.emit("case_party", party.id)

    def new_record(self) -> None:
        """Ctrl+N: a new record of the tab shown (an event, a person in a role), else a new
        testimony."""
        page = self.tabs.currentWidget()
        if page is self.events_page:
            self.new_event()
        elif page is self.people_page:
            self.add_party()
        else:
            self.new_testimony()

    def new_testimony(self) -> RecordForm:
        """Open the testimony editor for a new testimony in this case."""
        return self.registry.open_form("testimony", initial={"case": str(self.case_id)})

    def new_event(self) -> RecordForm:
        """Open the event form for a new event in this case."""
        initial = {"case": str(self.case_id)}
        return self.registry.open_form("event", initial=initial)
