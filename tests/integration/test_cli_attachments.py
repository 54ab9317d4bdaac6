"""`sandiq attach`, `attachments` and `extract` as a user runs them: the real command against a
real vault, with real files (names in Cyrillic and with spaces), and the SHA-256 taken at intake
as the chain of custody: listed in full, checked when a copy is written, and used to catch the
same file attached twice."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import select, update

from db.models import Attachment, AttachmentChunk
from desktop_app.cli_output import local_time
from desktop_app.core.vault import unlock
from tests.conftest import PASSPHRASE
from tests.integration.conftest import SAMPLE_CASE, Sandiq, snapshot

PHOTO = "фото допроса 2005.jpg"
SCAN = "medical report (copy).pdf"


def _file(sandiq: Sandiq, name: str, data: bytes) -> Path:
    path = sandiq.home / name
    path.write_bytes(data)
    return path


def _attached(sandiq: Sandiq, *args: str) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(sandiq.ok("attach", *args, "--json").stdout)
    return result


def test_attachments_lists_each_file_with_its_size_type_times_and_full_sha256(
    sandiq: Sandiq, archive: dict[str, Any]
) -> None:
    photo_bytes = os.urandom(2 * 1024 * 1024 + 5)  # more than one chunk
    photo = _attached(sandiq, SAMPLE_CASE, str(_file(sandiq, PHOTO, photo_bytes)))
    scan = _attached(sandiq, archive["cases"][0]["id"], str(_file(sandiq, SCAN, b"%PDF-1.4")))
    testimony = archive["testimonies"][0]["id"]

    by_reference, by_id, as_json, none = sandiq.ok_all(
        ("attachments", SAMPLE_CASE.lower()),
        ("attachments", archive["cases"][0]["id"]),
        ("attachments", SAMPLE_CASE, "--json"),
        ("attachments", testimony),
    )

    assert by_reference.stdout == by_id.stdout
    lines = [line.split("\t") for line in by_reference.stdout.splitlines()]
    # By file name; the name last, whole, spaces and all.
    assert lines == [
        [
            scan["id"], "8", "application/pdf", "-", local_time(scan["received_at"]),
            hashlib.sha256(b"%PDF-1.4").hexdigest(), SCAN,
        ],
        [
            photo["id"], str(len(photo_bytes)), "image/jpeg", "-",
            local_time(photo["received_at"]), hashlib.sha256(photo_bytes).hexdigest(), PHOTO,
        ],
    ]  # fmt: skip
    assert json.loads(as_json.stdout) == [scan, photo]
    assert (none.stdout, none.stderr) == ("", "No attachments.\n")


def test_attach_refuses_the_same_bytes_twice_on_one_record_naming_the_first(
    sandiq: Sandiq, archive: dict[str, Any], vault_dir: Path
) -> None:
    data = b"\xff\xd8 the same photograph"
    first = _attached(sandiq, SAMPLE_CASE, str(_file(sandiq, PHOTO, data)))
    renamed = _file(sandiq, "IMG 0042.jpg", data)
    before = snapshot(vault_dir)

    run = sandiq.fails("attach", SAMPLE_CASE, str(renamed))

    assert run.error_lines == [
        f"sandiq: error: 'IMG 0042.jpg' is already attached to this record as '{PHOTO}' "
        f"(added {local_time(first['received_at'])}); nothing was attached (--again attaches "
        "it a second time)"
    ]
    assert run.stdout == ""
    assert snapshot(vault_dir) == before
    # Asked for, it goes in: only the user knows whether a second copy was meant.
    again = _attached(sandiq, SAMPLE_CASE, str(renamed), "--again")
    listed = sandiq.ok("attachments", SAMPLE_CASE).stdout.splitlines()
    assert [line.split("\t")[0] for line in listed] == [again["id"], first["id"]]


def test_attach_of_bytes_another_record_holds_attaches_and_names_that_record(
    sandiq: Sandiq, archive: dict[str, Any]
) -> None:
    data = os.urandom(4096)
    on_case = _attached(sandiq, SAMPLE_CASE, str(_file(sandiq, PHOTO, data)))
    testimony = archive["testimonies"][0]["id"]

    run = sandiq.ok("attach", testimony, str(_file(sandiq, "witness photo.jpg", data)))

    attachment_id, sha256, size = run.stdout.strip().split("\t")
    assert (sha256, size) == (hashlib.sha256(data).hexdigest(), "4096")
    added = local_time(on_case["received_at"])
    assert run.error_lines == [
        f"note: the same file is already attached to case {SAMPLE_CASE} as '{PHOTO}' "
        f"(added {added})"
    ]
    # Attached to a third record, the note names both others, by reference or by kind and id.
    third = sandiq.ok("attach", archive["events"][0]["id"], str(_file(sandiq, "x.jpg", data)))
    assert third.error_lines == [
        f"note: the same file is already attached to case {SAMPLE_CASE} as '{PHOTO}' "
        f"(added {added}); testimony {testimony} as 'witness photo.jpg' (added "
        f"{local_time(_received_at(sandiq, attachment_id))})"
    ]


def _received_at(sandiq: Sandiq, attachment_id: str) -> str:
    shown = json.loads(sandiq.ok("attachments", attachment_id, "--json").stdout)
    received: str = shown[0]["received_at"]
    return received


def test_extract_writes_the_file_under_its_own_name_and_never_overwrites_unasked(
    sandiq: Sandiq, archive: dict[str, Any]
) -> None:
    data = os.urandom(1024 * 1024 + 3)
    attachment = _attached(sandiq, SAMPLE_CASE, str(_file(sandiq, PHOTO, data)))
    folder = sandiq.home / "for the lawyer"
    folder.mkdir()

    run = sandiq.ok("extract", attachment["id"], "--out", str(folder))

    written = folder / PHOTO
    assert run.stdout == f"{written}\t{attachment['sha256']}\t{len(data)}\n"
    assert run.error_lines == [
        "warning: the copy is NOT encrypted; delete it when it is no longer needed, and keep it "
        "off shared or seized devices."
    ]
    assert written.read_bytes() == data
    assert sorted(p.name for p in folder.iterdir()) == [PHOTO]  # no temp file left

    written.write_bytes(b"the lawyer's own notes")
    for target in (folder, written):
        refused = sandiq.fails("extract", attachment["id"], "--out", str(target))
        assert refused.error_lines == [
            f"sandiq: error: {written} already exists; choose another file name or use --force"
        ]
    assert written.read_bytes() == b"the lawyer's own notes"

    other = folder / "копия.jpg"
    forced, as_json = sandiq.ok_all(
        ("extract", attachment["id"], "--out", str(written), "--force", "--plaintext-ok"),
        ("extract", attachment["id"], "--out", str(other), "--json", "--plaintext-ok"),
    )
    assert forced.stderr == ""
    assert written.read_bytes() == data == other.read_bytes()
    assert json.loads(as_json.stdout) == {
        "id": attachment["id"],
        "path": str(other),
        "size": len(data),
        "sha256": attachment["sha256"],
    }


def test_extract_of_bytes_that_no_longer_match_their_sha256_writes_nothing(
    sandiq: Sandiq, archive: dict[str, Any], vault_dir: Path
) -> None:
    data = os.urandom(3 * 1024 * 1024)
    attachment = _attached(sandiq, SAMPLE_CASE, str(_file(sandiq, SCAN, data)))
    # The vault's damage, made as such: one stored chunk changed, the recorded hash kept.
    vault = unlock(vault_dir, PASSPHRASE)
    with vault.transaction() as session:
        session.execute(
            update(AttachmentChunk)
            .where(
                AttachmentChunk.attachment_id == UUID(attachment["id"]), AttachmentChunk.seq == 2
            )
            .values(data=os.urandom(1024 * 1024))
        )
    vault.lock()
    kept = _file(sandiq, "earlier copy.pdf", data)

    for target in (sandiq.home / "new copy.pdf", kept):
        run = sandiq.fails("extract", attachment["id"], "--out", str(target), "--force")
        assert run.error_lines == [
            f"sandiq: error: the stored bytes of '{SCAN}' do not match the SHA-256 recorded when "
            "it was attached: the vault is damaged (run sandiq verify); no file was written"
        ]
    assert not (sandiq.home / "new copy.pdf").exists()
    assert kept.read_bytes() == data
    assert not [p for p in sandiq.home.iterdir() if p.name.endswith(".tmp")]


def test_attachments_of_a_deleted_record_or_an_unknown_reference_are_refused(
    sandiq: Sandiq, archive: dict[str, Any], vault_dir: Path
) -> None:
    event = archive["events"][0]["id"]
    sandiq.ok("delete", event)

    deleted = sandiq.fails("attachments", event)
    unknown = sandiq.fails("attach", "UZ-2005-9999", str(_file(sandiq, PHOTO, b"x")))

    assert deleted.error_lines == [
        f"sandiq: error: event {event} is deleted; 'sandiq undelete {event}' brings it back"
    ]
    assert unknown.error_lines == [
        "sandiq: error: no case with reference UZ-2005-9999, nor a record id"
    ]
    vault = unlock(vault_dir, PASSPHRASE)
    with vault.read() as session:
        assert session.scalars(select(Attachment)).all() == []
    vault.lock()
