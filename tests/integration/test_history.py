"""Every saved version of a record is kept: an edit never destroys testimony text."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from sqlalchemy import text

from desktop_app.core.authors import version_authors
from desktop_app.core.content import to_content
from desktop_app.core.errors import InvalidInput, RecordDeleted, RecordNotFound
from desktop_app.core.records import find_record, get_record, history
from desktop_app.core.search.service import search
from desktop_app.core.vault import Vault
from tests.integration.exchange_support import introduce, make_site


def _new_testimony(vault: Vault, narrative: str) -> UUID:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "TJ-2012-0002", "title": "Khorog"})
        testimony = writer.create("testimony", {"case": str(case.id), "narrative": narrative})
        return testimony.id


def _edit(vault: Vault, record_id: UUID, **changes: object) -> bool:
    with vault.transaction() as session:
        record = get_record(session, "testimony", record_id)
        return vault.writer(session).update(record, to_content(record) | changes)


def test_every_update_keeps_the_previous_version(tmp_vault: Vault) -> None:
    testimony_id = _new_testimony(tmp_vault, "They came at dawn.")
    assert _edit(tmp_vault, testimony_id, narrative="They came at dawn, three of them.")
    assert _edit(tmp_vault, testimony_id, status="final")
    with tmp_vault.read() as session:
        versions = history(session, testimony_id)
        current = get_record(session, "testimony", testimony_id)
    assert [v.version for v in versions] == [1, 2, 3]
    assert [v.data["narrative"] for v in versions] == [
        "They came at dawn.",
        "They came at dawn, three of them.",
        "They came at dawn, three of them.",
    ]
    assert versions[-1].data == to_content(current)
    assert (current.version, current.status) == (3, "final")
    assert current.created_at <= current.updated_at
    assert versions[0].saved_by == tmp_vault.fingerprint


def test_saving_unchanged_content_makes_no_version(tmp_vault: Vault) -> None:
    testimony_id = _new_testimony(tmp_vault, "Unchanged.")
    assert not _edit(tmp_vault, testimony_id)
    with tmp_vault.read() as session:
        assert [v.version for v in history(session, testimony_id)] == [1]


def test_invalid_update_changes_nothing(tmp_vault: Vault) -> None:
    testimony_id = _new_testimony(tmp_vault, "Original words.")
    with pytest.raises(InvalidInput, match="status"):
        _edit(tmp_vault, testimony_id, narrative="Lost words.", status="published")
    with tmp_vault.read() as session:
        record = get_record(session, "testimony", testimony_id)
        assert (record.narrative, record.version) == ("Original words.", 1)


def test_delete_is_a_tombstone_with_history(tmp_vault: Vault) -> None:
    testimony_id = _new_testimony(tmp_vault, "Kept after deletion.")
    with tmp_vault.transaction() as session:
        tmp_vault.writer(session).delete(get_record(session, "testimony", testimony_id))
    with tmp_vault.read() as session:
        record = find_record(session, testimony_id)
        assert record.is_deleted and record.version == 2
        versions = history(session, testimony_id)
        assert [(v.version, v.is_deleted) for v in versions] == [(1, False), (2, True)]
        assert versions[-1].data["narrative"] == "Kept after deletion."
        assert search(session, "deletion") == []


def test_restore_brings_back_an_old_version_as_a_new_one(tmp_vault: Vault) -> None:
    testimony_id = _new_testimony(tmp_vault, "The first telling.")
    _edit(tmp_vault, testimony_id, narrative="An accidental overwrite.")
    with tmp_vault.transaction() as session:
        record = get_record(session, "testimony", testimony_id)
        assert tmp_vault.writer(session).restore_version(record, 1)
    with tmp_vault.read() as session:
        record = get_record(session, "testimony", testimony_id)
        assert (record.narrative, record.version) == ("The first telling.", 3)
        assert [v.version for v in history(session, testimony_id)] == [1, 2, 3]
        assert [h.record_id for h in search(session, "telling")] == [testimony_id]
        assert search(session, "overwrite") == []
        with pytest.raises(RecordNotFound, match="has no version 9"):
            tmp_vault.writer(session).restore_version(record, 9)


def test_a_local_edit_of_a_deleted_record_is_refused_and_a_restore_revives_it(
    tmp_vault: Vault,
) -> None:
    testimony_id = _new_testimony(tmp_vault, "Told before the deletion.")
    with tmp_vault.transaction() as session:
        tmp_vault.writer(session).delete(get_record(session, "testimony", testimony_id))
    with tmp_vault.transaction() as session:
        record = get_record(session, "testimony", testimony_id)
        with pytest.raises(RecordDeleted, match="was deleted"):
            tmp_vault.writer(session).update(
                record, {**to_content(record), "narrative": "Edited."}, is_local_edit=True
            )
    with tmp_vault.transaction() as session:
        record = get_record(session, "testimony", testimony_id)
        assert (record.is_deleted, record.version) == (True, 2)
        assert tmp_vault.writer(session).restore_version(record, 1)
    with tmp_vault.read() as session:
        record = get_record(session, "testimony", testimony_id)
        assert (record.is_deleted, record.version) == (False, 3)


def test_unknown_record_is_a_clear_error(tmp_vault: Vault) -> None:
    missing = UUID(int=7)
    with tmp_vault.read() as session:
        with pytest.raises(RecordNotFound, match=f"no record with id {missing}"):
            find_record(session, missing)
        with pytest.raises(RecordNotFound, match="no case with id"):
            get_record(session, "case", missing)
        assert history(session, missing) == []


def _sites(tmp_path: Path) -> tuple[Any, Any]:
    here, colleague = make_site(tmp_path, "Here"), make_site(tmp_path, "Aziza")
    introduce(here, colleague)
    return here, colleague


def test_every_version_names_the_vault_that_made_it(tmp_path: Path) -> None:
    here, colleague = _sites(tmp_path)
    case = colleague.write("case", {"reference": "UZ-2021-0042", "title": "Andijan raid"})
    here.import_(colleague.export("Here", since_last=True).path)
    here.edit("case", case, title="Andijan raid, May 2005")
    colleague.import_(here.export("Aziza", since_last=True).path)
    colleague.edit("case", case, title="Andijan raid, 13 May 2005")
    here.import_(colleague.export("Here", since_last=True).path)
    here.edit("case", case, title="Andijan raid, 13 May 2005 (Bobur Square)")
    me, aziza = here.vault.fingerprint, colleague.vault.fingerprint
    with here.vault.read() as session:
        saved_by = {r.version: r.saved_by for r in history(session, case)}
        authors = version_authors(session, me, [("case", case, v) for v in (1, 2, 3, 4)])
    assert set(saved_by.values()) == {me}  # every revision here was saved by this vault
    assert authors == {(case, 1): aziza, (case, 2): me, (case, 3): aziza, (case, 4): me}
    colleague.vault.lock()
    here.vault.lock()


def test_versions_saved_before_authors_were_kept_name_one_only_where_the_vault_can_tell(
    tmp_path: Path,
) -> None:
    here, colleague = _sites(tmp_path)
    received = colleague.write("case", {"reference": "UZ-2021-0042", "title": "Andijan raid"})
    colleague.edit("case", received, title="Andijan raid, May 2005")
    here.import_(colleague.export("Here", since_last=True).path)
    local = here.write("case", {"reference": "UZ-2021-0043", "title": "Namangan"})
    here.edit("case", local, title="Namangan, June")
    here.edit("case", received, title="Andijan raid, 13 May 2005")
    here.edit("case", received, title="Andijan raid, 13 May 2005 (Bobur Square)")
    with here.vault.transaction() as session:  # as a vault from before the column has them
        session.execute(text("UPDATE revision SET made_by = NULL"))
    me, aziza = here.vault.fingerprint, colleague.vault.fingerprint
    versions = [("case", local, 1), ("case", local, 2)]
    versions += [("case", received, v) for v in (1, 2, 3)]
    with here.vault.read() as session:
        authors = version_authors(session, me, versions)
    assert authors == {
        (local, 1): me,  # only this vault ever changed it
        (local, 2): me,
        (received, 1): aziza,  # came in her bundle: she is the one other vault in its clock
        (received, 2): None,  # this vault's, but nothing stored says it was not hers
        (received, 3): me,  # the latest version: the record's updated_by
    }
    colleague.vault.lock()
    here.vault.lock()
