"""The exchange tables arrive by migration 0003: an older vault opens, and every edit counts."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select, text

from db import migrate
from db.exchange_state import RecordClock
from db.models import Case
from desktop_app.core.attachments import add_attachment
from desktop_app.core.content import kind_of, to_content
from desktop_app.core.exchange.clock import clocks_of
from desktop_app.core.vault import Vault, unlock
from desktop_app.core.verify import verify_vault
from tests.conftest import PASSPHRASE
from tests.integration.exchange_support import Site, introduce, make_site
from tests.integration.test_migrations import make_vault_at

PREVIOUS_REVISION = "0002"


def test_vault_made_before_exchange_opens_and_its_records_can_be_sent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "old" / "vault"
    make_vault_at(folder, PREVIOUS_REVISION, monkeypatch)
    vault = unlock(folder, PASSPHRASE)
    assert migrate.current_revision(vault.engine) == migrate.head_revision()
    with vault.read() as session:
        case = session.scalars(select(Case)).one()
        assert clocks_of(session, [case.id]) == {case.id: {vault.fingerprint: case.version}}
    assert verify_vault(vault) == []
    old = Site("Old", vault, tmp_path / "old")
    new = make_site(tmp_path, "New")
    with vault.transaction() as session:
        from desktop_app.core.identity import load_identity

        load_identity(session).display_name = "Old"
    introduce(old, new)
    report = new.import_(old.export("New", since_last=True).path)
    assert report.inserted == 1
    assert new.document()["cases"] == old.document()["cases"]
    for site in (old, new):
        site.vault.lock()


EDITS = {
    "case": ("title", "changed"),
    "person": ("name", "changed"),
    "case_party": ("role", "witness"),
    "testimony": ("summary", "changed"),
    "event": ("description", "changed"),
    "attachment": ("note", "changed"),
}


def test_every_record_kind_counts_its_edits(tmp_vault: Vault) -> None:
    me = tmp_vault.fingerprint
    with tmp_vault.transaction() as session:
        writer = tmp_vault.writer(session)
        case = writer.create("case", {"reference": "C-1", "title": "t"})
        person = writer.create("person", {"name": "p"})
        session.flush()
        records = [
            case,
            person,
            writer.create("case_party", {"case": str(case.id), "person": str(person.id)}),
            writer.create("testimony", {"case": str(case.id)}),
            writer.create("event", {"case": str(case.id), "act_type": "torture"}),
        ]
        session.flush()
        records.append(add_attachment(writer, "case", case.id, io.BytesIO(b"x"), "x.txt"))
        session.flush()
        ids = [record.id for record in records]
        assert [clocks_of(session, ids)[i] for i in ids] == [{me: 1}] * 6
        for record in records:
            field, value = EDITS[kind_of(record)]
            writer.update(record, {**to_content(record), field: value})
            writer.delete(record)
        session.flush()
        assert [clocks_of(session, ids)[i] for i in ids] == [{me: 3}] * 6


def test_clock_triggers_exist_for_every_record_table(tmp_vault: Vault) -> None:
    with tmp_vault.engine.connect() as conn:
        names = set(
            conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
        )
    tables = ("case", "person", "case_party", "testimony", "event", "attachment")
    for table in tables:
        assert {f"record_clock_{table}_insert", f"record_clock_{table}_update"} <= names
    with tmp_vault.read() as session:
        assert session.scalars(select(RecordClock)).all() == []
