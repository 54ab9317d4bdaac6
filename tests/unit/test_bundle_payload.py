"""Hostile payloads: correctly encrypted to us, but crafted to break the reader.

Each test builds the plaintext payload by hand (as an attacker who knows the format would),
encrypts it with plain age, and checks the reader refuses it with the right one-line reason.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyrage
import pytest

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange import BundleIdentity, open_bundle
from desktop_app.core.exchange import open_refusals as messages
from desktop_app.core.exchange.format import (
    CURRENT,
    FormatVersion,
    encode_manifest,
    format_timestamp,
    parse_manifest,
)
from desktop_app.core.exchange.sync_records import parse_entry
from desktop_app.core.exchange.verified import RECORDS_NOT_JSON
from desktop_app.core.strict_json import canonical_json
from tests.unit.bundle_stores import MemoryStore

ALICE = BundleIdentity.generate()
BOB = BundleIdentity.generate()
MALLORY = BundleIdentity.generate()
RECORDS = b'{"cases":[]}'
PHOTO = b"\xff\xd8 not really a jpeg"


def manifest(sender: BundleIdentity = ALICE, /, **changes: Any) -> dict[str, Any]:
    """A valid manifest of the current version for RECORDS and one attachment PHOTO, with
    changes applied (sent_before, unless changed, says nothing was sent to its recipients)."""
    result: dict[str, Any] = {
        "attachments": [
            {
                "id": "0b0e0c1a-9f4e-4d5b-8a3c-2f1e0d9c8b7a",
                "name": "photo.jpg",
                "sha256": hashlib.sha256(PHOTO).hexdigest(),
                "size": len(PHOTO),
            }
        ],
        "bundle_id": str(uuid.UUID(int=7, version=4)),
        "created_at": "2025-01-31T12:00:00Z",
        "recipients": [BOB.key_id],
        "records": {"sha256": hashlib.sha256(RECORDS).hexdigest(), "size": len(RECORDS)},
        "sender": {
            "ed25519": sender.public.ed25519_public.hex(),
            "x25519": sender.public.age_recipient,
        },
        "sequence": 1,
    }
    result.update(changes)
    if "sent_before" not in changes and isinstance(result["recipients"], list):
        nothing = {"bundles": 0, "latest": 0}
        result["sent_before"] = {key: nothing for key in result["recipients"]}
    return result


def payload(
    content: dict[str, Any] | bytes,
    body: bytes = RECORDS + PHOTO,
    *,
    signer: BundleIdentity = ALICE,
    version: FormatVersion = CURRENT,
    magic: bytes | None = None,
    length: int | None = None,
) -> bytes:
    """A payload of version signed by signer (under another magic if given)."""
    encoded = content if isinstance(content, bytes) else canonical_json(content)
    size = (len(encoded) if length is None else length).to_bytes(4, "big")
    header = (magic or version.magic) + size + encoded
    return header + signer.sign(version.signed_message(header)) + body


def seal(plaintext: bytes, *recipients: BundleIdentity) -> bytes:
    return pyrage.encrypt(plaintext, [r.public.age_recipient_key() for r in recipients or (BOB,)])


@pytest.fixture
def staging_dir(tmp_path: Path) -> Iterator[Path]:
    directory = tmp_path / "staging"
    directory.mkdir()
    yield directory
    assert list(directory.iterdir()) == []


@pytest.fixture
def refused(tmp_path: Path, staging_dir: Path):
    """refused(file_bytes) -> the one-line reason the reader gave."""

    def open_and_fail(data: bytes) -> str:
        path = tmp_path / "in.sandiq"
        path.write_bytes(data)
        with pytest.raises(BundleRejected) as rejection:
            open_bundle(path, BOB, [ALICE.public], staging_dir=staging_dir).close()
        assert "\n" not in str(rejection.value)
        return str(rejection.value)

    return open_and_fail


def test_crafting_helpers_make_an_acceptable_bundle(tmp_path, staging_dir) -> None:
    path = tmp_path / "ok.sandiq"
    path.write_bytes(seal(payload(manifest())))
    store = MemoryStore()
    with open_bundle(path, BOB, [ALICE.public], staging_dir=staging_dir, store=store) as bundle:
        assert bundle.read_records() == {"cases": []}
    assert list(store.files.values()) == [PHOTO]


def test_forged_signature_is_refused(refused) -> None:
    # Mallory signs a manifest that names Alice as sender.
    assert refused(seal(payload(manifest(), signer=MALLORY))) == messages.BAD_SIGNATURE
    good = payload(manifest())
    at = len(good) - len(RECORDS + PHOTO) - 1
    flipped = good[:at] + bytes([good[at] ^ 1]) + good[at + 1 :]
    assert refused(seal(flipped)) == messages.BAD_SIGNATURE


def test_edited_manifest_breaks_the_signature(refused) -> None:
    signed = payload(manifest(sequence=1))
    edited = signed.replace(b'"sequence":1', b'"sequence":9')
    assert refused(seal(edited)) == messages.BAD_SIGNATURE


def test_bundle_forwarded_by_a_recipient_is_refused(refused) -> None:
    # Alice wrote it for Mallory; Mallory re-encrypts the same plaintext to Bob.
    assert refused(seal(payload(manifest(recipients=[MALLORY.key_id])))) == messages.FORWARDED


def test_unknown_sender_is_named_by_fingerprint(refused) -> None:
    reason = refused(seal(payload(manifest(MALLORY), signer=MALLORY)))
    assert reason == messages.UNKNOWN_SENDER.format(MALLORY.fingerprint)


@pytest.mark.parametrize(
    ("magic", "message"),
    [
        (b"sandiq-bundle/v3\n", messages.NEWER_VERSION),
        (b"sandiq-bundle/v9\n", messages.NEWER_VERSION),
        (b"sandiq-bundle/v0\n", messages.NOT_A_BUNDLE),
        (b"sandiq-bundle/v2\r", messages.NOT_A_BUNDLE),
        (b"sandiq-bundle/v1\r", messages.NOT_A_BUNDLE),
        (b"SANDIQ-BUNDLE/V1\n", messages.NOT_A_BUNDLE),
    ],
)
def test_unknown_magic_is_refused(refused, magic, message) -> None:
    assert refused(seal(payload(manifest(), magic=magic))) == message


@pytest.mark.parametrize("length", [0, 2**32 - 1, 16 * 1024 * 1024 + 1, 5000])
def test_absurd_manifest_length_is_refused_before_reading_it(refused, length) -> None:
    assert refused(seal(payload(manifest(), length=length))) in {
        messages.ABSURD_LENGTH,
        messages.ENDS_EARLY,  # 5000: plausible, but the file ends first
    }


@pytest.mark.parametrize(
    "changes",
    [
        {"records": {"sha256": "00" * 32, "size": 2**40}},
        {"records": {"sha256": "00" * 32, "size": 1}},
        {"records": {"sha256": "00" * 32, "size": -1}},
        {"records": {"sha256": "00" * 32, "size": True}},
        {"sequence": 0},
        {"sequence": 2**53},
        {"sequence": "1"},
        {"bundle_id": "not-a-uuid"},
        {"bundle_id": "0B0E0C1A-9F4E-4D5B-8A3C-2F1E0D9C8B7A"},
        {"created_at": "2025-02-30T12:00:00Z"},
        {"created_at": "2025-01-31 12:00:00"},
        {"created_at": "\u0662\u0660\u0662\u0665-01-31T12:00:00Z"},  # Arabic-Indic digits
        {"bundle_id": "00000000-0000-0000-0000-000000000000"},  # the nil UUID
        {"bundle_id": "c232ab00-9414-11ec-b3c8-9e6bdeced846"},  # version 1: time and machine
        {"recipients": []},
        {"recipients": [BOB.key_id, BOB.key_id]},
        {"recipients": [BOB.key_id.upper()]},
        {"sender": {"ed25519": "00" * 32}},
        {"sender": {"ed25519": "00" * 32, "x25519": "age1qqqq"}},
        {"extra": 1},
        {"attachments": {}},
        {"attachments": [{"id": str(uuid.uuid4()), "name": "a", "sha256": "00" * 32}]},
    ],
)
def test_malformed_manifest_is_refused(refused, changes) -> None:
    reason = refused(seal(payload(manifest(**changes))))
    assert reason.startswith("This bundle's manifest is malformed:") or reason in {
        messages.TOO_LARGE_FOR_FILE
    }


@pytest.mark.parametrize(
    "name",
    [
        "../../.bashrc",
        "/etc/passwd",
        "C:\\Windows\\x",
        "c:x",
        "a\x00b",
        "a\nb",
        "\u202egpj.exe",
        "..",
        "",
    ],
)
def test_attachment_names_that_are_paths_or_hide_text_are_refused(refused, name) -> None:
    entry = dict(manifest()["attachments"][0], name=name)
    reason = refused(seal(payload(manifest(attachments=[entry]))))
    assert re.match(r"This bundle's manifest is malformed: an attachment name must", reason)


def test_duplicate_attachment_ids_are_refused(refused) -> None:
    entry = manifest()["attachments"][0]
    reason = refused(seal(payload(manifest(attachments=[entry, entry]), RECORDS + PHOTO * 2)))
    assert reason.endswith("attachment ids must be unique.")


@pytest.mark.parametrize(
    "encoded",
    [
        canonical_json(manifest()).replace(b'{"attachments"', b'{ "attachments"'),
        canonical_json(manifest()).replace(b'"sequence":1', b'"sequence":1,"sequence":1'),
        canonical_json(manifest()).replace(b'"sequence":1', b'"sequence":1.0'),
        canonical_json(manifest()).replace(b'"sequence":1', b'"sequence":NaN'),
        canonical_json(manifest()).replace(b"photo.jpg", b"photo\\u002ejpg"),
        b"\xef\xbb\xbf" + canonical_json(manifest()),
        b"[" * 100_000,
        b"\xff" * 10,
    ],
)
def test_manifest_that_is_not_canonical_strict_json_is_refused(refused, encoded) -> None:
    assert refused(seal(payload(encoded))).startswith("This bundle's manifest is malformed:")


def test_attachment_that_does_not_match_its_hash_is_refused(refused) -> None:
    body = RECORDS + PHOTO[:-1] + b"!"
    reason = refused(seal(payload(manifest(), body)))
    assert reason == messages.ATTACHMENT_MISMATCH.format(manifest()["attachments"][0]["id"])
    assert refused(seal(payload(manifest(), b"[]" + RECORDS[2:] + PHOTO))) == (
        messages.RECORDS_MISMATCH
    )


def test_payload_shorter_or_longer_than_declared_is_refused(refused) -> None:
    assert refused(seal(payload(manifest(), RECORDS + PHOTO[:-1]))) == messages.ENDS_EARLY
    assert refused(seal(payload(manifest(), RECORDS + PHOTO + b"\0"))) == messages.EXTRA_DATA
    assert refused(seal(payload(manifest())[:20])) == messages.ENDS_EARLY
    assert refused(seal(payload(manifest())[:40])) == messages.ABSURD_LENGTH  # > the file
    assert refused(seal(b"")) == messages.ENDS_EARLY


def test_content_larger_than_the_file_is_refused_before_staging(refused) -> None:
    huge = dict(manifest()["attachments"][0], size=2**35)
    assert refused(seal(payload(manifest(attachments=[huge])))) == messages.TOO_LARGE_FOR_FILE


def test_records_that_are_not_a_json_object_fail_on_reading(tmp_path, staging_dir) -> None:
    for records in (b"[1,2]", b'{"a":1,"a":2}', b"{" * 50_000 + b"}" * 50_000, b'{"a":1e5}'):
        changes = {"records": {"sha256": hashlib.sha256(records).hexdigest(), "size": len(records)}}
        path = tmp_path / "records.sandiq"
        path.write_bytes(seal(payload(manifest(**changes), records + PHOTO)))
        with (
            open_bundle(path, BOB, [ALICE.public], staging_dir=staging_dir) as bundle,
            pytest.raises(BundleRejected, match=re.escape(RECORDS_NOT_JSON)),
        ):
            bundle.read_records()


def test_a_manifest_of_year_1_reads_and_writes_back_byte_for_byte() -> None:
    # Valid, if absurd (the sender's clock is not checked); strftime wrote the year as "1".
    content = canonical_json(manifest(created_at="0001-01-01T00:00:00Z"))
    info = parse_manifest(content, CURRENT)
    assert format_timestamp(info.created_at) == "0001-01-01T00:00:00Z"
    assert encode_manifest(info) == content


ENTRY_FIELDS = ("clock", "content", "created_at", "created_by", "deleted", "kind")
ENTRY_FIELDS += ("updated_at", "updated_by")


def test_a_kind_beginning_with_a_vowel_is_named_with_an() -> None:
    with pytest.raises(BundleRejected, match="the content of an event must be an object"):
        parse_entry(dict.fromkeys(ENTRY_FIELDS) | {"kind": "event", "content": []})
