"""Hostile bundles: each is refused with one clear line, and the vault is exactly as it was.

Every test takes a snapshot of Bob's vault (all live records as export-json sees them, the
number of rows in every table an import writes, every version vector), feeds Bob a bad file,
and compares. The files are made the way an attacker who knows the format would: with the real
container code and real keys, changing one thing at a time, re-signing where that is possible.
"""

from __future__ import annotations

import hashlib
import os
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyrage
import pytest

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange import BundleIdentity, ContactKeys
from desktop_app.core.exchange import open_refusals as messages
from desktop_app.core.exchange.contacts import remove_contact, vault_identity
from desktop_app.core.exchange.format import (
    CURRENT,
    AttachmentEntry,
    BundleInfo,
    SentBefore,
    encode_manifest,
)
from desktop_app.core.exchange.sync_records import SyncRecord, encode_records
from tests.integration.exchange_support import Site, introduce, make_site, sample_case

AGE_CHUNK = 64 * 1024 + 16


@pytest.fixture
def world(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """Alice, Bob and Carol know each other; Bob already holds a case of his own."""
    alice, bob, carol = (make_site(tmp_path, n) for n in ("Alice", "Bob", "Carol"))
    introduce(alice, bob, carol)
    ids = sample_case(alice)
    sample_case(bob, "BOB-1")
    keys = {}
    for site in (alice, bob, carol):
        with site.vault.read() as session:
            keys[site.name] = vault_identity(session)
    yield {"alice": alice, "bob": bob, "carol": carol, "ids": ids, "keys": keys}
    for site in (alice, bob, carol):
        site.vault.lock()


def refused(bob: Site, path: Path, message: str | None = None) -> str:
    """Importing path must raise BundleRejected with one line and leave Bob's vault as it was."""
    before = bob.snapshot()
    for dry_run in (True, False):
        with pytest.raises(BundleRejected) as rejection:
            bob.import_(path, dry_run=dry_run)
        text = str(rejection.value)
        assert "\n" not in text and text
        if message is not None:
            assert text == message
    assert bob.snapshot() == before
    assert list((bob.folder / "staging").iterdir()) == []
    # Neither the planning thread nor a staging thread outlives a refused import.
    assert not [t.name for t in threading.enumerate() if t.name.startswith("sandiq-")]
    return text


def craft(
    path: Path,
    sender: BundleIdentity,
    recipients: list[ContactKeys],
    records: bytes,
    attachments: list[tuple[AttachmentEntry, bytes]] = (),  # type: ignore[assignment]
    *,
    signer: BundleIdentity | None = None,
    signed_recipients: list[str] | None = None,
    length: int | None = None,
) -> Path:
    """A bundle written byte by byte as the spec says, with whatever the attacker chose."""
    key_ids = tuple(sorted(signed_recipients or {r.key_id for r in recipients}))
    info = BundleInfo(
        bundle_id=uuid.uuid4(),
        created_at=datetime.now(UTC).replace(microsecond=0),
        sender=sender.public,
        recipients=key_ids,
        sequence=7,
        records_size=len(records),
        records_sha256=hashlib.sha256(records).digest(),
        attachments=tuple(entry for entry, _ in attachments),
        sent_before=tuple(SentBefore(key_id, 0, 0) for key_id in key_ids),
    )
    manifest = encode_manifest(info)
    header = CURRENT.magic + (length or len(manifest)).to_bytes(4, "big") + manifest
    signature = (signer or sender).sign(CURRENT.signed_message(header))
    payload = header + signature + records + b"".join(data for _, data in attachments)
    path.write_bytes(pyrage.encrypt(payload, [r.age_recipient_key() for r in recipients]))
    return path


def entry(**changes: Any) -> SyncRecord:
    """A valid new case from Alice, with changes."""
    fields: dict[str, Any] = {
        "kind": "case",
        "content": {
            "id": str(uuid.uuid4()),
            "reference": "NEW-1",
            "title": "A new case",
            "summary": "",
            "status": "open",
            "country": "",
            "region": "",
            "place": "",
            "start_date": "",
            "end_date": "",
            "violation_types": [],
            "tags": [],
            "sensitivity": "normal",
        },
        "deleted": False,
        "clock": {"a" * 64: 1},
        "created_at": "2025-01-01T00:00:00.000000Z",
        "created_by": "a" * 64,
        "updated_at": "2025-01-01T00:00:00.000000Z",
        "updated_by": "a" * 64,
    }
    fields.update(changes)
    return SyncRecord(**fields)


def from_alice(world: dict[str, Any], name: str, records: bytes, **kwargs: Any) -> Path:
    keys = world["keys"]
    return craft(world["bob"].folder / name, keys["Alice"], [keys["Bob"].public], records, **kwargs)


def test_a_crafted_valid_bundle_is_accepted(world: dict[str, Any]) -> None:
    # The control: the crafting itself is sound, so each refusal below is for its one change.
    report = world["bob"].import_(from_alice(world, "ok.sandiq", encode_records([entry()])))
    assert report.inserted == 1


def test_bundle_for_someone_else_is_refused(world: dict[str, Any]) -> None:
    alice, bob = world["alice"], world["bob"]
    path = alice.export("Carol", case_references=["KG-2010-0007"]).path
    refused(bob, path, messages.NOT_FOR_ME)


def test_forwarded_bundle_is_refused(world: dict[str, Any]) -> None:
    carol = world["keys"]["Carol"]
    path = from_alice(
        world, "fwd.sandiq", encode_records([entry()]), signed_recipients=[carol.key_id]
    )
    refused(world["bob"], path, messages.FORWARDED)


def test_bundle_from_a_stranger_is_refused(world: dict[str, Any]) -> None:
    mallory = BundleIdentity.generate()
    path = craft(
        world["bob"].folder / "m.sandiq",
        mallory,
        [world["keys"]["Bob"].public],
        encode_records([entry()]),
    )
    before = world["bob"].snapshot()
    with pytest.raises(BundleRejected) as rejection:
        world["bob"].import_(path)
    text = str(rejection.value)
    assert text == messages.UNKNOWN_SENDER.format(mallory.fingerprint)
    assert world["bob"].snapshot() == before
    preview = world["bob"].import_(path, dry_run=True)
    assert not preview.is_sender_known
    assert world["bob"].snapshot() == before


def test_bundle_from_a_removed_contact_is_refused(world: dict[str, Any]) -> None:
    alice, bob = world["alice"], world["bob"]
    path = alice.export("Bob", case_references=["KG-2010-0007"]).path
    remove_contact(bob.vault, "Alice")
    before = bob.snapshot()
    with pytest.raises(BundleRejected, match="Alice, who was removed from your contacts"):
        bob.import_(path)
    assert bob.snapshot() == before


def test_bad_signature_is_refused(world: dict[str, Any]) -> None:
    path = from_alice(
        world, "sig.sandiq", encode_records([entry()]), signer=BundleIdentity.generate()
    )
    refused(world["bob"], path, messages.BAD_SIGNATURE)


@pytest.fixture
def real_bundle(world: dict[str, Any]) -> bytes:
    """A genuine bundle from Alice to Bob, several age chunks long."""
    alice = world["alice"]
    alice.attach("case", world["ids"]["case"], os.urandom(5 * 64 * 1024), "scan.pdf")
    path = alice.export("Bob", case_references=["KG-2010-0007"]).path
    assert path is not None
    return path.read_bytes()


def write(world: dict[str, Any], name: str, data: bytes) -> Path:
    path = world["bob"].folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("where", [0.3, 0.5, 0.99])
def test_any_flipped_byte_is_refused(
    world: dict[str, Any], real_bundle: bytes, where: float
) -> None:
    damaged = bytearray(real_bundle)
    damaged[int(len(damaged) * where)] ^= 0x01
    refused(world["bob"], write(world, "flip.sandiq", bytes(damaged)), messages.DAMAGED)


@pytest.mark.parametrize("cut", [1, 17, AGE_CHUNK, 3 * AGE_CHUNK])
def test_truncated_bundle_is_refused(world: dict[str, Any], real_bundle: bytes, cut: int) -> None:
    text = refused(world["bob"], write(world, "cut.sandiq", real_bundle[:-cut]))
    assert text in (messages.DAMAGED, messages.TOO_LARGE_FOR_FILE)


def test_reordered_chunks_are_refused(world: dict[str, Any], real_bundle: bytes) -> None:
    body_start = real_bundle.index(b"\n--- ")
    body_start = real_bundle.index(b"\n", body_start + 1) + 1 + 16  # after the nonce
    chunks = [
        real_bundle[i : i + AGE_CHUNK] for i in range(body_start, len(real_bundle), AGE_CHUNK)
    ]
    assert len(chunks) >= 4
    chunks[1], chunks[2] = chunks[2], chunks[1]
    swapped = real_bundle[:body_start] + b"".join(chunks)
    refused(world["bob"], write(world, "swap.sandiq", swapped), messages.DAMAGED)


def test_edited_header_is_refused(world: dict[str, Any], real_bundle: bytes) -> None:
    stanza = real_bundle.index(b"-> X25519 ") + len(b"-> X25519 ")
    edited = bytearray(real_bundle)
    edited[stanza + 3] = ord("A") if edited[stanza + 3] != ord("A") else ord("B")
    refused(world["bob"], write(world, "hdr.sandiq", bytes(edited)), messages.NOT_FOR_ME)


def test_oversized_age_header_is_refused(world: dict[str, Any], real_bundle: bytes) -> None:
    grease = b"-> grease\n" + b"A" * 64 + b"\n"
    bloated = real_bundle.replace(b"-> X25519", grease * 400 + b"-> X25519", 1)
    refused(world["bob"], write(world, "big.sandiq", bloated), messages.HEADER_TOO_LARGE)


def test_absurd_manifest_length_is_refused(world: dict[str, Any]) -> None:
    path = from_alice(world, "len.sandiq", encode_records([entry()]), length=0xFFFFFFFF)
    refused(world["bob"], path, messages.ABSURD_LENGTH)


@pytest.mark.parametrize(
    "data", [b"", b"garbage" * 100, os.urandom(70_000), b"age-encryption.org/v1\n" + b"\xff" * 99]
)
def test_garbage_is_refused(world: dict[str, Any], data: bytes) -> None:
    refused(world["bob"], write(world, "junk.sandiq", data))


def test_missing_file_is_refused(world: dict[str, Any]) -> None:
    with pytest.raises(BundleRejected, match="Could not read the bundle file"):
        world["bob"].import_(world["bob"].folder / "nowhere.sandiq")


@pytest.mark.parametrize(
    "name",
    [
        "../../.bashrc",
        "/etc/passwd",
        "C:autoexec.bat",
        "..",
        "photo\x07.jpg",
        "line\nbreak.txt",
        "photo\u202egpj.exe",
        "a\u2028b",
        " leading.txt",
        "invoice.pdf" + "\u3164" * 8 + ".exe",  # Hangul fillers show as blank space
        "a\ue000b.txt",  # private use
        "a\u0378b.txt",  # unassigned
    ],
)
def test_attachment_names_that_are_paths_or_hide_characters_are_refused(
    world: dict[str, Any], name: str
) -> None:
    data = b"payload"
    attachment_id = uuid.uuid4()
    digest = hashlib.sha256(data).digest()
    record = entry(
        kind="attachment",
        content={
            "id": str(attachment_id),
            "owner_kind": "case",
            "owner": str(world["ids"]["case"]),
            "file_name": name,
            "media_type": "text/plain",
            "size": len(data),
            "sha256": digest.hex(),
            "captured_at": "",
            "received_at": "",
            "note": "",
        },
    )
    attachments = [(AttachmentEntry(attachment_id, name, len(data), digest), data)]
    path = from_alice(world, "name.sandiq", encode_records([record]), attachments=attachments)
    assert "manifest is malformed: an attachment name" in refused(world["bob"], path)


def _content(**changes: Any) -> dict[str, Any]:
    return {**entry().content, **changes}


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (entry(content=_content(title=5)), "title: must be text"),
        (entry(content=_content(status="lost")), "'lost' is not one of"),
        (entry(content=_content(start_date="2010-13")), "start_date"),
        (entry(content=_content(surprise="x")), "unknown field 'surprise'"),
        (entry(content=_content(country="kg")), "country: not in the form Sandiq writes"),
        (entry(content=_content(id="not-a-uuid")), "needs a lower-case UUID"),
        (entry(kind="vault_key"), "is not a record kind"),
        (entry(deleted="yes"), "deleted must be true or false"),
        (entry(clock={"a" * 64: "1"}), "a clock's count must be an integer"),
        (entry(clock={}), "a clock must map"),
        (entry(created_by="me"), "created_by must be 64 lower-case hex digits"),
        (entry(created_at="\u202e1202-10-10"), "created_at must be a UTC time"),
        (entry(updated_at="yesterday lol"), "updated_at must be a UTC time"),
    ],
)
def test_records_with_wrong_types_are_refused(
    world: dict[str, Any], record: SyncRecord, expected: str
) -> None:
    path = from_alice(world, "bad.sandiq", encode_records([record]))
    assert expected in refused(world["bob"], path)


