"""Exchange with colleagues by encrypted, signed bundle files (no network, no Qt).

``write_bundle`` and ``open_bundle`` are the container; the spec is ``docs/bundle-format.md``.
Contacts, sequence numbers and merging records into the vault build on top of them.
"""

from desktop_app.core.exchange.contact import export_contact, parse_contact
from desktop_app.core.exchange.format import (
    AttachmentEntry,
    BundleInfo,
    attachment_name_problem,
)
from desktop_app.core.exchange.identity import BundleIdentity, ContactKeys, format_fingerprint
from desktop_app.core.exchange.reader import open_bundle
from desktop_app.core.exchange.verified import AttachmentStream, VerifiedBundle
from desktop_app.core.exchange.writer import AttachmentSource, write_bundle

__all__ = [
    "AttachmentEntry",
    "AttachmentSource",
    "AttachmentStream",
    "BundleIdentity",
    "BundleInfo",
    "ContactKeys",
    "VerifiedBundle",
    "attachment_name_problem",
    "export_contact",
    "format_fingerprint",
    "open_bundle",
    "parse_contact",
    "write_bundle",
]
