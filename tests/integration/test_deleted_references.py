"""A record written here never newly points at a deleted record; one already pointing at a
record deleted since stays editable, and a colleague's version may point at one (a concurrent
delete must not block an exchange)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import func, select

from db import models, vault_bookkeeping
from desktop_app.core.content import to_content
from desktop_app.core.errors import RecordNotFound
from desktop_app.core.records import Authorship, get_record
from desktop_app.core.vault import Vault
from tests.integration.conftest import Sandiq, new_id

KINDS = ("case", "person", "testimony", "event")


@pytest.fixture
def records(tmp_vault: Vault) -> dict[str, dict[str, UUID]]:
    """A live and a deleted record of every kind a reference can point to, by state and kind."""
    ids: dict[str, dict[str, UUID]] = {"live": {}, "deleted": {}}
    with tmp_vault.transaction() as session:
        w = tmp_vault.writer(session)
        for state in ("live", "deleted"):
            case = w.create("case", {"reference": f"R-{state}", "title": "Detention"}).id
            person = w.create("person", {"name": f"Askarov {state}"}).id
            testimony = w.create("testimony", {"case": str(case), "witness": str(person)}).id
            event = w.create(
                "event", {"case": str(case), "act_type": "torture", "victims": [str(person)]}
            ).id
            ids[state] = {"case": case, "person": person, "testimony": testimony, "event": event}
        for kind in KINDS:
            w.delete(get_record(session, kind, ids["deleted"][kind]))
    return ids


def _content(kind: str, refs: dict[str, UUID]) -> dict[str, Any]:
    """A new record of kind whose every reference points to refs."""
    case, person, testimony = (str(refs[k]) for k in ("case", "person", "testimony"))
    return {
        "case_party": {"case": case, "person": person, "role": "victim"},
        "testimony": {"case": case, "witness": person, "narrative": "Taken at night."},
        "event": {
            "case": case,
            "act_type": "torture",
            "victims": [person],
            "perpetrators": [person],
            "sources": [testimony],
        },
    }[kind]


def _attachment(owner_kind: str, owner: UUID) -> dict[str, Any]:
    return {
        "owner_kind": owner_kind,
        "owner": str(owner),
        "file_name": "face.jpg",
        "size": 0,
        "sha256": "0" * 64,
    }


def _revisions(vault: Vault) -> int:
    with vault.read() as session:
        return session.scalar(select(func.count()).select_from(vault_bookkeeping.Revision)) or 0


# (record kind, field, the kind it points to)
REFERENCE_FIELDS = [
    ("case_party", "case", "case"),
    ("case_party", "person", "person"),
    ("testimony", "case", "case"),
    ("testimony", "witness", "person"),
    ("event", "case", "case"),
    ("event", "victims", "person"),
    ("event", "perpetrators", "person"),
    ("event", "sources", "testimony"),
]


@pytest.mark.parametrize(("kind", "field", "target"), REFERENCE_FIELDS)
def test_new_record_pointing_at_a_deleted_record_is_refused(
    tmp_vault: Vault, records: dict[str, dict[str, UUID]], kind: str, field: str, target: str
) -> None:
    content = _content(kind, records["live"])
    deleted = records["deleted"][target]
    content[field] = [str(deleted)] if isinstance(content[field], list) else str(deleted)
    before = _revisions(tmp_vault)
    with (
        pytest.raises(RecordNotFound, match=f"^no {target} with id {deleted}$"),
        tmp_vault.transaction() as session,
    ):
        tmp_vault.writer(session).create(kind, content)
    assert _revisions(tmp_vault) == before
    with tmp_vault.transaction() as session:  # the same record pointing at live ones is fine
        tmp_vault.writer(session).create(kind, _content(kind, records["live"]))


@pytest.mark.parametrize("owner_kind", KINDS)
def test_attachment_of_a_deleted_record_is_refused(
    tmp_vault: Vault, records: dict[str, dict[str, UUID]], owner_kind: str
) -> None:
    deleted = records["deleted"][owner_kind]
    with (
        pytest.raises(RecordNotFound, match=f"^no {owner_kind} with id {deleted}$"),
        tmp_vault.transaction() as session,
    ):
        tmp_vault.writer(session).create("attachment", _attachment(owner_kind, deleted))
    with tmp_vault.transaction() as session:
        live = records["live"][owner_kind]
        tmp_vault.writer(session).create("attachment", _attachment(owner_kind, live))


def test_new_record_pointing_at_no_record_is_refused(
    tmp_vault: Vault, records: dict[str, dict[str, UUID]]
) -> None:
    content = _content("event", records["live"])
    unknown = new_id()
    content["victims"].append(unknown)
    with (
        pytest.raises(RecordNotFound, match=f"^no person with id {unknown}$"),
        tmp_vault.transaction() as session,
    ):
        tmp_vault.writer(session).create("event", content)


def test_edit_keeping_a_witness_deleted_since_is_saved(
    tmp_vault: Vault, records: dict[str, dict[str, UUID]]
) -> None:
    testimony = records["live"]["testimony"]
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        writer.delete(get_record(session, "person", records["live"]["person"]))
        record = get_record(session, "testimony", testimony)
        edited = {**to_content(record), "narrative": "Taken at night, from his home."}
        assert writer.update(record, edited, is_local_edit=True)
    with tmp_vault.read() as session:
        saved = session.get(models.Testimony, testimony)
        assert saved is not None and saved.narrative == "Taken at night, from his home."
        assert saved.witness_id == records["live"]["person"]


def test_edit_keeping_deleted_victims_may_add_a_live_one_but_not_a_deleted_one(
    tmp_vault: Vault, records: dict[str, dict[str, UUID]]
) -> None:
    deleted_victim = str(records["deleted"]["person"])
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        # A colleague's version, written before the deletion reached them.
        event = get_record(session, "event", records["live"]["event"])
        writer.update(event, {**to_content(event), "victims": [deleted_victim]})
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        event = get_record(session, "event", records["live"]["event"])
        live_victim = str(records["live"]["person"])
        grown = {**to_content(event), "victims": [deleted_victim, live_victim]}
        assert writer.update(event, grown, is_local_edit=True)
        # The same deleted person named in another field is a new reference.
        moved = {**to_content(event), "perpetrators": [deleted_victim]}
        with pytest.raises(RecordNotFound, match=f"^no person with id {deleted_victim}$"):
            writer.update(event, moved, is_local_edit=True)
        assert event.perpetrators == [] and event.victims == [deleted_victim, live_victim]


def test_edit_changing_the_witness_to_a_deleted_person_is_refused(
    tmp_vault: Vault, records: dict[str, dict[str, UUID]]
) -> None:
    deleted = records["deleted"]["person"]
    with tmp_vault.transaction() as session:
        record = get_record(session, "testimony", records["live"]["testimony"])
        changed = {**to_content(record), "witness": str(deleted)}
        with pytest.raises(RecordNotFound, match=f"^no person with id {deleted}$"):
            tmp_vault.writer(session).update(record, changed, is_local_edit=True)
        # Refused before anything was set on the record.
        assert record.witness_id == records["live"]["person"] and record.version == 1


def test_restoring_a_version_whose_witness_was_deleted_since_keeps_the_current_witness(
    tmp_vault: Vault, records: dict[str, dict[str, UUID]]
) -> None:
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        other = writer.create("person", {"name": "Karimova"}).id
        record = get_record(session, "testimony", records["live"]["testimony"])
        old_narrative = record.narrative
        content = {**to_content(record), "witness": str(other), "narrative": "Rewritten."}
        writer.update(record, content, is_local_edit=True)
        writer.delete(get_record(session, "person", records["live"]["person"]))
    with tmp_vault.transaction() as session:
        record = get_record(session, "testimony", records["live"]["testimony"])
        assert tmp_vault.writer(session).restore_version(record, 1)
    with tmp_vault.read() as session:
        record = get_record(session, "testimony", records["live"]["testimony"])
        assert (record.narrative, record.witness_id) == (old_narrative, other)


def test_a_colleagues_version_may_point_at_a_record_deleted_here(
    tmp_vault: Vault, records: dict[str, dict[str, UUID]]
) -> None:
    deleted = str(records["deleted"]["person"])
    colleague = Authorship("2024-01-02T03:04:05Z", "b" * 64, "2024-01-02T03:04:05Z", "b" * 64)
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        content = {**_content("testimony", records["live"]), "witness": deleted}
        created = writer.create("testimony", content, colleague)
        record = get_record(session, "testimony", records["live"]["testimony"])
        assert writer.update(record, {**to_content(record), "witness": deleted})
        assert str(created.witness_id) == str(record.witness_id) == deleted


def test_cli_refuses_a_witness_merged_away_and_takes_the_kept_one(
    sandiq: Sandiq, locked_vault: Path
) -> None:
    sandiq.ok("case", "add", "--reference", "UZ-1", "--title", "Detention")
    keep = sandiq.ok("person", "add", "--name", "Askarov Azimjan").stdout.strip()
    drop = sandiq.ok("person", "add", "--name", "Аскаров Азимжан").stdout.strip()
    sandiq.ok("person", "merge", keep, drop)
    add = ("testimony", "add", "--case", "UZ-1", "--witness")
    refused = sandiq.fails(*add, drop, stdin="Taken at night.")
    assert refused.error_lines == [f"sandiq: error: no person with id {drop}"]
    assert refused.stdout == ""
    created = sandiq.ok(*add, keep, "--json", stdin="Taken at night.").stdout
    assert json.loads(created)["witness"] == keep
    exported = json.loads(sandiq.ok("export-json", "--out", "-", "--plaintext-ok").stdout)
    assert [t["witness"] for t in exported["testimonies"]] == [keep]
