"""A deleted record brought back (a restored version, a colleague's version kept in a conflict)
never points at a record deleted meanwhile."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from desktop_app.core.attachments import add_attachment
from desktop_app.core.errors import ReferenceDeleted
from desktop_app.core.exchange.conflicts import list_conflicts, resolve_conflict
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from tests.integration.conftest import Sandiq
from tests.integration.exchange_support import introduce, make_site


def test_restoring_a_version_of_a_deleted_testimony_whose_witness_is_deleted_is_refused(
    tmp_vault: Vault,
) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2022-0001", "title": "Raid"})
        witness = writer.create("person", {"name": "Раъно Юсупова"})
        testimony = writer.create(
            "testimony", {"case": str(case.id), "witness": str(witness.id), "summary": "Raid"}
        )
        writer.delete(testimony)
        writer.delete(witness)
        ids = testimony.id, witness.id
    with tmp_vault.transaction() as session:  # History > Restore this version
        record = get_record(session, "testimony", ids[0])
        with pytest.raises(ReferenceDeleted, match=f"no person with id {ids[1]}"):
            tmp_vault.writer(session).restore_version(record, 1)
    with tmp_vault.read() as session:
        assert get_record(session, "testimony", ids[0]).is_deleted


def _conflict_on_a_testimony(tmp_path: Path):
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    case = alice.write("case", {"reference": "UZ-2022-0001", "title": "Raid"})
    witness = alice.write("person", {"name": "Раъно Юсупова"})
    testimony = alice.write(
        "testimony", {"case": str(case), "witness": str(witness), "narrative": "Они пришли."}
    )
    bob.import_(alice.export("Bob", since_last=True).path)
    return alice, bob, case, witness, testimony


def test_keeping_their_version_of_a_testimony_deleted_here_with_its_witness_is_refused(
    tmp_path: Path,
) -> None:
    alice, bob, _, witness, testimony = _conflict_on_a_testimony(tmp_path)
    bob.edit("testimony", testimony, narrative="Они пришли ночью.")
    alice.delete("testimony", testimony)
    alice.delete("person", witness)
    alice.import_(bob.export("Alice", since_last=True).path)
    with alice.vault.read() as session:
        (conflict,) = list_conflicts(session)
    with pytest.raises(ReferenceDeleted, match=f"no person with id {witness}"):
        resolve_conflict(alice.vault, conflict.id, "theirs")
    with alice.vault.read() as session:
        assert get_record(session, "testimony", testimony).is_deleted
        assert list_conflicts(session)  # still open: restore the witness, or keep yours
    resolve_conflict(alice.vault, conflict.id, "mine")


def test_their_version_keeps_our_witness_where_theirs_was_deleted_here(tmp_path: Path) -> None:
    alice, bob, _, witness, testimony = _conflict_on_a_testimony(tmp_path)
    other = bob.write("person", {"name": "Oybek Tursunov"})
    bob.edit("testimony", testimony, witness=str(other), narrative="Они пришли ночью.")
    alice.edit("testimony", testimony, narrative="Они пришли утром.")
    alice.import_(bob.export("Alice", since_last=True).path)
    alice.delete("person", other)  # nothing live of Alice's uses him
    with alice.vault.read() as session:
        (conflict,) = list_conflicts(session)
    resolve_conflict(alice.vault, conflict.id, "theirs")
    with alice.vault.read() as session:
        kept = get_record(session, "testimony", testimony)
        assert (kept.narrative, kept.witness_id) == ("Они пришли ночью.", witness)


def test_delete_deleted_and_undelete_on_the_command_line(
    sandiq: Sandiq, locked_vault: Path
) -> None:
    sandiq.ok("case", "add", "--reference", "UZ-2005-0013", "--title", "Andijan")
    witness = sandiq.ok("person", "add", "--name", "Раъно Юсупова").stdout.strip()
    testimony = sandiq.ok(
        "testimony", "add", "--case", "UZ-2005-0013", "--witness", witness, stdin="Они пришли."
    ).stdout.strip()
    refused = sandiq.fails("delete", witness)
    assert "this person is still used by: 1 testimony" in refused.stderr
    assert "undelete" in sandiq.ok("delete", testimony).stdout
    sandiq.ok("delete", witness)
    (listed,) = [line for line in sandiq.ok("deleted").stdout.splitlines() if testimony in line]
    assert listed.split("\t")[1] == "testimony" and "UZ-2005-0013" in listed
    assert "restore the person" in sandiq.fails("undelete", testimony).stderr
    sandiq.ok("undelete", witness)
    sandiq.ok("undelete", testimony)
    assert "is not deleted" in sandiq.fails("undelete", testimony).stderr
    assert json.loads(sandiq.ok("deleted", "--json").stdout) == []
    sandiq.ok("case", "add", "--reference", "DEL-2026-09", "--title", "Ошибочное дело")
    sandiq.ok("delete", "DEL-2026-09")
    (case_line,) = [line for line in sandiq.ok("deleted").stdout.splitlines() if "DEL-" in line]
    assert case_line.endswith("\tDEL-2026-09 Ошибочное дело")  # the reference once
    sandiq.ok("undelete", case_line.split("\t")[0])
    assert "nor a record id" in sandiq.fails("delete", "Раъно").stderr


def test_the_command_line_lists_a_deleted_file_by_this_vault_and_brings_it_back(
    sandiq: Sandiq, tmp_vault: Vault
) -> None:
    # Deleted files were not listed, and the deleting vault was shown as its key id.
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        person = writer.create("person", {"name": "Gulnora Karimova"})
        session.flush()
        photo = add_attachment(writer, "person", person.id, io.BytesIO(b"JPEG"), "photo.jpg")
        session.flush()
        writer.delete(photo)  # as the Attachments tab does
    tmp_vault.lock()
    (line,) = sandiq.ok("deleted").stdout.splitlines()
    record_id, kind, _, by, label = line.split("\t")
    assert (record_id, kind, by, label) == (
        str(photo.id),
        "attachment",
        "this vault",
        "photo.jpg (attached to person Gulnora Karimova)",
    )
    assert "attachment" in sandiq.ok("undelete", "--help").stdout
    assert sandiq.ok("undelete", str(photo.id)).stdout == f"Restored attachment {photo.id}.\n"
    assert sandiq.ok("deleted").stdout == ""
    # ...and the command line deletes a file as the Attachments tab does.
    assert "undelete" in sandiq.ok("delete", str(photo.id)).stdout
    assert sandiq.ok("deleted").stdout.startswith(f"{photo.id}\tattachment\t")
