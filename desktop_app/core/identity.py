"""This vault's identity: the key pairs it receives and signs bundles with.

The fingerprint is what other vaults and the audit log know this vault by; it is derived from
the public keys only, so a colleague can compute and compare it from a contact file.
"""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.exchange_state import Identity
from desktop_app.core.dates import utc_now

_RAW = serialization.Encoding.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw


def fingerprint_of(ed25519_public: bytes, x25519_public: bytes) -> str:
    """The identity fingerprint (64 hex digits) of a pair of public keys."""
    return hashlib.sha256(b"sandiq-identity-v1\x00" + ed25519_public + x25519_public).hexdigest()


def create_identity(session: Session, display_name: str = "") -> Identity:
    """Generate this vault's key pairs and store them inside the vault."""
    signing = Ed25519PrivateKey.generate()
    receiving = X25519PrivateKey.generate()
    identity = Identity(
        id=1,
        display_name=display_name,
        fingerprint=fingerprint_of(
            signing.public_key().public_bytes(_RAW, _RAW_PUBLIC),
            receiving.public_key().public_bytes(_RAW, _RAW_PUBLIC),
        ),
        x25519_private=receiving.private_bytes(_RAW, _RAW_PRIVATE, serialization.NoEncryption()),
        ed25519_private=signing.private_bytes(_RAW, _RAW_PRIVATE, serialization.NoEncryption()),
        created_at=utc_now(),
    )
    session.add(identity)
    return identity


def load_identity(session: Session) -> Identity:
    """This vault's identity row."""
    identity = session.scalar(select(Identity).where(Identity.id == 1))
    assert identity is not None, "every vault gets an identity at creation"
    return identity
