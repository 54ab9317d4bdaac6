"""Attachment stores for container tests: what open_bundle hands the attachment bytes to."""

from __future__ import annotations

from uuid import UUID

from desktop_app.core.exchange import AttachmentEntry


class MemoryStore:
    """Keeps every file it is given, in memory, in order (for small test files)."""

    def __init__(self) -> None:
        self.files: dict[UUID, bytes] = {}
        self.entries: list[AttachmentEntry] = []
        self._current = bytearray()

    def begin(self, entry: AttachmentEntry) -> bool:
        self._current = bytearray()
        return True

    def write(self, data: memoryview) -> None:
        self._current += data

    def end(self, entry: AttachmentEntry) -> None:
        self.files[entry.id] = bytes(self._current)
        self.entries.append(entry)


class CountingStore:
    """Counts the bytes it is given (for files too large to keep)."""

    def __init__(self) -> None:
        self.received = 0

    def begin(self, entry: AttachmentEntry) -> bool:
        return True

    def write(self, data: memoryview) -> None:
        self.received += len(data)

    def end(self, entry: AttachmentEntry) -> None:
        pass