@pytest.mark.parametrize(
    "records",
    [
        b'{"format":"sandiq-records","records":[],"version":2}',
        b'{"records":[],"format":"sandiq-records","version":1}',
        b'{"format":"sandiq-records","records":[{"a":1.5}],"version":1}',
        b'{"format":"sandiq-records","records":[],"version":1} ',
        b"[" * 100_000,
        '{"format":"sandiq-records","records":[\udcff],"version":1}'.encode(
            "utf-8", "surrogatepass"
        ),
    ],
)
def test_malformed_records_part_is_refused(world: dict[str, Any], records: bytes) -> None:
    path = from_alice(world, "part.sandiq", records)
    assert "records are malformed" in refused(world["bob"], path)


def test_dangling_reference_is_refused(world: dict[str, Any]) -> None:
    testimony = entry(
        kind="testimony",
        content={
            "id": str(uuid.uuid4()),
            "case": str(uuid.uuid4()),  # in neither the bundle nor Bob's vault
            "witness": None,
            "interviewer": "",
            "date": "",
            "time": "",
            "place": "",
            "language": "",
            "interpreter": "",
            "consent": {"given": False, "scope": [], "anonymise": False},
            "narrative": "",
            "summary": "",
            "translations": {},
            "status": "draft",
            "sensitivity": "normal",
        },
    )
    path = from_alice(world, "dangling.sandiq", encode_records([testimony]))
    assert "refers to a case" in refused(world["bob"], path)
    # The same record pointing at a case Bob holds is fine.
    with world["bob"].vault.read() as session:
        from db.models import Case

        bob_case = session.query(Case.id).filter(Case.reference == "BOB-1").scalar()
    fixed = entry(kind="testimony", content={**testimony.content, "case": str(bob_case)})
    report = world["bob"].import_(from_alice(world, "ok.sandiq", encode_records([fixed])))
    assert report.inserted == 1


