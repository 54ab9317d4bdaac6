"""Benchmark: the encrypted vault against the same code on plain SQLite, in the same run.

20,000 synthetic testimonies of about 300 words (``synthetic.py``) are imported in one
transaction into a real SQLCipher vault and into a plain SQLite database opened through the
same engine code (``open_engine(path, None)``), the same models, migrations, write path and
search. The difference between the two columns is what encryption costs. Printed figures:
import time, full-text query latency (p50, p95) and database size; `make bench CHECK=1` fails
when a ratio is above 1.3 or the encrypted p95 above 20 ms.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
from sqlalchemy.orm import sessionmaker

from db.engine import open_engine
from db.migrate import upgrade
from db.models import VocabularyTerm
from desktop_app.core import keys
from desktop_app.core.identity import create_identity
from desktop_app.core.interchange import import_document
from desktop_app.core.search.service import search
from desktop_app.core.vault import DATABASE_NAME, Vault, create_vault
from desktop_app.core.vocab import ACT_TYPE_VOCABULARY, ACT_TYPES
from tests.benchmarks.synthetic import QUERIES, synthetic_document
from tests.conftest import FAST_KDF, PASSPHRASE

TESTIMONIES = 20_000
QUERY_ROUNDS = 10
TARGET_RATIO = 1.3
TARGET_P95_MS = 20.0


def plain_vault(path: Path) -> Vault:
    """A vault over plain SQLite: same schema, identity and vocabulary, no encryption."""
    path.mkdir(parents=True)
    engine = open_engine(path / DATABASE_NAME, None)
    upgrade(engine)
    with sessionmaker(engine).begin() as session:
        create_identity(session)
        for code, (en, ru, uz) in ACT_TYPES.items():
            session.add(VocabularyTerm(vocabulary=ACT_TYPE_VOCABULARY, code=code, label_en=en,
                                       label_ru=ru, label_uz=uz, is_builtin=True))  # fmt: skip
    return Vault(path, keys.Header(vault_id=uuid4(), slots=()), b"plain", engine)


@dataclass
class Figures:
    """What one backend measured."""

    import_seconds: float = 0.0
    query_ms: list[float] | None = None
    size_bytes: int = 0

    def percentile(self, p: int) -> float:
        """The p-th percentile of the query times, in ms."""
        assert self.query_ms
        return statistics.quantiles(self.query_ms, n=100, method="inclusive")[p - 1]


def timed_import(vault: Vault, document: dict[str, Any]) -> float:
    """Seconds to import the document in one transaction, commit included."""
    started = time.perf_counter()
    with vault.transaction() as session:
        import_document(vault.writer(session), document)
    return time.perf_counter() - started


def database_size(vault: Vault) -> int:
    """Bytes on disk once the WAL is folded back into the database file."""
    with vault.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in vault.path.glob(DATABASE_NAME + "*"))


def query_times(vaults: list[Vault]) -> list[list[float]]:
    """Each query's time in ms per vault; the vaults take turns so load hits them alike."""
    times: list[list[float]] = [[] for _ in vaults]
    sessions = [vault.read() for vault in vaults]
    opened = [s.__enter__() for s in sessions]
    try:
        for session in opened:  # one untimed pass: connections open, schema loaded
            search(session, QUERIES[0])
        for _ in range(QUERY_ROUNDS):
            for query in QUERIES:
                for index, session in enumerate(opened):
                    started = time.perf_counter()
                    hits = search(session, query, limit=50)
                    times[index].append((time.perf_counter() - started) * 1000)
                    assert hits, f"no hit for {query!r}"
    finally:
        for s in sessions:
            s.__exit__(None, None, None)
    return times


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    """The synthetic workload, the same in every run."""
    return synthetic_document(TESTIMONIES, seed=2026)


@pytest.fixture
def vaults(tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    """An empty encrypted vault and an empty plain one."""
    encrypted = create_vault(tmp_path / "sqlcipher", PASSPHRASE, kdf=FAST_KDF).vault
    plain = plain_vault(tmp_path / "plain")
    yield encrypted, plain
    encrypted.lock()
    plain.engine.dispose()


def _row(name: str, ours: str, base: str, ratio: float, target: str) -> str:
    return f"{name:<40} {ours:>11} {base:>13} {ratio:>6.2f}× {target:>16}"


def test_encryption_costs_little(
    vaults: tuple[Vault, Vault], document: dict[str, Any], bench_check: bool
) -> None:
    encrypted, plain = vaults
    sandiq, baseline = Figures(), Figures()
    baseline.import_seconds = timed_import(plain, document)
    sandiq.import_seconds = timed_import(encrypted, document)
    sandiq.query_ms, baseline.query_ms = query_times([encrypted, plain])
    sandiq.size_bytes, baseline.size_bytes = database_size(encrypted), database_size(plain)

    import_ratio = sandiq.import_seconds / baseline.import_seconds
    p50_ratio = sandiq.percentile(50) / baseline.percentile(50)
    p95_ratio = sandiq.percentile(95) / baseline.percentile(95)
    size_ratio = sandiq.size_bytes / baseline.size_bytes
    records = sum(len(v) for k, v in document.items() if isinstance(v, list))
    print()
    print(f"{TESTIMONIES:,} testimonies of ~300 words ({records:,} records), "
          f"{len(QUERIES)} queries × {QUERY_ROUNDS} rounds")  # fmt: skip
    print(f"{'workload':<40} {'SQLCipher':>11} {'plain SQLite':>13} {'ratio':>7} {'target':>16}")
    print(_row("import, one transaction", f"{sandiq.import_seconds:.1f} s",
               f"{baseline.import_seconds:.1f} s", import_ratio, f"≤{TARGET_RATIO}×"))  # fmt: skip
    print(_row("FTS query p50", f"{sandiq.percentile(50):.1f} ms",
               f"{baseline.percentile(50):.1f} ms", p50_ratio, ""))  # fmt: skip
    print(_row("FTS query p95", f"{sandiq.percentile(95):.1f} ms",
               f"{baseline.percentile(95):.1f} ms", p95_ratio,
               f"≤{TARGET_P95_MS:.0f} ms, ≤{TARGET_RATIO}×"))  # fmt: skip
    print(_row("database size", f"{sandiq.size_bytes / 1e6:.1f} MB",
               f"{baseline.size_bytes / 1e6:.1f} MB", size_ratio, f"≤{TARGET_RATIO}×"))  # fmt: skip
    if bench_check:
        assert import_ratio <= TARGET_RATIO
        assert p95_ratio <= TARGET_RATIO
        assert size_ratio <= TARGET_RATIO
        assert sandiq.percentile(95) <= TARGET_P95_MS
