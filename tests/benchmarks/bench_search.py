"""Benchmark: search at 100,000 testimonies, and name search on the test set of spellings.

The corpus is ``synthetic.py``'s: 100k testimonies of ~300 words of Russian, Uzbek (both
scripts) and English naming people and places in several spellings, with their cases, persons
and events. Records are bulk-inserted (validated by ``apply_content``, without revisions or
audit entries, which search never reads) and indexed by ``rebuild_search_index``, the bulk
path a vault takes when its folding rules change. The built vault is cached in the temp folder
(keyed by the generator and index code) because building it takes minutes.

The baseline, measured in the same run, is a plain FTS5 index (``title, body``, the same
tokenizer, content stored) over the same text in a SQLCipher database of its own, queried the
way Sandiq searched before folding: every word quoted, ranked by bm25, FTS5 snippet, 50 rows.
Workloads: *plain* queries (words as they appear in the text), *folded* ones (a name or place
in a spelling that folding unifies with the others), *fuzzy* ones (misspellings, Uzbek o
for Russian a, suffixed forms), *typing* ones (the last word half typed, as the search box
sends it on each key: completed by prefix) and *inflected* ones (a name or place typed in a
Russian case or with an Uzbek suffix). Printed: p50/p95 per workload, index size, build
time, and recall/precision on ``tests/vectors/name_queries.json`` (whole words, and as typed);
``make bench CHECK=1`` asserts the targets (p95 ≤ 20 ms plain and folded, ≤ 60 ms fuzzy,
typing and inflected; index ≤ 2× plain; recall ≥ 95%, precision ≥ 90% for whole words).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text

from db.engine import open_engine
from db.migrate import head_revision
from db.search_tables import SearchText
from desktop_app.core.search.folding import FOLD_VERSION
from desktop_app.core.search.index import INDEXED_FIELDS_VERSION, rebuild_search_index
from desktop_app.core.search.service import search
from desktop_app.core.vault import DATABASE_NAME, Vault, unlock
from desktop_app.core.vault_creation import create_vault
from tests.benchmarks.bulk import bulk_insert
from tests.benchmarks.synthetic import synthetic_document
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.search_vectors import fill_with_names, load_entities, measure

TESTIMONIES = int(os.environ.get("SANDIQ_BENCH_TESTIMONIES", "100000"))
ROUNDS = 5
LIMIT = 50
TARGET_P95_MS = {"plain": 20.0, "folded": 20.0, "fuzzy": 60.0, "typing": 60.0, "inflected": 60.0}
TARGET_SIZE_RATIO = 2.0
TARGET_RECALL, TARGET_PRECISION = 0.95, 0.90
REPO = Path(__file__).resolve().parents[2]
# The cached corpus is built again when the generator, the schema, the folding rules or the
# indexed fields change, or CORPUS_FORMAT (bump it for any other change to what is cached).
CORPUS_FORMAT = 1
_CODE = ("synthetic.py", "bulk.py")  # the vault is rebuilt when these change
_BASELINE_KEY = hashlib.sha256(b"sandiq search benchmark baseline").digest()  # synthetic data

WORKLOADS: dict[str, tuple[str, ...]] = {
    "plain": ("Shamsutdinov", "адвоката", "confession", "raqamsiz mashinani", "court building",
              "Khudoyberdiev", "Askarov prosecutor", "милиции", "Osh", "Gulnora"),
    "folded": ("Shamsudinov", "Шамсутдинов", "Azimzhan", "Toshkent", "Andijon", "Jalolobod",
               "Худойбердиев", "Xolmatov", "Abdulaev", "Djamshid"),
    "fuzzy": ("Shamsutdinvo", "Askarvo", "Shamsitdinov", "Tursonov", "Ergashef", "Khudoyberdeiv",
              "Namangn", "Bobojanov", "Ulugbeck", "Zulfija"),
    "typing": ("Sham", "Shamsut", "Худойб", "Andij", "Toshk", "Askarov pros", "милиц", "Jalolo",
               "Kadyr*", "Nazarov adv"),
    "inflected": ("Шамсутдиновым", "Аскарову", "Андижане", "Toshkentda", "Andijanda",
                  "Хамидове", "Каримовым", "Namangandan", "Ташкенте", "Ферганы"),
}  # fmt: skip


@dataclass(frozen=True)
class Corpus:
    """The cached vault, its baseline index, and what building them measured."""

    vault_dir: str
    baseline_db: str
    records_bytes: int  # the vault without its search index, vacuumed
    vault_bytes: int  # the same with the index
    baseline_bytes: int
    index_seconds: float
    baseline_seconds: float


def _vacuumed_size(engine: Engine, path: Path) -> int:
    raw = engine.raw_connection()  # autocommit: VACUUM cannot run in a transaction
    try:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.execute("VACUUM")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def _build_baseline(vault: Vault, path: Path) -> tuple[int, float]:
    engine = open_engine(path, _BASELINE_KEY)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE plain_fts USING fts5(title, body, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
    seconds = 0.0
    with vault.read() as session:
        rows = session.execute(select(SearchText.rowid, SearchText.title, SearchText.body))
        while chunk := rows.fetchmany(5000):
            started = time.perf_counter()
            with engine.begin() as conn:
                conn.execute(
                    text("INSERT INTO plain_fts (rowid, title, body) VALUES (:r, :t, :b)"),
                    [{"r": r, "t": t, "b": b} for r, t, b in chunk],
                )
            seconds += time.perf_counter() - started
    size = _vacuumed_size(engine, path)
    engine.dispose()
    return size, seconds


def _build(folder: Path) -> Corpus:
    print(f"\nbuilding a {TESTIMONIES:,}-testimony vault in {folder} (cached for later runs)")
    vault = create_vault(folder / "vault", PASSPHRASE, kdf=FAST_KDF).vault
    with vault.transaction() as session:
        bulk_insert(session, synthetic_document(TESTIMONIES, seed=2026), vault.fingerprint)
    records_bytes = _vacuumed_size(vault.engine, vault.path / DATABASE_NAME)
    started = time.perf_counter()
    with vault.transaction() as session:
        rebuild_search_index(session)
    index_seconds = time.perf_counter() - started
    vault_bytes = _vacuumed_size(vault.engine, vault.path / DATABASE_NAME)
    baseline_bytes, baseline_seconds = _build_baseline(vault, folder / "baseline.db")
    vault.lock()
    return Corpus(str(folder / "vault"), str(folder / "baseline.db"), records_bytes,
                  vault_bytes, baseline_bytes, index_seconds, baseline_seconds)  # fmt: skip


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    """The 100k vault and its baseline, built once and kept in the temp folder."""
    key = f"{TESTIMONIES} {head_revision()} {FOLD_VERSION} {INDEXED_FIELDS_VERSION} {CORPUS_FORMAT}"
    code = b"".join((REPO / "tests/benchmarks" / n).read_bytes() for n in _CODE)
    digest = hashlib.sha256(key.encode() + code)
    folder = Path(tempfile.gettempdir()) / f"sandiq-bench-search-{digest.hexdigest()[:16]}"
    figures = folder / "corpus.json"
    if not figures.exists():
        shutil.rmtree(folder, ignore_errors=True)  # an interrupted build
        folder.mkdir(parents=True)
        figures.write_text(json.dumps(asdict(_build(folder))))
    return Corpus(**json.loads(figures.read_text()))


def _baseline_search(conn: Any, query: str) -> list[Any]:
    """What Sandiq's search did before folding: every word quoted, bm25, FTS5 snippet."""
    expression = " ".join('"' + w.replace('"', '""') + '"' for w in query.split())
    return conn.execute(
        "SELECT rowid, snippet(plain_fts, -1, '[', ']', '…', 12), bm25(plain_fts) AS rank "
        "FROM plain_fts WHERE plain_fts MATCH ? ORDER BY rank LIMIT ?",
        (expression, LIMIT),
    ).fetchall()


