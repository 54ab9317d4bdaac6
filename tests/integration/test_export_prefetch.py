"""Attachments read ahead for an export: every byte in order, and no helper left behind."""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path
from uuid import UUID

import pytest

from desktop_app.core.attachments import add_attachment, iter_attachment_bytes
from desktop_app.core.errors import Cancelled
from desktop_app.core.exchange.prefetch import DEPTH, ChunkPrefetcher
from desktop_app.core.vault import Vault
from tests.integration.exchange_support import introduce, make_site, sample_case

MIB = 1024 * 1024


def _attach(vault: Vault, files: dict[str, bytes]) -> list[UUID]:
    ids = []
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "TJ-2026-014", "title": "Худжанд"})
        session.flush()
        for name, data in files.items():
            ids.append(add_attachment(writer, "case", case.id, io.BytesIO(data), name).id)
    return ids


def _helpers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "sandiq-export-prefetch"]


def test_every_file_comes_whole_and_in_order(tmp_vault: Vault) -> None:
    files = {"long.wav": os.urandom(DEPTH * MIB + 12345), "empty.txt": b"", "note.txt": b"ok"}
    ids = _attach(tmp_vault, files)
    with ChunkPrefetcher(tmp_vault) as prefetch:
        for attachment_id in ids:
            prefetch.add(attachment_id)
        got = [b"".join(prefetch.chunks(attachment_id)) for attachment_id in ids]
    assert got == list(files.values())
    with tmp_vault.read() as session:
        assert got[0] == b"".join(iter_attachment_bytes(session, ids[0]))
    assert _helpers() == []


def test_a_file_asked_out_of_order_is_an_error(tmp_vault: Vault) -> None:
    ids = _attach(tmp_vault, {"a.txt": b"a", "b.txt": b"b"})
    with ChunkPrefetcher(tmp_vault) as prefetch:
        for attachment_id in ids:
            prefetch.add(attachment_id)
        with pytest.raises(RuntimeError, match="order"):
            list(prefetch.chunks(ids[1]))
    assert _helpers() == []


def test_leaving_early_stops_a_helper_blocked_on_a_full_queue(tmp_vault: Vault) -> None:
    (attachment_id,) = _attach(tmp_vault, {"long.wav": os.urandom((DEPTH + 4) * MIB)})
    with ChunkPrefetcher(tmp_vault) as prefetch:
        prefetch.add(attachment_id)
        first = next(prefetch.chunks(attachment_id))
        assert len(first) == MIB
        assert len(_helpers()) == 1  # reading ahead, then waiting for room
    assert _helpers() == []


def test_an_export_cancelled_inside_a_file_leaves_no_file_and_no_helper(tmp_path: Path) -> None:
    alice, bob = make_site(tmp_path, "Alice"), make_site(tmp_path, "Bob")
    introduce(alice, bob)
    ids = sample_case(alice)
    alice.attach("case", ids["case"], os.urandom((DEPTH + 4) * MIB), "recording.wav")
    reports: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):  # once the bar is past the records, inside the big file
        alice.export(
            "Bob",
            since_last=True,
            progress=lambda done, total: reports.append((done, total)),
            cancel=lambda: bool(reports) and reports[-1][0] > reports[-1][1] // 2,
        )
    assert list(alice.folder.glob("*.sandiq*")) == []
    assert _helpers() == []
    for site in (alice, bob):
        site.vault.lock()
