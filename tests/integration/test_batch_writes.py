"""Writing many new records at once stores exactly what writing them one by one stores.

An import writes its new records together (``RecordWriter.insert``); a user's save writes one
(``RecordWriter.create``). The two share validation and row building but write the search
index differently, so these tests import the same document both ways and compare every stored
row: records, revisions, audit entries, version vectors and the search tables, down to the
terms FTS5 holds for each record.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import Connection

from desktop_app.core.audit import chain_problems
from desktop_app.core.content import MODEL_OF_KIND
from desktop_app.core.interchange import SECTIONS, import_document
from desktop_app.core.records import get_record
from desktop_app.core.search.service import search
from desktop_app.core.vault import Vault
from desktop_app.core.vault_creation import create_vault
from desktop_app.core.verify import verify_vault
from tests.benchmarks.synthetic import QUERIES, synthetic_document
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.conftest import sample_document

# Columns that hold the time of writing: the two imports run at different moments.
_TIMES = {"created_at", "updated_at", "saved_at", "at", "prev_hash", "entry_hash"}
_FTS_TABLES = ("search_fts", "search_fts_names")


def _document() -> dict[str, Any]:
    """Synthetic testimonies plus a document using every section and reference."""
    document = synthetic_document(120, seed=11)
    extra = sample_document("Уни кечаси олиб кетишди. Qoʻshnilar koʻrdi; Shamsutdinov's uy.")
    for section, _ in SECTIONS:
        document[section] = document.get(section, []) + extra[section]
    return document


def _rows(conn: Connection, vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table a write touches, in rowid order, with this vault's identity
    replaced by ME and times left out."""
    me = vault.fingerprint
    tables = [
        *(model.__tablename__ for model in MODEL_OF_KIND.values()),
        "revision",
        "audit_log",
        "record_clock",
        "search_document",
        "search_text",
        "search_name_word",
    ]
    dump: dict[str, list[tuple[Any, ...]]] = {}
    for table in tables:
        result = conn.exec_driver_sql(f'SELECT rowid, * FROM "{table}" ORDER BY rowid')
        keep = [i for i, name in enumerate(result.keys()) if name not in _TIMES]
        dump[table] = [
            tuple(v.replace(me, "ME") if isinstance(v, str) else v for v in (row[i] for i in keep))
            for row in result
        ]
    for fts in _FTS_TABLES:
        # Each document's size, without FTS5's own bookkeeping of which segment holds it.
        dump[f"{fts} sizes"] = [
            tuple(row) for row in conn.exec_driver_sql(f"SELECT id, sz FROM {fts}_docsize")
        ]
        # What FTS5 holds for each document: every term, column and position.
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{fts}_terms "
            f"USING fts5vocab(main, {fts}, instance)"
        )
        dump[f"{fts} terms"] = [
            tuple(row)
            for row in conn.exec_driver_sql(
                f"SELECT doc, col, offset, term FROM temp.{fts}_terms ORDER BY doc, col, offset"
            )
        ]
    return dump


def _vault(root: Path, name: str) -> Vault:
    return create_vault(root / name, PASSPHRASE, display_name=name, kdf=FAST_KDF).vault


def _one_by_one(vault: Vault, document: dict[str, Any]) -> None:
    with vault.transaction() as session:
        writer = vault.writer(session)
        for section, kind in SECTIONS:
            for item in document.get(section, []):
                writer.create(kind, item)


def _stored(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    assert verify_vault(vault) == []
    with vault.read() as session:
        assert chain_problems(session) == []
        return _rows(session.connection(), vault)


def test_importing_a_document_stores_what_creating_each_record_stores(tmp_path: Path) -> None:
    document = _document()
    batch, single = _vault(tmp_path, "batch"), _vault(tmp_path, "single")
    with batch.transaction() as session:
        summary = import_document(batch.writer(session), copy.deepcopy(document))
    _one_by_one(single, document)

    stored = _stored(batch)
    assert summary.inserted == len(stored["revision"]) > 100
    assert stored == _stored(single)
    for query in (*QUERIES, "кечаси", "Shamsudinof", "Askarov"):
        with batch.read() as a, single.read() as b:
            assert search(a, query, limit=1000) == search(b, query, limit=1000)


def test_new_records_of_an_import_after_edits_keep_the_order_of_the_document(
    tmp_path: Path,
) -> None:
    # New records around updates: each update writes the new records before it first.
    document = _document()
    first = {
        **document,
        "case_parties": document["case_parties"][::2],
        "testimonies": document["testimonies"][::2],
        "events": [],
    }
    edited = copy.deepcopy(document)
    for testimony in edited["testimonies"][::3]:
        testimony["narrative"] += " Keyin Xoʻjandga olib ketishdi."
    batch, single = _vault(tmp_path, "batch"), _vault(tmp_path, "single")
    for vault in (batch, single):
        with vault.transaction() as session:
            import_document(vault.writer(session), copy.deepcopy(first))
    with batch.transaction() as session:
        import_document(batch.writer(session), copy.deepcopy(edited))
    with single.transaction() as session:
        writer = single.writer(session)
        for section, kind in SECTIONS:
            for item in edited[section]:
                stored = session.get(MODEL_OF_KIND[kind], UUID(item["id"]))
                if stored is None:
                    writer.create(kind, item)
                else:
                    writer.update(stored, item)
    assert _stored(batch) == _stored(single)


def test_a_record_written_in_a_batch_is_stored_as_the_orm_stores_it(tmp_vault: Vault) -> None:
    # Batches insert through Core, the ORM writes later edits: both must store the same bytes.
    document = sample_document()
    with tmp_vault.transaction() as session:
        import_document(tmp_vault.writer(session), document)
    with tmp_vault.transaction() as session:
        conn = session.connection()
        for section, kind in SECTIONS:
            model: Any = MODEL_OF_KIND[kind]
            record = get_record(session, kind, UUID(document[section][0]["id"]))
            columns = model.__table__.columns.keys()
            copied = model(**{name: getattr(record, name) for name in columns})
            copied.id = UUID(int=record.id.int ^ 1)
            session.add(copied)
            session.flush()
            types = ", ".join(f"typeof({c})" for c in columns)
            row = f'SELECT *, {types} FROM "{model.__tablename__}" WHERE id = ?'
            batch_row = conn.exec_driver_sql(row, (record.id.hex,)).one()
            orm_row = conn.exec_driver_sql(row, (copied.id.hex,)).one()
            id_column = list(columns).index("id")
            assert [v for i, v in enumerate(batch_row) if i != id_column] == [
                v for i, v in enumerate(orm_row) if i != id_column
            ]
