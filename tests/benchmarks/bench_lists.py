"""Benchmark: the people list and the person picker on a 100,000-testimony vault.

The vault is ``bench_search``'s corpus (``synthetic.py``: 100k testimonies, 20,000 people, their
cases and events, bulk-inserted and indexed), cached in the temp folder on its own key: the
schema reaches it through the migrations unlock runs. Workloads:

- a page of the people list sorted by name (first, middle, last, descending): Sandiq reads it
  from the name order index (0009); the baseline, in the same run, is the same page with the
  sort key computed for every live person and all of them sorted (the list before 0009, and
  any sort no index serves);
- the person picker's look-up (``persons_named``, 20 people) for what a user types; the
  baseline is a picker that knows no spelling: ``name LIKE '%text%'`` sorted by name;
- the Testimonies list's text filter (its first page by date, and its count) for words that
  match none, few and most testimonies: Sandiq reads the matching cases, people and
  interviewers from indexes (0011); the baseline is the list before it, one ``LIKE`` over the
  joined case reference, witness name and interviewer, which read every testimony's row;
- each list's filter reading names in any spelling (``folded_filter``: G'afurov, Гафуров find
  Gʻafurov; Schachlo, Bobojonov, Бахтиер the spellings made of the word) besides its LIKE, and
  leaving out what a -word matches, the first page in the list's default order and the count;
  the baseline is the same list with its LIKE alone on the whole text (the filter before it).

Printed: median wall and CPU milliseconds over the rounds. ``make bench CHECK=1`` asserts the
target (50 ms) on CPU time, which other jobs on a shared machine do not inflate.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.core import listing
from desktop_app.core.person_lookup import persons_named
from desktop_app.core.search.folding import FOLD_VERSION
from desktop_app.core.search.index import INDEXED_FIELDS_VERSION, rebuild_search_index
from desktop_app.core.vault import Vault, unlock
from desktop_app.core.vault_creation import create_vault
from tests.benchmarks.bulk import bulk_insert
from tests.benchmarks.synthetic import synthetic_document
from tests.conftest import FAST_KDF, PASSPHRASE

TESTIMONIES = int(os.environ.get("SANDIQ_BENCH_TESTIMONIES", "100000"))
ROUNDS = 5
PAGE = 200  # the list models' page size
PICKED = 20  # the picker's suggestions
TARGET_MS = 50.0
FILTER_TARGET_MS = 150.0  # a filter's page or count, on a worker (the GUI never waits for it)
REPO = Path(__file__).resolve().parents[2]
_CODE = ("synthetic.py", "bulk.py")  # the vault is rebuilt when these change
# What the picker is typed (it looks up from the second letter; "A" is shown for scale).
TYPED = ("A", "Ak", "A K", "Akmal K", "Sh", "Gul", "Karimov", "Каримов", "Gulnora Karimova")
FILTERED = ("zzz", "Каримов", "Andijan", "Karimov", "a")  # none, few, most testimonies
# Typed in a list's filter: no name, a surname in another spelling or script than it is
# written in, a given name and a surname's first letter, a word begun, one letter (LIKE alone);
# spellings made of the word (German, o for a with many o, е for ё); words left out (-word).
FOLDED = (
    *("zzz", "G'afurov", "Гафуров", "Xudoyberdiyev", "Gulnora K", "Gul", "a"),
    *("Schachlo", "Bobojonov", "Бахтиер", "Gul -Gulnora", "-Karimov"),
)

# The people list before 0009: every live person's key computed, all of them sorted.
_KEYED_PAGE = (
    "SELECT id, name FROM (SELECT id, name, sandiq_sort_key(name) AS k FROM person "
    "WHERE is_deleted IS 0 LIMIT -1) WHERE :id IS NULL OR (k, id) {} (sandiq_sort_key(:name), :id) "
    "ORDER BY k {}, id {} LIMIT :n"
)
# The Testimonies list's filter before 0011: the first page, and the count, over the joins.
_JOINED_FILTER = (
    'FROM testimony JOIN "case" ON "case".id = testimony.case_id '
    "LEFT OUTER JOIN person AS w ON w.id = testimony.witness_id "
    "WHERE testimony.is_deleted IS 0 AND (\"case\".reference LIKE :p ESCAPE '\\' "
    "OR w.name LIKE :p ESCAPE '\\' OR testimony.interviewer LIKE :p ESCAPE '\\')"
)
_JOINED_PAGE = text(
    "SELECT testimony.id, \"case\".reference, coalesce(w.name, ''), testimony.date "
    + _JOINED_FILTER
    + " ORDER BY testimony.date, testimony.id LIMIT :n"
)
_JOINED_COUNT = text("SELECT count(*) " + _JOINED_FILTER)
# Each list's filter before it read names in any spelling: its LIKE alone, first page and count.
_LIKE = "LIKE :p ESCAPE '\\'"
_LIKE_WHERE = {
    "person": f"FROM person WHERE is_deleted IS 0 AND (name {_LIKE} OR pseudonym {_LIKE})",
    "case": f'FROM "case" WHERE is_deleted IS 0 AND (reference {_LIKE} OR title {_LIKE})',
    "testimony": "FROM testimony WHERE is_deleted IS 0 AND +rowid IN ("
    f'SELECT rowid FROM testimony WHERE case_id IN (SELECT id FROM "case" WHERE reference {_LIKE})'
    f" UNION ALL SELECT rowid FROM testimony WHERE witness_id IN "
    f"(SELECT id FROM person WHERE name {_LIKE}) "
    f"UNION ALL SELECT rowid FROM testimony WHERE is_deleted IS 0 AND interviewer {_LIKE})",
}
# Each list's first sort, as its page opens: the field, and the column the baseline sorts by.
_LIST_ORDER = {
    "person": ("name", "sandiq_sort_key(name)"),
    "case": ("reference", "reference"),
    "testimony": ("date", "date"),
}
_LIKE_ONLY = {
    kind: (
        text(f"SELECT id {where} ORDER BY {_LIST_ORDER[kind][1]}, id LIMIT :n"),
        text(f"SELECT count(*) {where}"),
    )
    for kind, where in _LIKE_WHERE.items()
}
_LIKE_PICKER = text(
    "SELECT id, name FROM person WHERE is_deleted IS 0 AND name LIKE :p ORDER BY name LIMIT :n"
)


@pytest.fixture(scope="module")
def vault() -> Iterator[Vault]:
    """The cached 100k vault with its search index, unlocked."""
    digest = hashlib.sha256(f"{TESTIMONIES} {FOLD_VERSION} {INDEXED_FIELDS_VERSION}".encode())
    for name in _CODE:
        digest.update((REPO / "tests/benchmarks" / name).read_bytes())
    folder = Path(tempfile.gettempdir()) / f"sandiq-bench-lists-{digest.hexdigest()[:16]}"
    if not (folder / "built").exists():
        shutil.rmtree(folder, ignore_errors=True)  # an interrupted build
        print(f"\nbuilding a {TESTIMONIES:,}-testimony vault in {folder} (cached for later runs)")
        made = create_vault(folder / "vault", PASSPHRASE, kdf=FAST_KDF).vault
        with made.transaction() as session:
            bulk_insert(session, synthetic_document(TESTIMONIES, seed=2026), made.fingerprint)
        with made.transaction() as session:
            rebuild_search_index(session)
        made.lock()
        (folder / "built").touch()
    opened = unlock(folder / "vault", PASSPHRASE)
    yield opened
    opened.lock()


def _timed(run: Callable[[], object]) -> tuple[float, float]:
    """Median wall and CPU milliseconds of run over the rounds."""
    walls, cpus = [], []
    for _ in range(ROUNDS):
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def _row(workload: str, ours: tuple[float, float], base: tuple[float, float], target: str) -> str:
    ratio = ours[1] / max(base[1], 1e-3)
    return (f"{workload:<40} {ours[0]:>7.1f} {ours[1]:>7.1f} {base[0]:>9.1f} {base[1]:>8.1f} "
            f"{ratio:>6.2f} {target:>7}")  # fmt: skip


def _pages(session: Session) -> dict[str, tuple[bool, listing.PageKey | None]]:
    """Where each measured page of the people list (by name) starts."""
    everyone = listing.fetch_page(session, "person", sort="name", limit=1_000_000)
    middle, last = everyone[len(everyone) // 2], everyone[-PAGE - 1]
    return {
        "first page": (False, None),
        f"page at row {len(everyone) // 2:,}": (False, listing.page_key(middle, "name")),
        "last page": (False, listing.page_key(last, "name")),
        "first page, descending": (True, None),
    }


def test_people_list_and_picker_at_100k(vault: Vault, bench_check: bool) -> None:
    misses: list[str] = []
    with vault.read() as session:
        people = listing.count_rows(session, "person")
        print(f"\n{TESTIMONIES:,} testimonies, {people:,} people; median of {ROUNDS} rounds, ms")
        print(f"{'workload':<40} {'wall':>7} {'CPU':>7} {'base wall':>9} {'base CPU':>8} "
              f"{'ratio':>6} {'target':>7}")  # fmt: skip
        conn = session.connection()
        for label, (descending, after) in _pages(session).items():

            def ours(d: bool = descending, a: Any = after) -> object:
                return listing.fetch_page(session, "person", sort="name", descending=d, after=a)

            order = ("<", "DESC", "DESC") if descending else (">", "", "")
            query = text(_KEYED_PAGE.format(*order))
            params = {"name": after and after.value, "id": after and after.id.hex, "n": PAGE}
            base = _timed(lambda q=query, p=params: conn.execute(q, p).all())
            figures = _timed(ours)
            print(_row(f"people by name, {label}", figures, base, f"≤{TARGET_MS:.0f}"))
            if figures[1] > TARGET_MS:
                misses.append(label)
        for typed in TYPED:
            persons_named(session, typed, PICKED)  # the index's pages read once
            figures = _timed(lambda t=typed: persons_named(session, t, PICKED))
            like = {"p": f"%{typed}%", "n": PICKED}
            base = _timed(lambda p=like: conn.execute(_LIKE_PICKER, p).all())
            print(_row(f"picker {typed!r}", figures, base, f"≤{TARGET_MS:.0f}"))
            if figures[1] > TARGET_MS and len(typed) > 1:
                misses.append(typed)
    if bench_check:
        assert misses == [], f"over {TARGET_MS:.0f} ms: {misses}"


def test_testimony_list_filter_at_100k(vault: Vault, bench_check: bool) -> None:
    misses: list[str] = []
    with vault.read() as session:
        print(f"\nthe Testimonies list filtered; median of {ROUNDS} rounds, ms")
        print(f"{'workload':<40} {'wall':>7} {'CPU':>7} {'base wall':>9} {'base CPU':>8} "
              f"{'ratio':>6} {'target':>7}")  # fmt: skip
        conn = session.connection()
        for typed in FILTERED:
            flt = listing.ListFilter(text=typed)
            params = {"p": f"%{typed}%", "n": PAGE}
            for what, ours, base in (
                (
                    "page",
                    lambda f=flt: listing.fetch_page(session, "testimony", f, "date"),
                    lambda p=params: conn.execute(_JOINED_PAGE, p).all(),
                ),
                (
                    "count",
                    lambda f=flt: listing.count_rows(session, "testimony", f),
                    lambda p=params: conn.execute(_JOINED_COUNT, p).all(),
                ),
            ):
                ours()  # the index's pages read once, as a user's second letter finds them
                figures, baseline = _timed(ours), _timed(base)
                label = f"filter {typed!r}, {what}"
                print(_row(label, figures, baseline, f"≤{FILTER_TARGET_MS:.0f}"))
                if figures[1] > FILTER_TARGET_MS:
                    misses.append(label)
    if bench_check:
        assert misses == [], f"over {FILTER_TARGET_MS:.0f} ms: {misses}"


def test_list_filters_in_any_spelling_at_100k(vault: Vault, bench_check: bool) -> None:
    misses: list[str] = []
    with vault.read() as session:
        print(f"\nlist filters reading names in any spelling; median of {ROUNDS} rounds, ms")
        print(f"{'workload':<40} {'wall':>7} {'CPU':>7} {'base wall':>9} {'base CPU':>8} "
              f"{'ratio':>6} {'target':>7}")  # fmt: skip
        conn = session.connection()
        for kind, (page, count) in _LIKE_ONLY.items():
            for typed in FOLDED:
                flt = listing.ListFilter(text=typed)
                params = {"p": f"%{typed}%", "n": PAGE}
                found = listing.count_rows(session, kind, flt)  # the index's pages read once
                for what, ours, base in (
                    (
                        "page",
                        lambda k=kind, f=flt: listing.fetch_page(session, k, f, _LIST_ORDER[k][0]),
                        lambda q=page, p=params: conn.execute(q, p).all(),
                    ),
                    (
                        "count",
                        lambda k=kind, f=flt: listing.count_rows(session, k, f),
                        lambda q=count, p=params: conn.execute(q, p).all(),
                    ),
                ):
                    figures, baseline = _timed(ours), _timed(base)
                    label = f"{kind} {typed!r} ({found:,}), {what}"
                    print(_row(label, figures, baseline, f"≤{FILTER_TARGET_MS:.0f}"))
                    if figures[1] > FILTER_TARGET_MS:
                        misses.append(label)
    if bench_check:
        assert misses == [], f"over {FILTER_TARGET_MS:.0f} ms: {misses}"