@pytest.mark.parametrize(
    ("translations", "expected"),
    [
        ({"ru\u202e\u0007": "Перевод"}, "translations: 'ru\\u202e\\x07' is not a language code"),
        ({"ru": "ж" * 10_000_001}, "translations: the ru text is too long"),
        ({f"q{chr(97 + n)}": "x" for n in range(21)}, "translations: must hold at most 20"),
    ],
)
def test_translations_are_limited_like_the_narrative(
    world: dict[str, Any], translations: dict[str, str], expected: str
) -> None:
    case = entry()
    testimony = entry(
        kind="testimony",
        content={
            "id": str(uuid.uuid4()),
            "case": case.content["id"],
            "witness": None,
            "interviewer": "",
            "date": "",
            "time": "",
            "place": "",
            "language": "",
            "interpreter": "",
            "consent": {"given": False, "scope": [], "anonymise": False},
            "narrative": "",
            "summary": "",
            "translations": translations,
            "status": "draft",
            "sensitivity": "normal",
        },
    )
    path = from_alice(world, "translations.sandiq", encode_records([case, testimony]))
    assert expected in refused(world["bob"], path)


def test_records_out_of_foreign_key_order_are_refused(world: dict[str, Any]) -> None:
    case = entry()
    party = entry(
        kind="case_party",
        content={
            "id": str(uuid.uuid4()),
            "case": case.content["id"],
            "person": str(world["ids"]["victim"]),
            "role": "victim",
        },
    )
    path = from_alice(world, "order.sandiq", encode_records([party, case]))
    assert "comes after records that refer to it" in refused(world["bob"], path)


