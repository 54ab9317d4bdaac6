"""The database driver's errors as errors the user can act on, one line each.

The driver's own text is kept only when it is one of SQLite's fixed reasons, which quote no data
(``errors.known_database_reason``); a decoding failure's text would quote the damaged record.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from db.engine import DriverDatabaseError, DriverOperationalError
from desktop_app.core.errors import (
    DATABASE_UNREADABLE,
    VaultBusy,
    VaultCorrupted,
    VaultUnavailable,
    known_database_reason,
)


def opening_failed(exc: DriverOperationalError) -> VaultUnavailable:
    """The error for a vault that could not be opened for a reason outside it."""
    # SQLite's reason ("unable to open database file", "database or disk is full") quotes no
    # data (a decoding failure's would: it is left out), and rarely names the cause: a full
    # disk often shows as "disk I/O error" when a vault is opened. So the line says what to
    # check, as the GUI's message does.
    return VaultUnavailable(
        f"the vault could not be opened: {known_database_reason(exc) or 'the disk failed'} "
        "(the disk may be full, write-protected or out of reach); it is not damaged"
    )


@contextmanager
def database_errors_reported() -> Iterator[None]:
    """Turn the driver's errors in the block into VaultUnavailable (I/O, a full disk, a lock)
    or VaultCorrupted (a damaged page), one line each, for reads that have no better answer."""
    try:
        yield
    except DriverDatabaseError as exc:  # OperationalError (I/O, a lock) included
        reason = known_database_reason(exc)
        if reason is None:  # a decoding failure, whose text quotes the damaged record
            raise VaultCorrupted(
                f"{DATABASE_UNREADABLE}; verify the vault to see what is affected"
            ) from None
        if "locked" in reason:
            raise VaultBusy(
                "another program is writing to the vault (another Sandiq window or a sandiq "
                "command); try again when it is done"
            ) from None
        if isinstance(exc, DriverOperationalError):
            raise VaultUnavailable(
                f"the vault database could not be read: {reason}; it is not damaged"
            ) from None
        raise VaultCorrupted(
            f"the vault database is damaged ({reason}); verify the vault to see what is affected"
        ) from None
