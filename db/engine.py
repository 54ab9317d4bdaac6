"""The SQLCipher engine: every connection to a vault database is made here.

The database is opened with a raw 256-bit key (no SQLCipher KDF: the key is already uniform,
derived and wrapped by the vault header). Journal and temp settings are chosen so that a crash
loses at most the transaction in flight and no decrypted page ever lands in a temp file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, ExceptionContext, create_engine, event, text
from sqlalchemy.pool import QueuePool

from db.name_order import register_sort_key

# Execution option that marks a connection's transaction as a writer (see open_engine).
WRITE_OPTION = "sandiq_write"
# Execution option: how long (ms) a writer waits for another's write lock, if not the usual.
WAIT_OPTION = "sandiq_wait_ms"
BUSY_TIMEOUT_MS = 10_000  # how long a statement waits for another connection's lock


CACHE_KIB = 32000  # each connection's page cache (see _open_connection)
# The driver's error when a write fails (a full disk, mostly), for code that uses a driver
# connection directly.
DriverOperationalError = sqlcipher3.OperationalError
# The driver's errors are not wrapped by SQLAlchemy (its sqlite dialect knows only the sqlite3
# module's classes), so code that must tell damage from a failed read catches these.
# DriverOperationalError (I/O, a full disk, a lock) is a subclass: catch it first.
DriverDatabaseError = sqlcipher3.DatabaseError


class DatabaseKeyError(Exception):
    """The key does not open the database file (wrong key or not a database)."""


def _open_connection(path: Path, raw_key: bytes | None, read_only: bool = False) -> Any:
    # check_same_thread=False: the pool hands a connection to one thread at a time.
    # Read-only (SQLite's mode=ro) also keeps the last connection's close from checkpointing
    # the write-ahead log into the file: a damaged vault being salvaged is never written.
    target = f"{path.absolute().as_uri()}?mode=ro" if read_only else str(path)
    conn = sqlcipher3.connect(target, uri=read_only, check_same_thread=False, isolation_level=None)
    try:
        _set_up_connection(conn, raw_key)
    except DriverOperationalError:
        # No permission, a read-only medium, a full disk, a lock: that says nothing about the
        # key or the file, and calling it a wrong key would call a healthy vault damaged.
        conn.close()
        raise
    except DriverDatabaseError as exc:  # "file is not a database": wrong key or damage
        conn.close()
        raise DatabaseKeyError("the key does not open this database") from exc
    return conn


def _set_up_connection(conn: Any, raw_key: bytes | None) -> None:
    # Without this SQLCipher prints "ERROR CORE" lines to stderr on a wrong key.
    conn.execute("PRAGMA cipher_log_level = NONE")
    if raw_key is not None:
        conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    # FULL: a transaction reported as committed survives a power cut.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Sorts and temp indexes stay in memory: SQLite temp files would not be encrypted.
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # 32 MB of page cache (SQLite's default is 2 MB): every page SQLCipher has to write out
    # and read back is decrypted or encrypted again, and a large import or bundle touches
    # tens of MB of index pages. Importing 13,200 records from a bundle took 20% less time.
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    register_sort_key(conn)  # lists sort names with it (db/name_order.py)


# json.dumps with ensure_ascii=False would build this encoder anew for every value it writes.
_JSON_TEXT = json.JSONEncoder(ensure_ascii=False)


def json_text(value: Any) -> str:
    """A JSON column's value as stored: UTF-8 text, not \\uXXXX escapes."""
    return _JSON_TEXT.encode(value)


def check_key(path: Path, raw_key: bytes, read_only: bool = False) -> None:
    """Raise DatabaseKeyError if raw_key does not open the database at path, or
    DriverOperationalError if the file cannot be opened at all (I/O, permission, a full disk)."""
    _open_connection(path, raw_key, read_only).close()


