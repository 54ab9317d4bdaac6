"""Exchange with colleagues by encrypted, signed bundle files (no network, no Qt).

The spec is ``docs/bundle-format.md``. Two layers:

- the container, exported here: ``write_bundle`` / ``open_bundle`` (``writer``, ``reader``,
  ``payload``, ``open_refusals``, ``format``, ``staging``, ``verified``), keys and contact
  files (``identity``, ``contact``);
- the vault on top of it, imported by module: ``contacts`` (this vault's identity, its
  contacts), ``selection`` and ``export`` (``sandiq bundle export``), ``sync_records`` (the
  records part), ``incoming_records`` (checking them), ``merge``, ``apply`` and ``importer``
  (``sandiq bundle import``), ``clock`` (version vectors), ``conflicts`` and ``merged_away`` (a
  person merged on one side, edited on the other).

This package's import stays free of the vault layer, so ``records`` and ``vault`` may import
from it without a cycle.
"""

from desktop_app.core.exchange.contact import export_contact, parse_contact
from desktop_app.core.exchange.format import (
    AttachmentEntry,
    BundleInfo,
    attachment_name_problem,
)
from desktop_app.core.exchange.identity import BundleIdentity, ContactKeys, format_fingerprint
from desktop_app.core.exchange.reader import AttachmentStore, open_bundle
from desktop_app.core.exchange.verified import VerifiedBundle
from desktop_app.core.exchange.writer import AttachmentSource, write_bundle

__all__ = [
    "AttachmentEntry",
    "AttachmentSource",
    "AttachmentStore",
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
