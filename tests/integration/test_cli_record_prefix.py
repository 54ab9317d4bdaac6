"""Every `sandiq` command that takes one record's id takes the start of it too (8 or more hex
digits, dashes as printed or not), as `conflicts show` does: refused in one line if it starts
several ids of the kind asked for, or is too short."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core import interchange
from desktop_app.core.vault import Vault
from tests.integration.conftest import SAMPLE_CASE, Sandiq, sample_document

# The testimony and the event share their first 8 digits, as the victim and the witness do.
TESTIMONY = "1b2c3d4e-0000-4000-8000-000000000001"
EVENT = "1b2c3d4e-ffff-4000-8000-000000000002"
VICTIM = "5e5e5e5e-1111-4000-8000-000000000003"
WITNESS = "5e5e5e5e-2222-4000-8000-000000000004"
CASE = "c0ffee00-1234-4000-8000-000000000005"


@pytest.fixture
def prefixed(tmp_vault: Vault) -> dict[str, Any]:
    """The sample document with ids chosen to share their starts, in a locked vault."""
    document = sample_document()
    chosen = {
        document["testimonies"][0]["id"]: TESTIMONY,
        document["events"][0]["id"]: EVENT,
        document["persons"][0]["id"]: VICTIM,
        document["persons"][1]["id"]: WITNESS,
        document["cases"][0]["id"]: CASE,
    }
    text = json.dumps(document)
    for old, new in chosen.items():
        text = text.replace(old, new)
    document = json.loads(text)
    with tmp_vault.transaction() as session:
        interchange.import_document(tmp_vault.writer(session), document)
    tmp_vault.lock()
    return document


def test_show_and_edit_take_the_start_of_an_id(sandiq: Sandiq, prefixed: dict[str, Any]) -> None:
    whole, start, dashed, upper = sandiq.ok_all(
        ("testimony", "show", TESTIMONY),
        ("testimony", "show", "1b2c3d4e"),
        ("testimony", "show", "1b2c3d4e-00"),
        ("testimony", "show", "1B2C3D4E0000"),
    )
    assert start.stdout == dashed.stdout == upper.stdout == whole.stdout
    assert f"id: {TESTIMONY}" in whole.stdout.splitlines()
    # Among events only: the testimony sharing the digits is no rival.
    event = json.loads(sandiq.ok("event", "show", "1b2c3d4e", "--json").stdout)
    assert event["id"] == EVENT
    edited = sandiq.ok("event", "edit", "1b2c3d4e", "--place", "Namangan")
    assert edited.stdout == f"Event {EVENT} updated.\n"
    case = json.loads(sandiq.ok("case", "show", "c0ffee00", "--json").stdout)
    assert case["id"] == CASE


def test_a_start_of_several_ids_is_refused_in_one_line(
    sandiq: Sandiq, prefixed: dict[str, Any]
) -> None:
    run = sandiq("person", "show", "5e5e5e5e")
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.error_lines == [
        "sandiq: error: 5e5e5e5e starts the ids of 2 records: give more of its digits"
    ]
    # Commands on a record of any kind count every kind.
    history = sandiq("history", "1b2c3d4e")
    assert history.error_lines == [
        "sandiq: error: 1b2c3d4e starts the ids of 2 records: give more of its digits"
    ]
    more = json.loads(sandiq.ok("person", "show", "5e5e5e5e-2", "--json").stdout)
    assert more["id"] == WITNESS


def test_too_short_a_start_and_one_no_id_has_are_refused_in_one_line(
    sandiq: Sandiq, prefixed: dict[str, Any]
) -> None:
    short, missing, other_kind = (
        sandiq("testimony", "show", "1b2c3d"),
        sandiq("testimony", "show", "deadbeef"),
        sandiq("testimony", "show", "5e5e5e5e"),
    )
    assert short.error_lines == [
        "sandiq: error: '1b2c3d' is too short for a record id: give 8 or more of its hex digits"
    ]
    assert missing.error_lines == ["sandiq: error: no testimony id starts with deadbeef"]
    assert other_kind.error_lines == ["sandiq: error: no testimony id starts with 5e5e5e5e"]
    assert short.returncode == missing.returncode == other_kind.returncode == 1
    # What was said before of a text that is no id at all stays.
    assert sandiq("testimony", "show", "UZ-1").error_lines == [
        "sandiq: error: 'UZ-1' is not a testimony id"
    ]


def test_delete_undelete_and_history_take_the_start_of_an_id(
    sandiq: Sandiq, prefixed: dict[str, Any]
) -> None:
    deleted = sandiq.ok("delete", "1b2c3d4e-ffff")
    assert deleted.stdout == (
        f"Deleted event 1b2c3d4e-ffff ({EVENT}); 'sandiq undelete {EVENT}' brings it back.\n"
    )
    sandiq.ok("undelete", "1b2c3d4eff")
    history = sandiq.ok("history", "1b2c3d4eff").stdout
    assert len(history.splitlines()) == 3  # imported, deleted, brought back
    # A case's reference is still a reference, not the start of an id.
    assert sandiq("delete", "c0ffee0").error_lines == [
        "sandiq: error: no case with reference c0ffee0, nor a record id"
    ]
    assert json.loads(sandiq.ok("case", "show", SAMPLE_CASE, "--json").stdout)["id"] == CASE


def test_person_merge_takes_the_starts_of_both_ids(
    sandiq: Sandiq, prefixed: dict[str, Any]
) -> None:
    merged = json.loads(sandiq.ok("person", "merge", "5e5e5e5e-1", "5e5e5e5e-2", "--json").stdout)
    assert (merged["kept"], merged["merged"]) == (VICTIM, WITNESS)


def test_extract_takes_the_start_of_an_attachment_id(
    sandiq: Sandiq, prefixed: dict[str, Any], tmp_path: Path
) -> None:
    source = tmp_path / "протокол.txt"
    source.write_text("Протокол допроса", encoding="utf-8")
    attachment = sandiq.ok("attach", TESTIMONY, str(source)).stdout.split("\t")[0]
    out = tmp_path / "out.txt"
    sandiq.ok("extract", attachment[:8], "--out", str(out), "--plaintext-ok")
    assert out.read_text(encoding="utf-8") == "Протокол допроса"
    # Too short a start is refused before the passphrase is asked for, as a malformed id was.
    short = sandiq(
        "extract", attachment[:6], "--out", str(tmp_path / "x"), env={"SANDIQ_PASSPHRASE": None}
    )
    assert short.error_lines == [
        f"sandiq: error: {attachment[:6]!r} is too short for a record id: give 8 or more of its "
        "hex digits"
    ]
