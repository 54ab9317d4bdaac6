"""Reading a list model's pages on a worker, one page at a time.

A page read within the wait the model allows is handed back at once (inside the reset for a
first page), so a quick list never flashes a busy hint; a slower one arrives later through
the model's callback. A newer reset (a filter typed, a sort, a lock) drops the pages of older
ones still being read. A page is whatever its fetch returns: a list's rows, or the History
tab's ``HistoryPage``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from desktop_app.core.database_errors import database_errors_reported
from desktop_app.core.vault import Vault
from desktop_app.ui.tasks import run_task

PageT = TypeVar("PageT")


class PageRead(Generic[PageT]):
    """One page being read on a worker: what it brought, once ``done`` is set (``rows`` only
    if ``error`` is None)."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.rows: PageT
        self.error: BaseException | None = None
        self.is_taken = False  # shown already (read within the wait): the late delivery is not


class PageReader(Generic[PageT]):
    """Reads the pages of one list on workers; ``on_late`` gets each page that was not
    handed back at once, unless the list was reset since it was asked for."""

    def __init__(self, owner: QObject, on_late: Callable[[PageRead[PageT]], None]) -> None:
        self._owner = owner  # the tasks' owner: a deleted model gets no late page
        self._on_late = on_late
        self._resets = 0  # resets so far: a page read for an older one is dropped
        self._pending: PageRead[PageT] | None = None  # the page on its way, if any

    def is_reading(self) -> bool:
        """True while a page is being read and has not arrived yet."""
        return self._pending is not None

    def reset(self) -> None:
        """Forget the page on its way: the list starts again from its first page."""
        self._resets += 1
        self._pending = None

    def read(
        self, vault: Vault, fetch: Callable[[Session], PageT], wait_ms: int
    ) -> PageRead[PageT] | None:
        """Start reading a page with fetch on a worker; the read if it ended within wait_ms,
        else None (it goes to on_late)."""
        read: PageRead[PageT] = PageRead()
        resets = self._resets

        def work() -> None:
            try:
                with database_errors_reported(), vault.read() as session:
                    read.rows = fetch(session)
            except BaseException as error:  # shown by the GUI thread, as a read there was
                read.error = error
            read.done.set()

        run_task(self._owner, lambda _progress: work(), lambda _: self._arrived(read, resets))
        if wait_ms > 0 and read.done.wait(wait_ms / 1000):
            read.is_taken = True
            return read
        self._pending = read
        return None

    def _arrived(self, read: PageRead[PageT], resets: int) -> None:
        if read.is_taken or resets != self._resets:
            return  # shown already, or read for a list reset since
        self._pending = None
        self._on_late(read)
