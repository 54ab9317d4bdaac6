"""A backslash is an ordinary letter of a Linux or macOS file name: the vault keeps it, a bundle
carries it, and a copy saved to disk never treats it as a folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.core.attachment_access import name_for_disk, write_attachment_copy
from desktop_app.core.attachments import add_attachment, intake_size, open_for_intake
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from tests.integration.exchange_support import introduce, make_site, sample_case

# Windows cannot make such a file, and its Path.name would split at the backslash anyway.
posix_only = pytest.mark.skipif(os.name == "nt", reason="a backslash is a separator on Windows")
NOTES = "заметки ..\\..\\win.txt"


def _listing(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@posix_only
def test_a_real_file_named_with_backslashes_keeps_its_whole_name_and_saves_as_one_file(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    original = tmp_path / "in" / "deep" / NOTES
    original.parent.mkdir(parents=True)
    original.write_bytes(b"Osh, 12 May")
    out = tmp_path / "in" / "deep" / "out"
    out.mkdir()
    before = _listing(tmp_path)
    with open_for_intake(original) as source, tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case_id = writer.create("case", {"reference": "R", "title": "T"}).id
        attached = add_attachment(
            writer, "case", case_id, source, original.name, total_size=intake_size(source)
        )
        attachment_id = attached.id
    with tmp_vault.read() as session:
        # Before: stored as "win.txt", the user's name lost.
        assert get_record(session, "attachment", attachment_id).file_name == NOTES
        written = write_attachment_copy(session, attachment_id, out / name_for_disk(NOTES))
    assert written == out / "заметки .._.._win.txt"
    assert written.read_bytes() == b"Osh, 12 May"
    # One new file, in the chosen folder: nothing two levels up, nothing named win.txt.
    assert _listing(tmp_path) - before == {"in/deep/out/заметки .._.._win.txt"}


def test_a_name_with_backslashes_travels_in_a_bundle_and_saves_inside_the_chosen_folder(
    tmp_path: Path,
) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    try:
        introduce(alice, bob)
        ids = sample_case(alice)
        hostile = "..\\..\\.bashrc"
        attachment_id = alice.attach("case", ids["case"], b"alias ls='rm -rf ~'", hostile)
        # Before: the sender's vault kept ".bashrc"; had it kept the name, the export would
        # have refused it and the reader rejected the bundle.
        assert alice.content("attachment", attachment_id)["file_name"] == hostile
        bob.import_(alice.export("Bob", case_references=["KG-2010-0007"]).path)
        assert bob.content("attachment", attachment_id)["file_name"] == hostile
        out = tmp_path / "bob" / "saved" / "here"
        out.mkdir(parents=True)
        before = _listing(tmp_path)
        with bob.vault.read() as session:
            written = write_attachment_copy(session, attachment_id, out / name_for_disk(hostile))
        assert written == out / ".._.._.bashrc"
        assert _listing(tmp_path) - before == {"bob/saved/here/.._.._.bashrc"}
    finally:
        alice.vault.lock()
        bob.vault.lock()
