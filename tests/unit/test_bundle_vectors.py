"""The committed bundle test vectors (tests/vectors/bundle, see generate.py there).

They pin the format: a future change that would stop bundles of any version read today from
opening, or make the writer produce different payload bytes than the current version's vector,
fails here.
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
from desktop_app.core.exchange.format import CURRENT, VERSIONS, SentBefore
from tests.unit.bundle_stores import MemoryStore

VECTORS = Path(__file__).parents[1] / "vectors" / "bundle"
SPEC = json.loads((VECTORS / "vectors.json").read_text(encoding="utf-8"))
KEYS = {
    name: BundleIdentity(bytes.fromhex(k["x25519_private"]), bytes.fromhex(k["ed25519_private"]))
    for name, k in SPEC["keys"].items()
}
ACCEPTED: list[dict[str, Any]] = SPEC["accepted"]
# The vector the writer of today must reproduce byte for byte; the others are read only.
(WRITTEN_TODAY,) = [vector for vector in ACCEPTED if vector["version"] == CURRENT.number]


def test_there_is_an_accepted_vector_for_every_version_read() -> None:
    versions = sorted(vector["version"] for vector in ACCEPTED)
    assert versions == sorted(version.number for version in VERSIONS.values())


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


@pytest.mark.parametrize("vector", ACCEPTED, ids=lambda v: v["file"])
def test_accepted_vector_opens_with_the_expected_content(tmp_path: Path, vector: dict) -> None:
    manifest = vector["manifest"]
    path = VECTORS / vector["file"]
    me, sender = KEYS[vector["recipient"]], KEYS[vector["sender"]]
    store = MemoryStore()
    with open_bundle(path, me, [sender.public], staging_dir=tmp_path, store=store) as bundle:
        assert str(bundle.info.bundle_id) == manifest["bundle_id"]
        assert bundle.info.sequence == manifest["sequence"]
        assert bundle.info.created_at.strftime("%Y-%m-%dT%H:%M:%SZ") == manifest["created_at"]
        assert list(bundle.info.recipients) == manifest["recipients"]
        assert bundle.info.sent_before == _sent_before(manifest)
        assert bundle.read_records() == vector["records"]
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


def _sent_before(manifest: dict[str, Any]) -> tuple[SentBefore, ...] | None:
    """What the manifest says was sent before to each recipient, as the reader gives it."""
    if "sent_before" not in manifest:
        return None
    return tuple(
        SentBefore(key, s["bundles"], s["latest"]) for key, s in manifest["sent_before"].items()
    )


def _plaintext(path: Path, recipient: str) -> bytes:
    return pyrage.decrypt(path.read_bytes(), [KEYS[recipient].age_identity()])


@pytest.mark.parametrize("vector", ACCEPTED, ids=lambda v: v["file"])
def test_accepted_vector_payload_is_the_committed_one_of_its_version(vector: dict) -> None:
    committed = _plaintext(VECTORS / vector["file"], vector["recipient"])
    assert hashlib.sha256(committed).hexdigest() == vector["payload_sha256"]
    assert [v.number for m, v in VERSIONS.items() if committed.startswith(m)] == [vector["version"]]


def test_current_vector_payload_is_exactly_what_the_writer_makes_today() -> None:
    vector = WRITTEN_TODAY
    committed = _plaintext(VECTORS / vector["file"], vector["recipient"])
    # Rebuild it from the vector's inputs: Ed25519 is deterministic, so the bytes must agree.
    store = MemoryStore()
    path, me, contacts = VECTORS / vector["file"], KEYS["bob"], [KEYS["alice"].public]
    with open_bundle(path, me, contacts, store=store) as bundle:
        records = bundle.read_records()
    attachment_bytes = {str(uid): data for uid, data in store.files.items()}
    sources = [
        AttachmentSource(
            uuid.UUID(e["id"]), e["name"], e["size"], bytes.fromhex(e["sha256"]),
            lambda d=attachment_bytes[e["id"]]: io.BytesIO(d),
        )
        for e in vector["manifest"]["attachments"]
    ]  # fmt: skip
    out = io.BytesIO()
    manifest = vector["manifest"]
    write_bundle(
        out, KEYS["alice"], [KEYS["bob"].public], manifest["sequence"], records, sources,
        sent_before=_sent_before(manifest) or (),
        bundle_id=uuid.UUID(manifest["bundle_id"]),
        created_at=datetime.fromisoformat(manifest["created_at"].replace("Z", "+00:00")),
    )  # fmt: skip
    assert pyrage.decrypt(out.getvalue(), [KEYS["bob"].age_identity()]) == committed


@pytest.mark.parametrize("vector", ACCEPTED, ids=lambda v: v["file"])
def test_accepted_vector_decrypts_with_the_reference_age_tool(tmp_path: Path, vector: dict) -> None:
    if shutil.which("age") is None:
        pytest.skip("the reference age tool is not installed (Debian package: age)")
    key = tmp_path / "bob.key"
    key.write_text(SPEC["keys"]["bob"]["age_identity"] + "\n")
    result = subprocess.run(
        ["age", "--decrypt", "-i", str(key), str(VECTORS / vector["file"])],
        capture_output=True,
        check=True,
    )
    assert hashlib.sha256(result.stdout).hexdigest() == vector["payload_sha256"]


@pytest.mark.parametrize("vector", SPEC["rejected"], ids=lambda v: v["file"])
def test_rejected_vector_is_refused_with_its_reason(tmp_path: Path, vector: dict) -> None:
    contacts = [KEYS[name].public for name in vector["known_contacts"]]
    with pytest.raises(BundleRejected) as rejection:
        open_bundle(
            VECTORS / vector["file"], KEYS[vector["recipient"]], contacts, staging_dir=tmp_path
        )
    assert str(rejection.value) == vector["message"]
    assert list(tmp_path.iterdir()) == []
