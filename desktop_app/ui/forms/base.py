"""What every record form shares: load, validate as you type, save, autosave a draft.

A form edits the content dict of one record (the JSON interchange shape). Saving goes through
``RecordWriter`` in one transaction and discards the form's draft. A moment after the typing
pauses, when the content differs from what was loaded, the form writes it to the vault as a
draft (draft_autosave.py), so a crash, a kill or an auto-lock loses next to nothing. Ctrl+S
saves, Esc closes (asking first when there are unsaved changes). A form opens with the focus
in its first field, so the first keys typed land there; a restored draft opens where the user
was typing when it was kept (the field and the cursor in it: opening_focus.py).
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop_app.core import drafts
from desktop_app.core.content import to_content
from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.deletion import DELETABLE, RecordInUse, delete_unused, uses_of
from desktop_app.core.errors import SandiqError
from desktop_app.core.one_line_text import tidied_one_line
from desktop_app.core.records import get_record
from desktop_app.core.sealed_drafts import UnsavedDraft
from desktop_app.core.vault import Vault
from desktop_app.ui.forms.draft_autosave import DraftAutosave
from desktop_app.ui.forms.one_line_fields import mark_field, one_line_problems
from desktop_app.ui.forms.opening_focus import focus_on_open, place_cursors_on_show
from desktop_app.ui.in_use import in_use_text
from desktop_app.ui.messages import confirm, error_text


class RecordForm(QDialog):
    """A window that edits one record of KIND; subclasses build fields and map content."""

    KIND = ""
    saved = Signal(str, object)  # kind, record id

    def __init__(
        self,
        vault: Vault,
        record_id: UUID | None = None,
        initial: dict[str, Any] | None = None,
        draft_id: UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.vault = vault
        self.record_id = record_id
        self.draft_id = draft_id
        # A restored draft is work to continue: its text fields open with the cursor at the end.
        self._continues_draft = draft_id is not None
        self._closing_silently = False
        self._loaded: dict[str, Any] = {}
        self._draft_problem = ""  # why the last autosave failed, shown until one succeeds
        self._draft_cause = ""  # that failure's cause alone, as error_text words it
        # Why the last Save or Delete failed, shown while the fields are as they were then.
        self._action_problem = ""
        self._action_content: dict[str, Any] | None = None
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Problems"))
        self.error_label.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setVisible(record_id is not None and self.KIND in DELETABLE)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete)
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.draft_autosave = DraftAutosave(self)
        self.build()
        # A text box a form leaves out of connect_changes (the narrative: validating a long
        # text on each key is waste) is kept soon after typing all the same.
        for box in (*self.findChildren(QLineEdit), *self.findChildren(QPlainTextEdit)):
            box.textChanged.connect(self.draft_autosave.note_change)
        self.fill(self._content_to_show(initial))
        if self.record_id is None and draft_id is None:
            self._loaded = self.content()  # a blank form: nothing to lose yet
        # A restored draft of a new record stays unsaved work (baseline {}): taken for the
        # baseline, it read as unchanged and Close discarded the draft without a question.
        self.draft_autosave.start()
        self.validate()
        self._draft_focus = focus_on_open(self, self.form, self._kept_focus(draft_id))

    def setVisible(self, visible: bool) -> None:
        """Show or hide the form; shown, its fields show the start of their text (a restored
        draft's text boxes: the end, where the typing goes on; its focused field: the cursor
        where it was when the draft was kept, else the end)."""
        super().setVisible(visible)
        if visible:
            place_cursors_on_show(
                self, continues_draft=self._continues_draft, kept=self._draft_focus
            )
            # A restored draft's place is sought on the first show only.
            self._continues_draft, self._draft_focus = False, None

    # -- for subclasses -----------------------------------------------------------------

    def build(self) -> None:
        """Create the fields and lay them out (default: the form layout, problems, buttons)."""
        # The fields scroll, the problems and the buttons stay in view: on a small screen (or
        # with large text) the form is taller than the window can be.
        scroll = self.scrolling_fields()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def scrolling_fields(self) -> QScrollArea:
        """The form's fields in a scroll area, at the top of it."""
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.addLayout(self.form)
        fields_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields)
        # Not a stop of Tab: focus on the area itself showed nothing and typing went nowhere.
        # It still scrolls to the field Tab reaches, and with the wheel.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return scroll

    def fill(self, content: dict[str, Any]) -> None:
        """Show content in the fields."""
        raise NotImplementedError

    def content(self) -> dict[str, Any]:
        """The fields as content (without the id)."""
        raise NotImplementedError

    def problems(self) -> list[str]:
        """What stops the form from being saved, as translated sentences."""
        return []

    def line_fields(self) -> dict[str, QWidget]:
        """The editor of each one-line field (a line edit, or a box of one per line), by its
        content key: each is checked as the user types."""
        return {}

    def conflict_in_vault(self, session: Session, content: dict[str, Any]) -> str:
        """What in the vault stops content from being saved (a translated sentence), or ''."""
        return ""

    def window_title(self) -> str:
        """The title for this form's window: the kind of record, never anything in it. Every
        program on the display reads window titles (taskbar, window switcher, screen sharing),
        and a protected witness's form would show her real name there (docs/security.md)."""
        raise NotImplementedError

    def one_line(self, field: str, text: str) -> str:
        """text of the one-line field (or of a line of it) as saved: a paste tidied (see
        tidied_one_line), a value the stored record holds as it is."""
        return text if self._is_held(field, text) else tidied_one_line(text)

    def add_row(self, label: str, field: QWidget, accessible_name: str) -> None:
        """Add a labelled field whose label's &-shortcut focuses it."""
        field.setAccessibleName(accessible_name)
        label_widget = QLabel(label)
        label_widget.setBuddy(field)
        self.form.addRow(label_widget, field)

    # -- behaviour ----------------------------------------------------------------------

    def _kept_focus(self, draft_id: UUID | None) -> drafts.DraftFocus | None:
        if draft_id is None:
            return None
        with self.vault.read() as session:
            return drafts.load_draft_focus(session, draft_id)

    def _content_to_show(self, initial: dict[str, Any] | None) -> dict[str, Any]:
        if self.record_id is None:
            return dict(initial or {})
        with self.vault.read() as session:
            stored = to_content(get_record(session, self.KIND, self.record_id))
        self._loaded = stored
        # A restored draft is shown over the stored record; the record stays the baseline.
        return {**stored, **(initial or {})}

    def is_dirty(self) -> bool:
        """True if the fields differ from what was loaded."""
        current = self.content()
        return any(self._loaded.get(key) != value for key, value in current.items())

    def _is_held(self, field: str, value: str) -> bool:
        # As the JSON import does: a value from a bundle or an older version, left unchanged,
        # must not stop the user saving their edit of another field.
        if self.record_id is None:
            return False
        held = self._loaded.get(field)
        return value == held or (isinstance(held, list) and value in held)

    def validate(self) -> bool:
        """Show what is wrong (as the user types) and enable Save only when nothing is; why a
        Save failed stays in view until a field changes, a failed autosave until a draft is
        saved again (said once: not when the Save's message gives the same cause)."""
        content = self.content()
        editors = self.line_fields()
        one_line = one_line_problems(self.KIND, content, editors, self._is_held)
        for field, editor in editors.items():
            mark_field(editor, one_line.get(field, ""))
        issues = [*self.problems(), *one_line.values()]
        shown = list(issues)
        if self._action_problem and content == self._action_content:
            shown.append(self._action_problem)
        if self._draft_problem and self._draft_cause not in shown:
            shown.append(self._draft_problem)
        self.error_label.setText("\n".join(shown))
        self.error_label.setVisible(bool(shown))
        self.save_button.setEnabled(not issues)
        title = self.window_title()
        self.setWindowTitle(f"{title} *" if self.is_dirty() else title)
        return not issues

    def connect_changes(self, *signals: Any) -> None:
        """Re-validate, and keep a draft soon after, whenever one of these signals fires."""
        for signal in signals:
            signal.connect(self.validate)
            signal.connect(self.draft_autosave.note_change)

    def save(self) -> None:
        """Write the record (create or update) in one transaction and close the form."""
        if not self.validate():
            return
        data = self.content()
        with self.vault.read() as session:
            conflict = self.conflict_in_vault(session, data)
        if conflict:
            self._show_problem(conflict)
            return
        if not self.confirm_save(data):
            return
        try:
            with database_errors_reported(), self.vault.transaction() as session:
                writer = self.vault.writer(session)
                if self.record_id is None:
                    record = writer.create(self.KIND, data)
                    self.record_id = record.id
                else:
                    record = get_record(session, self.KIND, self.record_id)
                    writer.update(record, data, is_local_edit=True)
                if self.draft_id is not None:
                    drafts.discard_draft(session, self.draft_id)
        except SandiqError as exc:
            self._show_problem(error_text(exc))
            return
        self.draft_id = None
        self._loaded = self.content()
        self.saved.emit(self.KIND, self.record_id)
        self._closing_silently = True
        self.accept()

    def confirm_save(self, data: dict[str, Any]) -> bool:
        """Whether to save data: a form asks first when saving would weaken a protection."""
        return True

    def delete(self) -> None:
        """Delete the record after asking (a tombstone: Vault > Deleted records brings it
        back); a record other records still use is not deleted, and the form says why at
        once, without first asking a question whose Yes would be refused."""
        if self.record_id is None:  # a new record: nothing to delete (no Delete button)
            return
        try:
            with database_errors_reported(), self.vault.read() as session:
                uses = uses_of(session, self.KIND, self.record_id)
        except SandiqError as exc:
            self._show_problem(error_text(exc))
            return
        if uses:
            self._show_problem(in_use_text(RecordInUse(self.KIND, uses)))
            return
        question = self.tr(
            "Delete this record? Colleagues receive the deletion with your next bundle. Its "
            "history is kept, and Vault > Deleted records can bring it back."
        )
        if not confirm(self, question, danger=True):
            return
        try:
            with database_errors_reported(), self.vault.transaction() as session:
                delete_unused(self.vault.writer(session), self.KIND, self.record_id)
                if self.draft_id is not None:
                    drafts.discard_draft(session, self.draft_id)
        except RecordInUse as exc:  # a use added since (an import, another window)
            self._show_problem(in_use_text(exc))
            return
        except SandiqError as exc:
            self._show_problem(error_text(exc))
            return
        self.draft_id = None
        self.saved.emit(self.KIND, self.record_id)
        self._closing_silently = True
        self.accept()

    def _show_problem(self, text: str) -> None:
        """Say why Save or Delete did not happen; the autosave's tick leaves it in view."""
        self._action_problem, self._action_content = text, self.content()
        self.validate()

    def save_draft(self) -> bool:
        """Keep the unsaved content in the vault; False when there was nothing new to keep.
        Raises SandiqError if the vault cannot take it (a full disk, another program writing)."""
        return self.draft_autosave.write()

    def autosave(self) -> None:
        """Save a draft now; if the vault cannot take it, say so where the user looks."""
        try:
            if not self.save_draft() and not self._draft_problem:
                return  # nothing written and nothing to take back: the form shows the same
        except SandiqError as exc:
            # Someone typing a testimony must know their words are not being kept.
            self._draft_cause = error_text(exc)
            self._draft_problem = self.tr("Your changes are not being kept as a draft. %1").replace(
                "%1", self._draft_cause
            )
        else:
            self._draft_problem = self._draft_cause = ""
        self.validate()

    def close_for_lock(self) -> UnsavedDraft | None:
        """Save a draft and close without questions (the vault is about to lock); returns the
        content if the draft could not be saved, for the caller to keep sealed."""
        unsaved = self.draft_autosave.write_for_lock()
        self._closing_silently = True
        self.close()
        return unsaved

    def _may_close(self) -> bool:
        """True if the form may close: nothing unsaved, or the user agreed to discard it."""
        if self._closing_silently:
            return True
        if self.is_dirty() and not confirm(self, self.tr("Discard the changes in this form?")):
            return False
        self.draft_autosave.discard()
        self._closing_silently = True
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a one-line field (an interviewer's name, typed mid-interview) does not
        save and close the form as a dialog's default button would: Ctrl+S saves."""
        is_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if is_enter and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Close (Esc, Close button); unsaved changes are discarded only if the user agrees."""
        if self._may_close():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button behaves like Close."""
        if self._may_close():
            event.accept()
        else:
            event.ignore()
