"""The check of a new set of recovery shares: words of every share, chosen at random, typed back
from the copies, so a share not written down, or written wrong, is found now and not on the
day the vault must be recovered.

Two words of twenty catch a missing or mixed-up copy; a single miswritten word only when it is
one of the two. The words come from SLIP-39's list, offered as they are typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.recovery_shares import SHARE_WORDLIST, places_to_check, share_word

WORDS_CHECKED_PER_SHARE = 2


def page_title(text: str = "") -> QLabel:
    """A page's title, bold and larger, as for each share shown."""
    title = QLabel(text)
    font = title.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    title.setFont(font)
    return title


@dataclass(frozen=True)
class AskedWord:
    """One word asked back: its share's place in the set and its place in the share (from 0)."""

    share: int
    place: int
    edit: QLineEdit


class SharesCheckPage(QWidget):
    """Asks for words of every share back, and names the first one that does not match; its
    Back and Done buttons are the dialog's to connect."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shares: list[str] = []
        self.asked: list[AskedWord] = []
        self.wrong_share: int | None = None
        self.title = page_title(self.tr("Check the copies"))
        self.note = QLabel(
            self.tr(
                "Type the words asked for below from each share as it was written down. The "
                "new set is made only when every word matches: a share copied wrong would not "
                "open the vault."
            )
        )
        self.note.setWordWrap(True)
        self.completer = QCompleter(list(SHARE_WORDLIST), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.rows = QFormLayout()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAutoDefault(False)
        self.done_button = QPushButton(self.tr("&Done"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.ActionRole)
        words = QWidget()
        words_layout = QVBoxLayout(words)
        words_layout.setContentsMargins(0, 0, 0, 0)
        words_layout.addWidget(self.title)
        words_layout.addWidget(self.note)
        words_layout.addLayout(self.rows)
        words_layout.addStretch()
        # Sixteen shares ask for 32 words: they scroll on a small screen.
        self.words_area = QScrollArea()
        self.words_area.setWidgetResizable(True)
        self.words_area.setFrameShape(QFrame.Shape.NoFrame)
        self.words_area.setWidget(words)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.words_area)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)

    def ask(self, shares: list[str]) -> None:
        """Ask for words of these shares, chosen now and kept while the set is on screen, so
        looking at a share again does not change what is asked."""
        self.shares = shares
        self.asked = []
        for share in range(len(shares)):
            for place in places_to_check(WORDS_CHECKED_PER_SHARE):
                numbers = {"%1": str(share + 1), "%2": str(place + 1)}
                edit = QLineEdit()
                edit.setAccessibleName(_numbered(self.tr("Share %1, word %2"), numbers))
                edit.setCompleter(self.completer)
                # No Alt key: "Share 1, word &7" and "Share 2, word &7" would share Alt+7.
                label = QLabel(_numbered(self.tr("Share %1, word %2:"), numbers))
                label.setBuddy(edit)
                self.rows.addRow(label, edit)
                self.asked.append(AskedWord(share, place, edit))

    def first_unanswered(self) -> QLineEdit | None:
        """The first field still empty, where typing starts."""
        return next((a.edit for a in self.asked if not a.edit.text().strip()), None)

    def check(self) -> bool:
        """True if every word typed back is its share's; otherwise say which one is missing or
        wrong, and put the cursor there."""
        for asked in self.asked:
            problem = self._problem(asked)
            if problem:
                self.wrong_share = asked.share
                self.message_label.setText(problem)
                self.words_area.ensureWidgetVisible(asked.edit)
                asked.edit.setFocus()
                asked.edit.selectAll()
                return False
        self.wrong_share = None
        self.message_label.clear()
        return True

    def _problem(self, asked: AskedWord) -> str:
        typed = asked.edit.text()
        if not typed.strip():
            text = self.tr("Type word %2 of share %1.")
        elif (word := share_word(typed)) is None:
            text = self.tr(
                "Share %1, word %2 is not a share word. Check its spelling, here and on the copy."
            )
        elif word != self.shares[asked.share].split()[asked.place]:
            text = self.tr(
                "Share %1, word %2 does not match the share shown. Press Back to see share %1 "
                "again and mend the copy."
            )
        else:
            return ""
        return _numbered(text, {"%1": str(asked.share + 1), "%2": str(asked.place + 1)})

    def share_to_look_at(self) -> int:
        """The share Back shows again: the one found wrong, else the last."""
        return self.wrong_share if self.wrong_share is not None else len(self.shares) - 1


def _numbered(text: str, numbers: dict[str, str]) -> str:
    for placeholder, number in numbers.items():
        text = text.replace(placeholder, number)
    return text
