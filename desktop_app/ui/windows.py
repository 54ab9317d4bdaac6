"""Opening record windows (one per record), and closing all of them when the vault locks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID, uuid4

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.case_file import case_of_record
from desktop_app.core.errors import SandiqError
from desktop_app.core.sealed_drafts import UnsavedDraft
from desktop_app.core.vault import Vault
from desktop_app.ui.clipboard import ClipboardGuard
from desktop_app.ui.forms.base import RecordForm
from desktop_app.ui.forms.case_form import CaseForm
from desktop_app.ui.forms.event_form import EventForm
from desktop_app.ui.forms.person_form import PersonForm
from desktop_app.ui.forms.testimony_editor import TestimonyEditor
from desktop_app.ui.messages import error_text

FORMS: dict[str, type[RecordForm]] = {
    "case": CaseForm,
    "person": PersonForm,
    "testimony": TestimonyEditor,
    "event": EventForm,
}


class WindowRegistry(QObject):
    """Knows every open record window, so a record opens once and a lock closes them all."""

    record_saved = Signal(str, object)  # kind, id: lists and case views refresh

    def __init__(
        self, vault: Callable[[], Vault | None], clipboard: ClipboardGuard, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self.clipboard = clipboard
        self._open: dict[tuple[str, Any], QWidget] = {}

    @property
    def vault(self) -> Vault:
        """The unlocked vault (windows are only opened while it is unlocked)."""
        vault = self._vault()
        assert vault is not None and not vault.is_locked
        return vault

    def _track(self, key: tuple[str, Any], window: QWidget) -> None:
        self._open[key] = window
        window.destroyed.connect(lambda *_: self._open.pop(key, None))

    def _raise_open(self, key: tuple[str, Any]) -> QWidget | None:
        window = self._open.get(key)
        if window is not None:
            window.show()
            window.raise_()
            window.activateWindow()
        return window

    def open_form(
        self,
        kind: str,
        record_id: UUID | None = None,
        initial: dict[str, Any] | None = None,
        draft_id: UUID | None = None,
    ) -> RecordForm:
        """Show the form of a record (raising it if open), or a new one with initial content; a
        new case (typed afresh or restored from a draft) opens in its window once saved."""
        # A window without a parent lives only as long as a Python reference to it: _track
        # holds one until the window is destroyed, under a fresh key for a new record.
        key = (kind, record_id if record_id is not None else draft_id or uuid4())
        if (window := self._raise_open(key)) is not None:
            assert isinstance(window, RecordForm)
            return window
        form = FORMS[kind](self.vault, record_id, initial, draft_id)
        form.saved.connect(self.record_saved)
        if kind == "case" and record_id is None:
            # People, testimonies and events are added in the case window: a new case's form
            # closed with nothing opened left a first user looking for the row to open.
            form.accepted.connect(lambda: self._open_saved_case(form))
        self._track(key, form)
        form.show()
        return form

    def _open_saved_case(self, form: RecordForm) -> None:
        if form.record_id is not None:
            self.open_case(form.record_id)

    def open_case(self, case_id: UUID) -> QWidget:
        """Show a case's window (raising it if open)."""
        from desktop_app.ui.case_view import CaseView  # case_view imports this module

        key = ("case_view", case_id)
        if (window := self._raise_open(key)) is not None:
            return window
        view = CaseView(self, case_id)
        self._track(key, view)
        view.show()
        return view

    def open_record(self, kind: str, record_id: UUID) -> QWidget | None:
        """Open whatever shows a record best: its case, its form."""
        if kind == "case":
            return self.open_case(record_id)
        if kind in ("person", "testimony", "event"):
            return self.open_form(kind, record_id)
        with self.vault.read() as session:
            case_id = case_of_record(session, kind, record_id)
        return self.open_case(case_id) if case_id is not None else None

    def refresh_case_views(self) -> None:
        """Read every open case window again (an import changed records behind them; one
        whose case it deleted closes)."""
        for key, window in list(self._open.items()):
            if key[0] == "case_view":
                window.refresh()  # type: ignore[attr-defined]

    def close_all_for_lock(self, keep: tuple[QWidget, ...]) -> list[UnsavedDraft]:
        """Save drafts of open forms, then close every window showing case data; returns the
        drafts the vault could not take."""
        unsaved = []
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, RecordForm) and widget.isVisible():
                draft = widget.close_for_lock()
                if draft is not None:
                    unsaved.append(draft)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget not in keep:
                # A window that would ask before closing (shares or a recovery key not yet
                # all shown) has a close_for_lock that does not: a lock must never wait.
                getattr(widget, "close_for_lock", widget.close)()
        self._open.clear()
        return unsaved

    def drafts_not_saved(self) -> str:
        """Save a draft of every open form; '' if all were kept, else why one was not."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, RecordForm) and widget.isVisible():
                try:
                    widget.save_draft()
                except SandiqError as exc:
                    return error_text(exc)
        return ""
