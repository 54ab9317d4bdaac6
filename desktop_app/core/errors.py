"""Errors a user can act on.

Every expected failure in Sandiq is a ``SandiqError``. ``str(err)`` is the one English line the
CLI prints after ``sandiq: error:``; the GUI maps each class to a translated text. Messages never
contain case data, keys or passphrases.
"""


class SandiqError(Exception):
    """An error the user can act on; str(err) is the English line the CLI prints."""


class WrongPassphrase(SandiqError):
    """The passphrase does not open this vault; its subclasses, raised for another secret or
    situation, say which, so that the GUI and the CLI do not call them a wrong passphrase.
    Every one refuses to open, so callers that only refuse catch this class."""


class NotARecoveryKey(WrongPassphrase):
    """The text given as a recovery key does not have its shape, so no key was tried.

    A WrongPassphrase, so that every caller still refuses to open; the GUI tells it apart so
    that a mistyped key gets its own message and does not count towards the opt-in wipe.
    """


class NotRecoveryShares(WrongPassphrase):
    """The recovery shares given cannot be combined (a word mistyped, a share missing, shares of
    different sets), so no key was tried. Like NotARecoveryKey, a typo and not a guess.

    ``problem`` names what is wrong and ``numbers`` the shares and words concerned, for the GUI
    to say in the user's language.
    """

    def __init__(self, message: str, problem: str, **numbers: int) -> None:
        super().__init__(message)
        self.problem = problem
        self.numbers = numbers


class WrongRecoveryKey(WrongPassphrase):
    """A recovery key of the right shape that does not open this vault (or backup)."""


class WrongShares(WrongPassphrase):
    """Recovery shares that combine but do not open this vault (or backup): another vault's,
    or a set replaced by newer shares."""


class SlotMissing(WrongPassphrase):
    """The vault (or backup) has no slot for the kind of secret given: no recovery key, no
    shares, no passphrase; nothing was tried."""


class PassphraseTooShort(WrongPassphrase):
    """A new passphrase is refused as too short to resist guessing; nothing was changed."""


class VaultNotFound(SandiqError):
    """There is no vault at the given place."""


class VaultExists(SandiqError):
    """A vault (or what remains of one) already exists where a new one was to be created; its
    subclasses are the other folders a restore or salvage refuses to make its vault in."""


class FolderNotEmpty(VaultExists):
    """A restore or salvage was to make its vault in a folder that holds something already."""


class FolderInSource(VaultExists):
    """A restore or salvage was to make its vault in the very folder it copies from (the backup,
    the damaged vault) or inside it."""


class VaultCorrupted(SandiqError):
    """The vault header or database is damaged or not a Sandiq vault."""


class VaultPartMissing(VaultCorrupted):
    """The vault header or the vault database is missing from the folder (``part`` is
    "header" or "database"), so the GUI can say which, and what brings it back."""

    def __init__(self, message: str, part: str) -> None:
        super().__init__(message)
        self.part = part


class VaultHeaderDamaged(VaultCorrupted):
    """A slot did not open and the vault header fails its checksum, so the secret tried (of
    ``slot``: "passphrase", "recovery" or "shares") may well be right: another slot or a backup
    may open the vault. Not a WrongPassphrase, so it never counts towards the opt-in wipe."""

    def __init__(self, message: str, slot: str) -> None:
        super().__init__(message)
        self.slot = slot


class BackupHeaderDamaged(VaultHeaderDamaged):
    """As VaultHeaderDamaged, of a backup being restored: another of its slots may restore it;
    nothing was restored."""


class VaultFromNewerVersion(VaultCorrupted):
    """The vault's header or database was made by a newer version of Sandiq: not damaged."""


class VaultUnavailable(SandiqError):
    """The vault could not be opened or read for a reason outside it (no permission, a
    read-only medium, a full disk); the vault itself is not damaged."""


class VaultBusy(VaultUnavailable):
    """Another connection (another Sandiq window or command) holds the vault's write lock."""


class InvalidInput(SandiqError):
    """Input (a form value, a JSON file, a query) does not fit the data model."""


class ContactFileRejected(InvalidInput):
    """A contact file cannot be added. ``problem`` says why, for the GUI to say in the user's
    language: not_contact, newer_version, damaged (a key or the name malformed) or own (this
    vault's own contact file)."""

    def __init__(self, message: str, problem: str) -> None:
        super().__init__(message)
        self.problem = problem


class RecordNotFound(SandiqError):
    """No record with the given id or reference exists."""


class RecordDeleted(RecordNotFound):
    """A local edit of a record deleted meanwhile (by a colleague's bundle, maybe): only
    restoring a version of it brings it back."""


class ReferenceDeleted(RecordNotFound):
    """A record would refer to one that is deleted (merged into another, maybe) or missing."""


class AttachmentTooLarge(SandiqError):
    """An attachment is larger than the vault accepts or, with viewing=True, than Sandiq shows
    in its viewer; limit is that size in bytes, for the GUI to name."""

    def __init__(self, message: str, limit: int, viewing: bool = False) -> None:
        super().__init__(message)
        self.limit = limit
        self.viewing = viewing


class BundleRejected(SandiqError):
    """An exchange bundle was refused; nothing was applied."""


class Cancelled(SandiqError):
    """The user cancelled a long operation; nothing was applied."""


# SQLite's own fixed texts (sqlite3_errstr), which name no data. Anything else the driver says
# may quote a value: Python's "Could not decode to UTF-8 column 'body' with text '…'" prints
# a damaged record's text, and SQLAlchemy's wrapper adds the statement and its parameters.
_SQLITE_REASONS = frozenset(
    {
        "database or disk is full",
        "database is locked",
        "database table is locked",
        "attempt to write a readonly database",
        "file is not a database",
        "disk I/O error",
        "database disk image is malformed",
        "unable to open database file",
        "out of memory",
        "interrupted",
        "access permission denied",
        "locking protocol",
        "authorization denied",
        "database schema has changed",
        "string or blob too big",
    }
)
DATABASE_UNREADABLE = "the vault database is damaged or unreadable"


def known_database_reason(error: BaseException) -> str | None:
    """The driver's message when it is one of SQLite's fixed texts, which quote no data
    ("database disk image is malformed"); None for any other, which might."""
    reason = str(error).strip()
    return reason if reason in _SQLITE_REASONS else None
