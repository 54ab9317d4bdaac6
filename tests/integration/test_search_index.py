"""The search index keeps up with the folding rules and with the schema: a vault whose index
was made by older rules or an older Sandiq is rebuilt when it is unlocked."""

from __future__ import annotations

from pathlib import Path
from uuid import uuid4

import pytest
from sqlalchemy import Engine, text

from db import migrate
from db.fts import clear_index
from desktop_app.core import vault_creation, vault_schema
from desktop_app.core.errors import Cancelled
from desktop_app.core.search import index
from desktop_app.core.search.folding import FOLD_VERSION, WordFolder
from desktop_app.core.search.index import rebuild_search_index, search_index_is_current
from desktop_app.core.search.service import Match, search
from desktop_app.core.vault import Vault, unlock
from desktop_app.core.vault_creation import create_vault
from tests.conftest import FAST_KDF, PASSPHRASE


def kinds_found(vault: Vault, query: str) -> list[tuple[str, Match]]:
    with vault.read() as session:
        return [(hit.kind, hit.match) for hit in search(session, query)]


def fill(vault: Vault) -> None:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2005-0013", "title": "Andijan"})
        writer.create("person", {"name": "Shamsuddinov"})
        session.flush()
        writer.create("testimony", {"case": str(case.id), "narrative": "Шамсутдинов был там."})


def test_a_new_vault_records_the_folding_rules_of_its_index(tmp_vault: Vault) -> None:
    with tmp_vault.read() as session:
        assert search_index_is_current(session)


def test_index_made_with_other_folding_rules_is_rebuilt_on_unlock(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as older_rules:  # an older Sandiq that folded nothing
        older_rules.setattr(index, "FOLD_VERSION", FOLD_VERSION - 1)
        older_rules.setattr(WordFolder, "index_fold", lambda _, text: text.casefold())
        vault = create_vault(vault_dir, PASSPHRASE, kdf=FAST_KDF).vault
        fill(vault)
        assert kinds_found(vault, "Шамсутдинов") == [("testimony", Match.EXACT)]
        vault.lock()
    vault = unlock(vault_dir, PASSPHRASE)
    assert kinds_found(vault, "Шамсутдинов") == [
        ("testimony", Match.EXACT),
        ("person", Match.FOLDED),
    ]
    with vault.read() as session:
        assert search_index_is_current(session)
    vault.lock()


def test_rebuild_reports_progress_and_a_cancel_leaves_the_old_index(tmp_vault: Vault) -> None:
    fill(tmp_vault)
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled), tmp_vault.transaction() as session:
        rebuild_search_index(session, cancelled=lambda: True)
    assert kinds_found(tmp_vault, "Shamsuddinov") == [
        ("person", Match.EXACT),
        ("testimony", Match.FOLDED),
    ]
    with tmp_vault.transaction() as session:
        assert rebuild_search_index(session, lambda done, total: seen.append((done, total))) == 3
    assert seen == [(3, 3)]
    assert len(kinds_found(tmp_vault, "Shamsuddinov")) == 2


# What version 0001 of Sandiq wrote for a person or a case: the record row and its index rows.
_OLD_PERSON = """INSERT INTO person (id, name, other_names, sex, birth_date, ethnicity, nationality,
    occupation, contact, notes, is_protected, pseudonym, created_at, created_by, updated_at,
    updated_by, version, content_hash, is_deleted)
    VALUES (:id, :name, '[]', '', '', '', '', '', '', '', 0, '', '2026-01-01T00:00:00.000000Z',
    'x', '2026-01-01T00:00:00.000000Z', 'x', 1, '', 0)"""
_OLD_CASE = """INSERT INTO "case" (id, reference, title, summary, status, country, region, place,
    start_date, end_date, violation_types, tags, sensitivity, created_at, created_by, updated_at,
    updated_by, version, content_hash, is_deleted)
    VALUES (:id, 'KG-2010-0001', :name, '', 'open', 'KG', '', 'Osh', '2010-06', '', '[]', '[]',
    'normal', '2026-01-01T00:00:00.000000Z', 'x', '2026-01-01T00:00:00.000000Z', 'x', 1, '', 0)"""
