"""How strong a new passphrase is, as a bar and a word, wherever one is chosen (the create-vault
wizard, Change passphrase); and, as KeePassXC does, a question before a weak one is used."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from desktop_app.core.passphrase import estimate_strength
from desktop_app.ui.messages import confirm

# The context of the wizard page the words were first written for: their translations stay.
_CONTEXT = "PassphrasePage"
_WORDS = (
    QT_TRANSLATE_NOOP("PassphrasePage", "very weak"),
    QT_TRANSLATE_NOOP("PassphrasePage", "weak"),
    QT_TRANSLATE_NOOP("PassphrasePage", "fair"),
    QT_TRANSLATE_NOOP("PassphrasePage", "strong"),
    QT_TRANSLATE_NOOP("PassphrasePage", "very strong"),
)


class StrengthMeter(QWidget):
    """A bar and a word for the passphrase shown; nothing before anything is typed (an empty
    field called "very weak" reads as a judgement of a passphrase not yet chosen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, len(_WORDS) - 1)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(
            QCoreApplication.translate("PassphrasePage", "Passphrase strength")
        )
        self.word_label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.word_label)
        self.show_strength("")

    def show_strength(self, passphrase: str) -> None:
        """Show how strong passphrase is; an empty one shows an empty bar and no word."""
        level = estimate_strength(passphrase).level if passphrase else 0
        self.bar.setValue(level)
        word = QCoreApplication.translate(_CONTEXT, _WORDS[level]) if passphrase else ""
        self.word_label.setText(word)
        self.bar.setAccessibleDescription(word)


def confirm_weak_passphrase(parent: QWidget | None, passphrase: str) -> bool:
    """True if the meter calls passphrase fair or better, or if the user, asked (default No),
    chose to use a very weak or weak one anyway."""
    # Weak too, not only very weak: the estimate is generous to single words ("Samarqand" is
    # fair), and Argon2id slows a guesser with the vault in hand but does not stop one.
    level = estimate_strength(passphrase).level
    if level == 0:
        question = QCoreApplication.translate(
            "StrengthMeter",
            "This passphrase is very weak: someone with your laptop could guess it. Use it anyway?",
        )
    elif level == 1:
        question = QCoreApplication.translate(
            "StrengthMeter",
            "This passphrase is weak: someone with your laptop could guess it. Use it anyway?",
        )
    else:
        return True
    return confirm(parent, question, danger=True)
