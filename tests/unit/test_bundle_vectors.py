"""The committed bundle test vectors (tests/vectors/bundle, see generate.py there).

They pin the format: a future change that would stop today's bundles from opening, or make
the writer produce different payload bytes, fails here.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

import pyrage
import pytest

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange import (
    AttachmentSource,
    BundleIdentity,
    export_contact,
    open_bundle,
    parse_contact,
    write_bundle,
)
from tests.unit.bundle_stores import MemoryStore

VECTORS = Path(__file__).parents[1] / "vectors" / "bundle"
SPEC = json.loads((VECTORS / "vectors.json").read_text(encoding="utf-8"))
KEYS = {
    name: BundleIdentity(bytes.fromhex(k["x25519_private"]), bytes.fromhex(k["ed25519_private"]))
    for name, k in SPEC["keys"].items()
}
ACCEPTED: dict[str, Any] = SPEC["accepted"]


@pytest.mark.parametrize("name", sorted(SPEC["keys"]))
def test_key_encodings_and_fingerprints_match_the_vectors(name: str) -> None:
    key, expected = KEYS[name], SPEC["keys"][name]
    assert str(key.age_identity()) == expected["age_identity"]
    assert key.public.age_recipient == expected["age_recipient"]
    assert key.public.ed25519_public.hex() == expected["ed25519_public"]
    assert key.key_id == expected["key_id"]
    assert key.fingerprint == expected["fingerprint"]


def test_contact_file_vector() -> None:
    data = (VECTORS / "alice.contact").read_bytes()
    assert parse_contact(data) == KEYS["alice"].public
    assert export_contact(KEYS["alice"], "Alice") == data


def test_accepted_vector_opens_with_the_expected_content(tmp_path: Path) -> None:
    manifest = ACCEPTED["manifest"]
    path = VECTORS / ACCEPTED["file"]
    me, sender = KEYS[ACCEPTED["recipient"]], KEYS[ACCEPTED["sender"]]
    store = MemoryStore()
    with open_bundle(path, me, [sender.public], staging_dir=tmp_path, store=store) as bundle:
        assert str(bundle.info.bundle_id) == manifest["bundle_id"]
        assert bundle.info.sequence == manifest["sequence"]
        assert bundle.info.created_at.strftime("%Y-%m-%dT%H:%M:%SZ") == manifest["created_at"]
        assert list(bundle.info.recipients) == manifest["recipients"]
        assert bundle.read_records() == ACCEPTED["records"]
    received = [
        {
            "id": str(e.id),
            "name": e.name,
            "sha256": hashlib.sha256(data := store.files[e.id]).hexdigest(),
            "size": len(data),
        }
        for e in store.entries
    ]
    assert received == manifest["attachments"]


def _plaintext(path: Path, recipient: str) -> bytes:
    return pyrage.decrypt(path.read_bytes(), [KEYS[recipient].age_identity()])


def test_accepted_vector_payload_is_exactly_what_the_writer_makes_today() -> None:
    committed = _plaintext(VECTORS / ACCEPTED["file"], ACCEPTED["recipient"])
    assert hashlib.sha256(committed).hexdigest() == ACCEPTED["payload_sha256"]
    # Rebuild it from the vector's inputs: Ed25519 is deterministic, so the bytes must agree.
    store = MemoryStore()
    path, me, contacts = VECTORS / ACCEPTED["file"], KEYS["bob"], [KEYS["alice"].public]
    with open_bundle(path, me, contacts, store=store) as bundle:
        records = bundle.read_records()
    attachment_bytes = {str(uid): data for uid, data in store.files.items()}
    sources = [
        AttachmentSource(
            uuid.UUID(e["id"]), e["name"], e["size"], bytes.fromhex(e["sha256"]),
            lambda d=attachment_bytes[e["id"]]: io.BytesIO(d),
        )
        for e in ACCEPTED["manifest"]["attachments"]
    ]  # fmt: skip
    out = io.BytesIO()
    manifest = ACCEPTED["manifest"]
    write_bundle(
        out, KEYS["alice"], [KEYS["bob"].public], manifest["sequence"], records, sources,
        bundle_id=uuid.UUID(manifest["bundle_id"]),
        created_at=datetime.fromisoformat(manifest["created_at"].replace("Z", "+00:00")),
    )  # fmt: skip
    assert pyrage.decrypt(out.getvalue(), [KEYS["bob"].age_identity()]) == committed


def test_accepted_vector_decrypts_with_the_reference_age_tool(tmp_path: Path) -> None:
    if shutil.which("age") is None:
        pytest.skip("the reference age tool is not installed (Debian package: age)")
    key = tmp_path / "bob.key"
    key.write_text(SPEC["keys"]["bob"]["age_identity"] + "\n")
    result = subprocess.run(
        ["age", "--decrypt", "-i", str(key), str(VECTORS / ACCEPTED["file"])],
        capture_output=True,
        check=True,
    )
    assert hashlib.sha256(result.stdout).hexdigest() == ACCEPTED["payload_sha256"]


@pytest.mark.parametrize("vector", SPEC["rejected"], ids=lambda v: v["file"])
def test_rejected_vector_is_refused_with_its_reason(tmp_path: Path, vector: dict) -> None:
    contacts = [KEYS[name].public for name in vector["known_contacts"]]
    with pytest.raises(BundleRejected) as rejection:
        open_bundle(
            VECTORS / vector["file"], KEYS[vector["recipient"]], contacts, staging_dir=tmp_path
        )
    assert str(rejection.value) == vector["message"]
    assert list(tmp_path.iterdir()) == []
