"""Bundles of each format version for the tests: the writer of today makes only the current
version, while readers still read version 1, so version 1 payloads are made here from current
ones (the same bytes the version 1 writer made: Ed25519 is deterministic)."""

from __future__ import annotations

from dataclasses import replace

from desktop_app.core.exchange import BundleIdentity, ContactKeys
from desktop_app.core.exchange.format import (
    CURRENT,
    LENGTH_BYTES,
    MAGIC_BYTES,
    SIGNATURE_BYTES,
    VERSION_1,
    SentBefore,
    encode_manifest,
    parse_manifest,
)


def nothing_before(*recipients: ContactKeys) -> tuple[SentBefore, ...]:
    """sent_before for a bundle that is the sender's first to each of recipients."""
    return tuple(SentBefore(recipient.key_id, 0, 0) for recipient in recipients)


def as_version_1(payload: bytes, signer: BundleIdentity) -> bytes:
    """payload, of the current version, as version 1 carried it: its manifest without
    sent_before, under version 1's magic, signed again by signer in version 1's context."""
    assert payload.startswith(CURRENT.magic)
    end = MAGIC_BYTES + LENGTH_BYTES + int.from_bytes(payload[MAGIC_BYTES : MAGIC_BYTES + 4], "big")
    info = parse_manifest(payload[MAGIC_BYTES + LENGTH_BYTES : end], CURRENT)
    manifest = encode_manifest(replace(info, sent_before=None))
    header = VERSION_1.magic + len(manifest).to_bytes(LENGTH_BYTES, "big") + manifest
    signature = signer.sign(VERSION_1.signed_message(header))
    return header + signature + payload[end + SIGNATURE_BYTES :]
