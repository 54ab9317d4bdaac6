"""The testimony editor: a large narrative area built for an hour of typing, with the interview
details and consent beside it. The draft is saved into the vault a second after the typing
pauses and whenever the narrative loses focus; the word count follows the typing."""

from __future__ import annotations

import re
from typing import Any
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QRegularExpressionValidator, QShowEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import vocab
from desktop_app.core.records import get_record
from desktop_app.core.search.folding import APOSTROPHES
from desktop_app.ui.fields import ChecklistBox, CodeCombo, PartialDateEdit, set_height_in_lines
from desktop_app.ui.forms.base import RecordForm
from desktop_app.ui.forms.keyed_tabs import KeyedTabWidget
from desktop_app.ui.forms.person_form import PersonForm
from desktop_app.ui.i18n import fill, vocab_label
from desktop_app.ui.language_box import LanguageBox
from desktop_app.ui.person_picker import PersonPicker
from desktop_app.ui.screen_fit import resize_within_screen

# Bazar-Korgon, oʻgʻil, o‘zlari: one word each, joined by any mark search reads as an apostrophe.
_WORD = re.compile(rf"\w+(?:[-'{APOSTROPHES}]\w+)*")
# The word count follows the typing once it pauses this long: counted on every key, a
# 20,000-word narrative spent 26 ms a key on it.
WORD_COUNT_DELAY_MS = 300


# What the time field lets through while typing: hours and minutes with or without a colon
# or a dot ("1830", "18.30"); whether it is a time is told after (interview_time).
_TIME_TYPING = r"\d{0,4}|\d{1,2}[:.]\d{0,2}"
_TIME_WRITTEN = re.compile(r"(\d{1,2})[:.]?(\d\d)")
_TIME_STORED = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def word_count(text: str) -> int:
    """Words in text, as a writer counts them."""
    return len(_WORD.findall(text))


def interview_time(text: str) -> str:
    """text as HH:MM if it is a time of day written as hours and minutes ("1830", "18.30",
    "9:05" give "18:30", "18:30", "09:05"), else text stripped ("2530", "18")."""
    text = text.strip()
    written = _TIME_WRITTEN.fullmatch(text)
    if written is None:
        return text
    hours, minutes = int(written[1]), int(written[2])
    if hours > 23 or minutes > 59:
        return text
    return f"{hours:02d}:{minutes:02d}"