def test_attachment_file_must_match_its_record(world: dict[str, Any]) -> None:
    data, other = b"the real scan", b"something else"
    attachment_id = uuid.uuid4()
    record = entry(
        kind="attachment",
        content={
            "id": str(attachment_id),
            "owner_kind": "case",
            "owner": str(world["ids"]["case"]),
            "file_name": "scan.pdf",
            "media_type": "application/pdf",
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "captured_at": "",
            "received_at": "",
            "note": "",
        },
    )
    owner = world["alice"]
    case_path = owner.export("Bob", case_references=["KG-2010-0007"]).path
    world["bob"].import_(case_path)
    swapped = [
        (
            AttachmentEntry(attachment_id, "scan.pdf", len(other), hashlib.sha256(other).digest()),
            other,
        )
    ]
    path = from_alice(world, "swap.sandiq", encode_records([record]), attachments=swapped)
    assert "its file does not match its record" in refused(world["bob"], path)
    missing = from_alice(world, "none.sandiq", encode_records([record]))
    assert "arrives without its file" in refused(world["bob"], missing)
    stray = [(AttachmentEntry(uuid.uuid4(), "x.bin", 1, hashlib.sha256(b"x").digest()), b"x")]
    extra = from_alice(world, "stray.sandiq", encode_records([entry()]), attachments=stray)
    assert "has no attachment record" in refused(world["bob"], extra)


