"""Why a bundle is refused as it is opened: one English sentence from a fixed set for each reason.

Both layers of the reader refuse with them: ``reader`` for the file and age's encryption,
``payload`` for what age decrypts. The GUI matches each sentence to show it translated
(``ui/refusals.py``) and the tests and test vectors expect them, so they live in one place
that neither layer owns. The two refusals that carry facts for the caller (who sent the bundle,
whom this vault's own bundle was for) are classes here too.
"""

from __future__ import annotations

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange.identity import ContactKeys

NOT_A_BUNDLE = "This file is not a Sandiq bundle, or its header is damaged."
HEADER_TOO_LARGE = "This file's encryption header is too large for a Sandiq bundle."
NOT_FOR_ME = "This bundle is not addressed to this vault, or its header was altered."
DAMAGED = "This bundle is damaged or incomplete: part of it failed its integrity check."
NEWER_VERSION = "This bundle was made by a newer version of Sandiq; update Sandiq to open it."
ABSURD_LENGTH = "This bundle declares an impossible manifest length."
BAD_SIGNATURE = "The sender's signature on this bundle is not valid."
FORWARDED = "This bundle was signed for other recipients, not for this vault."
UNKNOWN_SENDER = "This bundle comes from an unknown sender (fingerprint {}); add the contact first."
TOO_LARGE_FOR_FILE = "This bundle declares more content than the file holds."
RECORDS_MISMATCH = "The records in this bundle do not match its manifest."
ATTACHMENT_MISMATCH = "Attachment {} in this bundle does not match its recorded SHA-256."
ENDS_EARLY = "This bundle ends before all of its declared content."
EXTRA_DATA = "This bundle has unexpected data after its last attachment."
NO_SPACE = "Not enough free disk space to check this bundle (about {} MB needed)."
READ_FAILED = "Could not read the bundle file: {}."
STAGING_FAILED = "Could not keep the encrypted working copy of the bundle: {}."


class UnknownSender(BundleRejected):
    """The bundle is signed by keys that are no contact of ours; ``sender`` holds them."""

    def __init__(self, sender: ContactKeys) -> None:
        super().__init__(UNKNOWN_SENDER.format(sender.fingerprint))
        self.sender = sender


class OwnBundle(BundleRejected):
    """The bundle was written by this vault; ``recipients`` holds the key ids it is for."""

    def __init__(self, recipients: tuple[str, ...]) -> None:
        super().__init__("This bundle was made by this vault.")
        self.recipients = recipients


def staging_reason(exc: BaseException) -> str:
    """Why a StagingFailed failed, for STAGING_FAILED."""
    cause = exc.__cause__
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror
    return "the disk may be full or the file was removed"
