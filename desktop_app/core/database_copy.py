"""Copying an open vault's database into a new file, and checking a copy of a database.

A backup is a copy made while the vault stays open (SQLite's online backup, encrypted with the
same key); it is kept only once SQLite's checks find nothing wrong in it, reading back through
SQLCipher, and so authenticating, every page that holds data. Restore makes the same checks
of the copy it opens, and SQLCipher's check of every page of the file besides. The copy takes
no more room than the database: its pages go straight into the new file, never through a
write-ahead log first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from db.engine import (
    DatabaseKeyError,
    DriverOperationalError,
    integrity_problems,
    open_connection,
    open_engine,
)
from desktop_app.core.errors import Cancelled, VaultCorrupted
from desktop_app.core.integrity_report import problem_lines

_BACKUP_PAGES = 4096  # pages copied between progress reports (16 MB)
# SQLite asks whether to go on after this many steps of its integrity check (pages and cells
# checked): a few hundred times a second, so Cancel answers at once for a negligible cost.
_CHECK_STEPS_PER_CANCEL_QUESTION = 1000


def copy_open_database(
    engine: Engine,
    data_key: bytes,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Copy engine's database as it is now into the new file target, encrypted with data_key
    (SQLite's online backup: a consistent snapshot while the vault stays open). Raises
    Cancelled when cancelled() turns true."""
    target.touch(mode=0o600, exist_ok=False)
    copy = open_connection(target, data_key)
    # In WAL mode every page went into the copy's log and then again into the copy at the
    # checkpoint: twice the vault's size for a moment, which filled memory sticks the free
    # space check had let through. A journal in memory needs no room on disk; a copy cut
    # short is left torn, which is harmless: it lies in a folder that is only renamed into
    # a backup once complete and checked. synchronous=FULL (open_connection's) makes the
    # final commit fsync the file.
    copy.execute("PRAGMA journal_mode = MEMORY")
    source = engine.raw_connection()

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)
        if cancelled is not None and cancelled():
            raise Cancelled("Cancelled; nothing was changed.")

    driver = source.driver_connection
    try:
        # One read transaction for the whole copy: the online backup otherwise starts over
        # whenever another connection commits, and a window saving every second kept it
        # from ever finishing. The snapshot it copies is the vault as of this moment.
        driver.execute("BEGIN")
        driver.execute("SELECT count(*) FROM sqlite_master").fetchone()
        driver.backup(copy, pages=_BACKUP_PAGES, progress=step)
        driver.execute("COMMIT")
    finally:
        copy.close()
        source.close()


def check_copied_database(
    target: Path, data_key: bytes, cancelled: Callable[[], bool] | None = None
) -> None:
    """Check that the copy in target opens with data_key and that every page holding data
    reads back authenticated and whole. Raises VaultCorrupted when the check finds problems,
    Cancelled when cancelled() turns true."""
    # The online backup re-encrypts whatever it reads: a damaged page of the vault passes
    # the copy's page authentication and breaks its structure, which only SQLite's own
    # check sees. Reading every page in use, that check also authenticates each, so it
    # catches a copy altered or cut short after it was written. SQLCipher's check of every
    # page would add only the free pages, which hold nothing, for a second read of the whole
    # copy: the check took as long as the copy (restore still makes it, of a backup that may
    # have lain on a memory stick for years).
    try:
        checked = open_engine(target, data_key)
    except DatabaseKeyError:  # the vault opened; its copy, read back, does not
        raise VaultCorrupted(
            "the copy of the vault does not open with its key (is the disk it was written to "
            "failing?); no backup was written"
        ) from None
    try:
        problems = copy_problems(checked, cancelled, with_free_pages=False)
    finally:
        checked.dispose()
    if problems:
        raise VaultCorrupted(
            f"the vault is damaged ({problems_counted(len(problems))}; run sandiq verify); no "
            "backup was written"
        )


def problems_counted(count: int) -> str:
    """How core's English lines count what a check found: "1 problem", "3 problems"."""
    return "1 problem" if count == 1 else f"{count} problems"


def copy_problems(
    engine: Engine, cancelled: Callable[[], bool] | None = None, *, with_free_pages: bool = True
) -> list[str]:
    """What SQLCipher's and SQLite's checks find wrong in a copied database, one a line;
    with_free_pages=False leaves out SQLCipher's check (see integrity_problems).

    Raises Cancelled if cancelled() turns true before the end: at once during SQLite's checks,
    at the end of SQLCipher's page check (about half the time), which asks no one whether to
    go on. Meant for an engine disposed of afterwards: its connections keep asking.
    """
    if cancelled is not None:

        def ask_on_checkout(driver_connection: Any, *_: object) -> None:
            # A true answer interrupts the statement running: "interrupted", an operational
            # error, which integrity_problems passes on.
            driver_connection.set_progress_handler(
                lambda: int(cancelled()), _CHECK_STEPS_PER_CANCEL_QUESTION
            )

        event.listen(engine, "checkout", ask_on_checkout)
    try:
        problems = problem_lines(integrity_problems(engine, with_free_pages=with_free_pages))
    except DriverOperationalError:
        if cancelled is not None and cancelled():
            raise Cancelled("Cancelled; nothing was changed.") from None
        raise
    if cancelled is not None and cancelled():  # a small copy's check may never have asked
        raise Cancelled("Cancelled; nothing was changed.")
    return problems
