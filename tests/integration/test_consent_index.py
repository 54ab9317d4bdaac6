"""Revision 0008 (the consent index): whom a dossier, and the file name suggested for it, must
not name is read from an index, not from every testimony's row with its narrative; a vault
made at 0007 gains the index and keeps its data."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db import migrate
from db.models import Case
from desktop_app.core.reports import DossierOptions, suggested_file_name
from desktop_app.core.reports.unnamed import anonymous_witnesses
from desktop_app.core.vault import Vault, unlock
from tests.conftest import PASSPHRASE
from tests.integration.test_migrations import make_vault_at
from tests.integration.test_query_plans import _plans


def _witnesses(vault: Vault) -> dict[str, object]:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "TJ-QODIROV-2023", "title": "Appeal"})
        people = {
            name: writer.create("person", {"name": name})
            for name in ("Rustam Qodirov", "Nodira Yusupova", "Aziz Karimov")
        }
        session.flush()
        consents = {
            "Rustam Qodirov": {"given": True, "scope": ["reports"], "anonymise": True},
            "Nodira Yusupova": {"given": True, "scope": ["reports", "anonymised_only"]},
            "Aziz Karimov": {"given": True, "scope": ["reports"]},
        }
        for name, consent in consents.items():
            content = {"case": str(case.id), "witness": str(people[name].id), "consent": consent}
            writer.create("testimony", content)
        return {"case": case.id, **{name: person.id for name, person in people.items()}}


def test_anonymous_witnesses_are_read_from_the_consent_index(tmp_vault: Vault) -> None:
    ids = _witnesses(tmp_vault)
    with tmp_vault.read() as session:
        found = {person.id for person in anonymous_witnesses(session)}
        name = suggested_file_name(session, [ids["case"]], DossierOptions())
    assert found == {ids["Rustam Qodirov"], ids["Nodira Yusupova"]}
    assert "Qodirov" not in name  # he asked for anonymity in a testimony
    lines = _plans(tmp_vault, anonymous_witnesses)
    testimony = [line for line in lines if " testimony" in f" {line}" and "SCAN" in line]
    assert testimony, lines
    assert all("COVERING INDEX ix_testimony_consent" in line for line in testimony), lines


def test_vault_at_0007_gains_the_consent_index(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_vault_at(vault_dir, "0007", monkeypatch)
    vault = unlock(vault_dir, PASSPHRASE)
    try:
        assert migrate.current_revision(vault.engine) == migrate.head_revision()
        with vault.engine.connect() as conn:
            names = {
                row[0]
                for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='index'")
            }
        assert "ix_testimony_consent" in names
        with vault.read() as session:
            assert list(session.scalars(select(Case.title))) == ["Kept"]
    finally:
        vault.lock()
