"""Write the bundle test vectors in this directory (run from the repository root).

    .venv/bin/python tests/vectors/bundle/generate.py

Keys, ids and times are fixed and Ed25519 signatures are deterministic, so every payload is the
same on each run; only age's random file key makes the .sandiq bytes differ. Regenerate only
when the format version changes, and say so in docs/bundle-format.md.
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyrage

from desktop_app.core.exchange import AttachmentSource, BundleIdentity, export_contact, write_bundle
from desktop_app.core.exchange import open_refusals as messages
from desktop_app.core.exchange.format import LENGTH_BYTES, MAGIC, canonical_json, signed_message

HERE = Path(__file__).parent


def _key(label: str) -> bytes:
    return hashlib.sha256(f"sandiq bundle test vector {label}".encode()).digest()


KEYS = {
    name: BundleIdentity(_key(f"{name} x25519"), _key(f"{name} ed25519"))
    for name in ("alice", "bob", "carol", "mallory")
}
ALICE, BOB, CAROL, MALLORY = (KEYS[n] for n in ("alice", "bob", "carol", "mallory"))
BUNDLE_ID = uuid.UUID("5b1e8a4e-3c0d-4f7a-9e2b-6d8c1a0f4e37")
CREATED_AT = datetime(2025, 3, 14, 9, 26, 53, tzinfo=UTC)
SEQUENCE = 42
RECORDS: dict[str, Any] = {
    "format": "sandiq-interchange",
    "cases": [{"reference": "KG-2010-0007", "title": "Задержание в Андижане / Andijan detention"}],
}
STATEMENT = "Witness A: «Мы ждали до утра.» Oʻzbekcha: gʻalaba.\n".encode()
RECORDING = bytes(i % 251 for i in range(66_000))  # crosses age's 64 KiB chunk boundary
ATTACHMENTS = [
    (uuid.UUID("8f14e45f-ceea-467a-9575-4b0f0e1e7f6c"), "statement.txt", STATEMENT),
    (uuid.UUID("c9f0f895-fb98-4b91-8a3e-5f3a8b8c1d2e"), "запись-01.ogg", RECORDING),
]


def sources() -> list[AttachmentSource]:
    """The vector's attachments as the writer takes them."""
    return [
        AttachmentSource(i, name, len(d), hashlib.sha256(d).digest(), lambda d=d: io.BytesIO(d))
        for i, name, d in ATTACHMENTS
    ]


def bundle(attachments: list[AttachmentSource]) -> bytes:
    out = io.BytesIO()
    write_bundle(
        out, ALICE, [BOB.public], SEQUENCE, RECORDS, attachments,
        bundle_id=BUNDLE_ID, created_at=CREATED_AT,
    )  # fmt: skip
    return out.getvalue()


def crafted(payload: bytes, *to: BundleIdentity) -> bytes:
    return pyrage.encrypt(payload, [r.public.age_recipient_key() for r in to])


def resigned(payload: bytes, signer: BundleIdentity, **changes: Any) -> bytes:
    """payload with its manifest changed and signed again by signer."""
    length = int.from_bytes(payload[len(MAGIC) : len(MAGIC) + LENGTH_BYTES], "big")
    start = len(MAGIC) + LENGTH_BYTES
    manifest = json.loads(payload[start : start + length]) | changes
    encoded = canonical_json(manifest)
    header = MAGIC + len(encoded).to_bytes(LENGTH_BYTES, "big") + encoded
    return header + signer.sign(signed_message(header)) + payload[start + length + 64 :]


def main() -> None:
    basic = bundle(sources())
    accepted = pyrage.decrypt(basic, [BOB.age_identity()])
    # The refused vectors start from a smaller bundle (the statement only) to stay small.
    payload = pyrage.decrypt(bundle(sources()[:1]), [BOB.age_identity()])
    header_end = len(MAGIC) + LENGTH_BYTES + int.from_bytes(payload[17:21], "big")
    flipped = bytearray(payload)
    flipped[header_end + 5] ^= 1  # inside the signature
    mallory_payload = resigned(payload, MALLORY, sender={
        "ed25519": MALLORY.public.ed25519_public.hex(), "x25519": MALLORY.public.age_recipient,
    })  # fmt: skip
    evil_entry = dict(json.loads(payload[21:header_end])["attachments"][0], name="../../.bashrc")
    rejected = {
        "v1-not-for-bob.sandiq": (crafted(payload, CAROL), messages.NOT_FOR_ME),
        "v1-bad-signature.sandiq": (crafted(bytes(flipped), BOB), messages.BAD_SIGNATURE),
        "v1-forwarded.sandiq": (
            crafted(resigned(payload, ALICE, recipients=[CAROL.key_id]), BOB),
            messages.FORWARDED,
        ),
        "v1-unknown-sender.sandiq": (
            crafted(mallory_payload, BOB),
            messages.UNKNOWN_SENDER.format(MALLORY.fingerprint),
        ),
        "v1-path-in-name.sandiq": (
            crafted(resigned(payload, ALICE, attachments=[evil_entry]), BOB),
            "This bundle's manifest is malformed: an attachment name must not contain"
            " slashes or control characters.",
        ),
        "v1-attachment-mismatch.sandiq": (
            crafted(payload[:-1] + bytes([payload[-1] ^ 1]), BOB),
            messages.ATTACHMENT_MISMATCH.format(ATTACHMENTS[0][0]),
        ),
        "v1-absurd-length.sandiq": (
            crafted(MAGIC + (2**32 - 1).to_bytes(4, "big") + payload[21:], BOB),
            messages.ABSURD_LENGTH,
        ),
        "v1-extra-data.sandiq": (crafted(payload + b"\0", BOB), messages.EXTRA_DATA),
    }
    (HERE / "v1-basic.sandiq").write_bytes(basic)
    for name, (data, _) in rejected.items():
        (HERE / name).write_bytes(data)
    (HERE / "alice.contact").write_bytes(export_contact(ALICE, "Alice"))
    description = {
        "keys": {
            name: {
                "x25519_private": key.x25519_private.hex(),
                "ed25519_private": key.ed25519_private.hex(),
                "age_identity": str(key.age_identity()),
                "age_recipient": key.public.age_recipient,
                "ed25519_public": key.public.ed25519_public.hex(),
                "key_id": key.key_id,
                "fingerprint": key.fingerprint,
            }
            for name, key in KEYS.items()
        },
        "accepted": {
            "file": "v1-basic.sandiq",
            "recipient": "bob",
            "sender": "alice",
            "payload_sha256": hashlib.sha256(accepted).hexdigest(),
            "payload_size": len(accepted),
            "manifest": json.loads(accepted[21 : 21 + int.from_bytes(accepted[17:21], "big")]),
            "records": RECORDS,
        },
        "rejected": [
            {"file": name, "recipient": "bob", "known_contacts": ["alice"], "message": message}
            for name, (_, message) in rejected.items()
        ],
    }
    text = json.dumps(description, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    (HERE / "vectors.json").write_text(text, encoding="utf-8")
    print(f"wrote {len(rejected) + 3} files to {HERE}", file=sys.stderr)


if __name__ == "__main__":
    main()
