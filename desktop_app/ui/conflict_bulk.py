"""Resolving several conflicts of the Exchange page's list at once, with one choice.

A colleague's bundle can leave a thousand conflicts; opening each side by side is for the few
that matter. The user selects rows (or all shown), picks "Keep mine" or "Keep theirs", and a
confirmation says how many and, in words, how many were held because their version would
weaken a protection. Held versions are kept as theirs only when the user ticks that choice
separately; core (``conflict_bulk``) enforces the same rule and does all of it in one
transaction, on a worker with progress and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.exchange.conflict_bulk import (
    BulkResolution,
    ConflictSelection,
    resolve_conflicts,
)
from desktop_app.core.exchange.conflicts import ConflictInfo
from desktop_app.core.exchange.safeguards import BY_REMOVED_CONTACT, CONCURRENT, REVIVES_DELETED
from desktop_app.core.vault import Vault
from desktop_app.ui.dangling_notes import dangling_notes
from desktop_app.ui.exchange_dialogs import exchange_error_text
from desktop_app.ui.exchange_models import ConflictListModel
from desktop_app.ui.flow_layout import FlowLayout
from desktop_app.ui.messages import APP_NAME, inform
from desktop_app.ui.role_labels import record_text
from desktop_app.ui.screen_fit import room_on_screen
from desktop_app.ui.tasks import Progress, Result, Task, run_with_progress

HELD_NAMED = 5  # held records named in the confirmation; the rest are counted
# Reasons to hold a version that guard no protection (a record deleted here brought back, a
# removed contact's edit): keeping yours for them "keeps the protection" of a record with none.
_NOT_PROTECTIONS = frozenset((CONCURRENT, REVIVES_DELETED, BY_REMOVED_CONTACT))
DIALOG_CHARS = 60  # the confirmation's width, in average characters


def _guards_a_protection(conflict: ConflictInfo) -> bool:
    """True if a held conflict's version would weaken a protection (among other things)."""
    return bool(set(conflict.reasons) - _NOT_PROTECTIONS)


