"""Errors a user can act on.

Every expected failure in Sandiq is a ``SandiqError``. ``str(err)`` is the one English line the
CLI prints after ``sandiq: error:``; the GUI maps each class to a translated text. Messages never
contain case data, keys or passphrases.
"""


class SandiqError(Exception):
    """An error the user can act on; str(err) is the English line the CLI prints."""


class WrongPassphrase(SandiqError):
    """The passphrase (or recovery key) does not open this vault."""


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


class VaultNotFound(SandiqError):
    """There is no vault at the given place."""


class VaultExists(SandiqError):
    """A vault already exists where a new one was to be created."""


class VaultCorrupted(SandiqError):
    """The vault header or database is damaged or not a Sandiq vault."""


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
    """An attachment is larger than the vault accepts."""


class BundleRejected(SandiqError):
    """An exchange bundle was refused; nothing was applied."""


class Cancelled(SandiqError):
    """The user cancelled a long operation; nothing was applied."""
