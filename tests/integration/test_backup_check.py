"""The check a backup makes of its copy: a copy damaged after it was written is never kept,
and the check reads the copy back once, not twice."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.attachments import add_attachment
from desktop_app.core.backup import back_up, restore
from desktop_app.core.errors import VaultCorrupted
from desktop_app.core.vault import DATABASE_NAME, Vault
from tests.conftest import PASSPHRASE

PAGE = 4096
RECORDING = bytes(range(256)) * 8000  # 2 MB: most of the database's pages
PROC_IO = Path("/proc/self/io")


def _fill(vault: Vault) -> None:
    with vault.transaction() as session:
        writer = vault.writer(session)
        case = writer.create("case", {"reference": "UZ-2005-0013", "title": "Андижан"})
        add_attachment(writer, "case", case.id, io.BytesIO(RECORDING), "допрос.ogg")


def _flip(at: Callable[[int], int]) -> Callable[[bytearray], None]:
    def damage(data: bytearray) -> None:
        data[at(len(data))] ^= 0x01

    return damage


def _cut_last_pages(data: bytearray) -> None:
    del data[-3 * PAGE :]


DAMAGES = {
    "a bit of the attached file": _flip(lambda size: size // 2),
    "a bit of the first page": _flip(lambda size: 100),
    "a bit of the last page": _flip(lambda size: size - PAGE // 2),
    "the last pages cut off": _cut_last_pages,
}


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_a_copy_damaged_after_it_was_written_is_not_kept(
    tmp_vault: Vault, tmp_path: Path, damage: Callable[[bytearray], None]
) -> None:
    # The seam: checking() is called once the copy is written and closed, before it is read
    # back. What is damaged there is what a failing memory stick would have done to it.
    _fill(tmp_vault)
    target = tmp_path / "b"

    def damage_the_copy() -> None:
        [copy] = tmp_path.glob(".b.*.partial")
        database = copy / DATABASE_NAME
        data = bytearray(database.read_bytes())
        damage(data)
        database.write_bytes(bytes(data))

    with pytest.raises(VaultCorrupted, match=r"no backup was written"):
        back_up(tmp_vault, target, checking=damage_the_copy)
    assert sorted(p.name for p in tmp_path.iterdir()) == [tmp_vault.path.name]
    restore(back_up(tmp_vault, target), tmp_path / "r", PASSPHRASE).lock()  # undamaged: kept


def _bytes_read() -> int:
    # rchar: what the process's read calls returned, page cache or disk.
    line = next(x for x in PROC_IO.read_text().splitlines() if x.startswith("rchar:"))
    return int(line.split()[1])


@pytest.mark.skipif(not PROC_IO.exists(), reason="needs Linux's /proc/self/io")
def test_the_check_of_a_backup_reads_the_copy_back_once(tmp_vault: Vault, tmp_path: Path) -> None:
    # Before: SQLCipher's check read the whole copy, then SQLite's read it again: on 1.7 GB
    # of attachments the check took as long as the copy.
    _fill(tmp_vault)
    marks: list[int] = []
    backup = back_up(tmp_vault, tmp_path / "b", checking=lambda: marks.append(_bytes_read()))
    read_back = _bytes_read() - marks[0]
    size = (backup / DATABASE_NAME).stat().st_size
    assert size <= read_back < 1.5 * size