def open_engine(
    path: Path, raw_key: bytes | None, pool_size: int = 4, read_only: bool = False
) -> Engine:
    """An engine over the database at path; raw_key None opens plain SQLite (benchmarks only).
    read_only: no connection ever writes the file (salvage)."""
    if raw_key is not None:
        check_key(path, raw_key, read_only)
    engine = create_engine(
        "sqlite://",
        creator=lambda: _open_connection(path, raw_key, read_only),
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=4,
        # Text as UTF-8, not \uXXXX: Cyrillic revisions take a third of the room.
        json_serializer=json_text,
    )

    # pysqlite's own transaction handling is off (isolation_level=None); SQLAlchemy must then
    # emit BEGIN itself, or a "transaction" would be a series of autocommits. Writers take the
    # write lock up front (IMMEDIATE) so two writers queue instead of failing halfway.
    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        options = conn.get_execution_options()
        begin = "BEGIN IMMEDIATE" if options.get(WRITE_OPTION, False) else "BEGIN"
        wait_ms = options.get(WAIT_OPTION)
        if wait_ms is None:
            conn.exec_driver_sql(begin)
            return
        # Only the wait for the write lock is shortened: once held, nothing else waits long.
        conn.exec_driver_sql(f"PRAGMA busy_timeout = {int(wait_ms)}")
        try:
            conn.exec_driver_sql(begin)
        finally:
            conn.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    @event.listens_for(engine, "handle_error")
    def _discard_after_damage(context: ExceptionContext) -> None:
        # Once SQLCipher finds a damaged page, that connection fails on every page it has not
        # cached, even of intact tables, rollback or not. Back in the pool it would make a
        # later read of intact data say "damaged": it is closed instead, and only it.
        if _is_damage(context.original_exception):
            context.is_disconnect = True
            context.invalidate_pool_on_disconnect = False

    return engine


def _is_damage(exc: BaseException) -> bool:
    # A damaged page ("database disk image is malformed", "file is not a database") is the
    # driver's DatabaseError itself; I/O, a lock, a constraint, a decoding failure are its
    # subclasses and leave the connection usable.
    return type(exc) is DriverDatabaseError


def integrity_problems(
    engine: Engine,
    progress: Callable[[int, int], None] | None = None,
    *,
    with_free_pages: bool = True,
) -> list[str]:
    """SQLCipher's and SQLite's own integrity checks; an empty list means both pass.

    A check that breaks off on a damaged page adds a problem line and the next check still
    runs: the user needs the report, not an error. I/O failures (DriverOperationalError) are
    raised: they say nothing about the state of the file. progress gets (done, total) after
    each check, weighed by how long it takes. with_free_pages=False leaves out SQLCipher's
    check, which reads the whole file once more only to add the free pages (see _CHECKS).
    """
    checks = _CHECKS if with_free_pages else _CHECKS[1:]
    total = sum(weight for _, _, weight in checks)
    problems: list[str] = []
    done = 0
    for label, pragma, weight in checks:
        for row in _rows_of_check(engine, label, pragma, problems):
            if label == "foreign key":
                problems.append(f"foreign key: {tuple(row)}")
            elif label == "cipher" or row[0] != "ok":
                problems.append(f"{label}: {row[0]}")
        done += weight
        if progress is not None:
            progress(done, total)
    return problems


# Label, statement and the share of the time it took on a 100k-testimony vault (1.6 GB).
# SQLCipher's check authenticates every page of the file. SQLite's reads every page in use
# (b-tree and overflow pages, freelist trunks) through SQLCipher, which authenticates each
# against its HMAC (bound to the page number) on the way: what the first adds is the free
# pages, which hold nothing, for a second read of the whole file (on 1.7 GB of attachments,
# 8 s of CPU against the second's 5 s).
_CHECKS = (
    ("cipher", "PRAGMA cipher_integrity_check", 9),
    ("sqlite", "PRAGMA integrity_check", 15),
    ("foreign key", "PRAGMA foreign_key_check", 2),
)
# SQLite's integrity check looks each row up in every index of its table: with the usual
# cache it decrypts the same index pages again and again. On a 100k-testimony vault 128 MB
# made the check a quarter faster (more did little).
CHECK_CACHE_KIB = 128_000


def _rows_of_check(engine: Engine, label: str, pragma: str, problems: list[str]) -> list[Any]:
    # The rows read before a check broke off are kept: they name the damage found so far.
    rows: list[Any] = []
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
            try:
                for row in conn.execute(text(pragma)):
                    rows.append(row)
            finally:
                # Closed, not pooled: its large cache is let go (and one that broke off on
                # damage would fail again).
                conn.invalidate()
    except DriverOperationalError:
        raise
    except DriverDatabaseError as exc:  # "database disk image is malformed"
        problems.append(f"{label}: the check could not finish: {exc}")
    return rows


def open_connection(path: Path, raw_key: bytes) -> Any:
    """A driver connection to the database at path, keyed and set up like the engine's: what
    SQLite's online backup copies a vault into."""
    return _open_connection(path, raw_key)
