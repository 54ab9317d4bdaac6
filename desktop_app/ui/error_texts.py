"""Translated sentences for what failed, with no widgets: the window and the CLI both use them.

Core raises ``SandiqError`` subclasses with English text (it cannot translate); each class is
mapped here to a translated sentence (``class_text``; a subclass core raises for another
situation than its parent's, such as a wrong recovery key, has none rather than the parent's),
and core's fixed sentences are matched in ``core_messages``. The English detail is added only
for input errors, where it names the field; other details may contain paths and are left out.
QtCore only, so the CLI can load it without a display; the context stays "Messages", where the
catalogue has these sentences.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core import errors
from desktop_app.core.backup import PlaceRefused
from desktop_app.core.deletion import RecordInUse
from desktop_app.core.disk_space import NotEnoughSpace
from desktop_app.core.exchange.contacts import ContactKeyReused
from desktop_app.ui.bidi_text import shown_in_sentence
from desktop_app.ui.core_messages import core_sentence_text
from desktop_app.ui.i18n import fill, format_size
from desktop_app.ui.in_use import in_use_text


def error_text(error: BaseException) -> str:
    """A translated sentence for an error raised by core (or a generic one for a bug)."""
    if (said := class_text(error)) is not None:
        return said
    # The window's sentences for a kind of error, with core's words where they say more.
    match error:
        case errors.VaultCorrupted():
            return damaged_vault_text()
        case errors.SandiqError() if (known := core_sentence_text(str(error))) is not None:
            return known
        case errors.InvalidInput():
            return QCoreApplication.translate("Messages", "Some input is not valid: %1").replace(
                "%1", str(error)
            )
        case errors.SandiqError():
            return QCoreApplication.translate("Messages", "The operation failed: %1").replace(
                "%1", str(error)
            )
        case OSError() if error.strerror:
            return QCoreApplication.translate(
                "Messages", "The file could not be read or written: %1."
            ).replace("%1", os_error_text(error.strerror))
        case OSError():
            return QCoreApplication.translate("Messages", "The file could not be read or written.")
    return QCoreApplication.translate(
        "Messages", "An unexpected error occurred. Your saved work is safe."
    )


def class_text(error: BaseException) -> str | None:
    """The translated sentence of error's own class, which says what core's English sentence
    says; None for a class without one (the CLI then keeps core's sentence)."""
    match error:
        case errors.NotARecoveryKey():
            return QCoreApplication.translate(
                "Messages",
                "This is not a recovery key: check the groups of letters and digits.",
            )
        case errors.NotRecoveryShares():
            return shares_problem_text(error)
        # Raised for another secret or situation, which the parent's sentence would misstate.
        case (
            errors.WrongRecoveryKey()
            | errors.WrongShares()
            | errors.SlotMissing()
            | errors.PassphraseTooShort()
            | errors.FolderNotEmpty()
            | errors.FolderInSource()
        ):
            return None
        case errors.WrongPassphrase():
            return QCoreApplication.translate("Messages", "The passphrase is not correct.")
        case RecordInUse():
            return in_use_text(error)
        case errors.VaultNotFound():
            return QCoreApplication.translate("Messages", "There is no vault in this folder.")
        case errors.VaultExists():
            return QCoreApplication.translate(
                "Messages", "This folder already holds a vault (or the remains of one)."
            )
        case errors.VaultPartMissing(part="header"):
            return QCoreApplication.translate(
                "Messages",
                "The vault header (vault.header) is missing from this folder, so the vault "
                "cannot open. Copy vault.header from a backup of this vault into this folder: "
                "the vault then opens with the passphrase it had when that backup was made.",
            )
        case errors.VaultPartMissing():
            return QCoreApplication.translate(
                "Messages",
                "The vault database (vault.db) is missing from this folder, so the vault cannot "
                "open. Open a backup of this vault instead.",
            )
        case errors.BackupHeaderDamaged():
            return backup_header_damaged_text(error.slot)
        case errors.VaultHeaderDamaged():
            return header_damaged_text(error.slot)
        case errors.VaultFromNewerVersion():
            return QCoreApplication.translate(
                "Messages",
                "This vault was made by a newer version of Sandiq: update Sandiq to open it. "
                "The vault is not damaged.",
            )
        case errors.VaultBusy():
            return QCoreApplication.translate(
                "Messages",
                "Another program is writing to the vault (another Sandiq window or a sandiq "
                "command). Try again when it is done.",
            )
        case errors.VaultUnavailable():
            # Not "damaged": a user told that might throw a healthy vault away.
            return QCoreApplication.translate(
                "Messages",
                "The vault could not be opened or written: the disk may be full, "
                "write-protected or out of reach. The vault itself is not damaged.",
            )
        case ContactKeyReused():
            return contact_key_reused_text(error)
        case errors.ContactFileRejected():
            return contact_problem_text(error.problem)
        case PlaceRefused():
            return place_refused_text(error)
        case errors.RecordDeleted():
            return QCoreApplication.translate(
                "Messages",
                "This record was deleted meanwhile (perhaps by a colleague's bundle) and was not "
                "changed. To edit it again, restore a version of it on its History tab.",
            )
        case errors.ReferenceDeleted():
            return QCoreApplication.translate(
                "Messages",
                "Someone or something chosen here was deleted meanwhile (or merged into another "
                "record): choose again, or first restore it from Vault > Deleted records.",
            )
        case errors.RecordNotFound():
            return QCoreApplication.translate("Messages", "The record no longer exists.")
        case errors.AttachmentTooLarge(viewing=True):
            return QCoreApplication.translate(
                "Messages",
                "The file is too large to show inside Sandiq (over %1). It is attached; open "
                "it with another program to see it.",
            ).replace("%1", format_size(error.limit))
        case errors.AttachmentTooLarge():
            return QCoreApplication.translate(
                "Messages", "The file is larger than the %1 an attachment may be."
            ).replace("%1", format_size(error.limit))
        case errors.Cancelled():
            return QCoreApplication.translate("Messages", "Cancelled; nothing was changed.")
        case NotEnoughSpace():
            return not_enough_space_text(error)
    return None


def damaged_vault_text() -> str:
    """That the vault is damaged, and the two ways out: a backup, or what can still be read."""
    # "The vault is damaged." alone left the user with nothing to do but try again.
    return QCoreApplication.translate(
        "Messages",
        "The vault is damaged: part of it cannot be read. Restore a backup made before the "
        "damage, or copy what can still be read into a new vault with the command "
        "sandiq salvage --to NEWFOLDER.",
    )


def not_enough_space_text(error: NotEnoughSpace) -> str:
    """The one line that refuses what cannot fit, naming the place chosen when core does."""
    needed, free = (format_size(size) for size in (error.needed, error.free))
    if error.folder is None:
        text = QCoreApplication.translate(
            "Messages",
            "Not enough free space on the disk: this needs about %1, and %2 is free. "
            "Nothing was written.",
        )
        return fill(text, needed, free)
    text = QCoreApplication.translate(
        "Messages",
        "Not enough free space on %1: this needs about %2, and %3 is free. Nothing was written.",
    )
    return fill(text, str(error.folder), needed, free)


def header_damaged_text(slot: str) -> str:
    """Why a secret tried on a damaged header is not called wrong, and what opens the vault."""
    texts = {
        "recovery": QCoreApplication.translate(
            "Messages",
            "The vault header is damaged: the recovery key cannot be checked. Open the vault "
            "with the passphrase, or restore a backup.",
        ),
        "shares": QCoreApplication.translate(
            "Messages",
            "The vault header is damaged: the recovery shares cannot be checked. Open the vault "
            "with the passphrase or the recovery key, or restore a backup.",
        ),
    }
    return texts.get(
        slot,
        QCoreApplication.translate(
            "Messages",
            "The vault header is damaged: the passphrase cannot be checked. Open the vault with "
            "the recovery key, or restore a backup.",
        ),
    )


def backup_header_damaged_text(slot: str) -> str:
    """Why a backup's secret cannot be judged, and which other may restore it."""
    texts = {
        "recovery": QCoreApplication.translate(
            "Messages",
            "The backup's header is damaged: the recovery key cannot be checked. Restore it "
            "with the passphrase, or restore another backup. Nothing was restored.",
        ),
        "shares": QCoreApplication.translate(
            "Messages",
            "The backup's header is damaged: the recovery shares cannot be checked. Restore it "
            "with the passphrase or the recovery key, or restore another backup. Nothing was "
            "restored.",
        ),
    }
    return texts.get(
        slot,
        QCoreApplication.translate(
            "Messages",
            "The backup's header is damaged: the passphrase cannot be checked. Restore it with "
            "the recovery key, or restore another backup. Nothing was restored.",
        ),
    )


def place_refused_text(error: PlaceRefused) -> str:
    """Why a backup or restore cannot go into the folder chosen, naming it."""
    texts = {
        "missing": QCoreApplication.translate(
            "Messages", "The folder %1 is not there: is the memory stick connected?"
        ),
        "file": QCoreApplication.translate(
            "Messages", "%1 is a file, not a folder: choose a folder."
        ),
        "inside_vault": QCoreApplication.translate(
            "Messages", "%1 is inside the vault's folder: choose a place outside it."
        ),
        "not_empty": QCoreApplication.translate(
            "Messages", "%1 is not empty: choose a new or empty folder."
        ),
    }
    filled = QCoreApplication.translate(
        "Messages", "%1 was filled meanwhile (by another backup?); this copy was not kept."
    )
    return fill(texts.get(error.problem, filled), str(error.folder))


def contact_problem_text(problem: str) -> str:
    """Why a contact file cannot be added (ContactFileRejected.problem), in the user's words."""
    texts = {
        "not_contact": QCoreApplication.translate(
            "Messages",
            "This is not a Sandiq contact file. Ask your colleague for the file "
            "that Sandiq's Exchange page saves as their contact.",
        ),
        "newer_version": QCoreApplication.translate(
            "Messages",
            "This contact file was made by a newer version of Sandiq; update Sandiq to add it.",
        ),
        "own": QCoreApplication.translate(
            "Messages", "This is your own contact file: give it to colleagues, and add theirs here."
        ),
    }
    return texts.get(
        problem,
        QCoreApplication.translate(
            "Messages", "This contact file is damaged or was altered; ask for it again."
        ),
    )


def contact_key_reused_text(error: ContactKeyReused) -> str:
    """Why a contact file that pairs a known key with another was refused, naming whose key it
    is: "damaged or altered" sent the user to ask the sender again, where the file may come
    from someone posing as that contact."""
    if error.other is None:
        return QCoreApplication.translate(
            "Messages",
            "This contact file pairs a key of this vault with a different key: it was altered, "
            "and was not added.",
        )
    return fill(
        QCoreApplication.translate(
            "Messages",
            "This contact file pairs the key of your contact %1 with a different key: it was "
            "altered or is not theirs, and was not added.",
        ),
        shown_in_sentence(error.other.display_name),
    )


def os_error_text(strerror: str) -> str:
    """A system error's usual English text (strerror) in the interface language, when known."""
    texts = {
        "No such file or directory": QCoreApplication.translate(
            "Messages", "the file does not exist"
        ),
        "Permission denied": QCoreApplication.translate("Messages", "permission denied"),
        "Is a directory": QCoreApplication.translate("Messages", "it is a folder, not a file"),
        "No space left on device": QCoreApplication.translate("Messages", "the disk is full"),
        "Read-only file system": QCoreApplication.translate("Messages", "the disk is read-only"),
        "Input/output error": QCoreApplication.translate("Messages", "the disk could not be read"),
    }
    return texts.get(strerror, strerror)


def shares_problem_text(error: errors.NotRecoveryShares) -> str:
    """What is wrong with the recovery shares typed, naming shares and words by number."""
    mixed = QCoreApplication.translate(
        "Messages",
        "These shares are not all from the same set: every share of a set begins with the same "
        "words.",
    )
    # Each text, and which of the error's numbers fill its %1, %2.
    texts: dict[str, tuple[str, tuple[str, ...]]] = {
        "none": (QCoreApplication.translate("Messages", "Type the shares, one per line."), ()),
        "too_few": (
            QCoreApplication.translate(
                "Messages", "%1 shares are needed to open the vault; %2 typed."
            ),
            ("needed", "given"),
        ),
        "repeated": (
            QCoreApplication.translate("Messages", "Share %1 is the same as share %2."),
            ("share", "other"),
        ),
        "unknown_word": (
            QCoreApplication.translate(
                "Messages", "Share %1: word %2 is not a share word. Check its spelling."
            ),
            ("share", "word"),
        ),
        "checksum": (
            QCoreApplication.translate(
                "Messages",
                "Share %1 has a word mistyped or two words swapped. Check it word by word.",
            ),
            ("share",),
        ),
        "word_count": (
            QCoreApplication.translate(
                "Messages", "Share %1 has %2 words; a share has 20. Is a word missing or extra?"
            ),
            ("share", "count"),
        ),
        "shares_on_one_line": (
            QCoreApplication.translate(
                "Messages", "Share %1 has %2 words; a share has 20. Put one share per line."
            ),
            ("share", "count"),
        ),
        "mixed_sets": (
            QCoreApplication.translate(
                "Messages",
                "Share %1 is from another set than share %2: every share of a set begins with "
                "the same words.",
            ),
            ("share", "other"),
        ),
        "no_shares": (
            QCoreApplication.translate(
                "Messages",
                "This vault has no recovery shares: they were removed, or never made.",
            ),
            (),
        ),
    }
    text, keys = texts.get(error.problem, (mixed, ()))
    if not all(key in error.numbers for key in keys):  # shares of one set that do not fit
        text, keys = mixed, ()
    for place, key in enumerate(keys, start=1):
        text = text.replace(f"%{place}", str(error.numbers[key]))
    return text
