"""A file is written under any name the file system takes, up to its 255 bytes: the hidden
temp name it goes through first never passes that limit, and is still found and named."""

from __future__ import annotations

import errno
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop_app.core.fileio import (
    MAX_NAME_BYTES,
    cut_to_bytes,
    temporary_files_of,
    write_atomically,
)

REPO = Path(__file__).resolve().parents[2]
# Each exactly 255 bytes in UTF-8: the longest name ext4 takes.
LONGEST_NAMES = [
    "a" * 251 + ".pdf",
    "ж" * 125 + ".docx",
    "Протокол допроса [копия] Оʻktam " + "ё" * 98 + "x.mp4",
]


@pytest.mark.parametrize("name", LONGEST_NAMES)
def test_a_name_as_long_as_the_disk_takes_is_written(tmp_path: Path, name: str) -> None:
    assert len(name.encode()) == MAX_NAME_BYTES
    # Before: the temp name ".NAME.xxxxxxxx.tmp" was 14 bytes too long ("File name too long").
    write_atomically(tmp_path / name, b"evidence")
    assert [p.name for p in tmp_path.iterdir()] == [name]
    assert (tmp_path / name).read_bytes() == b"evidence"


@pytest.mark.parametrize("name", LONGEST_NAMES)
def test_a_failed_write_of_a_long_name_names_the_file_asked_for(tmp_path: Path, name: str) -> None:
    path = tmp_path / "unplugged" / name
    with pytest.raises(OSError) as failed:
        write_atomically(path, b"evidence")
    assert failed.value.errno == errno.ENOENT
    assert failed.value.filename == str(path)


@pytest.mark.parametrize("name", LONGEST_NAMES)
def test_a_killed_writes_temp_file_is_found_for_a_long_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    killed = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(f"""
            import os
            from pathlib import Path
            from desktop_app.core.fileio import write_atomically_with
            write_atomically_with(Path({str(path)!r}), lambda fh: os._exit(9))
            """)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )  # fmt: skip
    assert killed.returncode == 9, killed.stderr
    left = list(tmp_path.iterdir())
    assert len(left) == 1 and not path.exists()
    assert temporary_files_of(path) == left
    assert temporary_files_of(tmp_path / "other.pdf") == []


@given(st.text(), st.integers(0, 300))
@example("ab" + "и\u0306" + "x", 3)
@example("e\u0301\u0302z", 3)
@example("😀" * 3, 7)
def test_a_cut_name_splits_no_character_nor_a_letter_from_its_marks(
    text: str, max_bytes: int
) -> None:
    cut = cut_to_bytes(text, max_bytes)
    assert text.startswith(cut)
    assert len(cut.encode("utf-8", "surrogatepass")) <= max_bytes
    if cut != text:
        assert not unicodedata.category(text[len(cut)]).startswith("M")
        # Nothing more is dropped than the last letter and its marks.
        kept = text[: len(cut) + 1]
        while len(kept) < len(text) and unicodedata.category(text[len(kept)]).startswith("M"):
            kept = text[: len(kept) + 1]
        assert len(kept.encode("utf-8", "surrogatepass")) > max_bytes
