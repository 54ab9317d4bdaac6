"""A bundle that passed every check: its manifest and its records part.

The records are read back from the encrypted staging file, once per pass. Reading them back is
authenticated by age under the staging key (which never left memory), and the byte count and
SHA-256 come from the verified manifest, so a pass either returns exactly the verified bytes or
raises BundleRejected. (The attachments went to the caller's store while the bundle was
opened.)
"""

from __future__ import annotations

import hashlib
import weakref
from collections.abc import Iterator
from types import TracebackType
from typing import Any

from desktop_app.core.errors import BundleRejected
from desktop_app.core.exchange.format import (
    CHUNK_BYTES,
    BundleInfo,
)
from desktop_app.core.exchange.identity import ContactKeys
from desktop_app.core.exchange.staging import StagingArea, StagingFailed, StagingReader
from desktop_app.core.strict_json import loads_strict

STAGING_DAMAGED = "The encrypted working copy of this bundle was altered; open the bundle again."
RECORDS_NOT_JSON = "The records in this bundle are not a valid JSON object."


class VerifiedBundle:
    """A bundle whose every byte has been authenticated and checked; close it when done."""

    def __init__(
        self, info: BundleInfo, sender: ContactKeys, is_sender_known: bool, staging: StagingArea
    ) -> None:
        self.info = info
        self.sender = sender  # the matching contact (with its display name) when known
        self.is_sender_known = is_sender_known
        self._staging = staging
        self._passes: set[StagingReader] = set()
        # A forgotten bundle still loses its staging file when collected or at exit.
        self._cleanup = weakref.finalize(self, staging.remove)

    def __repr__(self) -> str:
        return f"VerifiedBundle(bundle_id={self.info.bundle_id}, sequence={self.info.sequence})"

    def _open_pass(self) -> StagingReader:
        if not self._cleanup.alive:
            raise ValueError("the bundle is closed")
        staged = self._staging.reader()
        self._passes.add(staged)
        return staged

    def _close_pass(self, staged: StagingReader) -> None:
        staged.close()
        self._passes.discard(staged)

    def read_records(self) -> dict[str, Any]:
        """The records JSON object (the interchange shape), parsed strictly."""
        staged = self._open_pass()
        try:
            data = staged.read_exactly(self.info.records_size)
        except StagingFailed as exc:
            raise BundleRejected(STAGING_DAMAGED) from exc
        finally:
            self._close_pass(staged)
        if hashlib.sha256(data).digest() != self.info.records_sha256:
            raise BundleRejected(STAGING_DAMAGED)
        try:
            records = loads_strict(data)
        except ValueError:
            raise BundleRejected(RECORDS_NOT_JSON) from None
        if not isinstance(records, dict):
            raise BundleRejected(RECORDS_NOT_JSON)
        return records

    def records_chunks(self) -> Iterator[bytes]:
        """The records part in pieces of at most 64 KiB, for parsing as it streams.

        Its SHA-256 is checked again at the end; a caller must not commit anything it parsed
        before the iterator is exhausted (it raises BundleRejected if the copy was altered).
        """
        staged = self._open_pass()
        try:
            digest = hashlib.sha256()
            remaining = self.info.records_size
            while remaining:
                try:
                    chunk = staged.read(min(remaining, CHUNK_BYTES))
                except StagingFailed as exc:
                    raise BundleRejected(STAGING_DAMAGED) from exc
                if not chunk:
                    raise BundleRejected(STAGING_DAMAGED)
                remaining -= len(chunk)
                digest.update(chunk)
                yield chunk
            if digest.digest() != self.info.records_sha256:
                raise BundleRejected(STAGING_DAMAGED)
        finally:
            self._close_pass(staged)

    def close(self) -> None:
        """Stop any pass and delete the staging file."""
        for staged in list(self._passes):
            self._close_pass(staged)
        self._cleanup()

    def __enter__(self) -> VerifiedBundle:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