class BulkResolveDialog(QDialog):
    """Asks to keep one side for the chosen conflicts; held ones need their own tick."""

    def __init__(
        self, keep: str, conflicts: Sequence[ConflictInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.keep = keep
        self._count = len(conflicts)
        held = [c for c in conflicts if c.is_held]
        self._held = len(held)
        is_theirs = keep == "theirs"
        self._asks_held_too = is_theirs and bool(held)
        self.setWindowTitle(self.tr("Keep theirs") if is_theirs else self.tr("Keep mine"))
        if is_theirs:
            question = self.tr(
                "Keep the colleague's version of %n record(s)? This vault's versions are replaced.",
                "",
                self._count,
            )
        else:
            question = self.tr(
                "Keep this vault's version of %n record(s)? The colleagues' versions are set "
                "aside.",
                "",
                self._count,
            )
        self.question_label = QLabel(question)
        self.question_label.setWordWrap(True)
        self.held_label = QLabel(self._held_text(is_theirs, held))
        self.held_label.setWordWrap(True)
        self.held_label.setVisible(bool(held))
        self.held_check = QCheckBox(
            self.tr("Keep theirs for the %n held record(s) too", "", self._held)
        )
        self.held_check.setVisible(self._asks_held_too)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setAutoDefault(False)  # Enter must not pick a side for many records
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.held_check.toggled.connect(self._update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question_label)
        layout.addWidget(self.held_label)
        layout.addWidget(self.held_check)
        layout.addWidget(buttons)
        # Wrapped labels alone left it ~245 px wide, a word or two a line; as wide as other
        # confirmations, within the screen.
        width = self.fontMetrics().averageCharWidth() * DIALOG_CHARS
        room = room_on_screen(self)
        self.setMinimumWidth(width if room is None else min(width, room.width()))
        self._update_button()

    def _held_text(self, is_theirs: bool, held: Sequence[ConflictInfo]) -> str:
        if not held:
            return ""
        # As the conflict list names them: a woman's role in the feminine.
        names = [
            "• " + record_text(c.record_kind, c.label, c.person_sex) for c in held[:HELD_NAMED]
        ]
        if len(held) > HELD_NAMED:
            names.append(self.tr("and %n more", "", len(held) - HELD_NAMED))
        if all(_guards_a_protection(c) for c in held):
            text = self._protections_held_text(is_theirs, len(held))
        elif all(c.reasons == (REVIVES_DELETED,) for c in held):
            text = self._revivals_held_text(is_theirs, len(held))
        elif is_theirs:
            # True of every reason, a removed contact's edit included.
            text = self.tr(
                "%n of them were held, not applied: the colleague's version waits for your own "
                "decision (each row's tooltip in the list says why). They stay open unless you "
                "tick the box below:",
                "",
                len(held),
            )
        else:
            text = self.tr(
                "%n of them were held for your decision (each row's tooltip in the list says "
                "why); keeping yours leaves them as they are in this vault:",
                "",
                len(held),
            )
        return "\n".join([text, *names])

    def _protections_held_text(self, is_theirs: bool, count: int) -> str:
        if is_theirs:
            return self.tr(
                "%n of them were held, not applied: the colleague's version would weaken a "
                "protection (a person's protection or pseudonym, a witness's anonymity or "
                "consent, a record's sensitivity or case). They stay open unless you tick the "
                "box below:",
                "",
                count,
            )
        return self.tr(
            "%n of them were held because the colleague's version would weaken a "
            "protection; keeping yours keeps it:",
            "",
            count,
        )

    def _revivals_held_text(self, is_theirs: bool, count: int) -> str:
        if is_theirs:
            return self.tr(
                "%n of them were held, not applied: the colleague's version would bring back "
                "a record deleted in this vault. They stay open unless you tick the box below:",
                "",
                count,
            )
        return self.tr(
            "%n of them were held because the colleague's version would bring back a record "
            "deleted in this vault; keeping yours keeps it deleted:",
            "",
            count,
        )

    @property
    def held_too(self) -> bool:
        """True if the user chose to keep theirs for the held versions as well."""
        return self._asks_held_too and self.held_check.isChecked()

    def _update_button(self) -> None:
        count = self._count
        if self.keep == "theirs" and not self.held_too:
            count -= self._held
        if self.keep == "theirs":
            text = self.tr("Keep theirs (%n)", "", count)
        else:
            text = self.tr("Keep mine (%n)", "", count)
        self.ok_button.setText(text)
        self.ok_button.setEnabled(count > 0)


class ConflictBulkBar(QWidget):
    """Select all, Keep mine and Keep theirs for the selected rows of a conflict list."""

    def __init__(
        self,
        table: QTableView,
        model: ConflictListModel,
        vault: Callable[[], Vault | None],
        on_changed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._table, self._model, self._vault, self._on_changed = table, model, vault, on_changed
        self.task: Task | None = None  # the resolution running now, if any
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.select_all_button = QPushButton(self.tr("Select a&ll"))
        self.mine_button = QPushButton(self.tr("Keep mine for selected…"))
        self.theirs_button = QPushButton(self.tr("Keep theirs for selected…"))
        # In rows where a small screen has no room for the three side by side.
        layout = FlowLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.select_all_button, self.mine_button, self.theirs_button):
            layout.addWidget(button)
        self.select_all_button.clicked.connect(table.selectAll)
        self.mine_button.clicked.connect(lambda: self.ask("mine"))
        self.theirs_button.clicked.connect(lambda: self.ask("theirs"))
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def selected(self) -> list[ConflictInfo]:
        """The conflicts of the selected rows, in list order."""
        rows = sorted(index.row() for index in self._table.selectionModel().selectedRows())
        return [self._model.row_at(row) for row in rows]

    def _update_buttons(self) -> None:
        has_selection = self._table.selectionModel().hasSelection()
        self.select_all_button.setEnabled(self._model.rowCount() > 0)
        self.mine_button.setEnabled(has_selection)
        self.theirs_button.setEnabled(has_selection)

    def ask(self, keep: str) -> BulkResolveDialog | None:
        """Confirm keeping one side for the selected conflicts, then resolve them on a worker."""
        vault, chosen = self._vault(), self.selected()
        if vault is None or not chosen:
            return None
        dialog = BulkResolveDialog(keep, chosen, self)
        ids = tuple(c.id for c in chosen)
        dialog.accepted.connect(lambda: self._resolve(vault, ids, keep, dialog.held_too))
        dialog.open()
        return dialog

    def _resolve(self, vault: Vault, ids: tuple[int, ...], keep: str, held_too: bool) -> None:
        def job(progress: Progress) -> BulkResolution:
            return resolve_conflicts(
                vault,
                ConflictSelection(ids=ids),
                keep,
                held_too=held_too,
                progress=progress,
                cancel=progress.cancelled,
            )

        def done(result: Result[BulkResolution]) -> None:
            self._on_changed()
            if not result.ok or result.value is None:
                QMessageBox.warning(
                    self, APP_NAME, exchange_error_text(result.error or RuntimeError())
                )
                return
            inform(self, "\n\n".join(self._done_notes(result.value)))

        self.task = run_with_progress(self, self.tr("Resolving the conflicts…"), job, done)

    def _done_notes(self, result: BulkResolution) -> list[str]:
        notes = [self.tr("%n conflict(s) resolved.", "", len(result.resolutions))]
        if result.held_left:
            notes.append(
                self.tr(
                    "%n held conflict(s) stay open: compare them one by one, or keep theirs "
                    "again with the held ones ticked.",
                    "",
                    len(result.held_left),
                )
            )
        return notes + dangling_notes(result.dangling)
