"""Comparing a deletion with the version before it: a deletion keeps the content, so the
comparison said only "The two versions have the same content."."""

from __future__ import annotations

from uuid import UUID

from desktop_app.core.deletion import restore_deleted
from desktop_app.core.records import get_record
from desktop_app.core.vault import Vault
from desktop_app.core.version_changes import compare_versions


def _deleted_and_restored_testimony(vault: Vault) -> UUID:
    """A testimony: version 1 written, 2 its deletion, 3 its restoration."""
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2024-0001", "title": "Toshkent"})
        session.flush()
        testimony = writer.create("testimony", {"case": str(case.id), "narrative": "Akam…"})
        testimony_id = testimony.id
    with vault.transaction() as session:
        vault.writer(session).delete(get_record(session, "testimony", testimony_id))
    with vault.transaction() as session:
        restore_deleted(vault.writer(session), "testimony", testimony_id)
    return testimony_id


def test_a_comparison_says_which_version_deletes_or_restores_the_record(
    tmp_vault: Vault,
) -> None:
    testimony = _deleted_and_restored_testimony(tmp_vault)
    with tmp_vault.read() as session:
        deletion = compare_versions(session, testimony, 1, 2)
        restoration = compare_versions(session, testimony, 2, 3)
        round_trip = compare_versions(session, testimony, 3, 1)
    assert deletion.differences == () and deletion.deletes and not deletion.restores
    assert restoration.restores and not restoration.deletes
    assert not round_trip.deletes and not round_trip.restores