_OLD_DOCUMENT = "INSERT INTO search_document (record_id, record_kind) VALUES (:id, :kind)"
_OLD_TEXT = (
    "INSERT INTO search_fts (rowid, title, body, folded) "
    "SELECT rowid, :name, '', '' FROM search_document WHERE record_id = :id"
)


def make_first_revision_vault(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def upgrade_to_first(engine: Engine, target: str = "head") -> None:
        migrate.upgrade(engine, "0001")

    with monkeypatch.context() as patch:
        patch.setattr(vault_schema, "upgrade", upgrade_to_first)
        patch.setattr(vault_creation, "ensure_search_index", lambda session: False)  # not yet
        patch.setattr(vault_creation, "mark_stale_after_unicode_change", lambda session: False)
        vault = create_vault(path, PASSPHRASE, kdf=FAST_KDF).vault
    with vault.engine.begin() as conn:
        for kind, name in (("person", "Шамсутдинов Рустам"), ("person", "Azimjan Askarov"),
                           ("case", "Detention in Osh")):  # fmt: skip
            row = {"id": uuid4().hex, "name": name, "kind": kind}
            record = _OLD_PERSON if kind == "person" else _OLD_CASE
            for statement in (record, _OLD_DOCUMENT, _OLD_TEXT):
                conn.execute(text(statement), row)
        assert conn.scalar(text("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'askarov'"))
    assert migrate.current_revision(vault.engine) == "0001"
    vault.lock()


def test_vault_from_the_first_revision_is_upgraded_and_searchable_across_scripts(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_first_revision_vault(vault_dir, monkeypatch)
    vault = unlock(vault_dir, PASSPHRASE)
    assert migrate.current_revision(vault.engine) == migrate.head_revision()
    assert kinds_found(vault, "Shamsutdinov") == [("person", Match.FOLDED)]
    assert kinds_found(vault, "Азимжан") == [("person", Match.FOLDED)]
    assert kinds_found(vault, "Askarvo") == [("person", Match.FUZZY)]
    assert kinds_found(vault, "Osh from:2010-06-13") == [("case", Match.EXACT)]  # its period
    assert kinds_found(vault, "Osh to:2010-05") == []
    with vault.read() as session:
        assert search_index_is_current(session)
    vault.lock()


def fill_every_free_text_field(vault: Vault) -> None:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2005-0013", "title": "Detentions"})
        writer.create(
            "event",
            {
                "case": str(case.id),
                "act_type": "arbitrary_detention",
                "description": "Detained on the square.",
                "institutions": ["Andijan city police", "SNB"],
            },
        )
        writer.create(
            "testimony",
            {
                "case": str(case.id),
                "narrative": "He was taken away.",
                "interviewer": "Dilnoza Rahimova",
                "interpreter": "Botirjon Qodirov",
            },
        )
        writer.create(
            "person",
            {
                "name": "Rustam",
                "nationality": "Kyrgyzstan",
                "ethnicity": "Uyghur",
                "contact": "+998 90 555-12-34",
            },
        )


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ("city police", "event"),  # an institution named in an event
        ("SNB", "event"),
        ("Rahimova", "testimony"),  # who took the testimony
        ("Qodirov", "testimony"),  # who interpreted it
        ("Uyghur", "person"),
        ("Kyrgyzstan", "person"),
        ('"555 12 34"', "person"),  # a telephone number in the contact details
    ],
)
def test_every_free_text_field_a_user_looks_for_is_searchable(
    tmp_vault: Vault, query: str, kind: str
) -> None:
    fill_every_free_text_field(tmp_vault)
    assert [found_kind for found_kind, _ in kinds_found(tmp_vault, query)] == [kind]


def test_an_index_made_before_these_fields_were_indexed_is_rebuilt_on_unlock(
    tmp_vault: Vault,
) -> None:
    fill_every_free_text_field(tmp_vault)
    with tmp_vault.transaction() as session:
        # As an earlier Sandiq left it: its folding rules, no record of which fields it read.
        clear_index(session)
        session.execute(text("DELETE FROM search_meta WHERE key != 'fold_version'"))
    assert not tmp_vault.search_index_is_current()
    tmp_vault.lock()
    vault = unlock(tmp_vault.path, PASSPHRASE)
    assert vault.search_index_is_current()
    assert kinds_found(vault, "city police") == [("event", Match.EXACT)]
    vault.lock()
