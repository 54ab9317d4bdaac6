"""Salvage gives a record whose latest saved version was lost that version back from its row,
so that the salvaged vault verifies (and keeps verifying after an edit) instead of sending the
user to salvage again, round a loop."""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from sqlalchemy import select

from db.models import Testimony
from db.vault_bookkeeping import Revision
from desktop_app.core import interchange
from desktop_app.core.records import get_record
from desktop_app.core.salvage import salvage
from desktop_app.core.vault import Vault, unlock
from desktop_app.core.verify import verify_report
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.conftest import Sandiq, report_of
from tests.integration.test_salvage import damage_a_page, fill_cases


def _edit_then_damage_the_newest_versions(vault: Vault) -> dict[UUID, str]:
    """Every testimony edited once, then a page of the revision table lost where the edits'
    versions are (the newest, at its end); returns each testimony's edited summary."""
    summaries: dict[UUID, str] = {}
    testimonies = fill_cases(vault, cases=6)
    with vault.transaction() as session:
        writer = vault.writer(session)
        for testimony_id in testimonies:
            testimony = get_record(session, "testimony", UUID(testimony_id))
            summary = f"Edited summary of {testimony_id}"
            writer.update(testimony, interchange.to_content(testimony) | {"summary": summary})
            summaries[testimony.id] = summary
    damage_a_page(vault, "revision", "length(data)")
    return summaries


def test_a_record_whose_latest_version_was_lost_gets_it_back_and_verifies(
    tmp_vault: Vault, tmp_path: Path
) -> None:
    summaries = _edit_then_damage_the_newest_versions(tmp_vault)

    report = salvage(tmp_vault.path, tmp_path / "saved", PASSPHRASE, kdf=FAST_KDF)

    revision = {part.table: part for part in report.parts}["revision"]
    assert revision.rebuilt > 0 and revision.lost == 0
    saved = unlock(tmp_path / "saved", PASSPHRASE)
    try:
        checked = verify_report(saved)
        assert (checked.problems, checked.salvage_notes, checked.advice) == ([], [], [])
        with saved.read() as session:
            latest = session.execute(
                select(Revision.record_id, Revision.version, Revision.data).where(
                    Revision.record_kind == "testimony", Revision.version == 2
                )
            ).all()
        assert {record_id: data["summary"] for record_id, _, data in latest} == summaries
        # An edit afterwards is an ordinary new version: the vault still verifies.
        with saved.transaction() as session:
            testimony = session.get(Testimony, next(iter(summaries)))
            assert testimony is not None and testimony.version == 2
            content = interchange.to_content(testimony) | {"summary": "Edited after salvage"}
            saved.writer(session).update(testimony, content)
        assert verify_report(saved).problems == []
    finally:
        saved.lock()


def test_sandiq_salvage_says_which_versions_it_saved_again_and_verify_passes(
    sandiq: Sandiq, tmp_vault: Vault, tmp_path: Path
) -> None:
    _edit_then_damage_the_newest_versions(tmp_vault)
    lines = sandiq.ok("salvage", "--to", str(tmp_path / "saved")).stdout.splitlines()
    revision = next(line for line in lines if line.startswith("revision: "))
    assert revision.endswith(" rebuilt from their records, 0 lost")
    assert not any(line.startswith("  2. Get back what was lost") for line in lines)
    verified = report_of(sandiq.ok("verify", vault=tmp_path / "saved").stdout)
    assert verified == "vault verified: OK\n"