class TestimonyEditor(RecordForm):
    """Create or edit a testimony; the case is fixed by the caller."""

    __test__ = False  # not a pytest class, despite the name
    KIND = "testimony"

    def build(self) -> None:
        """Details on the left, the narrative (and translations) on the right."""
        self.case_label = QLabel()
        self.witness_picker = PersonPicker(self.vault, self._create_person)
        self.interviewer_edit = QLineEdit()
        # On to the next field: left on New…, Enter opened a second new-person form.
        self.witness_picker.person_created.connect(self.interviewer_edit.setFocus)
        self.date_edit = PartialDateEdit()
        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText(self.tr("HH:MM"))
        self.time_edit.setMaximumWidth(90)
        self.time_edit.setValidator(QRegularExpressionValidator(_TIME_TYPING))
        self.time_edit.editingFinished.connect(self._write_time_as_stored)
        self.place_edit = QLineEdit()
        self.language_combo = LanguageBox()
        self.interpreter_edit = QLineEdit()
        self.status_combo = CodeCombo(vocab.TESTIMONY_STATUSES)
        self.sensitivity_combo = CodeCombo(vocab.SENSITIVITIES)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        set_height_in_lines(self.summary_edit, 4)

        self.consent_box = QGroupBox(self.tr("Informed consent"))
        self.consent_check = QCheckBox(self.tr("Consent &given"))
        self.scope_list = ChecklistBox()
        self.scope_list.set_choices((c, vocab_label(c)) for c in vocab.CONSENT_SCOPES)
        self.scope_list.fit_rows(len(vocab.CONSENT_SCOPES))
        self.scope_list.setAccessibleName(self.tr("Consent scope"))
        # Dossiers take a testimony only with consent to use in reports; "anonymised use only"
        # narrows the uses ticked and is none by itself, which the user may not expect.
        self.anonymised_only_hint = QLabel(
            fill(
                self.tr(
                    "“%1” only limits the uses ticked above: tick “%2” too for the "
                    "testimony to appear in dossiers."
                ),
                vocab_label("anonymised_only"),
                vocab_label("reports"),
            )
        )
        self.anonymised_only_hint.setWordWrap(True)
        self.anonymised_only_hint.setVisible(False)
        self.anonymise_check = QCheckBox(self.tr("&Anonymise the witness"))
        consent_layout = QVBoxLayout(self.consent_box)
        consent_layout.addWidget(self.consent_check)
        consent_layout.addWidget(QLabel(self.tr("The witness agreed to:")))
        consent_layout.addWidget(self.scope_list)
        consent_layout.addWidget(self.anonymised_only_hint)
        consent_layout.addWidget(self.anonymise_check)

        self.add_row(self.tr("Case:"), self.case_label, self.tr("Case"))
        self.add_row(self.tr("&Witness:"), self.witness_picker, self.tr("Witness"))
        self.add_row(self.tr("&Interviewer:"), self.interviewer_edit, self.tr("Interviewer"))
        self.add_row(self.tr("&Date:"), self.date_edit, self.tr("Date of the interview"))
        self.add_row(self.tr("Ti&me:"), self.time_edit, self.tr("Time of the interview"))
        self.add_row(self.tr("&Place:"), self.place_edit, self.tr("Place of the interview"))
        self.add_row(self.tr("&Language:"), self.language_combo, self.tr("Language"))
        self.add_row(self.tr("Int&erpreter:"), self.interpreter_edit, self.tr("Interpreter"))
        self.add_row(self.tr("S&tatus:"), self.status_combo, self.tr("Status"))
        self.add_row(self.tr("Sensiti&vity:"), self.sensitivity_combo, self.tr("Sensitivity"))
        self.add_row(self.tr("S&ummary:"), self.summary_edit, self.tr("Summary"))
        self.form.addRow(self.consent_box)

        self.narrative_edit = QPlainTextEdit()
        self.narrative_edit.setAccessibleName(self.tr("Narrative"))
        # Tab goes on to Save and Close, as in every form's text boxes: typed into the account,
        # a tab character left the buttons out of reach of the keyboard.
        self.narrative_edit.setTabChangesFocus(True)
        self.narrative_edit.setPlaceholderText(self.tr("The witness's account, in their words…"))
        font = QFont(self.narrative_edit.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.narrative_edit.setFont(font)
        self.narrative_edit.installEventFilter(self)
        self.word_count_label = QLabel()
        self.word_count_label.setAccessibleName(self.tr("Word count"))
        self.word_count_timer = QTimer(self)
        self.word_count_timer.setSingleShot(True)
        self.word_count_timer.setInterval(WORD_COUNT_DELAY_MS)
        self.word_count_timer.timeout.connect(self._count_words)
        self.narrative_page = QWidget()
        narrative_layout = QVBoxLayout(self.narrative_page)
        narrative_layout.addWidget(self.narrative_edit, 1)
        narrative_layout.addWidget(self.word_count_label)

        self.translations_table = QTableWidget(0, 2)
        self.translations_table.setHorizontalHeaderLabels([self.tr("Language"), self.tr("Text")])
        self.translations_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.translations_table.setAccessibleName(self.tr("Translations"))
        self.translations_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_translation_button = QPushButton(self.tr("Add translation"))
        self.remove_translation_button = QPushButton(self.tr("Remove translation"))
        translations_page = QWidget()
        translations_layout = QVBoxLayout(translations_page)
        translations_layout.addWidget(self.translations_table, 1)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_translation_button)
        buttons_row.addWidget(self.remove_translation_button)
        buttons_row.addStretch(1)
        translations_layout.addLayout(buttons_row)

        self.text_tabs = KeyedTabWidget()
        self.text_tabs.addTab(self.narrative_page, self.tr("&Narrative"))
        self.text_tabs.addTab(translations_page, self.tr("T&ranslations"))
        self.text_tabs.entered.connect(self._enter_text_tab)

        scroll = self.scrolling_fields()
        # Labels go above their fields when the pane is narrow (large text), never off-screen.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.details = scroll.widget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.text_tabs)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.connect_changes(
            self.witness_picker.changed,
            self.interviewer_edit.textChanged,
            self.date_edit.changed,
            self.time_edit.textChanged,
            self.place_edit.textChanged,
            self.language_combo.currentTextChanged,
            self.interpreter_edit.textChanged,
            self.status_combo.changed,
            self.sensitivity_combo.changed,
            self.summary_edit.textChanged,
            self.consent_check.toggled,
            self.scope_list.changed,
            self.anonymise_check.toggled,
            self.translations_table.itemChanged,
        )
        self.scope_list.changed.connect(self._show_anonymised_only_hint)
        self.narrative_edit.textChanged.connect(self._narrative_changed)
        self.add_translation_button.clicked.connect(self._add_translation)
        self.remove_translation_button.clicked.connect(self._remove_translation)
        resize_within_screen(self, 1100, 760)

    def showEvent(self, event: QShowEvent) -> None:
        """Give the details their natural width (it grows with the font), the text the rest."""
        super().showEvent(event)
        details_width = (
            self.details.sizeHint().width()
            + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            + 8
        )
        self.splitter.setSizes([details_width, max(self.width() - details_width, 300)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Save a draft whenever the narrative loses focus."""
        if watched is self.narrative_edit and event.type() == QEvent.Type.FocusOut:
            self.autosave()
        return super().eventFilter(watched, event)

    def _enter_text_tab(self, index: int) -> None:
        """Put the cursor in the tab a key chose: the narrative at its end, where the typing
        goes on, or the translations."""
        if self.text_tabs.widget(index) is self.narrative_page:
            self.narrative_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.narrative_edit.moveCursor(QTextCursor.MoveOperation.End)
        else:
            self.translations_table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_anonymised_only_hint(self) -> None:
        scope = self.scope_list.value()
        self.anonymised_only_hint.setVisible("anonymised_only" in scope and "reports" not in scope)

    def _narrative_changed(self) -> None:
        self.word_count_timer.start()
        # Only the title changes while typing; validating a long text on each key is waste.
        title = self.window_title()
        self.setWindowTitle(f"{title} *" if self.is_dirty() else title)

    def _count_words(self) -> None:
        count = word_count(self.narrative_edit.toPlainText())
        self.word_count_label.setText(self.tr("%n word(s)", "", count))

    def _create_person(self, name: str) -> PersonForm:
        form = PersonForm(self.vault, initial={"name": name}, parent=self)
        form.show()
        return form

    def _add_translation(self) -> None:
        row = self.translations_table.rowCount()
        self.translations_table.insertRow(row)
        self.translations_table.setItem(row, 0, QTableWidgetItem(""))
        self.translations_table.setItem(row, 1, QTableWidgetItem(""))
        self.translations_table.editItem(self.translations_table.item(row, 0))

    def _remove_translation(self) -> None:
        row = self.translations_table.currentRow()
        if row >= 0:
            self.translations_table.removeRow(row)
            self.validate()

    def window_title(self) -> str:
        """'New testimony' or 'Testimony' (never the witness: see RecordForm.window_title)."""
        return self.tr("New testimony") if self.record_id is None else self.tr("Testimony")

    def fill(self, content: dict[str, Any]) -> None:
        """Show a testimony's content."""
        self._case_id = content.get("case", "")
        reference = ""
        if self._case_id:
            with self.vault.read() as session:
                reference = get_record(session, "case", UUID(self._case_id)).reference
        self.case_label.setText(reference)
        witness = content.get("witness")
        self.witness_picker.set_person(UUID(witness) if witness else None)
        self.interviewer_edit.setText(content.get("interviewer", ""))
        self.date_edit.set_value(content.get("date", ""))
        self.time_edit.setText(content.get("time", ""))
        self.place_edit.setText(content.get("place", ""))
        self.language_combo.set_language(content.get("language", ""))
        self.interpreter_edit.setText(content.get("interpreter", ""))
        self.status_combo.set_value(content.get("status", "draft"))
        self.sensitivity_combo.set_value(content.get("sensitivity", "normal"))
        self.summary_edit.setPlainText(content.get("summary", ""))
        consent = content.get("consent") or {}
        self.consent_check.setChecked(bool(consent.get("given", False)))
        self.scope_list.set_value(consent.get("scope", []))
        self.anonymise_check.setChecked(bool(consent.get("anonymise", False)))
        self.translations_table.setRowCount(0)
        for language_code, text in (content.get("translations") or {}).items():
            row = self.translations_table.rowCount()
            self.translations_table.insertRow(row)
            self.translations_table.setItem(row, 0, QTableWidgetItem(language_code))
            self.translations_table.setItem(row, 1, QTableWidgetItem(text))
        self.narrative_edit.setPlainText(content.get("narrative", ""))
        self._count_words()  # at once: the count is part of what the form opens with

    def _write_time_as_stored(self) -> None:
        """Show "1830" as the 18:30 it is saved as (an impossible time stays, flagged)."""
        written = interview_time(self.time_edit.text())
        if written != self.time_edit.text():
            self.time_edit.setText(written)

    def _translations(self) -> dict[str, str]:
        result = {}
        for row in range(self.translations_table.rowCount()):
            code_item = self.translations_table.item(row, 0)
            text_item = self.translations_table.item(row, 1)
            code = code_item.text().strip() if code_item else ""
            if code:
                result[code] = text_item.text() if text_item else ""
        return result

    def content(self) -> dict[str, Any]:
        """The testimony as content."""
        witness = self.witness_picker.person_id()
        return {
            "case": self._case_id,
            "witness": str(witness) if witness else None,
            "interviewer": self.one_line("interviewer", self.interviewer_edit.text()),
            "date": self.date_edit.value(),
            "time": interview_time(self.time_edit.text()),
            "place": self.one_line("place", self.place_edit.text()),
            "language": self.one_line("language", self.language_combo.language()),
            "interpreter": self.one_line("interpreter", self.interpreter_edit.text()),
            "consent": {
                "given": self.consent_check.isChecked(),
                "scope": self.scope_list.value(),
                "anonymise": self.anonymise_check.isChecked(),
            },
            "narrative": self.narrative_edit.toPlainText(),
            "summary": self.summary_edit.toPlainText(),
            "translations": self._translations(),
            "status": self.status_combo.value(),
            "sensitivity": self.sensitivity_combo.value(),
        }

    def line_fields(self) -> dict[str, QWidget]:
        """Interviewer, place, language (typed in its box) and interpreter."""
        return {
            "interviewer": self.interviewer_edit,
            "place": self.place_edit,
            "language": self.language_combo.lineEdit(),
            "interpreter": self.interpreter_edit,
        }

    def problems(self) -> list[str]:
        """An unmatched witness name, a malformed time, consent scope without consent."""
        data = self.content()
        issues = []
        if self.witness_picker.has_unmatched_text():
            issues.append(
                self.tr("Choose the witness from the suggestions, or create them (New…).")
            )
        time = data["time"]
        if time and not _TIME_STORED.fullmatch(time):
            issues.append(self.tr("Write the time as HH:MM, e.g. 14:30."))
        if data["consent"]["scope"] and not data["consent"]["given"]:
            issues.append(self.tr("A consent scope is ticked, but consent is not marked as given."))
        return issues