def _percentiles(times: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(times, n=100, method="inclusive")
    return cuts[49], cuts[94]


def _timed(
    runs: Sequence[Callable[[str], object]], queries: Sequence[str]
) -> list[tuple[list[float], list[float]]]:
    """Wall and CPU milliseconds per query for each run; the runs take turns so load hits
    them alike. CPU time (this process: SQLite runs in it) is what other work on a shared
    machine does not inflate."""
    times: list[tuple[list[float], list[float]]] = [([], []) for _ in runs]
    for _ in range(ROUNDS):
        for query in queries:
            for index, run in enumerate(runs):
                wall, cpu = time.perf_counter(), time.process_time()
                run(query)
                times[index][0].append((time.perf_counter() - wall) * 1000)
                times[index][1].append((time.process_time() - cpu) * 1000)
    return times


def _row(workload: str, ours: str, base: str, ratio: float, target: str) -> str:
    return f"{workload:<44} {ours:>10} {base:>10} {ratio:>6.2f} {target:>10}"


@pytest.fixture(scope="module")
def vault(corpus: Corpus) -> Iterator[Vault]:
    """The cached corpus, unlocked."""
    unlocked = unlock(Path(corpus.vault_dir), PASSPHRASE)
    yield unlocked
    unlocked.lock()


def test_search_at_100k_testimonies(corpus: Corpus, vault: Vault, bench_check: bool) -> None:
    baseline = open_engine(Path(corpus.baseline_db), _BASELINE_KEY).raw_connection()
    print(f"\n{TESTIMONIES:,} synthetic testimonies of ~300 words; {ROUNDS} rounds per query, "
          f"limit {LIMIT}; baseline: plain FTS5 (title, body), bm25 + snippet")  # fmt: skip
    print(f"{'workload':<44} {'sandiq':>10} {'baseline':>10} {'ratio':>6} {'target':>10}")
    misses: list[str] = []
    with vault.read() as session:
        for query in WORKLOADS["plain"]:  # untimed: pages cached, statements compiled
            search(session, query)
            _baseline_search(baseline, query)
        for workload, queries in WORKLOADS.items():
            for query in queries:
                if not search(session, query, LIMIT):
                    misses.append(query)
            (ours, ours_cpu), (base, base_cpu) = _timed(
                [lambda q: search(session, q, LIMIT), lambda q: _baseline_search(baseline, q)],
                queries,
            )
            (ours50, ours95), (base50, base95) = _percentiles(ours), _percentiles(base)
            cpu95, base_cpu95 = _percentiles(ours_cpu)[1], _percentiles(base_cpu)[1]
            target = TARGET_P95_MS[workload]
            print(_row(f"search p50, {workload} ({len(queries)} queries)",
                       f"{ours50:.1f} ms", f"{base50:.1f} ms", ours50 / base50, ""))  # fmt: skip
            print(_row(f"search p95, {workload}", f"{ours95:.1f} ms", f"{base95:.1f} ms",
                       ours95 / base95, f"≤{target:.0f} ms"))  # fmt: skip
            print(_row(f"  CPU time p95, {workload}", f"{cpu95:.1f} ms", f"{base_cpu95:.1f} ms",
                       cpu95 / base_cpu95, ""))  # fmt: skip
            if bench_check:
                assert ours95 <= target, (workload, ours95)
    baseline.close()
    index_bytes = corpus.vault_bytes - corpus.records_bytes
    size_ratio = index_bytes / corpus.baseline_bytes
    print(_row("index size (all search tables)", f"{index_bytes / 1e6:.0f} MB",
               f"{corpus.baseline_bytes / 1e6:.0f} MB", size_ratio,
               f"≤{TARGET_SIZE_RATIO:.0f}×"))  # fmt: skip
    print(_row("index build, all records", f"{corpus.index_seconds:.0f} s",
               f"{corpus.baseline_seconds:.0f} s", corpus.index_seconds / corpus.baseline_seconds,
               ""))  # fmt: skip
    assert misses == [], f"queries that found nothing: {misses}"
    if bench_check:
        assert size_ratio <= TARGET_SIZE_RATIO


def test_name_search_recall_and_precision(tmp_path: Path, bench_check: bool) -> None:
    entities = load_entities()
    queries = sum(len(e["spellings"]) + len(e["distractors"]) for e in entities)
    print(f"\nname test set: {len(entities)} people and places, {queries} queries "
          "(every spelling and look-alike)")  # fmt: skip
    print(f"{'vault holds':<44} {'recall':>12} {'precision':>12} {'target':>17}")
    for names_only, label in ((False, "the names and their look-alikes"),
                              (True, "the names only (look-alikes are typos)")):  # fmt: skip
        vault = create_vault(tmp_path / f"names-{names_only}", PASSPHRASE, kdf=FAST_KDF).vault
        held = fill_with_names(vault, entities, names_only)
        figures = measure(vault, entities, held)
        typed = measure(vault, entities, held, as_typed=True)
        vault.lock()
        print(f"{label:<44} {figures.recall:>12.1%} {figures.precision:>12.1%} "
              f"{'≥95%, ≥90%':>17}")  # fmt: skip
        print(f"  not found: {', '.join(figures.misses) or '-'}")
        # The search box completes a last word the vault does not hold (Nurmat: Nurmatov).
        print(f"{'  as typed (last word completed)':<44} {typed.recall:>12.1%} "
              f"{typed.precision:>12.1%}")  # fmt: skip
        if bench_check:
            assert figures.recall >= TARGET_RECALL
            assert figures.precision >= TARGET_PRECISION
