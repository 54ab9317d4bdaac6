"""A file adapter for pyrage's streaming calls."""

from __future__ import annotations

from typing import BinaryIO


class RecordingFile:
    """A file for pyrage to write to that keeps the OSError pyrage would flatten to text.

    pyrage turns any exception from a writer into ``EncryptError("OSError: ...")``; a full disk
    should reach the user as the OSError it was, with its errno.
    """

    def __init__(self, file: BinaryIO) -> None:
        self._file = file
        self.error: OSError | None = None

    def write(self, data: bytes) -> int:
        try:
            return self._file.write(data)
        except OSError as exc:
            self.error = exc
            raise

    def flush(self) -> None:
        self._file.flush()