def test_case_reference_taken_by_another_case_is_refused(world: dict[str, Any]) -> None:
    clash = entry(content=_content(reference="BOB-1"))
    path = from_alice(world, "clash.sandiq", encode_records([clash]))
    assert "reference 'BOB-1' is already used" in refused(world["bob"], path)


def test_id_of_another_kind_is_refused(world: dict[str, Any]) -> None:
    with world["bob"].vault.read() as session:
        from db.models import Person

        person_id = session.query(Person.id).first()[0]
    clash = entry(content=_content(id=str(person_id)))
    path = from_alice(world, "kind.sandiq", encode_records([clash]))
    assert "already used by a person" in refused(world["bob"], path)


def test_own_bundle_is_refused(world: dict[str, Any]) -> None:
    bob = world["bob"]
    keys = world["keys"]
    path = craft(bob.folder / "own.sandiq", keys["Bob"], [keys["Bob"].public], b"{}")
    before = bob.snapshot()
    with pytest.raises(BundleRejected, match="made by this vault"):
        bob.import_(path)
    assert bob.snapshot() == before


def test_replay_changes_nothing(world: dict[str, Any]) -> None:
    alice, bob = world["alice"], world["bob"]
    path = alice.export("Bob", case_references=["KG-2010-0007"]).path
    bob.import_(path)
    bob.edit("case", world["ids"]["case"], title="Bob edited it since")
    before = bob.snapshot()
    assert bob.import_(path).already_imported_at
    assert bob.snapshot() == before
