"""Write this format version's bundle test vectors in this directory (run from the repository
root).

    .venv/bin/python tests/vectors/bundle/generate.py

It writes the ``v2-*`` files and their entries in vectors.json; the other versions' files and
entries stay as their own version's writer made them (``v1-*``: this script before version 2),
so that readers keep being tested on bytes no writer of today makes. Keys, ids and times are
fixed and Ed25519 signatures are deterministic, so every payload is the same on each run; only
age's random file key makes the .sandiq bytes differ. Run it only when the format version
changes, and say so in docs/bundle-format.md.
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
from desktop_app.core.exchange.format import (
    CURRENT,
    LENGTH_BYTES,
    MAGIC_BYTES,
    SIGNATURE_BYTES,
    VERSION_1,
    FormatVersion,
    SentBefore,
)
from desktop_app.core.strict_json import canonical_json

HERE = Path(__file__).parent
PREFIX = f"v{CURRENT.number}-"


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
# Alice wrote Bob three bundles before this one, the latest number 40 (41 went to others).
SENT_BEFORE = (SentBefore(BOB.key_id, 3, 40),)
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
        sent_before=SENT_BEFORE, bundle_id=BUNDLE_ID, created_at=CREATED_AT,
    )  # fmt: skip
    return out.getvalue()


def crafted(payload: bytes, *to: BundleIdentity) -> bytes:
    return pyrage.encrypt(payload, [r.public.age_recipient_key() for r in to])


def _manifest_end(payload: bytes) -> int:
    start = MAGIC_BYTES + LENGTH_BYTES
    return start + int.from_bytes(payload[MAGIC_BYTES:start], "big")


def resigned(
    payload: bytes,
    signer: BundleIdentity,
    version: FormatVersion = CURRENT,
    *,
    drop: str = "",
    **changes: Any,
) -> bytes:
    """payload with its manifest changed (the member drop left out) and signed again by signer
    as version says (its magic and signature context)."""
    end = _manifest_end(payload)
    manifest = json.loads(payload[MAGIC_BYTES + LENGTH_BYTES : end]) | changes
    manifest.pop(drop, None)
    encoded = canonical_json(manifest)
    header = version.magic + len(encoded).to_bytes(LENGTH_BYTES, "big") + encoded
    return header + signer.sign(version.signed_message(header)) + payload[end + SIGNATURE_BYTES :]


def _malformed(what: str) -> str:
    return f"This bundle's manifest is malformed: {what}."


def _exact_keys(*extra: str) -> str:
    keys = ["attachments", "bundle_id", "created_at", "recipients", "records", "sender"]
    keys = sorted([*keys, "sequence", *extra])
    return _malformed(f"the manifest must be an object with exactly the keys {', '.join(keys)}")


_NOTHING_BEFORE = {"bundles": 0, "latest": 0}


def rejected_vectors(payload: bytes) -> dict[str, tuple[bytes, str]]:
    """This version's refused files, made from payload (a valid one), and their messages."""
    end = _manifest_end(payload)
    flipped = bytearray(payload)
    flipped[end + 5] ^= 1  # inside the signature
    mallory = {
        "ed25519": MALLORY.public.ed25519_public.hex(),
        "x25519": MALLORY.public.age_recipient,
    }
    header = payload[:end]
    to_carol = {"recipients": [CAROL.key_id], "sent_before": {CAROL.key_id: _NOTHING_BEFORE}}
    impossible = {BOB.key_id: {"bundles": 1, "latest": SEQUENCE}}  # latest must be below it
    return {
        "bad-signature": (crafted(bytes(flipped), BOB), messages.BAD_SIGNATURE),
        "forwarded": (crafted(resigned(payload, ALICE, **to_carol), BOB), messages.FORWARDED),
        "unknown-sender": (
            crafted(resigned(payload, MALLORY, sender=mallory), BOB),
            messages.UNKNOWN_SENDER.format(MALLORY.fingerprint),
        ),
        # Version 2 requires sent_before, version 1 forbids it: never both shapes for one magic.
        "without-sent-before": (
            crafted(resigned(payload, ALICE, drop="sent_before"), BOB),
            _exact_keys("sent_before"),
        ),
        "manifest-under-v1-magic": (
            crafted(resigned(payload, ALICE, VERSION_1), BOB),
            _exact_keys(),
        ),
        "impossible-sent-before": (
            crafted(resigned(payload, ALICE, sent_before=impossible), BOB),
            _malformed(
                "sent_before must give, for each recipient, 0 bundles and latest 0, or n bundles "
                "and a latest from n to the sequence minus 1"
            ),
        ),
        # A version 2 header signed as version 1 would sign it: the contexts keep them apart.
        "signed-in-v1-context": (
            crafted(
                header + ALICE.sign(VERSION_1.signed_message(header)) + payload[end + 64 :], BOB
            ),
            messages.BAD_SIGNATURE,
        ),
        "future-version": (
            crafted(b"sandiq-bundle/v3\n" + payload[MAGIC_BYTES:], BOB),
            messages.NEWER_VERSION,
        ),
    }


def main() -> None:
    basic = bundle(sources())
    accepted = pyrage.decrypt(basic, [BOB.age_identity()])
    # The refused vectors start from a smaller bundle (the statement only) to stay small.
    payload = pyrage.decrypt(bundle(sources()[:1]), [BOB.age_identity()])
    rejected = {
        f"{PREFIX}{name}.sandiq": vector for name, vector in rejected_vectors(payload).items()
    }
    (HERE / f"{PREFIX}basic.sandiq").write_bytes(basic)
    for name, (data, _) in rejected.items():
        (HERE / name).write_bytes(data)
    (HERE / "alice.contact").write_bytes(export_contact(ALICE, "Alice"))
    end = _manifest_end(accepted)
    this_version = {
        "accepted": [
            {
                "file": f"{PREFIX}basic.sandiq",
                "version": CURRENT.number,
                "recipient": "bob",
                "sender": "alice",
                "payload_sha256": hashlib.sha256(accepted).hexdigest(),
                "payload_size": len(accepted),
                "manifest": json.loads(accepted[MAGIC_BYTES + LENGTH_BYTES : end]),
                "records": RECORDS,
            }
        ],
        "rejected": [
            {"file": name, "recipient": "bob", "known_contacts": ["alice"], "message": message}
            for name, (_, message) in rejected.items()
        ],
    }
    path = HERE / "vectors.json"
    description = json.loads(path.read_text(encoding="utf-8"))
    description["keys"] = {
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
    }
    for kind in ("accepted", "rejected"):
        kept = [v for v in description[kind] if not v["file"].startswith(PREFIX)]
        description[kind] = kept + this_version[kind]
    text = json.dumps(description, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    path.write_text(text, encoding="utf-8")
    print(f"wrote {len(rejected) + 3} files to {HERE}", file=sys.stderr)


if __name__ == "__main__":
    main()
