"""A file that cannot fit on its disk is refused before anything is written, with the room it
needs and the room there is in the words a person reads sizes in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.core.disk_space import NotEnoughSpace, approximate_size, ensure_free_space
from desktop_app.core.errors import SandiqError


@pytest.mark.parametrize(
    ("size", "written"),
    [
        (0, "0 bytes"),
        (1023, "1023 bytes"),
        (1024, "1.0 KiB"),
        (3_435_973_837, "3.2 GiB"),
        (700 * 1024**2, "700 MiB"),  # three digits: no decimal to read past
        (5 * 1024**5, "5120 TiB"),  # no unit above TiB
    ],
)
def test_a_size_reads_as_a_person_reads_it(size: int, written: str) -> None:
    assert approximate_size(size) == written


def test_a_file_larger_than_the_free_space_is_refused_naming_the_folder(tmp_path: Path) -> None:
    free = shutil.disk_usage(tmp_path).free
    needed = free + 1024**5  # more than any disk the tests run on has free
    with pytest.raises(NotEnoughSpace) as refused:
        ensure_free_space(tmp_path, needed, "the copy", is_folder_named=True)
    assert isinstance(refused.value, SandiqError)  # the CLI and the GUI say it, in one line
    assert refused.value.needed == needed and refused.value.folder == tmp_path
    assert str(refused.value).startswith(f"Not enough free space on {tmp_path}: the copy needs ")
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_fits_or_a_folder_that_cannot_be_asked_is_let_through(
    tmp_path: Path,
) -> None:
    ensure_free_space(tmp_path, 1, "this file")
    # Missing: the write itself then fails and says why.
    ensure_free_space(tmp_path / "missing", 1024**6, "this file")
