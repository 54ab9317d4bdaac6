"""Validating a bundle's records and deciding the merge on a thread, while its files stream in.

The records part comes first in a bundle; the attachment files after it are most of the bytes.
Once the records are staged, a thread reads them back, validates every one and makes the merge
plan (``merge.plan_merge``) on a read-only session of its own, while the importer's thread goes
on decrypting the files and writing them into the vault. The two overlap well: planning is
Python, the files are mostly age, SHA-256 and SQLCipher, which run without the GIL.

The plan is made from the vault's committed state. The import's write transaction has already
taken the write lock when the thread starts, so nothing can change that state before the
import commits, and the files the import writes meanwhile are invisible to the plan's session,
as they should be (the plan asks which files the vault held before this bundle).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from desktop_app.core.exchange.merge import MergePlan, plan_merge
from desktop_app.core.exchange.sync_records import parse_records
from desktop_app.core.exchange.verified import VerifiedBundle

if TYPE_CHECKING:
    from desktop_app.core.vault import Vault


class Planner:
    """Plans one bundle's merge on a thread; ``start`` is open_bundle's on_records callback."""

    def __init__(self, vault: Vault, act_types: set[str]) -> None:
        self._vault = vault
        self._act_types = act_types
        self._thread: threading.Thread | None = None
        self._plan: MergePlan | None = None
        self._error: BaseException | None = None

    def start(self, bundle: VerifiedBundle) -> None:
        """Begin planning from bundle's staged records."""
        self._thread = threading.Thread(
            target=self._run, args=(bundle,), name="sandiq-import-plan", daemon=True
        )
        self._thread.start()

    def _run(self, bundle: VerifiedBundle) -> None:
        try:
            with self._vault.read() as session:
                records = parse_records(bundle.records_chunks())
                self._plan = plan_merge(session, records, bundle.info.attachments, self._act_types)
        except BaseException as exc:  # raised on the importer's thread by result()
            self._error = exc

    def wait(self) -> None:
        """Wait for the thread, if one was started (after a failure: the bundle was closed,
        which ends its read of the records)."""
        if self._thread is not None:
            self._thread.join()

    def result(self) -> MergePlan:
        """The plan, once the bundle has opened; raises what planning raised."""
        self.wait()
        if self._error is not None:
            raise self._error
        assert self._plan is not None, "open_bundle returned without staging the records"
        return self._plan
