"""Recovery shares for colleagues: choose how many shares and how many open the vault, then
show each share once, word by word, to be written down by the colleague who will keep it, and
ask words of every share back from the copies (``shares_check``) before the set is made.

The words are labels, not selectable text: a share belongs on paper in one colleague's
hands, not on the clipboard or in a file on this laptop.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import SandiqError
from desktop_app.core.header_changes import PendingRecoveryShares
from desktop_app.core.recovery_shares import MAX_SHARES, MIN_THRESHOLD
from desktop_app.core.vault import Vault
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import confirm, inform, show_error
from desktop_app.ui.screen_fit import resize_within_screen, room_on_screen
from desktop_app.ui.shares_check import SharesCheckPage, page_title

WORD_COLUMNS = 4


class RecoverySharesDialog(QDialog):
    """Makes a new set of recovery shares (or removes them), shows each share once and checks
    the copies."""

    interrupted = Signal()  # a lock closed it before the copies of every share were checked

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.vault = vault
        self.shares: list[str] = []
        self.pending: PendingRecoveryShares | None = None  # shown, not yet made to open the vault
        self.shown = 0  # index of the share on screen
        self.has_reached_check = False  # every share was shown and the copies asked for
        self.setWindowTitle(self.tr("Recovery shares for colleagues"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self._setup_page())
        self.stack.addWidget(self._share_page())
        self.check_page = SharesCheckPage()
        self.check_page.back_button.clicked.connect(self._show_again)
        self.check_page.done_button.clicked.connect(self._check_copies)
        self.stack.addWidget(self.check_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.resize(560, self.sizeHint().height())

    # -- choosing the set ----------------------------------------------------------------

    def _setup_page(self) -> QWidget:
        page = QWidget()
        explanation = QLabel(
            self.tr(
                "Split a way into this vault among colleagues you trust, for the day you forget "
                "the passphrase and the recovery key is lost. Each colleague keeps one share of "
                "20 words. The number of shares chosen below opens the vault together; fewer "
                "shares tell nothing about it."
            )
        )
        explanation.setWordWrap(True)
        self.count_box = QSpinBox()
        self.count_box.setRange(MIN_THRESHOLD, MAX_SHARES)
        self.count_box.setValue(3)
        self.count_box.setAccessibleName(self.tr("Shares to make"))
        self.threshold_box = QSpinBox()
        self.threshold_box.setRange(MIN_THRESHOLD, 3)
        self.threshold_box.setValue(2)
        self.threshold_box.setAccessibleName(self.tr("Shares needed to open the vault"))
        self.count_box.valueChanged.connect(self.threshold_box.setMaximum)
        form = QFormLayout()
        form.addRow(self.tr("&Shares to make:"), self.count_box)
        form.addRow(self.tr("&Needed to open the vault:"), self.threshold_box)
        self.existing_label = QLabel(
            self.tr(
                "This vault already has recovery shares. New shares replace them: the old ones "
                "stop opening the vault."
            )
        )
        self.existing_label.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("&Remove the shares"))
        # Enter must never retire the colleagues' shares: only a click or its shortcut does.
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_shares)
        self.setup_buttons = QDialogButtonBox()
        self.make_button = self.setup_buttons.addButton(
            self.tr("&Make shares"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.make_button.setDefault(True)
        self.setup_buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.setup_buttons.accepted.connect(self.make_shares)
        self.setup_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.existing_label)
        layout.addWidget(self.remove_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        layout.addWidget(self.setup_buttons)
        self._show_existing()
        return page

    def _show_existing(self) -> None:
        has_shares = self.vault.has_recovery_shares
        self.existing_label.setVisible(has_shares)
        self.remove_button.setVisible(has_shares)

    def make_shares(self) -> None:
        """Make the set and show its first share; the set replaces the old one only once
        every share has been shown and its copy checked (Done), so a share nobody wrote down
        never opens the vault alone while the old set has stopped working."""
        self.pending = self.vault.prepare_recovery_shares(
            self.threshold_box.value(), self.count_box.value()
        )
        self.shares = self.pending.shares
        self.check_page.ask(self.shares)
        self.stack.setCurrentIndex(1)
        self._show_share(0)
        self._fit(self.share_area)

    def remove_shares(self) -> None:
        """After a confirm, make every share of this vault useless."""
        question = self.tr(
            "Remove the recovery shares? The shares your colleagues hold will no longer "
            "open the vault."
        )
        if not confirm(self, question, danger=True):
            return
        try:
            self.vault.remove_recovery_shares()
        except (SandiqError, OSError) as error:  # the header is unchanged
            show_error(self, error)
            return
        self._show_existing()
        inform(self, self.tr("The recovery shares were removed."))

    # -- showing each share once ---------------------------------------------------------

    def _share_page(self) -> QWidget:
        page = QWidget()
        self.share_title = page_title()
        self.share_note = QLabel(
            self.tr(
                "Write this share down, or read it out for the colleague who keeps it to write "
                "down, and check it word by word. It is shown only now, and this computer does "
                "not keep it."
            )
        )
        self.share_note.setWordWrap(True)
        self.words = QGridLayout()
        self.words.setHorizontalSpacing(24)
        # SLIP-39's words are English in any interface language: a word written down as it
        # sounds to an Uzbek or Russian ear ("fleym" for "flame") is a share that opens nothing.
        self.words_language_note = QLabel(
            self.tr("The words are English: copy them letter by letter.")
        )
        self.words_language_note.setWordWrap(True)
        self.previous_button = QPushButton(self.tr("&Previous share"))
        self.next_button = QPushButton(self.tr("&Next share"))
        self.check_button = QPushButton(self.tr("&Check the copies"))
        self.previous_button.clicked.connect(lambda: self._show_share(self.shown - 1))
        self.next_button.clicked.connect(lambda: self._show_share(self.shown + 1))
        self.check_button.clicked.connect(self._ask_for_copies)
        buttons = QDialogButtonBox()
        for button in (self.previous_button, self.next_button, self.check_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        share = QWidget()
        share_layout = QVBoxLayout(share)
        share_layout.setContentsMargins(0, 0, 0, 0)
        share_layout.addWidget(self.share_title)
        share_layout.addWidget(self.share_note)
        share_layout.addLayout(self.words)
        share_layout.addWidget(self.words_language_note)
        share_layout.addStretch()
        # The words are copied by hand: a word cut at the top or bottom ("flame" read as
        # "tlame") is a share that will not open the vault. They scroll rather than squeeze
        # when the screen is too small for them.
        self.share_area = QScrollArea()
        self.share_area.setWidgetResizable(True)
        self.share_area.setFrameShape(QFrame.Shape.NoFrame)
        self.share_area.setWidget(share)
        layout = QVBoxLayout(page)
        layout.addWidget(self.share_area)
        layout.addWidget(buttons)
        return page

    def _fit(self, area: QScrollArea) -> None:
        """Grow the dialog, within the screen, until the page scrolled in area shows whole
        without scrolling.

        The dialog opens at the setup page's size, and the share's note (or the check's
        message) wraps to more lines in Russian or Uzbek than the layout's minimum allows for.
        """
        # The page first: a message that appeared on it has not reached the dialog's layout.
        area.parentWidget().layout().activate()
        self.layout().activate()
        share = area.widget()
        viewport = area.viewport()
        around_width = self.width() - viewport.width()
        around_height = self.height() - viewport.height()
        width = max(self.width(), share.minimumSizeHint().width() + around_width)
        room = room_on_screen(self)
        if room is not None:
            width = min(width, room.width())
        # Measured at the width it will have: narrower, the note takes more lines. The scroll
        # area scrolls whenever the page is shorter than its preferred height, whatever its
        # height at this width: the check's "Share 3, word 14" was hidden below a scroll bar.
        at_width = share.heightForWidth(width - around_width)
        height = max(at_width, share.sizeHint().height()) + around_height
        resize_within_screen(self, width, max(self.height(), height))

    def _show_share(self, index: int) -> None:
        self.shown = index
        count = len(self.shares)
        self.share_title.setText(
            self.tr("Share %1 of %2 (any %3 open the vault)")
            .replace("%1", str(index + 1))
            .replace("%2", str(count))
            .replace("%3", str(self.threshold_box.value()))
        )
        while self.words.count():
            item = self.words.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        word_font = QFont(self.font())
        word_font.setStyleHint(QFont.StyleHint.Monospace)
        word_font.setFamily("monospace")
        word_font.setPointSizeF(word_font.pointSizeF() * 1.25)
        words = self.shares[index].split()
        rows = -(-len(words) // WORD_COLUMNS)
        for place, word in enumerate(words):
            label = QLabel(f"{place + 1:>2}. {word}")
            label.setFont(word_font)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            # Down the columns, as words are read out and written.
            self.words.addWidget(label, place % rows, place // rows)
            label.show()  # now, not on the next event loop pass: the dialog is sized to it
        self.previous_button.setEnabled(index > 0)
        is_last = index + 1 == count
        self.next_button.setVisible(not is_last)
        # Back from the check, the way to it stays at hand whichever share is looked at.
        self.check_button.setVisible(is_last or self.has_reached_check)
        self.check_button.setDefault(not self.check_button.isHidden())
        self.next_button.setDefault(self.check_button.isHidden())

    def _ask_for_copies(self) -> None:
        self.has_reached_check = True
        self.stack.setCurrentWidget(self.check_page)
        # A dialog has one default button: the share page's was the last one set.
        self.check_page.done_button.setDefault(True)
        self._fit(self.check_page.words_area)
        first_unanswered = self.check_page.first_unanswered()
        if first_unanswered is not None:
            first_unanswered.setFocus()

    def _show_again(self) -> None:
        """Back from the check: the same share as before, for the copy to be mended."""
        self.stack.setCurrentIndex(1)
        self._show_share(self.check_page.share_to_look_at())

    def _check_copies(self) -> None:
        """Make the set once every copy matches; else the page says which word does not (and
        the dialog grows for the message, so no word asked for scrolls out of sight)."""
        if not self.check_page.check():
            self._fit(self.check_page.words_area)
            return
        replaces_a_set = self.vault.has_recovery_shares
        try:
            self.pending.store()
        except (SandiqError, OSError) as error:  # the old set still opens the vault
            show_error(self, error)
            return
        self.pending = None
        self.accept()
        # As every finished change to the ways into the vault is confirmed: closing alone left
        # the user to guess whether the set was made.
        if replaces_a_set:
            done = self.tr(
                "The new recovery shares are made: any %1 of the %2 open the vault. The shares "
                "made before no longer do."
            )
        else:
            done = self.tr("The recovery shares are made: any %1 of the %2 open the vault.")
        counts = str(self.threshold_box.value()), str(len(self.shares))
        inform(self.parentWidget(), fill(done, *counts))

    def close_for_lock(self) -> None:
        """Close at once, without asking: the vault is locking (the old set stays)."""
        if self.pending is not None:
            self.interrupted.emit()
            self.pending = None
        self.reject()

    def reject(self) -> None:
        """Closing before the new set was made asks first: its shares would be lost."""
        if self.pending is not None:
            question = self.tr(
                "Close without making the new set? The shares made before keep opening the "
                "vault; the shares shown here never will."
            )
            if not confirm(self, question, danger=True):
                return
            self.pending = None
        super().reject()
