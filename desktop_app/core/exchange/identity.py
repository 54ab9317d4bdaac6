"""Exchange keys: this vault's identity (private) and a colleague's contact keys (public).

An identity is two key pairs: X25519 to receive bundles (as an age recipient) and Ed25519 to
sign them. Both public keys together are named by one digest; its hex form is the key id used
inside bundles, and ``format_fingerprint`` turns it into digits people can read to each other.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from pyrage import x25519

from desktop_app.core.exchange import bech32

KEY_BYTES = 32
AGE_RECIPIENT_PREFIX = "age"
AGE_IDENTITY_PREFIX = "age-secret-key-"
# The same digest names the vault in its records and audit log (core.identity.fingerprint_of),
# so a bundle's sender and recipients are the identities the vault already knows.
_KEY_DIGEST_CONTEXT = b"sandiq-identity-v1\x00"
FINGERPRINT_GROUPS = 8
_RAW = serialization.Encoding.Raw


def key_digest(x25519_public: bytes, ed25519_public: bytes) -> bytes:
    """SHA-256 naming a pair of public keys; the key id and the fingerprint come from it."""
    return hashlib.sha256(_KEY_DIGEST_CONTEXT + ed25519_public + x25519_public).digest()


def format_fingerprint(digest: bytes) -> str:
    """Eight groups of five digits (about 133 bits) to compare by voice, as Signal does."""
    if len(digest) < 4 * FINGERPRINT_GROUPS:
        raise ValueError("digest too short for a fingerprint")
    # Each group is a 32-bit slice mod 100000; the bias (under 1 in 40000) does not matter.
    groups = (
        int.from_bytes(digest[4 * i : 4 * i + 4], "big") % 100_000
        for i in range(FINGERPRINT_GROUPS)
    )
    return " ".join(f"{group:05d}" for group in groups)


def age_recipient_to_bytes(text: str) -> bytes:
    """The raw X25519 public key in an ``age1...`` string; ValueError if it is not one."""
    if text != text.lower():
        raise ValueError("an age recipient is lower case")
    prefix, data = bech32.decode(text)
    if prefix != AGE_RECIPIENT_PREFIX or len(data) != KEY_BYTES:
        raise ValueError("not an age X25519 recipient")
    return data


@dataclass(frozen=True)
class ContactKeys:
    """A colleague's public keys; two contacts are the same when their keys are."""

    x25519_public: bytes
    ed25519_public: bytes
    display_name: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if len(self.x25519_public) != KEY_BYTES or len(self.ed25519_public) != KEY_BYTES:
            raise ValueError("public keys are 32 bytes each")

    @cached_property
    def digest(self) -> bytes:
        """The key digest (see ``key_digest``)."""
        return key_digest(self.x25519_public, self.ed25519_public)

    @property
    def key_id(self) -> str:
        """Lower-case hex of the key digest, as bundles name their recipients."""
        return self.digest.hex()

    @property
    def fingerprint(self) -> str:
        """The digits a person reads out to confirm these keys."""
        return format_fingerprint(self.digest)

    @property
    def age_recipient(self) -> str:
        """The X25519 key as an ``age1...`` string."""
        return bech32.encode(AGE_RECIPIENT_PREFIX, self.x25519_public)

    def age_recipient_key(self) -> x25519.Recipient:
        """The X25519 key as pyrage wants it."""
        return x25519.Recipient.from_str(self.age_recipient)

    def has_signed(self, message: bytes, signature: bytes) -> bool:
        """Whether signature is this contact's Ed25519 signature of message."""
        try:
            Ed25519PublicKey.from_public_bytes(self.ed25519_public).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


@dataclass(frozen=True, repr=False)
class BundleIdentity:
    """This vault's private exchange keys. repr() never shows them."""

    x25519_private: bytes
    ed25519_private: bytes

    def __post_init__(self) -> None:
        if len(self.x25519_private) != KEY_BYTES or len(self.ed25519_private) != KEY_BYTES:
            raise ValueError("private keys are 32 bytes each")

    def __repr__(self) -> str:
        return f"BundleIdentity(key_id={self.public.key_id[:16]}...)"

    @classmethod
    def generate(cls) -> BundleIdentity:
        """A new identity from the operating system's random source."""
        return cls(
            x25519_private=X25519PrivateKey.generate().private_bytes_raw(),
            ed25519_private=Ed25519PrivateKey.generate().private_bytes_raw(),
        )

    @cached_property
    def public(self) -> ContactKeys:
        """The public half, as a contact sees it."""
        x_public = X25519PrivateKey.from_private_bytes(self.x25519_private).public_key()
        ed_public = Ed25519PrivateKey.from_private_bytes(self.ed25519_private).public_key()
        return ContactKeys(
            x25519_public=x_public.public_bytes(_RAW, serialization.PublicFormat.Raw),
            ed25519_public=ed_public.public_bytes(_RAW, serialization.PublicFormat.Raw),
        )

    @property
    def key_id(self) -> str:
        """The key id of the public half."""
        return self.public.key_id

    @property
    def fingerprint(self) -> str:
        """The fingerprint of the public half."""
        return self.public.fingerprint

    def sign(self, message: bytes) -> bytes:
        """Ed25519 signature of message (64 bytes)."""
        return Ed25519PrivateKey.from_private_bytes(self.ed25519_private).sign(message)

    def age_identity(self) -> x25519.Identity:
        """The X25519 key as a pyrage identity, to decrypt bundles addressed to us."""
        text = bech32.encode(AGE_IDENTITY_PREFIX, self.x25519_private).upper()
        return x25519.Identity.from_str(text)
