"""Contact files: the public half of an identity, to hand to a colleague.

A contact file is a small JSON object (at most 4 KiB). It carries no secret and needs no
signature: what makes it trustworthy is comparing its fingerprint by voice or in person, and
the fingerprint covers both keys and nothing else.
"""

from __future__ import annotations

import json
import unicodedata

from desktop_app.core.errors import ContactFileRejected, InvalidInput
from desktop_app.core.exchange.format import loads_strict
from desktop_app.core.exchange.identity import BundleIdentity, ContactKeys, age_recipient_to_bytes

CONTACT_FORMAT = "sandiq-contact"
CONTACT_VERSION = 1
MAX_CONTACT_BYTES = 4096
MAX_DISPLAY_NAME_CHARS = 100
_KEYS = {"ed25519", "format", "name", "version", "x25519"}
_HEX_DIGITS = set("0123456789abcdef")


def display_name_problem(name: str) -> str | None:
    """Why name cannot be shown as a contact's name, or None if it can."""
    if not 1 <= len(name) <= MAX_DISPLAY_NAME_CHARS:
        return f"must be 1 to {MAX_DISPLAY_NAME_CHARS} characters"
    if name != name.strip():
        return "must not start or end with white space"
    # Control and format characters (bidi overrides, zero-width) can make one name look
    # like another.
    if any(unicodedata.category(c) in {"Cc", "Cf", "Cs", "Zl", "Zp"} for c in name):
        return "must not contain control characters"
    return None


def export_contact(identity: BundleIdentity, display_name: str) -> bytes:
    """The contact file for identity under display_name (UTF-8 JSON, one line per key)."""
    problem = display_name_problem(display_name)
    if problem:
        raise InvalidInput(f"The display name {problem}.")
    public = identity.public
    contact = {
        "ed25519": public.ed25519_public.hex(),
        "format": CONTACT_FORMAT,
        "name": display_name,
        "version": CONTACT_VERSION,
        "x25519": public.age_recipient,
    }
    text = json.dumps(contact, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    return text.encode("utf-8")


def parse_contact(data: bytes) -> ContactKeys:
    """The keys and display name in a contact file, or ContactFileRejected saying what is
    wrong."""
    if len(data) > MAX_CONTACT_BYTES:
        raise ContactFileRejected(
            "This is not a Sandiq contact file (it is too large).", "not_contact"
        )
    try:
        contact = loads_strict(data)
    except ValueError:
        raise ContactFileRejected(
            "This is not a Sandiq contact file (it is not valid JSON).", "not_contact"
        ) from None
    if not isinstance(contact, dict) or contact.get("format") != CONTACT_FORMAT:
        raise ContactFileRejected("This is not a Sandiq contact file.", "not_contact")
    if contact.get("version") != CONTACT_VERSION or isinstance(contact.get("version"), bool):
        raise ContactFileRejected(
            "This contact file was made by a newer version of Sandiq.", "newer_version"
        )
    if set(contact) != _KEYS:
        raise ContactFileRejected(
            f"A contact file has exactly the keys {', '.join(sorted(_KEYS))}.", "damaged"
        )
    name = contact["name"]
    problem = display_name_problem(name) if isinstance(name, str) else "must be text"
    if problem:
        raise ContactFileRejected(f"The contact's display name {problem}.", "damaged")
    ed25519 = contact["ed25519"]
    if not isinstance(ed25519, str) or len(ed25519) != 64 or not set(ed25519) <= _HEX_DIGITS:
        raise ContactFileRejected(
            "The contact's signing key must be 64 lower-case hex digits.", "damaged"
        )
    try:
        x25519 = age_recipient_to_bytes(contact["x25519"])
    except (ValueError, TypeError, AttributeError):
        raise ContactFileRejected(
            "The contact's encryption key must be an age1... recipient.", "damaged"
        ) from None
    return ContactKeys(
        x25519_public=x25519, ed25519_public=bytes.fromhex(ed25519), display_name=name
    )
