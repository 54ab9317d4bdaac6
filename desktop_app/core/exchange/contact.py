"""Contact files: the public half of an identity, to hand to a colleague.

A contact file is a small JSON object (at most 4 KiB). It carries no secret and needs no
signature: what makes it trustworthy is comparing its fingerprint by voice or in person, and
the fingerprint covers both keys and nothing else.
"""

from __future__ import annotations

import json
import unicodedata

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from desktop_app.core.errors import ContactFileRejected, InvalidInput
from desktop_app.core.exchange.identity import BundleIdentity, ContactKeys, age_recipient_to_bytes
from desktop_app.core.strict_json import loads_strict

CONTACT_FORMAT = "sandiq-contact"
CONTACT_VERSION = 1
MAX_CONTACT_BYTES = 4096
MAX_DISPLAY_NAME_CHARS = 100
_KEYS = {"ed25519", "format", "name", "version", "x25519"}
_HEX_DIGITS = set("0123456789abcdef")
_BOM = b"\xef\xbb\xbf"  # Notepad starts a UTF-8 file with it
# The Ed25519 encodings of the points of small order (1, 2, 4 and 8), compared with the sign
# bit (bit 255) cleared: the blocklist of libsodium's ge25519_has_small_order, copied from
# src/libsodium/crypto_core/ed25519/ref10/ed25519_ref10.c (libsodium refuses them in
# crypto_core_ed25519_is_valid_point and in signature checks). A signature made with no
# private key at all verifies against such a key for many messages. `cryptography` loads
# any 32 bytes as a key, so the check is ours: a comparison of bytes, no curve arithmetic.
_SMALL_ORDER_ED25519 = frozenset(
    bytes.fromhex(encoding)
    for encoding in (
        "0000000000000000000000000000000000000000000000000000000000000000",  # 0, order 4
        "0100000000000000000000000000000000000000000000000000000000000000",  # 1, order 1
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",  # order 8
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",  # order 8
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  # p-1, order 2
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  # p (0), order 4
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  # p+1 (1), order 1
    )
)
_ED25519_P = 2**255 - 19  # an encoded y of p or more is no point (RFC 8032, 5.1.3, step 1)


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
        contact = loads_strict(data.removeprefix(_BOM))
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
    signing_key = bytes.fromhex(ed25519)
    if not is_usable_ed25519_key(signing_key):
        raise ContactFileRejected(
            "The contact's signing key is not a valid Ed25519 public key.", "damaged"
        )
    if not is_usable_x25519_key(x25519):
        raise ContactFileRejected(
            "The contact's encryption key is not a valid X25519 public key.", "damaged"
        )
    return ContactKeys(x25519_public=x25519, ed25519_public=signing_key, display_name=name)


def is_usable_ed25519_key(key: bytes) -> bool:
    """False for bytes that are no Ed25519 public key (`cryptography` cannot load them, or
    their y is not below p) or the key of a point of small order, which anyone can sign for.

    Not checked: that y has a point on the curve at all (that needs curve arithmetic, which
    `cryptography` does not offer; a signature check against such a key always fails)."""
    try:
        Ed25519PublicKey.from_public_bytes(key)
    except ValueError:
        return False
    y = key[:31] + bytes([key[31] & 0x7F])
    return int.from_bytes(y, "little") < _ED25519_P and y not in _SMALL_ORDER_ED25519


def is_usable_x25519_key(key: bytes) -> bool:
    """False for bytes `cryptography` cannot load as an X25519 public key, and for the
    all-zero key: every shared secret with it is zero, so it protects nothing (RFC 7748, 6.1)."""
    try:
        X25519PublicKey.from_public_bytes(key)
    except ValueError:
        return False
    return any(key)
